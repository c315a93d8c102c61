package corpus

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// A member is one key and value of a JSON object. A string value is unescaped into text;
// any other value keeps its JSON text as written.
type member struct {
	key  string
	text string
	kind byte // '"' string, '{' object, '[' array, 'n' null, 'l' other literal or number
	raw  []byte
}

// maxDepth bounds the nesting of JSON values, as encoding/json does.
const maxDepth = 10000

// jsonParser decodes one JSON object per line into members, without building a generic
// map. It accepts exactly the JSON that encoding/json accepts, and decodes strings as it
// does (an escaped unpaired surrogate becomes U+FFFD) but for bytes that are not UTF-8:
// they are kept as they are, where encoding/json makes each U+FFFD, so that a record's text
// is the same in every format the package reads (see [Document]).
type jsonParser struct {
	b     []byte
	i     int
	depth int
	buf   []byte
}

func (p *jsonParser) errorf(format string, args ...any) error {
	return fmt.Errorf("%w: %s (at byte %d)", ErrSyntax, fmt.Sprintf(format, args...), p.i+1)
}

func (p *jsonParser) ws() {
	for p.i < len(p.b) {
		switch p.b[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

// object parses a whole line that must be one JSON object, appending its members to ms.
func (p *jsonParser) object(b []byte, ms []member) ([]member, error) {
	p.b, p.i, p.depth = b, 0, 0
	p.ws()
	if p.i >= len(b) || b[p.i] != '{' {
		return nil, p.errorf("a line must hold one JSON object")
	}
	ms, err := p.members(ms)
	if err != nil {
		return nil, err
	}
	p.ws()
	if p.i < len(b) {
		return nil, p.errorf("text after the object")
	}
	return ms, nil
}

// members parses the object at p.i ('{' included) into ms.
func (p *jsonParser) members(ms []member) ([]member, error) {
	p.i++ // '{'
	p.ws()
	if p.i < len(p.b) && p.b[p.i] == '}' {
		p.i++
		return ms, nil
	}
	for {
		p.ws()
		if p.i >= len(p.b) || p.b[p.i] != '"' {
			return nil, p.errorf("want a key")
		}
		key, err := p.str()
		if err != nil {
			return nil, err
		}
		p.ws()
		if p.i >= len(p.b) || p.b[p.i] != ':' {
			return nil, p.errorf("want ':' after key %q", key)
		}
		p.i++
		p.ws()
		m := member{key: key}
		start := p.i
		if p.i < len(p.b) && p.b[p.i] == '"' {
			m.kind = '"'
			if m.text, err = p.str(); err != nil {
				return nil, err
			}
		} else {
			if p.i < len(p.b) {
				m.kind = p.b[p.i]
			}
			if err := p.skip(); err != nil {
				return nil, err
			}
			m.raw = p.b[start:p.i]
			m.text = string(m.raw)
			switch m.kind {
			case '{', '[':
			case 'n':
			default:
				m.kind = 'l'
			}
		}
		ms = append(ms, m)
		p.ws()
		if p.i >= len(p.b) {
			return nil, p.errorf("unexpected end of line inside an object")
		}
		switch p.b[p.i] {
		case ',':
			p.i++
		case '}':
			p.i++
			return ms, nil
		default:
			return nil, p.errorf("want ',' or '}'")
		}
	}
}

// skip checks and skips one value that is not a string at the top of the value.
func (p *jsonParser) skip() error {
	if p.i >= len(p.b) {
		return p.errorf("want a value")
	}
	switch c := p.b[p.i]; {
	case c == '"':
		_, err := p.str()
		return err
	case c == '{' || c == '[':
		p.depth++
		if p.depth > maxDepth {
			return p.errorf("values nested too deeply")
		}
		defer func() { p.depth-- }()
		close := byte('}')
		if c == '[' {
			close = ']'
		}
		p.i++
		p.ws()
		if p.i < len(p.b) && p.b[p.i] == close {
			p.i++
			return nil
		}
		for {
			p.ws()
			if c == '{' {
				if p.i >= len(p.b) || p.b[p.i] != '"' {
					return p.errorf("want a key")
				}
				if _, err := p.str(); err != nil {
					return err
				}
				p.ws()
				if p.i >= len(p.b) || p.b[p.i] != ':' {
					return p.errorf("want ':'")
				}
				p.i++
				p.ws()
			}
			if err := p.skip(); err != nil {
				return err
			}
			p.ws()
			if p.i >= len(p.b) {
				return p.errorf("unexpected end of line")
			}
			switch p.b[p.i] {
			case ',':
				p.i++
			case close:
				p.i++
				return nil
			default:
				return p.errorf("want ',' or '%c'", close)
			}
		}
	case c == 't':
		return p.literal("true")
	case c == 'f':
		return p.literal("false")
	case c == 'n':
		return p.literal("null")
	case c == '-' || c >= '0' && c <= '9':
		return p.number()
	}
	return p.errorf("invalid character %q", p.b[p.i])
}

func (p *jsonParser) literal(s string) error {
	if len(p.b)-p.i < len(s) || string(p.b[p.i:p.i+len(s)]) != s {
		return p.errorf("invalid literal")
	}
	p.i += len(s)
	return nil
}

// number checks the JSON number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func (p *jsonParser) number() error {
	b := p.b
	digits := func() bool {
		start := p.i
		for p.i < len(b) && b[p.i] >= '0' && b[p.i] <= '9' {
			p.i++
		}
		return p.i > start
	}
	if b[p.i] == '-' {
		p.i++
	}
	switch {
	case p.i < len(b) && b[p.i] == '0':
		p.i++
	case !digits():
		return p.errorf("invalid number")
	}
	if p.i < len(b) && b[p.i] == '.' {
		p.i++
		if !digits() {
			return p.errorf("invalid number")
		}
	}
	if p.i < len(b) && (b[p.i] == 'e' || b[p.i] == 'E') {
		p.i++
		if p.i < len(b) && (b[p.i] == '+' || b[p.i] == '-') {
			p.i++
		}
		if !digits() {
			return p.errorf("invalid number")
		}
	}
	return nil
}

// str decodes the string at p.i (its opening quote included).
func (p *jsonParser) str() (string, error) {
	b := p.b
	p.i++
	start := p.i
	// The fast path: up to the next quote, no escape, no control character (each checked
	// by a pass of its own over the bytes: searching for one byte is fast).
	rest := b[start:]
	if j := bytes.IndexByte(rest, '"'); j >= 0 {
		seg := rest[:j]
		if bytes.IndexByte(seg, '\\') < 0 && !hasControl(seg) {
			p.i = start + j + 1
			return string(seg), nil
		}
	}
	p.i = start
	if p.i >= len(b) {
		return "", p.errorf("unterminated string")
	}
	out := p.buf[:0]
	// The string's escaped length, up to its closing quote: it decodes into no more, so a
	// long string takes one allocation, not a doubling that peaks at twice the string.
	end := p.i
	for end < len(b) && b[end] != '"' {
		if b[end] == '\\' {
			end++
		}
		end++
	}
	if n := end - p.i; n > cap(out) && n > 64<<10 {
		out = make([]byte, 0, n)
	}
	for {
		if p.i >= len(b) {
			return "", p.errorf("unterminated string")
		}
		c := b[p.i]
		switch {
		case c == '"':
			p.i++
			if cap(out) <= 1<<20 {
				p.buf = out // reused by the next string; a long one's buffer is let go
			}
			return string(out), nil
		case c < 0x20:
			return "", p.errorf("control character in string")
		case c == '\\':
			if p.i+1 >= len(b) {
				return "", p.errorf("unterminated string")
			}
			e := b[p.i+1]
			p.i += 2
			switch e {
			case '"', '\\', '/':
				out = append(out, e)
			case 'b':
				out = append(out, '\b')
			case 'f':
				out = append(out, '\f')
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			case 'u':
				r, ok := p.hex4()
				if !ok {
					return "", p.errorf("invalid \\u escape")
				}
				if utf16.IsSurrogate(r) {
					// A high surrogate followed by an escaped low one makes a pair;
					// anything else is unpaired.
					r2 := utf8.RuneError
					if r < 0xDC00 && p.i+1 < len(b) && b[p.i] == '\\' && b[p.i+1] == 'u' {
						save := p.i
						p.i += 2
						if lo, ok := p.hex4(); ok && utf16.DecodeRune(r, lo) != utf8.RuneError {
							r2 = utf16.DecodeRune(r, lo)
						} else {
							p.i = save
						}
					}
					r = r2
				}
				out = utf8.AppendRune(out, r)
			default:
				return "", p.errorf("invalid escape \\%c", e)
			}
		default: // a byte that is not UTF-8 is kept too
			out = append(out, c)
			p.i++
		}
	}
}

// hasControl reports whether b holds a byte below 0x20 (which a JSON string must escape),
// eight bytes at a time: for each byte below 0x80, subtracting 0x20 sets its high bit
// exactly when it was below 0x20 (a borrow into the next byte only follows a byte that is
// itself below 0x20).
func hasControl(b []byte) bool {
	const lanes, high = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		if (x-0x20*lanes)&^x&high != 0 {
			return true
		}
	}
	for ; i < len(b); i++ {
		if b[i] < 0x20 {
			return true
		}
	}
	return false
}

func (p *jsonParser) hex4() (rune, bool) {
	if len(p.b)-p.i < 4 {
		return 0, false
	}
	v, err := strconv.ParseUint(string(p.b[p.i:p.i+4]), 16, 32)
	if err != nil {
		return 0, false
	}
	p.i += 4
	return rune(v), true
}
