package report

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
	"github.com/framediff/framediff/framing/frames"
)

// codedDocs returns 48 coded documents written here (no real article), each coded for the
// frames named: frame k is carried by document i when bit k mod 3 of i is set (for k from 3
// to 5, when it is not), and a document that carries it uses the frame's cue word, so that
// the models have something to learn, but with noise (every fifth document says the cues
// of the frames it does not carry, and not those of the frames it does).
func codedDocs(names []string) []corpus.Document {
	cues := []string{"blockade", "tariff", "orphan", "sinful", "treaty", "storm", "harvest", "verdict"}
	var out []corpus.Document
	for i := range 48 {
		codes := map[string]bool{}
		var words []string
		for k, f := range names {
			on := (i>>(k%3)&1 == 1) != (k/3%2 == 1)
			codes[f] = on
			if on != (i%5 == 0) {
				words = append(words, cues[k%len(cues)], cues[k%len(cues)])
			}
		}
		b, _ := json.Marshal(codes)
		out = append(out, corpus.Document{ID: fmt.Sprintf("c%02d", i), Event: "coded", Outlet: "coder", Language: "english",
			Text: "The officials spoke about the " + strings.Join(words, " and the ") + " on the island today.", Meta: map[string]string{"frames": string(b)}})
	}
	return out
}

// trainFrames trains frame models on codedDocs(names).
func trainFrames(t testing.TB, names []string) *frames.Model {
	t.Helper()
	m, err := frames.Train(codedDocs(names), frames.Coding{Key: "frames", Frames: names}, &frames.Options{Folds: 4})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// framesOf applies m to the documents of sides a and b (named nameA and nameB: every
// document of a is on A) and gathers the frames section: 300 replicates, evidence from
// every document with up to 3 lines a feature.
func framesOf(t testing.TB, m *frames.Model, a, b []corpus.Document, nameA, nameB, modelFile string) *Frames {
	t.Helper()
	inA := map[string]bool{}
	for _, d := range a {
		inA[d.Event+"\x00"+d.ID] = true
	}
	sides := []corpus.Side{
		{Name: nameA, Match: func(d corpus.Document) bool { return inA[d.Event+"\x00"+d.ID] }},
		{Name: nameB, Match: func(d corpus.Document) bool { return !inA[d.Event+"\x00"+d.ID] }},
	}
	docs := slices.Concat(a, b)
	prev, err := m.Prevalence(docs, sides, &frames.PrevalenceOptions{Replicates: 300, Method: frames.ACC})
	if err != nil {
		t.Fatal(err)
	}
	evidence := map[string][]frames.Term{}
	for _, f := range m.Frames() {
		if evidence[f], err = m.Evidence(docs, f, 8, 3, 40); err != nil {
			t.Fatal(err)
		}
	}
	fs, err := NewFrames(m, prev, evidence, modelFile)
	if err != nil {
		t.Fatal(err)
	}
	return fs
}

// TestNewFrames: the section carries the model's figures, its prevalence, the evidence in
// the model's order, and the digests of the model (one for a model trained and the same
// model loaded again) and of its file; a prevalence of another model or evidence of
// another frame is an error.
func TestNewFrames(t *testing.T) {
	names := []string{"conflict", "economic"}
	m := trainFrames(t, names)
	a, b := sampleAllSides(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "model.json")
	saved, err := json.MarshalIndent(m, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, saved, 0o644); err != nil {
		t.Fatal(err)
	}
	var loaded frames.Model
	if err := json.Unmarshal(saved, &loaded); err != nil {
		t.Fatal(err)
	}
	trained := framesOf(t, m, a, b, "state", "wire", "")
	again := framesOf(t, &loaded, a, b, "state", "wire", path)
	if trained.ModelSHA256 != again.ModelSHA256 || len(trained.ModelSHA256) != 64 {
		t.Errorf("model digests %q (trained) and %q (loaded)", trained.ModelSHA256, again.ModelSHA256)
	}
	// The file's digest is the file's, which sha256sum gives too: its bytes are indented.
	if trained.ModelFile != nil || again.ModelFile == nil || again.ModelFile.Path != path || again.ModelFile.Bytes != int64(len(saved)) || again.ModelFile.SHA256 == again.ModelSHA256 {
		t.Errorf("model files %+v and %+v", trained.ModelFile, again.ModelFile)
	}
	if !slices.Equal(trained.Frames, names) || len(trained.Evidence) != 2 || trained.Evidence[0].Frame != "conflict" || trained.Evidence[1].Frame != "economic" {
		t.Errorf("frames %q, evidence of %d", trained.Frames, len(trained.Evidence))
	}
	if trained.Lexicon != framing.FramesLexicon().Name() || trained.Options.Folds != 4 || trained.Coding.Key != "frames" {
		t.Errorf("lexicon %q, options %+v, coding %+v", trained.Lexicon, trained.Options, trained.Coding)
	}
	// A frame without evidence has an empty list; evidence of no frame of the model is an error.
	prev := trained.Prevalence
	f, err := NewFrames(m, prev, nil, "")
	if err != nil || len(f.Evidence) != 2 || f.Evidence[0].Terms == nil || len(f.Evidence[0].Terms) != 0 {
		t.Errorf("no evidence: %+v, %v", f, err)
	}
	if _, err := NewFrames(m, prev, map[string][]frames.Term{"morality": nil}, ""); !errors.Is(err, framing.ErrOption) {
		t.Errorf("evidence of another frame: %v", err)
	}
	other := trainFrames(t, []string{"conflict", "resolution"})
	if _, err := NewFrames(other, prev, nil, ""); !errors.Is(err, framing.ErrMismatch) {
		t.Errorf("a prevalence of other frames: %v", err)
	}
	// Same frames, other models: trained on other folds.
	refit, err := frames.Train(codedDocs(names), frames.Coding{Key: "frames", Frames: names}, &frames.Options{Folds: 3})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := NewFrames(refit, prev, nil, ""); !errors.Is(err, framing.ErrMismatch) {
		t.Errorf("a prevalence of another model of the same frames: %v", err)
	}
	if _, err := NewFrames(m, prev, nil, filepath.Join(dir, "missing.json")); err == nil {
		t.Error("a missing model file: no error")
	}
}

// framesPage checks the frames section of a report opened in p: the model card, the
// shares (table and dot plot), the differences and their forest plots, the evidence (every
// feature clicked, and a line of each clicked through to its document), and the
// provenance. Names are compared as the page shows them, cut to 32 characters in tables.
func framesPage(t *testing.T, p *page, fs *Frames) {
	t.Helper()
	if p.count("#frames-section[hidden]") != 0 {
		t.Fatal("the frames section is hidden")
	}
	cut := func(s string) string {
		r := []rune(s)
		if len(r) <= 32 {
			return s
		}
		return string(r[:31]) + "…"
	}
	shown := func(s string) string { return cut(strings.ReplaceAll(s, rlo, `\u202e`)) }
	prev := fs.Prevalence
	// (a) The model card: one row per frame, the out-of-fold figures.
	card := p.texts("#frames-card tr.row")
	if len(card) != len(prev.Stats) {
		t.Errorf("%d model rows for %d frames", len(card), len(prev.Stats))
	}
	for i, st := range prev.Stats {
		want := fmt.Sprintf("%s%d of %d%g%.3f%.3f%.2f%.2f", shown(st.Frame), st.Coded, st.Documents, st.C, st.AUC, st.Threshold, st.TPR, st.FPR)
		if i < len(card) && card[i] != want {
			t.Errorf("model row %d: %q, want %q", i, card[i], want)
		}
	}
	note := p.text("#frames-card-note")
	for _, want := range []string{fmt.Sprintf("Learned from %d coded documents", prev.Stats[0].Documents), "4-fold cross-validation",
		"estimated by " + prev.Options.Method.String() + ":", "corrected for these error rates", "SHA-256 " + fs.ModelSHA256} {
		if !strings.Contains(note, want) {
			t.Errorf("the models' note lacks %q: %s", want, note)
		}
	}
	// (b) The shares: a row per frame, a column per side, and a dot per share.
	var sides []string
	for _, s := range prev.Shares {
		if s.Event == "" && !slices.Contains(sides, s.Side) {
			sides = append(sides, s.Side)
		}
	}
	var overall []frames.Share // as the page lists them: by frame, then side
	for _, f := range fs.Frames {
		for _, side := range sides {
			i := slices.IndexFunc(prev.Shares, func(s frames.Share) bool { return s.Event == "" && s.Frame == f && s.Side == side })
			if i < 0 {
				t.Fatalf("no share of %q on %q", f, side)
			}
			overall = append(overall, prev.Shares[i])
		}
	}
	var heads []string
	for _, s := range sides {
		heads = append(heads, shown(s))
	}
	if got := p.texts("#frames-shares th"); !slices.Equal(got, append([]string{"frame"}, heads...)) {
		t.Errorf("shares columns %q", got)
	}
	if got := p.texts("#frames-shares tr.row td:first-child"); len(got) != len(fs.Frames) {
		t.Errorf("shares rows %q for %d frames", got, len(fs.Frames))
	}
	est, sub := p.texts("#frames-shares td .est"), p.texts("#frames-shares td .sub:not(.clip)")
	clipped := 0
	for i, s := range overall {
		if s.Clipped {
			clipped++
		}
		if i >= len(est) || i >= len(sub) {
			break
		}
		if want := fmt.Sprintf("%.2f [%.2f, %.2f]", s.Estimate, s.Low, s.High); est[i] != want {
			t.Errorf("share %q of %q: %q, want %q", s.Frame, s.Side, est[i], want)
		}
		if want := fmt.Sprintf("raw %.2f · n %d", s.Raw, s.Documents); sub[i] != want {
			t.Errorf("share %q of %q: %q, want %q", s.Frame, s.Side, sub[i], want)
		}
	}
	if len(est) != len(overall) || p.count("#frames-shares .clip") != clipped {
		t.Errorf("%d shares shown of %d; %d marked clipped of %d", len(est), len(overall), p.count("#frames-shares .clip"), clipped)
	}
	if n := p.text("#frames-shares-note"); !strings.Contains(n, fmt.Sprintf("%.0f%% interval", 100*prev.Options.Level)) ||
		!strings.Contains(n, fmt.Sprintf("%d replicates seeded with %d", prev.Options.Replicates, prev.Options.Seed)) {
		t.Errorf("the shares' note: %s", n)
	}
	// The dots sit at the estimates on the axis its ticks draw.
	var ticks []box
	p.eval(`Array.prototype.map.call(document.querySelectorAll("#frames-dots text.tick"),function(t){return {X:Number(t.getAttribute("x")),Text:t.textContent};})`, &ticks)
	var cx []float64
	p.eval(`Array.prototype.map.call(document.querySelectorAll("#frames-dots circle.fdot"),function(c){return Number(c.getAttribute("cx"));})`, &cx)
	if x := linearAxis(t, "dot plot", ticks); x != nil {
		if len(cx) != len(overall) {
			t.Errorf("%d dots for %d shares", len(cx), len(overall))
		}
		for i, s := range overall[:min(len(cx), len(overall))] {
			if math.Abs(cx[i]-x(s.Estimate)) > 0.15 {
				t.Errorf("share %q of %q: dot at x %.1f, its estimate %.3f at %.1f", s.Frame, s.Side, cx[i], s.Estimate, x(s.Estimate))
			}
		}
	}
	// (c) The differences: a row per frame and pair of sides; a click draws its events.
	type group struct {
		all, pooled *frames.Difference
		events      int
	}
	var keys []string
	groups := map[string]*group{}
	for _, d := range prev.Differences {
		k := d.Frame + "\x00" + d.SideA + "\x00" + d.SideB
		g := groups[k]
		if g == nil {
			g = &group{}
			groups[k] = g
			keys = append(keys, k)
		}
		switch {
		case d.Pooled:
			g.pooled = &d
		case d.Event == "":
			g.all = &d
		default:
			g.events++
		}
	}
	rows := p.texts("#frames-diffs tr.row")
	if len(rows) != len(keys) {
		t.Errorf("%d difference rows for %d frames and pairs", len(rows), len(keys))
	}
	signed := func(x float64) string {
		if x > 0 {
			return fmt.Sprintf("+%.2f", x)
		}
		return fmt.Sprintf("%.2f", x)
	}
	interval := func(d *frames.Difference) string {
		return fmt.Sprintf("%s [%s, %s]", signed(d.Estimate), signed(d.Low), signed(d.High))
	}
	for i, k := range keys[:min(len(keys), len(rows))] {
		g := groups[k]
		parts := strings.Split(k, "\x00")
		want := shown(parts[0]) + shown(parts[1]) + " − " + shown(parts[2]) + interval(g.all)
		if g.pooled != nil {
			want += fmt.Sprintf("%s (%d events)%.0f", interval(g.pooled), g.pooled.Events, g.pooled.I2)
		}
		if rows[i] != want {
			t.Errorf("difference row %d: %q, want %q", i, rows[i], want)
		}
		p.click(fmt.Sprintf(`#frames-diffs tr.row[data-i="%d"]`, i))
		summaries := 1
		if g.pooled != nil {
			summaries++
		}
		if n, m := p.count("#frames-forest circle.fevent"), p.count("#frames-forest rect.fsummary"); n != g.events || m != summaries {
			t.Errorf("difference row %d: forest of %d events and %d summaries, want %d and %d", i, n, m, g.events, summaries)
		}
	}
	// (d) The evidence: a button per feature found; its lines; a line's document.
	docLines := map[string]int{}
	for _, e := range fs.Evidence {
		for _, term := range e.Terms {
			for _, l := range term.Lines {
				docLines[l.DocID]++
			}
		}
	}
	b := 0
	for _, e := range fs.Evidence {
		for _, term := range e.Terms {
			if term.Count == 0 {
				continue
			}
			label := shown(term.Word)
			if term.Category {
				label = "[" + label + "]"
			}
			var got string
			p.eval(fmt.Sprintf(`(function(){var b=document.querySelectorAll("#frames-evidence button.chip")[%d];if(!b){return "";}b.click();return b.textContent;})()`, b), &got)
			b++
			if want := fmt.Sprintf("%s %d", label, term.Count); unisolate(got) != want {
				t.Errorf("frame %q: button %q, want %q", e.Frame, unisolate(got), want)
			}
			if n := p.count("#frames-lines .line"); n != len(term.Lines) {
				t.Errorf("frame %q, %q: %d lines shown of %d", e.Frame, term.Word, n, len(term.Lines))
			}
			if len(term.Lines) == 0 {
				continue
			}
			p.click("#frames-lines .line")
			if n := p.count("#frames-lines .line"); n != docLines[term.Lines[0].DocID] {
				t.Errorf("document %q: %d lines shown, the evidence has %d", term.Lines[0].DocID, n, docLines[term.Lines[0].DocID])
			}
		}
	}
	if n := p.count("#frames-evidence button.chip"); n != b || b == 0 {
		t.Errorf("%d feature buttons, %d features found", n, b)
	}
	// (e) Provenance.
	prov := p.text("#frames-provenance")
	for _, want := range []string{`"model_sha256": "` + fs.ModelSHA256 + `"`, `"folds": 4`, `"lexicon": "news-frames"`, `"key": "frames"`} {
		if !strings.Contains(prov, want) {
			t.Errorf("the model's provenance lacks %s", want)
		}
	}
}

// TestFramesInBrowser: the frames section of the sample's report, with frame models
// learned from codedDocs.
func TestFramesInBrowser(t *testing.T) {
	a, b := sampleAllSides(t)
	an := &framing.Analyzer{Voices: framing.OwnVoice}
	r, err := Build(an, a, b, "state", "wire", nil, &Options{Top: 200})
	if err != nil {
		t.Fatal(err)
	}
	r.Frames = framesOf(t, trainFrames(t, []string{"conflict", "economic", "human-interest"}), a, b, "state", "wire", "")
	p := openReport(t, r)
	framesPage(t, p, r.Frames)
	if n := p.count("#frames-evidence button.chip.cat"); n == 0 {
		t.Error("no lexicon category among the features")
	}
}

// TestHostileFrames: frames named by Object.prototype's properties, by markup, with a
// right-to-left override or by 300 characters are data in every part of the section.
func TestHostileFrames(t *testing.T) {
	r, _ := hostileReport(t)
	p := openReport(t, r)
	framesPage(t, p, r.Frames)
	var heads []string
	for _, f := range hostileFrames {
		heads = append(heads, strings.ReplaceAll(f, rlo, `\u202e`))
	}
	if got := p.texts("#frames-evidence h4"); !slices.Equal(got, heads[:5]) && !(len(got) == 6 && slices.Equal(got[:5], heads[:5]) && strings.HasSuffix(got[5], "…")) {
		t.Errorf("evidence headings %q", got)
	}
	if strings.Contains(p.html, "</script><script>alert(1)") || p.count("script") != 2 {
		t.Errorf("a frame's name became markup: %d script elements", p.count("script"))
	}
	// The long name: cut, whole on hover.
	var whole int
	p.eval(`Array.prototype.filter.call(document.querySelectorAll("#frames-section [title]"),function(e){return e.title===`+jsString(hostileFrames[5])+`;}).length`, &whole)
	if whole == 0 {
		t.Error("the frame of 300 characters is not whole on hover anywhere")
	}
}
