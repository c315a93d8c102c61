package report

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// Options tunes [Build]. The zero value is the documented default.
type Options struct {
	Title string // the report's title; default "side A vs side B"
	// Top is how many terms the scatter shows, the most distinctive (largest |z|) first:
	// default 2000, which keeps the page fast.
	Top int
	// KWICTerms is how many of those terms carry keyword-in-context lines (default 300),
	// and KWIC how many lines each, per side (default 8).
	KWICTerms, KWIC int
	// Width is the runes of context in a line (default 60).
	Width int
	// Bars is how many terms per side the bar chart shows (default 15).
	Bars int
	// Shift is how many words the word shift graph shows (default 40).
	Shift int
	// Lexicons are the category lexicons compared (default: framing.FramesLexicon and
	// framing.EvaluativeLexicon); each category carries up to KWIC lines per side. Two
	// lexicons with one name are an error wrapping framing.ErrOption.
	Lexicons []*framing.Lexicon
	// Pool configures the per-event section, shown when the sides share two or more
	// events (default: framing's PoolOptions defaults with MinEvents 2); PooledTerms is how
	// many pooled terms it lists (default 200) and Forests how many of them carry their
	// per-event tables for a forest plot (default 60).
	Pool                 *framing.PoolOptions
	PooledTerms, Forests int
}

// A Report is what the HTML report shows: two sides, their terms with scores, the lines
// behind the terms, and who is quoted. Build one with [Build]; it is plain data, so it can
// be written as JSON too.
type Report struct {
	Title      string      `json:"title"`
	Provenance *Provenance `json:"provenance,omitempty"`
	SideA      string      `json:"side_a"`
	SideB      string      `json:"side_b"`
	DocsA      int         `json:"docs_a"`
	DocsB      int         `json:"docs_b"`
	TokensA    int         `json:"tokens_a"`
	TokensB    int         `json:"tokens_b"`
	// Terms are the scatter's terms, most distinctive first.
	Terms []framing.KeyTerm `json:"terms"`
	// KWIC holds the lines of the first KWICTerms terms, side A's first.
	KWIC map[string][]SideLine `json:"kwic"`
	// VoicesA and VoicesB are each side's voices: quoted shares, speakers, verbs.
	VoicesA *framing.VoiceStats `json:"voices_a"`
	VoicesB *framing.VoiceStats `json:"voices_b"`
	Bars    int                 `json:"bars"`
	// JSD is the Jensen–Shannon divergence of the two sides in bits, and Shift the words
	// that contribute most to it (framing.WordShift), largest first.
	JSD   float64         `json:"jsd_bits"`
	Shift []framing.Shift `json:"word_shift"`
	// Categories compares the sides' rates of each lexicon category (log-likelihood G2,
	// signed toward A), each with the lines behind it.
	Categories []Category `json:"categories"`
	// Events is the per-event view: nil unless the sides share two or more events.
	Events *Events `json:"events,omitempty"`
	// Groups is the comparison of more than two groups (see AddGroups): the heat map of
	// their divergences.
	Groups *framing.Groups `json:"groups,omitempty"`
}

// AddGroups adds a comparison of k groups ([framing.CompareGroups]) to the report: a heat
// map of the Jensen–Shannon divergences between groups, over all events and per event, the
// within-kind and between-kind means, and each group's most distinctive pooled terms. The
// groups' per-event comparisons are dropped from the page (they can be large).
func (r *Report) AddGroups(g *framing.Groups) {
	c := *g
	c.Comparisons = nil
	for _, p := range g.Comparisons {
		q := *p
		q.PerEvent = nil
		q.Terms = q.Terms[:min(len(q.Terms), 40)]
		c.Comparisons = append(c.Comparisons, &q)
	}
	r.Groups = &c
}

// A Category is one lexicon category's rates on the two sides, and its lines (up to
// Options.KWIC per side, side A's first).
type Category struct {
	Lexicon  string `json:"lexicon"`
	Category string `json:"category"`
	framing.KeyTerm
	Lines []SideLine `json:"lines"`
}

// Events is the report's per-event section: each event's comparison, the terms pooled
// across events with their heterogeneity, and a placebo of two outlets of side B.
type Events struct {
	Rows []EventRow `json:"rows"`
	// Terms are the first pooled terms, in the Pool options' ranking.
	Terms []framing.PooledTerm `json:"terms"`
	// Forest holds the per-event tables of the first Forests terms, by term.
	Forest  map[string][]framing.EventTable `json:"forest"`
	Placebo *Placebo                        `json:"placebo,omitempty"`
	Options framing.PoolOptions             `json:"options"`
}

// An EventRow is one event's comparison.
type EventRow struct {
	Event   string  `json:"event"`
	DocsA   int     `json:"docs_a"`
	DocsB   int     `json:"docs_b"`
	TokensA int     `json:"tokens_a"`
	TokensB int     `json:"tokens_b"`
	JSD     float64 `json:"jsd_bits"`
	// PlaceboJSD is the divergence of the placebo's two outlets in this event, or -1.
	PlaceboJSD float64  `json:"placebo_jsd_bits"`
	TopA       []string `json:"top_a"` // the words leaning most to A in this event
	TopB       []string `json:"top_b"`
}

// A Placebo compares two outlets of side B (the pair covering the most events together)
// as if they were the two sides: framing differences between the real sides should exceed
// those between two outlets of one side.
type Placebo struct {
	OutletA string `json:"outlet_a"`
	OutletB string `json:"outlet_b"`
	Events  int    `json:"events"`
	// Significant counts pooled terms with |z| >= 1.96, of Terms pooled, for the placebo
	// and (Real...) for the real comparison.
	Significant     int     `json:"significant"`
	Terms           int     `json:"terms"`
	RealSignificant int     `json:"real_significant"`
	RealTerms       int     `json:"real_terms"`
	MeanJSD         float64 `json:"mean_jsd_bits"`      // over the placebo's events
	RealMeanJSD     float64 `json:"real_mean_jsd_bits"` // over the same events
}

// A SideLine is a keyword-in-context line and the side its document is on ("A" or "B").
type SideLine struct {
	Side string `json:"side"`
	framing.Line
}

// Build compares two sides with an (its Voices decide which words count: OwnVoice for the
// outlets' own words) and gathers what the HTML report shows.
func Build(an *framing.Analyzer, a, b []corpus.Document, nameA, nameB string, prov *Provenance, opts *Options) (*Report, error) {
	var o Options
	if opts != nil {
		o = *opts
	}
	if o.Top <= 0 {
		o.Top = 2000
	}
	if o.KWICTerms <= 0 {
		o.KWICTerms = 300
	}
	if o.KWIC <= 0 {
		o.KWIC = 8
	}
	if o.Width <= 0 {
		o.Width = 60
	}
	if o.Bars <= 0 {
		o.Bars = 15
	}
	if o.Title == "" {
		o.Title = nameA + " vs " + nameB
	}
	if o.Shift <= 0 {
		o.Shift = 40
	}
	if o.Lexicons == nil {
		o.Lexicons = []*framing.Lexicon{framing.FramesLexicon(), framing.EvaluativeLexicon()}
	}
	if o.PooledTerms <= 0 {
		o.PooledTerms = 200
	}
	if o.Forests <= 0 {
		o.Forests = 60
	}
	ps, err := an.Profiles(a, b)
	if err != nil {
		return nil, err
	}
	rows, err := framing.Keyness(ps[0], ps[1], &framing.KeynessOptions{N: 1})
	if err != nil {
		return nil, err
	}
	if err := framing.SortKeyTerms(rows, framing.ByStrength, framing.Descending); err != nil {
		return nil, err
	}
	if len(rows) > o.Top {
		rows = rows[:o.Top]
	}
	r := &Report{Title: o.Title, Provenance: prov, SideA: nameA, SideB: nameB, DocsA: len(a), DocsB: len(b),
		TokensA: ps[0].Total(1), TokensB: ps[1].Total(1), Terms: rows, KWIC: map[string][]SideLine{}, Bars: o.Bars}
	var want []string
	for i, t := range rows {
		if i == o.KWICTerms {
			break
		}
		want = append(want, t.Term)
	}
	// The two sides' lines and voices, side by side: each is one pass over its documents.
	var lines [2]map[string][]framing.Line
	var voices [2]*framing.VoiceStats
	var errs [2]error
	var wg sync.WaitGroup
	for side, docs := range [][]corpus.Document{a, b} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if lines[side], errs[side] = an.Concordances(docs, want, o.Width, o.KWIC); errs[side] == nil {
				voices[side], errs[side] = an.VoiceStats(docs...)
			}
		}()
	}
	wg.Wait()
	if err := errors.Join(errs[:]...); err != nil {
		return nil, err
	}
	for side := range lines {
		for _, term := range want {
			for _, l := range lines[side][term] {
				r.KWIC[term] = append(r.KWIC[term], SideLine{Side: [2]string{"A", "B"}[side], Line: l})
			}
		}
	}
	r.VoicesA, r.VoicesB = voices[0], voices[1]
	if r.JSD, err = framing.JensenShannon(ps[0], ps[1]); err != nil {
		return nil, err
	}
	shift, err := framing.WordShift(ps[0], ps[1], framing.Bits)
	if err != nil {
		return nil, err
	}
	r.Shift = shift[:min(len(shift), o.Shift)]
	if err := r.addCategories(an, a, b, &o); err != nil {
		return nil, err
	}
	if err := r.addEvents(an, a, b, &o); err != nil {
		return nil, err
	}
	return r, nil
}

// addCategories compares the sides' lexicon category rates, with the lines of each.
func (r *Report) addCategories(an *framing.Analyzer, a, b []corpus.Document, o *Options) error {
	for i, lex := range o.Lexicons {
		if j := slices.IndexFunc(o.Lexicons[:i], func(l *framing.Lexicon) bool { return l.Name() == lex.Name() }); j >= 0 {
			return fmt.Errorf("report: lexicons %d and %d are both named %q: %w", j+1, i+1, lex.Name(), framing.ErrOption)
		}
	}
	for _, lex := range o.Lexicons {
		var ps [2]*framing.Profile
		var lines [2]map[string][]framing.Line
		for side, docs := range [][]corpus.Document{a, b} {
			var err error
			if ps[side], lines[side], err = an.LexiconEvidence(docs, lex, o.Width, o.KWIC); err != nil {
				return err
			}
		}
		rows, err := framing.Keyness(ps[0], ps[1], &framing.KeynessOptions{Measure: framing.MeasureLogLikelihood})
		if err != nil {
			if errors.Is(err, framing.ErrEmpty) {
				continue // no category word on a side
			}
			return err
		}
		for _, row := range rows {
			c := Category{Lexicon: lex.Name(), Category: row.Term, KeyTerm: row, Lines: []SideLine{}}
			for side := range lines {
				for _, l := range lines[side][row.Term] {
					c.Lines = append(c.Lines, SideLine{Side: [2]string{"A", "B"}[side], Line: l})
				}
			}
			r.Categories = append(r.Categories, c)
		}
	}
	return nil
}

// addEvents adds the per-event section when the sides share two or more events.
func (r *Report) addEvents(an *framing.Analyzer, a, b []corpus.Document, o *Options) error {
	inA, inB := map[string]bool{}, map[string]bool{}
	eventsA := map[string]bool{}
	for _, d := range a {
		inA[d.Event+"\x00"+d.ID] = true
		eventsA[d.Event] = true
	}
	shared := map[string]bool{}
	for _, d := range b {
		inB[d.Event+"\x00"+d.ID] = true
		if eventsA[d.Event] {
			shared[d.Event] = true
		}
	}
	if len(shared) < 2 {
		return nil
	}
	pool := framing.PoolOptions{MinEvents: 2}
	if o.Pool != nil {
		pool = *o.Pool
	}
	sides := []corpus.Side{
		{Name: r.SideA, Match: func(d corpus.Document) bool { return inA[d.Event+"\x00"+d.ID] }},
		{Name: r.SideB, Match: func(d corpus.Document) bool { return inB[d.Event+"\x00"+d.ID] }},
	}
	outlets := func(d corpus.Document) string {
		if inB[d.Event+"\x00"+d.ID] {
			return "outlet:" + d.Outlet
		}
		return ""
	}
	docs := func(yield func(corpus.Document, error) bool) {
		for _, list := range [][]corpus.Document{a, b} {
			for _, d := range list {
				if !yield(d, nil) {
					return
				}
			}
		}
	}
	ec, err := framing.CountEvents(an, docs, sides, &framing.CountOptions{SideBy: outlets, NoRows: pool.Permutations < 0})
	if err != nil {
		return err
	}
	defer ec.Close()
	p, err := ec.Pool(0, 1, &pool)
	if err != nil {
		return err
	}
	ev := &Events{Options: p.Options, Forest: map[string][]framing.EventTable{}}
	ev.Terms = p.Terms[:min(len(p.Terms), o.PooledTerms)]
	for i, t := range ev.Terms {
		if i == o.Forests {
			break
		}
		if ev.Forest[t.Term], err = ec.EventTables(t.Term, 0, 1); err != nil {
			return err
		}
	}
	placeboJSD := map[string]float64{}
	if x, y := ec.BusiestPair(2); x > 0 {
		if pp, err := ec.Pool(x, y, &pool); err == nil {
			pl := &Placebo{OutletA: strings.TrimPrefix(pp.SideA, "outlet:"), OutletB: strings.TrimPrefix(pp.SideB, "outlet:"),
				Events: len(pp.Events), Terms: len(pp.Terms), RealTerms: len(p.Terms)}
			pl.Significant, pl.RealSignificant = significant(pp.Terms), significant(p.Terms)
			for _, c := range pp.PerEvent {
				placeboJSD[c.Event] = c.JSD
				pl.MeanJSD += c.JSD / float64(len(pp.PerEvent))
			}
			n := 0
			for _, c := range p.PerEvent {
				if _, ok := placeboJSD[c.Event]; ok {
					pl.RealMeanJSD += c.JSD
					n++
				}
			}
			pl.RealMeanJSD /= float64(max(n, 1))
			ev.Placebo = pl
		}
	}
	for _, c := range p.PerEvent {
		row := EventRow{Event: c.Event, DocsA: c.DocsA, DocsB: c.DocsB, TokensA: c.TokensA, TokensB: c.TokensB, JSD: c.JSD, PlaceboJSD: -1}
		if j, ok := placeboJSD[c.Event]; ok {
			row.PlaceboJSD = j
		}
		for i, t := range c.TopA {
			if i < 5 {
				row.TopA = append(row.TopA, t.Word)
			}
		}
		for i, t := range c.TopB {
			if i < 5 {
				row.TopB = append(row.TopB, t.Word)
			}
		}
		ev.Rows = append(ev.Rows, row)
	}
	r.Events = ev
	return nil
}

func significant(ts []framing.PooledTerm) int {
	n := 0
	for _, t := range ts {
		if math.Abs(t.Z) >= 1.96 {
			n++
		}
	}
	return n
}

// WriteHTML writes the report as one self-contained HTML file: no network access, a
// Content-Security-Policy that allows only the page's own script and style (by hash), and
// the data embedded as JSON that cannot close its script element. Every string of the
// report (names, words, lines, titles) is in that data and nowhere else in the file; the
// page's script shows each as text, never markup: with control characters and the
// characters that reorder text (bidirectional marks, embeddings, overrides, isolates)
// written as escapes (\x1b, \u202e), as the command-line programs write them; isolated
// (<bdi>, or U+2068 ... U+2069 in figures and tooltips), so that no name's direction moves
// the text around it; cut to 200 characters in running text and 32 in figures and tables,
// with the whole value on hover; and looked up as data, so that a term named
// "constructor" or "__proto__" is a term like any other.
func (r *Report) WriteHTML(w io.Writer) error {
	data, err := json.Marshal(r) // escapes <, >, &, U+2028 and U+2029
	if err != nil {
		return err
	}
	page := pageData{Data: template.JS(data), Script: template.JS(reportJS), Style: template.CSS(reportCSS),
		ScriptHash: hash(reportJS), StyleHash: hash(reportCSS)}
	var buf bytes.Buffer
	if err := pageTemplate.Execute(&buf, page); err != nil {
		return err
	}
	_, err = w.Write(buf.Bytes())
	return err
}

type pageData struct {
	Data                  template.JS
	Script                template.JS
	Style                 template.CSS
	ScriptHash, StyleHash string
}

func hash(s string) string {
	h := sha256.Sum256([]byte(s))
	return "sha256-" + base64.StdEncoding.EncodeToString(h[:])
}

var pageTemplate = template.Must(template.New("report").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src '{{.ScriptHash}}'; style-src '{{.StyleHash}}'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>framediff report</title>
<style>{{.Style}}</style>
</head>
<body>
<header><h1 id="title"></h1><p id="summary"></p></header>
<section>
<h2>Terms</h2>
<p class="note">Each point is a term: its rate per million words on each side (log scale), coloured by its log-odds z (side A warm, side B cool). Hover for counts; click for the lines behind it.</p>
<label>Find a term: <input id="search" type="search" autocomplete="off"></label>
<svg id="scatter" width="760" height="560" role="img" aria-label="scatter of terms"></svg>
<div id="kwic" aria-live="polite"><p class="note">Click a term to read its lines.</p></div>
</section>
<section>
<h2>Most distinctive terms</h2>
<svg id="bars" width="760" height="420" role="img" aria-label="bar chart of the most distinctive terms"></svg>
</section>
<section>
<h2>What drives the divergence</h2>
<p class="note" id="shift-note"></p>
<svg id="shift" width="760" height="420" role="img" aria-label="word shift graph"></svg>
</section>
<section id="events-section" hidden>
<h2>Events</h2>
<p class="note">Each event compared on its own; the placebo compares two outlets of one side, which should differ less than the sides do.</p>
<p id="placebo"></p>
<div class="scroll"><table id="events-table"></table></div>
<h3>Terms pooled across events</h3>
<p class="note">Mantel–Haenszel log odds ratio (&gt; 0: more in side A) with its z; same: events leaning the same way; I²: share of the variation across events that is real heterogeneity; prediction: where the log odds ratio would fall in a new event. Click a row for its forest plot.</p>
<div class="scroll"><table id="pooled"></table></div>
<svg id="forest" width="760" height="60" role="img" aria-label="forest plot"></svg>
</section>
<section id="groups-section" hidden>
<h2>Groups</h2>
<p class="note" id="groups-note"></p>
<label>Events: <select id="groups-event"></select></label>
<div class="wide"><svg id="heatmap" width="760" height="300" role="img" aria-label="heat map of divergences between groups"></svg></div>
<div id="group-terms"></div>
</section>
<section>
<h2>Lexicon categories</h2>
<p class="note">Occurrences per 1,000 counted words; G2 signed toward side A. Click a row for its lines.</p>
<div class="scroll"><table id="categories"></table></div>
<div id="catlines" class="lines"></div>
</section>
<section>
<h2>Voices</h2>
<div id="voices"></div>
</section>
<footer><details><summary>Provenance</summary><pre id="provenance"></pre></details></footer>
<script type="application/json" id="data">{{.Data}}</script>
<script>{{.Script}}</script>
</body>
</html>
`))

const reportCSS = `body{font:14px/1.45 system-ui,sans-serif;margin:1.5em auto;max-width:62em;color:#222;overflow-wrap:anywhere}
h1{font-size:1.5em}h2{font-size:1.15em;border-bottom:1px solid #ddd}
.note{color:#666;font-size:.9em}
#scatter circle{cursor:pointer;stroke:#333;stroke-width:.3}
#scatter circle.hit{stroke:#000;stroke-width:2}
#scatter text,#bars text{font-size:11px;fill:#333}
#kwic{font-family:ui-monospace,monospace;font-size:12px;max-height:22em;overflow:auto;border:1px solid #eee;padding:.5em}
#kwic .line{white-space:pre;overflow:hidden;text-overflow:ellipsis}
#kwic mark{background:#ffe58a}
#kwic .side-A{color:#a33}#kwic .side-B{color:#336}
#kwic .voice{color:#777}
.lines{font-family:ui-monospace,monospace;font-size:12px;max-height:18em;overflow:auto}
.lines .line{white-space:pre;overflow:hidden;text-overflow:ellipsis}
.lines mark{background:#ffe58a}
#pooled tr.row,#categories tr.row{cursor:pointer}
#pooled tr.sel,#categories tr.sel{background:#fff3c4}
.scroll{max-height:24em;overflow:auto;border:1px solid #eee}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
th{overflow-wrap:normal}
#provenance{white-space:pre-wrap}
select{max-width:100%}
.wide{overflow-x:auto}
#shift text,#forest text{font-size:11px;fill:#333}
table{border-collapse:collapse}td,th{padding:.2em .6em;border-bottom:1px solid #eee;text-align:left}`

const reportJS = `(function(){
"use strict";
var data=JSON.parse(document.getElementById("data").textContent);
var NS="http://www.w3.org/2000/svg";
// Keys from the data are data: each table keyed by them is a Map of its own properties, so
// that a term such as "constructor" or "__proto__" never finds Object.prototype's.
function table(o){var m=new Map();if(o!==null&&typeof o==="object"){Object.keys(o).forEach(function(k){m.set(k,o[k]);});}return m;}
function list(x){return Array.isArray(x)?x:[];}
// User text (every string from the data) enters the page only as U(s): shown with control
// characters and the characters that reorder text written as escapes (\x1b, \u202e, as the
// command-line programs write them); isolated, so that its direction, even a right-to-left
// name's, cannot move the text around it (a <bdi> element, or U+2068...U+2069 where only
// plain text can go: SVG text, tooltips, options); and cut to max characters (LONG in
// running text, LABEL in figures and tables) with the whole value on hover.
var LONG=200,LABEL=32;
var UNSAFE=/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;
function esc(s,keepLines){return s.replace(UNSAFE,function(c){if(keepLines&&c==="\n"){return c;}var n=c.charCodeAt(0);return n<256?"\\x"+("0"+n.toString(16)).slice(-2):"\\u"+("000"+n.toString(16)).slice(-4);});}
function U(x,max){return {u:(x===undefined||x===null)?"":String(x),max:max||LONG};}
function isU(p){return p!==null&&typeof p==="object"&&!Array.isArray(p);}
function flat(text,out){out=out||[];if(Array.isArray(text)){text.forEach(function(p){flat(p,out);});}else if(text!==undefined&&text!==""){out.push(text);}return out;}
// shown is the escaped, cut form of a user part; whole its escaped whole value, "" if it was not cut.
function shown(p){if(p.u.length<=p.max){return esc(p.u);}var k=p.max-1,c=p.u.charCodeAt(k-1);if(c>=0xd800&&c<0xdc00){k--;}return esc(p.u.slice(0,k))+"…";}
function whole(p){return p.u.length>p.max?esc(p.u):"";}
// put appends text to e: the page's own strings as text, user parts as <bdi>.
function put(e,text){flat(text).forEach(function(p){if(isU(p)){var b=document.createElement("bdi");b.textContent=shown(p);var w=whole(p);if(w){b.title=w;}e.appendChild(b);}else{e.appendChild(document.createTextNode(String(p)));}});return e;}
// plain is text where no element can go; wholes the whole values of its cut user parts.
function plain(text){return flat(text).map(function(p){return isU(p)?"\u2068"+shown(p)+"\u2069":String(p);}).join("");}
function wholes(text){return flat(text).filter(isU).map(whole).filter(Boolean).join("\n");}
function el(name,attrs,parent){var e=document.createElementNS(NS,name);for(var k in attrs){e.setAttribute(k,attrs[k]);}if(parent){parent.appendChild(e);}return e;}
function h(name,text,parent,cls){var e=put(document.createElement(name),text);if(cls){e.className=cls;}if(parent){parent.appendChild(e);}return e;}
// label is an SVG text element, with the whole of what it cut in its tooltip; tip an SVG element's tooltip.
function label(attrs,text,parent){var t=el("text",attrs,parent);t.textContent=plain(text);var w=wholes(text);if(w){el("title",{},t).textContent=w;}return t;}
function tip(e,text){el("title",{},e).textContent=plain(text);}
// widest is the width of the longest of some SVG text elements, to make room for them.
function widest(ts){var w=0;ts.forEach(function(t){w=Math.max(w,t.getComputedTextLength());});return w;}
function joined(xs,sep,max){var out=[];list(xs).forEach(function(x,i){if(i){out.push(sep);}out.push(U(x,max));});return out;}
var A=U(data.side_a),B=U(data.side_b),AL=U(data.side_a,LABEL),BL=U(data.side_b,LABEL);
document.title=plain(U(data.title));
put(document.getElementById("title"),U(data.title));
put(document.getElementById("summary"),[A,": "+data.docs_a+" documents, "+data.tokens_a+" counted words; ",B,": "+data.docs_b+" documents, "+data.tokens_b+" counted words."]);
document.getElementById("provenance").textContent=esc(JSON.stringify(data.provenance||{},null,2),true);
var terms=list(data.terms),kwicOf=table(data.kwic);
function colour(z){var t=Math.max(-1,Math.min(1,z/8));if(t>=0){return "rgb("+Math.round(200+55*t)+","+Math.round(200-150*t)+","+Math.round(200-150*t)+")";}t=-t;return "rgb("+Math.round(200-150*t)+","+Math.round(200-120*t)+","+Math.round(200+55*t)+")";}
var svg=document.getElementById("scatter"),W=760,H=560,M=50;
var lx=function(r){return Math.log10(1+r);};
var max=1;terms.forEach(function(t){max=Math.max(max,lx(t.rate_a),lx(t.rate_b));});
function X(r){return M+(W-M-10)*lx(r)/max;}function Y(r){return H-M-(H-M-10)*lx(r)/max;}
el("line",{x1:M,y1:H-M,x2:W-10,y2:10,stroke:"#ccc"},svg);
label({x:W/2,y:H-12,"text-anchor":"middle"},[AL,": rate per million (log)"],svg);
label({x:14,y:H/2,transform:"rotate(-90 14 "+H/2+")","text-anchor":"middle"},[BL,": rate per million (log)"],svg);
var points=[];
terms.forEach(function(t,i){
var c=el("circle",{cx:X(t.rate_a).toFixed(1),cy:Y(t.rate_b).toFixed(1),r:3.5,fill:colour(t.score),"class":"pt","data-i":i},svg);
tip(c,[U(t.word)," (",U(t.term),"): "+t.count_a+" in ",A,", "+t.count_b+" in ",B,"; z "+t.score.toFixed(2)+", p adj. "+t.p_adj.toExponential(2)]);
c.addEventListener("click",function(){show(i);});
points.push(c);
});
function lineInto(box,l){var a=l.side==="A";var d=h("div",undefined,box,"line "+(a?"side-A":"side-B"));
h("span",[a?AL:BL," ",U(l.doc,LABEL),": "],d);h("span",["…",U(l.left)],d);h("mark",U(l.match),d);h("span",[U(l.right),"…"],d);
if(l.voice&&l.voice!=="narrative"){h("span",[" (",U(l.voice),l.speaker?[": ",U(l.speaker,LABEL)]:"",")"],d,"voice");}}
var kwic=document.getElementById("kwic");
function show(i){
var t=terms[i];points.forEach(function(p){p.classList.remove("hit");});points[i].classList.add("hit");
kwic.textContent="";h("h3",[U(t.word)," — "+t.count_a+" in ",A,", "+t.count_b+" in ",B,", z "+t.score.toFixed(2)],kwic);
var lines=list(kwicOf.get(t.term));
if(!lines.length){h("p","No lines kept for this term (only the most distinctive terms carry lines).",kwic,"note");return;}
lines.forEach(function(l){lineInto(kwic,l);});
}
document.getElementById("search").addEventListener("input",function(e){
var q=e.target.value.trim().toLowerCase();if(!q){return;}
for(var i=0;i<terms.length;i++){if(String(terms[i].word).toLowerCase()===q||terms[i].term===q){show(i);return;}}
for(var j=0;j<terms.length;j++){if(String(terms[j].word).toLowerCase().indexOf(q)===0){show(j);return;}}
});
var bars=document.getElementById("bars"),BW=760,n=data.bars||15;
var left=terms.filter(function(t){return t.score>0;}).slice(0,n),right=terms.filter(function(t){return t.score<0;}).slice(0,n);
var zmax=1;left.concat(right).forEach(function(t){zmax=Math.max(zmax,Math.abs(t.score));});
var rowH=Math.max(12,Math.floor(380/Math.max(1,Math.max(left.length,right.length))));
bars.setAttribute("height",40+rowH*Math.max(left.length,right.length));
var mid=BW/2,scale=(BW/2-110)/zmax;
label({x:mid-10,y:14,"text-anchor":"end"},["← leans to ",AL],bars);
label({x:mid+10,y:14},["leans to ",BL," →"],bars);
left.forEach(function(t,k){var y=24+k*rowH;var w=t.score*scale;el("rect",{x:mid-w,y:y,width:w,height:rowH-3,fill:colour(t.score),"class":"bar"},bars);label({x:mid-w-4,y:y+rowH-5,"text-anchor":"end"},U(t.word,LABEL),bars);});
right.forEach(function(t,k){var y=24+k*rowH;var w=-t.score*scale;el("rect",{x:mid,y:y,width:w,height:rowH-3,fill:colour(t.score),"class":"bar"},bars);label({x:mid+w+4,y:y+rowH-5},U(t.word,LABEL),bars);});
function fmt(x,d){return (x===undefined||x===null)?"":Number(x).toFixed(d);}
function row(tab,cells,cls){var tr=h("tr",undefined,tab,cls);cells.forEach(function(c){var td=h("td",c[0],tr);if(c[1]){td.className="num";}});return tr;}
function header(tab,names){var tr=h("tr",undefined,tab);names.forEach(function(n){h("th",n,tr);});}
var shift=list(data.word_shift),ssvg=document.getElementById("shift");
var covered=0;shift.forEach(function(s){covered+=s.share;});
put(document.getElementById("shift-note"),["Jensen–Shannon divergence "+fmt(data.jsd_bits,4)+" bits. Each bar is a word's share of it (after Gallagher et al. 2021): right, relatively more frequent in ",A,"; left, in ",B,". These "+shift.length+" words account for "+fmt(100*covered,1)+"%."]);
var smax=0;shift.forEach(function(s){smax=Math.max(smax,s.share);});
var SH=14;ssvg.setAttribute("height",20+SH*shift.length);var smid=380,sscale=(380-120)/Math.max(smax,1e-9);
shift.forEach(function(s,k){var y=10+k*SH,w=s.share*sscale;var x=s.toward_a?smid:smid-w;
el("rect",{x:x.toFixed(1),y:y,width:Math.max(w,0.5).toFixed(1),height:SH-3,fill:s.toward_a?"#c0504d":"#4f6fa8","class":"shift"},ssvg);
label({x:s.toward_a?smid+w+4:smid-w-4,y:y+SH-4,"text-anchor":s.toward_a?"start":"end"},[U(s.word,LABEL)," "+fmt(100*s.share,1)+"%"],ssvg);});
el("line",{x1:smid,y1:6,x2:smid,y2:14+SH*shift.length,stroke:"#999"},ssvg);
var ev=data.events;
if(ev){
document.getElementById("events-section").hidden=false;
var pl=ev.placebo,pp=document.getElementById("placebo");
if(pl){put(pp,["Placebo ",U(pl.outlet_a)," vs ",U(pl.outlet_b)," over "+pl.events+" events: "+pl.significant+" of "+pl.terms+" pooled terms with |z| ≥ 1.96 (the sides: "+pl.real_significant+" of "+pl.real_terms+"); mean divergence "+fmt(pl.mean_jsd_bits,4)+" bits (the sides in the same events: "+fmt(pl.real_mean_jsd_bits,4)+")."]);}
else{pp.textContent="No placebo: side B has no two outlets that share an event.";}
var et=document.getElementById("events-table");
header(et,["event","documents A/B","words A/B","JS bits","placebo JS",["leans to ",AL],["leans to ",BL]]);
list(ev.rows).forEach(function(r){row(et,[[U(r.event,LABEL)],[r.docs_a+"/"+r.docs_b,1],[r.tokens_a+"/"+r.tokens_b,1],[fmt(r.jsd_bits,4),1],[r.placebo_jsd_bits<0?"–":fmt(r.placebo_jsd_bits,4),1],[joined(r.top_a,", ",LABEL)],[joined(r.top_b,", ",LABEL)]]);});
var pt=document.getElementById("pooled");
header(pt,["word","A","B","log OR","z","same","I² %","95% prediction","perm p"]);
var prow=[],pooled=list(ev.terms),forestOf=table(ev.forest);
pooled.forEach(function(t,i){var tr=row(pt,[[U(t.word,LABEL)],[t.count_a,1],[t.count_b,1],[fmt(t.log_or,2),1],[fmt(t.z,2),1],[t.same+"/"+t.events,1],[fmt(t.random.i2,0),1],[fmt(t.random.pred_low,2)+" … "+fmt(t.random.pred_high,2),1],[t.permuted?fmt(t.perm_p,3):"–",1]],"row");tr.setAttribute("data-i",i);tr.addEventListener("click",function(){forest(i);});prow.push(tr);});
var fsvg=document.getElementById("forest");
function forest(i){
var t=pooled[i],rows=list(forestOf.get(t.term));prow.forEach(function(r){r.classList.remove("sel");});prow[i].classList.add("sel");
while(fsvg.firstChild){fsvg.removeChild(fsvg.firstChild);}
if(!rows.length){fsvg.setAttribute("height",40);label({x:10,y:20},["No per-event tables kept for ",U(t.word,LABEL)," (only the first terms carry them)."],fsvg);return;}
var all=rows.map(function(r){return {label:[U(r.event,LABEL)," ("+r.count_a+"/"+r.count_b+")"],est:r.log_or,lo:r.low,hi:r.high,pooled:false};});
all.push({label:"pooled, Mantel–Haenszel",est:t.log_or,lo:t.log_or-1.96*t.se,hi:t.log_or+1.96*t.se,pooled:true});
all.push({label:"pooled, random effects",est:t.random.estimate,lo:t.random.low,hi:t.random.high,pooled:true});
all.push({label:"95% prediction",est:t.random.estimate,lo:t.random.pred_low,hi:t.random.pred_high,pooled:true});
var lo=0,hi=0;all.forEach(function(r){lo=Math.min(lo,r.lo);hi=Math.max(hi,r.hi);});
var RH=18,R=740;fsvg.setAttribute("height",40+RH*all.length);
var labs=all.map(function(r,k){return label({x:0,y:34+k*RH,"text-anchor":"end"},r.label,fsvg);});
var L=Math.min(480,Math.max(230,Math.ceil(widest(labs))+16));labs.forEach(function(t){t.setAttribute("x",L-8);});
function FX(x){return L+(R-L)*(x-lo)/Math.max(hi-lo,1e-9);}
label({x:L,y:14},[U(t.word,LABEL),": log odds ratio by event (> 0: more in ",AL,")"],fsvg);
el("line",{x1:FX(0),y1:20,x2:FX(0),y2:24+RH*all.length,stroke:"#999","stroke-dasharray":"3 3"},fsvg);
all.forEach(function(r,k){var y=30+k*RH;
el("line",{x1:FX(r.lo).toFixed(1),y1:y,x2:FX(r.hi).toFixed(1),y2:y,stroke:"#555"},fsvg);
if(r.pooled){el("rect",{x:(FX(r.est)-5).toFixed(1),y:y-5,width:10,height:10,fill:"#222","class":"pooled"},fsvg);}else{el("circle",{cx:FX(r.est).toFixed(1),cy:y,r:4,fill:"#0072b2","class":"event"},fsvg);}});
label({x:L,y:36+RH*all.length},fmt(lo,2),fsvg);label({x:R,y:36+RH*all.length,"text-anchor":"end"},fmt(hi,2),fsvg);
}
if(pooled.length){forest(0);}
}
var ct=document.getElementById("categories"),cl=document.getElementById("catlines"),crow=[];
header(ct,["lexicon","category",[AL," /1000"],[BL," /1000"],"G2","p adj."]);
list(data.categories).forEach(function(c){var tr=row(ct,[[U(c.lexicon,LABEL)],[U(c.category,LABEL)],[fmt(c.rate_a/1000,2),1],[fmt(c.rate_b/1000,2),1],[fmt(c.score,2),1],[c.p_adj.toExponential(2),1]],"row");crow.push(tr);
tr.addEventListener("click",function(){crow.forEach(function(r){r.classList.remove("sel");});tr.classList.add("sel");cl.textContent="";var ls=list(c.lines);if(!ls.length){h("p","No lines.",cl,"note");}ls.forEach(function(l){lineInto(cl,l);});});});
var gr=data.groups;
if(gr&&gr.divergence){
document.getElementById("groups-section").hidden=false;
var gd=gr.divergence,groups=list(gd.groups),gn=groups.length;
var note="Jensen–Shannon divergence (bits) between every pair of groups; darker is further apart. Blank: a group has no words in the event. Small groups look far from every other by chance alone: \u201cbeyond chance\u201d subtracts what shuffling the pair\u2019s documents within events gives.";
if(gr.within_kind_pairs>0&&gr.between_kinds_pairs>0){note+=" Mean per event between groups of one kind "+fmt(gr.within_kind_bits,4)+" bits ("+gr.within_kind_pairs+" pairs), of different kinds "+fmt(gr.between_kinds_bits,4)+" bits ("+gr.between_kinds_pairs+" pairs).";}
document.getElementById("groups-note").textContent=note;
var sel=document.getElementById("groups-event"),hm=document.getElementById("heatmap");
var opt=h("option","all events",sel);opt.value="-1";
if(gd.excess){var ox=h("option","all events, beyond chance",sel);ox.value="-2";}
list(gd.events).forEach(function(e,i){var o=document.createElement("option");o.textContent=plain(U(e,LABEL));var w=wholes(U(e,LABEL));if(w){o.title=w;}o.value=String(i);sel.appendChild(o);});
var CELL=Math.max(18,Math.min(48,Math.floor(420/Math.max(gn,1)))),TOP=20;
function heat(k){
while(hm.firstChild){hm.removeChild(hm.firstChild);}
var m=list(k===-2?gd.excess:(k<0?gd.all:list(gd.per_event)[k])),mx=0;
m.forEach(function(r){list(r).forEach(function(v){mx=Math.max(mx,v);});});
var labs=groups.map(function(g,i){return label({x:0,y:TOP+i*CELL+CELL*0.65,"text-anchor":"end"},[(i+1)+" ",U(g,LABEL)],hm);});
var LEFT=Math.max(200,Math.ceil(widest(labs))+12);labs.forEach(function(t){t.setAttribute("x",LEFT-6);});
hm.setAttribute("height",TOP+CELL*gn+10);hm.setAttribute("width",Math.max(760,LEFT+CELL*gn+10));
groups.forEach(function(g,i){label({x:LEFT+i*CELL+CELL/2,y:TOP-6,"text-anchor":"middle"},String(i+1),hm);});
m.forEach(function(r,i){list(r).forEach(function(v,j){if(v<0&&k!==-2||k===-2&&gd.null[i][j]<0){return;}var a=mx>0?Math.max(v,0)/mx:0;var g=Math.round(255-200*a);
var rc=el("rect",{x:LEFT+j*CELL,y:TOP+i*CELL,width:CELL-1,height:CELL-1,fill:"rgb("+g+","+g+","+Math.round(255-120*a)+")","class":"cell"},hm);
tip(rc,[U(groups[i])," vs ",U(groups[j]),": "+fmt(v,4)+" bits"]);});});
}
sel.addEventListener("change",function(){heat(Number(sel.value));});
heat(-1);
var gt=document.getElementById("group-terms");
list(gr.comparisons).forEach(function(p){var lean=[];list(p.terms).filter(function(t){return t.log_or>0;}).slice(0,8).forEach(function(t,i){lean.push(i?", ":"",U(t.word,LABEL)," (I² "+fmt(t.random.i2,0)+"%)");});
h("p",[U(p.side_a)," against ",U(p.side_b),": ",lean.length?lean:"–"],gt);});
}
var voices=document.getElementById("voices");
[[A,data.voices_a],[B,data.voices_b]].forEach(function(sv){
var v=sv[1];if(!v){return;}
h("h3",sv[0],voices);
h("p",(100*v.quoted_share).toFixed(0)+"% of counted words in quotations.",voices);
var tab=h("table",undefined,voices);var hr=h("tr",undefined,tab);h("th","quoted",hr);h("th","times",hr);
list(v.speakers).slice(0,8).forEach(function(s){var tr=h("tr",undefined,tab);h("td",U(s.name,LABEL),tr);h("td",String(s.count),tr);});
var verbs=[];list(v.verbs).slice(0,8).forEach(function(c,i){verbs.push(i?", ":"",U(c.name,LABEL)," ("+c.count+")");});
h("p",["Reporting verbs: ",verbs],voices);
});
})();`

// String is for debugging: the report's title and size.
func (r *Report) String() string {
	return fmt.Sprintf("%s: %d terms, %d with lines", r.Title, len(r.Terms), len(r.KWIC))
}
