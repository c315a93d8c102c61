package voices

import "testing"

// TestRoleBeforeName checks that a name set off by commas after a description whose head
// is a role ("The mayor, Ana Ruiz, …", "Its spokesman, Ivo Marek, …") holds that role,
// as one after the name does ("Ana Ruiz, the mayor, …"): "the mayor" later is Ana Ruiz;
// that a description followed by such a name is that name, not an earlier holder of the
// role ("The departing prime minister, Hazem el-Brandt, …" after "The new prime
// minister, Ivo Marek"); and that a name with no comma closing it is no apposition ("the
// mayor, Ana Ruiz said on Monday"), nor one after a role with no determiner (a list's
// "Tomas Brandt, mayor, Ana Ruiz, …") or after a role that is a preposition's or a
// participle's object after a person's singular noun ("A spokesman for the mayor, Ivo
// Marek," is the spokesman; but "Staff members for the candidate, Ana Ruiz," is the
// candidate), or in a phrase that opens the sentence ("After meeting the governor, Ana
// Ruiz, who …, spoke": the subject); and
// that "Jean Marie" is a man's name of no known gender, not a woman's ("Jean Marie
// Salomon" for "he"), while other middle names keep their gender ("Jean Pierre Marek",
// "Ashley Marie Cole"). Each text is invented; blank lines part paragraphs.
func TestRoleBeforeName(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"the role before the name", "The mayor, Ana Ruiz, spoke after the vote.\n\n“We will not leave,” the mayor said.",
			[]vspan{{Quote, "the mayor", "Ana Ruiz", "said", "We will not leave,"}}},
		{"a possessive before the role", "Its spokesman, Ivo Marek, spoke after the vote.\n\n“We will not leave,” the spokesman said.",
			[]vspan{{Quote, "the spokesman", "Ivo Marek", "said", "We will not leave,"}}},
		{"the description before its own name", "The new prime minister, Ivo Marek, took office.\n\n“We are done,” the departing prime minister, Hazem el-Brandt, said.",
			[]vspan{{Quote, "the departing prime minister", "Hazem el-Brandt", "said", "We are done,"}}},
		{"no determiner before the role: a list", "Present were Tomas Brandt, mayor, Ana Ruiz, and others.\n\n“We will not leave,” the mayor said.",
			[]vspan{{Quote, "the mayor", "Tomas Brandt", "said", "We will not leave,"}}},
		{"a first given name of either gender is not decided by a second", "A prosecutor, Jean Marie Salomon, doubted the story.\n\n“It was a ruse,” he said.",
			[]vspan{{Quote, "Jean Marie Salomon", "Jean Marie Salomon", "said", "It was a ruse,"}}},
		{"the role of a preposition's object", "A spokesman for the mayor, Ivo Marek, spoke on Monday.\n\n“We will win,” the mayor said.",
			[]vspan{{Quote, "the mayor", "the mayor", "said", "We will win,"}}},
		{"the role of a preposition's object after a possessive", "A spokesman for the city's mayor, Ivo Marek, spoke on Monday.\n\n“We will win,” the mayor said.",
			[]vspan{{Quote, "the mayor", "the mayor", "said", "We will win,"}}},
		{"a woman's name with a middle name", "Ashley Marie Cole met Tomas Brandt.\n\n“We will not leave,” he said.",
			[]vspan{{Quote, "Tomas Brandt", "Tomas Brandt", "said", "We will not leave,"}}},
		{"the role of a participle's object", "A lawyer representing the mayor, Ivo Marek, spoke on Monday.\n\n“We will win,” the mayor said.",
			[]vspan{{Quote, "the mayor", "the mayor", "said", "We will win,"}}},
		{"the role of a preposition's object after a plural", "Staff members for the candidate, Ana Ruiz, met on Monday.\n\n“We will win,” the candidate said.",
			[]vspan{{Quote, "the candidate", "Ana Ruiz", "said", "We will win,"}}},
		{"the role of a verb's object", "Tomas Brandt met the mayor, Ana Ruiz, on Monday.\n\n“We will win,” the mayor said.",
			[]vspan{{Quote, "the mayor", "Ana Ruiz", "said", "We will win,"}}},
		{"a man's second given name after one of either gender", "Jean Pierre Marek met Ana Ruiz.\n\n“We will not leave,” she said.",
			[]vspan{{Quote, "Ana Ruiz", "Ana Ruiz", "said", "We will not leave,"}}},
		{"a fronted phrase's object", "After meeting the governor, Ana Ruiz, who leads the council, spoke.\n\n“We will win,” the governor said.",
			[]vspan{{Quote, "the governor", "the governor", "said", "We will win,"}}},
		{"after a fronted phrase of its own", "In a statement, the mayor, Ana Ruiz, spoke.\n\n“We will win,” the mayor said.",
			[]vspan{{Quote, "the mayor", "Ana Ruiz", "said", "We will win,"}}},
		{"a subordinate clause's subject", "When the country's president, Ana Ruiz, first declared that the port would close, critics laughed.\n\n“We will win,” the president said.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "declared", "the port would close"}, {Quote, "the president", "Ana Ruiz", "said", "We will win,"}}},
		{"a role right after a fronted preposition", "After the governor, Ana Ruiz, left, the council voted.\n\n“We will win,” the governor said.",
			[]vspan{{Quote, "the governor", "Ana Ruiz", "said", "We will win,"}}},
		{"a phrase inside the sentence", "The port will close, said a report on Monday, citing the mayor, Ana Ruiz, and others.\n\n“We will win,” the mayor said.",
			[]vspan{{Reported, "a report", "a report", "said", "The port will close"}, {Quote, "the mayor", "Ana Ruiz", "said", "We will win,"}}},
		{"no closing comma", "Tomas Brandt met the mayor, Ana Ruiz said on Monday.\n\n“We will not leave,” the mayor said.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "Tomas Brandt met the mayor"}, {Quote, "the mayor", "the mayor", "said", "We will not leave,"}}},
	})
}
