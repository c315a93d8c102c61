package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// valid are flags that make a Config, over a file of dir.
func valid(dir string) flags {
	return flags{input: filepath.Join(dir, "*.jsonl"), output: "pooled.json", sideA: "kind:state", sideB: "kind:wire",
		lang: "english", voice: "own", permutations: 1000, minEvents: 2}
}

func TestFlagsConfig(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.jsonl"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	cfg, err := valid(dir).config(nil)
	if err != nil {
		t.Fatalf("valid flags: %v", err)
	}
	if cfg.Analyzer.Language != "english" || cfg.Pool.Permutations != 1000 || cfg.Pool.MinEvents != 2 || cfg.SideB != "kind:wire" {
		t.Errorf("config = %+v", cfg)
	}
	// A glob in another filesystem is left to the pipeline.
	g := valid(dir)
	g.input = "gs://bucket/news/*.jsonl"
	if _, err := g.config(nil); err != nil {
		t.Errorf("gs:// input: %v", err)
	}
	for _, tc := range []struct {
		name string
		edit func(*flags)
		args []string
		want string
	}{
		{"no input", func(g *flags) { g.input = "" }, nil, "-input: give a glob"},
		{"input matches nothing", func(g *flags) { g.input = filepath.Join(dir, "*.csv") }, nil, "no file matches"},
		{"bad glob", func(g *flags) { g.input = filepath.Join(dir, "[") }, nil, "-input"},
		{"no output", func(g *flags) { g.output = "" }, nil, "-output"},
		{"argument", func(*flags) {}, []string{"news.jsonl"}, `unexpected argument "news.jsonl"`},
		{"skipped without lenient", func(g *flags) { g.skipped = "skipped.txt" }, nil, "-skipped needs -lenient"},
		{"bad side", func(g *flags) { g.sideA = "outlet:" }, nil, "-side-a"},
		{"same sides", func(g *flags) { g.sideB = "state" }, nil, "the same side"},
		{"bad voice", func(g *flags) { g.voice = "loud" }, nil, "-voice"},
		{"bad language", func(g *flags) { g.lang = "klingon" }, nil, "-lang"},
		{"too many permutations", func(g *flags) { g.permutations = 2_000_000 }, nil, "-permutations"},
		{"zero permutations", func(g *flags) { g.permutations = 0 }, nil, "-permutations 0"},
		{"negative min events", func(g *flags) { g.minEvents = -1 }, nil, "-min-events"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := valid(dir)
			tc.edit(&g)
			_, err := g.config(tc.args)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error = %v, want one containing %q", err, tc.want)
			}
		})
	}
	// Side A by outlet and side B by kind of the same name are two sides.
	g = valid(dir)
	g.sideA, g.sideB = "outlet:state", "kind:state"
	if _, err := g.config(nil); err != nil {
		t.Errorf("outlet:state against kind:state: %v", err)
	}
}

// TestFlagErrors runs the program (this test binary, see TestMain) with bad flags: a line
// on stderr naming the flag, and exit status 2 (a usage error, as for a flag the flag
// package refuses), or 1 for an input that matches no file, before any pipeline runs.
func TestFlagErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
		code int
	}{
		{nil, "beam: -input: give a glob of JSON Lines files", 2},
		{[]string{"-input", filepath.Join(t.TempDir(), "*.jsonl")}, "no file matches", 1},
		{[]string{"-input", "gs://b/*.jsonl", "-voice", "loud"}, "beam: -voice", 2},
		{[]string{"-input", "gs://b/*.jsonl", "-no-such-flag"}, "-no-such-flag", 2},
	} {
		cmd := exec.Command(os.Args[0], tc.args...)
		cmd.Env = append(os.Environ(), "FRAMEDIFF_BEAM_RUN_MAIN=1")
		var stderr strings.Builder
		cmd.Stderr = &stderr
		err := cmd.Run()
		ee, ok := err.(*exec.ExitError)
		if !ok || ee.ExitCode() != tc.code {
			t.Errorf("%q: exit %v, want status %d", tc.args, err, tc.code)
		}
		if !strings.Contains(stderr.String(), tc.want) || strings.Contains(stderr.String(), "running") {
			t.Errorf("%q: stderr %q, want %q and no run", tc.args, stderr.String(), tc.want)
		}
	}
}
