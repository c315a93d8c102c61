package voices

import "testing"

// TestContractedSubjects checks that a subject pronoun with "’s", "’ve" or "’d" written
// onto it ("he's", "they've", "she'd") is the subject of the verb of saying after it:
// "’s" before a past form is "has" when "that" or a clause follows it ("He's said he will
// run"), and a passive with neither after it ("He's expected to run", "He's reported
// missing"), or after "it's", or for a verb that needs its addressee ("told") with
// none (the content then no one's, as "It is said that …" and "She is told …" have it;
// "ordered that …" needs none); "they've" and "she'd" are the pronoun, resolved as the
// pronoun alone is. Each text is invented.
func TestContractedSubjects(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"'s before a past form and a clause", "Tomas Brandt ran in 2019. He's said he will run again.",
			[]vspan{{Reported, "Tomas Brandt", "Tomas Brandt", "said", "he will run again"}}},
		{"'s before a past form and a noun's clause", "Ana Ruiz runs the bakery. She's argued the town will need one.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "argued", "the town will need one"}}},
		{"'s before a past form and to: a passive", "Tomas Brandt ran in 2019. He's expected to run again.",
			nil},
		{"'s before a past form and an adjective: a passive", "Tomas Brandt sailed in May. He's reported missing.",
			nil},
		{"it's before a past form and a clause: an impersonal passive", "The council met on Monday. It's understood the talks will resume.",
			[]vspan{{Reported, "", "", "understood", "the talks will resume"}}},
		{"it's before a past form and that: an impersonal passive", "The council met on Monday. It's said that the talks will resume.",
			[]vspan{{Reported, "", "", "said", "the talks will resume"}}},
		{"'s before told and a clause: a passive", "Ana Ruiz runs the bakery. She's told the port will close.",
			[]vspan{{Reported, "", "", "told", "the port will close"}}},
		{"'s before told and that: a passive", "Ana Ruiz runs the bakery. She's told that the port will close.",
			[]vspan{{Reported, "", "", "told", "the port will close"}}},
		{"'s before a verb that needs no addressee and that", "Tomas Brandt runs the port. He's ordered that the gates stay shut.",
			[]vspan{{Reported, "Tomas Brandt", "Tomas Brandt", "ordered", "the gates stay shut"}}},
		{"'s before told, its addressee and that", "Ana Ruiz runs the bakery. She's told them that the port will close.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "told", "the port will close"}}},
		{"'ve before the verb", "The dockers met on Monday. They've said the port will close.",
			[]vspan{{Reported, "The dockers", "the dockers", "said", "the port will close"}}},
		{"'ve after the content", "The port will close on Friday, they've said.",
			[]vspan{{Reported, "", "", "said", "The port will close on Friday"}}},
		{"'d before the verb", "Ana Ruiz runs the bakery. She'd said the town needed one.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "the town needed one"}}},
		{"'d with its object", "Tomas Brandt ran in 2019. He'd told them to leave.",
			[]vspan{{Reported, "Tomas Brandt", "Tomas Brandt", "told", "to leave"}}},
	})
}
