// Command frames learns frame models from hand-coded documents, applies them to a corpus,
// and estimates how often each side uses each frame, with intervals that include the
// models' own errors: the share of each side's documents carrying each frame, the
// differences between sides (per event and pooled), and the words each model reads, with
// lines of text. -html writes the report of the two sides (as the report program writes it,
// counted with the model's analyzer) with a frames section, the model's digest in it. -csv
// writes a row per share: event, side, frame, documents, raw, estimate, low, high, clipped,
// method, raw_is, and last (added after the others, so that readers by position keep
// working) no_words and out_of_fold, the documents left out for having none of the model's
// words and those scored out of fold as the model's own coded documents, then the shift
// test (shift_d, shift_critical, shift_calibrated) and flagged: a share whose documents
// are unlike the coded ones beyond how often they carry the frame (see frames.Shift), and
// small_n: a share of fewer than 10 documents (frames.MinDocuments), then
// shift_cannot_fire: the shift test's bound is 1 or more, D's maximum, so that it can
// never fire (the text says "shift test cannot fire" instead of D and the bound).
//
// Without -coded the model is learned from the embedded invented sample, as the header
// and -json's trained_on say: a demonstration; a study trains on its own coded documents.
// If the model's words are fewer than 1 in 2,000 of the documents' counted words (0.0%),
// no share is printed but an error that says why.
//
// A side, or a side in one event, with fewer than 10 documents that have the model's words
// is said on stderr in a warning line ("small n"), its shares (per side and per event) and
// the differences with them are marked "small n" in the text (a pooled difference: in how
// many of its events), -html says it under the frames table, and -json has the groups in
// prevalence.small_n (with prevalence.min_documents) and small_n on each share and
// difference (small_events on pooled ones). Ten is the least number of documents at which a
// share can have 5 expected documents with the frame and 5 without, the minimum expected
// count (Cochran 1954) of the binomial approximations the intervals, differences and
// pooling rest on; below it they fail for every frame. The shares are still printed as
// computed.
//
//	go run ./examples/frames                                  # the embedded coded sample, applied to the embedded corpus
//	go run ./examples/frames -coded coded.jsonl -corpus news.jsonl -save model.json
//	go run ./examples/frames -model model.json -corpus news.jsonl -groups kinds -csv shares.csv -figure shares.png
//	go run ./examples/frames -model model.json -corpus news.jsonl -csv shares.csv -html frames.html
package main

import (
	"bytes"
	"cmp"
	_ "embed"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/examples/internal/cli"
	"github.com/framediff/framediff/framing"
	"github.com/framediff/framediff/framing/frames"
	"github.com/framediff/framediff/framing/report/figures"
)

// codedSample is 60 short news texts written for framediff, each coded for five frames
// (conflict, economic, human-interest, morality, resolution) in a "frames" object, as
// frames-dev codes its articles.
//
//go:embed coded.jsonl
var codedSample []byte

var prog = cli.Program{
	Name:    "frames",
	Summary: "learn frame models from coded documents, apply them to a corpus, and estimate each side's share of documents with each frame, with intervals that include the models' errors",
	Examples: []string{
		"go run ./examples/frames -coded coded.jsonl -corpus news.jsonl -side-a kind:state -side-b kind:wire -save model.json",
		"go run ./examples/frames -model model.json -corpus news.jsonl -groups kinds -csv shares.csv -figure shares.png",
		"go run ./examples/frames -model model.json -corpus news.jsonl -csv shares.csv -html frames.html",
	},
}

func main() { cli.Main(prog.Name, run) }

// result is the -json output.
type result struct {
	// TrainedOn says which coded documents the model was learned from (see trainedOn).
	TrainedOn  string                   `json:"trained_on"`
	Model      []frames.FrameStat       `json:"model"`
	Options    frames.Options           `json:"options"`
	Coding     frames.Coding            `json:"coding"`
	Prevalence *frames.Prevalence       `json:"prevalence"`
	Evidence   map[string][]frames.Term `json:"evidence"`
}

func run(args []string, w, stderr io.Writer) error {
	fs := cli.NewFlags(prog, w, stderr)
	c := &cli.Common{SideA: "kind:state", SideB: "kind:wire", Lang: "english", Voice: "all", NGrams: 1, Top: 5, Seed: frames.DefaultSeed,
		SeedOf:   "the cross-validation folds of the frame models learned (none with -model), the bootstrap of the prevalence intervals (-replicates) and, with -html, the page's document-level test",
		FigureOf: "each side's (or group's) share of documents with each frame, with its interval"}
	fs.Common(c, cli.FlagInput, cli.FlagSides, cli.FlagAnalysis, "top", "json", "csv", "replay", "figure", "html", "seed")
	coded := fs.InputFile("coded", "coded documents to learn from (.jsonl, .csv, .tsv, folder of .txt) (default: the embedded coded sample)")
	codes := fs.String("codes", "frames", "the field of each coded document that holds its codes: a JSON object of true/false per frame, or with -exclusive the name of its one frame; empty: each frame's own column (give -frames)")
	frameList := fs.String("frames", "", "the frames, comma-separated (default: those the codes name)")
	exclusive := fs.Bool("exclusive", false, "each coded document has exactly one frame: one multinomial model")
	modelPath := fs.InputFile("model", "apply the model saved in `FILE` instead of learning one")
	save := fs.OutputFile("save", "", "save the learned model to `FILE` (JSON)", false)
	noLexicon := fs.Bool("no-lexicon", false, "learn from the terms only, without the news-frames categories as features")
	method := fs.String("method", "sld", "prevalence estimator: sld, mixture, acc, pacc, cc, pcc or cpcc")
	replicates := fs.Int("replicates", frames.DefaultReplicates, "bootstrap replicates of the intervals, at least 10")
	seed := &c.Seed
	groupSpec := fs.String("groups", "", "compare k groups: outlets, kinds, or a comma-separated list of kind:K and outlet:NAME; each group's shares of the frames instead of two sides")
	kwic := fs.Int("kwic", 1, "evidence lines shown per item listed; the items are the terms each model reads")
	if err := fs.Parse(args); err != nil {
		return err
	}
	var meth frames.Method
	if err := meth.UnmarshalText([]byte(*method)); err != nil {
		return cli.Usagef("-method %q: want sld, mixture, acc, pacc, cc, pcc or cpcc", *method)
	}
	if *replicates < 10 {
		return cli.Usagef("-replicates %d: want at least 10 bootstrap replicates (the default is %d)", *replicates, frames.DefaultReplicates)
	}
	if err := cli.NonNegative(map[string]int{"kwic": *kwic}); err != nil {
		return err
	}
	if err := checkHTML(c, *groupSpec); err != nil {
		return err
	}
	if *modelPath != "" && (*coded != "" || *save != "" || *exclusive || *noLexicon || *frameList != "") {
		return cli.Usagef("-model applies a saved model: -coded, -save, -frames, -exclusive and -no-lexicon are for learning one")
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })

	// The model: learned from the coded documents, or loaded.
	var model *frames.Model
	if *modelPath != "" {
		b, err := os.ReadFile(*modelPath)
		if err != nil {
			return err
		}
		model = new(frames.Model)
		if err := json.Unmarshal(b, model); err != nil {
			return fmt.Errorf("%s: %w", *modelPath, err)
		}
		// Analysis flags given on the command line must be the model's own.
		if c.Phrases == "auto" {
			return cli.Usagef("-phrases auto finds the phrases a model is learned with: with -model, the model's own are used")
		}
		if slices.ContainsFunc(analysisFlags, func(f string) bool { return set[f] }) {
			if err := sameAnalysis(c.Analyzer(), model.Analyzer()); err != nil {
				return err
			}
		}
	} else {
		docs, err := codedDocs(*coded, c.StripResidue, stderr)
		if err != nil {
			return err
		}
		coding := frames.Coding{Key: *codes, Exclusive: *exclusive, Frames: cli.Protected(*frameList)}
		an := c.Analyzer()
		// -phrases auto: the phrases of the coded documents, which the model then keeps.
		if err := c.FindPhrases(&an, docs, stderr); err != nil {
			return err
		}
		st := c.Stage("learning frame models from %d coded documents", len(docs))
		model, err = frames.Train(docs, coding, &frames.Options{Analyzer: an, NoLexicon: *noLexicon, Seed: *seed})
		st.Done()
		if err != nil {
			return err
		}
		if *save != "" {
			if err := cli.WriteFile(stderr, *save, func(w io.Writer) error {
				b, err := json.MarshalIndent(model, "", " ")
				if err != nil {
					return err
				}
				_, err = w.Write(append(b, '\n'))
				return err
			}); err != nil {
				return err
			}
		}
	}

	// The corpus, its sides, and the estimates.
	lang := model.Analyzer().Language
	in := c.Input(lang)
	if *groupSpec != "" {
		in.Sides = nil // the groups are the sides; Prevalence refuses a document in two
	}
	corp, err := in.Corpus(prog.Name, stderr)
	if err != nil {
		return err
	}
	docs := corp.Documents()
	if c.Event != "" {
		docs = corp.Select(corpus.ByEvent(c.Event))
		if len(docs) == 0 && in.Sides != nil {
			var events []string
			for _, d := range corp.Documents() {
				if (in.Sides[0].Match(d) || in.Sides[1].Match(d)) && !slices.Contains(events, d.Event) {
					events = append(events, d.Event)
				}
			}
			return c.NoEvent(events)
		}
		if len(docs) == 0 {
			return fmt.Errorf("no %s documents cover event %q", lang, c.Event)
		}
	}
	var sides []corpus.Side
	if *groupSpec != "" {
		if sides, err = cli.Groups(*groupSpec, docs); err != nil {
			return err
		}
	} else {
		a, b := c.Sides()
		sides = []corpus.Side{a, b}
		// The events both sides cover (the rule every program follows; the others are
		// listed on stderr).
		an := model.Analyzer()
		pairs, err := c.Pairs(&an, docs)
		if err != nil {
			return err
		}
		compared := map[string]bool{}
		for _, p := range pairs {
			compared[p.Event] = true
		}
		docs = slices.DeleteFunc(docs, func(d corpus.Document) bool { return !compared[d.Event] })
	}
	st := c.Stage("estimating the frames' shares in %d documents (%d replicates)", len(docs), *replicates)
	progress := func(done, total int) {
		st.Update("estimating the frames' shares in %d documents: replicate %d of %d", len(docs), done, total)
	}
	prev, err := model.Prevalence(docs, sides, &frames.PrevalenceOptions{Method: meth, Replicates: *replicates, Seed: *seed, Progress: progress})
	st.Done()
	if errors.Is(err, corpus.ErrEmptySide) {
		return fmt.Errorf("%w (the %s documents of the corpus; choose sides with -side-a, -side-b or -groups)", err, lang)
	}
	if err != nil {
		return err
	}
	if err := domainNotes(stderr, model, docs, prev); err != nil {
		return err
	}
	// What each model reads, in the documents of the compared sides (or groups) most
	// likely to carry its frame.
	onSides := slices.DeleteFunc(slices.Clone(docs), func(d corpus.Document) bool {
		return !slices.ContainsFunc(sides, func(s corpus.Side) bool { return s.Match(d) })
	})
	preds, err := model.Predict(onSides)
	if err != nil {
		return err
	}
	evidence := map[string][]frames.Term{}
	for f, frame := range model.Frames() {
		var likely []corpus.Document
		for i, p := range preds {
			if p.Probabilities[f] >= 0.5 {
				likely = append(likely, onSides[i])
			}
		}
		if len(likely) == 0 {
			likely = onSides
		}
		likely = interleave(likely, sides)
		if evidence[frame], err = model.Evidence(likely, frame, c.Top, *kwic, 30); err != nil {
			return err
		}
	}

	if c.JSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		if err := enc.Encode(result{TrainedOn: trainedOn(*coded, *modelPath, model), Model: model.Stats(), Options: model.Options(), Coding: model.Coding(), Prevalence: prev, Evidence: evidence}); err != nil {
			return err
		}
	} else {
		printText(cli.Terminal(w), trainedOn(*coded, *modelPath, model), model, prev, evidence, outletOf(onSides, sides))
	}
	if c.CSV != "" {
		prov, err := c.Provenance()
		if err != nil {
			return err
		}
		for name, v := range map[string]any{"model": model.Options(), "coding": model.Coding(), "prevalence": prev.Options, "frames": model.Stats()} {
			if err := prov.Set(name, v); err != nil {
				return err
			}
		}
		if *modelPath != "" {
			if err := prov.Set("model_file", *modelPath); err != nil {
				return err
			}
		}
		if err := c.WriteCSV(stderr, c.CSV, csvRows(prev), prov); err != nil {
			return err
		}
	}
	if c.HTML != "" {
		if err := writeHTML(c, model, prev, evidence, docs, *modelPath, *seed, stderr); err != nil {
			return err
		}
	}
	if c.Figure != "" {
		var rows []figures.PrevalenceRow
		for _, s := range prev.Shares {
			if s.Event == "" {
				rows = append(rows, figures.PrevalenceRow{Frame: s.Frame, Side: s.Side, Estimate: s.Estimate, Low: s.Low, High: s.High})
			}
		}
		opts := &figures.PrevalenceOptions{XLabel: fmt.Sprintf("share of documents with the frame (%s, %.0f%% interval)", prev.Options.Method, 100*prev.Options.Level)}
		return cli.WriteFigure(stderr, c.Figure, figures.Format, func(w io.Writer, format string) error {
			return figures.Prevalence(w, format, rows, opts)
		})
	}
	return nil
}

// analysisFlags are the flags of cli.FlagAnalysis that set the analyzer: with -model, those
// given must agree with the model's own settings. (-phrases-out writes a file and sets
// nothing.)
var analysisFlags = []string{"lang", "voice", "ngrams", "protect", "stop", "variant", "phrases", "keep-addresses"}

// codedDocs reads the coded documents: the file at path, or the embedded sample. With
// -strip-residue (strip), their residue is blanked as the corpus's is, so that the coded
// documents given again as the corpus have the texts the model learned from, and are
// recognized as its training documents.
func codedDocs(path string, strip bool, stderr io.Writer) ([]corpus.Document, error) {
	var docs []corpus.Document
	if path == "" {
		for d, err := range corpus.ScanReader(bytes.NewReader(codedSample), "coded.jsonl", nil) {
			if err != nil {
				return nil, err
			}
			docs = append(docs, d)
		}
	} else {
		c, err := cli.Input{Path: path, DefaultEvent: "coded", Flag: "-coded"}.Corpus(prog.Name+" (coded)", stderr)
		if err != nil {
			return nil, err
		}
		docs = c.Documents()
	}
	if strip {
		blanked := 0
		for i := range docs {
			if text, r := framing.StripResidue(docs[i].Text); r.Found() {
				docs[i].Text = text
				blanked++
			}
		}
		if blanked > 0 {
			fmt.Fprintf(stderr, "%s: -strip-residue blanked scraped-page residue in %d of %d coded documents\n", prog.Name, blanked, len(docs))
		}
	}
	return docs, nil
}

// sameAnalysis refuses analysis flags that differ from the model's settings: the model's
// weights belong to its terms.
func sameAnalysis(flags, model framing.Analyzer) error {
	lang, err := framing.ResolveLanguage(flags.Language)
	if err != nil {
		return cli.Usagef("-lang: %v", err)
	}
	flags.Language = lang
	a, _ := json.Marshal(flags)
	b, _ := json.Marshal(model)
	if !bytes.Equal(a, b) {
		return fmt.Errorf("the analysis flags give %s, but the model analyzes text with %s: drop the flags or learn a new model: %w", a, b, framing.ErrMismatch)
	}
	return nil
}

// interleave orders docs by taking one document of each side in turn (each side's in
// their order), so that the evidence lines, which come in document order, are drawn from
// every side and not first from the side listed first or the larger one.
func interleave(docs []corpus.Document, sides []corpus.Side) []corpus.Document {
	per := make([][]corpus.Document, len(sides))
	for _, d := range docs {
		if s := slices.IndexFunc(sides, func(s corpus.Side) bool { return s.Match(d) }); s >= 0 {
			per[s] = append(per[s], d)
		}
	}
	out := make([]corpus.Document, 0, len(docs))
	for k := 0; len(out) < len(docs); k++ {
		for _, p := range per {
			if k < len(p) {
				out = append(out, p[k])
			}
		}
	}
	return out
}

// outletOf maps each document's ID to its outlet and side (the outlet alone when the side
// is named after it), as the evidence lines name them.
func outletOf(docs []corpus.Document, sides []corpus.Side) map[string]string {
	out := map[string]string{}
	for _, d := range docs {
		for _, s := range sides {
			if s.Match(d) {
				out[d.ID] = cmp.Or(d.Outlet, "no outlet")
				if s.Name != d.Outlet {
					out[d.ID] += ", " + s.Name
				}
				break
			}
		}
	}
	return out
}

// trainedOn says which coded documents the model was learned from: the embedded invented
// sample (said as such, with what a real study does instead), the -coded file, or those of
// the -model file.
func trainedOn(coded, modelPath string, model *frames.Model) string {
	n := model.Stats()[0].Documents
	switch {
	case modelPath != "":
		return fmt.Sprintf("the %d coded documents of the model in %s", n, cli.Escape(modelPath))
	case coded != "":
		return fmt.Sprintf("the %d coded documents of %s", n, cli.Escape(coded))
	}
	return fmt.Sprintf("the %d coded documents of the embedded invented sample (examples/frames/coded.jsonl)%s", n, sampleNote)
}

// sampleNote follows the name of the embedded coded sample.
const sampleNote = ", a demonstration only: a real study trains on coded documents of its own, like those it measures (-coded FILE)"

// methodNames spells out the prevalence estimators (see frames.Method).
var methodNames = map[frames.Method]string{
	frames.SLD:     "sld: Saerens, Latinne & Decaestecker's EM re-estimation of the share from calibrated probabilities",
	frames.Mixture: "mixture: the scores read as a mixture of the coded documents' with and without the frame (Hopkins & King)",
	frames.ACC:     "acc: adjusted classify-and-count (Forman)",
	frames.PACC:    "pacc: probabilistic adjusted classify-and-count",
	frames.CC:      "cc: classify-and-count, uncorrected",
	frames.PCC:     "pcc: mean probability, uncorrected",
	frames.CPCC:    "cpcc: mean Platt-calibrated probability",
}

func printText(w io.Writer, source string, model *frames.Model, prev *frames.Prevalence, evidence map[string][]frames.Term, outlet map[string]string) {
	stats := model.Stats()
	opts := model.Options()
	source, demo := strings.CutSuffix(source, sampleNote)
	fmt.Fprintf(w, "Frame models learned from %s (%d-fold cross-validation, seed %d):\n", source, opts.Folds, opts.Seed)
	if demo {
		fmt.Fprintf(w, "  (%s)\n", strings.TrimPrefix(sampleNote, ", "))
	}
	fmt.Fprintf(w, "  %-16s %6s %6s %6s   %s\n", "frame", "coded", "C", "AUC", "classified at p ≥ threshold: TPR, FPR")
	for _, s := range stats {
		fmt.Fprintf(w, "  %-16s %6d %6g %6.3f   p ≥ %.3f: %.2f, %.2f\n", cli.Escape(cli.Clip(s.Frame, 16)), s.Coded, s.C, s.AUC, s.Threshold, s.TPR, s.FPR)
	}
	fmt.Fprintf(w, "\nShare of each side's documents with each frame (%s, %.0f%% interval, %d replicates; raw: %s; n: documents;\n"+
		"shift D d/c: the Kolmogorov-Smirnov distance (0 to 1) of the side's scores from the closest mixture of the coded\n"+
		"documents' scores with and without the frame, and the most the test allows at level 0.001: FLAGGED above it;\n"+
		"shift test cannot fire: the most it allows is 1 or more, D's maximum, with this few documents):\n",
		cmp.Or(methodNames[prev.Options.Method], prev.Options.Method.String()), 100*prev.Options.Level, prev.Options.Replicates, rawName(prev.Options.Method))
	for _, s := range prev.Shares {
		if s.Event != "" {
			continue
		}
		clip := ""
		if s.Clipped {
			clip = " (clipped)"
		}
		left := ""
		if s.NoWords > 0 {
			left = fmt.Sprintf(" (+%d left out: none of the model's words)", s.NoWords)
		}
		shift := ""
		if sh := s.Shift; sh.CannotFire {
			shift = "  shift test cannot fire"
		} else if sh.Critical > 0 {
			shift = fmt.Sprintf("  shift D %.2f/%.2f", sh.D, sh.Critical)
			if sh.Fires {
				shift += fmt.Sprintf(" FLAGGED (like the coded documents: %.2f)", sh.Calibrated)
			}
		}
		small := ""
		if s.SmallN {
			small = " (small n)"
		}
		fmt.Fprintf(w, "  %-16s %-18s %5.2f [%4.2f, %4.2f]  raw %4.2f  n=%d%s%s%s%s\n", cli.Escape(cli.Clip(s.Frame, 16)), cli.Escape(cli.Clip(s.Side, 18)), s.Estimate, s.Low, s.High, s.Raw, s.Documents, small, left, clip, shift)
	}
	if prev.Shifted > 0 {
		fmt.Fprintf(w, "  WARNING: %s\n", shiftWarning(prev))
	}
	var perEvent []string
	for i := 0; i < len(prev.Shares); {
		s := prev.Shares[i]
		j := i
		var parts []string
		for ; j < len(prev.Shares) && prev.Shares[j].Event == s.Event && prev.Shares[j].Side == s.Side; j++ {
			flag := ""
			if prev.Shares[j].Shift.Fires {
				flag = "!"
			}
			parts = append(parts, fmt.Sprintf("%s %.2f%s", prev.Shares[j].Frame, prev.Shares[j].Estimate, flag))
		}
		if s.Event != "" {
			small := ""
			if s.SmallN {
				small = " (small n)"
			}
			perEvent = append(perEvent, fmt.Sprintf("  %s / %s (n=%d)%s: %s", cli.Escape(s.Event), cli.Escape(s.Side), s.Documents, small, strings.Join(parts, ", ")))
		}
		i = j
	}
	if len(perEvent) > 0 {
		fmt.Fprintf(w, "\nPer event (intervals in -json and -csv; ! flags a share whose shift test fires; small n: fewer than %d documents):\n%s\n",
			prev.MinDocuments, strings.Join(perEvent, "\n"))
	}
	if len(prev.Differences) > 0 {
		fmt.Fprintln(w, "\nDifferences between sides (A − B):")
		for _, d := range prev.Differences {
			where := "all documents"
			switch {
			case d.Pooled:
				where = fmt.Sprintf("pooled over %d events (I² %.0f%%)", d.Events, d.I2)
			case d.Event != "":
				continue
			}
			small := ""
			switch {
			case d.Pooled && d.SmallN:
				small = fmt.Sprintf(" (small n in %d of %d events)", d.SmallEvents, d.Events)
			case d.SmallN:
				small = " (small n)"
			}
			fmt.Fprintf(w, "  %-16s %s − %s: %+5.2f [%+5.2f, %+5.2f]  %s%s\n", cli.Escape(cli.Clip(d.Frame, 16)), cli.Escape(d.SideA), cli.Escape(d.SideB), d.Estimate, d.Low, d.High, where, small)
		}
	}
	fmt.Fprintln(w, "\nWhat each model reads (its strongest features, each with its occurrences in the compared documents most likely to carry\n"+
		"the frame, [a lexicon category] with its matches; under them each line's document, outlet and side):")
	for _, frame := range model.Frames() {
		var words []string
		for _, t := range evidence[frame] {
			if t.Count == 0 {
				continue // a strong feature these documents do not use
			}
			label := t.Word
			if t.Category {
				label = "[" + t.Word + "]"
			}
			words = append(words, fmt.Sprintf("%s %d", cli.Escape(label), t.Count))
		}
		fmt.Fprintf(w, "  %s: %s\n", cli.Escape(frame), strings.Join(words, ", "))
		// A line that two features read (a word and the lexicon category that holds it) is
		// printed once.
		printed := map[string]bool{}
		for _, t := range evidence[frame] {
			for _, l := range t.Lines {
				line := fmt.Sprintf("      %s (%s): …%s[%s]%s…\n", cli.Escape(l.DocID), cli.Escape(outlet[l.DocID]), cli.Escape(l.Left), cli.Escape(l.Match), cli.Escape(l.Right))
				if !printed[line] {
					printed[line] = true
					fmt.Fprint(w, line)
				}
			}
		}
	}
}

// domainNotes says on stderr how far the documents are like those the model learned
// from: the share of their counted words that are words of the model (about 1 for the
// coded documents themselves; RUWA's headlines with a model of climate-change articles:
// 0.80); how many documents of each side have none of the model's words, left out of the
// shares; how many are the coded documents themselves, scored out of fold (or could not
// be: a model file without the texts' digests); and each interval of zero width (every
// bootstrap replicate gave one value: the model's certainty under the error rates it
// learned, not the data's). These are notes, not errors: the numbers are printed as
// computed. One exception: if the model's words are fewer than 1 in 2,000 of the
// documents' counted words (a coverage that prints as 0.0%), it returns an error and no
// share is printed, since each would be the model's intercept all but alone.
func domainNotes(stderr io.Writer, model *frames.Model, docs []corpus.Document, prev *frames.Prevalence) error {
	an := model.Analyzer()
	p, err := an.Profile(docs...)
	if err != nil {
		return err
	}
	known, total := 0, p.Total(1)
	for _, t := range model.Terms() {
		if !strings.Contains(t, " ") { // words: the total counts words, not n-grams
			known += p.Count(t)
		}
	}
	if total > 0 && 2000*known < total {
		// Coverage that prints as 0.0%: every share would be the model's intercept and its
		// correction, numbers about the coded documents and none about these.
		return fmt.Errorf("the model's %d terms are %d of the documents' %d counted words (0.0%%, fewer than 1 in 2,000): no share is printed, since the documents would be scored by the model's intercept all but alone, whatever they say (they are unlike the coded ones: another topic or language); learn a model from coded documents like these (-coded FILE)", len(model.Terms()), known, total)
	}
	if total > 0 {
		fmt.Fprintf(stderr, "%s: the model's %d terms cover %.1f%% of the documents' counted words (nearly all of the coded documents' they were learned from): the further below, the less the documents are like those, and the less the model's error rates, and so its shares, can be trusted for them\n",
			prog.Name, len(model.Terms()), 100*float64(known)/float64(total))
	}
	var none []string
	oof := 0
	for _, s := range prev.Shares {
		if s.Event == "" && s.Frame == prev.Frames[0] {
			if s.NoWords > 0 {
				none = append(none, fmt.Sprintf("%s %d of %d", s.Side, s.NoWords, s.NoWords+s.Documents))
			}
			oof += s.OutOfFold
		}
	}
	if len(none) > 0 {
		fmt.Fprintf(stderr, "%s: note: documents with none of the model's words (empty, unreadable, or only words the coded documents never use) are left out of the shares: %s\n",
			prog.Name, cli.Escape(strings.Join(none, "; ")))
	}
	if oof > 0 {
		fmt.Fprintf(stderr, "%s: note: %d of the documents are coded documents the model learned from, scored with their out-of-fold probabilities\n", prog.Name, oof)
	}
	if prev.InSample > 0 {
		fmt.Fprintf(stderr, "%s: warning: %d documents have the IDs of coded documents the model learned from but were scored by the model fitted to them (another text, or a model file that does not keep the texts' digests): if they are the coded documents, their shares are biased toward the codes; learn the model again from the texts as given here (with the same -strip-residue)\n", prog.Name, prev.InSample)
	}
	if len(prev.NoWordsSides) > 0 {
		fmt.Fprintf(stderr, "%s: note: the model finds none of its words in any document of %s: left out, with no shares and no differences\n",
			prog.Name, cli.Escape(strings.Join(prev.NoWordsSides, ", ")))
	}
	if prev.NoWordsGroups > 0 {
		fmt.Fprintf(stderr, "%s: note: %d event(s) of a side have no document with the model's words: no shares for that side in that event (its documents are counted as left out)\n",
			prog.Name, prev.NoWordsGroups)
	}
	if prev.Shifted > 0 {
		fmt.Fprintf(stderr, "%s: WARNING: %s\n", prog.Name, shiftWarning(prev))
	}
	if len(prev.SmallN) > 0 {
		fmt.Fprintf(stderr, "%s: warning: %s\n", prog.Name, smallNWarning(prev))
	}
	var flat []string
	for _, s := range prev.Shares {
		if s.Event == "" && s.High-s.Low < 1e-9 {
			flat = append(flat, fmt.Sprintf("%s/%s [%.2f, %.2f]", s.Side, s.Frame, s.Low, s.High))
		}
	}
	if len(flat) > 0 {
		fmt.Fprintf(stderr, "%s: note: %d interval(s) of zero width: %s; every replicate gave the same value: that is the model's certainty under the error rates it learned, not the data's\n",
			prog.Name, len(flat), cli.Escape(strings.Join(flat, "; ")))
	}
	return nil
}

// csvRow is a line of the -csv table: a share (see frames.Share), with the estimator that
// made it and what its raw figure is; the event "(all)" for the side's documents over
// every event. The counts of documents left out (no_words) and scored out of fold
// (out_of_fold), then the shift test (shift_d, shift_critical, shift_calibrated: see
// frames.Shift), flagged (the test fires) and small_n (fewer than frames.MinDocuments
// documents) come last, after the columns of earlier versions, so that readers of the
// columns by position keep working.
type csvRow struct {
	Event     string  `json:"event"`
	Side      string  `json:"side"`
	Frame     string  `json:"frame"`
	Documents int     `json:"documents"`
	Raw       float64 `json:"raw"`
	Estimate  float64 `json:"estimate"`
	Low       float64 `json:"low"`
	High      float64 `json:"high"`
	Clipped   bool    `json:"clipped"`
	Method    string  `json:"method"` // the prevalence estimator (see frames.Method)
	RawIs     string  `json:"raw_is"` // what Raw is for that estimator
	NoWords   int     `json:"no_words"`
	OutOfFold int     `json:"out_of_fold"`
	// The shift test (see frames.Shift), empty for an exclusive coding (which has none).
	ShiftD          *float64 `json:"shift_d"`
	ShiftCritical   *float64 `json:"shift_critical"`
	ShiftCalibrated *float64 `json:"shift_calibrated"`
	Flagged         bool     `json:"flagged"` // the shift test fires
	SmallN          bool     `json:"small_n"` // fewer than frames.MinDocuments documents
	// ShiftCannotFire says the shift test's bound is 1 or more, D's maximum: it cannot
	// fire (frames.Shift.CannotFire).
	ShiftCannotFire bool `json:"shift_cannot_fire"`
}

// csvRows returns the shares of prev as -csv rows.
func csvRows(prev *frames.Prevalence) []csvRow {
	out := make([]csvRow, len(prev.Shares))
	for i, s := range prev.Shares {
		out[i] = csvRow{Event: cmp.Or(s.Event, "(all)"), Side: s.Side, Frame: s.Frame, Documents: s.Documents, Raw: s.Raw,
			Estimate: s.Estimate, Low: s.Low, High: s.High, Clipped: s.Clipped, Method: prev.Options.Method.String(),
			RawIs: rawName(prev.Options.Method), NoWords: s.NoWords, OutOfFold: s.OutOfFold, SmallN: s.SmallN}
		if sh := s.Shift; sh.Critical > 0 {
			out[i].ShiftD, out[i].ShiftCritical, out[i].ShiftCalibrated, out[i].Flagged = &sh.D, &sh.Critical, &sh.Calibrated, sh.Fires
			out[i].ShiftCannotFire = sh.CannotFire
		}
	}
	return out
}

// rawName says what a Share's Raw is for a method.
func rawName(m frames.Method) string {
	switch m {
	case frames.ACC, frames.CC:
		return "share classified"
	}
	return "mean probability"
}

// smallNWarning says which groups have too few documents for their statistics to mean
// much (frames.MinDocuments), the sides first, then the events, and why.
func smallNWarning(prev *frames.Prevalence) string {
	groups := 0
	for i, s := range prev.Shares {
		if i == 0 || s.Event != prev.Shares[i-1].Event || s.Side != prev.Shares[i-1].Side {
			groups++
		}
	}
	var list []string
	for _, g := range prev.SmallN {
		name := g.Side
		if g.Event != "" {
			name = g.Event + " / " + g.Side
		}
		list = append(list, fmt.Sprintf("%s %d", name, g.Documents))
	}
	const show = 8
	if len(list) > show {
		list = append(list[:show], fmt.Sprintf("and %d more (-json: prevalence.small_n)", len(list)-show))
	}
	return cli.Escape(fmt.Sprintf("small n: %d of %d groups have fewer than %d documents with the model's words (%s): too few for their shares, intervals and differences to mean much (%d is the least n at which a share can have 5 expected documents with the frame and 5 without, Cochran's minimum for the approximations they rest on); read them as a description of these documents, or give more",
		len(prev.SmallN), groups, prev.MinDocuments, strings.Join(list, "; "), prev.MinDocuments))
}

// shiftWarning says which shares are flagged by the shift test, and what that means.
func shiftWarning(prev *frames.Prevalence) string {
	var all []string
	for _, s := range prev.Shares {
		if s.Event == "" && s.Shift.Fires {
			all = append(all, fmt.Sprintf("%s/%s %.2f (like the coded documents: %.2f)", s.Side, s.Frame, s.Estimate, s.Shift.Calibrated))
		}
	}
	msg := fmt.Sprintf("%d of %d shares are FLAGGED: their documents' scores fit no mixture of the coded documents' scores with and without the frame (Kolmogorov–Smirnov D above its critical value at level 0.001), so the documents differ from the coded ones in more than how often they carry the frame, and the %s estimates and intervals, which assume they do not, cannot be trusted",
		prev.Shifted, len(prev.Shares), prev.Options.Method)
	if len(all) > 0 {
		msg += ": " + strings.Join(all, "; ")
	}
	return cli.Escape(msg) + "; code a sample of these documents and learn from it, or read the shares as the model's, not the documents'"
}
