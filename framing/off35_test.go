package framing

import "testing"

// TestJoinSpeakerNamesOffice: "Office of X" and "X Office", a possessive inside the name
// read without it, are one body, with the same country or none.
func TestJoinSpeakerNamesOffice(t *testing.T) {
	runJoinRows(t, []joinRow{
		{"office of and a possessive",
			[]Count{{"Office of the Harbor Master", 3}, {"Harbor Master's Office", 2}},
			[]Count{{"Office of the Harbor Master", 5}}, map[string]string{"Harbor Master's Office": "Office of the Harbor Master"}},
		{"office of and the office, a curly apostrophe",
			[]Count{{"Office of Budget Review", 1}, {"Budget Review Office", 2}, {"Budget Review’s Office", 1}},
			[]Count{{"Budget Review Office", 4}}, map[string]string{"Office of Budget Review": "Budget Review Office", "Budget Review’s Office": "Budget Review Office"}},
		{"a country's office stays apart from one without",
			[]Count{{"Chilean Harbor Master's Office", 1}, {"Harbor Master's Office", 2}},
			[]Count{{"Harbor Master's Office", 2}, {"Chilean Harbor Master's Office", 1}}, map[string]string{}},
	})
}
