package figures

import (
	"bytes"
	"errors"
	"image/png"
	"math"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// timeline counts "sanctions" and "trade" by month on two sides over documents written
// here. Per 1,000 counted words (stop words and "on", "were" not counted):
//
//	         State                          Wire
//	2024-01  s1: sanctions 2/5, trade 1/5   w1: sanctions 1/4, trade 0/4
//	2024-02  no documents                   w2: sanctions 1/3, trade 1/3
//	2024-03  s2: sanctions 1/4, trade 1/4   no documents
//	2024-04  s3: 0/3, 0/3                   w3: 0/3, trade 1/3
//	2024-05  no documents                   no documents
//	2024-06  s4: 0/3, 0/3                   no documents
//
// so State's lines break in February and May, Wire's in March and May, and May is empty.
func timeline(t *testing.T) *framing.Timeline {
	t.Helper()
	day := func(s string) time.Time {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	var c corpus.Corpus
	err := c.Add(
		corpus.Document{ID: "s1", Event: "e", Outlet: "State", Published: day("2024-01-03"), Text: "Sanctions failed. Sanctions hurt trade."},
		corpus.Document{ID: "s2", Event: "e", Outlet: "State", Published: day("2024-03-12"), Text: "Trade grew despite sanctions."},
		corpus.Document{ID: "s3", Event: "e", Outlet: "State", Published: day("2024-04-02"), Text: "Farmers exported grain."},
		corpus.Document{ID: "s4", Event: "e", Outlet: "State", Published: day("2024-06-30"), Text: "Grain prices fell."},
		corpus.Document{ID: "w1", Event: "e", Outlet: "Wire", Published: day("2024-01-20"), Text: "New sanctions were announced on Monday."},
		corpus.Document{ID: "w2", Event: "e", Outlet: "Wire", Published: day("2024-02-20"), Text: "Sanctions on trade widened."},
		corpus.Document{ID: "w3", Event: "e", Outlet: "Wire", Published: day("2024-04-22"), Text: "Trade talks resumed."},
	)
	if err != nil {
		t.Fatal(err)
	}
	var an framing.Analyzer
	tl, err := framing.CountTimeline(&an, c.Docs(), []corpus.Side{corpus.OutletSide("State"), corpus.OutletSide("Wire")},
		&framing.TimelineOptions{Terms: []string{"sanctions", "trade"}})
	if err != nil {
		t.Fatal(err)
	}
	return tl
}

// svgShapes returns, for each colour, the vertices of the lines stroked in it (legend
// samples included) and the number of dots and of filled polygons (bars, bands) in it.
func svgShapes(svg string) (lines map[string][]int, dots, fills map[string]int) {
	lines, dots, fills = map[string][]int{}, map[string]int{}, map[string]int{}
	re := regexp.MustCompile(`<path d="([^"]*)" style="([^"]*)"`)
	for _, m := range re.FindAllStringSubmatch(svg, -1) {
		d, style := m[1], m[2]
		switch {
		case strings.Contains(style, "fill:none;stroke:#") && strings.Contains(style, "stroke-width:1.5"):
			col := style[len("fill:none;stroke:") : len("fill:none;stroke:")+7]
			lines[col] = append(lines[col], strings.Count(d, "L")+1)
		case strings.HasPrefix(style, "fill:#") && strings.Contains(d, "A2,2"):
			dots[style[len("fill:"):len("fill:")+7]]++
		case strings.HasPrefix(style, "fill:#"):
			fills[style[len("fill:"):len("fill:")+7]]++
		}
	}
	return lines, dots, fills
}

func TestTimeline(t *testing.T) {
	tl := timeline(t)
	for _, format := range []string{"png", "svg", "pdf"} {
		t.Run(format, func(t *testing.T) {
			var a, b bytes.Buffer
			if err := Timeline(&a, format, tl, &TimelineOptions{Title: "Over time"}); err != nil {
				t.Fatal(err)
			}
			if err := Timeline(&b, format, timeline(t), &TimelineOptions{Title: "Over time"}); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Error("two runs gave different bytes")
			}
			switch format {
			case "png":
				img, err := png.Decode(bytes.NewReader(a.Bytes()))
				if err != nil {
					t.Fatal(err)
				}
				if r := img.Bounds(); r.Dx() < 400 || r.Dy() < 200 {
					t.Errorf("image %v too small", r)
				}
			case "svg":
				for _, w := range []string{"Over time", "sanctions · State", "trade · Wire", "2024-01", "2024-06", "documents", "per 1000 words", "start of the month (UTC)"} {
					if !strings.Contains(a.String(), w) {
						t.Errorf("SVG lacks %q", w)
					}
				}
			}
		})
	}
}

// TestTimelineGaps: a line runs only through consecutive periods with counted words (see
// timeline's table), a dot marks each such period, the bars count each side's documents,
// and the period without documents is shaded.
func TestTimelineGaps(t *testing.T) {
	var buf bytes.Buffer
	if err := Timeline(&buf, "svg", timeline(t), nil); err != nil {
		t.Fatal(err)
	}
	lines, dots, fills := svgShapes(buf.String())
	// State (blue): sanctions and trade each run March–April (2 periods); January and
	// June stand alone. Wire (orange): each runs January–February; April stands alone.
	// Each series adds a legend sample of 2 vertices.
	for col, want := range map[string][]int{"#0072B2": {2, 2, 2, 2}, "#D55E00": {2, 2, 2, 2}} {
		got := slices.Clone(lines[col])
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("lines in %s through %v periods, want %v", col, got, want)
		}
	}
	// Dots: State 4 periods with words × 2 series, Wire 3 × 2, and a legend dot each.
	if dots["#0072B2"] != 4*2+2 || dots["#D55E00"] != 3*2+2 {
		t.Errorf("dots %v, want 10 blue and 8 orange", dots)
	}
	// Bars: State has documents in 4 months, Wire in 3; May is shaded.
	if fills["#0072B2"] != 4 || fills["#D55E00"] != 3 || fills["#EEEEEE"] != 1 {
		t.Errorf("filled shapes %v, want 4 blue bars, 3 orange and 1 band", fills)
	}
	// One series, chosen by name: its lines only.
	buf.Reset()
	if err := Timeline(&buf, "svg", timeline(t), &TimelineOptions{Series: []string{"trade"}}); err != nil {
		t.Fatal(err)
	}
	lines, dots, _ = svgShapes(buf.String())
	if len(lines["#0072B2"]) != 2 || dots["#0072B2"] != 4+1 || strings.Contains(buf.String(), "sanctions") {
		t.Errorf("trade alone: lines %v, dots %v", lines, dots)
	}
}

func TestTimelineBadInput(t *testing.T) {
	var buf bytes.Buffer
	if err := Timeline(&buf, "png", nil, nil); !errors.Is(err, ErrNoData) {
		t.Errorf("no timeline: %v", err)
	}
	if err := Timeline(&buf, "png", &framing.Timeline{Sides: []string{"a"}}, nil); !errors.Is(err, ErrNoData) {
		t.Errorf("no points: %v", err)
	}
	if err := Timeline(&buf, "gif", timeline(t), nil); !errors.Is(err, ErrFormat) {
		t.Errorf("gif: %v", err)
	}
	if err := Timeline(&buf, "png", timeline(t), &TimelineOptions{Series: []string{"tariffs"}}); err == nil {
		t.Error("a series the timeline lacks: no error")
	}
	nan := timeline(t)
	nan.Points[3].Rate = math.NaN()
	if err := Timeline(&buf, "png", nan, nil); err == nil {
		t.Error("a NaN rate: no error")
	}
	swapped := timeline(t)
	swapped.Points[0], swapped.Points[2] = swapped.Points[2], swapped.Points[0]
	if err := Timeline(&buf, "png", swapped, nil); err == nil {
		t.Error("points out of order: no error")
	}
	cut := timeline(t)
	cut.Points = cut.Points[:len(cut.Points)-1]
	if err := Timeline(&buf, "png", cut, nil); err == nil {
		t.Error("a point missing: no error")
	}
	// Seven series: one more than there are dashes.
	many := timeline(t)
	var pts []framing.TimePoint
	for k := range 7 {
		for _, p := range many.Points[:len(many.Points)/2] {
			p.Series = string(rune('a' + k))
			pts = append(pts, p)
		}
	}
	many.Points = pts
	if err := Timeline(&buf, "png", many, nil); err == nil {
		t.Error("seven series: no error")
	}
}

// TestTimelineHostileNames: names from the data are drawn as figures draw every label
// (controls and reordering characters as escapes).
func TestTimelineHostileNames(t *testing.T) {
	tl := timeline(t)
	rlo := "\u202e"
	tl.Sides[0] = "State" + rlo
	for i := range tl.Points {
		if tl.Points[i].Side == "State" {
			tl.Points[i].Side = "State" + rlo
		}
		tl.Points[i].Series += "</text>" + rlo
	}
	var buf bytes.Buffer
	if err := Timeline(&buf, "svg", tl, nil); err != nil {
		t.Fatal(err)
	}
	if s := buf.String(); strings.Contains(s, rlo) || strings.Contains(s, "</text>\\u202e") || !strings.Contains(s, `State\u202e`) || !strings.Contains(s, `&lt;/text&gt;\u202e`) {
		t.Error("hostile names not escaped in the SVG")
	}
}
