package report

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// browser returns the path of a Chromium to test in, or "". CI (the CI environment
// variable, which .ci/run sets after installing Debian's chromium) must have one.
func browser(t *testing.T) string {
	for _, name := range []string{os.Getenv("FRAMEDIFF_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"} {
		if name == "" {
			continue
		}
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("no Chromium found, and CI needs the browser test: apt-get install -y chromium")
	}
	t.Skip("no Chromium found (install Debian's chromium, or set FRAMEDIFF_CHROMIUM)")
	return ""
}

// TestReportInBrowser loads a generated report, with hostile text in its corpus, in headless
// Chromium: no console error or exception, one scatter point per term, a click on a term
// shows its lines, a search finds a term, and no script the corpus carried has run.
func TestReportInBrowser(t *testing.T) {
	exe := browser(t)
	a, b := sampleAllSides(t)
	an := &framing.Analyzer{Voices: framing.OwnVoice}
	r, err := Build(an, a, b, "state", "wire", nil, &Options{Pool: &framing.PoolOptions{Permutations: 100, MinEvents: 2}})
	if err != nil {
		t.Fatal(err)
	}
	var outlets []corpus.Side
	for _, d := range append(append([]corpus.Document{}, a...), b...) {
		if !slices.ContainsFunc(outlets, func(s corpus.Side) bool { return s.Name == d.Outlet }) {
			outlets = append(outlets, corpus.OutletSide(d.Outlet))
		}
	}
	all := func(yield func(corpus.Document, error) bool) {
		for _, d := range append(append([]corpus.Document{}, a...), b...) {
			if !yield(d, nil) {
				return
			}
		}
	}
	g, err := framing.CompareGroups(an, all, outlets, &framing.GroupOptions{Pool: framing.PoolOptions{Permutations: -1}})
	if err != nil {
		t.Fatal(err)
	}
	r.AddGroups(g)
	dir := t.TempDir()
	var buf bytes.Buffer
	if err := r.WriteHTML(&buf); err != nil {
		t.Fatal(err)
	}
	ctx, consoleProblems := openPage(t, exe, dir, buf.Bytes())
	count := func(sel string) int {
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll(`+strconvQuote(sel)+`).length`))
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	points, bars := count("#scatter circle.pt"), count("#bars rect.bar")
	if err := chromedp.Do(ctx, chromedp.Click(`#scatter circle.pt[data-i="0"]`)); err != nil {
		t.Fatal(err)
	}
	lines := count("#kwic .line")
	kwicText, err := chromedp.Run(ctx, chromedp.Text("#kwic"))
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.SendKeys("#search", "ministry")); err != nil {
		t.Fatal(err)
	}
	searchedText, err := chromedp.Run(ctx, chromedp.Text("#kwic"))
	if err != nil {
		t.Fatal(err)
	}
	searched := strings.Contains(strings.ToLower(searchedText), "ministry")
	shiftBars := count("#shift rect.shift")
	hidden, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.getElementById("events-section").hidden`))
	if err != nil {
		t.Fatal(err)
	}
	eventRows, pooledRows := count("#events-table tr")-1, count("#pooled tr.row")
	forestFirst := count("#forest circle.event")
	if err := chromedp.Do(ctx, chromedp.Click(`#pooled tr.row[data-i="1"]`)); err != nil {
		t.Fatal(err)
	}
	forestSecond, pooledMarks := count("#forest circle.event"), count("#forest rect.pooled")
	if count("#categories tr.row") == 0 {
		t.Fatalf("no category rows; console: %q", consoleProblems())
	}
	// A click dispatched by script: the table sits far down the page.
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(document.querySelector("#categories tr.row").click(), true)`)); err != nil {
		t.Fatal(err)
	}
	categoryRows, categoryLines := count("#categories tr.row"), count("#catlines .line")
	cellsAll := count("#heatmap rect.cell")
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(function(){var s=document.getElementById("groups-event");s.value="0";s.dispatchEvent(new Event("change"));return true;})()`)); err != nil {
		t.Fatal(err)
	}
	cellsEvent := count("#heatmap rect.cell")
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(function(){var s=document.getElementById("groups-event");s.value="-2";s.dispatchEvent(new Event("change"));return true;})()`)); err != nil {
		t.Fatal(err)
	}
	cellsExcess := count("#heatmap rect.cell")
	images := count("img")
	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "report.png"), shot, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s (%d bytes)", filepath.Join(dir, "report.png"), len(shot))
	if keep := os.Getenv("FRAMEDIFF_SCREENSHOT"); keep != "" {
		if err := os.WriteFile(keep, shot, 0o644); err != nil {
			t.Error(err)
		}
	}
	if points != len(r.Points) || points == 0 {
		t.Errorf("%d points drawn of %d", points, len(r.Points))
	}
	if bars == 0 {
		t.Error("no bars")
	}
	if lines == 0 || !strings.Contains(kwicText, r.Terms[0].Word) {
		t.Errorf("clicking %q showed %d lines: %q", r.Terms[0].Word, lines, kwicText)
	}
	if !searched {
		t.Errorf("searching for ministry showed %q", searchedText)
	}
	if shiftBars != len(r.Shift) || shiftBars == 0 {
		t.Errorf("%d word shift bars for %d words", shiftBars, len(r.Shift))
	}
	if r.Events == nil || hidden {
		t.Fatal("no events section for a corpus of several events")
	}
	if eventRows != len(r.Events.Rows) || eventRows < 2 || pooledRows != len(r.Events.Terms) {
		t.Errorf("events table %d rows for %d events; pooled %d rows for %d terms", eventRows, len(r.Events.Rows), pooledRows, len(r.Events.Terms))
	}
	if want := len(r.Events.Forest[r.Events.Terms[0].Term]); forestFirst != want || want == 0 {
		t.Errorf("forest of the first term: %d points, %d events", forestFirst, want)
	}
	if want := len(r.Events.Forest[r.Events.Terms[1].Term]); forestSecond != want || pooledMarks != 3 {
		t.Errorf("forest of the second term: %d points for %d events, %d pooled marks (want 3)", forestSecond, want, pooledMarks)
	}
	if categoryRows != len(r.Categories) || categoryRows == 0 || categoryLines == 0 {
		t.Errorf("%d category rows for %d categories; %d lines after a click", categoryRows, len(r.Categories), categoryLines)
	}
	k := len(g.Groups)
	if cellsAll != k*k {
		t.Errorf("heat map over all events: %d cells for %d groups", cellsAll, k)
	}
	present := 0
	for _, row := range g.Divergence.PerEvent[0] {
		for _, v := range row {
			if v >= 0 {
				present++
			}
		}
	}
	if cellsEvent != present || cellsEvent >= cellsAll {
		t.Errorf("heat map of event %s: %d cells, want %d (groups absent from it left blank)", g.Divergence.Events[0], cellsEvent, present)
	}
	withNull := 0
	for _, row := range g.Divergence.Null {
		for _, v := range row {
			if v >= 0 {
				withNull++
			}
		}
	}
	if g.Divergence.Excess == nil || cellsExcess != withNull {
		t.Errorf("heat map beyond chance: %d cells, want %d", cellsExcess, withNull)
	}
	if images != 0 {
		t.Errorf("%d <img> elements: text from the corpus became markup", images)
	}
	for _, p := range consoleProblems() {
		t.Errorf("console: %s", p)
	}
}

// openPage writes page into dir as report.html and opens it in headless Chromium (exe);
// problems returns the console errors, warnings and uncaught exceptions so far.
func openPage(t *testing.T, exe, dir string, page []byte) (ctx context.Context, problems func() []string) {
	t.Helper()
	path := filepath.Join(dir, "report.html")
	if err := os.WriteFile(path, page, 0o644); err != nil {
		t.Fatal(err)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe), chromedp.NoSandbox,
		chromedp.Flag("disable-gpu", true), chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true), chromedp.Flag("disable-crash-reporter", true), chromedp.Flag("disable-breakpad", true),
		chromedp.WindowSize(1200, 900))
	var mu sync.Mutex
	var seen []string
	listen := func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *runtime.EventExceptionThrown:
			d := e.ExceptionDetails
			msg := d.Text
			if d.Exception != nil {
				msg += " " + d.Exception.Description
			}
			seen = append(seen, "exception: "+msg)
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeWarning {
				var parts []string
				for _, a := range e.Args {
					parts = append(parts, string(a.Value)+a.Description)
				}
				seen = append(seen, string(e.Type)+": "+strings.Join(parts, " "))
			}
		}
	}
	// The browser is started apart from the page, and again when it fails to start: on a
	// loaded CI machine (the race detector's test binaries beside it) Chromium has been seen
	// to crash while starting, which says nothing of the page. Three failed starts fail the
	// test; whatever the page does once loaded is never retried.
	const starts = 3
	for attempt := 1; ; attempt++ {
		actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
		bctx, cancelBrowser := chromedp.NewContext(actx, chromedp.WithListener(listen))
		err := chromedp.Do(bctx) // no steps: starts the browser and its first tab
		if err == nil {
			t.Cleanup(cancelAlloc)
			t.Cleanup(cancelBrowser)
			ctx = bctx
			break
		}
		cancelBrowser()
		cancelAlloc()
		if attempt == starts {
			t.Fatalf("Chromium did not start in %d tries; the last: %v", starts, err)
		}
		t.Logf("Chromium did not start (try %d of %d): %v", attempt, starts, err)
		time.Sleep(time.Duration(attempt) * time.Second)
	}
	ctx, cancel := context.WithTimeout(ctx, 3*time.Minute)
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+path)); err != nil {
		t.Fatal(err)
	}
	return ctx, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return slices.Clone(seen)
	}
}

// sampleAllSides returns the sample's English state and wire accounts over all its events,
// with a hostile document on side A.
func sampleAllSides(t *testing.T) ([]corpus.Document, []corpus.Document) {
	t.Helper()
	hostileA, _ := sampleSides(t)
	var a, b []corpus.Document
	for _, d := range corpus.Sample().Documents() {
		if d.Language != "english" {
			continue
		}
		switch d.Kind {
		case "state":
			a = append(a, d)
		case "wire":
			b = append(b, d)
		}
	}
	return append(a, hostileA[len(hostileA)-1]), b
}

func strconvQuote(s string) string { return strconv.Quote(s) }

// TestStrataNotesInBrowser: pooled over events, the page's p-value note gives the token-level
// family (every term: 220 on the fixture of TestStrataHandValues, 1 zorp + 18 + 72 + 89 + 30
// fillers of simpsonSides + 10 of the extra beta document) and the document-level one, the
// notes of the sections still lumped say so, and the strata note lists the events the
// caller left out.
func TestStrataNotesInBrowser(t *testing.T) {
	exe := browser(t)
	a, b := simpsonSides()
	words := make([]string, 10)
	for i := range words {
		words[i] = fmt.Sprintf("qzb%cx", 'a'+i) // invented, one stem each
	}
	b = append(b, corpus.Document{ID: "beta-b-extra", Event: "beta", Text: strings.Join(words, " ") + "."})
	var an framing.Analyzer
	r, err := Build(&an, a, b, "A", "B", nil, &Options{DocTest: &framing.DocTestOptions{Permutations: 100, Terms: 50}})
	if err != nil {
		t.Fatal(err)
	}
	r.Strata.LeftOut = []string{`"gamma" (side "B" has no documents)`}
	var buf bytes.Buffer
	if err := r.WriteHTML(&buf); err != nil {
		t.Fatal(err)
	}
	ctx, problems := openPage(t, exe, t.TempDir(), buf.Bytes())
	for _, c := range []struct{ id, want string }{
		{"pvalues", "adjusted over all 220 terms"},
		{"pvalues", "only the 50 terms with the largest |z|, chosen on the same data"},
		{"pvalues", "families of 220 and 50 terms"},
		{"pvalues", "numerator of the Cochran–Mantel–Haenszel statistic"},
		{"strata-note", "cover 3 events"},
		{"strata-note", `"gamma" (side "B" has no documents)`},
		{"shift-note", "(lumped over the 2 events)"},
		{"categories-note", "(lumped over the 2 events)"},
		{"kwic-note", "(lumped over the 2 events)"},
		{"voices-note", "(lumped over the 2 events)"},
	} {
		text, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById(`+strconvQuote(c.id)+`).textContent`))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(text, c.want) {
			t.Errorf("#%s %q lacks %q", c.id, text, c.want)
		}
	}
	for _, p := range problems() {
		t.Errorf("console: %s", p)
	}
}
