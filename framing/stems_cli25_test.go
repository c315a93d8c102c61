package framing

import "testing"

// TestDistinctWords: a stem's forms are distinct words unless they differ by an
// inflectional ending and its spelling; an acronym keeps its final S; the rule is
// English's, and another language flags every merge. Rows of both kinds.
func TestDistinctWords(t *testing.T) {
	for _, tc := range []struct {
		forms    []string
		lang     string
		distinct bool
	}{
		{[]string{"election", "elections"}, "", false},
		{[]string{"stopped", "stops", "stop", "stopping"}, "", false},
		{[]string{"city", "cities"}, "", false},
		{[]string{"agree", "agreed", "agreeing"}, "english", false},
		{[]string{"house", "houses", "housing"}, "", false},
		{[]string{"government", "government's", "Government’s"}, "", false},
		{[]string{"falls", "falling", "fall"}, "", false},
		{[]string{"class", "classes"}, "", false},
		{[]string{"SAR", "SARs"}, "", false},
		{[]string{"democracy", "democracies", "DEMOCRACIES"}, "", false},
		{[]string{"US", "U.S."}, "", false},
		{[]string{"democracy", "demo\u00adcracy"}, "", false},
		{[]string{"emergency", "emerged"}, "", true},
		{[]string{"internal", "international"}, "", true},
		{[]string{"authorities", "author"}, "", true},
		{[]string{"SAR", "SARS"}, "", true},
		{[]string{"emergency", "emergencies", "emerging"}, "", true},
		{[]string{"elección", "elecciones"}, "spanish", true},
		{[]string{"Halden"}, "", false},
	} {
		forms := make([]Form, len(tc.forms))
		for i, f := range tc.forms {
			forms[i] = Form{Text: f, Count: 1}
		}
		g, ok := stemGroup("x", 1, forms, tc.lang)
		if got := ok && g.Distinct; got != tc.distinct {
			t.Errorf("%q (%q): distinct %v, want %v", tc.forms, tc.lang, got, tc.distinct)
		}
	}
}
