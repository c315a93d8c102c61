package framing

import (
	"encoding/json"
	"errors"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"gonum.org/v1/gonum/floats/scalar"

	"github.com/framediff/framediff/corpus"
)

// timelineDocs are documents of sides A and B (and of outlet C, on no side) made of
// content words only, so that their counts are plain to see; b1's "and" is a stop word,
// which a lexicon sees and the word counts do not.
func timelineDocs() []corpus.Document {
	day := func(s string) time.Time {
		t, err := time.Parse(time.DateOnly, s)
		if err != nil {
			panic(err)
		}
		return t
	}
	return []corpus.Document{
		{ID: "a1", Outlet: "A", Published: day("2024-01-03"), Text: "Sanctions hurt farmers; sanctions."}, // 4 words, 2 sanctions
		{ID: "a2", Outlet: "A", Published: day("2024-01-20"), Text: "Growth, trade, growth."},             // 3 words, trade 1
		{ID: "a3", Outlet: "A", Published: day("2024-02-05"), Text: "Sanctions, tariffs."},                // 2 words, 1 sanction, 1 tariff
		{ID: "a4", Outlet: "A", Text: "Sanctions, sanctions, sanctions."},                                 // no date: 3 words, 3 sanctions
		{ID: "b1", Outlet: "B", Published: day("2024-01-15"), Text: "Trade and growth, farmers."},         // 3 words (4 for a lexicon), trade 1
		{ID: "b2", Outlet: "B", Published: day("2024-03-10"), Text: "Sanctions, trade."},                  // 2 words, 1 sanction, trade 1
		{ID: "c1", Outlet: "C", Published: day("2024-01-10"), Text: "Sanctions."},                         // on no side
	}
}

func seqOf(docs []corpus.Document) func(func(corpus.Document, error) bool) {
	return func(yield func(corpus.Document, error) bool) {
		for _, d := range docs {
			if !yield(d, nil) {
				return
			}
		}
	}
}

func timelineLexicon(t *testing.T) *Lexicon {
	t.Helper()
	lex, err := ParseLexicon(strings.NewReader("[economy]\ntrade\ntariff*\n[pressure]\nsanction*\n"), "test")
	if err != nil {
		t.Fatal(err)
	}
	return lex
}

// want is a point's figures: documents, words, count, documents with it; the rate is
// 1000 × count / words.
type want struct{ docs, words, count, with int }

func checkPoints(t *testing.T, got []TimePoint, series string, starts []string, sides []string, wants []want) {
	t.Helper()
	var pts []TimePoint
	for _, p := range got {
		if p.Series == series {
			pts = append(pts, p)
		}
	}
	if len(pts) != len(wants) {
		t.Fatalf("%s: %d points, want %d: %+v", series, len(pts), len(wants), pts)
	}
	for i, p := range pts {
		w := wants[i]
		start := ""
		if !p.Start.IsZero() {
			start = p.Start.Format(time.RFC3339)
		}
		rate := 0.0
		if w.words > 0 {
			rate = 1000 * float64(w.count) / float64(w.words)
		}
		if start != starts[i] || p.Side != sides[i] || p.Documents != w.docs || p.Words != w.words || p.Count != w.count ||
			p.DocsWith != w.with || !scalar.EqualWithinAbsOrRel(p.Rate, rate, 1e-12, 1e-12) {
			t.Errorf("%s point %d: %s %s docs %d words %d count %d with %d rate %v; want %s %s %+v rate %v",
				series, i, start, p.Side, p.Documents, p.Words, p.Count, p.DocsWith, p.Rate, starts[i], sides[i], w, rate)
		}
	}
}

func TestCountTimelineMonths(t *testing.T) {
	var an Analyzer
	lex := timelineLexicon(t)
	sides := []corpus.Side{corpus.OutletSide("A"), corpus.OutletSide("B")}
	tl, err := CountTimeline(&an, seqOf(timelineDocs()), sides, &TimelineOptions{Terms: []string{"Sanctions", "growth"}, Lexicon: lex})
	if err != nil {
		t.Fatal(err)
	}
	if tl.Documents != 7 || tl.Unmatched != 1 || tl.Period != PeriodMonth || tl.Zone != "UTC" || tl.Per != 1000 ||
		!slices.Equal(tl.Sides, []string{"A", "B"}) || !slices.Equal(tl.Options.Categories, []string{"economy", "pressure"}) {
		t.Fatalf("timeline %+v", tl)
	}
	jan, feb, mar := "2024-01-01T00:00:00Z", "2024-02-01T00:00:00Z", "2024-03-01T00:00:00Z"
	starts := []string{jan, jan, feb, feb, mar, mar}
	ab := []string{"A", "B", "A", "B", "A", "B"}
	// January: a1 and a2 (4 + 3 words) on A, b1 (3 words) on B; February: a3 (2) on A;
	// March: b2 (2) on B.
	checkPoints(t, tl.Points, "Sanctions", starts, ab, []want{{2, 7, 2, 1}, {1, 3, 0, 0}, {1, 2, 1, 1}, {}, {}, {1, 2, 1, 1}})
	checkPoints(t, tl.Points, "growth", starts, ab, []want{{2, 7, 2, 1}, {1, 3, 1, 1}, {1, 2, 0, 0}, {}, {}, {1, 2, 0, 0}})
	// The lexicon sees b1's "and": 4 words on B in January.
	checkPoints(t, tl.Points, "economy", starts, ab, []want{{2, 7, 1, 1}, {1, 4, 1, 1}, {1, 2, 1, 1}, {}, {}, {1, 2, 1, 1}})
	checkPoints(t, tl.Points, "pressure", starts, ab, []want{{2, 7, 2, 1}, {1, 4, 0, 0}, {1, 2, 1, 1}, {}, {}, {1, 2, 1, 1}})
	// a4 has no date: counted apart.
	checkPoints(t, tl.Undated, "Sanctions", []string{"", ""}, []string{"A", "B"}, []want{{1, 3, 3, 1}, {}})
	checkPoints(t, tl.Undated, "pressure", []string{"", ""}, []string{"A", "B"}, []want{{1, 3, 3, 1}, {}})
	for _, p := range tl.Points {
		if !p.End.Equal(PeriodMonth.Next(p.Start)) || p.Lexicon != map[bool]string{true: "test", false: ""}[p.Series == "economy" || p.Series == "pressure"] {
			t.Errorf("point %+v", p)
		}
	}
	// The JSON leaves the undated points' times out.
	b, err := json.Marshal(tl.Undated[0])
	if err != nil || strings.Contains(string(b), "start") || strings.Contains(string(b), "0001") {
		t.Errorf("undated point as JSON: %s %v", b, err)
	}
}

func TestCountTimelineWeeksAndZones(t *testing.T) {
	var an Analyzer
	sides := []corpus.Side{corpus.OutletSide("A"), corpus.OutletSide("B")}
	tl, err := CountTimeline(&an, seqOf(timelineDocs()), sides, &TimelineOptions{Terms: []string{"sanction"}, Period: PeriodWeek, Per: 1_000_000})
	if err != nil {
		t.Fatal(err)
	}
	// 2024-01-03 is a Wednesday (week of Monday 1 January), the 15th a Monday, the 20th a
	// Saturday (week of the 15th), 5 February a Monday, 10 March a Sunday (week of 4
	// March): ten weeks from 1 January to 4 March.
	var weeks []string
	for _, p := range tl.Points {
		if p.Side == "A" {
			weeks = append(weeks, p.Start.Format(time.DateOnly))
			if p.Start.Weekday() != time.Monday || p.End.Sub(p.Start) != 7*24*time.Hour {
				t.Errorf("week %v to %v", p.Start, p.End)
			}
		}
	}
	if want := []string{"2024-01-01", "2024-01-08", "2024-01-15", "2024-01-22", "2024-01-29", "2024-02-05", "2024-02-12",
		"2024-02-19", "2024-02-26", "2024-03-04"}; !slices.Equal(weeks, want) {
		t.Fatalf("weeks %v, want %v", weeks, want)
	}
	// The week of the 15th: a2 on A (3 words, no sanction), b1 on B (3 words).
	p := tl.Points[2*2]
	q := tl.Points[2*2+1]
	if p.Documents != 1 || p.Words != 3 || p.Count != 0 || q.Documents != 1 || q.Words != 3 {
		t.Errorf("week of the 15th: %+v %+v", p, q)
	}
	// Per million: a1's 2 sanctions in 4 words.
	if r := tl.Points[0].Rate; r != 500_000 {
		t.Errorf("rate per million %v, want 500000", r)
	}
	// A day late in New York is early the next day in UTC: the zone decides the period.
	ny := time.FixedZone("UTC-5", -5*3600)
	late := []corpus.Document{{ID: "x", Outlet: "A", Published: time.Date(2024, 1, 31, 23, 30, 0, 0, ny), Text: "Sanctions."}}
	for _, tc := range []struct {
		loc  *time.Location
		want string
		zone string
	}{{nil, "2024-02-01T00:00:00Z", "UTC"}, {ny, "2024-01-01T00:00:00-05:00", "UTC-5"}} {
		tl, err := CountTimeline(&an, seqOf(late), sides[:1], &TimelineOptions{Terms: []string{"sanctions"}, Location: tc.loc})
		if err != nil {
			t.Fatal(err)
		}
		if len(tl.Points) != 1 || tl.Points[0].Start.Format(time.RFC3339) != tc.want || tl.Zone != tc.zone || tl.Points[0].Count != 1 {
			t.Errorf("zone %v: %+v", tc.loc, tl)
		}
	}
}

// The same bytes whatever the order of the documents and the number of workers.
func TestCountTimelineDeterministic(t *testing.T) {
	lex := timelineLexicon(t)
	sides := []corpus.Side{corpus.OutletSide("A"), corpus.OutletSide("B")}
	run := func(workers int, docs []corpus.Document) string {
		an := Analyzer{Workers: workers}
		tl, err := CountTimeline(&an, seqOf(docs), sides, &TimelineOptions{Terms: []string{"sanctions", "trade"}, Lexicon: lex, Categories: []string{"pressure"}, Period: PeriodDay})
		if err != nil {
			t.Fatal(err)
		}
		tl.Analyzer.Workers = 0
		b, err := json.Marshal(tl)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	docs := timelineDocs()
	for i := range 40 { // enough documents for several workers to share them
		d := docs[i%len(docs)]
		d.ID += "-" + string(rune('a'+i%26)) + string(rune('a'+i/26))
		docs = append(docs, d)
	}
	want := run(1, docs)
	rng := rand.New(rand.NewPCG(3, 4))
	for _, workers := range []int{2, 4} {
		sh := slices.Clone(docs)
		rng.Shuffle(len(sh), func(i, j int) { sh[i], sh[j] = sh[j], sh[i] })
		if got := run(workers, sh); got != want {
			t.Errorf("%d workers, shuffled:\n%s\nwant\n%s", workers, got, want)
		}
	}
}

func TestCountTimelineErrors(t *testing.T) {
	var an Analyzer
	lex := timelineLexicon(t)
	sides := []corpus.Side{corpus.OutletSide("A"), corpus.OutletSide("B")}
	for _, tc := range []struct {
		name string
		opts TimelineOptions
	}{
		{"unknown period", TimelineOptions{Period: "year"}},
		{"negative per", TimelineOptions{Per: -1}},
		{"stop word", TimelineOptions{Terms: []string{"the"}}},
		{"number", TimelineOptions{Terms: []string{"2024"}}},
		{"n-gram", TimelineOptions{Terms: []string{"trade growth"}}},
		{"categories without a lexicon", TimelineOptions{Categories: []string{"economy"}}},
		{"unknown category", TimelineOptions{Lexicon: lex, Categories: []string{"nope"}}},
	} {
		if _, err := CountTimeline(&an, seqOf(timelineDocs()), sides, &tc.opts); !errors.Is(err, ErrOption) {
			t.Errorf("%s: %v", tc.name, err)
		}
	}
	if _, err := CountTimeline(&an, seqOf(timelineDocs()), []corpus.Side{{Name: "A"}}, nil); !errors.Is(err, ErrOption) {
		t.Errorf("a side without Match: %v", err)
	}
	// A reading error stops the count and is returned.
	bad := errors.New("disk on fire")
	fail := func(yield func(corpus.Document, error) bool) { yield(corpus.Document{}, bad) }
	if _, err := CountTimeline(&an, fail, sides, nil); !errors.Is(err, bad) {
		t.Errorf("a reading error: %v", err)
	}
	// Nothing dated: no points, every document undated.
	undated := timelineDocs()
	for i := range undated {
		undated[i].Published = time.Time{}
	}
	tl, err := CountTimeline(&an, seqOf(undated), sides, &TimelineOptions{Terms: []string{"sanctions"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(tl.Points) != 0 || len(tl.Undated) != 2 || tl.Undated[0].Documents != 4 || tl.Undated[0].Count != 6 || tl.Undated[1].Documents != 2 {
		t.Errorf("nothing dated: %+v", tl)
	}
}

// TestCountTimelineWordBeforeStem: a word is followed as the documents' words are analyzed,
// even when another word's stem reads as it ("developmental" stems to "development",
// "development" to "develop"); a stem given as a profile names it is still followed.
func TestCountTimelineWordBeforeStem(t *testing.T) {
	day, _ := time.Parse(time.DateOnly, "2024-01-10")
	docs := []corpus.Document{
		{ID: "a1", Outlet: "A", Published: day, Text: "Development, development, developmental."},
		{ID: "b1", Outlet: "B", Published: day, Text: "Developmental stages."},
	}
	sides := []corpus.Side{corpus.OutletSide("A"), corpus.OutletSide("B")}
	var an Analyzer
	tl, err := CountTimeline(&an, seqOf(docs), sides, &TimelineOptions{Terms: []string{"development", "develop"}})
	if err != nil {
		t.Fatal(err)
	}
	jan := "2024-01-01T00:00:00Z"
	checkPoints(t, tl.Points, "development", []string{jan, jan}, []string{"A", "B"}, []want{{1, 3, 2, 1}, {1, 2, 0, 0}})
	checkPoints(t, tl.Points, "develop", []string{jan, jan}, []string{"A", "B"}, []want{{1, 3, 2, 1}, {1, 2, 0, 0}})
}
