package report

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

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
	a, b := sampleSides(t)
	an := &framing.Analyzer{Voices: framing.OwnVoice}
	r, err := Build(an, a, b, "state", "wire", nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	page := filepath.Join(dir, "report.html")
	var buf bytes.Buffer
	if err := r.WriteHTML(&buf); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(page, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe), chromedp.NoSandbox,
		chromedp.Flag("disable-gpu", true), chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	var mu sync.Mutex
	var problems []string
	listen := func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *runtime.EventExceptionThrown:
			problems = append(problems, "exception: "+e.ExceptionDetails.Text)
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeWarning {
				var parts []string
				for _, a := range e.Args {
					parts = append(parts, string(a.Value)+a.Description)
				}
				problems = append(problems, string(e.Type)+": "+strings.Join(parts, " "))
			}
		}
	}
	ctx, cancel := chromedp.NewContext(actx, chromedp.WithListener(listen))
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 90*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+page)); err != nil {
		t.Fatal(err)
	}
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
	if points != len(r.Terms) || points == 0 {
		t.Errorf("%d points for %d terms", points, len(r.Terms))
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
	if images != 0 {
		t.Errorf("%d <img> elements: text from the corpus became markup", images)
	}
	mu.Lock()
	defer mu.Unlock()
	for _, p := range problems {
		t.Errorf("console: %s", p)
	}
}

func strconvQuote(s string) string { return strconv.Quote(s) }
