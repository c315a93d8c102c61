package framing

import (
	"errors"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
)

func TestConcordanceMatchesProfile(t *testing.T) {
	docs := sampleDocs(t, "english")
	for _, an := range []Analyzer{{}, {NGrams: 2, Voices: OwnVoice}, {Protected: []string{"the West"}}} {
		p, err := an.Profile(docs...)
		if err != nil {
			t.Fatal(err)
		}
		for _, term := range []string{"so-cal", "said", "soloria", "western sanction", "the_west", "defens minist"} {
			lines, err := an.Concordance(docs, term, 30)
			if err != nil {
				if strings.Contains(term, " ") && an.NGrams < 2 {
					continue
				}
				t.Fatal(err)
			}
			if len(lines) != p.Count(term) {
				t.Errorf("%+v: %d lines for %q, profile counts %d", an, len(lines), term, p.Count(term))
			}
			for _, l := range lines {
				d, _ := corpus.Sample().Document(l.DocID)
				if d.Text[l.Start:l.End] != l.Match || len([]rune(l.Left)) > 30 || strings.Contains(l.Right, "\n") {
					t.Errorf("bad line %+v", l)
				}
			}
		}
	}
}

func TestConcordanceVoices(t *testing.T) {
	d, _ := corpus.Sample().Document("minister-visit/soloria-daily")
	lines, err := (&Analyzer{}).Concordance([]corpus.Document{d}, "quiet", 20)
	if err != nil {
		t.Fatal(err)
	}
	if len(lines) != 1 || lines[0].Voice != VoiceQuote || lines[0].Speaker != "Meridian Press" || lines[0].Match != "quietly" {
		t.Errorf("lines %+v", lines)
	}
	if _, err := (&Analyzer{}).Concordance([]corpus.Document{d}, "a b", 20); err == nil {
		t.Error("a bigram with a unigram analyzer was accepted")
	}
}

func TestVoiceStats(t *testing.T) {
	d, _ := corpus.Sample().Document("minister-visit/soloria-daily")
	vs, err := (&Analyzer{}).VoiceStats(d)
	if err != nil {
		t.Fatal(err)
	}
	speakers := map[string]int{}
	for _, c := range vs.Speakers {
		speakers[c.Name] = c.Count
	}
	// The counts agree with profiles restricted to each voice; the document has seven
	// statements (read off the text), four with a direct quotation and three of indirect
	// speech only: Meridian Press "claimed that … “…” and that … “…”" (one statement,
	// however many pieces the quotation marks cut it into) and is "the agency" that cites
	// “officials familiar with the matter”; the spokesperson "said on Friday that … “…”"
	// and "urged … “…”" (two cues, two statements); both sides "stressed dialogue",
	// Soloria "called for a ceasefire", and Washington and its allies keep "lecturing
	// others" (the subject of a cleft sentence).
	quoted, _ := (&Analyzer{Voices: QuotedVoices}).Profile(d)
	all, _ := (&Analyzer{}).Profile(d)
	if vs.Documents != 1 || vs.Words["quote"]+vs.Words["scare"] != quoted.Total(1) || !near(vs.QuotedShare, float64(quoted.Total(1))/float64(all.Total(1))) ||
		speakers["Meridian Press"] != 2 || vs.Quotations["quote"] != 4 || vs.Quotations["reported"] != 3 ||
		speakers["Ministry of National Defense"] != 2 ||
		speakers["Soloria"] != 1 || speakers["Washington and its allies"] != 1 || speakers["Both sides"] != 1 {
		t.Errorf("stats %+v", vs)
	}
	own, _ := (&Analyzer{Voices: OwnVoice}).Profile(d)
	if ownWords := vs.Words["narrative"] + vs.Words["reported"] + vs.Words["title"]; ownWords != own.Total(1) {
		t.Errorf("own words %d, own-voice profile %d", ownWords, own.Total(1))
	}
	verbs := map[string]int{}
	for _, c := range vs.Verbs {
		verbs[c.Name] = c.Count
	}
	if verbs["claimed"] != 1 || verbs["said"] != 1 || verbs["urged"] != 1 || verbs["cited"] != 1 || len(verbs) != 7 {
		t.Errorf("verbs %v", vs.Verbs)
	}
}

// TestConcordanceWords: a word as written finds its term's lines; a word the analyzer
// drops is an error, not an empty list.
func TestConcordanceWords(t *testing.T) {
	docs := []corpus.Document{{ID: "d", Language: "english", Text: "Democracy and democratic rule; the democracies met."}}
	an := &Analyzer{}
	byWord, err := an.Concordance(docs, "Democracy", 10)
	if err != nil {
		t.Fatal(err)
	}
	byStem, _ := an.Concordance(docs, "democraci", 10)
	if len(byWord) != 2 || len(byStem) != 2 {
		t.Errorf("by word %d lines, by stem %d", len(byWord), len(byStem))
	}
	if _, err := an.Concordance(docs, "the", 10); !errors.Is(err, ErrOption) {
		t.Errorf("a stop word: %v", err)
	}
	many, err := an.Concordances(docs, []string{"democraci", "democrat", "rule"}, 10, 1)
	if err != nil || len(many["democraci"]) != 1 || len(many["democrat"]) != 1 || len(many["rule"]) != 1 {
		t.Errorf("concordances %v, %v", many, err)
	}
}
