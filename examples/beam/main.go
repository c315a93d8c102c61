// Command beam runs framediff's comparison of two sides pooled over many events as an
// Apache Beam pipeline: the same result as examples/events -json (framing.PoolEvents) to
// the byte, on any Beam runner: Prism in process (the default), Dataflow, Flink or Spark.
//
//	go run . -input 'news/*.jsonl' -output pooled.json                  # Prism, in process
//	go run . -input 'gs://bucket/news/*.jsonl' -output gs://bucket/pooled.json \
//	    -runner dataflow -project P -region R -staging_location gs://bucket/staging
//
// Its own flags are checked before Beam starts, before any pipeline is built: a usage
// error is reported on stderr with a hint to run 'beam -h', exit status 2; an input that
// cannot be read (a local glob that matches no file) with exit status 1.
//
// It lives in a module of its own so that the framediff library gains no Beam dependency.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// flags are the program's own flags, as given; Beam's (-runner, -project, …) are its own.
type flags struct {
	input, output, skipped string
	sideA, sideB           string
	lang, voice            string
	lenient                bool
	defaultEvent           string
	permutations           int
	seed                   uint64
	minEvents              int
}

var given flags

func init() {
	flag.StringVar(&given.input, "input", "", "glob of JSON Lines corpus files (local, gs://, s3://); required")
	flag.StringVar(&given.output, "output", "pooled.json", "where to write the pooled result (JSON)")
	flag.StringVar(&given.skipped, "skipped", "", "where to write the skipped records, one per line (with -lenient)")
	flag.StringVar(&given.sideA, "side-a", "kind:state", "side A: kind:K or outlet:NAME")
	flag.StringVar(&given.sideB, "side-b", "kind:wire", "side B: kind:K or outlet:NAME")
	flag.StringVar(&given.lang, "lang", "english", "the documents' language; documents in another are left out and counted")
	flag.StringVar(&given.voice, "voice", "own", "count the outlets' own voice (own), quotations (quoted) or everything (all)")
	flag.BoolVar(&given.lenient, "lenient", false, "skip malformed records (each goes to -skipped)")
	flag.StringVar(&given.defaultEvent, "default-event", "", "event of records that name none")
	flag.IntVar(&given.permutations, "permutations", 1000, "label shuffles of the permutation test, 1 to 1,000,000 (negative: none)")
	flag.Uint64Var(&given.seed, "seed", framing.DefaultSeed, "seed of the permutation test")
	flag.IntVar(&given.minEvents, "min-events", 2, "pool terms seen in at least this many events (0 means 1)")
}

const usageText = `Usage: beam -input GLOB [-output FILE] [flags] [Beam pipeline options]

beam compares two sides of the news (by default the state outlets against the wire
services) within each event of a JSON Lines corpus and pools the evidence over the
events, as an Apache Beam pipeline: the same JSON as 'events -json', to the byte.
The files may be local or on any Beam filesystem (gs://, s3://). Without -runner the
pipeline runs in this process on Prism.

Examples:
  beam -input 'news/*.jsonl' -output pooled.json
  beam -input 'gs://B/news/*.jsonl' -output gs://B/pooled.json -lenient -skipped gs://B/skipped.txt \
      --runner=dataflow --project=P --region=europe-west1 --staging_location=gs://B/staging

Flags of beam:
`

func usage() {
	out := flag.CommandLine.Output()
	fmt.Fprint(out, usageText)
	flag.VisitAll(func(f *flag.Flag) {
		if ours(f.Name) {
			fmt.Fprintf(out, "  -%s\n    \t%s", f.Name, f.Usage)
			switch {
			case f.DefValue == "" || f.DefValue == "false":
			case strings.Trim(f.DefValue, "-0123456789") == "":
				fmt.Fprintf(out, " (default %s)", f.DefValue)
			default:
				fmt.Fprintf(out, " (default %q)", f.DefValue)
			}
			fmt.Fprintln(out)
		}
	})
	fmt.Fprintln(out, "\nBeam's own options (-runner, -project, -region, -staging_location, -endpoint, …) are\nlisted by the Beam Go SDK's documentation; they are passed to Beam unchanged.")
}

// ours reports whether a flag is the program's rather than Beam's.
func ours(name string) bool {
	switch name {
	case "input", "output", "skipped", "side-a", "side-b", "lang", "voice", "lenient",
		"default-event", "permutations", "seed", "min-events":
		return true
	}
	return false
}

func main() {
	flag.Usage = usage
	flag.Parse()
	var cfg Config
	if !workerMode() {
		// A worker is started by the runner with Beam's flags only; the launcher checks
		// ours, before Beam starts.
		var err error
		if cfg, err = given.config(flag.Args()); err != nil {
			var u usageError
			if !errors.As(err, &u) {
				fmt.Fprintf(os.Stderr, "beam: %v\n", err)
				os.Exit(1)
			}
			fmt.Fprintf(os.Stderr, "beam: %v\nRun 'beam -h' for the flags.\n", err)
			os.Exit(2) // a usage error, as a flag the flag package refuses
		}
	}
	beam.Init() // as a worker, runs the harness (and returns only if the runner asks it to)
	if workerMode() {
		return
	}
	if err := run(context.Background(), cfg); err != nil {
		fmt.Fprintln(os.Stderr, "beam:", err)
		os.Exit(1)
	}
}

// workerMode reports whether the runner started this binary as a worker (Beam's -worker).
func workerMode() bool {
	f := flag.Lookup("worker")
	return f != nil && f.Value.String() == "true"
}

// usageError is an error in the command line: the program exits with status 2.
type usageError struct{ error }

func usagef(format string, args ...any) error { return usageError{fmt.Errorf(format, args...)} }

// config checks the flags and the arguments after them (there should be none) and
// returns the pipeline's Config. A local input glob must match a file; a glob in another
// filesystem (gs://, s3://) is matched by the pipeline. An error about the flags is a
// usageError; a local glob that matches no file is not (the input is missing).
func (g flags) config(extra []string) (Config, error) {
	if len(extra) > 0 {
		return Config{}, usagef("unexpected argument %q (the corpus goes in -input)", extra[0])
	}
	if g.input == "" {
		return Config{}, usagef("-input: give a glob of JSON Lines files")
	}
	if !strings.Contains(g.input, "://") {
		matches, err := filepath.Glob(g.input)
		if err != nil {
			return Config{}, usagef("-input %q: %v", g.input, err)
		}
		if len(matches) == 0 {
			return Config{}, fmt.Errorf("-input %q: no file matches", g.input) // the input, not the command line
		}
	}
	if g.output == "" {
		return Config{}, usagef("-output: give where to write the pooled result")
	}
	if g.skipped != "" && !g.lenient {
		return Config{}, usagef("-skipped needs -lenient (without it the first malformed record stops the run)")
	}
	a, err := corpus.ParseSide(g.sideA)
	if err != nil {
		return Config{}, usagef("-side-a: %v", err)
	}
	b, err := corpus.ParseSide(g.sideB)
	if err != nil {
		return Config{}, usagef("-side-b: %v", err)
	}
	if a.Name == b.Name && strings.HasPrefix(g.sideA, "outlet:") == strings.HasPrefix(g.sideB, "outlet:") {
		return Config{}, usagef("-side-a and -side-b are the same side (%s)", g.sideA)
	}
	voices, err := framing.ParseVoices(g.voice)
	if err != nil {
		return Config{}, usagef("-voice: %v", err)
	}
	l, err := framing.ResolveLanguage(g.lang)
	if err != nil {
		return Config{}, usagef("-lang: %v", err)
	}
	if g.permutations == 0 {
		return Config{}, usagef("-permutations 0: want a number of shuffles (the default is 1000), or -1 for no test")
	}
	if g.permutations > 1_000_000 {
		return Config{}, usagef("-permutations %d: at most 1,000,000", g.permutations)
	}
	if g.minEvents < 0 {
		return Config{}, usagef("-min-events %d: want 0 or more", g.minEvents)
	}
	return Config{Input: g.input, Analyzer: framing.Analyzer{Language: l, Voices: voices}, SideA: g.sideA, SideB: g.sideB,
		Lenient: g.lenient, DefaultEvent: g.defaultEvent,
		Pool: framing.PoolOptions{Permutations: g.permutations, Seed: g.seed, MinEvents: g.minEvents}}, nil
}

func run(ctx context.Context, cfg Config) error {
	p, s := beam.NewPipelineWithRoot()
	result, skipped, err := Pipeline(s, cfg)
	if err != nil {
		return err
	}
	textio.Write(s, given.output, result)
	if given.skipped != "" {
		textio.Write(s, given.skipped, skipped)
	}
	if cj, err := json.Marshal(cfg); err == nil {
		fmt.Fprintf(os.Stderr, "beam: running %s\n", cj)
	}
	return beamx.Run(ctx, p)
}
