package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// MaxDocument is the longest document text, in bytes, that every program reads: the
// longest a token-level analysis (voices, frames, the report's lines, targets) reads
// (framing.MaxTokenDocument). Every program holds a document to it, the counting ones
// too, so that one corpus gives the same documents to each: a longer record is a record
// error like a malformed one, skipped and reported with its line under -lenient (see
// [Input.Docs]), an error naming it and the limit otherwise.
const MaxDocument = framing.MaxTokenDocument

// tooLargeReason is what is wrong with a record whose text is longer than [MaxDocument],
// the same for every such record so that they are summed up together.
var tooLargeReason = fmt.Sprintf("has a text longer than the %s bytes every program reads (framing.MaxTokenDocument, the most a token-level analysis reads); split it into several documents",
	thousands(MaxDocument))

// tooLarge returns the record error for d, whose text is longer than [MaxDocument]: a
// *corpus.LoadError wrapping framing.ErrTooLarge that names the file and the line where
// the record starts (found by reading a JSON Lines file a second time, forward only, once
// for all such records: see [Common.oversizeLine]; for another input, or stdin, which
// cannot be read twice, the file followed by the record's number). n is the record's number in the input, from 1.
func (in Input) tooLarge(c *Common, d corpus.Document, n int) *corpus.LoadError {
	le := &corpus.LoadError{File: c.Corpus, Err: tooLargeError{fmt.Sprintf("document %q %s", d.ID, tooLargeReason)}}
	if c.Corpus == "-" {
		le.File = "stdin." + c.Format
	}
	if line := c.oversizeLine(d.ID); line > 0 {
		le.Line = line
	} else {
		le.File = fmt.Sprintf("%s (record %d)", le.File, n) // where, without a line
	}
	return le
}

// oversizeScan reads the JSON Lines file of a corpus a second time, forward only, to find
// the lines where its records longer than [MaxDocument] start (see [Common.oversizeLine]).
type oversizeScan struct {
	f    *os.File
	r    *corpus.Reader
	prev error
	done bool // the end of the file, or an error of the input as a whole
}

// oversizeLine returns the line of the JSON Lines file of c's corpus where the record of
// document id with a text longer than [MaxDocument] starts; 0 for another input, or if it
// cannot be found. The file is read a second time, forward only, from where the last call
// stopped to that record and no further: the records longer than MaxDocument are met in
// the same order when the file is read for the run, so k of them cost one more reading of
// the file up to the last of them, not k readings, and a run that stops at the first reads
// no further than it.
func (c *Common) oversizeLine(id string) int {
	switch strings.ToLower(filepath.Ext(c.Corpus)) {
	case ".jsonl", ".ndjson", ".jsonlines":
	default:
		return 0
	}
	if c.oversize == nil {
		c.oversize = &oversizeScan{}
		f, err := os.Open(c.Corpus)
		if err != nil {
			c.oversize.done = true
			return 0
		}
		c.oversizeOpens++
		opts := c.loadOptions()
		c.oversize.f, c.oversize.r = f, corpus.NewReader(f, filepath.Base(c.Corpus), &opts)
	}
	s := c.oversize
	for !s.done {
		d, err := s.r.Read()
		if err != nil && (errors.Is(err, io.EOF) || err == s.prev) {
			s.close() // the end, or an error of the input as a whole, which the Reader repeats
			break
		}
		s.prev = err
		if err == nil && len(d.Text) > MaxDocument && d.ID == id {
			return s.r.Line()
		}
	}
	return 0
}

// close closes the scan's file and marks it done.
func (s *oversizeScan) close() {
	if s.f != nil {
		s.f.Close()
		s.f = nil
	}
	s.done = true
}

// tooLargeError is the error of a record longer than [MaxDocument]: its message says so
// in the CLI's words, and it wraps framing.ErrTooLarge.
type tooLargeError struct{ msg string }

func (e tooLargeError) Error() string { return e.msg }
func (e tooLargeError) Unwrap() error { return framing.ErrTooLarge }

// Documents returns "1 document" or "N documents".
func Documents(n int) string {
	if n == 1 {
		return "1 document"
	}
	return fmt.Sprintf("%d documents", n)
}
