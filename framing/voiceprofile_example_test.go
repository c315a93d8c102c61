package framing_test

import (
	"fmt"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// The profiles of a comparison, counted in the voice reports' pass: each side's report
// counts its words outside quotations (own voice) and all its words, each over a
// vocabulary shared by both sides, and CompareSplitProfiles compares them as
// CompareSplit would after reading and segmenting every text again. Halden Post's
// quotation, "The bridge is safe", is not its own voice: of its three "bridge", two are.
// By hand, stop words left out: Halden Post's own words are mayor, ana, ruiz, opened,
// bridge, may, said, bridge, pride, halden (10), with bridge and safe quoted (12);
// Valley News's are critics, called, budget, waste, ivo, marek, said, ivo, marek, called,
// budget, waste, money (13), with fraud quoted (14). Budget, called, ivo, marek and waste
// are each 2 against 0: the first term in order, "budget", is listed.
func ExampleVoiceReportOptions_profiles() {
	s := corpus.Split{Event: "bridge", NameA: "Halden Post", NameB: "Valley News",
		A: []corpus.Document{
			{ID: "a1", Text: "Mayor Ana Ruiz opened the bridge in May. “The bridge is safe,” she said."},
			{ID: "a2", Text: "The bridge is the pride of Halden."},
		},
		B: []corpus.Document{
			{ID: "b1", Text: "Critics called the budget a waste. “It is a fraud,” Ivo Marek said."},
			{ID: "b2", Text: "Ivo Marek called the budget a waste of money."},
		},
	}
	asked := []framing.VoiceProfile{
		{Voices: framing.OwnVoice, Vocabulary: &framing.Vocabulary{}},
		{Voices: framing.AllVoices, Vocabulary: &framing.Vocabulary{}},
	}
	var reports [2]*framing.VoiceReport
	for k, docs := range [][]corpus.Document{s.A, s.B} {
		var an framing.Analyzer // every voice: the report's voices are all counted
		r, err := an.VoiceReport(docs, &framing.VoiceReportOptions{Profiles: asked})
		if err != nil {
			panic(err)
		}
		reports[k] = r
	}
	for k, name := range []string{s.NameA, s.NameB} {
		own, all := reports[k].Profiles[0], reports[k].Profiles[1]
		fmt.Printf("%s: %d documents, %d words of its own, %d in all\n", name, own.Documents(), own.Total(1), all.Total(1))
	}
	own := framing.Analyzer{Voices: framing.OwnVoice} // the settings the own-voice profiles were counted with
	c, err := framing.CompareSplitProfiles(&own, s, reports[0].Profiles[0], reports[1].Profiles[0],
		&framing.CompareOptions{Top: 1, DocTest: framing.DocTestOptions{Permutations: -1}})
	if err != nil {
		panic(err)
	}
	for _, t := range append(c.TopA, c.TopB...) {
		fmt.Printf("own voice: %-6s %d in %s, %d in %s\n", t.Word, t.CountA, c.SideA, t.CountB, c.SideB)
	}
	// Output:
	// Halden Post: 2 documents, 10 words of its own, 12 in all
	// Valley News: 2 documents, 13 words of its own, 14 in all
	// own voice: bridge 2 in Halden Post, 0 in Valley News
	// own voice: budget 0 in Halden Post, 2 in Valley News
}
