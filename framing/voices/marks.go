package voices

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// qmark is a quotation mark candidate.
type qmark struct {
	pos, size   int
	r           rune
	double      bool // a double mark (" “ ” „ « »), else single (' ‘ ’ ‹ ›)
	open, close bool // whether it can open and close a quotation
	left, right bool // whether it is placed as an opening (left-flanking) or closing mark
}

// isOpenPunct reports whether r may stand before an opening quotation mark.
func isOpenPunct(r rune) bool {
	return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) || strings.ContainsRune("([{—–-/:;,\u00A0«“‘„\"'", r)
}

// isClosePunct reports whether r may stand after a closing quotation mark.
func isClosePunct(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsPunct(r) || r == '\u00A0' || unicode.IsSymbol(r) || unicode.Is(unicode.Cf, r)
}

// markByte holds the bytes that may start a quotation mark: the ASCII marks and the lead
// bytes of the curly marks and guillemets.
var markByte = [256]bool{'"': true, '\'': true, '`': true, 0xE2: true, 0xC2: true}

// stopByte is 1 for the bytes where findMarks stops: those of markByte and '<'.
var stopByte = [256]uint8{'"': 1, '\'': 1, '`': 1, 0xE2: 1, 0xC2: 1, '<': 1}

// nextStop returns the index of the first byte of text at or after i where findMarks
// stops (see stopByte), or len(text). Eight bytes are tested with one branch: most text
// has none.
func nextStop(text string, i int) int {
	for ; i+8 <= len(text); i += 8 {
		b := text[i : i+8]
		if stopByte[b[0]]|stopByte[b[1]]|stopByte[b[2]]|stopByte[b[3]]|
			stopByte[b[4]]|stopByte[b[5]]|stopByte[b[6]]|stopByte[b[7]] != 0 {
			break
		}
	}
	for ; i < len(text) && stopByte[text[i]] == 0; i++ {
	}
	return i
}

// findMarks finds the quotation mark candidates and which way each can face.
func (s *segmenter) findMarks() {
	text := s.text
	for i := 0; i < len(text); i++ {
		if i = nextStop(text, i); i >= len(text) {
			break
		}
		c := text[i]
		if c == '<' {
			// A markup tag left in the text (<tweet author="…">, <a href=”…”>): its marks
			// quote attribute values, not words.
			i = tagEnd(text, i) - 1
			continue
		}
		if !markByte[c] {
			continue
		}
		if c == '\'' && i > 0 && i+1 < len(text) && asciiWordByte(text[i-1]) && asciiWordByte(text[i+1]) {
			continue // an apostrophe between ASCII letters or digits (it's, O'Brien): as below, sooner
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		// Doubled apostrophes and backquotes are double marks, as some archives write them
		// (''…'', ``…''): read as a straight double mark, or an opening one; so are
		// doubled curly single marks.
		if (c == '\'' || c == '`') && i+1 < len(text) && text[i+1] == c {
			r, size = '"', 2
			if c == '`' {
				r = '\u201C'
			}
		} else if c == '`' {
			continue
		} else if (r == '\u2018' || r == '\u2019') && strings.HasPrefix(text[i+size:], text[i:i+size]) && s.doubledSingles() {
			// Doubled curly single marks (‘‘…’’), the same archives' convention in
			// typographic marks: an opening or a closing double mark, in a text that
			// opens some quotation so (else ’’ is a plural's apostrophe and a closing
			// single mark: "the students’’ union").
			r, size = r+('\u201C'-'\u2018'), 2*size
		}
		var m qmark
		switch r {
		case '"', '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB':
			m.double = true
		case '\'', '\u2018', '\u2019', '\u201A', '\u201B', '\u2039', '\u203A':
		default:
			i += size - 1
			continue
		}
		m.pos, m.size, m.r = i, size, r
		prev, next := ' ', ' '
		if i > 0 {
			prev, _ = utf8.DecodeLastRuneInString(text[:i])
		}
		if i+size < len(text) {
			next, _ = utf8.DecodeRuneInString(text[i+size:])
		}
		left := !unicode.IsSpace(next) && isOpenPunct(prev)   // can open
		right := !unicode.IsSpace(prev) && isClosePunct(next) // can close
		m.left, m.right = left, right
		word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
		if !m.double && unicode.IsDigit(next) && !word(prev) {
			i += size - 1
			continue // an elision: the ’90s, '08
		}
		switch r {
		case '\u201C', '\u201E', '\u201F', '\u00AB', '\u2018', '\u201A', '\u201B', '\u2039':
			if r == '\u2018' && word(prev) && word(next) {
				i += size - 1
				continue // an apostrophe written with the wrong mark: Varga‘s
			}
			m.open = true
			m.close = (r == '\u201C' || r == '\u2018') && right // German „…“ closes with “
		case '\u201D', '\u00BB', '\u203A':
			m.close = true
			m.open = r == '\u201D' && left && !right // Swedish ”…”
		case '\u2019':
			if word(prev) && word(next) {
				i += size - 1
				continue // an apostrophe: it’s, O’Brien
			}
			m.close = right
		case '"':
			m.open, m.close = left, right
			if !left && !right { // "a"b: inside a word; it closes if anything is open
				m.close = true
				// After a sentence's end and before a word, a space is missing ("…
				// authorities."We were …"): it closes what is open, or else opens.
				m.open = strings.ContainsRune(".!?", prev) && word(next)
			}
		case '\'':
			if word(prev) && word(next) {
				continue // an apostrophe
			}
			m.open, m.close = left, right
		}
		if m.open || m.close {
			s.marks = append(s.marks, m)
		}
		i += size - 1
	}
}

// asciiWordByte reports whether c is an ASCII letter or digit.
func asciiWordByte(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' || c >= '0' && c <= '9' }

// tagEnd returns the end of the markup tag that opens at text[i] ('<'): a tag is '<' then a
// letter or '/', and ends at the first '>' on its line with no '<' before it, outside its
// attribute values, within 400 bytes not counting its values. A value in marks (author="…")
// may run over line breaks, as a post's text copied into an attribute does, the whole tag
// up to 2,000 bytes. A tag not closed so (a value whose closing mark is missing: <a
// href="page.html>) ends at the first '>' within 400 bytes on its line, values or not.
// Where no tag opens at i, it returns i+1.
func tagEnd(text string, i int) int {
	if i+1 >= len(text) || !(text[i+1] == '/' || text[i+1] < utf8.RuneSelf && unicode.IsLetter(rune(text[i+1]))) {
		return i + 1
	}
	var value byte // the mark of the attribute value the scan is in, or 0
	outside := 0   // the bytes scanned outside values
	for j := i + 1; j < len(text) && j < i+2000 && outside < 400; j++ {
		c := text[j]
		switch {
		case value != 0:
			if c == value {
				value = 0
			}
			continue
		case c == '"' && text[j-1] == '=':
			value = c
		case c == '>':
			return j + 1
		case c == '<' || c == '\n':
			return lineTagEnd(text, i)
		}
		outside++
	}
	return lineTagEnd(text, i)
}

// lineTagEnd returns the end of the tag that opens at text[i] read as if its values had no
// marks: at the first '>' within 400 bytes on its line with no '<' before it, or i+1.
func lineTagEnd(text string, i int) int {
	for j := i + 1; j < len(text) && j < i+400; j++ {
		switch text[j] {
		case '>':
			return j + 1
		case '<', '\n':
			return i + 1
		}
	}
	return i + 1
}

// pairMarks pairs the marks into top-level quotations, paragraph by paragraph.
//
// Open marks go on a stack; a closing mark closes the nearest open mark of its kind (double
// or single), which also closes any quotation opened inside it and left open. Only the
// outermost quotations are kept: one nested in another belongs to it. A double quotation
// left open at the end of its paragraph continues when the next paragraph opens with an
// opening mark or closes it before opening one, and otherwise ends with its paragraph; a
// single quotation left open is dropped (single marks are too often apostrophes). An
// opening double mark, the same mark as the one open (“ after “), after a sentence's end
// reopens the quotation (a paragraph of it whose break was lost) rather than nesting a
// quotation in it. A double quotation never closed that would run over quotations closed
// inside it, or over more than maxOpenSentences sentences, ends with the sentence it was
// (re)opened in, or before the first quotation closed inside it if that comes first, and
// the quotations closed directly inside it stand on their own.
func (s *segmenter) pairMarks() {
	type open struct {
		m     qmark
		para  int // the paragraph the quotation has reached
		from  int // where it was opened or last reopened
		below int // the index in the stack of the nearest open mark of its kind below it, or -1
	}
	var buf [8]open // most texts nest few marks: the stack stays off the heap
	stack := buf[:0]
	// top holds, by kind (single, double), the index in the stack of the nearest open mark
	// of that kind, or -1: a closing mark finds the mark it closes at once, not by passing
	// over the marks of the other kind above it (a paragraph of thousands of “ and ’ left
	// open was quadratic).
	top := [2]int{-1, -1}
	kind := func(m qmark) int {
		if m.double {
			return 1
		}
		return 0
	}
	// cut leaves the n open marks at the bottom of the stack.
	cut := func(n int) {
		for k := range top {
			for top[k] >= n {
				top[k] = stack[top[k]].below
				s.work++
			}
		}
		stack = stack[:n]
	}
	// inner holds the quotations closed directly inside the outermost open one, for when
	// that one never closes (see endOpen).
	var innerBuf [4]qpair
	inner := innerBuf[:0]
	// Every quotation takes a mark of its own, nearly every one two: room for half the
	// marks is made at once, not grown by copying (a quotation is 256 bytes, and a long
	// text has thousands), up to 4,096 quotations (1 MiB): a text of marks that pair into
	// few quotations ("\" \" \" …") must not reserve memory for them all.
	if n := min(len(s.marks)/2+16, 4096); cap(s.quotes)-len(s.quotes) < n {
		s.quotes = slices.Grow(s.quotes, n)
	}
	emit := func(o qmark, closeAt, closeEnd int) {
		q := quote{openStart: o.pos, start: o.pos + o.size, end: closeAt, closeEnd: closeEnd}
		q.Start, q.End = strings.IndexFunc(s.text[q.start:q.end], func(r rune) bool { return !unicode.IsSpace(r) }), trimRightSpace(s.text, q.start, q.end)
		if q.Start < 0 {
			return
		}
		q.Start += q.start
		if q.End > q.Start && !(straightMark(s.text[o.pos]) && codeLike(s.text[q.Start:q.End])) {
			s.quotes = append(s.quotes, q)
		}
	}
	endOpen := func() {
		if o := stack[0]; o.m.double {
			end := s.paraEnd(o.para)
			// A quotation never closed ends with its paragraph, unless that would make it
			// run over quotations closed inside it or over more than maxOpenSentences
			// sentences (a paragraph whose breaks were lost, a stray mark): then it ends
			// with the sentence it was last opened in, and the quotations inside stand on
			// their own.
			if len(inner) > 0 || s.sentencesBetween(o.from, end) > maxOpenSentences {
				end = min(end, s.sentenceEnd(o.from))
				if len(inner) > 0 {
					end = min(end, trimRightSpace(s.text, o.from, inner[0].o.pos))
				}
				emit(o.m, end, end)
				for _, q := range inner {
					emit(q.o, q.c.pos, q.c.pos+q.c.size)
				}
			} else {
				emit(o.m, end, end)
			}
		}
		cut(0)
		inner = inner[:0]
	}
	for _, m := range s.marks {
		p := s.para(m.pos)
		if len(stack) > 0 && stack[0].para < p {
			o := stack[0]
			switch {
			case p != o.para+1 || m.double != o.m.double:
				endOpen()
			case m.open && !m.close && m.pos == s.paras[p]: // reopened: it goes on
				cut(1)
				stack[0].para, stack[0].from = p, m.pos
				inner = inner[:0]
				continue
			case m.close && !m.open: // closed without reopening
				cut(1)
				stack[0].para, stack[0].from = p, s.paras[p]
				inner = inner[:0]
			default:
				endOpen()
			}
		}
		if m.close {
			j := top[kind(m)]
			if j >= 0 && closes(stack[j].m, m) {
				switch {
				case j == 0:
					emit(stack[0].m, m.pos, m.pos+m.size)
					inner = inner[:0]
				case j == 1 && m.double && stack[0].m.double:
					inner = append(inner, qpair{stack[1].m, m})
				}
				cut(j)
				continue
			}
		}
		if m.open {
			if len(stack) == 1 && m.double && !m.close && stack[0].m.double && m.r == stack[0].m.r && s.afterSentenceEnd(m.pos) {
				// Reopened after a sentence's end, as a quotation of several paragraphs
				// reopens each: in a text whose paragraph breaks were lost, the quotation
				// goes on. Read as a nested quotation it would leave the outer one open to
				// the end of the text.
				stack[0].from = m.pos
				inner = inner[:0]
				continue
			}
			stack = append(stack, open{m, p, m.pos, top[kind(m)]})
			top[kind(m)] = len(stack) - 1
			continue
		}
		if m.double && len(stack) == 0 {
			// A closing mark with nothing open: the quotation started without its mark.
			if start := s.inferStart(m.pos); start < m.pos {
				q := quote{openStart: start, start: start, end: m.pos, closeEnd: m.pos + m.size, unopened: true}
				q.Start, q.End = start, trimRightSpace(s.text, start, m.pos)
				if q.End > q.Start {
					s.quotes = append(s.quotes, q)
				}
			}
		}
	}
	if len(stack) > 0 {
		endOpen()
	}
	// Unopened quotations come out after the quotation before them; put all in order of
	// their starts (most texts have none out of order: no quotation is moved), and let
	// none overlap another.
	byOpen := func(a, b quote) int { return cmp.Compare(a.openStart, b.openStart) }
	if !slices.IsSortedFunc(s.quotes, byOpen) {
		slices.SortStableFunc(s.quotes, byOpen)
	}
	out := s.quotes[:0]
	for _, q := range s.quotes {
		if n := len(out); n > 0 && q.openStart < out[n-1].closeEnd {
			continue
		}
		out = append(out, q)
	}
	s.quotes = out
}

// doubledSingles reports whether the text holds a doubled opening curly single mark
// (‘‘), looked up once per text.
func (s *segmenter) doubledSingles() bool {
	if s.hasDoubled == 0 {
		s.hasDoubled = 2
		if strings.Contains(s.text, "\u2018\u2018") {
			s.hasDoubled = 1
		}
	}
	return s.hasDoubled == 1
}

// qpair is an opening mark and the mark that closed it.
type qpair struct{ o, c qmark }

// maxOpenSentences is how many sentences a quotation never closed may run over before the
// end of its paragraph; a longer one ends with the sentence it was opened in (see
// pairMarks). News paragraphs hold a few sentences each: a quotation left open over more
// is, more likely than not, a stray mark, or one in a text whose paragraph breaks were lost.
const maxOpenSentences = 3

// sentencesBetween returns how many sentences the tokens of text[from:to] belong to.
func (s *segmenter) sentencesBetween(from, to int) int {
	i, j := s.tokAt(from), s.tokAt(to)-1
	if i > j || j >= len(s.toks) {
		return 0
	}
	return int(s.toks[j].sentence-s.toks[i].sentence) + 1
}

// sentenceEnd returns the end of the sentence of the first token at or after pos, its
// closing punctuation included: the start of the next sentence's first token, spaces
// trimmed, or the end of the text.
func (s *segmenter) sentenceEnd(pos int) int {
	i := s.tokAt(pos)
	if i >= len(s.toks) {
		return len(s.text)
	}
	k := s.sentenceEndTok(i)
	if k == len(s.toks) {
		return trimRightSpace(s.text, pos, len(s.text))
	}
	return trimRightSpace(s.text, pos, s.toks[k].start)
}

// afterSentenceEnd reports whether the last rune before pos, spaces skipped, ends a
// sentence (. ? ! or …). A colon does not: a quotation nested in another after a colon
// ("“He told me: “Go home,” and left,” she said.") is more common than a paragraph of a
// quotation opening after one.
func (s *segmenter) afterSentenceEnd(pos int) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(s.text[:pos], unicode.IsSpace))
	return r == '.' || r == '?' || r == '!' || r == '…'
}

// closes reports whether mark m, which can close, closes the quotation opened by o (of the
// same kind). A mark that can also open closes only where it must: “ closes „ (German) or
// when it is not followed by a word, and a straight mark or ” closes whatever is open.
func closes(o, m qmark) bool {
	if !m.open {
		return true
	}
	switch m.r {
	case '\u201C':
		return o.r == '\u201E' || !m.left
	case '\u2018':
		return o.r == '\u201A' || !m.left
	}
	return true
}

// inferStart returns where a quotation closed at pos without an opening mark starts: after
// the nearest colon or "that" (or a reporting verb) of its sentence, or at the sentence's
// start, and never before its paragraph.
func (s *segmenter) inferStart(pos int) int {
	i := s.tokAt(pos) - 1
	if i < 0 {
		return pos
	}
	lo := s.paras[s.para(pos)]
	sent := s.toks[i].sentence
	start := pos
	for j := i; j >= 0 && s.toks[j].sentence == sent && s.toks[j].start >= lo; j-- {
		t := s.toks[j]
		between := s.text[min(t.end, start):start]
		if strings.ContainsRune(between, ':') {
			return start
		}
		if t.flags&(ClassThat|ClassVerb) != 0 && j < i {
			return s.toks[j+1].start
		}
		start = t.start
	}
	return start
}

// dialogue turns paragraphs that open with a dash into quotations: the words up to the
// next spaced dash, and again after the attribution that follows it. English news does
// not write speech so: a paragraph that opens with a dash there is a list item or a
// heading ("– Old hands –."), and is left as it is.
func (s *segmenter) dialogue() {
	if s.lang.name == "english" {
		return
	}
	text := s.text
	marked := len(s.quotes) // the quotations in marks, sorted by openStart: new lines must not overlap them
	for p, start := range s.paras {
		r, size := utf8.DecodeRuneInString(text[start:])
		if r != '—' && r != '–' || start+size >= len(text) || text[start+size] != ' ' {
			continue
		}
		end := s.paraEnd(p)
		pos := start + size
		inQuote := true
		for pos < end {
			next := indexDash(text[pos:end])
			stop := end
			if next >= 0 {
				stop = pos + next
			}
			if inQuote {
				q := quote{openStart: pos - size, start: pos, end: stop, closeEnd: stop}
				q.Start, q.End = trimSpan(text, pos, stop)
				q.attributed = true // a line of dialogue is someone's
				if q.End > q.Start && !s.overlapsQuote(s.quotes[:marked], q.Start, q.End) {
					s.quotes = append(s.quotes, q)
				}
			}
			if next < 0 {
				break
			}
			_, dsize := utf8.DecodeRuneInString(text[stop+1:])
			pos = stop + 1 + dsize
			inQuote = !inQuote
		}
	}
	slices.SortStableFunc(s.quotes, func(a, b quote) int { return cmp.Compare(a.openStart, b.openStart) })
}

// indexDash returns the offset of the first " — " or " – " in t, or -1.
func indexDash(t string) int {
	for i := 0; i+1 < len(t); i++ {
		if t[i] != ' ' {
			continue
		}
		r, size := utf8.DecodeRuneInString(t[i+1:])
		if (r == '—' || r == '–') && i+1+size < len(t) && t[i+1+size] == ' ' {
			return i
		}
	}
	return -1
}

// overlapsQuote reports whether a quotation of qs (sorted by openStart, none overlapping)
// overlaps text[lo:hi].
func (s *segmenter) overlapsQuote(qs []quote, lo, hi int) bool {
	i := sort.Search(len(qs), func(i int) bool { return qs[i].closeEnd > lo })
	s.work++
	return i < len(qs) && qs[i].openStart < hi
}

// markQuoted marks the tokens inside the quotations. Tokens come unmarked (inq false:
// tokenize, Segment and Add make them so, and markQuoted runs once a text), so only those
// inside are visited, each quotation's first found by binary search.
func (s *segmenter) markQuoted() {
	k := 0
	for _, q := range s.quotes {
		k += sort.Search(len(s.toks)-k, func(i int) bool { return s.toks[k+i].start >= q.openStart })
		for k < len(s.toks) && s.toks[k].start < q.closeEnd {
			s.toks[k].inq = true
			k++
		}
	}
}

// blockQuotes makes quotations of unmarked paragraphs introduced by a paragraph that ends
// with a colon after a reporting verb ("Read the full statement:", "He wrote:"), and of
// the dashed or bulleted paragraphs that follow. A paragraph is made a block once, by the
// first introduction before it (a bulleted item that itself ends with a colon does not
// introduce the items already taken), and not at all when a quotation in marks runs into
// it from outside or out of it ("He told „us:" then ":» …", a quotation left open over
// the introduction's end): spans never overlap.
func (s *segmenter) blockQuotes() {
	var blocks []quote
	taken := 0 // the paragraphs before taken are not made blocks again
	for p := 0; p+1 < len(s.paras); p++ {
		end := s.paraEnd(p)
		if end == 0 || s.text[end-1] != ':' || p+1 < taken {
			continue
		}
		intro := s.tokAt(s.paras[p])
		last := s.tokAt(end) - 1
		// In a heading in capitals, "reads" names a list of reading ("MORE READS:"), not
		// a source's words; a heading with a reporting verb or a word such as "statement"
		// introduces them ("MAYOR VOSS SAID:", "STATEMENT FROM THE MAYOR:").
		heading := inCapitals(s.text[s.paras[p]:end])
		cue := false
		for k := last; k >= intro && k > last-12; k-- {
			if w := s.lowerWord(k); heading && (w == "read" || w == "reads") {
				continue
			}
			if f := s.toks[k].flags; f&ClassVerb != 0 && !s.talkedAbout(k, intro, last) || s.isStatementWord(k) {
				cue = true
				break
			}
		}
		if !cue {
			continue
		}
		bullets := false
		for q := p + 1; q < len(s.paras); q++ {
			s.work++
			start, stop := s.paras[q], s.paraEnd(q)
			r, _ := utf8.DecodeRuneInString(s.text[start:])
			isBullet := r == '-' || r == '•' || r == '*'
			if q > p+1 && !(bullets && isBullet) {
				break
			}
			bullets = bullets || isBullet
			if r == '"' || r == '“' || r == '«' || r == '„' || r == '‘' {
				break // it has quotation marks of its own
			}
			if r == '<' && tagEnd(s.text, start) > start+1 {
				break // an embedded post or link in markup (<tweet …>), not prose quoted
			}
			if s.straddlesQuote(start, stop) {
				break // a quotation in marks runs into it or out of it
			}
			qt := quote{openStart: start, start: start, end: stop, closeEnd: stop, attributed: true}
			qt.Start, qt.End = start, stop
			if r == '-' || r == '•' || r == '*' {
				_, size := utf8.DecodeRuneInString(s.text[start:])
				qt.Start = start + size
			}
			qt.Voice = Quote
			if c, ok := s.introCue(intro, last); ok {
				s.setCue(&qt, c)
			}
			qt.block = true
			blocks = append(blocks, qt)
			taken = q + 1
		}
	}
	if len(blocks) == 0 {
		return
	}
	// Quotations inside a block belong to it: both lists are in text order, so one merge
	// drops them, in place.
	out := s.quotes[:0]
	b := 0
	for _, o := range s.quotes {
		for b < len(blocks) && blocks[b].closeEnd <= o.openStart {
			b++
		}
		s.work++
		if b < len(blocks) && o.openStart >= blocks[b].openStart && o.closeEnd <= blocks[b].closeEnd {
			continue
		}
		out = append(out, o)
	}
	s.quotes = append(out, blocks...)
	slices.SortStableFunc(s.quotes, func(a, b quote) int { return cmp.Compare(a.openStart, b.openStart) })
}

// straddlesQuote reports whether a quotation of s.quotes (sorted by openStart, none
// overlapping) overlaps text[lo:hi] without lying inside it: the first quotation that
// ends after lo opens before it, or the last that opens before hi closes after it.
func (s *segmenter) straddlesQuote(lo, hi int) bool {
	qs := s.quotes
	i := sort.Search(len(qs), func(i int) bool { return qs[i].closeEnd > lo })
	j := sort.Search(len(qs), func(i int) bool { return qs[i].openStart >= hi }) - 1
	s.work += 2
	return i <= j && (qs[i].openStart < lo || qs[j].closeEnd > hi)
}

// passiveBe are the forms of "be" before a passive participle.
var passiveBe = map[string]bool{"be": true, "been": true, "being": true, "is": true, "are": true, "was": true, "were": true}

// talkedAbout reports whether reporting verb k, of the tokens intro..last, is a passive
// participle with its preposition after it ("the matters that will be talked about
// tomorrow:", "spoken of"): what is talked about is a topic, not anyone's words. A passive
// reporting verb alone ("Voss was asked:", "Residents were warned:") still introduces
// words, and so does a progressive ("what the mayor is saying:").
func (s *segmenter) talkedAbout(k, intro, last int) bool {
	return k > intro && k < last && passiveBe[s.lowerWord(k-1)] && (s.lowerWord(k+1) == "about" || s.lowerWord(k+1) == "of")
}

// inCapitals reports whether text has letters, two or more, and none of them lower case.
func inCapitals(text string) bool {
	n := 0
	for _, r := range text {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

func (s *segmenter) isStatementWord(k int) bool {
	w := strings.ToLower(s.text[s.toks[k].start:s.toks[k].end])
	switch w {
	case "statement", "statements", "read", "reads", "rant", "post", "letter", "tweet", "email", "memo", "transcript", "excerpt", "excerpts", "remarks", "declaración", "comunicado", "заявление":
		return true
	}
	return false
}

// straightMark reports whether c opens a quotation with a typewriter mark, " or ', the
// string delimiters of a script; a typographer's mark (“, ‘) is a writer's, whose quoted
// words codeLike does not drop ("her username, “jane_doe”, was posted").
func straightMark(c byte) bool { return c == '"' || c == '\'' }

// codeLike reports whether the words in a pair of typewriter quotation marks (see
// straightMark) are an identifier of
// code, such as a scraped page's script leaves in the text (document.all("div_curr")):
// one run without spaces, with an underscore inside it, or camel-cased from a lower-case
// start, two lower-case letters before a capital ("nextPage", "innerHTML"; not the brand
// names "iPhone", "eBay"). It quotes nothing: its marks are the script's string
// delimiters. Letters mixed with digits alone ("Sense8", "K85-160") are names and numbers
// in news, not code.
func codeLike(w string) bool {
	w = strings.TrimRight(w, ",.;:")
	if w == "" || w[0] == '#' || strings.ContainsFunc(w, unicode.IsSpace) {
		return false // a hashtag is a name ("#stop_the_steal")
	}
	if i := strings.IndexByte(w, '_'); i > 0 && i+1 < len(w) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsLower(r) {
		return false
	}
	lower := 0 // lower-case letters in a row
	for _, r := range w {
		if unicode.IsUpper(r) && lower >= 2 {
			return true
		}
		if unicode.IsLower(r) {
			lower++
		} else {
			lower = 0
		}
	}
	return false
}
