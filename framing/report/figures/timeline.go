package figures

// timeline.go: rates over time (what framing.CountTimeline counts), with each side's
// documents per period below.

import (
	"fmt"
	"image/color"
	"io"
	"math"
	"slices"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/framediff/framediff/framing"
)

// TimelineOptions tunes [Timeline]. The zero value is the documented default.
type TimelineOptions struct {
	// Series are the series drawn, by their names (framing.TimePoint.Series: a term as
	// followed, or a category); nil means every series of the timeline. At most six.
	Series []string
	Title  string // above the plot (default: none)
	// YLabel is the rates' axis title (default "per N words", N the timeline's Per).
	YLabel string
	Size   Size
}

// dashes tell the series apart (the sides are told apart by colour).
var dashes = [][]vg.Length{nil, {vg.Points(5), vg.Points(3)}, {vg.Points(1.5), vg.Points(2.5)},
	{vg.Points(6), vg.Points(2), vg.Points(1.5), vg.Points(2)}, {vg.Points(9), vg.Points(3)}, {vg.Points(3), vg.Points(1.5)}}

// Timeline writes a line plot of a [framing.Timeline]: for each series drawn and each
// side, the rate per period as a line (the side by its colour, the series by its dash)
// with a dot at each period, broken where the side has no counted words in the period (a
// period without documents is a gap, not a zero rate); periods without documents on any
// side shaded; and below, each side's documents per period as bars. The periods are evenly
// spaced, one step each, and labelled by their start in the timeline's time zone (a month
// as 2006-01, a week or a day as 2006-01-02). Documents without a date (Timeline.Undated)
// are not drawn. Every rate must be finite and at least 0, and the points must be the
// timeline's grid (every series, period and side, in CountTimeline's order); at most
// eight sides.
func Timeline(w io.Writer, format string, tl *framing.Timeline, opts *TimelineOptions) error {
	var o TimelineOptions
	if opts != nil {
		o = *opts
	}
	if tl == nil || len(tl.Points) == 0 {
		return ErrNoData
	}
	ns := len(tl.Sides)
	if ns == 0 || ns > len(sideColors) {
		return fmt.Errorf("figures: timeline of %d sides (want 1 to %d)", ns, len(sideColors))
	}
	// The grid: series × periods × sides.
	var starts []time.Time
	for i := 0; i < len(tl.Points); i += ns {
		s := tl.Points[i].Start
		if len(starts) > 0 && s.Equal(starts[0]) {
			break
		}
		starts = append(starts, s)
	}
	np := len(starts)
	if len(tl.Points)%(np*ns) != 0 {
		return fmt.Errorf("figures: %d points are not a grid of %d periods and %d sides", len(tl.Points), np, ns)
	}
	nser := len(tl.Points) / (np * ns)
	at := func(k, j, s int) framing.TimePoint { return tl.Points[(k*np+j)*ns+s] }
	for i, p := range tl.Points {
		k, j, s := i/(np*ns), i/ns%np, i%ns
		if p.Side != tl.Sides[s] || !p.Start.Equal(starts[j]) || p.Series != at(k, 0, 0).Series || p.Lexicon != at(k, 0, 0).Lexicon {
			return fmt.Errorf("figures: point %d (%q, %q, %s) is out of the timeline's order", i, p.Series, p.Side, p.Start.Format(time.RFC3339))
		}
		if math.IsNaN(p.Rate) || math.IsInf(p.Rate, 0) || p.Rate < 0 || p.Documents < 0 {
			return fmt.Errorf("figures: point %d (%q, %q, %s) has rate %v and %d documents", i, p.Series, p.Side, p.Start.Format(time.RFC3339), p.Rate, p.Documents)
		}
	}
	var chosen []int
	for k := range nser {
		if o.Series == nil || slices.Contains(o.Series, at(k, 0, 0).Series) {
			chosen = append(chosen, k)
		}
	}
	for _, name := range o.Series {
		if !slices.ContainsFunc(tl.Points, func(p framing.TimePoint) bool { return p.Series == name }) {
			return fmt.Errorf("figures: the timeline has no series %q", name)
		}
	}
	if len(chosen) == 0 {
		return ErrNoData
	}
	if len(chosen) > len(dashes) {
		return fmt.Errorf("figures: %d series (at most %d)", len(chosen), len(dashes))
	}
	if o.YLabel == "" {
		o.YLabel = fmt.Sprintf("per %d words", tl.Per)
	}
	layout := "2006-01-02"
	if tl.Period == framing.PeriodMonth {
		layout = "2006-01"
	}
	names := make([]string, np)
	for j, s := range starts {
		names[j] = s.Format(layout)
	}

	// The rates.
	top := plot.New()
	top.Title.Text = label(o.Title)
	top.Y.Label.Text = label(o.YLabel)
	top.Y.Tick.Marker = roundTicks{}
	top.HideX()
	top.X.Min, top.X.Max = -0.5, float64(np)-0.5
	var empty []int
	for j := range np {
		none := true
		for s := range ns {
			none = none && at(0, j, s).Documents == 0
		}
		if none {
			empty = append(empty, j)
		}
	}
	top.Add(bands{periods: empty, color: color.Gray{Y: 0xEE}})
	ymax := 0.0
	for _, k := range chosen {
		for s := range ns {
			var run plotter.XYs
			var first *plotter.Line
			var dots plotter.XYs
			flush := func() error {
				if len(run) > 1 {
					line, err := plotter.NewLine(run)
					if err != nil {
						return err
					}
					line.Color, line.Width, line.Dashes = sideColors[s], vg.Points(1.5), dashes[slices.Index(chosen, k)]
					top.Add(line)
					if first == nil {
						first = line
					}
				}
				run = nil
				return nil
			}
			for j := range np {
				p := at(k, j, s)
				if p.Words == 0 {
					if err := flush(); err != nil {
						return err
					}
					continue
				}
				run = append(run, plotter.XY{X: float64(j), Y: p.Rate})
				dots = append(dots, plotter.XY{X: float64(j), Y: p.Rate})
				ymax = max(ymax, p.Rate)
			}
			if err := flush(); err != nil {
				return err
			}
			// The legend's sample: the series' dash in the side's colour.
			sample := first
			if sample == nil {
				sample = &plotter.Line{LineStyle: draw.LineStyle{Color: sideColors[s], Width: vg.Points(1.5), Dashes: dashes[slices.Index(chosen, k)]}}
			}
			entry := []plot.Thumbnailer{sample}
			if len(dots) > 0 {
				sc, err := plotter.NewScatter(dots)
				if err != nil {
					return err
				}
				sc.GlyphStyle.Shape, sc.GlyphStyle.Radius, sc.GlyphStyle.Color = draw.CircleGlyph{}, vg.Points(2), sideColors[s]
				top.Add(sc)
				entry = append(entry, sc)
			}
			top.Legend.Add(label(seriesName(at(k, 0, 0))+" · "+tl.Sides[s]), entry...)
		}
	}
	if ymax == 0 {
		ymax = 1
	}
	wd, ht := o.Size.resolve(12)
	strip := ht * 0.28
	// Room above the highest rate for the legend (at the top right, a row per entry).
	entries := len(chosen) * ns
	rows := vg.Length(entries)*top.Legend.TextStyle.Height("M") + vg.Points(10)
	frac := min(0.6, float64(rows/(ht-strip-vg.Points(40))))
	top.Y.Min, top.Y.Max = 0, ymax*1.04/(1-frac)
	top.Legend.Top = true

	// The documents.
	bottom := plot.New()
	bottom.Y.Label.Text = "documents"
	bottom.X.Label.Text = label(fmt.Sprintf("start of the %s (%s)", tl.Period, tl.Zone))
	bottom.X.Tick.Marker = periodTicks(names)
	bottom.X.Min, bottom.X.Max = -0.5, float64(np)-0.5
	var docs [][]float64
	dmax := 0.0
	for s := range ns {
		row := make([]float64, np)
		for j := range np {
			row[j] = float64(at(0, j, s).Documents)
			dmax = max(dmax, row[j])
		}
		docs = append(docs, row)
	}
	bottom.Add(docBars{docs: docs})
	bottom.Y.Min, bottom.Y.Max = 0, max(dmax, 1)
	bottom.Y.Tick.Marker = plot.ConstantTicks{{Value: 0, Label: "0"}, {Value: bottom.Y.Max, Label: fmt.Sprint(bottom.Y.Max)}}
	return writeDraw(w, wd, ht, format, func(c draw.Canvas) {
		tc := draw.Crop(c, 0, 0, strip, 0)
		bc := draw.Crop(c, 0, 0, 0, strip-ht)
		// The two plots' data areas one above the other, at the same x.
		dt, db := top.DataCanvas(tc), bottom.DataCanvas(bc)
		left := max(dt.Min.X-tc.Min.X, db.Min.X-bc.Min.X)
		right := max(tc.Max.X-dt.Max.X, bc.Max.X-db.Max.X)
		tc = draw.Crop(tc, left-(dt.Min.X-tc.Min.X), (tc.Max.X-dt.Max.X)-right, 0, 0)
		bc = draw.Crop(bc, left-(db.Min.X-bc.Min.X), (bc.Max.X-db.Max.X)-right, 0, 0)
		top.Draw(tc)
		bottom.Draw(bc)
	})
}

// seriesName is a series as a legend names it: a term as followed, a category with its
// lexicon.
func seriesName(p framing.TimePoint) string {
	if p.Lexicon != "" {
		return p.Series + " (" + p.Lexicon + ")"
	}
	return p.Series
}

// periodTicks labels the periods (at 0, 1, ...) by their names, at most ten of them at
// an even step; the others get unlabelled ticks.
type periodTicks []string

func (t periodTicks) Ticks(lo, hi float64) []plot.Tick {
	every := max(1, (len(t)+9)/10)
	var out []plot.Tick
	for j, name := range t {
		tick := plot.Tick{Value: float64(j)}
		if j%every == 0 {
			tick.Label = name
		}
		out = append(out, tick)
	}
	return out
}

// bands shades whole periods (at 0, 1, ...) across the plot's height.
type bands struct {
	periods []int
	color   color.Color
}

func (b bands) Plot(c draw.Canvas, p *plot.Plot) {
	x, _ := p.Transforms(&c)
	for _, j := range b.periods {
		x0, x1 := x(float64(j)-0.5), x(float64(j)+0.5)
		c.FillPolygon(b.color, c.ClipPolygonXY([]vg.Point{{X: x0, Y: c.Min.Y}, {X: x1, Y: c.Min.Y}, {X: x1, Y: c.Max.Y}, {X: x0, Y: c.Max.Y}}))
	}
}

// docBars draws each side's documents per period as bars side by side within the period,
// in the sides' colours.
type docBars struct {
	docs [][]float64 // by side, then period
}

func (d docBars) Plot(c draw.Canvas, p *plot.Plot) {
	x, y := p.Transforms(&c)
	ns := float64(len(d.docs))
	for s, row := range d.docs {
		for j, v := range row {
			if v == 0 {
				continue
			}
			x0 := x(float64(j) - 0.4 + 0.8*float64(s)/ns)
			x1 := x(float64(j) - 0.4 + 0.8*float64(s+1)/ns)
			c.FillPolygon(sideColors[s], c.ClipPolygonXY([]vg.Point{{X: x0, Y: y(0)}, {X: x1, Y: y(0)}, {X: x1, Y: y(v)}, {X: x0, Y: y(v)}}))
		}
	}
}

func (d docBars) DataRange() (xmin, xmax, ymin, ymax float64) {
	n := 0
	for _, row := range d.docs {
		n = max(n, len(row))
		for _, v := range row {
			ymax = max(ymax, v)
		}
	}
	return -0.5, float64(n) - 0.5, 0, ymax
}
