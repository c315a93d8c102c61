package cli

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"
)

// TestPValue: a p-value is written as its digits down to 1e-300, "<1e-300" below (0, a
// subnormal), empty where no test ran; a text table shows four decimals.
func TestPValue(t *testing.T) {
	for _, tc := range []struct {
		p          float64
		text, json string
		short      string
	}{
		{0.05, "0.05", "0.05", "0.0500"},
		{1, "1", "1", "1.0000"},
		{1e-300, "1e-300", "1e-300", "<0.0001"},
		{9.99e-301, "<1e-300", `"<1e-300"`, "<0.0001"},
		{5e-324, "<1e-300", `"<1e-300"`, "<0.0001"},
		{0, "<1e-300", `"<1e-300"`, "<0.0001"},
		{-1, "", "null", "–"},
	} {
		text, err := PValue(tc.p).MarshalText()
		js, err2 := PValue(tc.p).MarshalJSON()
		if err != nil || err2 != nil || string(text) != tc.text || string(js) != tc.json || PValue(tc.p).String() != tc.short {
			t.Errorf("%g: text %q, JSON %s, %q (%v, %v); want %q, %s, %q", tc.p, text, js, PValue(tc.p).String(), err, err2, tc.text, tc.json, tc.short)
		}
	}
	if _, err := PValue(1.5).MarshalText(); err == nil {
		t.Error("1.5: no error")
	}
	if b, _ := MaybeCount(-1).MarshalText(); len(b) != 0 {
		t.Errorf("MaybeCount(-1) = %q", b)
	}
}

type tty struct{ bytes.Buffer }

func (*tty) ProgressDelay() time.Duration { return 0 }

// TestStage: a stage's line is drawn on a terminal, erased before any message and drawn
// again after it, and erased when the stage ends; nothing is drawn elsewhere or with -quiet.
func TestStage(t *testing.T) {
	for _, tc := range []struct {
		name  string
		quiet bool
		term  bool
	}{{"terminal", false, true}, {"quiet", true, true}, {"file", false, false}} {
		t.Run(tc.name, func(t *testing.T) {
			var raw io.Writer = &bytes.Buffer{}
			if tc.term {
				raw = &tty{}
			}
			w := Terminal(raw)
			c := &Common{}
			f := NewFlags(Program{Name: "p"}, io.Discard, w)
			f.Common(c, FlagInput)
			if err := f.Parse(nil); err != nil {
				t.Fatal(err)
			}
			c.Quiet = tc.quiet
			st := c.Stage("working %d", 1)
			fmt.Fprintln(w, "a message")
			st.Update("working %d", 2)
			st.Done()
			st.Done()
			got := fmt.Sprint(raw)
			if !tc.term || tc.quiet {
				if got != "a message\n" {
					t.Errorf("got %q", got)
				}
				return
			}
			i1 := strings.Index(got, "\rp: working 1 (")
			im := strings.Index(got, "\r\x1b[Ka message\n")
			i2 := strings.Index(got, "\rp: working 2 (")
			if i1 < 0 || im < i1 || i2 < im || !strings.HasSuffix(got, "\x1b[K\r\x1b[K") {
				t.Errorf("got %q", got)
			}
		})
	}
}
