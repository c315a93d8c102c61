package corpus

import (
	"strings"
	"testing"
	"unicode"
)

func words(s string) int {
	return len(strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
}

// TestSample checks the promises the sample corpus makes: six events or more, each with a
// state and a wire account of 250+ words, two placebo events with a second wire, one event
// not in English, and the hard cases the analyzer must meet.
func TestSample(t *testing.T) {
	c := Sample()
	events := c.Events()
	if len(events) < 6 {
		t.Fatalf("%d events, want at least 6", len(events))
	}
	placebos, foreign := 0, 0
	for _, e := range events {
		var state, wire []Document
		for _, d := range c.Select(ByEvent(e)) {
			if n := words(d.Text); n < 250 {
				t.Errorf("%s has %d words, want 250+", d.ID, n)
			}
			switch d.Kind {
			case KindState:
				state = append(state, d)
			case KindWire:
				wire = append(wire, d)
			default:
				t.Errorf("%s has kind %q", d.ID, d.Kind)
			}
			if d.Language != "english" && d.Language != "" {
				foreign++
			}
			if d.Published.IsZero() || d.Title == "" || d.URL == "" {
				t.Errorf("%s lacks published, title or url", d.ID)
			}
		}
		if len(state) == 0 || len(wire) == 0 {
			t.Errorf("event %s: %d state and %d wire accounts", e, len(state), len(wire))
		}
		if len(wire) >= 2 {
			placebos++
		}
	}
	if placebos < 2 {
		t.Errorf("%d events with two wires, want 2", placebos)
	}
	if foreign == 0 {
		t.Error("no account in another language")
	}
	var all strings.Builder
	for _, d := range c.Documents() {
		all.WriteString(d.Text)
	}
	text := all.String()
	for _, want := range []string{"so-called", "pro-Western", "\u2019s", "\uff07s", "\u201c", "(Meridian) \u2014",
		"Meridian Press claimed", "(Reporting by", "1,200", "\u00ab"} {
		if !strings.Contains(text, want) {
			t.Errorf("the sample has no %q", want)
		}
	}
}
