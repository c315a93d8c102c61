package frames

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/framediff/framediff/corpus"
)

// Made-up documents for the tests: each frame has words of its own that its documents use
// more often, over a vocabulary of filler words every document draws from.
var (
	synthFrames = []string{"conflict", "economic", "people"}
	synthWords  = map[string][]string{
		"conflict": {"dispute", "clash", "accused", "rival", "protest", "denounced"},
		"economic": {"market", "prices", "budget", "tariffs", "investors", "revenue"},
		"people":   {"mother", "family", "children", "neighbors", "grief", "village"},
	}
	synthFiller = []string{"minister", "report", "official", "region", "week", "statement", "river",
		"capital", "council", "morning", "road", "agency", "meeting", "coast", "project", "city"}
)

// synthetic returns n documents (IDs d000, d001, ...) whose frames are drawn with the
// given shares; a document with a frame uses its words at rate hit, one without at rate
// miss. Codes go to Meta["frames"] as a JSON object, as frames-dev's do. kind names the
// documents' outlet kind; the draws come from seed.
func synthetic(n int, shares []float64, hit, miss float64, kind string, seed uint64) []corpus.Document {
	r := rand.New(rand.NewPCG(seed, 7))
	var docs []corpus.Document
	for i := range n {
		codes := map[string]bool{}
		var words []string
		for f, frame := range synthFrames {
			codes[frame] = r.Float64() < shares[f]
		}
		for range 40 {
			words = append(words, synthFiller[r.IntN(len(synthFiller))])
		}
		for _, frame := range synthFrames {
			rate := miss
			if codes[frame] {
				rate = hit
			}
			for _, w := range synthWords[frame] {
				if r.Float64() < rate {
					words = append(words, w)
				}
			}
		}
		r.Shuffle(len(words), func(a, b int) { words[a], words[b] = words[b], words[a] })
		b, _ := json.Marshal(codes)
		docs = append(docs, corpus.Document{ID: fmt.Sprintf("%s%03d", kind, i), Event: "e", Outlet: kind + " outlet", Kind: kind,
			Text: strings.Join(words, " ") + ".", Meta: map[string]string{"frames": string(b)}})
	}
	return docs
}

// truth returns the share of docs coded with frame f.
func truth(docs []corpus.Document, f string) float64 {
	n := 0
	for _, d := range docs {
		var codes map[string]bool
		if err := json.Unmarshal([]byte(d.Meta["frames"]), &codes); err == nil && codes[f] {
			n++
		}
	}
	return float64(n) / float64(len(docs))
}
