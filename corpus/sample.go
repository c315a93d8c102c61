package corpus

import (
	"embed"
	"fmt"
)

//go:embed sample/*.txt
var sampleFS embed.FS

// Sample returns a new copy of the embedded sample corpus: six invented events, each covered
// by a state-media-style account and a wire-style account, with a second wire account for
// "minister-visit" and "island-drills" (a placebo pair: two wires should differ less than
// state and wire). One event, "elecciones-montalban", is in Spanish. Every text was written
// for this project; the countries, outlets and people are fictional. The accounts exercise
// datelines, sign-offs, attributed quotes, a state account that quotes a wire report to
// rebut it, scare quotes, curly and fullwidth apostrophes, possessives, hyphenated compounds
// and numbers.
//
// The files are plain text with a header block, in corpus/sample; [LoadText] reads them.
func Sample() *Corpus {
	c, err := LoadText(sampleFS, "sample", nil)
	if err != nil {
		// The embedded files are fixed at build time and checked by the package tests.
		panic(fmt.Sprintf("corpus: embedded sample is invalid: %v", err))
	}
	return c
}
