package corpus

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"unicode/utf16"
	"unicode/utf8"
)

// ErrEncoding means the input is not UTF-8 text and could not be decoded: binary data, or
// UTF-16/UTF-32 without a byte-order mark.
var ErrEncoding = errors.New("unsupported text encoding")

// sniffSize is how much of the input is examined for NUL bytes.
const sniffSize = 4096

// Decode returns a reader of r's text as UTF-8, decoded as every loader of this package
// decodes its input, for text read outside a corpus (a plain-text file, a lexicon):
//
//   - a UTF-8 byte-order mark is dropped; UTF-16 and UTF-32 with a byte-order mark are
//     decoded (unpaired surrogates and values that are not characters become U+FFFD);
//   - input without a mark whose first 4 KiB are more than a tenth NUL bytes is refused
//     with an error wrapping [ErrEncoding]: it is UTF-16 or UTF-32 without a mark, or not
//     text at all, and reading it as UTF-8 would give letters separated by NULs;
//   - old Mac line endings are read as line endings: if the first line break of the input
//     is a carriage return alone, every carriage return (and CR LF) becomes a newline.
//     Otherwise line breaks are left as they are (CR LF is for the reader to trim), and a
//     carriage return inside a line stays.
//
// Invalid UTF-8 in UTF-8 input is passed on as it is.
func Decode(r io.Reader) (io.Reader, error) {
	br, err := decodeInput(r)
	if err != nil {
		return nil, err
	}
	return br, nil
}

// decodeInput is [Decode], returning a buffered reader.
func decodeInput(r io.Reader) (*bufio.Reader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, err := br.Peek(sniffSize)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return nil, err
	}
	switch {
	case bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}):
		br.Discard(3)
		return lineBreaks(br)
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE, 0, 0}):
		br.Discard(4)
		return lineBreaks(bufio.NewReaderSize(&utf32Reader{r: br, little: true}, 64<<10))
	case bytes.HasPrefix(head, []byte{0, 0, 0xFE, 0xFF}):
		br.Discard(4)
		return lineBreaks(bufio.NewReaderSize(&utf32Reader{r: br}, 64<<10))
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}):
		br.Discard(2)
		return lineBreaks(bufio.NewReaderSize(&utf16Reader{r: br, little: true}, 64<<10))
	case bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		br.Discard(2)
		return lineBreaks(bufio.NewReaderSize(&utf16Reader{r: br}, 64<<10))
	}
	if nul := bytes.Count(head, []byte{0}); nul > 0 && nul*10 > len(head) {
		guess := "UTF-16 or UTF-32 without a byte-order mark, or binary data"
		return nil, fmt.Errorf("%w: %d of the first %d bytes are NUL (%s); convert the file to UTF-8",
			ErrEncoding, nul, len(head), guess)
	}
	return lineBreaks(br)
}

// lineBreaks returns br as it is if its first line break is a newline (or CR LF), and a
// reader that turns every carriage return into a newline if it is a carriage return alone
// (old Mac line endings, which would otherwise make the whole input one line). When the
// first line is longer than br's buffer, the reader decides at the first line break.
func lineBreaks(br *bufio.Reader) (*bufio.Reader, error) {
	head, err := br.Peek(br.Size())
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return nil, err
	}
	whole := err == io.EOF // head is the rest of the input
	i := bytes.IndexAny(head, "\r\n")
	switch {
	case i < 0 && whole, i >= 0 && head[i] == '\n':
		return br, nil // no line break, or newlines
	case i >= 0 && i+1 < len(head):
		if head[i+1] == '\n' {
			return br, nil // CR LF
		}
		return bufio.NewReaderSize(&crReader{r: br, mode: crAll}, 64<<10), nil
	case i >= 0 && whole:
		return bufio.NewReaderSize(&crReader{r: br, mode: crAll}, 64<<10), nil // a CR at the very end
	}
	return bufio.NewReaderSize(&crReader{r: br}, 64<<10), nil
}

// Modes of a crReader.
const (
	crUndecided = iota // no line break seen yet: translate, and decide at the first
	crAll              // old Mac line endings: every CR, and CR LF, becomes LF
	crNone             // newlines: pass bytes through
)

// crReader turns carriage returns into newlines (see lineBreaks).
type crReader struct {
	r       io.Reader
	mode    int
	afterCR bool // the last byte read was a CR, turned into LF: drop a LF right after it
}

func (c *crReader) Read(p []byte) (int, error) {
	for {
		n, err := c.r.Read(p)
		if c.mode == crNone {
			return n, err
		}
		w := 0
		for i := 0; i < n; i++ {
			b := p[i]
			switch {
			case c.mode == crNone:
			case b == '\n' && c.afterCR:
				c.afterCR = false
				if c.mode == crUndecided {
					c.mode = crNone // the first line break was CR LF
				}
				continue
			case b == '\n':
				if c.mode == crUndecided {
					c.mode = crNone
				}
			case b == '\r':
				b, c.afterCR = '\n', true
			case c.afterCR:
				c.afterCR = false
				if c.mode == crUndecided {
					c.mode = crAll // the first line break was a CR alone
				}
			}
			p[w] = b
			w++
		}
		if w > 0 || err != nil {
			return w, err
		}
	}
}

// decodeBytes is decodeInput for a whole file in memory.
func decodeBytes(b []byte) ([]byte, error) {
	r, err := decodeInput(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(r)
}

// utf16Reader decodes UTF-16 into UTF-8. Unpaired surrogates become U+FFFD, as
// [unicode/utf16.Decode] does; an odd final byte is an error.
type utf16Reader struct {
	r      *bufio.Reader
	little bool
	out    []byte // decoded bytes not yet returned
	hi     rune   // a pending high surrogate, or 0
	err    error
}

func (u *utf16Reader) unit() (rune, error) {
	var b [2]byte
	n, err := io.ReadFull(u.r, b[:])
	if err == io.ErrUnexpectedEOF || err == nil && n < 2 {
		return 0, fmt.Errorf("%w: UTF-16 input ends with an odd byte", ErrEncoding)
	}
	if err != nil {
		return 0, err
	}
	if u.little {
		return rune(b[0]) | rune(b[1])<<8, nil
	}
	return rune(b[0])<<8 | rune(b[1]), nil
}

func (u *utf16Reader) Read(p []byte) (int, error) {
	for len(u.out) == 0 && u.err == nil {
		for len(u.out) < 4096 {
			c, err := u.unit()
			if err != nil {
				if u.hi != 0 {
					u.out = utf8.AppendRune(u.out, utf8.RuneError)
					u.hi = 0
				}
				u.err = err
				break
			}
			switch {
			case utf16.IsSurrogate(c) && c < 0xDC00: // high surrogate
				if u.hi != 0 {
					u.out = utf8.AppendRune(u.out, utf8.RuneError)
				}
				u.hi = c
			case utf16.IsSurrogate(c): // low surrogate
				if u.hi == 0 {
					u.out = utf8.AppendRune(u.out, utf8.RuneError)
				} else {
					u.out = utf8.AppendRune(u.out, utf16.DecodeRune(u.hi, c))
					u.hi = 0
				}
			default:
				if u.hi != 0 {
					u.out = utf8.AppendRune(u.out, utf8.RuneError)
					u.hi = 0
				}
				u.out = utf8.AppendRune(u.out, c)
			}
		}
	}
	if len(u.out) > 0 {
		n := copy(p, u.out)
		u.out = u.out[n:]
		return n, nil
	}
	return 0, u.err
}

// utf32Reader decodes UTF-32 into UTF-8. Values that are not Unicode scalar values become
// U+FFFD; a final partial unit is an error.
type utf32Reader struct {
	r      *bufio.Reader
	little bool
	out    []byte
	err    error
}

func (u *utf32Reader) Read(p []byte) (int, error) {
	for len(u.out) == 0 && u.err == nil {
		for len(u.out) < 4096 {
			var b [4]byte
			n, err := io.ReadFull(u.r, b[:])
			if err == io.ErrUnexpectedEOF || err == nil && n < 4 {
				u.err = fmt.Errorf("%w: UTF-32 input ends with a partial character", ErrEncoding)
				break
			}
			if err != nil {
				u.err = err
				break
			}
			var c uint32
			if u.little {
				c = uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
			} else {
				c = uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
			}
			r := rune(c)
			if c > utf8.MaxRune || !utf8.ValidRune(r) {
				r = utf8.RuneError
			}
			u.out = utf8.AppendRune(u.out, r)
		}
	}
	if len(u.out) > 0 {
		n := copy(p, u.out)
		u.out = u.out[n:]
		return n, nil
	}
	return 0, u.err
}
