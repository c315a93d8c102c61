package voices

import "testing"

// TestTailAdverbs checks that an adverb not in -ly after the verb of an attribution
// ("again", "just", "often", "earlier") leaves the attribution whole: after the content
// ("…, Ana Ruiz said again."), after an addressee ("told reporters just last week") and
// in a clause with "as" before it ("As the Tribune reported just last week, …"). Each
// text is invented.
func TestTailAdverbs(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"again after the verb", "The port will close, Ana Ruiz said again.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "The port will close"}}},
		{"just before a time, after an addressee", "The port will close, Ana Ruiz told reporters just last week.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "told", "The port will close"}}},
		{"often after a verb in -s", "Ferries are a lifeline, Ana Ruiz says often.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "says", "Ferries are a lifeline"}}},
		{"just in a clause with as", "As the Tribune reported just last week, the inspector issued subpoenas.",
			[]vspan{{Reported, "the Tribune", "Tribune", "reported", "the inspector issued subpoenas"}}},
	})
}
