package cli

import (
	"slices"

	"github.com/framediff/framediff/framing"
)

// Scaffolding are the words the own voice does not count in the programs that take
// -keep-scaffolding (compare, events, keyness, report) unless it is given: the outlet's
// attribution verbs (the cues of framing.LoadedTerms' attribution rule: "says", "said",
// "saying", "tells", "told", "according") and the honorifics of -stop @house-style.
// Matched before stemming, case ignored, as -stop words are: every use of these words is
// dropped, attribution or not ("the said agreement", "all told"), which is why the forms
// whose other senses an outlet chooses stay counted: "say" (a say in the plan), "tell"
// (time will tell) and "telling" (a telling silence, a judgement). How often an outlet attributes and whether its style sheet
// writes "Mr." are its practice, not its framing, yet they led the lists (own voice, China
// Daily against the New York Times: "said" and "Mr" ahead of every word of substance).
// -voice all and -voice quoted always count them: in a quotation "said" is the speaker's
// word.
var Scaffolding = []string{"says", "said", "saying", "tells", "told", "according",
	"mr", "mrs", "ms", "messrs", "dr"}

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
