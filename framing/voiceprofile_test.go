package framing

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// voiceProfileDocs are invented documents with every case the count from the report's
// tokens must decide as counting the text does: direct quotations (a stop word and a
// number inside one), indirect speech, a scare quote, a dateline, a sign-off, a web
// address inside and outside a quotation, a quotation that never closes, no quotation at
// all, an empty text, punctuation only.
var voiceProfileDocs = []corpus.Document{
	{ID: "d1", Text: "HALDEN, May 3 (Wire) - Mayor Ana Ruiz said on Tuesday that the bridge would open in 2027. “We will not wait for the council,” she said. Critics called the plan a “gift” to builders."},
	{ID: "d2", Text: "Ivo Marek, the council's leader, told reporters the budget was “a fraud and a scandal” and that voters deserved better. Details are at www.halden.org/budget. Reporting by Lena Varga"},
	{ID: "d3", Text: "The so-called reform passed. Lena Varga wrote: “The town of Halden has 12 bridges, see https://halden.example/bridges and the report."},
	{ID: "d4", Text: "Rain fell on Halden all week, and the river rose to its highest level since 1998."},
	{ID: "d5", Text: ""},
	{ID: "d6", Text: "... !!! ---"},
	{ID: "d7", Text: "“Sanctions will fail,” Marek said. Sanctions, he added, were “the wrong tool”. The minister's office said it would respond; Ruiz's aides declined to comment."},
}

// marshalProfile returns p as JSON (every term with its counts and forms, the totals, the
// drops and the analyzer).
func marshalProfile(t *testing.T, p *Profile) []byte {
	t.Helper()
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestVoiceReportProfiles checks that the profiles VoiceReport counts from its tokens are
// those Analyzer.Profile counts from the texts, for several voices and analyzers, with
// one worker and with several (documents split into runs whose profiles are merged).
func TestVoiceReportProfiles(t *testing.T) {
	for _, tc := range []struct {
		name string
		an   Analyzer
	}{
		{"default", Analyzer{}},
		{"no-stem", Analyzer{NoStem: true}},
		{"keep-stop-words", Analyzer{KeepStopWords: true}},
		{"keep-boilerplate-and-addresses", Analyzer{KeepBoilerplate: true, KeepAddresses: true}},
		{"bigrams (counted from the texts)", Analyzer{NGrams: 2}},
		{"protected phrase (counted from the texts)", Analyzer{Protected: []string{"so-called reform"}}},
	} {
		for _, workers := range []int{1, 3} {
			t.Run(fmt.Sprintf("%s/%d-workers", tc.name, workers), func(t *testing.T) {
				sets := []Voices{OwnVoice, AllVoices, QuotedVoices, 1 << VoiceNarrative}
				vp := make([]VoiceProfile, len(sets))
				for k, v := range sets {
					vp[k] = VoiceProfile{Voices: v}
				}
				an := tc.an
				an.Workers = workers
				r, err := an.VoiceReport(voiceProfileDocs, &VoiceReportOptions{Profiles: vp, NoQuoted: true, NoStance: true})
				if err != nil {
					t.Fatal(err)
				}
				if len(r.Profiles) != len(sets) {
					t.Fatalf("%d profiles, want %d", len(r.Profiles), len(sets))
				}
				for k, v := range sets {
					want := tc.an
					want.Voices = v
					p, err := want.Profile(voiceProfileDocs...)
					if err != nil {
						t.Fatal(err)
					}
					if got, exp := marshalProfile(t, r.Profiles[k]), marshalProfile(t, p); !bytes.Equal(got, exp) {
						t.Errorf("voices %v: from the report\n%s\nfrom the texts\n%s", v, got, exp)
					}
				}
			})
		}
	}
}

// TestVoiceReportProfilesFullReport checks the profiles with every part of the report on
// (statistics, quoted terms, stances: not NoQuoted or NoStance), the all-words profile over
// a vocabulary that a report made before it filled (so the report's workers intern in a
// vocabulary with terms already), with one worker and with three: the profiles are
// Analyzer.Profile's, and the rest of the report is what it is without profiles.
func TestVoiceReportProfilesFullReport(t *testing.T) {
	other := []corpus.Document{
		{ID: "o1", Text: "Lena Varga said the dam at Halden was “safe”. “We checked it twice,” she said."},
		{ID: "o2", Text: "Ivo Marek, a critic of the council, called the dam a risk."},
	}
	for _, workers := range []int{1, 3} {
		t.Run(fmt.Sprintf("%d-workers", workers), func(t *testing.T) {
			an := Analyzer{Workers: workers}
			shared := &Vocabulary{}
			if _, err := an.VoiceReport(other, &VoiceReportOptions{Profiles: []VoiceProfile{{Voices: AllVoices, Vocabulary: shared}}}); err != nil {
				t.Fatal(err)
			}
			vp := []VoiceProfile{{Voices: OwnVoice}, {Voices: AllVoices, Vocabulary: shared}}
			// Quoted lists the quotations' words (the documents' scare quotes are too few).
			r, err := an.VoiceReport(voiceProfileDocs, &VoiceReportOptions{Profiles: vp, Quoted: VoiceQuote})
			if err != nil {
				t.Fatal(err)
			}
			if r.Stats == nil || len(r.Quoted) == 0 || len(r.Sources) == 0 {
				t.Fatalf("the report lacks a part: stats %v, %d quoted terms, %d sources", r.Stats != nil, len(r.Quoted), len(r.Sources))
			}
			for k, v := range []Voices{OwnVoice, AllVoices} {
				want := an
				want.Voices = v
				p, err := want.Profile(voiceProfileDocs...)
				if err != nil {
					t.Fatal(err)
				}
				if got, exp := marshalProfile(t, r.Profiles[k]), marshalProfile(t, p); !bytes.Equal(got, exp) {
					t.Errorf("voices %v: from the report\n%s\nfrom the texts\n%s", v, got, exp)
				}
			}
			base, err := an.VoiceReport(voiceProfileDocs, &VoiceReportOptions{Quoted: VoiceQuote})
			if err != nil {
				t.Fatal(err)
			}
			got, _ := json.Marshal(r)
			want, _ := json.Marshal(base)
			if !bytes.Equal(got, want) {
				t.Errorf("the report with profiles\n%s\nwithout\n%s", got, want)
			}
		})
	}
}

// TestVoiceReportProfilesConcurrent checks that two reports running at once, over
// vocabularies they share (as the sides of a comparison may be counted), give the
// profiles the same reports give one after the other (run it with -race).
func TestVoiceReportProfilesConcurrent(t *testing.T) {
	sides := [][]corpus.Document{voiceProfileDocs[:4], voiceProfileDocs[4:]}
	run := func(parallel bool) [2][]byte {
		vp := []VoiceProfile{{Voices: OwnVoice, Vocabulary: &Vocabulary{}}, {Voices: AllVoices, Vocabulary: &Vocabulary{}}}
		var out [2][]byte
		var errs [2]error
		var wg sync.WaitGroup
		for k, docs := range sides {
			count := func() {
				an := Analyzer{Workers: 2}
				r, err := an.VoiceReport(docs, &VoiceReportOptions{Profiles: vp})
				if errs[k] = err; err == nil {
					out[k], errs[k] = json.Marshal(r.Profiles)
				}
			}
			if !parallel {
				count()
				continue
			}
			wg.Add(1)
			go func() { defer wg.Done(); count() }()
		}
		wg.Wait()
		for _, err := range errs {
			if err != nil {
				t.Fatal(err)
			}
		}
		return out
	}
	want := run(false)
	for range 4 {
		if got := run(true); !bytes.Equal(got[0], want[0]) || !bytes.Equal(got[1], want[1]) {
			t.Fatalf("at once\n%s\n%s\none after the other\n%s\n%s", got[0], got[1], want[0], want[1])
		}
	}
}

// TestVoiceReportProfilesCompare checks that CompareSplitProfiles on the report's
// profiles gives CompareSplit's comparison, with and without the document-level test.
func TestVoiceReportProfilesCompare(t *testing.T) {
	s := corpus.Split{Event: "bridge", NameA: "A", NameB: "B", A: voiceProfileDocs[:4], B: voiceProfileDocs[4:]}
	for _, perm := range []int{-1, 50} {
		for _, v := range []Voices{OwnVoice, AllVoices} {
			t.Run(fmt.Sprintf("%v/permutations-%d", v, perm), func(t *testing.T) {
				an := Analyzer{Voices: v}
				opts := &CompareOptions{Top: 5, DocTest: DocTestOptions{Permutations: perm}}
				want, err := CompareSplit(&an, s, opts)
				if err != nil {
					t.Fatal(err)
				}
				vp := []VoiceProfile{{Voices: v, Vocabulary: &Vocabulary{}}}
				var ps [2]*Profile
				for k, docs := range [][]corpus.Document{s.A, s.B} {
					var base Analyzer
					r, err := base.VoiceReport(docs, &VoiceReportOptions{Profiles: vp})
					if err != nil {
						t.Fatal(err)
					}
					ps[k] = r.Profiles[0]
				}
				got, err := CompareSplitProfiles(&an, s, ps[0], ps[1], opts)
				if err != nil {
					t.Fatal(err)
				}
				g, _ := json.Marshal(got)
				w, _ := json.Marshal(want)
				if !bytes.Equal(g, w) {
					t.Errorf("from the reports' profiles\n%s\nCompareSplit\n%s", g, w)
				}
			})
		}
	}
}

// TestVoiceReportProfilesErrors checks the errors of the profiles' options: documents in
// two languages, an unknown language, sides in two languages over one vocabulary, and a
// comparison without a profile. An error names the document.
func TestVoiceReportProfilesErrors(t *testing.T) {
	docs := []corpus.Document{
		{ID: "en", Language: "english", Text: "Ana Ruiz said the bridge would open."},
		{ID: "ru", Language: "russian", Text: "Мост откроется в мае, сказала Ана Руис."},
	}
	var an Analyzer
	if _, err := an.VoiceReport(docs, &VoiceReportOptions{Profiles: []VoiceProfile{{Voices: OwnVoice}}}); !errors.Is(err, ErrMismatch) {
		t.Errorf("two languages: err = %v, want ErrMismatch", err)
	} else {
		for _, name := range []string{`"ru"`, "russian", "english", "VoiceReportOptions.Profiles"} {
			if !strings.Contains(err.Error(), name) {
				t.Errorf("two languages: err = %v, want it to name %s", err, name)
			}
		}
	}
	if _, err := an.VoiceReport(docs, nil); err != nil {
		t.Errorf("two languages without profiles: %v", err)
	}
	for _, tc := range []struct {
		name  string
		first []corpus.Document // reported first, over the vocabularies of the second
		docs  []corpus.Document
		want  error
		names []string // in the error's text
	}{
		{"an unknown language", nil, []corpus.Document{{ID: "k1", Language: "klingon", Text: "Ana Ruiz said it."}}, ErrLanguage, []string{`"k1"`, "klingon"}},
		{"sides in two languages over one vocabulary", docs[:1], []corpus.Document{{ID: "b1", Language: "russian", Text: docs[1].Text}}, ErrMismatch, []string{`"b1"`, "russian", "english"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			vp := []VoiceProfile{{Voices: OwnVoice, Vocabulary: &Vocabulary{}}}
			if tc.first != nil {
				if _, err := an.VoiceReport(tc.first, &VoiceReportOptions{Profiles: vp}); err != nil {
					t.Fatal(err)
				}
			}
			_, err := an.VoiceReport(tc.docs, &VoiceReportOptions{Profiles: vp})
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want one wrapping %v", err, tc.want)
			}
			for _, name := range tc.names {
				if !strings.Contains(err.Error(), name) {
					t.Errorf("err = %v, want it to name %s", err, name)
				}
			}
		})
	}
	s := corpus.Split{Event: "e", A: docs[:1], B: docs[1:]}
	if _, err := CompareSplitProfiles(&an, s, nil, nil, nil); !errors.Is(err, ErrOption) {
		t.Errorf("no profiles: err = %v, want ErrOption", err)
	}
}

// TestVoiceReportProfilesCorpus checks the report's profiles against the texts' on China
// Daily and The New York Times (the shared data; skipped without it): every document of
// both halves, own voice and all words, with two workers.
func TestVoiceReportProfilesCorpus(t *testing.T) {
	if testing.Short() || dedupeRace {
		t.Skip("reads 23 MB (TestVoiceReportProfiles runs the same code with three workers under -race)")
	}
	docs := realCorpora(t)["chinadaily-nyt-democracy.jsonl"]
	sets := []Voices{OwnVoice, AllVoices}
	vp := []VoiceProfile{{Voices: OwnVoice}, {Voices: AllVoices}}
	an := Analyzer{Workers: 2}
	r, err := an.VoiceReport(docs, &VoiceReportOptions{Profiles: vp, NoStats: true, NoQuoted: true, NoStance: true})
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range sets {
		want := Analyzer{Voices: v, Workers: 2}
		p, err := want.Profile(docs...)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(marshalProfile(t, r.Profiles[k]), marshalProfile(t, p)) {
			t.Errorf("voices %v: the report's profile differs from the texts' (%d and %d words)", v, r.Profiles[k].Total(1), p.Total(1))
		}
	}
}

// TestCompareSplitProfilesChecks checks that CompareSplitProfiles refuses profiles that
// are not those of the split's sides counted with the analyzer, with the document-level
// test off (Permutations -1: nothing else would notice) and on, and that a nil analyzer
// is an error, not a panic.
func TestCompareSplitProfilesChecks(t *testing.T) {
	s := corpus.Split{Event: "bridge", NameA: "A", NameB: "B", A: voiceProfileDocs[:4], B: voiceProfileDocs[4:]}
	profiles := func(an Analyzer, vs Voices) (a, b *Profile) {
		vp := []VoiceProfile{{Voices: vs, Vocabulary: &Vocabulary{}}}
		var ps [2]*Profile
		for k, docs := range [][]corpus.Document{s.A, s.B} {
			r, err := an.VoiceReport(docs, &VoiceReportOptions{Profiles: vp, NoQuoted: true, NoStance: true})
			if err != nil {
				t.Fatal(err)
			}
			ps[k] = r.Profiles[0]
		}
		return ps[0], ps[1]
	}
	pa, pb := profiles(Analyzer{}, OwnVoice)
	allA, allB := profiles(Analyzer{}, AllVoices)
	noStemA, noStemB := profiles(Analyzer{NoStem: true}, OwnVoice)
	var lex [2]*Profile
	for k, docs := range [][]corpus.Document{s.A, s.B} {
		var an Analyzer
		var err error
		if lex[k], err = an.LexiconProfile(docs, FramesLexicon()); err != nil {
			t.Fatal(err)
		}
	}
	own := Analyzer{Voices: OwnVoice}
	ownEn := Analyzer{Voices: OwnVoice, Language: "en"}
	ownRu := Analyzer{Voices: OwnVoice, Language: "russian"}
	ownNoStem := Analyzer{Voices: OwnVoice, NoStem: true}
	ownWorkers := Analyzer{Voices: OwnVoice, Workers: 3}
	all := Analyzer{}
	allVoices := Analyzer{Voices: AllVoices}
	for _, perm := range []int{-1, 20} {
		for _, tc := range []struct {
			name string
			an   *Analyzer
			s    corpus.Split
			a, b *Profile
			want error // nil: no error
		}{
			{"own voice", &own, s, pa, pb, nil},
			{"language given by its code", &ownEn, s, pa, pb, nil},
			{"Workers differ", &ownWorkers, s, pa, pb, nil},
			{"all words, Voices 0", &all, s, allA, allB, nil},
			{"all words, Voices AllVoices", &allVoices, s, allA, allB, nil},
			{"no stemming", &ownNoStem, s, noStemA, noStemB, nil},
			{"sides swapped", &own, s, pb, pa, ErrMismatch},
			{"one profile twice", &own, s, pa, pa, ErrMismatch},
			{"analyzer all words, profiles own voice", &all, s, pa, pb, ErrMismatch},
			{"analyzer own voice, profiles all words", &own, s, allA, allB, ErrMismatch},
			{"analyzer stems, profiles do not", &own, s, noStemA, noStemB, ErrMismatch},
			{"analyzer does not stem, profiles do", &ownNoStem, s, pa, pb, ErrMismatch},
			{"another language", &ownRu, s, pa, pb, ErrMismatch},
			{"one side's profile of other settings", &own, s, pa, noStemB, ErrMismatch},
			{"a lexicon's categories", &all, s, lex[0], lex[1], ErrMismatch},
			// A split without documents: said of its sides before the profiles are looked at.
			{"empty split", &own, corpus.Split{Event: "bridge"}, pa, pb, corpus.ErrEmptySide},
			{"nil analyzer", nil, s, pa, pb, ErrOption},
			{"nil profile", &own, s, pa, nil, ErrOption},
		} {
			t.Run(fmt.Sprintf("%s/permutations-%d", tc.name, perm), func(t *testing.T) {
				opts := &CompareOptions{Top: 3, DocTest: DocTestOptions{Permutations: perm}}
				c, err := CompareSplitProfiles(tc.an, tc.s, tc.a, tc.b, opts)
				switch {
				case tc.want == nil && err != nil:
					t.Fatalf("err = %v, want none", err)
				case tc.want == nil && (c.DocsA != len(tc.s.A) || c.DocsB != len(tc.s.B)):
					t.Errorf("documents %d and %d, want %d and %d", c.DocsA, c.DocsB, len(tc.s.A), len(tc.s.B))
				case tc.want != nil && !errors.Is(err, tc.want):
					t.Errorf("err = %v, want one wrapping %v", err, tc.want)
				}
			})
		}
	}
	t.Run("CompareSplit with a nil analyzer", func(t *testing.T) {
		if _, err := CompareSplit(nil, s, nil); !errors.Is(err, ErrOption) {
			t.Errorf("err = %v, want one wrapping ErrOption", err)
		}
	})
}
