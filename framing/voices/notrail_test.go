package voices

import "testing"

// TestNoBeforeParenthetical checks that "No" before a parenthetical attribution is read
// as a connective, whose content is the clause after the attribution ("No, Ruiz said, the
// port will not close"), as "Still" and "Yes" are read. Each text is invented.
func TestNoBeforeParenthetical(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"no", "No, Ruiz said, the port will not close.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "said", "the port will not close"}}},
		{"still", "Still, Ruiz said, the port will close.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "said", "the port will close"}}},
	})
}
