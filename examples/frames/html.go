package main

// html.go: -html, the HTML report of the two sides with its frames section.

import (
	"io"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/examples/internal/cli"
	"github.com/framediff/framediff/framing"
	"github.com/framediff/framediff/framing/frames"
	"github.com/framediff/framediff/framing/report"
)

// checkHTML refuses -html where the page cannot show the run: it compares two sides.
func checkHTML(c *cli.Common, groupSpec string) error {
	if c.HTML != "" && groupSpec != "" {
		return cli.Usagef("-html writes the report of two sides (-side-a, -side-b): -groups compares more, in the text, -json and -csv outputs")
	}
	return nil
}

// writeHTML writes the HTML report of the documents of the two sides, as the report
// program builds it (terms, lines, events, categories, quotations, the document-level
// test seeded with seed), counted with the model's analyzer, with the frames section: the
// model (trained in the run, or loaded from modelPath, whose digest the page records),
// the shares prev estimated and the evidence of each frame.
func writeHTML(c *cli.Common, model *frames.Model, prev *frames.Prevalence, evidence map[string][]frames.Term,
	docs []corpus.Document, modelPath string, seed uint64, msgs io.Writer) error {
	a, b := c.Sides()
	var docsA, docsB []corpus.Document
	for _, d := range docs {
		switch {
		case a.Match(d):
			docsA = append(docsA, d)
		case b.Match(d):
			docsB = append(docsB, d)
		}
	}
	prov, err := c.Provenance()
	if err != nil {
		return err
	}
	an := model.Analyzer()
	settings := map[string]any{"analyzer": an, "side_a": c.SideA, "side_b": c.SideB, "event": c.Event, "model": model.Options(),
		"coding": model.Coding(), "prevalence": prev.Options, "frames": model.Stats(),
		"doc_test": map[string]any{"permutations": 1000, "seed": seed}}
	if modelPath != "" {
		settings["model_file"] = modelPath
	}
	for name, v := range settings {
		if err := prov.Set(name, v); err != nil {
			return err
		}
	}
	prov.Seed = seed
	st := c.Stage("building the report of %d and %d documents (terms, lines, events, quotations, frames)", len(docsA), len(docsB))
	rep, err := report.Build(&an, docsA, docsB, a.Name, b.Name, prov, &report.Options{DocTest: &framing.DocTestOptions{Permutations: 1000, Seed: seed}})
	st.Done()
	if err != nil {
		return err
	}
	if rep.Frames, err = report.NewFrames(model, prev, evidence, modelPath); err != nil {
		return err
	}
	return cli.WriteFile(msgs, c.HTML, rep.WriteHTML)
}
