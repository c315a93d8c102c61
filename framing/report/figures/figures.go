// Package figures draws framediff's results as static figures for papers: a diverging bar
// chart of the terms that most distinguish two sides (what quanteda's textplot_keyness
// shows), a forest plot of per-event estimates with their pooled estimate, a dot plot of
// each side's share of documents with each frame, and the rates of terms and categories
// over time with each side's documents per period. Each writes PNG, SVG or PDF with
// gonum.org/v1/plot.
//
// It is a package of its own so that the core (framing, report) does not bring in a
// plotting library: import it only where figures are drawn.
//
// Figures are deterministic: the same rows give the same bytes in every format. (PDF files
// carry a fixed creation date, 2000-01-01, for that reason.)
//
// Every text drawn (titles, axis labels, side names, words, row labels) is cut to 60
// characters (59 and "…"); bytes that are not UTF-8 become U+FFFD; control characters,
// the formatting characters that reorder text (bidirectional marks, embeddings, overrides,
// isolates) and the noncharacters XML forbids are written as Go escapes (\x1b, \u202e), as
// the command-line programs write them. So any string from a corpus gives a well-formed
// SVG and a figure that reads in order. A PDF's fonts read text in Windows-1252 (PDF's
// WinAnsiEncoding), so in PDF a character outside it is drawn as its letter without
// accents ("ğ" as "g"), an ASCII stand-in ("←" as "<-") or "?": draw SVG or PNG for names
// in other scripts.
//
// Axes carry round ticks (1, 2 or 5 times a power of ten), with the no-effect value (0, or
// a forest plot's Reference) among them; a bar chart's axis names what its bars measure
// under the measure that scored them.
package figures

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"image/color"
	"io"
	"math"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgpdf"

	"github.com/framediff/framediff/framing"
)

// ErrFormat is returned for a figure format other than png, svg or pdf.
var ErrFormat = errors.New("figures: want format png, svg or pdf")

// ErrNoData is returned when there is nothing to draw.
var ErrNoData = errors.New("figures: no rows to draw")

// Colours of the two sides (a blue and an orange that stay apart for the common forms of
// colour blindness, from the Okabe–Ito palette) and of reference lines.
var (
	colorA    = color.RGBA{R: 0x00, G: 0x72, B: 0xB2, A: 0xFF}
	colorB    = color.RGBA{R: 0xD5, G: 0x5E, B: 0x00, A: 0xFF}
	colorRef  = color.Gray{Y: 0x80}
	colorGrey = color.Gray{Y: 0x40}
)

// Format returns the figure format of a file name by its extension: "png", "svg" or
// "pdf", or an error wrapping [ErrFormat].
func Format(path string) (string, error) {
	switch f := strings.ToLower(strings.TrimPrefix(filepath.Ext(path), ".")); f {
	case "png", "svg", "pdf":
		return f, nil
	}
	return "", fmt.Errorf("%w: %q", ErrFormat, path)
}

// Size is a figure's size in centimetres. The zero value is 16 cm wide and tall enough for
// its rows.
type Size struct {
	Width, Height float64
}

func (s Size) resolve(rows int) (vg.Length, vg.Length) {
	w, h := s.Width, s.Height
	if w <= 0 {
		w = 16
	}
	if h <= 0 {
		h = 3 + 0.55*float64(rows)
	}
	return vg.Length(w) * vg.Centimeter, vg.Length(h) * vg.Centimeter
}

// maxLabel is the most characters of a text a figure shows; a longer one is cut to
// maxLabel-1 characters and "…" (a figure has no hover to show the rest).
const maxLabel = 60

// label returns s as figures draw it: cut to maxLabel characters; bytes that are not
// UTF-8 as U+FFFD; control characters (line breaks and tabs too), the formatting
// characters that reorder text (bidirectional marks, embeddings, overrides and isolates)
// and the characters XML forbids (U+FFFE, U+FFFF and the other noncharacters) written as
// Go escapes (\x1b, \u202e), as the command-line programs write them.
func label(s string) string {
	var b strings.Builder
	n := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if n == maxLabel-1 && i < len(s) {
			b.WriteString("…")
			break
		}
		n++
		switch {
		case r < 0x20, r == 0x7f, r >= 0x80 && r < 0xa0, r == 0x061c, r == 0x200e, r == 0x200f,
			r >= 0x2028 && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
			if r < 0x100 {
				fmt.Fprintf(&b, `\x%02x`, r)
			} else {
				fmt.Fprintf(&b, `\u%04x`, r)
			}
		case r >= 0xfdd0 && r <= 0xfdef, r&0xfffe == 0xfffe && r <= 0xffff:
			fmt.Fprintf(&b, `\u%04x`, r)
		case r&0xfffe == 0xfffe:
			fmt.Fprintf(&b, `\U%08x`, r)
		default:
			b.WriteRune(r) // utf8.RuneError for a byte that is not UTF-8
		}
	}
	return b.String()
}

// BarOptions tunes [KeynessBars]. The zero value is the documented default.
type BarOptions struct {
	// Top is the number of terms per side (0 means 10).
	Top int
	// Measure is the measure that scored the rows, for the axis title, which names what a
	// row's Score is under it (the log-odds measure's Score is the z-score of the log-odds
	// ratio, not the ratio): "" means log-odds, as in framing.KeynessOptions;
	// "mantel-haenszel" (report.MeasureMantelHaenszel) the z of a term pooled over events.
	Measure framing.Measure
	// Title is drawn above the chart (default: none).
	Title string
	Size  Size
}

// KeynessBars writes a diverging bar chart of the Top terms leaning to each side: one
// horizontal bar per term, its length the row's Score (positive toward A, drawn to the
// right in A's colour; negative toward B, to the left in B's), strongest at the top of each
// half and A's half above B's. Rows are [framing.Keyness] rows in any order; each side's
// terms are those with the largest |Score| on that side (ties by term).
func KeynessBars(w io.Writer, format string, rows []framing.KeyTerm, nameA, nameB string, opts *BarOptions) error {
	var o BarOptions
	if opts != nil {
		o = *opts
	}
	if o.Top <= 0 {
		o.Top = 10
	}
	axis, err := scoreName(o.Measure)
	if err != nil {
		return err
	}
	var toA, toB []framing.KeyTerm
	for _, r := range rows {
		if math.IsNaN(r.Score) || math.IsInf(r.Score, 0) {
			return fmt.Errorf("figures: term %q has score %v", r.Term, r.Score)
		}
		switch {
		case r.Score > 0:
			toA = append(toA, r)
		case r.Score < 0:
			toB = append(toB, r)
		}
	}
	strongest := func(x, y framing.KeyTerm) int {
		return cmp.Or(cmp.Compare(math.Abs(y.Score), math.Abs(x.Score)), strings.Compare(x.Term, y.Term))
	}
	slices.SortFunc(toA, strongest)
	slices.SortFunc(toB, strongest)
	toA, toB = toA[:min(len(toA), o.Top)], toB[:min(len(toB), o.Top)]
	if len(toA)+len(toB) == 0 {
		return ErrNoData
	}
	// Positions from the bottom: B's weakest ... B's strongest, A's weakest ... A's strongest.
	var names []string
	valsB := make(plotter.Values, len(toB))
	for i := range toB {
		r := toB[len(toB)-1-i]
		valsB[i] = r.Score
		names = append(names, word(r))
	}
	valsA := make(plotter.Values, len(toA))
	for i := range toA {
		r := toA[len(toA)-1-i]
		valsA[i] = r.Score
		names = append(names, word(r))
	}
	p := plot.New()
	p.Title.Text = label(o.Title)
	p.X.Label.Text = fmt.Sprintf("%s\n< 0: more in %s · > 0: more in %s", axis, label(nameB), label(nameA))
	p.X.Tick.Marker = roundTicks{}
	width := vg.Points(9)
	type entry struct {
		name string
		bars *plotter.BarChart
	}
	var legend []entry
	for _, half := range []struct {
		vals  plotter.Values
		xmin  float64
		color color.Color
		name  string
	}{{valsB, 0, colorB, nameB}, {valsA, float64(len(valsB)), colorA, nameA}} {
		if len(half.vals) == 0 {
			continue
		}
		bars, err := plotter.NewBarChart(half.vals, width)
		if err != nil {
			return err
		}
		bars.Horizontal = true
		bars.XMin = half.xmin
		bars.Color = half.color
		bars.LineStyle.Width = 0
		p.Add(bars)
		legend = append(legend, entry{label(half.name), bars})
	}
	// A's entry first: A's bars are the upper ones.
	for _, e := range slices.Backward(legend) {
		p.Legend.Add(e.name, e.bars)
	}
	// Room beyond the longest bar, whose end would otherwise sit on the frame.
	lo, hi := 0.0, 0.0
	for _, v := range append(slices.Clone(valsA), valsB...) {
		lo, hi = min(lo, v), max(hi, v)
	}
	p.X.Min, p.X.Max = lo-0.04*(hi-lo), hi+0.04*(hi-lo)
	zero, err := plotter.NewLine(plotter.XYs{{X: 0, Y: -0.5}, {X: 0, Y: float64(len(names)) - 0.5}})
	if err != nil {
		return err
	}
	zero.Color = colorGrey
	p.Add(zero)
	p.NominalY(names...)
	// Top left is empty: A's bars, at the top, run to the right.
	p.Legend.Top = true
	p.Legend.Left = true
	p.Legend.XOffs = vg.Points(6)
	wd, ht := o.Size.resolve(len(names))
	return write(w, p, wd, ht, format)
}

// scoreName returns what a [framing.KeyTerm]'s Score is under measure m (for an axis
// title): "z-score of the log-odds ratio (Monroe et al. 2008)" for the log-odds measure
// (and for "", which means it), "log-likelihood G2, signed" for g2, and so on. It returns an
// error for a measure framing does not have.
func scoreName(m framing.Measure) (string, error) {
	switch m {
	case "", framing.MeasureLogOdds:
		return "z-score of the log-odds ratio (Monroe et al. 2008)", nil
	case framing.MeasureLogLikelihood:
		return "log-likelihood G², signed", nil
	case framing.MeasureLogLikelihood2:
		return "log-likelihood G², two-term (UCREL), signed", nil
	case framing.MeasureChiSquare:
		return "chi-square, signed", nil
	case framing.MeasureChiSquareYates:
		return "chi-square with Yates's correction, signed", nil
	case framing.MeasureChiSquareQuanteda:
		return "chi-square with quanteda's correction, signed", nil
	case framing.MeasureFisher:
		return "-log10 p of Fisher's exact test, signed", nil
	case framing.MeasureLogRatio:
		return "Log Ratio (log2 of the ratio of relative frequencies)", nil
	case framing.MeasureLRC:
		return "conservative Log Ratio (LRC)", nil
	case framing.MeasurePMI:
		return "pointwise mutual information (ln)", nil
	case framing.MeasurePercentDiff:
		return "%DIFF (percent difference of relative frequencies)", nil
	case framing.MeasureScaledF:
		return "scaled F-score, A's minus B's", nil
	case "mantel-haenszel": // report.MeasureMantelHaenszel: terms pooled over events
		return "z of the Mantel–Haenszel log odds ratio, pooled over events", nil
	}
	return "", fmt.Errorf("figures: unknown measure %q", m)
}

// word is the label of a row: its most frequent word, else its term.
func word(r framing.KeyTerm) string {
	if r.Word != "" {
		return label(r.Word)
	}
	return label(r.Term)
}

// A ForestRow is one line of a forest plot: an estimate with its interval.
type ForestRow struct {
	Label    string  // the row's label, e.g. an event
	Estimate float64 // the point estimate, e.g. a log odds ratio
	Low      float64 // the interval's lower end
	High     float64 // the interval's upper end
	// Pooled marks a summary row (drawn as a filled square, larger, after a gap).
	Pooled bool
}

// ForestOptions tunes [Forest]. The zero value is the documented default.
type ForestOptions struct {
	Title  string // above the plot (default: none)
	XLabel string // below the axis (default: "log odds ratio")
	// Reference is where the vertical no-effect line is drawn (default 0, for log odds
	// ratios).
	Reference float64
	Size      Size
}

// Forest writes a forest plot: one row per estimate from the top down, a point at the
// estimate and a horizontal line across its interval, pooled rows as larger squares, and a
// dashed vertical line at the reference value. Every value must be finite and Low <=
// Estimate <= High.
func Forest(w io.Writer, format string, rows []ForestRow, opts *ForestOptions) error {
	var o ForestOptions
	if opts != nil {
		o = *opts
	}
	if o.XLabel == "" {
		o.XLabel = "log odds ratio"
	}
	if len(rows) == 0 {
		return ErrNoData
	}
	n := len(rows)
	var single, pooled plotter.XYs
	var errs struct {
		plotter.XYs
		plotter.XErrors
	}
	names := make([]string, n)
	lo, hi := o.Reference, o.Reference
	for i, r := range rows {
		for _, v := range []float64{r.Estimate, r.Low, r.High} {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return fmt.Errorf("figures: row %q has a value %v", r.Label, v)
			}
		}
		if r.Low > r.Estimate || r.Estimate > r.High {
			return fmt.Errorf("figures: row %q: want Low <= Estimate <= High, have %g, %g, %g", r.Label, r.Low, r.Estimate, r.High)
		}
		y := float64(n - 1 - i)
		names[n-1-i] = label(r.Label)
		pt := plotter.XY{X: r.Estimate, Y: y}
		if r.Pooled {
			pooled = append(pooled, pt)
		} else {
			single = append(single, pt)
		}
		errs.XYs = append(errs.XYs, pt)
		errs.XErrors = append(errs.XErrors, struct{ Low, High float64 }{r.Estimate - r.Low, r.High - r.Estimate})
		lo, hi = min(lo, r.Low), max(hi, r.High)
	}
	p := plot.New()
	p.Title.Text = label(o.Title)
	p.X.Label.Text = label(o.XLabel)
	p.X.Tick.Marker = roundTicks{ref: o.Reference}
	bars, err := plotter.NewXErrorBars(errs)
	if err != nil {
		return err
	}
	bars.Color = colorGrey
	p.Add(bars)
	for _, set := range []struct {
		xys    plotter.XYs
		glyph  draw.GlyphDrawer
		radius vg.Length
		color  color.Color
	}{{single, draw.CircleGlyph{}, vg.Points(3), colorA}, {pooled, draw.BoxGlyph{}, vg.Points(5), color.Black}} {
		if len(set.xys) == 0 {
			continue
		}
		s, err := plotter.NewScatter(set.xys)
		if err != nil {
			return err
		}
		s.GlyphStyle.Shape, s.GlyphStyle.Radius, s.GlyphStyle.Color = set.glyph, set.radius, set.color
		p.Add(s)
	}
	ref, err := plotter.NewLine(plotter.XYs{{X: o.Reference, Y: -0.5}, {X: o.Reference, Y: float64(n) - 0.5}})
	if err != nil {
		return err
	}
	ref.Color, ref.Dashes = colorRef, []vg.Length{vg.Points(3), vg.Points(3)}
	p.Add(ref)
	p.NominalY(names...)
	pad := 0.05 * (hi - lo)
	if pad == 0 {
		pad = 1
	}
	p.X.Min, p.X.Max = lo-pad, hi+pad
	wd, ht := o.Size.resolve(n)
	return write(w, p, wd, ht, format)
}

// pdfDate matches the dates a PDF writer stamps into the file.
var pdfDate = regexp.MustCompile(`\(D:\d{14}`)

// write renders p in the format, with PDF dates fixed so that the bytes are reproducible.
func write(w io.Writer, p *plot.Plot, wd, ht vg.Length, format string) error {
	return writeDraw(w, wd, ht, format, p.Draw)
}

// writeDraw renders what drawing draws on a canvas of wd × ht in the format, as write
// does (for a figure of more than one plot).
func writeDraw(w io.Writer, wd, ht vg.Length, format string, drawing func(draw.Canvas)) error {
	switch format {
	case "png", "svg", "pdf":
	default:
		return fmt.Errorf("%w: %q", ErrFormat, format)
	}
	var wt io.WriterTo
	if format == "pdf" {
		c := vgpdf.New(wd, ht)
		drawing(draw.New(pdfCanvas{c}))
		wt = c
	} else {
		c, err := draw.NewFormattedCanvas(wd, ht, format)
		if err != nil {
			return err
		}
		drawing(draw.New(c))
		wt = c
	}
	var buf bytes.Buffer
	if _, err := wt.WriteTo(&buf); err != nil {
		return err
	}
	out := buf.Bytes()
	if format == "pdf" {
		// Same length, so the file's cross-reference offsets stay right.
		out = pdfDate.ReplaceAll(out, []byte("(D:20000101000000"))
	}
	_, err := w.Write(out)
	return err
}

// roundTicks is an axis's labelled ticks at a round step (1, 2 or 5 times a power of ten)
// chosen for four to eight parts over the range, with one more at ref (the no-effect value)
// when no tick falls on it.
type roundTicks struct {
	ref float64
}

func (t roundTicks) Ticks(lo, hi float64) []plot.Tick {
	if !(hi > lo) {
		return []plot.Tick{{Value: lo, Label: tickLabel(lo, 1)}}
	}
	step := roundStep(hi - lo)
	var out []plot.Tick
	hasRef := false
	for k := math.Ceil(lo / step); k*step <= hi+step*1e-9; k++ {
		v := k * step
		if k == 0 {
			v = 0 // no "-0"
		}
		out = append(out, plot.Tick{Value: v, Label: tickLabel(v, step)})
		hasRef = hasRef || math.Abs(v-t.ref) < step*1e-9
	}
	if !hasRef && t.ref >= lo && t.ref <= hi {
		out = append(out, plot.Tick{Value: t.ref, Label: strconv.FormatFloat(t.ref, 'f', -1, 64)})
	}
	// Unlabelled ticks halfway between the labelled ones.
	for k := math.Ceil(lo/step - 0.5); (k+0.5)*step <= hi; k++ {
		out = append(out, plot.Tick{Value: (k + 0.5) * step})
	}
	slices.SortFunc(out, func(a, b plot.Tick) int { return cmp.Compare(a.Value, b.Value) })
	return out
}

// roundStep returns the step, 1, 2 or 5 times a power of ten, that cuts span into four to
// eight parts.
func roundStep(span float64) float64 {
	mag := math.Pow(10, math.Floor(math.Log10(span/4)))
	for _, f := range []float64{1, 2, 5, 10} {
		if span/(f*mag) <= 8 {
			return f * mag
		}
	}
	return 10 * mag
}

// tickLabel writes v with as many decimals as a step of step needs.
func tickLabel(v, step float64) string {
	d := 0
	if step > 0 && step < 1 {
		d = int(math.Ceil(-math.Log10(step) - 1e-9))
	}
	return strconv.FormatFloat(v, 'f', d, 64)
}
