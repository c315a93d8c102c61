package report

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"math"
	"slices"
	"strings"

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
	ps, err := an.Profiles(a, b)
	if err != nil {
		return nil, err
	}
	rows, err := framing.Keyness(ps[0], ps[1], &framing.KeynessOptions{N: 1})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(rows, func(x, y framing.KeyTerm) int {
		return cmp.Or(cmp.Compare(math.Abs(y.Score), math.Abs(x.Score)), strings.Compare(x.Term, y.Term))
	})
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
	for side, docs := range [][]corpus.Document{a, b} {
		lines, err := an.Concordances(docs, want, o.Width, o.KWIC)
		if err != nil {
			return nil, err
		}
		name := [2]string{"A", "B"}[side]
		for _, term := range want {
			for _, l := range lines[term] {
				r.KWIC[term] = append(r.KWIC[term], SideLine{Side: name, Line: l})
			}
		}
	}
	if r.VoicesA, err = an.VoiceStats(a...); err != nil {
		return nil, err
	}
	if r.VoicesB, err = an.VoiceStats(b...); err != nil {
		return nil, err
	}
	return r, nil
}

// WriteHTML writes the report as one self-contained HTML file: no network access, a
// Content-Security-Policy that allows only the page's own script and style (by hash), all
// text escaped, and the data embedded as JSON that cannot close its script element.
func (r *Report) WriteHTML(w io.Writer) error {
	data, err := json.Marshal(r) // escapes <, >, &, U+2028 and U+2029
	if err != nil {
		return err
	}
	page := pageData{Title: r.Title, Data: template.JS(data), Script: template.JS(reportJS), Style: template.CSS(reportCSS),
		ScriptHash: hash(reportJS), StyleHash: hash(reportCSS)}
	var buf bytes.Buffer
	if err := pageTemplate.Execute(&buf, page); err != nil {
		return err
	}
	_, err = w.Write(buf.Bytes())
	return err
}

type pageData struct {
	Title                 string
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
<title>{{.Title}}</title>
<style>{{.Style}}</style>
</head>
<body>
<header><h1>{{.Title}}</h1><p id="summary"></p></header>
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
<h2>Voices</h2>
<div id="voices"></div>
</section>
<footer><details><summary>Provenance</summary><pre id="provenance"></pre></details></footer>
<script type="application/json" id="data">{{.Data}}</script>
<script>{{.Script}}</script>
</body>
</html>
`))

const reportCSS = `body{font:14px/1.45 system-ui,sans-serif;margin:1.5em auto;max-width:62em;color:#222}
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
table{border-collapse:collapse}td,th{padding:.2em .6em;border-bottom:1px solid #eee;text-align:left}`

const reportJS = `(function(){
"use strict";
var data=JSON.parse(document.getElementById("data").textContent);
var NS="http://www.w3.org/2000/svg";
function el(name,attrs,parent){var e=document.createElementNS(NS,name);for(var k in attrs){e.setAttribute(k,attrs[k]);}if(parent){parent.appendChild(e);}return e;}
function h(name,text,parent,cls){var e=document.createElement(name);if(text!==undefined){e.textContent=text;}if(cls){e.className=cls;}if(parent){parent.appendChild(e);}return e;}
document.getElementById("summary").textContent=data.side_a+": "+data.docs_a+" documents, "+data.tokens_a+" counted words; "+data.side_b+": "+data.docs_b+" documents, "+data.tokens_b+" counted words.";
document.getElementById("provenance").textContent=JSON.stringify(data.provenance||{},null,2);
var terms=data.terms||[];
function colour(z){var t=Math.max(-1,Math.min(1,z/8));if(t>=0){return "rgb("+Math.round(200+55*t)+","+Math.round(200-150*t)+","+Math.round(200-150*t)+")";}t=-t;return "rgb("+Math.round(200-150*t)+","+Math.round(200-120*t)+","+Math.round(200+55*t)+")";}
var svg=document.getElementById("scatter"),W=760,H=560,M=50;
var lx=function(r){return Math.log10(1+r);};
var max=1;terms.forEach(function(t){max=Math.max(max,lx(t.rate_a),lx(t.rate_b));});
function X(r){return M+(W-M-10)*lx(r)/max;}function Y(r){return H-M-(H-M-10)*lx(r)/max;}
el("line",{x1:M,y1:H-M,x2:W-10,y2:10,stroke:"#ccc"},svg);
var ax=el("text",{x:W/2,y:H-12,"text-anchor":"middle"},svg);ax.textContent=data.side_a+": rate per million (log)";
var ay=el("text",{x:14,y:H/2,transform:"rotate(-90 14 "+H/2+")","text-anchor":"middle"},svg);ay.textContent=data.side_b+": rate per million (log)";
var points=[];
terms.forEach(function(t,i){
var c=el("circle",{cx:X(t.rate_a).toFixed(1),cy:Y(t.rate_b).toFixed(1),r:3.5,fill:colour(t.score),"class":"pt","data-i":i},svg);
var tip=el("title",{},c);tip.textContent=t.word+" ("+t.term+"): "+t.count_a+" in "+data.side_a+", "+t.count_b+" in "+data.side_b+"; z "+t.score.toFixed(2)+", p adj. "+t.p_adj.toExponential(2);
c.addEventListener("click",function(){show(i);});
points.push(c);
});
var kwic=document.getElementById("kwic");
function show(i){
var t=terms[i];points.forEach(function(p){p.classList.remove("hit");});points[i].classList.add("hit");
kwic.textContent="";h("h3",t.word+" — "+t.count_a+" in "+data.side_a+", "+t.count_b+" in "+data.side_b+", z "+t.score.toFixed(2),kwic);
var lines=(data.kwic||{})[t.term]||[];
if(!lines.length){h("p","No lines kept for this term (only the most distinctive terms carry lines).",kwic,"note");return;}
lines.forEach(function(l){
var d=h("div",undefined,kwic,"line side-"+l.side);
h("span",(l.side==="A"?data.side_a:data.side_b)+" "+l.doc+": ",d);
h("span","…"+l.left,d);h("mark",l.match,d);h("span",l.right+"…",d);
if(l.voice!=="narrative"){h("span"," ("+l.voice+(l.speaker?": "+l.speaker:"")+")",d,"voice");}
});
}
document.getElementById("search").addEventListener("input",function(e){
var q=e.target.value.trim().toLowerCase();if(!q){return;}
for(var i=0;i<terms.length;i++){if(terms[i].word.toLowerCase()===q||terms[i].term===q){show(i);return;}}
for(var j=0;j<terms.length;j++){if(terms[j].word.toLowerCase().indexOf(q)===0){show(j);return;}}
});
var bars=document.getElementById("bars"),BW=760,n=data.bars||15;
var left=terms.filter(function(t){return t.score>0;}).slice(0,n),right=terms.filter(function(t){return t.score<0;}).slice(0,n);
var zmax=1;left.concat(right).forEach(function(t){zmax=Math.max(zmax,Math.abs(t.score));});
var rowH=Math.max(12,Math.floor(380/Math.max(1,Math.max(left.length,right.length))));
bars.setAttribute("height",40+rowH*Math.max(left.length,right.length));
var mid=BW/2,scale=(BW/2-110)/zmax;
var ta=el("text",{x:mid-10,y:14,"text-anchor":"end"},bars);ta.textContent="← leans to "+data.side_a;
var tb=el("text",{x:mid+10,y:14},bars);tb.textContent="leans to "+data.side_b+" →";
left.forEach(function(t,k){var y=24+k*rowH;var w=t.score*scale;el("rect",{x:mid-w,y:y,width:w,height:rowH-3,fill:colour(t.score),"class":"bar"},bars);var l=el("text",{x:mid-w-4,y:y+rowH-5,"text-anchor":"end"},bars);l.textContent=t.word;});
right.forEach(function(t,k){var y=24+k*rowH;var w=-t.score*scale;el("rect",{x:mid,y:y,width:w,height:rowH-3,fill:colour(t.score),"class":"bar"},bars);var l=el("text",{x:mid+w+4,y:y+rowH-5},bars);l.textContent=t.word;});
var voices=document.getElementById("voices");
[[data.side_a,data.voices_a],[data.side_b,data.voices_b]].forEach(function(sv){
var v=sv[1];if(!v){return;}
h("h3",sv[0],voices);
h("p",(100*v.quoted_share).toFixed(0)+"% of counted words in quotations.",voices);
var tab=h("table",undefined,voices);var hr=h("tr",undefined,tab);h("th","quoted",hr);h("th","times",hr);
(v.speakers||[]).slice(0,8).forEach(function(s){var tr=h("tr",undefined,tab);h("td",s.name,tr);h("td",String(s.count),tr);});
var vb=h("p","Reporting verbs: "+(v.verbs||[]).slice(0,8).map(function(c){return c.name+" ("+c.count+")";}).join(", "),voices);
});
})();`

// String is for debugging: the report's title and size.
func (r *Report) String() string {
	return fmt.Sprintf("%s: %d terms, %d with lines", r.Title, len(r.Terms), len(r.KWIC))
}
