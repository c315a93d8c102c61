package voices

import "testing"

// TestDescriptionAndName checks the source that a description and a name in apposition
// give: after "according to", a name after a description that ends in a role (or a role,
// "of" or "for" and a phrase) is the source, and a name after any source is no content
// ("according to the mayor of Halden, Ana Ruiz" had "the mayor of Halden" for source and
// "Ana Ruiz" for a content); before a trailing verb, a description set off by commas
// before the name is the source's, not the content's ("…, the mayor of Halden, Ana
// Ruiz, said" had ", the mayor of Halden" in the content); a verb's bare form after "of"
// is a noun ("the secretary of state said" had no source). Each text is invented.
func TestDescriptionAndName(t *testing.T) {
	ruiz := func(verb, content string) []vspan { return []vspan{{Reported, "Ana Ruiz", "Ana Ruiz", verb, content}} }
	runSpanCases(t, []spanCase{
		{"according to, a role of a place", "The port will close, according to the mayor of Halden, Ana Ruiz.", ruiz("according to", "The port will close")},
		{"according to, of state, a relative clause", "The port will close, according to the secretary of state, Ana Ruiz, who backed the law.",
			ruiz("according to", "The port will close")},
		{"according to, opening the sentence", "According to the mayor of Halden, Ana Ruiz, the port will close.", ruiz("according to", "the port will close")},
		{"according to, a name that opens the content", "According to the mayor of Halden, Ana Ruiz will run again.",
			[]vspan{{Reported, "the mayor of Halden", "the mayor of Halden", "according to", "Ana Ruiz will run again"}}},
		{"according to, a spokesman for", "The port will close, according to a spokesman for the mayor, Ivo Marek.",
			[]vspan{{Reported, "Ivo Marek", "Ivo Marek", "according to", "The port will close"}}},
		{"according to, a report and a name", "The port will close, according to a report by the agency, Harbor Watch.",
			[]vspan{{Reported, "a report", "a report", "according to", "The port will close"}}},
		{"according to, a place and a name", "The port will close, according to officials in Halden, Soloria.",
			[]vspan{{Reported, "officials", "officials", "according to", "The port will close"}}},
		{"according to, a role to another", "The port will close, according to aides to the mayor, Ana Ruiz.",
			[]vspan{{Reported, "aides", "aides", "according to", "The port will close"}}},
		{"according to, a role and a place", "The port will close, according to the mayor of Halden, Soloria.",
			[]vspan{{Reported, "the mayor of Halden", "the mayor of Halden", "according to", "The port will close"}}},
		{"according to, a name with a joiner", "The port will close, according to the mayor of Halden, Ana de la Cruz.",
			[]vspan{{Reported, "the mayor of Halden", "the mayor of Halden", "according to", "The port will close"}}},
		{"according to, a name and its apposition that the content opens with", "According to prosecutors, Ivo Marek, a former harbormaster, took bribes.",
			[]vspan{{Reported, "prosecutors", "prosecutors", "according to", "Ivo Marek, a former harbormaster, took bribes"}}},
		{"according to, a name and an age", "According to court records, Marek, 54, owns three ferries.",
			[]vspan{{Reported, "court records", "court records", "according to", "Marek, 54, owns three ferries"}}},
		{"according to, a list of names", "According to the mayor, Marek, Vela and Brill will lose their seats.",
			[]vspan{{Reported, "the mayor", "the mayor", "according to", "Marek, Vela and Brill will lose their seats"}}},
		{"according to, a name and its relative clause", "According to the mayor of Halden, Ana Ruiz, who took office in May, the port will close.",
			ruiz("according to", "the port will close")},
		{"trailing, a role", "The port will close, the mayor, Ana Ruiz, said.", ruiz("said", "The port will close")},
		{"trailing, a role of a place", "The port will close, the mayor of Halden, Ana Ruiz, said.", ruiz("said", "The port will close")},
		{"trailing, a possessive", "The port will close, the port's chief executive, Ana Ruiz, said on Monday.", ruiz("said", "The port will close")},
		{"trailing, a body", "The port will close, the union, Harbor Workers United, said.",
			[]vspan{{Reported, "Harbor Workers United", "Harbor Workers United", "said", "The port will close"}}},
		{"trailing, a role and a place", "The port will close, the mayor in Halden, Ana Ruiz, said.", ruiz("said", "The port will close")},
		{"trailing, a clause with a role", "The port will close, the plan will hurt the mayor, Ana Ruiz said.",
			ruiz("said", "The port will close, the plan will hurt the mayor")},
		{"trailing, officials", "The port will close, the mayor, officials said.",
			[]vspan{{Reported, "officials", "officials", "said", "The port will close, the mayor"}}},
		{"a description that opens the sentence", "The mayor, Ana Ruiz, said the port will close.", ruiz("said", "the port will close")},
		{"trailing, a list before", "Prices rose, the ferry stopped, Ana Ruiz said.", ruiz("said", "Prices rose, the ferry stopped")},
		{"of state, trailing", "The port will close, the secretary of state said.",
			[]vspan{{Reported, "the secretary of state", "the secretary of state", "said", "The port will close"}}},
		{"of state, the subject", "The secretary of state said the port will close.",
			[]vspan{{Reported, "The secretary of state", "the secretary of state", "said", "the port will close"}}},
	})
}
