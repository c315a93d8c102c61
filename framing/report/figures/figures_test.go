package figures

import (
	"bytes"
	"errors"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/framediff/framediff/framing"
)

func sampleRows() []framing.KeyTerm {
	return []framing.KeyTerm{
		{Term: "sovereignti", Word: "sovereignty", Score: 4.2},
		{Term: "provoc", Word: "provocation", Score: 3.1},
		{Term: "stabil", Word: "stability", Score: 2.0},
		{Term: "the", Word: "the", Score: 0},
		{Term: "protest", Word: "protests", Score: -3.6},
		{Term: "critic", Word: "critics", Score: -2.2},
		{Term: "said", Word: "said", Score: -1.1},
	}
}

func TestKeynessBars(t *testing.T) {
	for _, format := range []string{"png", "svg", "pdf"} {
		t.Run(format, func(t *testing.T) {
			var first []byte
			for round := 0; round < 2; round++ {
				var buf bytes.Buffer
				if err := KeynessBars(&buf, format, sampleRows(), "State", "Wire", &BarOptions{Top: 2, Measure: framing.MeasureLogOdds}); err != nil {
					t.Fatal(err)
				}
				if round == 0 {
					first = bytes.Clone(buf.Bytes())
					continue
				}
				if !bytes.Equal(first, buf.Bytes()) {
					t.Error("two runs gave different bytes")
				}
			}
			switch format {
			case "png":
				img, err := png.Decode(bytes.NewReader(first))
				if err != nil {
					t.Fatal(err)
				}
				if b := img.Bounds(); b.Dx() < 400 || b.Dy() < 150 {
					t.Errorf("image %v too small", b)
				}
			case "svg":
				s := string(first)
				// Top 2 per side: the two strongest of each, not the third, not the zero row.
				for _, w := range []string{"sovereignty", "provocation", "protests", "critics", "State", "Wire", "log-odds"} {
					if !strings.Contains(s, w) {
						t.Errorf("SVG lacks %q", w)
					}
				}
				for _, w := range []string{"stability", ">the<", "said"} {
					if strings.Contains(s, w) {
						t.Errorf("SVG has %q, beyond the top 2", w)
					}
				}
			case "pdf":
				if !bytes.HasPrefix(first, []byte("%PDF-")) || !bytes.Contains(first, []byte("(D:20000101000000")) {
					t.Errorf("not a PDF with the fixed date: %q", first[:min(len(first), 40)])
				}
			}
			if dir := os.Getenv("FRAMEDIFF_FIGURES"); dir != "" {
				os.WriteFile(filepath.Join(dir, "bars."+format), first, 0o644)
			}
		})
	}
}

func TestForest(t *testing.T) {
	rows := []ForestRow{
		{Label: "summit", Estimate: 0.8, Low: 0.2, High: 1.4},
		{Label: "drills", Estimate: -0.1, Low: -0.9, High: 0.7},
		{Label: "pooled (MH)", Estimate: 0.5, Low: 0.1, High: 0.9, Pooled: true},
	}
	var buf bytes.Buffer
	if err := Forest(&buf, "svg", rows, &ForestOptions{Title: "provocation"}); err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"summit", "drills", "pooled (MH)", "provocation", "log odds ratio"} {
		if !strings.Contains(buf.String(), w) {
			t.Errorf("SVG lacks %q", w)
		}
	}
	if dir := os.Getenv("FRAMEDIFF_FIGURES"); dir != "" {
		for _, f := range []string{"png", "pdf", "svg"} {
			var b bytes.Buffer
			if err := Forest(&b, f, rows, nil); err != nil {
				t.Fatal(err)
			}
			os.WriteFile(filepath.Join(dir, "forest."+f), b.Bytes(), 0o644)
		}
	}
}

func TestBadInput(t *testing.T) {
	var buf bytes.Buffer
	if err := KeynessBars(&buf, "gif", sampleRows(), "A", "B", nil); !errors.Is(err, ErrFormat) {
		t.Errorf("gif: %v", err)
	}
	if err := KeynessBars(&buf, "png", nil, "A", "B", nil); !errors.Is(err, ErrNoData) {
		t.Errorf("no rows: %v", err)
	}
	if err := KeynessBars(&buf, "png", []framing.KeyTerm{{Term: "x", Score: math.NaN()}}, "A", "B", nil); err == nil {
		t.Error("NaN score accepted")
	}
	if err := Forest(&buf, "png", []ForestRow{{Label: "x", Estimate: 1, Low: 2, High: 3}}, nil); err == nil {
		t.Error("an estimate outside its interval accepted")
	}
	if err := Forest(&buf, "png", []ForestRow{{Label: "x", Estimate: 1, Low: math.Inf(-1), High: 3}}, nil); err == nil {
		t.Error("an infinite interval accepted")
	}
	if err := Forest(&buf, "png", nil, nil); !errors.Is(err, ErrNoData) {
		t.Errorf("no rows: %v", err)
	}
	for path, want := range map[string]string{"a.PNG": "png", "b.svg": "svg", "c.pdf": "pdf"} {
		if got, err := Format(path); err != nil || got != want {
			t.Errorf("Format(%q) = %q, %v", path, got, err)
		}
	}
	if _, err := Format("x.jpg"); !errors.Is(err, ErrFormat) {
		t.Errorf("jpg: %v", err)
	}
}
