package report

import (
	"bytes"
	"context"
	"encoding/json"
	"testing"

	"github.com/chromedp/chromedp"
)

// A page is a report opened in headless Chromium, for the sections' browser tests.
type page struct {
	t        *testing.T
	ctx      context.Context
	problems func() []string
	html     string
}

// openReport writes r as HTML and opens it in headless Chromium (skipping the test where
// there is none); at the end of the test, any console error or exception fails it.
func openReport(t *testing.T, r *Report) *page {
	t.Helper()
	exe := browser(t)
	var buf bytes.Buffer
	if err := r.WriteHTML(&buf); err != nil {
		t.Fatal(err)
	}
	ctx, problems := openPage(t, exe, t.TempDir(), buf.Bytes())
	t.Cleanup(func() {
		for _, p := range problems() {
			t.Errorf("console: %s", p)
		}
	})
	return &page{t: t, ctx: ctx, problems: problems, html: buf.String()}
}

// eval runs js in the page and decodes its value into out.
func (p *page) eval(js string, out any) {
	p.t.Helper()
	b, err := chromedp.Run(p.ctx, chromedp.Evaluate[[]byte](js))
	if err == nil {
		err = json.Unmarshal(b, out)
	}
	if err != nil {
		p.t.Fatalf("%s: %v", js[:min(len(js), 80)], err)
	}
}

// count returns the number of elements sel matches.
func (p *page) count(sel string) int {
	p.t.Helper()
	var n int
	p.eval(`document.querySelectorAll(`+jsString(sel)+`).length`, &n)
	return n
}

// click dispatches a click on the first element sel matches.
func (p *page) click(sel string) {
	p.t.Helper()
	var ok bool
	p.eval(`(function(){var e=document.querySelector(`+jsString(sel)+`);if(!e){return false;}e.dispatchEvent(new MouseEvent("click",{bubbles:true}));return true;})()`, &ok)
	if !ok {
		p.t.Errorf("nothing to click at %s", sel)
	}
}

// text returns the text of the first element sel matches, isolates removed ("" if none).
func (p *page) text(sel string) string {
	p.t.Helper()
	var s string
	p.eval(`(function(){var e=document.querySelector(`+jsString(sel)+`);return e?e.textContent:"";})()`, &s)
	return unisolate(s)
}

// texts returns the texts of every element sel matches, isolates removed.
func (p *page) texts(sel string) []string {
	p.t.Helper()
	var out []string
	p.eval(`Array.prototype.map.call(document.querySelectorAll(`+jsString(sel)+`),function(e){return e.textContent;})`, &out)
	for i := range out {
		out[i] = unisolate(out[i])
	}
	return out
}

// attrs returns an attribute of every element sel matches.
func (p *page) attrs(sel, name string) []string {
	p.t.Helper()
	var out []string
	p.eval(`Array.prototype.map.call(document.querySelectorAll(`+jsString(sel)+`),function(e){return e.getAttribute(`+jsString(name)+`)||"";})`, &out)
	return out
}
