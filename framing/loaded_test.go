package framing

import (
	"encoding/json"
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/framediff/framediff/corpus"
	"gonum.org/v1/gonum/floats/scalar"
)

// loadedOf runs LoadedTerms on one English text against a background of neutral sentences.
func loadedOf(t *testing.T, an *Analyzer, text string, opts *LoadedOptions) []LoadedTerm {
	t.Helper()
	bg, err := an.Profile(corpus.Document{ID: "bg", Language: "english", Text: "The ministry held talks on Monday. Officials approved the plan."})
	if err != nil {
		t.Fatal(err)
	}
	lts, err := an.LoadedTerms([]corpus.Document{{ID: "a", Language: "english", Text: text}}, bg, opts)
	if err != nil {
		t.Fatal(err)
	}
	return lts
}

func loadedWords(lts []LoadedTerm) []string {
	out := []string{}
	for _, l := range lts {
		out = append(out, l.Word)
	}
	slices.Sort(out)
	return out
}

// TestLoadedContext: lexicon words inside capitalized names, in neutral senses and in
// quotations are not the account's loaded words; outside them they are.
func TestLoadedContext(t *testing.T) {
	own := &Analyzer{Voices: OwnVoice}
	evaluative := EvaluativeLexicon()
	charge, err := ParseLexicon(strings.NewReader("[loaded]\n~charged\n"), "charge")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, text string
		an         *Analyzer
		opts       LoadedOptions
		want       []string
	}{
		{"name mid-sentence", "Critics of the Patriotic Front met.", own, LoadedOptions{}, []string{}},
		{"name kept", "Critics of the Patriotic Front met.", own, LoadedOptions{KeepNames: true}, []string{"Patriotic"}},
		{"name opening a sentence", "Patriotic Front critics met.", own, LoadedOptions{}, []string{}},
		{"capital opening a sentence", "Outrageous claims followed.", own, LoadedOptions{}, []string{"Outrageous"}},
		{"title case", "Senate Slams Reckless Budget Plan", own, LoadedOptions{}, []string{"Reckless", "Slams"}},
		{"all capitals", "The SHAMEFUL vote passed.", own, LoadedOptions{}, []string{"SHAMEFUL"}},
		{"phrase term", "Critics of the Patriotic Front met.", &Analyzer{Voices: OwnVoice, Phrases: []string{"Patriotic Front"}},
			LoadedOptions{KeepNames: true}, []string{}},
		{"legal allegations", "He denied the allegations on Monday.", own, LoadedOptions{Lexicon: evaluative}, []string{}},
		{"allegations kept", "He denied the allegations on Monday.", own, LoadedOptions{Lexicon: evaluative, KeepNeutral: true}, []string{"allegations"}},
		{"hostile takeover", "A hostile takeover failed.", own, LoadedOptions{}, []string{}},
		{"hostile crowd", "A hostile crowd gathered.", own, LoadedOptions{}, []string{"hostile"}},
		{"charged with", "She was charged with theft.", own, LoadedOptions{Lexicon: charge}, []string{}},
		{"charged atmosphere", "The charged atmosphere lingered.", own, LoadedOptions{Lexicon: charge}, []string{"charged"}},
		{"contempt of court", "He was held in contempt of court.", own, LoadedOptions{}, []string{}},
		{"contempt for voters", "He showed contempt for voters.", own, LoadedOptions{}, []string{"contempt"}},
		{"quotation, own voice", `Smith said: "This is a disgraceful sham."`, own, LoadedOptions{All: true}, []string{}},
		{"quotation, every voice", `Smith said: "This is a disgraceful sham."`, &Analyzer{}, LoadedOptions{All: true}, []string{"disgraceful", "sham"}},
		{"phrase entry", "They rammed through the bill. It was a witch hunt.", own, LoadedOptions{}, []string{"rammed through", "witch hunt"}},
		{"verbs of saying left to Stance", "He claimed victory and insisted.", own, LoadedOptions{}, []string{}},
		{"verbs of saying with the whole lexicon", "He claimed victory and insisted.", own, LoadedOptions{Lexicon: evaluative}, []string{"claimed", "insisted"}},
		{"empty of loaded words", "Officials approved the plan.", own, LoadedOptions{}, []string{}},
	} {
		t.Run(c.name, func(t *testing.T) {
			lts := loadedOf(t, c.an, c.text, &c.opts)
			if got := loadedWords(lts); !slices.Equal(got, c.want) {
				t.Errorf("%q: got %q, want %q", c.text, got, c.want)
			}
		})
	}
	t.Run("figures", func(t *testing.T) {
		// "rammed through": the stop word "through" is matched by the entry but not
		// counted; "witch hunt" is one item of two terms.
		lts := loadedOf(t, own, "They rammed through the bill. It was a witch hunt.", nil)
		terms := map[string]string{}
		for _, l := range lts {
			terms[l.Word] = l.Term
		}
		if terms["rammed through"] != "ram" || terms["witch hunt"] != "witch hunt" {
			t.Errorf("terms %q", terms)
		}
		// Names and neutral senses are counted where the word is also used as loaded.
		lts = loadedOf(t, own, "The Patriotic Front marched. A patriotic crowd cheered. The hostile takeover failed. A hostile crowd formed.", nil)
		for _, l := range lts {
			want := map[string][3]int{"patriot": {1, 1, 0}, "hostil": {1, 0, 1}}[l.Term]
			if got := [3]int{l.Count, l.Names, l.Neutral}; got != want || len(l.Evidence) != l.Count {
				t.Errorf("%s: count, names, neutral %v, want %v; %d evidence lines", l.Term, got, want, len(l.Evidence))
			}
		}
		if len(lts) != 2 {
			t.Errorf("%d terms, want patriot and hostile", len(lts))
		}
	})
}

// TestLoadedShared: a word the other accounts and the account's quotations use as often, per
// word, as the account's own voice is the event's, not the outlet's.
func TestLoadedShared(t *testing.T) {
	own := &Analyzer{Voices: OwnVoice}
	bg, err := own.Profile(corpus.Document{ID: "bg", Language: "english", Text: "The ministry held talks on Monday."})
	if err != nil {
		t.Fatal(err)
	}
	account := []corpus.Document{{ID: "a", Language: "english", Text: "Officials slashed the budget."}}
	for _, c := range []struct {
		name    string
		others  string
		opts    LoadedOptions
		listed  bool
		others_ int
		shared  float64
	}{
		// Own voice: offici, slash, budget (3 counted words, "the" a stop word).
		// Others: offici, slash, budget, slash, job (5 words, slash twice):
		// shared = (2/5) / (1/3) = 1.2 ≥ 0.6.
		{"shared", "Officials slashed the budget and slashed jobs.", LoadedOptions{}, false, 2, 1.2},
		// Others: offici, cut, budget, slash, job (5 words, slash once): (1/5)/(1/3) = 0.6.
		{"at the threshold", "Officials cut the budget and slashed jobs.", LoadedOptions{}, false, 1, 0.6},
		{"under a higher threshold", "Officials cut the budget and slashed jobs.", LoadedOptions{MaxShared: 0.7}, true, 1, 0.6},
		{"rule off", "Officials slashed the budget and slashed jobs.", LoadedOptions{MaxShared: -1}, true, 2, 1.2},
		// Others: offici, cut, budget (slash absent): shared 0.
		{"not shared", "Officials cut the budget.", LoadedOptions{}, true, 0, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			o := c.opts
			o.Others = []corpus.Document{{ID: "b", Language: "english", Text: c.others}}
			o.All = false
			lts, err := own.LoadedTerms(account, bg, &o)
			if err != nil {
				t.Fatal(err)
			}
			if (len(lts) == 1) != c.listed {
				t.Fatalf("listed %v, want %v", lts, c.listed)
			}
			o.All = true
			lts, err = own.LoadedTerms(account, bg, &o)
			if err != nil || len(lts) != 1 {
				t.Fatal(lts, err)
			}
			if l := lts[0]; l.Others != c.others_ || !scalar.EqualWithinAbsOrRel(l.Shared, c.shared, 1e-12, 1e-12) {
				t.Errorf("others %d, shared %v; want %d, %v", l.Others, l.Shared, c.others_, c.shared)
			}
		})
	}
	t.Run("quotations", func(t *testing.T) {
		// Own voice: vote, sham, smith, said (4 words); the quotation: sham (1 word).
		// shared = (1/1) / (1/4) = 4.
		text := `The vote was a sham. Smith said: "It was a sham."`
		lts := loadedOf(t, own, text, &LoadedOptions{All: true})
		if len(lts) != 1 || lts[0].Count != 1 || lts[0].Quoted != 1 || lts[0].Others != -1 || lts[0].Shared != 4 {
			t.Fatalf("%+v", lts)
		}
		if lts := loadedOf(t, own, text, nil); len(lts) != 0 {
			t.Errorf("listed %+v", lts)
		}
	})
}

// TestLoadedCommon: a word in more than MaxShare of the background's documents is common news
// vocabulary.
func TestLoadedCommon(t *testing.T) {
	an := &Analyzer{}
	var bgDocs []corpus.Document
	for i := range 20 {
		text := "The ministry held talks."
		if i < 2 {
			text = "The reckless ministry held talks."
		}
		bgDocs = append(bgDocs, corpus.Document{ID: string(rune('a' + i)), Language: "english", Text: text})
	}
	bg, err := an.Profile(bgDocs...)
	if err != nil {
		t.Fatal(err)
	}
	account := []corpus.Document{{ID: "x", Language: "english", Text: "A reckless plan."}}
	for _, c := range []struct {
		maxShare float64
		listed   bool
	}{{0, false}, {0.09, false}, {0.1, true}, {1, true}} {
		lts, err := an.LoadedTerms(account, bg, &LoadedOptions{MaxShare: c.maxShare})
		if err != nil {
			t.Fatal(err)
		}
		if (len(lts) == 1) != c.listed {
			t.Errorf("MaxShare %v: %+v, want listed %v", c.maxShare, lts, c.listed)
		}
		if len(lts) == 1 && (lts[0].BackgroundDocs != 2 || lts[0].Background != 2 || lts[0].Share != 0.1) {
			t.Errorf("background %d in %d documents, share %v; want 2, 2, 0.1", lts[0].Background, lts[0].BackgroundDocs, lts[0].Share)
		}
	}
}

// TestLoadedOptionErrors: invalid settings are errors wrapping ErrOption, never a panic.
func TestLoadedOptionErrors(t *testing.T) {
	an := &Analyzer{}
	bg, err := an.Profile(corpus.Document{ID: "bg", Text: "The ministry held talks."})
	if err != nil {
		t.Fatal(err)
	}
	account := []corpus.Document{{ID: "a", Text: "A reckless plan."}}
	for name, o := range map[string]*LoadedOptions{
		"MaxShare above 1":       {MaxShare: 1.5},
		"MaxShare negative":      {MaxShare: -0.1},
		"MaxShared not a number": {MaxShared: math.NaN()},
		"MaxShared infinite":     {MaxShared: math.Inf(1)},
		"MinZ not a number":      {MinZ: math.NaN()},
		"MinSimilarity above 1":  {MinSimilarity: 2},
		"Top negative":           {Top: -1},
	} {
		if _, err := an.LoadedTerms(account, bg, o); !errors.Is(err, ErrOption) {
			t.Errorf("%s: %v, want ErrOption", name, err)
		}
	}
	if _, err := an.LoadedTerms(account, nil, nil); !errors.Is(err, ErrOption) {
		t.Errorf("no background: %v", err)
	}
	if _, err := an.LoadedTerms([]corpus.Document{{ID: "e", Text: ""}}, bg, nil); !errors.Is(err, ErrEmpty) {
		t.Errorf("empty account: %v", err)
	}
	// A background counted in other voices than the analyzer's is a mismatch; every voice
	// named one by one is the zero Set's every voice.
	own := &Analyzer{Voices: OwnVoice}
	if _, err := own.LoadedTerms(account, bg, nil); !errors.Is(err, ErrMismatch) {
		t.Errorf("own voice against a background of every voice: %v, want ErrMismatch", err)
	}
	every, err := ParseVoices("narrative+quote+scare+reported+title")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := (&Analyzer{Voices: every}).LoadedTerms(account, bg, nil); err != nil {
		t.Errorf("every voice by name against the zero Set's: %v", err)
	}
	if _, err := json.Marshal(LoadedOptions{MaxShared: -1, Others: account}); err != nil {
		t.Errorf("options do not marshal: %v", err)
	}
}

// sampleLoaded runs LoadedTerms on the embedded sample: each side's accounts against the
// other side's, the whole sample as background.
func sampleLoaded(t testing.TB, an *Analyzer, account, others []corpus.Document, bg *Profile) []byte {
	lts, err := an.LoadedTerms(account, bg, &LoadedOptions{Others: others, All: true})
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(lts)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// sampleStateSides returns the embedded sample's English documents, split into the state
// outlets' and the others', each side with at least least documents.
func sampleStateSides(t *testing.T, least int) (docs, state, others []corpus.Document) {
	t.Helper()
	docs = corpus.Sample().Select(func(d corpus.Document) bool { return d.Language == "english" })
	for _, d := range docs {
		if d.Kind == "state" {
			state = append(state, d)
		} else {
			others = append(others, d)
		}
	}
	if len(state) < least || len(others) < least {
		t.Fatalf("sample sides %d and %d", len(state), len(others))
	}
	return docs, state, others
}

// TestLoadedDeterministic: the same input gives the same bytes, whatever the order of the
// documents, and from many goroutines at once.
func TestLoadedDeterministic(t *testing.T) {
	an := &Analyzer{Voices: OwnVoice}
	docs, a, b := sampleStateSides(t, 2)
	bg, err := an.Profile(docs...)
	if err != nil {
		t.Fatal(err)
	}
	want := sampleLoaded(t, an, a, b, bg)
	if string(want) == "[]" {
		t.Fatal("no loaded words in the sample")
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 5 {
		sa, sb := slices.Clone(a), slices.Clone(b)
		rng.Shuffle(len(sa), func(i, j int) { sa[i], sa[j] = sa[j], sa[i] })
		rng.Shuffle(len(sb), func(i, j int) { sb[i], sb[j] = sb[j], sb[i] })
		if got := sampleLoaded(t, an, sa, sb, bg); string(got) != string(want) {
			t.Fatalf("shuffled input:\n%s\nwant\n%s", got, want)
		}
	}
	var wg sync.WaitGroup
	got := make([][]byte, 8)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = sampleLoaded(t, an, a, b, bg)
		}()
	}
	wg.Wait()
	for i := range got {
		if string(got[i]) != string(want) {
			t.Errorf("goroutine %d: different result", i)
		}
	}
	// Every evidence line is a substring of its document at its offsets.
	var lts []LoadedTerm
	if err := json.Unmarshal(want, &lts); err != nil {
		t.Fatal(err)
	}
	byID := map[string]string{}
	for _, d := range docs {
		byID[d.ID] = d.Text
	}
	for _, l := range lts {
		if len(l.Evidence) != l.Count {
			t.Errorf("%s: %d uses, %d evidence lines", l.Word, l.Count, len(l.Evidence))
		}
		for _, p := range l.Evidence {
			for _, line := range []Line{p.Word, p.Sentence, p.Other} {
				if line.DocID != "" && byID[line.DocID][line.Start:line.End] != line.Match {
					t.Errorf("%s: line %+v is not its document's text", l.Word, line)
				}
			}
			if p.Word.Start < p.Sentence.Start || p.Word.End > p.Sentence.End {
				t.Errorf("%s: the word %+v lies outside its sentence %+v", l.Word, p.Word, p.Sentence)
			}
		}
	}
}
