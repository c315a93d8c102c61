package report

// time.go: the report's time section, the rates of chosen terms and lexicon categories on
// each side per period (framing.CountTimeline), each point with the lines behind it.

import (
	"errors"
	"fmt"
	"runtime"
	"sync"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// Time is the report's time section: a [framing.Timeline] of the two sides (named as the
// report names them) and the evidence of each of its points. Write its points as a table
// with [WriteCSV] (Timeline.Points, and Timeline.Undated for the documents without a
// date).
type Time struct {
	Timeline *framing.Timeline `json:"timeline"`
	// Lines holds the evidence of each point of Timeline.Points, by the point's index: up
	// to Options.KWIC keyword-in-context lines of its series in the side's documents whose
	// publication time lies in [Start, End), in document order, found by
	// framing.Analyzer.Concordance (a term) or framing.Analyzer.LexiconEvidence (a
	// category). A point whose Count is 0 has none.
	Lines    [][]framing.Line `json:"lines"`
	MaxLines int              `json:"max_lines"` // the most lines a point keeps (Options.KWIC)
}

// buildTime counts the timeline of opts over the documents of a (side nameA) and b (side
// nameB) and finds the lines of each point: at most most a point, width runes of context.
func buildTime(an *framing.Analyzer, a, b []corpus.Document, nameA, nameB string, opts *framing.TimelineOptions, width, most int) (*Time, error) {
	// The sides are the report's lists of documents, whatever their fields say: each
	// document is marked with its list's index while it is counted.
	const mark = "\x00framediff report side "
	docs := func(yield func(corpus.Document, error) bool) {
		for side, list := range [][]corpus.Document{a, b} {
			for _, d := range list {
				d.Kind = mark + string(rune('A'+side))
				if !yield(d, nil) {
					return
				}
			}
		}
	}
	sides := []corpus.Side{
		{Name: nameA, Match: func(d corpus.Document) bool { return d.Kind == mark+"A" }},
		{Name: nameB, Match: func(d corpus.Document) bool { return d.Kind == mark+"B" }},
	}
	tl, err := framing.CountTimeline(an, docs, sides, opts)
	if err != nil {
		return nil, fmt.Errorf("report: time: %w", err)
	}
	t := &Time{Timeline: tl, Lines: make([][]framing.Line, len(tl.Points)), MaxLines: most}
	for i := range t.Lines {
		t.Lines[i] = []framing.Line{}
	}
	// The periods' documents of each side, by the index of the period in the grid.
	type cell struct{ side, period int }
	nsides := len(tl.Sides)
	periods := 0
	if n := len(tl.Points); n > 0 {
		series := len(tl.Options.Terms) + len(tl.Options.Categories)
		periods = n / (series * nsides)
	}
	// A point's period and side follow from its index: points are ordered by series,
	// period and side.
	at := func(i int) (series, period, side int) {
		return i / (periods * nsides), i / nsides % periods, i % nsides
	}
	inPeriod := map[cell][]corpus.Document{}
	for side, list := range [][]corpus.Document{a, b} {
		for _, d := range list {
			if d.Published.IsZero() || periods == 0 {
				continue
			}
			// The first point of the series 0 whose period holds d.
			lo, hi := 0, periods
			for lo < hi {
				mid := (lo + hi) / 2
				if !d.Published.Before(tl.Points[mid*nsides].End) {
					lo = mid + 1
				} else {
					hi = mid
				}
			}
			if lo < periods && !d.Published.Before(tl.Points[lo*nsides].Start) {
				inPeriod[cell{side, lo}] = append(inPeriod[cell{side, lo}], d)
			}
		}
	}
	// The lines: terms one by one, the categories of a period and side in one pass.
	nterms := len(tl.Options.Terms)
	type job struct {
		period, side int
		term         int // the series of a term, or -1 for every category
	}
	var jobs []job
	categories := map[cell]bool{}
	for i, p := range tl.Points {
		series, period, side := at(i)
		switch {
		case p.Count == 0:
		case series < nterms:
			jobs = append(jobs, job{period, side, series})
		case !categories[cell{side, period}]:
			categories[cell{side, period}] = true
			jobs = append(jobs, job{period, side, -1})
		}
	}
	// pointLines finds the lines of a period and side's points of one term (or of every
	// category, term -1) in its documents, index giving a series' point. It reads the
	// documents in runs of 1, 2, 4, ... and stops when each point has its lines: a point
	// has at most most, and no more than its count; the lines are the first in document
	// order, as a concordance of all the documents would give them.
	pointLines := func(an *framing.Analyzer, docs []corpus.Document, term int, index func(series int) int) error {
		series := []int{term}
		if term < 0 {
			series = series[:0]
			for c := range tl.Options.Categories {
				series = append(series, nterms+c)
			}
		}
		enough := func() bool {
			for _, k := range series {
				if len(t.Lines[index(k)]) < min(tl.Points[index(k)].Count, most) {
					return false
				}
			}
			return true
		}
		for from, size := 0, 1; from < len(docs) && !enough(); from, size = from+size, 2*size {
			run := docs[from:min(from+size, len(docs))]
			if term >= 0 {
				lines, err := an.Concordance(run, tl.Options.Terms[term], width)
				if err != nil {
					return err
				}
				i := index(term)
				t.Lines[i] = append(t.Lines[i], lines[:min(len(lines), most-len(t.Lines[i]))]...)
				continue
			}
			_, lines, err := an.LexiconEvidence(run, opts.Lexicon, width, most)
			if err != nil {
				return err
			}
			for c, cat := range tl.Options.Categories {
				i := index(nterms + c)
				t.Lines[i] = append(t.Lines[i], lines[cat][:min(len(lines[cat]), most-len(t.Lines[i]))]...)
			}
		}
		return nil
	}
	errs := make([]error, len(jobs))
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(runtime.GOMAXPROCS(0), len(jobs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range next {
				errs[j] = pointLines(an, inPeriod[cell{jobs[j].side, jobs[j].period}], jobs[j].term, func(series int) int {
					return (series*periods+jobs[j].period)*nsides + jobs[j].side
				})
			}
		}()
	}
	for j := range jobs {
		next <- j
	}
	close(next)
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("report: time: %w", err)
	}
	return t, nil
}

// timeJS draws the time section: for the series chosen, each side's rate per period as a
// line (broken where the side has no counted words in a period: a gap, not a zero rate),
// the documents of each side per period as bars below, and a click on a point lists its
// lines.
const timeJS = `
var tm=data.time;
if(tm&&tm.timeline){(function(){
document.getElementById("time-section").hidden=false;
var tl=tm.timeline,tps=list(tl.points),tlines=list(tm.lines),tsides=list(tl.sides),ns=Math.max(tsides.length,1);
// Points are ordered by series, period and side; every series has every period.
var starts=[],seen=new Set();tps.forEach(function(p){if(!seen.has(p.start)){seen.add(p.start);starts.push(p.start);}});
var np=starts.length,nser=np?Math.round(tps.length/(np*ns)):0;
function pt(k,j,s){return (k*np+j)*ns+s;}
function when(j){var s=String(starts[j]);return tl.period==="month"?s.slice(0,7):s.slice(0,10);}
var TC=["#d9534f","#4a6fd1"];function tcol(s){return TC[s]||"#555";}
var undated=[];tsides.forEach(function(x,s){var u=list(tl.undated)[s];undated.push(u?u.documents:0);});
var note=document.getElementById("time-note"),per=tl.per;
var parts=["Counted occurrences per "+per+" counted words of each side's documents (a category: its matches per "+per+" words the lexicon looked at), per "+tl.period+" (periods start at midnight, "+tl.zone+"). A break in a line is a period in which the side has no documents (or none with counted words): no rate, not a zero rate; shaded periods have no documents on any side. The bars below count each side's documents per period. Click a point for its lines (up to "+tm.max_lines+" a point)."];
if(undated.some(function(n){return n>0;})){parts.push(" Without a date, not shown: ");tsides.forEach(function(x,s){parts.push(s?", ":"",undated[s]+" of ",U(x,LABEL));});parts.push(".");}
if(typeof LUMPED==="string"&&LUMPED){parts.push(" Rates"+LUMPED+".");}
put(note,parts);
var sel=document.getElementById("time-series"),box=document.getElementById("time-lines");
if(!nser){sel.disabled=true;h("p","No series to show: no dated document, or nothing followed.",box,"note");return;}
function sname(k,max){var p=tps[pt(k,0,0)];return p.lexicon?["category ",U(p.series,max)," (",U(p.lexicon,max),")"]:U(p.series,max);}
for(var k=0;k<nser;k++){var o=document.createElement("option");o.value=String(k);o.textContent=plain(sname(k,LABEL));var w=wholes(sname(k,LABEL));if(w){o.title=w;}sel.appendChild(o);}
var svg=document.getElementById("timeline"),TW=860,TML=62,TMR=14,TMT=30,TLB=250,TS0=272,TS1=330,TH=384;
var dots=[];
function show(i,s,j){var p=tps[i];dots.forEach(function(c){c.classList.remove("sel");});var c=dots.find(function(d){return d.getAttribute("data-i")===String(i);});if(c){c.classList.add("sel");}
box.textContent="";h("h3",[sname(Math.floor(i/(np*ns))),": ",U(tsides[s]),", "+when(j)+" — "+p.count+" in "+p.words+" words ("+fmt(p.rate,3)+" per "+per+"); documents: "+p.documents+", "+p.docs_with+" with it"],box);
var ls=list(tlines[i]);if(!ls.length){h("p",p.count?"No lines kept.":"No occurrence in this period.",box,"note");return;}
var lb=h("div",undefined,box,"lines");ls.forEach(function(l){lineInto(lb,l,s);});}
function draw(k){
while(svg.firstChild){svg.removeChild(svg.firstChild);}frame(svg,TW,TH);dots=[];
var step=(TW-TML-TMR)/np;function TX(j){return TML+step*(j+0.5);}
// Each side's points a little apart, so that equal rates do not hide one another.
var off=Math.min(3,step/8);function PX(j,s){return TX(j)+(s-(ns-1)/2)*off;}
var ymax=0,dmax=0;for(var j=0;j<np;j++){for(var s=0;s<ns;s++){var p=tps[pt(k,j,s)];if(p.words>0){ymax=Math.max(ymax,p.rate);}dmax=Math.max(dmax,p.documents);}}
var ytop=ymax>0?ymax*1.08:1;function TY(v){return TLB-(TLB-TMT)*v/ytop;}
for(var g=0;g<np;g++){var none=true;for(var s2=0;s2<ns;s2++){if(tps[pt(k,g,s2)].documents>0){none=false;}}if(none){el("rect",{x:(TX(g)-step/2).toFixed(1),y:TMT,width:step.toFixed(1),height:TS1-TMT,fill:"#f0f0f0","class":"gap"},svg);}}
roundTicks(0,ytop).forEach(function(t){var y=TY(t.v);el("line",{x1:TML,y1:y,x2:TW-TMR,y2:y,stroke:t.v===0?"#888":"#e8e8e8","class":"grid"},svg);label({x:TML-5,y:y+4,"text-anchor":"end","class":"tick y"},t.t,svg);});
label({x:14,y:(TMT+TLB)/2,transform:"rotate(-90 14 "+(TMT+TLB)/2+")","text-anchor":"middle"},"per "+per+" words",svg);
// The lines, one path per run of periods with a rate; then the points.
for(var s=0;s<ns;s++){var run=[];for(var j=0;j<=np;j++){var p=j<np?tps[pt(k,j,s)]:null;
if(p&&p.words>0){run.push(PX(j,s).toFixed(1)+","+TY(p.rate).toFixed(1));continue;}
if(run.length>1){el("path",{d:"M"+run.join("L"),fill:"none",stroke:tcol(s),"stroke-width":2,"class":"tline","data-side":s},svg);}run=[];}}
for(var s=0;s<ns;s++){for(var j=0;j<np;j++){(function(s,j){var i=pt(k,j,s),p=tps[i];if(!(p.words>0)){return;}
var c=el("circle",{cx:PX(j,s).toFixed(1),cy:TY(p.rate).toFixed(1),r:3.5,fill:tcol(s),stroke:"#fff","class":"tpt","data-i":i,"data-side":s},svg);
tip(c,[U(tsides[s]),", "+when(j)+": "+p.count+" in "+p.words+" words, "+fmt(p.rate,3)+" per "+per+"; documents: "+p.documents+", "+p.docs_with+" with it"]);
c.addEventListener("click",function(){show(i,s,j);});dots.push(c);})(s,j);}}
// The documents per period.
var bw=Math.min(12,step*0.8/ns);
for(var s=0;s<ns;s++){for(var j=0;j<np;j++){(function(s,j){var p=tps[pt(k,j,s)],hgt=dmax>0?(TS1-TS0)*p.documents/dmax:0;
var b=el("rect",{x:(TX(j)-ns*bw/2+s*bw).toFixed(1),y:(TS1-hgt).toFixed(1),width:Math.max(bw-1,0.5).toFixed(1),height:hgt.toFixed(1),fill:tcol(s),opacity:0.55,"class":"tdoc","data-docs":p.documents},svg);
tip(b,[U(tsides[s]),", "+when(j)+": documents: "+p.documents]);})(s,j);}}
el("line",{x1:TML,y1:TS1,x2:TW-TMR,y2:TS1,stroke:"#888"},svg);
label({x:TML-5,y:TS0+8,"text-anchor":"end","class":"tick d"},String(dmax),svg);label({x:TML-5,y:TS1,"text-anchor":"end","class":"tick d"},"0",svg);
label({x:14,y:(TS0+TS1)/2,transform:"rotate(-90 14 "+(TS0+TS1)/2+")","text-anchor":"middle"},"documents",svg);
var every=Math.max(1,Math.ceil(np/10));for(var j=0;j<np;j+=every){label({x:TX(j),y:TS1+16,"text-anchor":"middle","class":"tick x"},when(j),svg);}
// The legend.
var lx=TML;tsides.forEach(function(x,s){el("line",{x1:lx,y1:12,x2:lx+18,y2:12,stroke:tcol(s),"stroke-width":2},svg);var t=label({x:lx+22,y:16},U(x,LABEL),svg);lx+=22+t.getComputedTextLength()+18;});
label({x:TW-TMR,y:16,"text-anchor":"end"},sname(k,LABEL),svg);
label({x:(TML+TW-TMR)/2,y:TH-8,"text-anchor":"middle"},"start of the "+tl.period,svg);
}
sel.addEventListener("change",function(){box.textContent="";draw(Number(sel.value));});
draw(0);
})();}
`
