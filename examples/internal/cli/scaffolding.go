package cli

import (
	"slices"

	"github.com/framediff/framediff/framing"
)

// Scaffolding are the words the own voice does not count in the programs that take
// -keep-scaffolding (compare, events, keyness, report, targets, voices) unless it is
// given: framing.Scaffolding, the outlet's attribution verbs and honorifics, whose use is
// its practice, not its framing (China Daily against the New York Times, own voice: "said"
// and "Mr" ahead of every word of substance). -voice all and -voice quoted always count
// them: in a quotation "said" is the speaker's word.
var Scaffolding = framing.Scaffolding()

// ScaffoldingNote is the line the programs print above their tables when the analyzer
// drops the scaffolding.
const ScaffoldingNote = "not counted: attribution verbs (says, said, saying, tells, told, according) and honorifics (Mr, Mrs, Ms, Messrs, Dr); -keep-scaffolding counts them"

// DropsScaffolding reports whether c's analyzer drops the [Scaffolding] words: the
// program takes -keep-scaffolding, counts the own voice, and -keep-scaffolding is not
// given.
func (c *Common) DropsScaffolding() bool {
	return c.flags != nil && c.flags.Lookup("keep-scaffolding") != nil && c.Voice == "own" && !c.KeepScaffolding
}

// AnalyzerDropsScaffolding reports whether an counts the own voice and drops every
// [Scaffolding] word (as an analyzer read back from a provenance record may).
func AnalyzerDropsScaffolding(an framing.Analyzer) bool {
	if an.Voices != framing.OwnVoice {
		return false
	}
	for _, w := range Scaffolding {
		if !slices.Contains(an.ExtraStopWords, w) {
			return false
		}
	}
	return true
}
