package framing

// Scraped-page residue: markup, character references, script, style sheets, template
// placeholders and page navigation that a scraper left in a document's text. Counted as
// words they become terms ("innerHTML", "div_currpage", "nbsp"), so a corpus should be
// checked for them before it is compared. The rules are syntactic and deliberately narrow:
// each asks for the shape of code (a tag's name and its closing bracket, a declaration's
// property, value and semicolon), not for a word alone, so that news prose does not match.

import (
	"cmp"
	"slices"
	"strings"

	"github.com/framediff/framediff/corpus"
)

// A ResidueKind names a kind of scraped-page residue (see [ResidueOf] for the rules).
type ResidueKind string

// The kinds of residue, in the order [ResidueOf] lists them.
const (
	ResidueMarkup     ResidueKind = "markup"     // HTML tags and comments: <div class="x">, </p>, <br/>, <!--
	ResidueEntity     ResidueKind = "entity"     // undecoded character references: &nbsp; &amp; &#233; &#x27;
	ResidueScript     ResidueKind = "script"     // JavaScript: function f(x){, var x =, innerHTML, getElementById
	ResidueStyle      ResidueKind = "style"      // CSS: {font-size: 12px; color: #333}, @media, !important
	ResidueTemplate   ResidueKind = "template"   // template placeholders: {{ name }}, {% if %}, ${name}, <% %>
	ResidueNavigation ResidueKind = "navigation" // page navigation left as text: "Previous Page", "1 2 3 Next Page"
)

var residueKinds = []ResidueKind{ResidueMarkup, ResidueEntity, ResidueScript, ResidueStyle, ResidueTemplate, ResidueNavigation}

// ResidueKinds returns the kinds of residue, in the order [ResidueOf] lists them.
func ResidueKinds() []ResidueKind { return slices.Clone(residueKinds) }

// Residue lists the kinds of scraped-page residue found in a text (see [ResidueOf]).
type Residue struct {
	Hits []ResidueHit `json:"hits,omitempty"` // one per kind found, in the order of the ResidueKind constants
}

// A ResidueHit is one kind of residue in a text: where it first occurs, and how often.
type ResidueHit struct {
	Kind  ResidueKind `json:"kind"`
	Start int         `json:"start"` // byte offsets of the first occurrence: text[Start:End]
	End   int         `json:"end"`
	Count int         `json:"count"` // occurrences, not overlapping

	spans *[][2]int // when set, add records every occurrence here (StripResidue)
}

// Found reports whether any residue was found.
func (r Residue) Found() bool { return len(r.Hits) > 0 }

// Has reports whether residue of kind k was found.
func (r Residue) Has(k ResidueKind) bool {
	return slices.ContainsFunc(r.Hits, func(h ResidueHit) bool { return h.Kind == k })
}

// ResidueOf finds the markup, script and other scraped-page residue in a text. Each kind
// is recognized by these rules, case-sensitive unless said otherwise:
//
//   - markup: "<!--", "<!DOCTYPE" (any case), or a tag: "<" or "</", one of the HTML
//     element names (a, b, br, div, p, span, script, style, table, td, img, iframe, h1 ...;
//     any case), then ">", "/>", or white space, an attribute ("name=") and a ">" later on
//     the same line with no "<" before it. "x <a b", "<a few> words" and "<3" are not tags.
//   - entity: a character reference, "&#" and 1 to 7 digits or "&#x" and 1 to 6 hex digits,
//     then ";", or "&", one of the common HTML entity names (nbsp, amp, lt, gt, quot, apos,
//     mdash, rsquo, eacute ...; as HTML spells them), then ";" ("&nbsp" also without it).
//     "AT&T;" and "R&D" are not references.
//   - script: "function", an optional name, a parameter list of names in parentheses and
//     "{" ("function turnpage(page){"; "its function (2022)" is prose); "var", "let" or
//     "const", a name, and "=" but not "=="; a DOM or JavaScript name: innerHTML,
//     outerHTML, innerText, getElementById, getElementsByClassName,
//     getElementsByTagName, querySelector, addEventListener, document.write, document.all,
//     document.cookie, window.location, window.onload, "javascript:", "jQuery(",
//     "$(document)", "setTimeout(", "console.log(", and "});".
//   - style: "@media", "@font-face", "@import", "!important", or a declaration: a CSS
//     property name in lower case (color, font-size, margin, padding, display, width,
//     text-align, ...), ":", a value of up to 80 bytes on the same line without ";", "{"
//     or "}", then ";" or "}", that opens a block ("{" before it), closes one ("}" after
//     it), or has another such declaration next to it with only white space between. One
//     declaration alone in prose ("the margin: 52%;") is not style.
//   - template: "{{" with "}}", "{%" with "%}", or "<%" with "%>" later on the same line
//     (within 300 bytes), or "${" followed by a name and "}".
//   - navigation: a line of at most 80 bytes made only of the words page, previous, prev,
//     next, first, last (any case), numbers and the marks « » ‹ › < > | that holds one of
//     the words other than page, and "page" or two numbers ("Previous Page", "1 2 3 Next
//     Page", "1 2 Next"), or a line that reads "page N of M".
//
// The hits are listed in the order of the ResidueKind constants, each with the byte
// offsets of its first occurrence and the number of occurrences. A text without residue
// gives a Residue whose Hits is nil. ResidueOf is safe for concurrent use.
func ResidueOf(text string) Residue { return residueOf(text, nil) }

// residueOf is ResidueOf; with spans, it also calls spans with each kind and the byte
// offsets of every occurrence of that kind (the occurrences Count counts).
func residueOf(text string, spans func(k ResidueKind, occ [][2]int)) Residue {
	var r Residue
	var occ [][2]int
	for _, k := range residueKinds {
		h := ResidueHit{}
		if spans != nil {
			occ = occ[:0]
			h.spans = &occ
		}
		switch k {
		case ResidueMarkup:
			findAll(text, markupAt, '<', &h)
		case ResidueEntity:
			findAll(text, entityAt, '&', &h)
		case ResidueScript:
			scriptHits(text, &h)
		case ResidueStyle:
			styleHits(text, &h)
		case ResidueTemplate:
			templateHits(text, &h)
		case ResidueNavigation:
			navigationHits(text, &h)
		}
		h.spans = nil
		if h.Count > 0 {
			h.Kind = k
			r.Hits = append(r.Hits, h)
			if spans != nil {
				spans(k, occ)
			}
		}
	}
	return r
}

// add counts a match [start, end) in h.
func (h *ResidueHit) add(start, end int) {
	if h.Count == 0 {
		h.Start, h.End = start, end
	}
	h.Count++
	if h.spans != nil {
		*h.spans = append(*h.spans, [2]int{start, end})
	}
}

// findAll counts the matches of at, tried at every occurrence of the byte c: at returns the
// end of a match starting at i, or -1.
func findAll(text string, at func(string, int) int, c byte, h *ResidueHit) {
	for i := 0; i < len(text); {
		k := strings.IndexByte(text[i:], c)
		if k < 0 {
			break
		}
		i += k
		if end := at(text, i); end > i {
			h.add(i, end)
			i = end
			continue
		}
		i++
	}
}

var htmlElements = func() map[string]bool {
	m := map[string]bool{}
	for _, e := range strings.Fields(`a abbr address area article aside audio b base bdi bdo blockquote body
		br button canvas caption center cite code col colgroup dd del details dfn div dl dt em embed
		fieldset figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html
		i iframe img input ins kbd label legend li link main mark meta nav noscript object ol optgroup
		option p param picture pre q s samp script section select small source span strike strong style
		sub summary sup svg table tbody td template textarea tfoot th thead time title tr tt u ul var
		video wbr`) {
		m[e] = true
	}
	return m
}()

// markupAt matches a tag or comment opening at text[i] == '<'.
func markupAt(text string, i int) int {
	rest := text[i+1:]
	if strings.HasPrefix(rest, "!--") {
		return i + 4
	}
	if len(rest) >= 8 && strings.EqualFold(rest[:8], "!DOCTYPE") {
		return i + 9
	}
	j := 0
	if j < len(rest) && rest[j] == '/' {
		j++
	}
	k := j
	for k < len(rest) && k-j < 10 && (asciiLetter(rest[k]) || k > j && asciiDigit(rest[k])) {
		k++
	}
	if k == j || !htmlElements[strings.ToLower(rest[j:k])] {
		return -1
	}
	switch {
	case k < len(rest) && rest[k] == '>':
		return i + 1 + k + 1
	case k+1 < len(rest) && rest[k] == '/' && rest[k+1] == '>':
		return i + 1 + k + 2
	case k < len(rest) && (rest[k] == ' ' || rest[k] == '\t' || rest[k] == '\n'):
		// Attributes: a '>' later on the line, with no '<' before it, and an attribute's
		// "name=" between ("<a href=...>"; "<a few> words" is prose).
		attr := false
		for m := k + 1; m < len(rest) && m-k < 500; m++ {
			switch c := rest[m]; {
			case c == '>' && attr:
				return i + 1 + m + 1
			case c == '>', c == '<', c == '\n':
				return -1
			case c == '=' && isIdentByte(rest[m-1]):
				attr = true
			}
		}
	}
	return -1
}

var htmlEntities = func() map[string]bool {
	m := map[string]bool{}
	for _, e := range strings.Fields(`nbsp amp lt gt quot apos ndash mdash lsquo rsquo sbquo ldquo rdquo
		bdquo hellip laquo raquo lsaquo rsaquo middot bull copy reg trade deg plusmn times divide euro pound
		yen cent sect para shy iexcl iquest acute uml cedil ordf ordm frac12 frac14 frac34 sup2 sup3 micro
		thinsp ensp emsp zwnj zwj lrm rlm dagger prime larr rarr uarr darr harr
		aacute agrave acirc atilde auml aring aelig ccedil eacute egrave ecirc euml iacute igrave icirc
		iuml ntilde oacute ograve ocirc otilde ouml oslash uacute ugrave ucirc uuml yacute yuml szlig eth
		thorn scaron zcaron oelig
		Aacute Agrave Acirc Atilde Auml Aring AElig Ccedil Eacute Egrave Ecirc Euml Iacute Igrave Icirc
		Iuml Ntilde Oacute Ograve Ocirc Otilde Ouml Oslash Uacute Ugrave Ucirc Uuml Yacute ETH THORN
		Scaron Zcaron OElig`) {
		m[e] = true
	}
	return m
}()

// entityAt matches a character reference at text[i] == '&'.
func entityAt(text string, i int) int {
	rest := text[i+1:]
	if strings.HasPrefix(rest, "#") {
		j, hex := 1, false
		if len(rest) > 1 && (rest[1] == 'x' || rest[1] == 'X') {
			j, hex = 2, true
		}
		k := j
		for k < len(rest) && (asciiDigit(rest[k]) || hex && isHexLetter(rest[k])) {
			k++
		}
		if n := k - j; n >= 1 && (hex && n <= 6 || !hex && n <= 7) && k < len(rest) && rest[k] == ';' {
			return i + 1 + k + 1
		}
		return -1
	}
	k := 0
	for k < len(rest) && k < 12 && (asciiLetter(rest[k]) || k > 0 && asciiDigit(rest[k])) {
		k++
	}
	name := rest[:k]
	switch {
	case k > 0 && k < len(rest) && rest[k] == ';' && htmlEntities[name]:
		return i + 1 + k + 1
	case name == "nbsp" && (k == len(rest) || !asciiLetter(rest[k])):
		return i + 1 + k
	}
	return -1
}

func isHexLetter(c byte) bool { return c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }
func asciiLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func asciiDigit(c byte) bool  { return c >= '0' && c <= '9' }

func isIdentByte(c byte) bool {
	return asciiLetter(c) || asciiDigit(c) || c == '_' || c == '$'
}

// scriptNames are the DOM and JavaScript names that mark script.
var scriptNames = []string{
	"innerHTML", "outerHTML", "innerText", "getElementById", "getElementsByClassName",
	"getElementsByTagName", "querySelector", "addEventListener", "document.write", "document.all",
	"document.cookie", "window.location", "window.onload", "javascript:", "jQuery(", "$(document)",
	"setTimeout(", "console.log(", "});",
}

// scriptHits finds script: functions, declarations and DOM names.
func scriptHits(text string, h *ResidueHit) {
	type match struct{ start, end int }
	var ms []match
	for _, name := range scriptNames {
		for i := 0; ; {
			k := strings.Index(text[i:], name)
			if k < 0 {
				break
			}
			i += k
			// A name, not part of a longer one ("innerHTMLX" or "xinnerHTML" are not it).
			before := i == 0 || !isIdentByte(text[i-1])
			last := name[len(name)-1]
			after := i+len(name) == len(text) || !isIdentByte(last) || !isIdentByte(text[i+len(name)])
			if before && after {
				ms = append(ms, match{i, i + len(name)})
			}
			i += len(name)
		}
	}
	for i := 0; ; {
		k := strings.Index(text[i:], "function")
		if k < 0 {
			break
		}
		i += k
		if end := functionAt(text, i); end > 0 {
			ms = append(ms, match{i, end})
			i = end
			continue
		}
		i += len("function")
	}
	for i := 0; ; {
		k := strings.IndexByte(text[i:], '=')
		if k < 0 {
			break
		}
		i += k
		if start := declarationBefore(text, i); start >= 0 {
			ms = append(ms, match{start, i + 1})
		}
		i++
	}
	countMatches(len(ms), func(k int) (int, int) { return ms[k].start, ms[k].end }, h)
}

// countMatches counts matches that do not overlap, taking them in order of their starts
// (then the longest first).
func countMatches(n int, at func(int) (int, int), h *ResidueHit) {
	idx := make([]int, n)
	for k := range idx {
		idx[k] = k
	}
	slices.SortFunc(idx, func(x, y int) int {
		sx, ex := at(x)
		sy, ey := at(y)
		if sx != sy {
			return sx - sy
		}
		return ey - ex
	})
	last := -1
	for _, k := range idx {
		s, e := at(k)
		if s < last {
			continue
		}
		h.add(s, e)
		last = e
	}
}

// functionAt matches "function name(a, b) {" at text[i:].
func functionAt(text string, i int) int {
	if i > 0 && isIdentByte(text[i-1]) {
		return -1
	}
	j := i + len("function")
	skip := func() {
		for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
			j++
		}
	}
	skip()
	for j < len(text) && isIdentByte(text[j]) {
		j++
	}
	skip()
	if j >= len(text) || text[j] != '(' {
		return -1
	}
	j++
	for open := j; j < len(text) && text[j] != ')'; j++ {
		if c := text[j]; !isIdentByte(c) && c != ',' && c != ' ' || j-open > 200 {
			return -1 // not a list of names: "its function (2022)"
		}
	}
	if j >= len(text) {
		return -1
	}
	j++
	for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\n' || text[j] == '\r') {
		j++
	}
	if j < len(text) && text[j] == '{' {
		return j + 1
	}
	return -1
}

// declarationBefore returns where "var name " or "let name" or "const name" begins before
// the '=' at text[eq], or -1.
func declarationBefore(text string, eq int) int {
	if eq+1 < len(text) && (text[eq+1] == '=' || text[eq+1] == '>') || eq > 0 && strings.IndexByte("=!<>+-*/", text[eq-1]) >= 0 {
		return -1
	}
	j := eq
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	end := j
	for j > 0 && isIdentByte(text[j-1]) {
		j--
	}
	if j == end || asciiDigit(text[j]) {
		return -1
	}
	k := j
	if k == 0 || text[k-1] != ' ' {
		return -1
	}
	for k > 0 && text[k-1] == ' ' {
		k--
	}
	for _, kw := range []string{"var", "let", "const"} {
		if k >= len(kw) && text[k-len(kw):k] == kw && (k == len(kw) || !isIdentByte(text[k-len(kw)-1])) {
			return k - len(kw)
		}
	}
	return -1
}

var cssProperties = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range strings.Fields(`color background background-color background-image background-position
		background-repeat font font-size font-family font-weight font-style line-height letter-spacing
		text-align text-decoration text-indent text-transform vertical-align white-space word-wrap
		margin margin-top margin-bottom margin-left margin-right padding padding-top padding-bottom
		padding-left padding-right border border-top border-bottom border-left border-right border-color
		border-width border-style border-radius display position top bottom left right float clear
		width height min-width max-width min-height max-height overflow overflow-x overflow-y z-index
		visibility opacity cursor list-style content box-sizing box-shadow transition transform
		flex flex-direction justify-content align-items grid-template-columns`) {
		m[p] = true
	}
	return m
}()

// styleHits finds CSS: at-rules, !important, and declarations in blocks or in runs.
func styleHits(text string, h *ResidueHit) {
	type match struct{ start, end int }
	var ms []match
	for _, w := range []string{"@media", "@font-face", "@import", "!important"} {
		for i := 0; ; {
			k := strings.Index(text[i:], w)
			if k < 0 {
				break
			}
			i += k
			if i+len(w) == len(text) || !isIdentByte(text[i+len(w)]) {
				ms = append(ms, match{i, i + len(w)})
			}
			i += len(w)
		}
	}
	// Declarations, in order; one counts if it opens a block, closes one, or touches
	// another (only white space between them).
	var decl []match
	for i := 0; ; {
		k := strings.IndexByte(text[i:], ':')
		if k < 0 {
			break
		}
		i += k
		start, end := cssDeclaration(text, i)
		if start < 0 {
			i++
			continue
		}
		decl = append(decl, match{start, end})
		i = end
	}
	space := func(s string) bool { return strings.TrimLeft(s, " \t\r\n") == "" }
	for k, d := range decl {
		prev := strings.TrimRight(text[:d.start], " \t\r\n")
		next := strings.TrimLeft(text[d.end:], " \t\r\n")
		opens := strings.HasSuffix(prev, "{")
		closes := strings.HasPrefix(next, "}")
		touches := k > 0 && space(text[decl[k-1].end:d.start]) || k+1 < len(decl) && space(text[d.end:decl[k+1].start])
		if opens || closes || touches {
			ms = append(ms, d)
		}
	}
	countMatches(len(ms), func(k int) (int, int) { return ms[k].start, ms[k].end }, h)
}

// cssDeclaration matches "property: value;" around the ':' at text[colon]: the start of
// the property and the end past the ';' (or at the '}'), or -1.
func cssDeclaration(text string, colon int) (start, end int) {
	j := colon
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	p := j
	for p > 0 && (text[p-1] >= 'a' && text[p-1] <= 'z' || text[p-1] == '-') {
		p--
	}
	if p == j || !cssProperties[text[p:j]] || p > 0 && isIdentByte(text[p-1]) {
		return -1, -1
	}
	for k := colon + 1; k < len(text) && k-colon <= 81; k++ {
		switch text[k] {
		case ';':
			if strings.TrimSpace(text[colon+1:k]) == "" {
				return -1, -1
			}
			return p, k + 1
		case '}':
			if strings.TrimSpace(text[colon+1:k]) == "" {
				return -1, -1
			}
			return p, k
		case '{', '\n':
			return -1, -1
		}
	}
	return -1, -1
}

// templateHits finds template placeholders.
func templateHits(text string, h *ResidueHit) {
	type match struct{ start, end int }
	var ms []match
	for _, pair := range [][2]string{{"{{", "}}"}, {"{%", "%}"}, {"<%", "%>"}} {
		for i := 0; ; {
			k := strings.Index(text[i:], pair[0])
			if k < 0 {
				break
			}
			i += k
			line := text[i+2 : min(len(text), i+2+300)]
			if nl := strings.IndexByte(line, '\n'); nl >= 0 {
				line = line[:nl]
			}
			if c := strings.Index(line, pair[1]); c >= 0 {
				end := i + 2 + c + 2
				ms = append(ms, match{i, end})
				i = end
				continue
			}
			i += 2
		}
	}
	for i := 0; ; {
		k := strings.Index(text[i:], "${")
		if k < 0 {
			break
		}
		i += k
		j := i + 2
		for j < len(text) && (isIdentByte(text[j]) || text[j] == '.') {
			j++
		}
		if j > i+2 && j < len(text) && text[j] == '}' && !asciiDigit(text[i+2]) {
			ms = append(ms, match{i, j + 1})
			i = j + 1
			continue
		}
		i += 2
	}
	countMatches(len(ms), func(k int) (int, int) { return ms[k].start, ms[k].end }, h)
}

// navigationHits finds lines of page navigation.
func navigationHits(text string, h *ResidueHit) {
	forLines(text, func(start, end int) {
		if end-start <= 80 && navigationLine(text[start:end]) {
			h.add(start, end)
		}
	})
}

func navigationLine(line string) bool {
	f := strings.Fields(strings.ToLower(line))
	if len(f) == 4 && f[0] == "page" && f[2] == "of" && isDigits(f[1]) && isDigits(f[3]) {
		return true
	}
	page, other, numbers := false, false, 0
	for _, w := range f {
		switch w {
		case "page":
			page = true
		case "previous", "prev", "next", "first", "last":
			other = true
		case "«", "»", "‹", "›", "<", ">", "|", "<<", ">>":
		default:
			if !isDigits(w) {
				return false
			}
			numbers++
		}
	}
	return other && (page || numbers >= 2)
}

func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if !asciiDigit(w[i]) {
			return false
		}
	}
	return w != ""
}

// A ResidueCounter tallies the residue of a corpus's documents, one [ResidueCounter.Add]
// at a time, for a summary. Its zero value is ready to use. It is not safe for concurrent
// use.
type ResidueCounter struct {
	// Examples is how many document IDs the summary names for each kind: 0 means 5, a
	// negative value none.
	Examples int

	docs, flagged int
	kinds         map[ResidueKind]*ResidueCount
	outlets       map[string]int
}

// ResidueSummary is a corpus's residue: how many documents have some, of which kinds, and
// from which outlets.
type ResidueSummary struct {
	Documents int `json:"documents"` // documents examined
	Flagged   int `json:"flagged"`   // documents with residue of any kind
	// Kinds lists the kinds found, in the order of the ResidueKind constants.
	Kinds []ResidueCount `json:"kinds"`
	// Outlets counts the flagged documents of each outlet.
	Outlets map[string]int `json:"outlets"`
}

// A ResidueCount is one kind of residue in a corpus.
type ResidueCount struct {
	Kind        ResidueKind `json:"kind"`
	Documents   int         `json:"documents"`   // documents with residue of this kind
	Occurrences int         `json:"occurrences"` // in all of them
	// Examples names the first documents with it, in the order of their IDs (so that the
	// summary does not depend on the order of the documents), at most ResidueCounter.Examples.
	Examples []string `json:"examples"`
}

// Add finds the residue of d's Text (see [ResidueOf]), counts it, and returns it.
func (c *ResidueCounter) Add(d corpus.Document) Residue {
	r := ResidueOf(d.Text)
	c.docs++
	if !r.Found() {
		return r
	}
	c.flagged++
	if c.kinds == nil {
		c.kinds, c.outlets = map[ResidueKind]*ResidueCount{}, map[string]int{}
	}
	c.outlets[d.Outlet]++
	n := c.Examples
	if n == 0 {
		n = 5
	}
	for _, h := range r.Hits {
		rc := c.kinds[h.Kind]
		if rc == nil {
			rc = &ResidueCount{Kind: h.Kind, Examples: []string{}}
			c.kinds[h.Kind] = rc
		}
		rc.Documents++
		rc.Occurrences += h.Count
		if n > 0 {
			// Keep the n smallest IDs.
			k, _ := slices.BinarySearch(rc.Examples, d.ID)
			if k < n {
				rc.Examples = slices.Insert(rc.Examples, k, d.ID)
				if len(rc.Examples) > n {
					rc.Examples = rc.Examples[:n]
				}
			}
		}
	}
	return r
}

// Summary returns the tally so far.
func (c *ResidueCounter) Summary() ResidueSummary {
	s := ResidueSummary{Documents: c.docs, Flagged: c.flagged, Kinds: []ResidueCount{}, Outlets: map[string]int{}}
	for _, k := range residueKinds {
		if rc := c.kinds[k]; rc != nil {
			cp := *rc
			cp.Examples = slices.Clone(rc.Examples)
			s.Kinds = append(s.Kinds, cp)
		}
	}
	for o, n := range c.outlets {
		s.Outlets[o] = n
	}
	return s
}

// stripLineMax is the longest line StripResidue blanks whole for the script, style or
// template residue in it; in a longer line only the residue's own bytes are blanked.
const stripLineMax = 1000

// StripResidue returns text with its scraped-page residue, as [ResidueOf] finds it,
// blanked out, and what ResidueOf finds in text. Blanking replaces each byte with a space
// (line breaks stay), so the text keeps its length and every byte offset into it is an
// offset into text: evidence lines point at the same places in both.
//
//   - A line (up to 1,000 bytes) whose script, style or template residue makes up half or
//     more of its non-blank bytes, or occurs in it three times or more, is
//     blanked whole: a line of page code, not of prose. Elsewhere only the residue's bytes
//     are ("Hackers used javascript: links" keeps its words). Each line is read once, so
//     the time is linear in the text.
//   - A navigation line ("1 2 3 Next Page") is blanked whole.
//   - Markup: each tag, comment opener and doctype is blanked, and the words between tags
//     stay ("<b>Talks</b> resume" reads "Talks resume"); the text of a comment stays.
//   - Entity: each character reference is blanked ("&nbsp;" becomes spaces; "don&rsquo;t"
//     reads "don" and "t", where before it gave the word "rsquo" besides).
//
// Text without residue is returned as it is. StripResidue is safe for concurrent use.
func StripResidue(text string) (string, Residue) {
	var blank, code [][2]int // spans to blank; occurrences of code (script, style, template)
	r := residueOf(text, func(k ResidueKind, occ [][2]int) {
		switch k {
		case ResidueScript, ResidueStyle, ResidueTemplate:
			code = append(code, occ...)
		default:
			blank = append(blank, occ...)
		}
	})
	if !r.Found() {
		return text, r
	}
	// Each line with code in it, once: whole when the code is most of it, else the code.
	slices.SortFunc(code, func(x, y [2]int) int { return cmp.Or(x[0]-y[0], x[1]-y[1]) })
	for i := 0; i < len(code); {
		lo := strings.LastIndexByte(text[:code[i][0]], '\n') + 1
		hi := strings.IndexByte(text[code[i][0]:], '\n')
		if hi < 0 {
			hi = len(text)
		} else {
			hi += code[i][0]
		}
		j, covered, last := i, 0, lo
		for ; j < len(code) && code[j][0] < hi; j++ {
			s, e := max(code[j][0], last), min(code[j][1], hi)
			if e > s {
				covered += e - s
				last = e
			}
		}
		if hi-lo <= stripLineMax && (2*covered >= nonBlank(text[lo:hi]) || j-i >= 3) {
			blank = append(blank, [2]int{lo, hi})
		} else {
			blank = append(blank, code[i:j]...)
		}
		i = j
	}
	b := []byte(text)
	for _, o := range blank {
		for i := o[0]; i < o[1]; i++ {
			if b[i] != '\n' {
				b[i] = ' '
			}
		}
	}
	return string(b), r
}

// nonBlank counts the bytes of s that are not ASCII white space.
func nonBlank(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			n++
		}
	}
	return n
}
