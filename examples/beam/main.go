// Command beam runs framediff's comparison of two sides pooled over many events as an
// Apache Beam pipeline: the same result as examples/events -json (framing.PoolEvents) to
// the byte, on any Beam runner: Prism in process (the default), Dataflow, Flink or Spark.
//
//	go run . -input 'news/*.jsonl' -output pooled.json                  # Prism, in process
//	go run . -input 'gs://bucket/news/*.jsonl' -output gs://bucket/pooled.json \
//	    -runner dataflow -project P -region R -staging_location gs://bucket/staging
//
// It lives in a module of its own so that the framediff library gains no Beam dependency.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/framediff/framediff/framing"
)

var (
	input        = flag.String("input", "", "glob of JSON Lines corpus files (local, gs://, s3://)")
	output       = flag.String("output", "pooled.json", "where to write the pooled result (JSON)")
	skippedOut   = flag.String("skipped", "", "where to write the skipped records, one per line (with -lenient)")
	sideA        = flag.String("side-a", "kind:state", "side A: kind:K or outlet:NAME")
	sideB        = flag.String("side-b", "kind:wire", "side B: kind:K or outlet:NAME")
	lang         = flag.String("lang", "english", "the documents' language; documents in another are left out and counted")
	voice        = flag.String("voice", "own", "count the outlets' own voice (own), quotations (quoted) or everything (all)")
	lenient      = flag.Bool("lenient", false, "skip malformed records (each goes to -skipped)")
	defaultEvent = flag.String("default-event", "", "event of records that name none")
	permutations = flag.Int("permutations", 1000, "label shuffles of the permutation test (negative: none)")
	seed         = flag.Uint64("seed", framing.DefaultSeed, "seed of the permutation test")
	minEvents    = flag.Int("min-events", 2, "pool terms seen in at least this many events")
)

func main() {
	flag.Parse()
	beam.Init()
	if err := run(context.Background()); err != nil {
		fmt.Fprintln(os.Stderr, "beam:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context) error {
	if *input == "" {
		return fmt.Errorf("-input: give a glob of JSON Lines files")
	}
	voices, err := framing.ParseVoices(*voice)
	if err != nil {
		return err
	}
	l, err := framing.ResolveLanguage(*lang)
	if err != nil {
		return err
	}
	cfg := Config{Input: *input, Analyzer: framing.Analyzer{Language: l, Voices: voices}, SideA: *sideA, SideB: *sideB,
		Lenient: *lenient, DefaultEvent: *defaultEvent,
		Pool: framing.PoolOptions{Permutations: *permutations, Seed: *seed, MinEvents: *minEvents}}
	p, s := beam.NewPipelineWithRoot()
	result, skipped, err := Pipeline(s, cfg)
	if err != nil {
		return err
	}
	textio.Write(s, *output, result)
	if *skippedOut != "" {
		textio.Write(s, *skippedOut, skipped)
	}
	if cj, err := json.Marshal(cfg); err == nil {
		fmt.Fprintf(os.Stderr, "beam: running %s\n", cj)
	}
	return beamx.Run(ctx, p)
}
