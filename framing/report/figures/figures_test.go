package figures

import (
	"bytes"
	"encoding/xml"
	"errors"
	"image/png"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
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

// hostileLabels are names and words a corpus or a user may carry: control characters
// (escape, bell, NUL), invalid UTF-8, XML's non-characters, markup, right-to-left
// overrides, and a long word; shown is how each must read in the figure (escapes written
// by hand, as the command-line programs write them).
var hostileLabels = []struct{ label, shown string }{
	{"esc\x1b[31mred\x07bell", `esc\x1b[31mred\x07bell`},
	{"nul\x00", `nul\x00`},
	{"bad\xff\xfeutf8", "bad\ufffd\ufffdutf8"},
	{"non\ufffechar\uffff", `non\ufffechar\uffff`},
	{"<b>&amp;</b>]]>\"'", "<b>&amp;</b>]]>\"'"},
	{"rlo\u202eabc 3.77", `rlo\u202eabc 3.77`},
	{"isolate\u2066x\u2069", `isolate\u2066x\u2069`},
	{"line\nbreak\ttab", `line\x0abreak\x09tab`},
	{"plane\U0001fffe", `plane\U0001fffe`},
	{strings.Repeat("w", 100000), strings.Repeat("w", 59) + "…"},
}

// TestHostileLabels: whatever the labels, an SVG figure is well-formed XML (every
// character legal, no control or reordering character, every label present in a readable
// form, a long one cut), and PNG and PDF are drawn.
func TestHostileLabels(t *testing.T) {
	for i, tc := range hostileLabels {
		t.Run(strconv.Itoa(i), func(t *testing.T) {
			label := tc.label
			rows := []framing.KeyTerm{{Term: label, Word: label, Score: 2}, {Term: "b", Score: -1}}
			forest := []ForestRow{{Label: label, Estimate: 1, Low: 0, High: 2}, {Label: "pooled", Estimate: 1, Low: 0.5, High: 1.5, Pooled: true}}
			for _, format := range []string{"svg", "png", "pdf"} {
				var bars, plot bytes.Buffer
				if err := KeynessBars(&bars, format, rows, label, "B", &BarOptions{Title: label}); err != nil {
					t.Fatalf("%s bars: %v", format, err)
				}
				if err := Forest(&plot, format, forest, &ForestOptions{Title: label, XLabel: label}); err != nil {
					t.Fatalf("%s forest: %v", format, err)
				}
				if format != "svg" {
					continue
				}
				for name, b := range map[string][]byte{"bars": bars.Bytes(), "forest": plot.Bytes()} {
					text, err := svgText(b)
					if err != nil {
						t.Errorf("%s: not well-formed XML: %v", name, err)
						continue
					}
					for _, r := range text {
						if r < 0x20 && r != '\n' || r >= 0x7f && r < 0xa0 || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 {
							t.Errorf("%s: text carries %U", name, r)
						}
					}
					if n := strings.Count(text, tc.shown); n < 2 {
						t.Errorf("%s: %q shown %d times, want it as a label and in the title", name, tc.shown, n)
					}
					if strings.Contains(text, strings.Repeat("w", 61)) {
						t.Errorf("%s: a long label is not cut", name)
					}
				}
			}
		})
	}
}

// svgText parses an SVG document strictly and returns its character data.
func svgText(b []byte) (string, error) {
	d := xml.NewDecoder(bytes.NewReader(b))
	var text strings.Builder
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return text.String(), nil
		}
		if err != nil {
			return "", err
		}
		if c, ok := tok.(xml.CharData); ok {
			text.Write(c)
		}
	}
}

// FuzzSVGLabels: any label gives a well-formed SVG bar chart and forest plot.
func FuzzSVGLabels(f *testing.F) {
	for _, tc := range hostileLabels {
		f.Add(tc.label[:min(len(tc.label), 200)])
	}
	f.Fuzz(func(t *testing.T, s string) {
		var buf bytes.Buffer
		if err := KeynessBars(&buf, "svg", []framing.KeyTerm{{Term: s, Score: 1}, {Term: s + "b", Score: -2}}, s, s, &BarOptions{Title: s}); err != nil {
			t.Fatal(err)
		}
		if _, err := svgText(buf.Bytes()); err != nil {
			t.Fatalf("bars: %v", err)
		}
		buf.Reset()
		if err := Forest(&buf, "svg", []ForestRow{{Label: s, Estimate: 0, Low: -1, High: 1}}, &ForestOptions{Title: s, XLabel: s}); err != nil {
			t.Fatal(err)
		}
		if _, err := svgText(buf.Bytes()); err != nil {
			t.Fatalf("forest: %v", err)
		}
	})
}
