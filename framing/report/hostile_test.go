package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// Hostile strings, generated here (no real article): names that reverse the text after
// them, a right-to-left name, keys that plain JavaScript objects already have, and names
// and words of a megabyte without a space.
const (
	rlo       = "\u202e"
	stateName = "state" + rlo                    // side A, and its one outlet
	wireName  = "\u05d7\u05d3\u05e9\u05d5\u05ea" // side B: Hebrew, right to left
)

var (
	// hostileFrames are frame names from user data: Object.prototype's, markup, a
	// right-to-left override, and one of 300 characters.
	hostileFrames = []string{"constructor", "__proto__", "</script><script>alert(1)</script>", "toString", rlo + "rtl 3.77", strings.Repeat("f", 300)}
	bigOutlet     = "o" + strings.Repeat("x", 1<<20)
	bigWord       = strings.Repeat("w", 1<<20)
	bigEvent      = strings.Repeat("v", 20000)
	// protoKeys and bareKeys are names of Object.prototype's properties that terms are
	// renamed to (the analyzer lowercases, so only "constructor" and "proto" come from
	// text): protoKeys for terms that have lines and a forest, bareKeys for terms that have
	// neither, so that a plain object's lookup finds the prototype's property.
	protoKeys = []string{"__proto__", "toString", "hasOwnProperty", "valueOf"}
	bareKeys  = []string{"toLocaleString", "isPrototypeOf", "propertyIsEnumerable", "__defineGetter__"}
)

// hostileCorpus returns two sides over five events, every name and text hostile: side A
// is one outlet whose name ends in a right-to-left override, side B three outlets (one
// named by a megabyte), and the texts carry the override, escape sequences, Hebrew and
// Arabic, "constructor" and "__proto__", markup, and a megabyte word. Event i is published
// in month i+1 of 2024, but for side A's document of the third event, which has no date.
func hostileCorpus() (a, b []corpus.Document) {
	events := []string{"e1", "e2", rlo + "e3 3.77", "constructor", bigEvent}
	for i, ev := range events {
		more := strings.Repeat("sovereignty stability ", i+1)
		fewer := strings.Repeat("protest critics ", 5-i)
		a = append(a, corpus.Document{ID: fmt.Sprintf("a%d%s", i, rlo), Event: ev, Outlet: stateName, Language: "english",
			Text: "The ministry praised the constructor of " + more + "in the region. " + rlo + "The figure was 3.77 percent. " +
				"\u201cWe welcome the constructor,\u201d said Li" + rlo + "Wei. Officials stressed __proto__ toString. " +
				"\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd. Escape \x1b[31mred\x07 here. " + hostile + " ministry. " + fewer})
		if i != 2 {
			a[i].Published = time.Date(2024, time.Month(i+1), 10, 9, 0, 0, 0, time.UTC)
		}
		for j, outlet := range []string{"wire", "agency", bigOutlet} {
			if outlet == "agency" && i%2 == 1 {
				continue // the busiest pair of side B is wire and the big outlet
			}
			b = append(b, corpus.Document{ID: fmt.Sprintf("b%d-%d", i, j), Event: ev, Outlet: outlet, Language: "english",
				Text: "Critics said the protest against the constructor grew. \u201cWe condemn the ministry,\u201d said Ana" + rlo + "Ruiz. " +
					fewer + "Protesters gathered. \u0645\u0631\u062d\u0628\u0627 " + more + fmt.Sprintf("item%d ", j) + rlo + "z 3.77.",
				Published: time.Date(2024, time.Month(i+1), 12, 18, 0, 0, 0, time.UTC)})
		}
	}
	a[0].Text += " " + bigWord + " " + bigWord + "."
	return a, b
}

// hostileLexicons are a lexicon "a" with the category "b/c" and a lexicon "a/b" with the
// category "c" (once joined with "/" they collide), and one whose names are
// Object.prototype's.
func hostileLexicons(t testing.TB) []*framing.Lexicon {
	t.Helper()
	var out []*framing.Lexicon
	for _, l := range []struct{ name, text string }{
		{"a", "[b/c]\nministry\n"},
		{"a/b", "[c]\nconstructor\n"},
		{"constructor", "[__proto__]\nprotest*\n[toString]\ncritics\n"},
	} {
		lex, err := framing.ParseLexicon(strings.NewReader(l.text), l.name)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, lex)
	}
	return out
}

// hostileReport builds the report of the hostile corpus, with groups of outlets, and
// renames some terms to protoKeys in every table that carries them (a Report is plain data:
// a program may fill it with any keys).
func hostileReport(t testing.TB) (*Report, []*framing.Lexicon) {
	t.Helper()
	a, b := hostileCorpus()
	an := &framing.Analyzer{Voices: framing.OwnVoice}
	lexicons := hostileLexicons(t)
	r, err := Build(an, a, b, stateName, wireName, nil, &Options{Lexicons: lexicons, KWICTerms: 12, Forests: 8,
		Pool: &framing.PoolOptions{Permutations: 50, MinEvents: 2}, DocTest: &framing.DocTestOptions{Permutations: 200},
		Time: &framing.TimelineOptions{Terms: []string{"constructor", "ministry"}, Lexicon: lexicons[2]}})
	if err != nil {
		t.Fatal(err)
	}
	r.Frames = framesOf(t, trainFrames(t, hostileFrames), a, b, stateName, wireName, "")
	var outlets []corpus.Side
	for _, name := range []string{stateName, "wire", "agency", bigOutlet} {
		outlets = append(outlets, corpus.OutletSide(name))
	}
	all := func(yield func(corpus.Document, error) bool) {
		for _, d := range append(slices.Clone(a), b...) {
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
	if r.Events == nil {
		t.Fatal("no events section")
	}
	// Rename pooled terms: protoKeys to terms with lines and a forest, bareKeys to terms with
	// neither.
	keys, bare := slices.Clone(protoKeys), slices.Clone(bareKeys)
	for i := range r.Events.Terms {
		old := r.Events.Terms[i].Term
		k := slices.IndexFunc(r.Terms, func(kt framing.KeyTerm) bool { return kt.Term == old })
		if old == "constructor" || k < 0 {
			continue
		}
		var key string
		switch lines, forest := len(r.KWIC[old]) > 0, len(r.Events.Forest[old]) > 0; {
		case lines && forest && len(keys) > 0:
			key, keys = keys[0], keys[1:]
		case !lines && !forest && len(bare) > 0:
			key, bare = bare[0], bare[1:]
		default:
			continue
		}
		for j, p := range r.Points {
			if w := slices.Index(p.Words, r.Terms[k].Word); w >= 0 && p.CountA == r.Terms[k].CountA && p.CountB == r.Terms[k].CountB {
				r.Points[j].Words[w] = key
			}
		}
		r.Terms[k].Term, r.Terms[k].Word = key, key
		r.Events.Terms[i].Term, r.Events.Terms[i].Word = key, key
		if lines, ok := r.KWIC[old]; ok {
			r.KWIC[key] = lines
			delete(r.KWIC, old)
		}
		if forest, ok := r.Events.Forest[old]; ok {
			r.Events.Forest[key] = forest
			delete(r.Events.Forest, old)
		}
	}
	if len(keys)+len(bare) > 0 {
		t.Fatalf("no terms left for %q", append(keys, bare...))
	}
	return r, lexicons
}

// TestHostileReportInBrowser opens the hostile report in headless Chromium and uses all of
// it: every point, pooled row, category row and heat map clicked, every hostile key
// searched. It wants no console error; the lines and forest of every key that a plain
// object has anyway; each category's own lines; no control or reordering character
// anywhere in the page's text (user text escaped, and isolated); numbers after a
// right-to-left name where they belong; no page wider than the window; and megabyte names
// cut, with the whole value on hover.
func TestHostileReportInBrowser(t *testing.T) {
	exe := browser(t)
	r, lexicons := hostileReport(t)
	var page bytes.Buffer
	if err := r.WriteHTML(&page); err != nil {
		t.Fatal(err)
	}
	ctx, problems := openPage(t, exe, t.TempDir(), page.Bytes())
	eval := func(js string, out any) {
		t.Helper()
		b, err := chromedp.Run(ctx, chromedp.Evaluate[[]byte](js))
		if err == nil {
			err = json.Unmarshal(b, out)
		}
		if err != nil {
			t.Fatalf("%s: %v", js[:min(len(js), 80)], err)
		}
	}
	count := func(sel string) int {
		var n int
		eval(`document.querySelectorAll(`+jsString(sel)+`).length`, &n)
		return n
	}
	click := func(sel string) {
		var ok bool
		eval(`(function(){var e=document.querySelector(`+jsString(sel)+`);if(!e){return false;}e.dispatchEvent(new MouseEvent("click",{bubbles:true}));return true;})()`, &ok)
		if !ok {
			t.Errorf("nothing to click at %s", sel)
		}
	}

	// Every key from the data is data: its point, its search and its pooled row.
	for _, key := range slices.Concat([]string{"constructor"}, protoKeys, bareKeys) {
		i := slices.IndexFunc(r.Terms, func(kt framing.KeyTerm) bool { return kt.Term == key })
		if i < 0 {
			t.Errorf("no term %q in the report", key)
			continue
		}
		// A click on the term's point shows the lines of the point's first word that has
		// them (terms with the same counts share a point).
		k := slices.IndexFunc(r.Points, func(p Point) bool { return slices.Contains(p.Words, r.Terms[i].Word) })
		if k < 0 {
			t.Errorf("no point holds %q", key)
			continue
		}
		want := 0
		for _, w := range r.Points[k].Words {
			if j := slices.IndexFunc(r.Terms, func(kt framing.KeyTerm) bool { return kt.Word == w }); j >= 0 && len(r.KWIC[r.Terms[j].Term]) > 0 {
				want = len(r.KWIC[r.Terms[j].Term])
				break
			}
		}
		click(fmt.Sprintf(`#scatter circle.pt[data-i="%d"]`, k))
		var note string
		eval(`(function(){var p=document.querySelector("#kwic p.note");return p?p.textContent:"";})()`, &note)
		if n := count("#kwic .line"); n != want || want == 0 && !strings.HasPrefix(note, "No lines kept") {
			t.Errorf("point of %q: %d lines, want %d (note %q)", key, n, want, note)
		}
		var heading string
		eval(`(function(){var s=document.getElementById("search");s.value=`+jsString(r.Terms[i].Word)+`;s.dispatchEvent(new Event("input"));var h=document.querySelector("#kwic h3");return h?h.textContent:"";})()`, &heading)
		if n, want := count("#kwic .line"), len(r.KWIC[key]); !strings.HasPrefix(heading, r.Terms[i].Word) || n != want {
			t.Errorf("search for %q: heading %q, %d lines, want %d", r.Terms[i].Word, heading, n, want)
		}
		if j := slices.IndexFunc(r.Events.Terms, func(p framing.PooledTerm) bool { return p.Term == key }); j >= 0 {
			click(fmt.Sprintf(`#pooled tr.row[data-i="%d"]`, j))
			var text string
			eval(`document.getElementById("forest").textContent`, &text)
			if n, want := count("#forest circle.event"), len(r.Events.Forest[key]); n != want || want == 0 && !strings.HasPrefix(text, "No per-event tables") {
				t.Errorf("pooled row of %q: forest of %d events, want %d (%q)", key, n, want, text[:min(len(text), 60)])
			}
		}
	}

	// Each category row shows its own lines, as the lexicon finds them on each side.
	a, b := hostileCorpus()
	an := &framing.Analyzer{Voices: framing.OwnVoice}
	wantLines := map[string]int{}
	for _, lex := range lexicons {
		for _, docs := range [][]corpus.Document{a, b} {
			_, lines, err := an.LexiconEvidence(docs, lex, 60, 8)
			if err != nil {
				t.Fatal(err)
			}
			for cat, ls := range lines {
				wantLines[lex.Name()+"\x00"+cat] += len(ls)
			}
		}
	}
	if len(r.Categories) < 4 {
		t.Fatalf("%d categories", len(r.Categories))
	}
	for i, c := range r.Categories {
		click(fmt.Sprintf(`#categories tr.row:nth-of-type(%d)`, i+2)) // after the header row
		if n, want := count("#catlines .line"), wantLines[c.Lexicon+"\x00"+c.Category]; n != want {
			t.Errorf("category %q / %q: %d lines, want %d", c.Lexicon, c.Category, n, want)
		}
	}

	// Everything else clicked.
	var ok bool
	eval(`(function(){
var click=function(e){e.dispatchEvent(new MouseEvent("click",{bubbles:true}));};
document.querySelectorAll("#scatter circle.pt").forEach(click);
document.querySelectorAll("#pooled tr.row").forEach(click);
document.querySelectorAll("#categories tr.row").forEach(click);
var s=document.getElementById("groups-event");
for(var i=0;i<s.options.length;i++){s.value=s.options[i].value;s.dispatchEvent(new Event("change"));}
var ts=document.getElementById("time-series");
for(var i=0;i<ts.options.length;i++){ts.value=ts.options[i].value;ts.dispatchEvent(new Event("change"));document.querySelectorAll("#timeline circle.tpt").forEach(click);}
document.querySelectorAll("#frames-diffs tr.row").forEach(click);
document.querySelectorAll("#frames-evidence button.chip").forEach(function(b){click(b);var l=document.querySelector("#frames-lines .line");if(l){click(l);}});
return true;})()`, &ok)
	for _, q := range []string{"__proto__", "proto", "constructor", "toString", "hasOwnProperty", rlo, "\x1b", "w"} {
		eval(`(function(){var s=document.getElementById("search");s.value=`+jsString(q)+`;s.dispatchEvent(new Event("input"));return true;})()`, &ok)
	}
	document := page.String()
	if !strings.Contains(document, `"__proto__":[`) {
		t.Error("the data lacks the key __proto__")
	}

	// No control or reordering character in any text or attribute, but for the isolates
	// the page puts around user text (U+2068 ... U+2069); line breaks and tabs only in the
	// provenance records (<pre>).
	var bad []string
	eval(`(function(){
var re=/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;
var clean=function(s){return s.replace(/\u2068[^\u2066-\u2069]*\u2069/g,"");};
var bad=[],note=function(where,s){if(bad.length<10){bad.push(where+": "+JSON.stringify(s.slice(0,60)));}};
var w=document.createTreeWalker(document.documentElement,NodeFilter.SHOW_TEXT|NodeFilter.SHOW_ELEMENT);
for(var n=w.currentNode;n;n=w.nextNode()){
if(n.nodeType===3){var p=n.parentNode;if(p.nodeName==="SCRIPT"||p.nodeName==="STYLE"||/^\s*$/.test(n.data)){continue;}
if(re.test(clean(n.data))||p.nodeName!=="PRE"&&/[\n\t]/.test(n.data)){note("text in "+p.nodeName+"#"+p.id,n.data);}
if(n.data.length>2000&&p.nodeName!=="PRE"&&!(p.nodeName==="title"&&p.parentNode.nodeName==="text")){note("uncut text in "+p.nodeName,n.data);}
}else{for(var i=0;i<n.attributes.length;i++){if(re.test(clean(n.attributes[i].value))){note("attribute "+n.attributes[i].name,n.attributes[i].value);}}}
}
if(re.test(clean(document.title))){note("title",document.title);}
return bad;})()`, &bad)
	for _, s := range bad {
		t.Errorf("unescaped: %s", s)
	}

	// The summary reads in order: side A's numbers left to right after its name, whose
	// override does not reach them; side B's numbers right of its Hebrew name.
	var order struct {
		A    []float64 `json:"a"`
		Name float64   `json:"name"`
		B    float64   `json:"b"`
	}
	eval(`(function(){
var el=document.getElementById("summary"),text=el.textContent;
var rect=function(start,end){var r=document.createRange(),pos=0,w=document.createTreeWalker(el,NodeFilter.SHOW_TEXT),set=0;
for(var n=w.nextNode();n;n=w.nextNode()){var len=n.data.length;
if(!(set&1)&&start<=pos+len){r.setStart(n,start-pos);set|=1;}
if(!(set&2)&&end<=pos+len){r.setEnd(n,end-pos);set|=2;}pos+=len;}
var b=r.getBoundingClientRect();return [b.left,b.right];};
var at=function(s,from){var i=text.indexOf(s,from);return i<0?[-1,-1]:rect(i,i+s.length);};
var a=text.indexOf(": `+fmt.Sprint(r.DocsA)+` documents");
var docs=at("`+fmt.Sprint(r.DocsA)+`",a),word=at("documents",a),tokens=at("`+fmt.Sprint(r.TokensA)+`",a),counted=at("counted",a);
var name=at(`+jsString(wireName)+`,0),b=text.indexOf(`+jsString(wireName)+`);
var nb=at("`+fmt.Sprint(r.DocsB)+` documents",b);
return {a:[docs[0],word[0],tokens[0],counted[0]],name:name[1],b:nb[0]};})()`, &order)
	if !slices.IsSorted(order.A) || order.A[0] < 0 {
		t.Errorf("side A's summary reads out of order: x of docs, \"documents\", words, \"counted\" = %v", order.A)
	}
	if order.B < order.Name-1 {
		t.Errorf("side B's number (x %.0f) is left of its right-to-left name (ends at x %.0f)", order.B, order.Name)
	}

	// No page wider than the window; a megabyte name cut, its whole value on hover.
	var size struct {
		Width  float64 `json:"width"`
		Window float64 `json:"window"`
		Height float64 `json:"height"`
		Hover  int     `json:"hover"`
		Label  int     `json:"label"`
	}
	eval(`(function(){var big=`+jsString(bigOutlet)+`;var hover=0,label=0;
document.querySelectorAll("[title]").forEach(function(e){if(e.title===big){hover++;}});
document.querySelectorAll("svg title").forEach(function(e){if(e.textContent===big){label++;}});
return {width:document.documentElement.scrollWidth,window:window.innerWidth,height:document.documentElement.scrollHeight,hover:hover,label:label};})()`, &size)
	if size.Width > size.Window {
		var wide []string
		eval(`(function(){var out=[];document.querySelectorAll("body *").forEach(function(e){var r=e.getBoundingClientRect();if(r.right>window.innerWidth&&out.length<5){out.push(e.nodeName+"#"+e.id+"."+e.className+" "+Math.round(r.left)+"-"+Math.round(r.right));}});return out;})()`, &wide)
		t.Errorf("the page is %.0f px wide in a window of %.0f: %q", size.Width, size.Window, wide)
	}
	if size.Height > 40000 {
		t.Errorf("the page is %.0f px tall", size.Height)
	}
	if size.Hover == 0 || size.Label == 0 {
		t.Errorf("the megabyte outlet's whole name: on hover of %d elements and %d SVG labels, want both", size.Hover, size.Label)
	}
	for _, p := range problems() {
		t.Errorf("console: %s", p)
	}
}

// TestCategoryLines: each category carries its own lines (lexicon "a" category "b/c" and
// lexicon "a/b" category "c" are two categories), and a lexicon given twice is an error
// rather than doubled lines.
func TestCategoryLines(t *testing.T) {
	a, b := hostileCorpus()
	an := &framing.Analyzer{Voices: framing.OwnVoice}
	lexicons := hostileLexicons(t)
	r, err := Build(an, a, b, "A", "B", nil, &Options{Lexicons: lexicons, Top: 50})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	for _, c := range r.Categories {
		key := c.Lexicon + "\x00" + c.Category
		for _, l := range c.Lines {
			got[key] = append(got[key], l.Side+":"+l.DocID+":"+l.Match)
		}
	}
	want := map[string][]string{}
	for _, lex := range lexicons {
		for side, docs := range [][]corpus.Document{a, b} {
			_, lines, err := an.LexiconEvidence(docs, lex, 60, 8)
			if err != nil {
				t.Fatal(err)
			}
			for _, cat := range slices.Sorted(maps.Keys(lines)) {
				for _, l := range lines[cat] {
					key := lex.Name() + "\x00" + cat
					want[key] = append(want[key], []string{"A", "B"}[side]+":"+l.DocID+":"+l.Match)
				}
			}
		}
	}
	for key, w := range want {
		if !slices.Equal(got[key], w) {
			t.Errorf("category %q: lines %q, want %q", key, got[key], w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("%d categories with lines, want %d", len(got), len(want))
	}
	for _, lexs := range [][]*framing.Lexicon{{lexicons[0], lexicons[0]}, {lexicons[1], mustLexicon(t, "a/b", "[d]\ngrew\n")}} {
		if _, err := Build(an, a, b, "A", "B", nil, &Options{Lexicons: lexs, Top: 50}); err == nil {
			t.Errorf("lexicons %q and %q: no error", lexs[0].Name(), lexs[1].Name())
		}
	}
}

func mustLexicon(t testing.TB, name, text string) *framing.Lexicon {
	t.Helper()
	lex, err := framing.ParseLexicon(strings.NewReader(text), name)
	if err != nil {
		t.Fatal(err)
	}
	return lex
}

// jsString returns s as a JavaScript string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
