package corpus

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Errors that validation and loading wrap. Test for them with [errors.Is].
var (
	// ErrMissingField means a document lacks a required field (ID, Event, Outlet or Text).
	ErrMissingField = errors.New("missing required field")
	// ErrDuplicateID means two documents share an ID.
	ErrDuplicateID = errors.New("duplicate document id")
	// ErrSyntax means a record could not be parsed (bad JSON, bad CSV quoting, a bad header line).
	ErrSyntax = errors.New("syntax error")
	// ErrFormat means the input's format is unknown or unsupported.
	ErrFormat = errors.New("unsupported format")
	// ErrNoEvent means no document covers the requested event.
	ErrNoEvent = errors.New("no such event")
	// ErrEmptySide means a side of a comparison matched no document.
	ErrEmptySide = errors.New("side has no documents")
	// ErrOverlap means a document matched both sides of a comparison.
	ErrOverlap = errors.New("document matches both sides")
	// ErrConflict means two inputs of one record (CSV columns, JSON keys, header lines)
	// give the same document field or Meta key, so that one would silently replace the
	// other.
	ErrConflict = errors.New("conflicting fields")
)

// Common values of [Document.Kind]. Kind is free text; these are the ones the sample corpus
// and the examples use.
const (
	KindState     = "state"     // state-owned or state-directed outlet (Xinhua, TASS, Global Times, RT)
	KindWire      = "wire"      // news agency selling copy to other outlets (AP, Reuters, AFP)
	KindNewspaper = "newspaper" // independent newspaper or broadcaster
)

// A Document is one news account of one event.
//
// ID, Event, Outlet and Text are required; the rest is optional. Strings are kept exactly as
// given: invalid UTF-8 is not repaired, neither here nor by the loaders, whatever the
// format (the analyzer treats invalid bytes as separators, and JSON output, [WriteJSONL]
// included, replaces each with U+FFFD).
type Document struct {
	ID        string            `json:"id"`                 // unique within a corpus
	Event     string            `json:"event"`              // which event the account covers
	Outlet    string            `json:"outlet"`             // who published it, e.g. "Xinhua"
	Kind      string            `json:"kind,omitempty"`     // the outlet's kind, e.g. "state", "wire"
	Language  string            `json:"language,omitempty"` // e.g. "english", "russian", "es"; empty means English
	Published time.Time         `json:"published,omitzero"` // publication time; zero if unknown
	Title     string            `json:"title,omitempty"`    // headline
	Text      string            `json:"text"`               // the body of the account
	URL       string            `json:"url,omitempty"`      // where it was published
	Meta      map[string]string `json:"meta,omitempty"`     // any other fields, e.g. from unknown CSV columns
}

// Validate reports the first required field the document lacks, as an error wrapping
// [ErrMissingField]. A text of only white space counts as missing.
func (d *Document) Validate() error {
	return d.missingError(d.missing(), "")
}

// missing returns the first required field the document lacks, or "".
func (d *Document) missing() string {
	switch {
	case strings.TrimSpace(d.ID) == "":
		return "id"
	case strings.TrimSpace(d.Event) == "":
		return "event"
	case strings.TrimSpace(d.Outlet) == "":
		return "outlet"
	case strings.TrimSpace(d.Text) == "":
		return "text"
	}
	return ""
}

// missingError returns the error for a document without the field missing (nil if
// missing is ""), why following the field's name.
func (d *Document) missingError(missing, why string) error {
	if missing == "" {
		return nil
	}
	if d.ID != "" {
		return fmt.Errorf("document %q has no %s%s: %w", d.ID, missing, why, ErrMissingField)
	}
	return fmt.Errorf("document has no %s%s: %w", missing, why, ErrMissingField)
}

// clone returns a copy of d that shares no map with it.
func (d Document) clone() Document {
	if d.Meta != nil {
		m := make(map[string]string, len(d.Meta))
		for k, v := range d.Meta {
			m[k] = v
		}
		d.Meta = m
	}
	return d
}
