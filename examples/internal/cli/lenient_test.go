package cli

import (
	"bytes"
	"strings"
	"testing"
)

// TestLenientHint: when -lenient skips most records for a field a flag can fill, the
// summary says which flag, as the error without -lenient does; a minority skipped, or the
// flag given, gives no hint.
func TestLenientHint(t *testing.T) {
	const noEvent = "give -default-event NAME for records that name no event"
	const noText = "if the text is under another name, -field text=NAME reads it"
	for _, tc := range []struct {
		name string
		args []string
		data string
		want string // "" for no hint
	}{
		{"every record lacks an event", nil, "id,outlet,text\n1,State Daily,Polls close\n2,Wire,Polls open\n", noEvent},
		{"two of three lack an event", nil, "id,event,outlet,text\n1,,A,Polls close\n2,,B,Polls open\n3,vote,C,Turnout\n", noEvent},
		{"one of three lacks an event", nil, "id,event,outlet,text\n1,,A,Polls close\n2,vote,B,Polls open\n3,vote,C,Turnout\n", ""},
		{"every record lacks text", nil, "id,event,outlet,text\n1,vote,A,\n2,vote,B,\n", noText},
		{"-default-event given", []string{"-default-event", "vote"}, "id,outlet,text\n1,A,\n2,B,\n", noText},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := parseCommon(t, append([]string{"-corpus", "-", "-format", "csv", "-lenient"}, tc.args...)...)
			if err != nil {
				t.Fatal(err)
			}
			c.stdin = strings.NewReader(tc.data)
			var stderr bytes.Buffer
			for range c.Input("").Docs("test", &stderr) {
			}
			out := stderr.String()
			if !strings.Contains(out, "-lenient") {
				t.Fatalf("no summary of skipped records:\n%s", out)
			}
			for _, hint := range []string{noEvent, noText} {
				if got := strings.Contains(out, hint); got != (hint == tc.want) {
					t.Errorf("hint %q said: %v, want %v:\n%s", hint, got, hint == tc.want, out)
				}
			}
		})
	}
}
