package frames

// coding.go: reading the frames hand coders gave each document, from the document's Meta
// (where every corpus loader puts fields it does not know).

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/framediff/framediff/corpus"
)

// A Coding says which frames there are and where a document's codes are. Codes are read
// from the document's Meta, where the corpus loaders put every input field that is not a
// document field: a JSON Lines key, a CSV column, a text header line.
//
// There are three layouts:
//
//   - Key names a Meta value holding a JSON object of booleans, one per frame:
//     {"conflict": true, "economic": false} (the numbers 1 and 0 and the strings of the
//     next layout are read too; keys that are not frames are ignored). A JSON Lines record
//     with a "frames" object loads this way (Key "frames").
//   - Key is empty: each frame has a column of its own, the Meta key Columns[frame], or
//     the frame's own name if Columns does not list it, holding true/false, yes/no, 1/0
//     (case ignored, surrounding space trimmed).
//   - Exclusive: each document carries exactly one of the frames, and the Meta value under
//     Key names it. The frames are then fitted together as one multinomial model.
//
// Every document must be coded for every frame: a missing or unreadable code is an error
// naming the document, wrapping [ErrCoding].
type Coding struct {
	// Frames names the frames, in the order models and tables list them. If empty, they
	// are read from the codes: the keys of the first document's JSON object (every
	// document must then have the same keys), or every value under Key when Exclusive;
	// sorted.
	Frames []string `json:"frames,omitempty"`
	// Key is the Meta key of a JSON object of codes, or, when Exclusive, of the frame's
	// name.
	Key string `json:"key,omitempty"`
	// Columns maps frames to the Meta keys of their columns when Key is empty.
	Columns map[string]string `json:"columns,omitempty"`
	// Exclusive says the frames exclude each other: each document has exactly one.
	Exclusive bool `json:"exclusive,omitempty"`
}

// resolve returns the coding with Frames filled in from docs if empty, after checking it.
func (c Coding) resolve(docs []corpus.Document) (Coding, error) {
	c.Frames = slices.Clone(c.Frames)
	if c.Exclusive && c.Key == "" {
		return c, fmt.Errorf("frames: exclusive coding needs the Meta Key that names each document's frame: %w", ErrCoding)
	}
	if c.Key != "" && len(c.Columns) > 0 {
		return c, fmt.Errorf("frames: coding has both a Key and Columns: %w", ErrCoding)
	}
	if len(c.Frames) == 0 {
		if c.Key == "" {
			return c, fmt.Errorf("frames: coding names no frames and no Key to read them from: %w", ErrCoding)
		}
		set := map[string]bool{}
		for i, d := range docs {
			if c.Exclusive {
				v := strings.TrimSpace(d.Meta[c.Key])
				if v == "" {
					return c, fmt.Errorf("frames: document %q has no %q: %w", d.ID, c.Key, ErrCoding)
				}
				set[v] = true
				continue
			}
			obj, err := codeObject(d, c.Key)
			if err != nil {
				return c, err
			}
			if i == 0 {
				for k := range obj {
					set[k] = true
				}
			}
		}
		for k := range set {
			c.Frames = append(c.Frames, k)
		}
		slices.Sort(c.Frames)
	}
	seen := map[string]bool{}
	for _, f := range c.Frames {
		if strings.TrimSpace(f) == "" || seen[f] {
			return c, fmt.Errorf("frames: frame names must be non-empty and distinct, have %q: %w", c.Frames, ErrCoding)
		}
		seen[f] = true
	}
	for f := range c.Columns {
		if !seen[f] {
			return c, fmt.Errorf("frames: Columns names %q, which is not one of the frames %q: %w", f, c.Frames, ErrCoding)
		}
	}
	if c.Exclusive && len(c.Frames) < 2 {
		return c, fmt.Errorf("frames: exclusive coding needs at least two frames, have %q: %w", c.Frames, ErrCoding)
	}
	return c, nil
}

// codes returns the document's code for each frame of c (resolved): for exclusive codings
// exactly one is true.
func (c *Coding) codes(d corpus.Document) ([]bool, error) {
	out := make([]bool, len(c.Frames))
	switch {
	case c.Exclusive:
		v := strings.TrimSpace(d.Meta[c.Key])
		i := slices.Index(c.Frames, v)
		if i < 0 {
			return nil, fmt.Errorf("frames: document %q: %q is %q, not one of the frames %q: %w", d.ID, c.Key, v, c.Frames, ErrCoding)
		}
		out[i] = true
	case c.Key != "":
		obj, err := codeObject(d, c.Key)
		if err != nil {
			return nil, err
		}
		for i, f := range c.Frames {
			v, ok := obj[f]
			if !ok {
				return nil, fmt.Errorf("frames: document %q has no code for frame %q in %q: %w", d.ID, f, c.Key, ErrCoding)
			}
			out[i] = v
		}
	default:
		for i, f := range c.Frames {
			key := f
			if k, ok := c.Columns[f]; ok {
				key = k
			}
			raw, ok := d.Meta[key]
			if !ok {
				return nil, fmt.Errorf("frames: document %q has no code for frame %q (no field %q): %w", d.ID, f, key, ErrCoding)
			}
			v, err := parseCode(raw)
			if err != nil {
				return nil, fmt.Errorf("frames: document %q, frame %q: %w", d.ID, f, err)
			}
			out[i] = v
		}
	}
	return out, nil
}

// parseCode reads one code: true/false, yes/no, 1/0, ignoring case and surrounding space.
func parseCode(s string) (bool, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "true", "yes", "1", "t", "y":
		return true, nil
	case "false", "no", "0", "f", "n":
		return false, nil
	}
	return false, fmt.Errorf("code %q is not true/false, yes/no or 1/0: %w", s, ErrCoding)
}

// codeObject parses the JSON object of codes under key: its values must be booleans
// (or the numbers 0 and 1); a key may not repeat.
func codeObject(d corpus.Document, key string) (map[string]bool, error) {
	raw, ok := d.Meta[key]
	if !ok {
		return nil, fmt.Errorf("frames: document %q has no %q field of codes: %w", d.ID, key, ErrCoding)
	}
	bad := func(why string) error {
		return fmt.Errorf("frames: document %q: %q is not a JSON object of true/false codes: %s: %w", d.ID, key, why, ErrCoding)
	}
	dec := json.NewDecoder(bytes.NewReader([]byte(raw)))
	dec.UseNumber()
	tok, err := dec.Token()
	if err != nil || tok != json.Delim('{') {
		return nil, bad("not an object")
	}
	out := map[string]bool{}
	for dec.More() {
		kt, err := dec.Token()
		if err != nil {
			return nil, bad(err.Error())
		}
		k := kt.(string) // object keys are strings
		vt, err := dec.Token()
		if err != nil {
			return nil, bad(err.Error())
		}
		if _, dup := out[k]; dup {
			return nil, bad(fmt.Sprintf("frame %q appears twice", k))
		}
		switch v := vt.(type) {
		case bool:
			out[k] = v
		case string:
			b, err := parseCode(v)
			if err != nil {
				return nil, bad(fmt.Sprintf("frame %q is %q", k, v))
			}
			out[k] = b
		case json.Number:
			n, err := strconv.ParseFloat(string(v), 64)
			if err != nil || (n != 0 && n != 1) {
				return nil, bad(fmt.Sprintf("frame %q is %s", k, v))
			}
			out[k] = n == 1
		default:
			return nil, bad(fmt.Sprintf("frame %q is %v", k, vt))
		}
	}
	if _, err := dec.Token(); err != nil { // '}'
		return nil, bad(err.Error())
	}
	if strings.TrimSpace(raw[dec.InputOffset():]) != "" {
		return nil, bad("text after the object")
	}
	return out, nil
}
