package framing_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

func ExampleAnalyzer_Concordance() {
	docs := []corpus.Document{{ID: "gt-1", Event: "e", Outlet: "o",
		Text: "The so-called experts hyped a so-called threat. Officials said the threat was real."}}
	an := framing.Analyzer{}
	lines, err := an.Concordance(docs, "so-cal", 12)
	if err != nil {
		panic(err)
	}
	for _, l := range lines {
		fmt.Printf("%s:%d …%s[%s]%s… (%s)\n", l.DocID, l.Start, l.Left, l.Match, l.Right, l.Voice)
	}
	// Output:
	// gt-1:4 …The [so-called] experts hyp… (narrative)
	// gt-1:30 …rts hyped a [so-called] threat. Off… (narrative)
}

func ExampleAnalyzer_LexiconProfile() {
	docs := []corpus.Document{{ID: "x", Event: "e", Outlet: "o",
		Text: "The so-called report is groundless hype, a smear against win-win cooperation."}}
	var an framing.Analyzer
	p, err := an.LexiconProfile(docs, framing.FramesLexicon())
	if err != nil {
		panic(err)
	}
	for _, t := range p.Terms() {
		var words []string
		for _, f := range t.Forms {
			words = append(words, f.Text)
		}
		fmt.Printf("%s: %d per 1,000 words (%s)\n", t.Term, 1000*t.Count/p.Total(1), strings.Join(words, ", "))
	}
	// Output:
	// conflict: 90 per 1,000 words (against)
	// cooperation: 181 per 1,000 words (cooperation, win-win)
	// delegitimizing: 363 per 1,000 words (groundless, hype, smear, so-called)
}

func ExampleAnalyzer_ContrastTarget() {
	an := framing.Analyzer{NoStem: true, Protected: []string{"the West"}}
	state := []corpus.Document{{ID: "s", Event: "e", Outlet: "o",
		Text: "The West meddles again. The West hypes threats. Interference by the West continues."}}
	wire := []corpus.Document{{ID: "w", Event: "e", Outlet: "o",
		Text: "The West imposed sanctions. The West imposed more sanctions. Allies of the West agreed."}}
	tc, err := an.ContrastTarget(state, wire, "the_west", 3, 2, nil)
	if err != nil {
		panic(err)
	}
	for _, r := range tc.TopA {
		fmt.Printf("state: %s (%d vs %d)\n", r.Word, r.CountA, r.CountB)
	}
	for _, r := range tc.TopB {
		fmt.Printf("wire: %s (%d vs %d)\n", r.Word, r.CountA, r.CountB)
	}
	// Output:
	// state: continues (1 vs 0)
	// state: hypes (1 vs 0)
	// wire: imposed (0 vs 2)
	// wire: sanctions (0 vs 2)
}

func ExamplePoolEvents() {
	c := corpus.Sample()
	var english corpus.Corpus
	if err := english.Add(c.Select(func(d corpus.Document) bool { return d.Language == "english" })...); err != nil {
		panic(err)
	}
	an := framing.Analyzer{Voices: framing.OwnVoice}
	p, err := framing.PoolEvents(&an, english.Docs(), corpus.KindSide("state"), corpus.KindSide("wire"),
		&framing.PoolOptions{Permutations: 500})
	if err != nil {
		panic(err)
	}
	for _, t := range p.Terms {
		if t.Term == "so-cal" {
			fmt.Printf("%s: log OR %.4f, leans to state in %d of %d events, permutation p %.3f\n",
				t.Word, t.LogOR, t.Same, t.Events, t.PermP)
		}
	}
	// Output:
	// so-called: log OR 1.2298, leans to state in 4 of 4 events, permutation p 0.024
}

func ExampleAnalyzer_LexiconProfile_acrossLanguages() {
	// A state outlet writing in Russian against a wire writing in English: the news-frames
	// categories are the same in both languages, each matched by its own word list.
	an := framing.Analyzer{}
	tass := []corpus.Document{{ID: "t1", Event: "e", Outlet: "State Agency", Language: "russian",
		Text: "Министерство обвинило соседей в провокации и пригрозило ответными мерами. Так называемое расследование назвали пропагандой."}}
	wire := []corpus.Document{{ID: "w1", Event: "e", Outlet: "Wire", Language: "english",
		Text: "The ministry accused its neighbours of a provocation. Investigators said the report was verified by two sources."}}
	pa, err := an.LexiconProfile(tass, framing.FramesLexicon())
	if err != nil {
		panic(err)
	}
	pb, err := an.LexiconProfile(wire, framing.FramesLexicon())
	if err != nil {
		panic(err)
	}
	for _, cat := range []string{"conflict", "delegitimizing"} {
		fmt.Printf("%s: %d in Russian, %d in English\n", cat, pa.Count(cat), pb.Count(cat))
	}
	lines, err := an.CategoryConcordance(tass, framing.FramesLexicon(), "delegitimizing", 20)
	if err != nil {
		panic(err)
	}
	for _, l := range lines {
		fmt.Println(l.Match)
	}
	// Output:
	// conflict: 4 in Russian, 2 in English
	// delegitimizing: 2 in Russian, 0 in English
	// Так называемое
	// пропагандой
}

func ExampleKeyness() {
	an := framing.Analyzer{}
	a, _ := an.ProfileTexts("Routine drills safeguard sovereignty. Separatist forces face a stern warning.")
	b, _ := an.ProfileTexts("Large-scale drills simulate a blockade. The island put its forces on alert.")
	rows, err := framing.Keyness(a, b, &framing.KeynessOptions{Measure: framing.MeasureLogLikelihood})
	if err != nil {
		panic(err)
	}
	for _, r := range framing.TopKeyTerms(rows, 2, framing.LeanA) {
		fmt.Printf("%s: G2 %+.4f, log ratio %.4f, p %.4f, flags %v\n", r.Word, r.Score, r.LogRatio, r.P, r.Evidence.Strings())
	}
	// Output:
	// face: G2 +1.3274, log ratio 0.8301, p 0.2493, flags [once one-side low-expected]
	// Routine: G2 +1.3274, log ratio 0.8301, p 0.2493, flags [once one-side low-expected]
}

func ExampleAnalyzer_Stance() {
	// An editorial that quotes a wire report in order to rebut it.
	docs := []corpus.Document{{ID: "ed-1", Language: "english", Text: "Predictably, the trip was maliciously distorted by the foreign press.\n\n" +
		"For example, Meridian Press claimed that the minister went to “arm the rebels and prolong the war.”\n\n" +
		"The minister did not go to “arm the rebels.” Such hype is a smear."}}
	an := framing.Analyzer{}
	sources, err := an.Stance(docs, nil)
	if err != nil {
		panic(err)
	}
	for _, s := range sources {
		fmt.Println(s.Speaker, s.Verbs, s.Labels)
		fmt.Println("evaluation:", s.Evaluation)
		for _, r := range s.Rebuttals {
			fmt.Printf("rebutted (%s): %q\n  by %q\n", r.Cue, r.Quote.Match, r.Denial.Match)
		}
	}
	// Output:
	// Meridian Press [{claimed 1}] [{foreign press 1}]
	// evaluation: [{distorted 1} {hype 1} {maliciously 1} {smear 1}]
	// rebutted (not): "arm the rebels and prolong the war."
	//   by "The minister did not go to “arm the rebels.”"
}

func ExampleAnalyzer_QuotedTerms() {
	docs := []corpus.Document{
		{ID: "a", Language: "english", Text: "The so-called “free press” ran the story again."},
		{ID: "b", Language: "english", Text: "Readers of the “free press” were not told."},
	}
	an := framing.Analyzer{}
	terms, err := an.QuotedTerms(docs, framing.VoiceScare, 12)
	if err != nil {
		panic(err)
	}
	for _, t := range terms {
		fmt.Printf("%q %d times in %d documents, terms %v\n", t.Expr, t.Count, t.Documents, t.Terms)
		for _, l := range t.Evidence {
			fmt.Printf("  %s:%d …%s[%s]%s…\n", l.DocID, l.Start, l.Left, l.Match, l.Right)
		}
	}
	// Output:
	// "free press" 2 times in 2 documents, terms [free press]
	//   a:17 … so-called “[free press]” ran the st…
	//   b:18 …ers of the “[free press]” were not t…
}

func ExampleAnalyzer_LoadedTerms() {
	account := []corpus.Document{{ID: "state-1", Language: "english",
		Text: "The reckless drills were a blatant provocation. Officials slashed the budget for the border. " +
			"A hostile takeover of the port failed, critics of the Patriot Act said."}}
	others := []corpus.Document{{ID: "wire-1", Language: "english",
		Text: "The drills were described as routine. Officials cut the budget for the border on Monday."}}
	background := []corpus.Document{{ID: "archive", Language: "english",
		Text: "The ministry held talks. Officials said the budget was approved. The drills ended on Monday."}}
	an := framing.Analyzer{Voices: framing.OwnVoice}
	bg, err := an.Profile(background...)
	if err != nil {
		panic(err)
	}
	terms, err := an.LoadedTerms(account, bg, &framing.LoadedOptions{Others: others})
	if err != nil {
		panic(err)
	}
	// "hostile" (in "hostile takeover") and "Patriot" (in a name) are not listed.
	for _, t := range terms {
		e := t.Evidence[0]
		fmt.Printf("%s %v, %d use, %d in the other account\n  %q\n  other: %q\n", t.Word, t.Categories, t.Count, t.Others,
			e.Sentence.Match, e.Other.Match)
	}
	// Output:
	// blatant [intensifier], 1 use, 0 in the other account
	//   "The reckless drills were a blatant provocation"
	//   other: ""
	// provocation [pejorative], 1 use, 0 in the other account
	//   "The reckless drills were a blatant provocation"
	//   other: ""
	// reckless [pejorative], 1 use, 0 in the other account
	//   "The reckless drills were a blatant provocation"
	//   other: ""
	// slashed [loaded-action], 1 use, 0 in the other account
	//   "Officials slashed the budget for the border"
	//   other: "Officials cut the budget for the border on Monday"
}

func ExampleAnalyzer_Labels() {
	a := []corpus.Document{{ID: "a", Language: "english", Text: "Tal Oren, the Solorian leader, spoke first. The leader said little."}}
	b := []corpus.Document{{ID: "b", Language: "english", Text: "Tal Oren, the Solorian strongman, spoke first. The strongman said little."}}
	an := framing.Analyzer{}
	rl, err := an.Labels(a, b, "Tal Oren", nil)
	if err != nil {
		panic(err)
	}
	for _, l := range rl.Labels {
		fmt.Printf("%s: %d in A, %d in B, as %q\n", l.Label, l.CountA, l.CountB, l.Forms[0].Name)
	}
	for _, alt := range rl.Alternatives {
		fmt.Printf("A says %q where B says %q\n", alt.A, alt.B)
	}
	// Output:
	// leader: 2 in A, 0 in B, as "The leader"
	// strongman: 0 in A, 2 in B, as "The strongman"
	// A says "leader" where B says "strongman"
}

func ExampleCompareGroups() {
	// Every English outlet of the sample against the others, and how far apart they are
	// beyond what their sizes alone would give.
	c := corpus.Sample()
	var groups []corpus.Side
	for _, o := range []string{"Atlas Newswire", "Meridian Press", "Soloria News Agency"} {
		groups = append(groups, corpus.OutletSide(o))
	}
	an := framing.Analyzer{Language: "english", Voices: framing.OwnVoice}
	english := func(yield func(corpus.Document, error) bool) {
		for d, err := range c.Docs() {
			if d.Language == "english" && !yield(d, err) {
				return
			}
		}
	}
	g, err := framing.CompareGroups(&an, english, groups, &framing.GroupOptions{Pool: framing.PoolOptions{Permutations: -1}})
	if err != nil {
		panic(err)
	}
	for _, p := range g.Comparisons {
		for _, t := range p.Terms {
			if t.LogOR > 0 { // the term leaning most to the group
				fmt.Printf("%s against the %s over %d events: %q, I² %.0f%%\n", p.SideA, p.SideB, len(p.Events), t.Word, t.Random.I2)
				break
			}
		}
	}
	d := g.Divergence
	for _, p := range [][2]int{{0, 1}, {0, 2}, {1, 2}} {
		i, j := p[0], p[1]
		if d.Null[i][j] < 0 {
			// One shared event with one account each: nothing to shuffle.
			fmt.Printf("%s and %s: %.3f bits in the events both cover, no chance level to compare with\n", d.Groups[i], d.Groups[j], d.Shared[i][j])
			continue
		}
		fmt.Printf("%s and %s: %.3f bits in the events both cover, %.3f beyond chance\n", d.Groups[i], d.Groups[j], d.Shared[i][j], d.Excess[i][j])
	}
	// Output:
	// Atlas Newswire against the rest over 2 events: "say", I² 30%
	// Meridian Press against the rest over 3 events: "state", I² 0%
	// Soloria News Agency against the rest over 2 events: "command", I² 0%
	// Atlas Newswire and Meridian Press: 0.459 bits in the events both cover, 0.027 beyond chance
	// Atlas Newswire and Soloria News Agency: 0.607 bits in the events both cover, no chance level to compare with
	// Meridian Press and Soloria News Agency: 0.609 bits in the events both cover, 0.003 beyond chance
}

func ExamplePoolProfiles() {
	// Profiles counted anywhere (here: one per document, merged per event and side, as a
	// distributed count does) pool exactly as PoolEvents pools the documents.
	an := framing.Analyzer{Voices: framing.OwnVoice}
	var docs []corpus.Document
	for _, d := range corpus.Sample().Documents() {
		if d.Language == "english" && (d.Kind == "state" || d.Kind == "wire") {
			docs = append(docs, d)
		}
	}
	in := &framing.PoolInput{SideA: "state", SideB: "wire"}
	parts := map[string][]*framing.Profile{}
	for _, d := range docs {
		p, err := an.Profile(d)
		if err != nil {
			panic(err)
		}
		lean := framing.LeanA
		if d.Kind == "wire" {
			lean = framing.LeanB
		}
		key := d.Event + "/" + d.Kind
		parts[key] = append(parts[key], p)
		in.Docs = append(in.Docs, framing.NewDocCounts(d, lean, p))
	}
	for key, ps := range parts {
		m, err := framing.Merge(ps...)
		if err != nil {
			panic(err)
		}
		event, kind, _ := strings.Cut(key, "/")
		lean := framing.LeanA
		if kind == "wire" {
			lean = framing.LeanB
		}
		in.Parts = append(in.Parts, framing.EventSide{Event: event, Lean: lean, Profile: m})
	}
	opts := &framing.PoolOptions{Permutations: 500}
	fromProfiles, err := framing.PoolProfiles(&an, in, opts)
	if err != nil {
		panic(err)
	}
	var c corpus.Corpus
	if err := c.Add(docs...); err != nil {
		panic(err)
	}
	fromDocs, err := framing.PoolEvents(&an, c.Docs(), corpus.KindSide("state"), corpus.KindSide("wire"), opts)
	if err != nil {
		panic(err)
	}
	a, _ := json.Marshal(fromProfiles)
	b, _ := json.Marshal(fromDocs)
	fmt.Println(len(fromProfiles.Terms), "terms pooled; the same bytes as PoolEvents:", bytes.Equal(a, b))
	// Output: 830 terms pooled; the same bytes as PoolEvents: true
}

func ExampleParseLabelTable() {
	// One contested label in two languages counts as one category.
	table := "label,language,expression\n" +
		"special military operation,english,special military operation\n" +
		"special military operation,russian,специальн* военн* операци*\n"
	lex, err := framing.ParseLabelTable(strings.NewReader(table), "contested")
	if err != nil {
		panic(err)
	}
	an := framing.Analyzer{}
	ru := []corpus.Document{{ID: "r1", Event: "e", Outlet: "Agency", Language: "russian",
		Text: "Специальная военная операция продолжается. Итоги специальной военной операции обсудили."}}
	p, err := an.LexiconProfile(ru, lex)
	if err != nil {
		panic(err)
	}
	fmt.Println(p.Count("special military operation"))
	// Output: 2
}
