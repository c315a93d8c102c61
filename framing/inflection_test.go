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
		{[]string{"democracy", "democracies", "demo\u00adcracy"}, "", false},
		{[]string{"Israeli", "Israelis"}, "", false},
		{[]string{"Iraqi", "Iraqis", "Iraqi's"}, "", false},
		{[]string{"use", "used", "using"}, "", false},
		{[]string{"die", "died", "dying"}, "", false},
		{[]string{"tie", "tied", "tying"}, "", false},
		{[]string{"speed", "speeding"}, "", false},
		{[]string{"succeed", "succeeded"}, "", false},
		{[]string{"go", "going"}, "", false},
		{[]string{"analysis", "analyses"}, "", false},
		{[]string{"study", "studied", "studies"}, "", false},
		{[]string{"GOVERNMENT'S", "government"}, "", false},
		{[]string{"emergency", "emerged"}, "", true},
		{[]string{"internal", "international"}, "", true},
		{[]string{"authorities", "author"}, "", true},
		{[]string{"SAR", "SARS"}, "", true},
		{[]string{"emergency", "emergencies", "emerging"}, "", true},
		{[]string{"elección", "elecciones"}, "spanish", true},
		{[]string{"casa", "casas"}, "spanish", true}, // the English rule would join them
		{[]string{"general", "generally"}, "", true},
		{[]string{"organ", "organization"}, "", true},
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

// TestDistinctShare checks that a stem is Distinct only when the words other than its
// most used one's inflections hold at least 1 use in 20 (distinctShare): counts by hand.
func TestDistinctShare(t *testing.T) {
	for _, tc := range []struct {
		forms    []Form
		distinct bool
	}{
		{[]Form{{"state", 3956}, {"states", 3482}, {"stately", 12}}, false},          // 12 of 7,450
		{[]Form{{"emergency", 3}, {"emerged", 1}}, true},                             // 1 of 4
		{[]Form{{"internal", 95}, {"international", 5}}, true},                       // 5 of 100: 1 in 20
		{[]Form{{"internal", 96}, {"international", 4}}, false},                      // 4 of 100
		{[]Form{{"senator", 786}, {"senate", 617}, {"senators", 146}}, true},         // 617 of 1,549
		{[]Form{{"official", 40}, {"officials", 50}, {"officially", 5}}, true},       // 5 of 95
		{[]Form{{"official", 40}, {"officials", 56}, {"officially", 4}}, false},      // 4 of 100
		{[]Form{{"develop", 10}, {"developed", 10}, {"development", 15}}, true},      // the most used base is not the first form
		{[]Form{{"developments", 2}, {"development", 95}, {"developing", 3}}, false}, // 3 of 100
	} {
		g, ok := stemGroup("x", 1, tc.forms, "")
		if got := ok && g.Distinct; got != tc.distinct {
			t.Errorf("%v: distinct %v, want %v", tc.forms, got, tc.distinct)
		}
	}
}
