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
// the record starts (found by reading a JSON Lines file again, once a run: see
// [Common.oversizeLine]; for another input, or stdin, which cannot be read twice, the file
// followed by the record's number). n is the record's number in the input, from 1.
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

// oversizeRecord is a record of the corpus file whose text is longer than [MaxDocument]:
// its document's id and the line where it starts.
type oversizeRecord struct {
	id   string
	line int
}

// oversizeLine returns the line of the JSON Lines file of c's corpus where the next record
// with a text longer than [MaxDocument] starts, if it is the record of document id; 0 for
// another input, or if it cannot be found. The first call reads the file once to its end and
// notes every such record (see [oversizeRecords]); each call takes the next of them, the
// records being met in the same order when the file is read for the run. So k such records
// cost one more reading of the file, not k (each up to its record).
func (c *Common) oversizeLine(id string) int {
	if c.oversize == nil {
		c.oversize = oversizeRecords(c)
	}
	if c.oversizeNext >= len(*c.oversize) {
		return 0
	}
	r := (*c.oversize)[c.oversizeNext]
	c.oversizeNext++
	if r.id != id {
		return 0
	}
	return r.line
}

// oversizeRecords reads the JSON Lines file of c's corpus and returns, in file order, the
// records whose text is longer than [MaxDocument]; none for another input or a file that
// cannot be opened.
func oversizeRecords(c *Common) *[]oversizeRecord {
	var out []oversizeRecord
	switch strings.ToLower(filepath.Ext(c.Corpus)) {
	case ".jsonl", ".ndjson", ".jsonlines":
	default:
		return &out
	}
	f, err := os.Open(c.Corpus)
	if err != nil {
		return &out
	}
	defer f.Close()
	opts := c.loadOptions()
	r := corpus.NewReader(f, filepath.Base(c.Corpus), &opts)
	var prev error
	for {
		d, err := r.Read()
		if err != nil && (errors.Is(err, io.EOF) || err == prev) {
			return &out // the end, or an error of the input as a whole, which the Reader repeats
		}
		prev = err
		if err == nil && len(d.Text) > MaxDocument {
			out = append(out, oversizeRecord{d.ID, r.Line()})
		}
	}
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
