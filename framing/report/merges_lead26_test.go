package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// mergeSides are two invented sides where the stem "intern" joins "internal" and
// "international" (Distinct: the second holds 1 use in 20 or more) and "elect" joins
// "election" and "elections" (one word's inflections, not Distinct).
func mergeSides() (a, b []corpus.Document) {
	a = []corpus.Document{
		{ID: "a1", Text: "The internal review of the election found internal faults. Internal audits followed."},
		{ID: "a2", Text: "Internal critics met. The elections were calm, and the internal panel said so."},
	}
	b = []corpus.Document{
		{ID: "b1", Text: "International monitors watched the election. International observers stayed."},
		{ID: "b2", Text: "The international team left after the elections. Monitors wrote reports."},
	}
	return a, b
}

// TestReportMerges: Report.Merges holds the stems among the terms that merge distinct
// words, from both sides' documents together, and no stem of one word's inflections.
func TestReportMerges(t *testing.T) {
	a, b := mergeSides()
	r, err := Build(&framing.Analyzer{}, a, b, "A", "B", nil, &Options{DocTest: &framing.DocTestOptions{Permutations: -1}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, g := range r.Merges {
		got = append(got, g.Term)
		if g.Term == "intern" && (len(g.Words) != 2 || g.Words[0] != (framing.Form{Text: "internal", Count: 5}) || g.Words[1] != (framing.Form{Text: "international", Count: 3})) {
			t.Errorf("intern's words %v, want internal 5 and international 3 (both sides)", g.Words)
		}
	}
	if strings.Join(got, " ") != "intern" {
		t.Errorf("merges %q, want just intern", got)
	}
}

// TestMergesNoteInBrowser: the page names the stems that merge distinct words, with their
// words and counts, under the scatter.
func TestMergesNoteInBrowser(t *testing.T) {
	exe := browser(t)
	a, b := mergeSides()
	r, err := Build(&framing.Analyzer{}, a, b, "A", "B", nil, &Options{DocTest: &framing.DocTestOptions{Permutations: -1}})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := r.WriteHTML(&buf); err != nil {
		t.Fatal(err)
	}
	ctx, problems := openPage(t, exe, t.TempDir(), buf.Bytes())
	text, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("merges-note").hidden?"":document.getElementById("merges-note").textContent`))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"1 among the", "1 among the first 40: intern (internal 5, international 3)."} {
		if !strings.Contains(text, want) {
			t.Errorf("#merges-note %q lacks %q", text, want)
		}
	}
	if strings.Contains(text, "elect") {
		t.Errorf("#merges-note %q names a stem of one word's inflections", text)
	}
	// The merged stem's word is marked * wherever the page draws it: the bars and the
	// scatter's labels; a word of one word's inflections is not.
	for _, c := range []struct{ sel, want string }{
		{"#bars text", "internal*"},
		{"#scatter text.plabel", "internal*"},
	} {
		got, err := chromedp.Run(ctx, chromedp.Evaluate[string](`Array.from(document.querySelectorAll(`+strconvQuote(c.sel)+`)).map(function(e){return e.textContent;}).join("|")`))
		if err != nil {
			t.Fatal(err)
		}
		got = unisolate(got)
		if !strings.Contains(got, c.want) || strings.Contains(got, "election*") || strings.Contains(got, "elections*") {
			t.Errorf("%s texts %q: want %q and no marked election", c.sel, got, c.want)
		}
	}
	for _, p := range problems() {
		t.Errorf("console: %s", p)
	}
}

// TestMergesNoteLanguage: outside English every stem of two words or more is in Merges
// (Distinct's rule reads English forms only), and the page says so rather than calling
// them different words.
func TestMergesNoteLanguage(t *testing.T) {
	exe := browser(t)
	a := []corpus.Document{{ID: "a1", Language: "spanish", Text: "Las elecciones del país fueron tranquilas. Las elecciones siguen."}}
	b := []corpus.Document{{ID: "b1", Language: "spanish", Text: "La elección del país fue tranquila. Los países vecinos miran."}}
	r, err := Build(&framing.Analyzer{Language: "spanish"}, a, b, "A", "B", nil, &Options{DocTest: &framing.DocTestOptions{Permutations: -1}})
	if err != nil {
		t.Fatal(err)
	}
	if r.Language != "spanish" || len(r.Merges) == 0 {
		t.Fatalf("language %q, merges %v: want spanish and some", r.Language, r.Merges)
	}
	var buf bytes.Buffer
	if err := r.WriteHTML(&buf); err != nil {
		t.Fatal(err)
	}
	ctx, problems := openPage(t, exe, t.TempDir(), buf.Bytes())
	text, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("merges-note").textContent`))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, "Stems that merge two words or more (in spanish every such stem is named") || strings.Contains(text, "not the inflections of one word") {
		t.Errorf("#merges-note %q: want the Spanish wording", text)
	}
	for _, p := range problems() {
		t.Errorf("console: %s", p)
	}
}
