package framing

import (
	"slices"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing/internal/devdata"
)

// loadedReportOf runs LoadedReport on one invented text against an invented background.
func loadedReportOf(t *testing.T, an *Analyzer, text, background string, opts *LoadedOptions) *LoadedReport {
	t.Helper()
	bg, err := an.Profile(
		corpus.Document{ID: "bg1", Language: "english", Text: "The ministry held talks on Monday. Officials approved the plan."},
		corpus.Document{ID: "bg2", Language: "english", Text: background})
	if err != nil {
		t.Fatal(err)
	}
	r, err := an.LoadedReport([]corpus.Document{{ID: "a", Language: "english", Text: text}}, bg, opts)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestLoadedTally: every match of the lexicon in an account is listed or counted as set
// aside, by the rule that set it aside, and a word none of whose uses is counted is in
// SetAside with its figures, All or not. Before LoadedReport, a word only quoted or only
// attributed left no trace in the result. The expected tallies are read off the invented
// sentences and the lexicons (evaluative.txt: reckless, farce, extremely, hostile;
// neutral-senses.txt: hostile takeover): one match per loaded word written.
func TestLoadedTally(t *testing.T) {
	own := &Analyzer{Voices: OwnVoice}
	stopExtremely := &Analyzer{Voices: OwnVoice, ExtraStopWords: []string{"extremely"}}
	const plainBg = "Halden opened a library."
	for _, c := range []struct {
		name, text, bg string
		an             *Analyzer
		opts           LoadedOptions
		listed         []string // words listed
		setAside       []string // words of SetAside
		want           LoadedTally
	}{
		{"own use, listed", "The council passed a reckless budget on Monday.", plainBg, own, LoadedOptions{},
			[]string{"reckless"}, []string{}, LoadedTally{Hits: 1, Listed: 1}},
		{"only quoted", `Ana Ruiz said: "The plan is a farce."`, plainBg, own, LoadedOptions{},
			[]string{}, []string{"farce"}, LoadedTally{Hits: 1, InQuotes: 1}},
		{"only quoted, All", `Ana Ruiz said: "The plan is a farce."`, plainBg, own, LoadedOptions{All: true},
			[]string{}, []string{"farce"}, LoadedTally{Hits: 1, InQuotes: 1}},
		{"quoted, every voice", `Ana Ruiz said: "The plan is a farce."`, plainBg, &Analyzer{}, LoadedOptions{},
			[]string{"farce"}, []string{}, LoadedTally{Hits: 1, Listed: 1}},
		{"only attributed", "The budget was reckless, the treasurer said.", plainBg, own, LoadedOptions{},
			[]string{}, []string{"reckless"}, LoadedTally{Hits: 1, Attributed: 1}},
		{"only in a name", "Ivo Marek joined the local chapter of the Reckless Party last spring.", plainBg, own, LoadedOptions{},
			[]string{}, []string{"Reckless"}, LoadedTally{Hits: 1, Names: 1}},
		{"only in a neutral sense", "Lena Varga fought off a hostile takeover of her firm.", plainBg, own, LoadedOptions{},
			[]string{}, []string{"hostile"}, LoadedTally{Hits: 1, Neutral: 1}},
		{"only stop words", "The vote in Halden was extremely close.", plainBg, stopExtremely, LoadedOptions{},
			[]string{}, []string{}, LoadedTally{Hits: 1, Uncounted: 1}},
		{"not a stop word", "The vote in Halden was extremely close.", plainBg, own, LoadedOptions{},
			[]string{"extremely"}, []string{}, LoadedTally{Hits: 1, Listed: 1}},
		// The own use and the quotation's: the quotation uses it at a higher rate than the
		// own voice (1 of its 1 counted word against 1 of 4: plan, reckless, ruiz, said),
		// so it is shared.
		{"shared with a quotation", `The plan was reckless. Ruiz said: "It was reckless."`, plainBg, own, LoadedOptions{},
			[]string{}, []string{}, LoadedTally{Hits: 2, InQuotes: 1, Shared: 1}},
		{"shared, All", `The plan was reckless. Ruiz said: "It was reckless."`, plainBg, own, LoadedOptions{All: true},
			[]string{"reckless"}, []string{}, LoadedTally{Hits: 2, InQuotes: 1, Listed: 1}},
		// The background's second document uses it: a share of 1/2 > 5%.
		{"common in the background", "The council passed a reckless budget.", "Ivo Marek called it reckless.", own, LoadedOptions{},
			[]string{}, []string{}, LoadedTally{Hits: 1, Common: 1}},
		{"past Top", "A reckless and extremely costly plan.", plainBg, own, LoadedOptions{Top: 1},
			nil, []string{}, LoadedTally{Hits: 2, Listed: 1, Top: 1}},
		// z of one use in 7 counted words against a background that never uses it is
		// far below 100, and far above -100.
		{"below MinZ", "The council passed a reckless budget on Monday.", plainBg, own, LoadedOptions{MinZ: 100},
			[]string{}, []string{}, LoadedTally{Hits: 1, MinZ: 1}},
		{"above MinZ", "The council passed a reckless budget on Monday.", plainBg, own, LoadedOptions{MinZ: -100},
			[]string{"reckless"}, []string{}, LoadedTally{Hits: 1, Listed: 1}},
		// "reckless" is only pejorative: a label. The other account reports nothing of the
		// sort (no aligned sentence), so nothing contrasts it; then it reports the same
		// sentence without the word, which does.
		{"label, no contrast", "The council passed a reckless budget on Monday.", plainBg, own,
			LoadedOptions{ContrastLabels: true, Others: []corpus.Document{{ID: "b", Language: "english", Text: "Lena Varga opened a bakery in Halden."}}},
			[]string{}, []string{}, LoadedTally{Hits: 1, Contrast: 1}},
		{"label, contrasted", "The council passed a reckless budget on Monday.", plainBg, own,
			LoadedOptions{ContrastLabels: true, Others: []corpus.Document{{ID: "b", Language: "english", Text: "The council passed a budget on Monday."}}},
			[]string{"reckless"}, []string{}, LoadedTally{Hits: 1, Listed: 1}},
		// Every word of the account in a quotation: nothing counted in the own voice, the
		// match set aside as quoted (it used to be an error: no counted tokens).
		{"every word quoted", `"The plan is a farce."`, plainBg, own, LoadedOptions{},
			[]string{}, []string{"farce"}, LoadedTally{Hits: 1, InQuotes: 1}},
		{"every reason", `The reckless plan of the Farce Society in Halden passed. It was a farce, a clerk said. Varga said: "A farce." Halden resisted a hostile takeover.`,
			plainBg, own, LoadedOptions{},
			[]string{"reckless"}, []string{"farce", "hostile"}, LoadedTally{Hits: 5, Listed: 1, Names: 1, Attributed: 1, InQuotes: 1, Neutral: 1}},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := loadedReportOf(t, c.an, c.text, c.bg, &c.opts)
			if r.Tally != c.want {
				t.Errorf("tally %+v, want %+v", r.Tally, c.want)
			}
			if c.listed != nil {
				if got := loadedWords(r.Terms); !slices.Equal(got, c.listed) {
					t.Errorf("listed %q, want %q", got, c.listed)
				}
			}
			if got := loadedWords(r.SetAside); !slices.Equal(got, c.setAside) {
				t.Errorf("set aside %q, want %q", got, c.setAside)
			}
			tl := r.Tally
			if sum := tl.SetAside() + tl.Listed + tl.Unlisted(); sum != tl.Hits {
				t.Errorf("the tally's parts add up to %d, Hits %d: %+v", sum, tl.Hits, tl)
			}
			for _, l := range r.SetAside {
				if l.Count != 0 || l.Names+l.Neutral+l.Attributed+l.InQuotes == 0 {
					t.Errorf("set aside %q: Count %d, matches set aside %d", l.Word, l.Count, l.Names+l.Neutral+l.Attributed+l.InQuotes)
				}
			}
			terms, err := c.an.LoadedTerms([]corpus.Document{{ID: "a", Language: "english", Text: c.text}}, mustProfileUx25(t, c.an, c.bg), &c.opts)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := loadedWords(terms), loadedWords(r.Terms); !slices.Equal(got, want) {
				t.Errorf("LoadedTerms %q, LoadedReport's Terms %q", got, want)
			}
		})
	}
}

func mustProfileUx25(t *testing.T, an *Analyzer, background string) *Profile {
	t.Helper()
	bg, err := an.Profile(
		corpus.Document{ID: "bg1", Language: "english", Text: "The ministry held talks on Monday. Officials approved the plan."},
		corpus.Document{ID: "bg2", Language: "english", Text: background})
	if err != nil {
		t.Fatal(err)
	}
	return bg
}

// TestLoadedInQuotes: a word's matches add up, per word, to Count + Names + Neutral +
// Attributed + InQuotes; InQuotes counts matches outside the analyzer's voices, not
// every use of the term (Quoted). Invented text: "reckless" once in the outlet's words,
// twice in a quotation.
func TestLoadedInQuotes(t *testing.T) {
	an := &Analyzer{Voices: OwnVoice}
	r := loadedReportOf(t, an, `The reckless plan passed. Marek said: "It was reckless, so reckless."`, "Halden opened a library.", &LoadedOptions{All: true})
	if len(r.Terms) != 1 {
		t.Fatalf("terms %+v", r.Terms)
	}
	l := r.Terms[0]
	if l.Count != 1 || l.InQuotes != 2 || l.Quoted != 2 {
		t.Errorf("Count %d, InQuotes %d, Quoted %d; want 1, 2, 2", l.Count, l.InQuotes, l.Quoted)
	}
}

// TestBASILLoadedTally: on BASIL's development articles (skipped without the shared data),
// own voice, each article against the articles of the other events as background and the
// two other outlets of its event as Others: every match of the lexicon is accounted for
// (the tally's parts add up to its hits, counted apart), and the figures by half say how
// many matches LoadedTerms sets aside and how many words it never listed for want of a
// counted use, which it used to drop without a count: the README's figures, pinned
// exactly. -v prints them.
func TestBASILLoadedTally(t *testing.T) {
	docs, _ := loadBASIL(t)
	an := &Analyzer{Voices: OwnVoice}
	byEvent := map[string][]corpus.Document{}
	var events []string
	for _, a := range docs {
		if _, ok := byEvent[a.Triplet]; !ok {
			events = append(events, a.Triplet)
		}
		byEvent[a.Triplet] = append(byEvent[a.Triplet], corpus.Document{ID: a.ID, Event: a.Triplet, Outlet: a.Source, Language: "english", Text: a.Text})
	}
	slices.Sort(events)
	type sum struct {
		LoadedTally
		articles, setAsideWords, listedWords int
	}
	halves := map[string]*sum{"tune": {}, "held": {}}
	for _, ev := range events {
		var rest []corpus.Document
		for _, other := range events {
			if other != ev {
				rest = append(rest, byEvent[other]...)
			}
		}
		bg, err := an.Profile(rest...)
		if err != nil {
			t.Fatal(err)
		}
		for i, d := range byEvent[ev] {
			others := slices.Concat(byEvent[ev][:i], byEvent[ev][i+1:])
			r, err := an.LoadedReport([]corpus.Document{d}, bg, &LoadedOptions{Others: others})
			if err != nil {
				t.Fatal(err)
			}
			tl := r.Tally
			if got := tl.SetAside() + tl.Listed + tl.Unlisted(); got != tl.Hits {
				t.Errorf("%s: the tally's parts add up to %d, hits %d: %+v", d.ID, got, tl.Hits, tl)
			}
			s := halves[devdata.Half(ev)]
			s.articles++
			s.setAsideWords += len(r.SetAside)
			s.listedWords += len(r.Terms)
			for _, p := range [][2]*int{{&s.Hits, &tl.Hits}, {&s.Uncounted, &tl.Uncounted}, {&s.Neutral, &tl.Neutral}, {&s.Names, &tl.Names},
				{&s.Attributed, &tl.Attributed}, {&s.InQuotes, &tl.InQuotes}, {&s.Listed, &tl.Listed}, {&s.Shared, &tl.Shared},
				{&s.Common, &tl.Common}, {&s.MinZ, &tl.MinZ}, {&s.Contrast, &tl.Contrast}, {&s.Top, &tl.Top}} {
				*p[0] += *p[1]
			}
		}
	}
	// The figures the README states (its "Loaded language the outlet chose"), pinned so
	// that a change of the lexicon, the voices or a rule that moves them fails here and
	// the README is updated with it.
	want := map[string]sum{
		"tune": {LoadedTally{Hits: 264, Listed: 90, Shared: 10, Common: 3, InQuotes: 121, Attributed: 27, Names: 5, Neutral: 8}, 69, 140, 89},
		"held": {LoadedTally{Hits: 419, Listed: 152, Shared: 13, Common: 10, InQuotes: 165, Attributed: 55, Names: 11, Neutral: 13}, 75, 205, 147},
	}
	for _, h := range []string{"tune", "held"} {
		s := halves[h]
		if *s != want[h] {
			t.Errorf("%s: %+v, want the README's %+v", h, *s, want[h])
		}
		if w := want[h]; w.SetAside() != map[string]int{"tune": 161, "held": 244}[h] || w.Unlisted() != map[string]int{"tune": 13, "held": 23}[h] {
			t.Errorf("%s: the pinned figures set aside %d and leave off %d, not the README's", h, w.SetAside(), w.Unlisted())
		}
		t.Logf("%s: %d articles, %d lexicon matches: listed %d (%d words), left off: shared %d, common %d; set aside: in quotations %d, attributed %d, names %d, neutral %d, stop words %d; %d words with no use counted",
			h, s.articles, s.Hits, s.Listed, s.listedWords, s.Shared, s.Common, s.InQuotes, s.Attributed, s.Names, s.Neutral, s.Uncounted, s.setAsideWords)
	}
}
