package cli

import (
	"bytes"
	"slices"
	"testing"
)

// TestScaffolding: a program that takes -keep-scaffolding drops every Scaffolding word
// from the own voice unless it is given; -voice all and quoted count them, and so does a
// program without the flag.
func TestScaffolding(t *testing.T) {
	for _, tc := range []struct {
		name  string
		flags []string // the program's flags besides -voice
		args  []string
		drops bool
	}{
		{"own voice", []string{"voice", "keep-scaffolding"}, nil, true},
		{"-keep-scaffolding", []string{"voice", "keep-scaffolding"}, []string{"-keep-scaffolding"}, false},
		{"-voice all", []string{"voice", "keep-scaffolding"}, []string{"-voice", "all"}, false},
		{"-voice quoted", []string{"voice", "keep-scaffolding"}, []string{"-voice", "quoted"}, false},
		{"a program without the flag", []string{"voice"}, nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := NewFlags(Program{Name: "test"}, &bytes.Buffer{}, &bytes.Buffer{})
			c := &Common{Voice: "own", NGrams: 1}
			f.Common(c, tc.flags...)
			if err := f.Parse(tc.args); err != nil {
				t.Fatal(err)
			}
			an := c.Analyzer()
			for _, w := range []string{"said", "according", "mr"} {
				if got := slices.Contains(an.ExtraStopWords, w); got != tc.drops {
					t.Errorf("%q dropped: %v, want %v", w, got, tc.drops)
				}
			}
			if got := AnalyzerDropsScaffolding(an); got != tc.drops {
				t.Errorf("AnalyzerDropsScaffolding %v, want %v", got, tc.drops)
			}
		})
	}
}
