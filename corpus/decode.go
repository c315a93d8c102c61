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

// decodeInput returns a reader of r's text as UTF-8. A UTF-8 byte-order mark is dropped;
// UTF-16 and UTF-32 input with a byte-order mark is decoded. Input without a mark whose
// first 4 KiB are more than a tenth NUL bytes is refused with an error wrapping
// [ErrEncoding]: it is UTF-16 or UTF-32 without a mark, or not text at all, and reading it
// as UTF-8 would give letters separated by NULs.
func decodeInput(r io.Reader) (*bufio.Reader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, err := br.Peek(sniffSize)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return nil, err
	}
	switch {
	case bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}):
		br.Discard(3)
		return br, nil
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE, 0, 0}):
		br.Discard(4)
		return bufio.NewReaderSize(&utf32Reader{r: br, little: true}, 64<<10), nil
	case bytes.HasPrefix(head, []byte{0, 0, 0xFE, 0xFF}):
		br.Discard(4)
		return bufio.NewReaderSize(&utf32Reader{r: br}, 64<<10), nil
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}):
		br.Discard(2)
		return bufio.NewReaderSize(&utf16Reader{r: br, little: true}, 64<<10), nil
	case bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		br.Discard(2)
		return bufio.NewReaderSize(&utf16Reader{r: br}, 64<<10), nil
	}
	if nul := bytes.Count(head, []byte{0}); nul > 0 && nul*10 > len(head) {
		guess := "UTF-16 or UTF-32 without a byte-order mark, or binary data"
		return nil, fmt.Errorf("%w: %d of the first %d bytes are NUL (%s); convert the file to UTF-8",
			ErrEncoding, nul, len(head), guess)
	}
	return br, nil
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
