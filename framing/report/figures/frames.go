package figures

// frames.go: a dot plot of frame prevalence per side, with intervals (what
// framing/frames' Prevalence estimates).

import (
	"fmt"
	"image/color"
	"io"
	"math"
	"slices"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// A PrevalenceRow is one side's estimated share of documents carrying one frame, with its
// interval (a framing/frames Share over all events).
type PrevalenceRow struct {
	Frame    string  // the frame, one line of the plot
	Side     string  // the side, one colour
	Estimate float64 // the share, in [0, 1]
	Low      float64 // the interval's lower end
	High     float64 // the interval's upper end
}

// PrevalenceOptions tunes [Prevalence]. The zero value is the documented default.
type PrevalenceOptions struct {
	Title  string // above the plot (default: none)
	XLabel string // below the axis (default: "share of documents with the frame")
	Size   Size
}

// Okabe–Ito colours for up to eight sides: the first two are the sides' colours of the
// other figures.
var sideColors = []color.Color{colorA, colorB,
	color.RGBA{R: 0x00, G: 0x9E, B: 0x73, A: 0xFF}, color.RGBA{R: 0xCC, G: 0x79, B: 0xA7, A: 0xFF},
	color.RGBA{R: 0xE6, G: 0x9F, B: 0x00, A: 0xFF}, color.RGBA{R: 0x56, G: 0xB4, B: 0xE9, A: 0xFF},
	color.RGBA{R: 0xF0, G: 0xE4, B: 0x42, A: 0xFF}, color.Black}

// Prevalence writes a dot plot of frame prevalence: one line per frame (in the order of
// the rows' first appearance, from the top down), on it one point per side (in a colour
// of its own, sides in the order of their first appearance, offset so that they do not
// overlap) at its estimate, with a horizontal line across its interval, on an axis from 0
// to 1. Every value must lie in [0, 1] with Low <= Estimate <= High; at most eight sides.
func Prevalence(w io.Writer, format string, rows []PrevalenceRow, opts *PrevalenceOptions) error {
	var o PrevalenceOptions
	if opts != nil {
		o = *opts
	}
	if o.XLabel == "" {
		o.XLabel = "share of documents with the frame"
	}
	if len(rows) == 0 {
		return ErrNoData
	}
	var frames, sides []string
	for _, r := range rows {
		for _, v := range []float64{r.Estimate, r.Low, r.High} {
			if math.IsNaN(v) || v < 0 || v > 1 {
				return fmt.Errorf("figures: frame %q, side %q has a value %v outside [0, 1]", r.Frame, r.Side, v)
			}
		}
		if r.Low > r.Estimate || r.Estimate > r.High {
			return fmt.Errorf("figures: frame %q, side %q: want Low <= Estimate <= High, have %g, %g, %g", r.Frame, r.Side, r.Low, r.Estimate, r.High)
		}
		if !slices.Contains(frames, r.Frame) {
			frames = append(frames, r.Frame)
		}
		if !slices.Contains(sides, r.Side) {
			sides = append(sides, r.Side)
		}
	}
	if len(sides) > len(sideColors) {
		return fmt.Errorf("figures: %d sides (at most %d)", len(sides), len(sideColors))
	}
	p := plot.New()
	p.Title.Text = o.Title
	p.X.Label.Text = o.XLabel
	p.X.Min, p.X.Max = 0, 1
	n := len(frames)
	// Sides spread over 0.6 of a line, the first at the top.
	offset := func(s int) float64 {
		if len(sides) == 1 {
			return 0
		}
		return 0.3 - 0.6*float64(s)/float64(len(sides)-1)
	}
	for s, side := range sides {
		var pts plotter.XYs
		var errs plotter.XErrors
		for _, r := range rows {
			if r.Side != side {
				continue
			}
			y := float64(n-1-slices.Index(frames, r.Frame)) + offset(s)
			pts = append(pts, plotter.XY{X: r.Estimate, Y: y})
			errs = append(errs, struct{ Low, High float64 }{r.Estimate - r.Low, r.High - r.Estimate})
		}
		bars, err := plotter.NewXErrorBars(struct {
			plotter.XYs
			plotter.XErrors
		}{pts, errs})
		if err != nil {
			return err
		}
		bars.Color = sideColors[s]
		bars.CapWidth = vg.Points(3)
		p.Add(bars)
		dots, err := plotter.NewScatter(pts)
		if err != nil {
			return err
		}
		dots.GlyphStyle.Shape, dots.GlyphStyle.Radius, dots.GlyphStyle.Color = draw.CircleGlyph{}, vg.Points(3), sideColors[s]
		p.Add(dots)
		p.Legend.Add(side, dots)
	}
	names := make([]string, n)
	for i, f := range frames {
		names[n-1-i] = f
	}
	p.NominalY(names...)
	p.Y.Min, p.Y.Max = -0.5, float64(n)-0.5
	p.Legend.Top = true
	wd, ht := o.Size.resolve(n + len(sides)/2)
	return write(w, p, wd, ht, format)
}
