package figures

import (
	"bytes"
	"compress/zlib"
	"encoding/xml"
	"errors"
	"image/png"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
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

// svgTexts parses an SVG document strictly and returns its text elements: each one's text
// and x attribute.
func svgTexts(t *testing.T, b []byte) (texts []string, xs []float64) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(b))
	in := false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return texts, xs
		}
		if err != nil {
			t.Fatal(err)
		}
		switch e := tok.(type) {
		case xml.StartElement:
			if e.Name.Local == "text" {
				in = true
				texts = append(texts, "")
				x := math.NaN()
				for _, a := range e.Attr {
					if a.Name.Local == "x" {
						x, _ = strconv.ParseFloat(a.Value, 64)
					}
				}
				xs = append(xs, x)
			}
		case xml.EndElement:
			in = false
		case xml.CharData:
			if in {
				texts[len(texts)-1] += string(e)
			}
		}
	}
}

// numbers returns the text elements that are numbers: an axis's tick labels.
func numbers(texts []string, xs []float64) (vals, at []float64) {
	for i, s := range texts {
		if v, err := strconv.ParseFloat(s, 64); err == nil {
			vals, at = append(vals, v), append(at, xs[i])
		}
	}
	return vals, at
}

// TestBarsAxisNamesScore: the bar chart's axis says what the bars measure. The log-odds
// measure's Score is the z-score of the log-odds ratio (Monroe et al. 2008, eq. 22), so an
// axis named "log-odds" misread bars of 88 as odds ratios of e^88. Each measure gets a
// title of its own, and the axis has numbers with 0 among them.
func TestBarsAxisNamesScore(t *testing.T) {
	want := map[framing.Measure]string{ // from each measure's definition in framing and stats
		"":                           "z-score of the log-odds ratio",
		framing.MeasureLogOdds:       "z-score of the log-odds ratio",
		framing.MeasureLogLikelihood: "log-likelihood G²",
		framing.MeasureFisher:        "-log10 p of Fisher's exact test",
		framing.MeasureLogRatio:      "log2 of the ratio of relative frequencies",
		framing.MeasurePercentDiff:   "%DIFF",
	}
	seen := map[string]framing.Measure{}
	for _, m := range append([]framing.Measure{""}, framing.Measures()...) {
		var buf bytes.Buffer
		if err := KeynessBars(&buf, "svg", sampleRows(), "State", "Wire", &BarOptions{Measure: m}); err != nil {
			t.Fatalf("%q: %v", m, err)
		}
		texts, xs := svgTexts(t, buf.Bytes())
		title := "" // the line above the one that says which way is which side
		if i := slices.IndexFunc(texts, func(s string) bool { return strings.Contains(s, "more in Wire") }); i > 0 {
			title = texts[i-1]
		}
		if w, ok := want[m]; ok && !strings.Contains(title, w) {
			t.Errorf("%q: axis title %q, want it to say %q", m, title, w)
		}
		if title == "" || title == string(m) || title == "log-odds" {
			t.Errorf("%q: axis title %q names the measure, not its score", m, title)
		}
		if prev, ok := seen[title]; ok && m != "" && prev != "" {
			t.Errorf("%q and %q share the axis title %q", m, prev, title)
		}
		seen[title] = m
		if !slices.Contains(texts, "< 0: more in Wire · > 0: more in State") {
			t.Errorf("%q: no line saying which way is which side: %q", m, texts)
		}
		if vals, _ := numbers(texts, xs); len(vals) < 3 || !slices.Contains(vals, 0) {
			t.Errorf("%q: axis numbers %v, want three or more with 0", m, vals)
		}
	}
	if err := KeynessBars(io.Discard, "svg", sampleRows(), "A", "B", &BarOptions{Measure: "bogus"}); err == nil {
		t.Error("an unknown measure accepted")
	}
}

// TestForestTicks: a forest plot's axis has round ticks at equal steps, with 0 (no effect)
// among them and the dashed reference line on it; it used to be labelled -2.5, 2.5, 7.5 for
// estimates from -2.5 to 8 (the reference unlabelled). A reference off the grid gets a
// tick of its own.
func TestForestTicks(t *testing.T) {
	rows := []ForestRow{ // RUWA's "Kiev" by event, rounded
		{Label: "azovstal", Estimate: 2.8, Low: -0.1, High: 5.7},
		{Label: "beginning", Estimate: 5.3, Low: 2.3, High: 8.2},
		{Label: "sinking", Estimate: 0.6, Low: -2.5, High: 3.7},
		{Label: "pooled", Estimate: 3.6, Low: 2.5, High: 4.7, Pooled: true},
	}
	for _, tc := range []struct {
		ref  float64
		want []float64
	}{{0, []float64{-2, 0, 2, 4, 6, 8}}, {1, []float64{-2, 0, 1, 2, 4, 6, 8}}} {
		var buf bytes.Buffer
		if err := Forest(&buf, "svg", rows, &ForestOptions{Reference: tc.ref}); err != nil {
			t.Fatal(err)
		}
		vals, at := numbers(svgTexts(t, buf.Bytes()))
		if !slices.Equal(vals, tc.want) {
			t.Errorf("reference %g: tick labels %v, want %v", tc.ref, vals, tc.want)
			continue
		}
		// The dashed line is drawn at the reference: its x lies within the label's width of
		// the label's left edge (a digit is 5 points at 10 points).
		m := regexp.MustCompile(`M([0-9.]+),[0-9.]+L([0-9.]+),[0-9.]+" style="[^"]*stroke-dasharray`).FindSubmatch(buf.Bytes())
		if m == nil {
			t.Fatal("no dashed line")
		}
		x, _ := strconv.ParseFloat(string(m[1]), 64)
		i := slices.Index(vals, tc.ref)
		if x < at[i] || x > at[i]+7 {
			t.Errorf("reference %g: dashed line at x %.1f, its label at %.1f", tc.ref, x, at[i])
		}
	}
}

// TestPDFText: text in a PDF is written in the encoding of its fonts (Windows-1252), so "I²"
// reads I² and not "IÂ²" (UTF-8's two bytes read as two characters); characters the
// encoding lacks come as their letter without accents, an ASCII stand-in, or "?".
func TestPDFText(t *testing.T) {
	rows := []ForestRow{{Label: "Erdoğan ← Kyiv", Estimate: 1, Low: 0, High: 2}}
	var buf bytes.Buffer
	if err := Forest(&buf, "pdf", rows, &ForestOptions{Title: "Kiev: state vs wire, I² 25%", XLabel: "北京 café"}); err != nil {
		t.Fatal(err)
	}
	// The strings the page draws (Tj operators); the fonts' streams are binary.
	var shown []string
	for _, m := range regexp.MustCompile(`\(((?:[^()\\]|\\.)*)\)Tj`).FindAllStringSubmatch(pdfStreams(t, buf.Bytes()), -1) {
		shown = append(shown, m[1])
	}
	for _, want := range []string{"Kiev: state vs wire, I\xb2 25%", "Erdogan <- Kyiv", "?? caf\xe9"} {
		if !slices.Contains(shown, want) {
			t.Errorf("PDF text lacks %q: %q", want, shown)
		}
	}
	for _, s := range shown {
		if strings.Contains(s, "\xc2\xb2") {
			t.Errorf(`PDF text %q has "²" in UTF-8, which its font reads as "Â²"`, s)
		}
	}
}

// pdfStreams returns a PDF's streams, inflated where they are compressed.
func pdfStreams(t *testing.T, b []byte) string {
	t.Helper()
	var out strings.Builder
	for _, m := range regexp.MustCompile(`(?s)stream\r?\n(.*?)endstream`).FindAllSubmatch(b, -1) {
		r, err := zlib.NewReader(bytes.NewReader(m[1]))
		if err != nil {
			out.Write(m[1])
			continue
		}
		data, _ := io.ReadAll(r)
		out.Write(data)
	}
	if out.Len() == 0 {
		t.Fatal("no streams in the PDF")
	}
	return out.String()
}
