package framing

import (
	"errors"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// TestContrastReferentsMentions: the collocates are gathered around exactly the mentions
// LabelsEach finds, so the counts are the same (before, on the China Daily / New York
// Times corpus, the collocates missed "Americans" and "the Chinese", which LabelsEach
// counts for a country, and took the surname of a person named Hong for Hong Kong). Texts
// written for the test.
func TestContrastReferentsMentions(t *testing.T) {
	a := []corpus.Document{
		{ID: "a1", Text: "The United States said on Monday that Americans would vote. Many Americans agreed with the United States."},
		{ID: "a2", Text: "Hong Kong held talks. The spokesman Hong Lei said Hong Kong was calm. Hong added that the Chinese were pleased."},
	}
	b := []corpus.Document{
		{ID: "b1", Text: "Officials in the United States and in Hong Kong met. Americans watched as China and Hong Kong talked."},
		{ID: "b2", Text: "Hong Kong police spoke. The United States said China would reply."},
	}
	an := Analyzer{}
	refs := []string{"United States", "Hong Kong", "China"}
	rls, err := an.LabelsEach(a, b, refs, nil)
	if err != nil {
		t.Fatal(err)
	}
	rcs, err := an.ContrastReferents(a, b, refs, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i, rc := range rcs {
		if rc.CountA != rls[i].MentionsA || rc.CountB != rls[i].MentionsB {
			t.Errorf("%s: collocates of %d/%d mentions, LabelsEach %d/%d", rc.Referent, rc.CountA, rc.CountB, rls[i].MentionsA, rls[i].MentionsB)
		}
	}
	// Mentions that do not fit the documents are an error, not a panic.
	bad := []ReferentLabels{{Referent: "X", MentionsA: 1, Mentions: []Line{{DocID: "a1", Start: 0, End: 500, Match: "x"}}}}
	if _, err := an.ContrastMentions(a, b, bad, nil); !errors.Is(err, ErrMismatch) {
		t.Errorf("offsets past the text: %v", err)
	}
	bad[0].Mentions[0].DocID = "nowhere"
	if _, err := an.ContrastMentions(a, b, bad, nil); !errors.Is(err, ErrMismatch) {
		t.Errorf("unknown document: %v", err)
	}
	bad[0].MentionsA = 2
	if _, err := an.ContrastMentions(a, b, bad, nil); !errors.Is(err, ErrMismatch) {
		t.Errorf("MentionsA past Mentions: %v", err)
	}
}

// TestCollocateNames: a name of two words or more that is a referent or in
// CollocateOptions.Names is one collocate, shown as the name, not two words; an honorific
// before a name is part of it, no collocate; and a referent is never its own collocate,
// whichever of its forms stands near a mention. Before, "Port Elara" was the collocates
// "port" and "elara", and "Mr." before a name was the collocate "mr". Texts written for
// the test.
func TestCollocateNames(t *testing.T) {
	for _, tc := range []struct {
		name     string
		text     string // side A's document
		refs     []string
		names    []string          // CollocateOptions.Names
		phrases  []string          // Analyzer.Phrases
		want     map[string]string // collocate term of the first referent -> the word shown
		wantNone []string          // terms that are no collocate of it
	}{
		{name: "a referent's name is one collocate of another", text: "Soloria and Port Elara signed a pact.",
			refs: []string{"Soloria", "Port Elara"}, want: map[string]string{"port_elara": "Port Elara", "pact": "pact"}, wantNone: []string{"port", "elara"}},
		{name: "a name given is one collocate", text: "Ana Ruiz praised Soloria warmly.",
			refs: []string{"Soloria"}, names: []string{"Ana Ruiz"}, want: map[string]string{"ana_ruiz": "Ana Ruiz", "prais": "praised"}, wantNone: []string{"ana", "ruiz"}},
		{name: "a name of one word given counts as a word", text: "Halden praised Soloria warmly.",
			refs: []string{"Soloria"}, names: []string{"Halden"}, want: map[string]string{"halden": "Halden"}},
		{name: "the words of a name apart stay words", text: "The port near Soloria reopened as Elara said.",
			refs: []string{"Soloria"}, names: []string{"Port Elara"}, want: map[string]string{"port": "port", "elara": "Elara"}, wantNone: []string{"port_elara"}},
		{name: "a name written in lower case is its words", text: "Soloria and port elara signed a pact.",
			refs: []string{"Soloria"}, names: []string{"Port Elara"}, want: map[string]string{"port": "port", "elara": "elara"}, wantNone: []string{"port_elara"}},
		{name: "a common phrase given as a name is its words", text: "Soloria shaped its foreign policy with care.",
			refs: []string{"Soloria"}, names: []string{"Foreign Policy"}, want: map[string]string{"foreign": "foreign", "polici": "policy"}, wantNone: []string{"foreign_policy"}},
		{name: "a name half capitalized is its words", text: "Foreign policy shaped Soloria.",
			refs: []string{"Soloria"}, names: []string{"Foreign Policy"}, want: map[string]string{"foreign": "Foreign", "polici": "policy"}, wantNone: []string{"foreign_policy"}},
		{name: "a name in capitals is the name", text: "Soloria read FOREIGN POLICY weekly.",
			refs: []string{"Soloria"}, names: []string{"Foreign Policy"}, want: map[string]string{"foreign_policy": "FOREIGN POLICY"}, wantNone: []string{"foreign", "polici"}},
		{name: "a name as written is the name", text: "Soloria and the Bank of Halden signed a pact.",
			refs: []string{"Soloria"}, names: []string{"Bank of Halden"}, want: map[string]string{"bank_of_halden": "Bank of Halden"}, wantNone: []string{"bank", "halden"}},
		{name: "a name written otherwise is its words", text: "Soloria and the bank of Halden signed a pact.",
			refs: []string{"Soloria"}, names: []string{"Bank of Halden"}, want: map[string]string{"bank": "bank", "halden": "Halden"}, wantNone: []string{"bank_of_halden"}},
		{name: "a name and a phrase in lower case in one sentence", text: "Port Elara and Soloria discussed port elara trade.",
			refs: []string{"Soloria"}, names: []string{"Port Elara"}, want: map[string]string{"port_elara": "Port Elara", "port": "port", "elara": "elara", "trade": "trade"}},
		{name: "a phrase in lower case overlapping a listed phrase", text: "Soloria hosted foreign policy makers.",
			refs: []string{"Soloria"}, names: []string{"Foreign Policy"}, phrases: []string{"policy makers"},
			want: map[string]string{"foreign": "foreign", "policy_makers": "policy makers"}, wantNone: []string{"foreign_policy", "maker"}},
		{name: "a listed phrase in lower case stays a phrase", text: "Soloria shaped its foreign policy with care.",
			refs: []string{"Soloria"}, names: []string{"Foreign Policy"}, phrases: []string{"foreign policy"},
			want: map[string]string{"foreign_policy": "foreign policy"}, wantNone: []string{"foreign", "polici"}},
		{name: "an honorific before a name is part of it", text: "Soloria met Mr. Marek. Soloria met Ms Varga. Soloria met Dr. Ruiz.",
			refs: []string{"Soloria"}, want: map[string]string{"marek": "Marek", "varga": "Varga", "ruiz": "Ruiz"}, wantNone: []string{"mr", "ms", "dr"}},
		{name: "an honorific takes no place in the window", text: "Soloria met Mr. Marek, Ruiz, Varga and Kade on Monday in Halden, officials said.",
			refs: []string{"Soloria"}, want: map[string]string{"kade": "Kade"}, wantNone: []string{"mr"}},
		{name: "an honorific before a name's particle is part of it", text: "Soloria met Mr. de Soto. Soloria met Ms al-Rashid.",
			refs: []string{"Soloria"}, want: map[string]string{"soto": "Soto", "al-rashid": "al-Rashid"}, wantNone: []string{"mr", "ms"}},
		{name: "an honorific before a word is a word", text: "In Soloria, Miss dearly the old talks.",
			refs: []string{"Soloria"}, want: map[string]string{"miss": "Miss"}},
		{name: "a plural honorific before a name is part of it", text: "Soloria hailed Messrs. Kade and Oren.",
			refs: []string{"Soloria"}, want: map[string]string{"hail": "hailed"}, wantNone: []string{"messr", "messrs"}},
		{name: "an honorific before a name given", text: "Soloria met Mrs Ana Ruiz on Monday in Halden, officials said.",
			refs: []string{"Soloria"}, names: []string{"Ana Ruiz"}, want: map[string]string{"ana_ruiz": "Ana Ruiz"}, wantNone: []string{"mrs", "ana", "ruiz"}},
		{name: "a verb spelled as an honorific is a word", text: "Soloria will miss the talks in Halden.",
			refs: []string{"Soloria"}, want: map[string]string{"miss": "miss", "talk": "talks"}},
		{name: "an honorific's word before no name is a word", text: "Soloria hailed the grand lady of letters.",
			refs: []string{"Soloria"}, want: map[string]string{"ladi": "lady"}},
		{name: "a referent is not its own collocate", text: "Port Elara said the Port Elara council met.",
			refs: []string{"Port Elara"}, want: map[string]string{"council": "council"}, wantNone: []string{"port_elara", "port", "elara"}},
		{name: "a phrase that holds the name is the mention's own", text: "Officials in greater Port Elara signed a pact.",
			refs: []string{"Port Elara"}, phrases: []string{"greater Port Elara"}, want: map[string]string{"pact": "pact", "offici": "Officials"}, wantNone: []string{"greater_port_elara", "greater"}},
		{name: "a longer name written otherwise leaves a shorter name", text: "Soloria praised the Port Elara authority.",
			refs: []string{"Soloria"}, names: []string{"Port Elara", "Port Elara Authority"}, want: map[string]string{"port_elara": "Port Elara", "author": "authority"},
			wantNone: []string{"port", "elara", "port_elara_author", "port_elara_authority"}},
		{name: "a name written otherwise leaves an overlapping name", text: "Soloria praised the port Elara Bay.",
			refs: []string{"Soloria"}, names: []string{"Port Elara", "Elara Bay"}, want: map[string]string{"port": "port", "elara_bay": "Elara Bay"},
			wantNone: []string{"port_elara", "elara", "bay"}},
		{name: "a name in lower case after a phrase is its words", text: "Soloria praised Port Elara trade council.",
			refs: []string{"Soloria"}, names: []string{"Port Elara", "Trade Council"}, phrases: []string{"Elara trade"},
			want: map[string]string{"port_elara": "Port Elara", "council": "council"}, wantNone: []string{"trade_council", "elara_trade"}},
		{name: "a referent in lower case is not its own collocate", text: "Port Elara said Soloria and port elara met.",
			refs: []string{"Port Elara"}, want: map[string]string{"met": "met", "said": "said", "soloria": "Soloria"}, wantNone: []string{"port", "elara", "port_elara"}},
		{name: "a word of a referent's name alone is a collocate", text: "Port Elara said the old port reopened.",
			refs: []string{"Port Elara"}, want: map[string]string{"port": "port", "reopen": "reopened"}, wantNone: []string{"elara"}},
		{name: "a longer name holding the referent's is a collocate", text: "Port Elara said the Port Elara Authority met.",
			refs: []string{"Port Elara"}, names: []string{"Port Elara Authority"}, want: map[string]string{"port_elara_authority": "Port Elara Authority"},
			wantNone: []string{"port", "elara", "authority", "author"}},
		{name: "nor is its longer form", text: "Officials said Ruiz told Ana Ruiz to stay.",
			refs: []string{"Ana Ruiz"}, want: map[string]string{"told": "told"}, wantNone: []string{"ana_ruiz", "ana", "ruiz"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// The last sentence is no name, which would read as a sign-off (Boilerplate).
			a := []corpus.Document{{ID: "a1", Text: tc.text + " The talks went on."}}
			b := []corpus.Document{{ID: "b1", Text: "Officials in Halden met " + strings.Join(tc.refs, " and ") + " for talks."}}
			an := Analyzer{Phrases: tc.phrases}
			rcs, err := an.ContrastReferents(a, b, tc.refs, &CollocateOptions{Names: tc.names})
			if err != nil {
				t.Fatal(err)
			}
			rc := rcs[0]
			if rc.CountA == 0 {
				t.Fatalf("%s: no mention on side A", rc.Referent)
			}
			got := map[string]string{}
			for _, r := range rc.Keyness {
				if r.CountA > 0 {
					got[r.Term] = r.WordA
				}
			}
			for term, word := range tc.want {
				if got[term] != word {
					t.Errorf("collocate %q: shown %q, want %q (collocates on side A: %v)", term, got[term], word, got)
				}
			}
			for _, term := range tc.wantNone {
				if _, ok := got[term]; ok {
					t.Errorf("%q is a collocate (collocates on side A: %v)", term, got)
				}
			}
		})
	}
}
