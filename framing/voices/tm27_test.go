package voices

import "testing"

// TestTimeNoSource27 checks that a short lower-case phrase headed by a noun of time is no
// speaker, while a phrase whose time ends a participle's phrase stays one (want "*": any)
// (texts written for this test).
func TestTimeNoSource27(t *testing.T) {
	for _, c := range []struct{ name, text, verb, want string }{
		{"a length of time", "Twenty years of quarrels over the pier, the council says, proved that the town needs a ferry.", "", "the council"},
		{"the day as subject", "Ana Ruiz waited at the quay. The day announced that the ferry would never come back.", "announced", ""},
		{"a few hours", "A few hours at the harbor showed that the pier was unsafe.", "showed", ""},
		{"a report released last month", "A report released last month says that the pier is unsafe.", "says", "*"},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, sp := range Quotes(c.text, "english") {
				if c.verb != "" && sp.Verb != c.verb {
					continue
				}
				if c.want == "*" && sp.Speaker != "" {
					return
				}
				if sp.Speaker != c.want {
					t.Errorf("%q: speaker %q for verb %q, want %q", c.text, sp.Speaker, sp.Verb, c.want)
				}
				return
			}
			if c.want != "" {
				t.Errorf("%q: no span with verb %q", c.text, c.verb)
			}
		})
	}
}
