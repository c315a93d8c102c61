package report

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// Long names, as real corpora have them (a New York Times ID is a date and a headline).
const (
	longA  = "The State Outlet of a Long Name"
	longB  = "The Wire Service of a Long Name"
	longID = "2014-10-01T000000Z Protesters Fill the Streets Again as the Talks Stall-"
)

// plotsPage builds a report of the sample's state and wire accounts, with long side names
// and document IDs, few terms kept with their statistics (Top 40) and groups of outlets,
// and opens it in headless Chromium.
func plotsPage(t *testing.T) (r *Report, g *framing.Groups, rows []framing.KeyTerm, eval func(t *testing.T, js string, out any)) {
	t.Helper()
	exe := browser(t)
	a, b := sampleAllSides(t)
	for _, docs := range [][]corpus.Document{a, b} {
		for i := range docs {
			docs[i].ID = longID + docs[i].ID
		}
	}
	an := &framing.Analyzer{Voices: framing.OwnVoice}
	r, err := Build(an, a, b, longA, longB, nil, &Options{Top: 40, KWICTerms: 40, Lump: true, Pool: &framing.PoolOptions{Permutations: 50, MinEvents: 2}})
	if err != nil {
		t.Fatal(err)
	}
	var outlets []corpus.Side
	for _, d := range slices.Concat(a, b) {
		if !slices.ContainsFunc(outlets, func(s corpus.Side) bool { return s.Name == d.Outlet }) {
			outlets = append(outlets, corpus.OutletSide(d.Outlet))
		}
	}
	all := func(yield func(corpus.Document, error) bool) {
		for _, d := range slices.Concat(a, b) {
			if !yield(d, nil) {
				return
			}
		}
	}
	if g, err = framing.CompareGroups(an, all, outlets, &framing.GroupOptions{Pool: framing.PoolOptions{Permutations: -1}}); err != nil {
		t.Fatal(err)
	}
	r.AddGroups(g)
	// Every term, scored as the report scores them.
	ps, err := an.Profiles(a, b)
	if err != nil {
		t.Fatal(err)
	}
	if rows, err = framing.Keyness(ps[0], ps[1], &framing.KeynessOptions{N: 1}); err != nil {
		t.Fatal(err)
	}
	var page bytes.Buffer
	if err := r.WriteHTML(&page); err != nil {
		t.Fatal(err)
	}
	ctx, problems := openPage(t, exe, t.TempDir(), page.Bytes())
	t.Cleanup(func() {
		for _, p := range problems() {
			t.Errorf("console: %s", p)
		}
	})
	eval = func(t *testing.T, js string, out any) {
		t.Helper()
		b, err := chromedp.Run(ctx, chromedp.Evaluate[[]byte](js))
		if err == nil {
			err = json.Unmarshal(b, out)
		}
		if err != nil {
			t.Fatalf("%s: %v", js[:min(len(js), 80)], err)
		}
	}
	return r, g, rows, eval
}

// box is an element's place on the page (or in its SVG's coordinates).
type box struct {
	X, Y, W, H float64
	Text       string
	Value      float64 // a tick's or a bar's value, where it has one
}

func (b box) overlaps(c box) bool {
	return b.X < c.X+c.W && c.X < b.X+b.W && b.Y < c.Y+c.H && c.Y < b.Y+b.H
}

// TestPlotsInBrowser checks what the report's plots show, in headless Chromium: the scatter
// places every term (it showed the Top terms only, leaving an empty band along the
// diagonal) with ticks on both axes, labels that do not overlap, and a colour legend; the
// bar chart and the forest plot have numeric axes (0 marked); the heat map has values and
// a scale; keyword-in-context lines keep the match in view whatever the document's ID; and
// no scroll box cuts a row.
func TestPlotsInBrowser(t *testing.T) {
	r, g, rows, eval := plotsPage(t)

	t.Run("scatter shows every term", func(t *testing.T) {
		// Terms with the same counts share a point: one circle per pair of counts.
		pairs := map[[2]int][]string{}
		for _, row := range rows {
			k := [2]int{row.CountA, row.CountB}
			pairs[k] = append(pairs[k], row.Word)
		}
		var got struct {
			Circles int      `json:"circles"`
			Words   []string `json:"words"`
		}
		eval(t, `(function(){var d=JSON.parse(document.getElementById("data").textContent),w=[];(d.points||[]).forEach(function(p){w=w.concat(p.words);});
return {circles:document.querySelectorAll("#scatter circle.pt").length,words:w};})()`, &got)
		if got.Circles != len(pairs) || len(rows) <= len(r.Terms) {
			t.Errorf("%d circles for %d terms with %d pairs of counts (%d kept with statistics)", got.Circles, len(rows), len(pairs), len(r.Terms))
		}
		var want []string
		for _, row := range rows {
			want = append(want, row.Word)
		}
		slices.Sort(want)
		slices.Sort(got.Words)
		if !slices.Equal(got.Words, want) {
			t.Errorf("the points hold %d words, the comparison has %d terms", len(got.Words), len(want))
		}
	})

	t.Run("scatter axes", func(t *testing.T) {
		var ticks struct{ X, Y []box }
		eval(t, `(function(){var f=function(s){return Array.prototype.map.call(document.querySelectorAll(s),function(e){return {X:+e.getAttribute("x"),Y:+e.getAttribute("y"),Text:e.textContent};});};
return {X:f("#scatter text.tick.x"),Y:f("#scatter text.tick.y")};})()`, &ticks)
		for name, ts := range map[string][]box{"x": ticks.X, "y": ticks.Y} {
			pos := map[float64]float64{}
			for _, b := range ts {
				v, err := rate(b.Text)
				if err != nil {
					t.Errorf("%s tick %q: %v", name, b.Text, err)
					continue
				}
				pos[v] = map[string]float64{"x": b.X, "y": -b.Y}[name] // up the page is more
			}
			if _, ok := pos[0]; !ok {
				t.Errorf("%s axis: no 0 tick in %v", name, ts)
			}
			// Powers of ten are equally spaced (a log scale), increasing along the axis.
			var tens []float64
			for v := 1e-3; v <= 1e7; v *= 10 {
				if _, ok := pos[v]; ok {
					tens = append(tens, v)
				}
			}
			if len(tens) < 2 {
				t.Errorf("%s axis: ticks at %v, want two or more powers of ten", name, ts)
				continue
			}
			step := pos[tens[1]] - pos[tens[0]]
			for i := 1; i < len(tens); i++ {
				if d := pos[tens[i]] - pos[tens[i-1]]; step <= 0 || math.Abs(d-step) > 1 || math.Abs(tens[i]/tens[i-1]-10) > 1e-9 {
					t.Errorf("%s axis: %g at %.1f, %g at %.1f: not a log scale", name, tens[i-1], pos[tens[i-1]], tens[i], pos[tens[i]])
				}
			}
			if pos[0] >= pos[tens[0]] {
				t.Errorf("%s axis: 0 at %.1f, not before %g at %.1f", name, pos[0], tens[0], pos[tens[0]])
			}
		}
	})

	t.Run("scatter labels", func(t *testing.T) {
		var got struct {
			Labels, Points []box
			Frame          box
		}
		eval(t, `(function(){var bb=function(e){var b=e.getBBox();return {X:b.x,Y:b.y,W:b.width,H:b.height,Text:e.textContent};};
var f=document.querySelector("#scatter rect");
return {Labels:Array.prototype.map.call(document.querySelectorAll("#scatter text.plabel"),bb),Points:Array.prototype.map.call(document.querySelectorAll("#scatter circle.pt"),bb),Frame:f?bb(f):{}};})()`, &got)
		if len(got.Labels) < 10 {
			t.Fatalf("%d labels", len(got.Labels))
		}
		// The points of the most distinctive terms of each side, and of the most frequent,
		// may be labelled (terms with the same counts share a point, and its label).
		type pair struct {
			n     int
			score float64
			words []string
		}
		at := map[[2]int]*pair{}
		var pairs []*pair
		for _, row := range rows {
			k := [2]int{row.CountA, row.CountB}
			if at[k] == nil {
				at[k] = &pair{n: row.CountA + row.CountB, score: row.Score}
				pairs = append(pairs, at[k])
			}
			at[k].words = append(at[k].words, row.Word)
		}
		eligible := map[string]bool{}
		allow := func(ps []*pair) {
			for _, p := range ps {
				for _, w := range p.words {
					eligible[w] = true
				}
			}
		}
		slices.SortStableFunc(pairs, func(x, y *pair) int { return cmp.Compare(y.score, x.score) })
		allow(pairs[:25])
		allow(pairs[len(pairs)-25:])
		slices.SortStableFunc(pairs, func(x, y *pair) int { return y.n - x.n })
		allow(pairs[:12])
		for i := range got.Labels {
			got.Labels[i].Text = unisolate(got.Labels[i].Text)
		}
		if w := r.Terms[0].Word; !slices.ContainsFunc(got.Labels, func(b box) bool { return b.Text == w }) {
			t.Errorf("the most distinctive term, %q, is not labelled", w)
		}
		// A word whose stem merges words that are not one word's inflections (r.Merges) is
		// marked "*"; no other is.
		merged := map[string]bool{}
		for _, t := range r.Terms {
			if slices.ContainsFunc(r.Merges, func(g framing.StemGroup) bool { return g.Term == t.Term }) {
				merged[t.Word] = true
			}
		}
		for i, l := range got.Labels {
			first := strings.Fields(l.Text)[0]
			if w, ok := strings.CutSuffix(first, "*"); ok {
				if !merged[w] {
					t.Errorf("label %q: marked *, but its stem merges no distinct words", l.Text)
				}
				first = w
			} else if merged[first] {
				t.Errorf("label %q: its stem merges distinct words, but it is not marked *", l.Text)
			}
			if !eligible[first] {
				t.Errorf("label %q: not among the most distinctive or frequent terms", l.Text)
			}
			if l.X < got.Frame.X || l.Y < got.Frame.Y || l.X+l.W > got.Frame.X+got.Frame.W || l.Y+l.H > got.Frame.Y+got.Frame.H {
				t.Errorf("label %q at %+v leaves the plot %+v", l.Text, l, got.Frame)
			}
			for _, m := range got.Labels[:i] {
				if l.overlaps(m) {
					t.Errorf("labels %q %+v and %q %+v overlap", l.Text, l, m.Text, m)
				}
			}
			n := 0
			for _, p := range got.Points {
				// Shrunk by a pixel: a label may touch its own point's edge.
				if l.overlaps(box{X: p.X + 1, Y: p.Y + 1, W: p.W - 2, H: p.H - 2}) {
					n++
				}
			}
			if n > 0 {
				t.Errorf("label %q covers %d points", l.Text, n)
			}
		}
	})

	t.Run("scatter colour legend", func(t *testing.T) {
		var got struct {
			Swatches int    `json:"swatches"`
			Text     string `json:"text"`
		}
		eval(t, `({swatches:document.querySelectorAll("#scatter rect.legend").length,text:document.getElementById("scatter").textContent})`, &got)
		got.Text = unisolate(got.Text)
		for _, want := range []string{"more in " + longA, "more in " + longB, "z-score of the log-odds ratio", "≥ 8", "≤ −8"} {
			if !strings.Contains(got.Text, want) {
				t.Errorf("the scatter does not say %q", want)
			}
		}
		if got.Swatches < 5 {
			t.Errorf("colour legend of %d swatches", got.Swatches)
		}
	})

	t.Run("bar chart axis", func(t *testing.T) {
		var got struct{ Ticks, Bars []box }
		eval(t, `(function(){return {Ticks:Array.prototype.map.call(document.querySelectorAll("#bars text.tick"),function(e){return {X:+e.getAttribute("x"),Text:e.textContent};}),
Bars:Array.prototype.map.call(document.querySelectorAll("#bars rect.bar"),function(e){return {X:+e.getAttribute("x"),W:+e.getAttribute("width"),Value:+e.getAttribute("data-score")};})};})()`, &got)
		at := linearAxis(t, "bar chart", got.Ticks)
		if at == nil {
			return
		}
		if len(got.Bars) == 0 {
			t.Fatal("no bars")
		}
		for _, b := range got.Bars {
			end := b.X // a bar toward B ends on the left
			if b.Value > 0 {
				end = b.X + b.W
			}
			if want := at(b.Value); math.Abs(end-want) > 1 {
				t.Errorf("bar of z %.2f ends at x %.1f; its axis puts %.2f at %.1f", b.Value, end, b.Value, want)
			}
			if base := map[bool]float64{true: b.X, false: b.X + b.W}[b.Value > 0]; math.Abs(base-at(0)) > 1 {
				t.Errorf("bar of z %.2f starts at x %.1f; 0 is at %.1f", b.Value, base, at(0))
			}
		}
	})

	t.Run("forest axis", func(t *testing.T) {
		var got struct {
			Ticks []box
			Ref   float64
			Text  string
		}
		eval(t, `(function(){var r=document.querySelector("#forest line.ref");return {Ticks:Array.prototype.map.call(document.querySelectorAll("#forest text.tick"),function(e){return {X:+e.getAttribute("x"),Text:e.textContent};}),
Ref:r?+r.getAttribute("x1"):-1,Text:document.getElementById("forest").textContent};})()`, &got)
		at := linearAxis(t, "forest", got.Ticks)
		if at == nil {
			return
		}
		if math.Abs(got.Ref-at(0)) > 0.5 {
			t.Errorf("the no-effect line is at x %.1f, 0 on the axis at %.1f", got.Ref, at(0))
		}
		if !strings.Contains(got.Text, "no effect") {
			t.Error("the forest plot does not say where no effect is")
		}
	})

	t.Run("heat map values and scale", func(t *testing.T) {
		var got struct {
			Values  []string
			Ticks   []string
			Legend  int
			Caption string
		}
		eval(t, `(function(){var m=function(s){return Array.prototype.map.call(document.querySelectorAll(s),function(e){return e.textContent;});};
return {Values:m("#heatmap text.val"),Ticks:m("#heatmap text.legend-tick"),Legend:document.querySelectorAll("#heatmap rect.legend").length,Caption:document.getElementById("heatmap").textContent};})()`, &got)
		var want []string
		top := 0.0
		for i, row := range g.Divergence.All {
			for j, v := range row {
				top = max(top, v)
				if i != j && v >= 0 {
					want = append(want, fmt.Sprintf("%.2f", v))
				}
			}
		}
		if len(want) == 0 {
			t.Fatal("no divergences")
		}
		if !slices.Equal(got.Values, want) {
			t.Errorf("cell values %q, want %q", got.Values, want)
		}
		if got.Legend < 5 || len(got.Ticks) < 2 || got.Ticks[0] != "0.00" || got.Ticks[len(got.Ticks)-1] != fmt.Sprintf("%.2f", top) {
			t.Errorf("colour scale: %d swatches, ticks %q, want 0.00 to %.2f", got.Legend, got.Ticks, top)
		}
		if !strings.Contains(got.Caption, "bits") {
			t.Error("the scale does not say its unit")
		}
	})

	t.Run("lines keep the match in view", func(t *testing.T) {
		var ok bool
		for _, how := range []string{"click", "search"} {
			js := `document.querySelector('#scatter circle.pt[data-i="0"]').dispatchEvent(new MouseEvent("click",{bubbles:true}))`
			if how == "search" {
				js = `(function(){var s=document.getElementById("search");s.value=` + jsString(r.Terms[1].Word) + `;s.dispatchEvent(new Event("input"));})()`
			}
			eval(t, `(function(){`+js+`;return true;})()`, &ok)
			var lines []struct{ Line, Mark, Doc box }
			eval(t, `(function(){var rb=function(e){if(!e){return {};}var b=e.getBoundingClientRect();return {X:b.left,Y:b.top,W:b.width,H:b.height,Text:e.textContent};};
return Array.prototype.map.call(document.querySelectorAll("#kwic .line"),function(l){return {Line:rb(l),Mark:rb(l.querySelector("mark")),Doc:rb(l.querySelector(".doc"))};});})()`, &lines)
			if len(lines) < 2 {
				t.Fatalf("%s: %d lines", how, len(lines))
			}
			mid := lines[0].Mark.X + lines[0].Mark.W/2
			for _, l := range lines {
				if l.Mark.X < l.Line.X || l.Mark.X+l.Mark.W > l.Line.X+l.Line.W || l.Mark.W < 5 {
					t.Errorf("%s: match %q at x %.0f-%.0f, its line %.0f-%.0f", how, l.Mark.Text, l.Mark.X, l.Mark.X+l.Mark.W, l.Line.X, l.Line.X+l.Line.W)
				}
				if c := l.Mark.X + l.Mark.W/2; math.Abs(c-mid) > 40 {
					t.Errorf("%s: match %q centred at x %.0f, the first at %.0f", how, l.Mark.Text, c, mid)
				}
				if l.Doc.X < l.Mark.X+l.Mark.W || !strings.Contains(l.Doc.Text, longID[:20]) {
					t.Errorf("%s: document %q at x %.0f, before the match's end %.0f", how, l.Doc.Text, l.Doc.X, l.Mark.X+l.Mark.W)
				}
			}
		}
	})

	t.Run("scroll boxes cut no row", func(t *testing.T) {
		most := r.Terms[0] // the term with the most lines, for a box of them
		for _, kt := range r.Terms {
			if len(r.KWIC[kt.Term]) > len(r.KWIC[most.Term]) {
				most = kt
			}
		}
		var ok bool
		eval(t, `(function(){var s=document.getElementById("search");s.value=`+jsString(most.Word)+`;s.dispatchEvent(new Event("input"));return true;})()`, &ok)
		var boxes []struct {
			ID              string
			Bottom, Scrolls float64
			Rows            []float64
		}
		eval(t, `(function(){return Array.prototype.map.call(document.querySelectorAll(".scroll,.lines,#kwic"),function(b){var r=b.getBoundingClientRect();
var rows=b.querySelectorAll("tr,.line");return {ID:(b.firstElementChild&&b.firstElementChild.id)||b.parentNode.id||b.id,Bottom:r.top+b.clientTop+b.clientHeight,Scrolls:b.scrollHeight-b.clientHeight,
Rows:Array.prototype.map.call(rows,function(e){return e.getBoundingClientRect().bottom;})};});})()`, &boxes)
		seen, scrolled := map[string]bool{}, 0
		for _, b := range boxes {
			if len(b.Rows) == 0 {
				continue
			}
			seen[b.ID] = true
			if b.Scrolls <= 1 {
				continue // all of it shows
			}
			scrolled++
			cut := true
			for _, y := range b.Rows {
				if math.Abs(y-b.Bottom) <= 1 {
					cut = false
				}
			}
			if cut {
				t.Errorf("the scroll box of %s ends at y %.1f, inside a row (rows end at %v)", b.ID, b.Bottom, b.Rows)
			}
		}
		if scrolled < 2 {
			t.Errorf("%d boxes scroll: too few to test", scrolled)
		}
		for _, id := range []string{"categories", "pooled", "events-table", "kwic"} {
			if !seen[id] {
				t.Errorf("no scroll box of %s found", id)
			}
		}
	})
}

// unisolate removes the isolates (U+2068, U+2069) that SVG text puts around user text.
func unisolate(s string) string { return strings.NewReplacer("\u2068", "", "\u2069", "").Replace(s) }

// rate reads a tick label of the scatter: "0", "50", "1k", "10k", "2M".
func rate(s string) (float64, error) {
	mult := 1.0
	switch {
	case strings.HasSuffix(s, "k"):
		s, mult = strings.TrimSuffix(s, "k"), 1e3
	case strings.HasSuffix(s, "M"):
		s, mult = strings.TrimSuffix(s, "M"), 1e6
	}
	v, err := strconv.ParseFloat(s, 64)
	return v * mult, err
}

// linearAxis reads an axis's tick labels (numbers, 0 among them, at equal steps of value
// and of x) and returns the axis's map from value to x, or nil after reporting what is
// wrong.
func linearAxis(t *testing.T, name string, ticks []box) func(float64) float64 {
	t.Helper()
	var vs, xs []float64
	for _, b := range ticks {
		v, err := strconv.ParseFloat(strings.Replace(b.Text, "−", "-", 1), 64)
		if err != nil {
			t.Errorf("%s: tick %q is not a number", name, b.Text)
			return nil
		}
		vs, xs = append(vs, v), append(xs, b.X)
	}
	if len(vs) < 3 || !slices.Contains(vs, 0) {
		t.Errorf("%s: ticks %v, want three or more with 0", name, vs)
		return nil
	}
	for i := 2; i < len(vs); i++ {
		if math.Abs((vs[i]-vs[i-1])-(vs[1]-vs[0])) > 1e-9 || math.Abs((xs[i]-xs[i-1])-(xs[1]-xs[0])) > 0.5 || vs[1] <= vs[0] {
			t.Errorf("%s: ticks %v at x %v: not equal steps", name, vs, xs)
			return nil
		}
	}
	return func(v float64) float64 { return xs[0] + (v-vs[0])*(xs[1]-xs[0])/(vs[1]-vs[0]) }
}
