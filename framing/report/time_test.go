package report

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// timeReport builds the report of the sample's state and wire accounts with a time
// section following "ministry", "protest" and two categories of the news-frames lexicon,
// by month: the sample's documents fall in March, May, July, September and October 2026,
// so April, June and August have no documents on either side.
func timeReport(t *testing.T) (*Report, []corpus.Document, []corpus.Document) {
	t.Helper()
	a, b := sampleAllSides(t)
	an := &framing.Analyzer{Voices: framing.OwnVoice}
	r, err := Build(an, a, b, "state", "wire", nil, &Options{KWIC: 3, Time: &framing.TimelineOptions{
		Terms: []string{"ministry", "protest"}, Lexicon: framing.FramesLexicon(), Categories: []string{"conflict", "economic"}}})
	if err != nil {
		t.Fatal(err)
	}
	return r, a, b
}

// TestBuildTime: the time section counts the report's two sides by month, and each
// point's lines are its series in the side's documents of the period: on the right side,
// published in [Start, End), as many as the point counts up to KWIC.
func TestBuildTime(t *testing.T) {
	r, a, b := timeReport(t)
	tl := r.Time.Timeline
	if tl == nil || len(r.Time.Lines) != len(tl.Points) || r.Time.MaxLines != 3 {
		t.Fatalf("time section %+v", r.Time)
	}
	if !slices.Equal(tl.Sides, []string{"state", "wire"}) || tl.Period != framing.PeriodMonth || tl.Per != 1000 {
		t.Errorf("sides %q, period %s, per %d", tl.Sides, tl.Period, tl.Per)
	}
	// 4 series × 8 months (March to October) × 2 sides.
	if len(tl.Points) != 4*8*2 {
		t.Fatalf("%d points", len(tl.Points))
	}
	docs := map[string]corpus.Document{}
	side := map[string]string{}
	for s, list := range [][]corpus.Document{a, b} {
		for _, d := range list {
			docs[d.ID] = d
			side[d.ID] = tl.Sides[s]
		}
	}
	for i, p := range tl.Points {
		// Documents of the side in the period, counted here.
		n := 0
		for id, d := range docs {
			if side[id] == p.Side && !d.Published.Before(p.Start) && d.Published.Before(p.End) {
				n++
			}
		}
		if p.Documents != n {
			t.Errorf("point %d (%s, %s, %s): %d documents, the sides have %d", i, p.Series, p.Side, p.Start.Format("2006-01"), p.Documents, n)
		}
		lines := r.Time.Lines[i]
		if want := min(p.Count, 3); len(lines) != want {
			t.Errorf("point %d (%s, %s, %s): %d lines for a count of %d", i, p.Series, p.Side, p.Start.Format("2006-01"), len(lines), p.Count)
		}
		for _, l := range lines {
			d, ok := docs[l.DocID]
			if !ok || side[l.DocID] != p.Side || d.Published.Before(p.Start) || !d.Published.Before(p.End) || d.Text[l.Start:l.End] != l.Match {
				t.Errorf("point %d (%s, %s, %s): a line of %q, on %s, published %s", i, p.Series, p.Side, p.Start.Format("2006-01"), l.DocID, side[l.DocID], d.Published)
			}
		}
	}
	// The hostile document has no date: counted apart.
	if u := tl.Undated; len(u) != 8 || u[0].Side != "state" || u[0].Documents != 1 || u[1].Documents != 0 {
		t.Errorf("undated %+v", u)
	}
	// Bad options are the error of Build.
	an := &framing.Analyzer{Voices: framing.OwnVoice}
	if _, err := Build(an, a, b, "state", "wire", nil, &Options{Time: &framing.TimelineOptions{Terms: []string{"the"}}}); err == nil {
		t.Error("a stop word followed: no error")
	}
}

// TestTimeCSV: the time section's points are a tidy table for WriteCSV.
func TestTimeCSV(t *testing.T) {
	r, _, _ := timeReport(t)
	var buf bytes.Buffer
	if err := WriteCSV(&buf, r.Time.Timeline.Points, nil); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(recs[0], ","); got != "series,lexicon,start,end,side,count,words,rate,documents,docs_with" {
		t.Errorf("header %s", got)
	}
	if len(recs) != 1+len(r.Time.Timeline.Points) {
		t.Errorf("%d records for %d points", len(recs), len(r.Time.Timeline.Points))
	}
	// The first point: ministry on the state side in March 2026.
	p := r.Time.Timeline.Points[0]
	want := []string{"ministry", "", "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z", "state", strconv.Itoa(p.Count), strconv.Itoa(p.Words),
		strconv.FormatFloat(p.Rate, 'g', -1, 64), strconv.Itoa(p.Documents), strconv.Itoa(p.DocsWith)}
	if !slices.Equal(recs[1], want) {
		t.Errorf("first row %q, want %q", recs[1], want)
	}
	if last := recs[len(recs)-1]; last[0] != "economic" || last[1] != "news-frames" || last[4] != "wire" {
		t.Errorf("last row %q", last)
	}
}

// TestTimeInBrowser: the time section plots each series chosen: one point per period with
// counted words on each side (at its rate), a line through each run of such periods and a
// break where a side has no documents (not a zero rate), shaded periods without documents,
// a bar per side and period with its documents, and a click on a point shows its lines.
func TestTimeInBrowser(t *testing.T) {
	r, _, _ := timeReport(t)
	p := openReport(t, r)
	tl := r.Time.Timeline
	if p.count("#time-section[hidden]") != 0 {
		t.Fatal("the time section is hidden")
	}
	const periods, sides = 8, 2
	opts := p.texts("#time-series option")
	if want := []string{"ministry", "protest", "category conflict (news-frames)", "category economic (news-frames)"}; !slices.Equal(opts, want) {
		t.Errorf("series %q, want %q", opts, want)
	}
	if n := p.text("#time-note"); !strings.Contains(n, "per 1000 counted words") || !strings.Contains(n, "per month") ||
		!strings.Contains(n, "Without a date, not shown: 1 of state, 0 of wire.") || !strings.Contains(n, "up to 3 a point") {
		t.Errorf("note %q", n)
	}
	for k := range 4 {
		p.eval(fmt.Sprintf(`(function(){var s=document.getElementById("time-series");s.value="%d";s.dispatchEvent(new Event("change"));return true;})()`, k), new(bool))
		pts := tl.Points[k*periods*sides : (k+1)*periods*sides]
		// What the page should draw, from the points.
		var dots, zeros, gaps int
		var runs []string // the periods each line runs through, side A's lines first
		for s := range sides {
			run := 0
			for j := range periods + 1 {
				if j < periods && pts[j*sides+s].Words > 0 {
					dots++
					if pts[j*sides+s].Count == 0 {
						zeros++
					}
					run++
					continue
				}
				if run > 1 {
					runs = append(runs, strconv.Itoa(run))
				}
				run = 0
			}
		}
		for j := range periods {
			if pts[j*sides].Documents == 0 && pts[j*sides+1].Documents == 0 {
				gaps++
			}
		}
		if gaps != 3 {
			t.Fatalf("series %d: %d periods without documents, the sample has 3", k, gaps)
		}
		if n := p.count("#timeline circle.tpt"); n != dots {
			t.Errorf("series %d: %d points drawn, %d periods with counted words", k, n, dots)
		}
		var lines []string
		for _, d := range p.attrs("#timeline path.tline", "d") {
			lines = append(lines, strconv.Itoa(strings.Count(d, "L")+1))
		}
		if !slices.Equal(lines, runs) {
			t.Errorf("series %d: lines through %q periods, want %q (the runs of periods with counted words)", k, lines, runs)
		}
		if n := p.count("#timeline rect.gap"); n != gaps {
			t.Errorf("series %d: %d shaded periods, %d without documents", k, n, gaps)
		}
		docs := p.attrs("#timeline rect.tdoc", "data-docs")
		var want []string // side A's periods, then side B's
		for s := range sides {
			for j := range periods {
				want = append(want, strconv.Itoa(pts[j*sides+s].Documents))
			}
		}
		if !slices.Equal(docs, want) {
			t.Errorf("series %d: document bars %q, want %q", k, docs, want)
		}
		// A real zero sits on the 0 line; a gap has no point at all.
		var cy struct {
			Zero   float64   `json:"zero"`
			Points []float64 `json:"points"`
		}
		p.eval(`(function(){var z=null;document.querySelectorAll("#timeline text.tick.y").forEach(function(t){if(Number(t.textContent)===0){z=Number(t.getAttribute("y"))-4;}});
return {zero:z,points:Array.prototype.map.call(document.querySelectorAll("#timeline circle.tpt"),function(c){return Number(c.getAttribute("cy"));})};})()`, &cy)
		onZero := 0
		for _, y := range cy.Points {
			if math.Abs(y-cy.Zero) < 0.2 {
				onZero++
			}
		}
		if onZero != zeros {
			t.Errorf("series %d: %d points on the 0 line, %d periods with words and no occurrence", k, onZero, zeros)
		}
		// Each point's heading and lines.
		for _, i := range p.attrs("#timeline circle.tpt", "data-i") {
			n, _ := strconv.Atoi(i)
			pt := tl.Points[n]
			p.click(`#timeline circle.tpt[data-i="` + i + `"]`)
			head := p.text("#time-lines h3")
			var rate float64
			_, after, _ := strings.Cut(head, " words (")
			fmt.Sscanf(after, "%g per", &rate)
			if want := fmt.Sprintf("%s, %s — %d in %d words (", pt.Side, pt.Start.Format("2006-01"), pt.Count, pt.Words); !strings.Contains(head, want) ||
				math.Abs(rate-pt.Rate) > 0.0005+1e-9 || !strings.HasSuffix(head, fmt.Sprintf(" per 1000); documents: %d, %d with it", pt.Documents, pt.DocsWith)) {
				t.Errorf("point %d: heading %q, want %q, a rate of %.4f …", n, head, want, pt.Rate)
			}
			if got := p.count("#time-lines .line"); got != len(r.Time.Lines[n]) {
				t.Errorf("point %d: %d lines shown of %d", n, got, len(r.Time.Lines[n]))
			}
		}
	}
}

// TestHostileTime: in the hostile report, the series named by Object.prototype's
// properties ("constructor", and the categories "__proto__" and "toString") are data; side
// A has no dated document in March, where side B has three: its line breaks there while
// B's goes on.
func TestHostileTime(t *testing.T) {
	r, _ := hostileReport(t)
	p := openReport(t, r)
	tl := r.Time.Timeline
	if want := []string{"constructor", "ministry", "category __proto__ (constructor)", "category toString (constructor)"}; !slices.Equal(p.texts("#time-series option"), want) {
		t.Errorf("series %q, want %q", p.texts("#time-series option"), want)
	}
	march := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	for k := range 4 {
		p.eval(fmt.Sprintf(`(function(){var s=document.getElementById("time-series");s.value="%d";s.dispatchEvent(new Event("change"));return true;})()`, k), new(bool))
		// Five months, the third without side A: A's line in two runs, B's in one.
		sidesOf := p.attrs("#timeline path.tline", "data-side")
		if !slices.Equal(sidesOf, []string{"0", "0", "1"}) {
			t.Errorf("series %d: lines of sides %q, want two of A and one of B", k, sidesOf)
		}
		for _, i := range p.attrs("#timeline circle.tpt", "data-i") {
			n, _ := strconv.Atoi(i)
			if pt := tl.Points[n]; pt.Start.Equal(march) && pt.Side == stateName {
				t.Errorf("series %d: a point for side A in March, which has no documents", k)
			}
			p.click(`#timeline circle.tpt[data-i="` + i + `"]`)
			if got := p.count("#time-lines .line"); got != len(r.Time.Lines[n]) {
				t.Errorf("point %d: %d lines shown of %d", n, got, len(r.Time.Lines[n]))
			}
		}
	}
	if !slices.ContainsFunc(r.Time.Lines, func(ls []framing.Line) bool { return len(ls) > 0 }) {
		t.Error("no point has lines")
	}
}
