package voices

import "testing"

// TestGroupsAroundAPerson checks that the people around a person, named after that person,
// are a group with its own canonical name, not the person: "Aides to Mayor Ana Ruiz said"
// had Ana Ruiz for canonical name (China Daily vs NYT: "aides to Mr. Obama" counted as
// Barack Obama), as had "Followers of the preacher Ivo Marek", and, counted or modified,
// "Two aides to Ms. Ruiz", "Close aides to …", "Senior advisers to …", "One of the aides
// to …". Each sentence is invented.
func TestGroupsAroundAPerson(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"aides to", "Aides to Mayor Ana Ruiz said the port would close.",
			[]vspan{{Reported, "Aides to Mayor Ana Ruiz", "Aides to Mayor Ana Ruiz", "said", "the port would close"}}},
		{"aides to a surname after the full name", "Ana Ruiz said the port would close. Aides to Ms. Ruiz said it would reopen.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "the port would close"}, {Reported, "Aides to Ms. Ruiz", "Aides to Ms. Ruiz", "said", "it would reopen"}}},
		{"followers of, a role before the name", "Followers of the preacher Ivo Marek said the port would close.",
			[]vspan{{Reported, "Followers of the preacher Ivo Marek", "Followers of the preacher Ivo Marek", "said", "the port would close"}}},
		{"counted", "Two aides to Ms. Ruiz said the port would close.",
			[]vspan{{Reported, "Two aides to Ms. Ruiz", "Two aides to Ms. Ruiz", "said", "the port would close"}}},
		{"a quantifier", "Several allies of Mr. Marek said the port would close.",
			[]vspan{{Reported, "Several allies of Mr. Marek", "Several allies of Mr. Marek", "said", "the port would close"}}},
		{"an adjective", "Close aides to Mayor Ana Ruiz said the port would close.",
			[]vspan{{Reported, "Close aides to Mayor Ana Ruiz", "Close aides to Mayor Ana Ruiz", "said", "the port would close"}}},
		{"a role word", "Senior advisers to Mayor Ana Ruiz said the port would close.",
			[]vspan{{Reported, "Senior advisers to Mayor Ana Ruiz", "Senior advisers to Mayor Ana Ruiz", "said", "the port would close"}}},
		{"one of a group is one person's word for it", "One of the aides to Mayor Ana Ruiz said the port would close.",
			[]vspan{{Reported, "One of the aides to Mayor Ana Ruiz", "One of the aides to Mayor Ana Ruiz", "said", "the port would close"}}},
		{"a plural with a role's ending is the group's noun", "Lawyers for Mr. Pell said the port would close.",
			[]vspan{{Reported, "Lawyers for Mr. Pell", "Lawyers for Mr. Pell", "said", "the port would close"}}},
		{"a quantifier before a participle's group", "Some fighters battling President Ana Ruiz say the port will close.",
			[]vspan{{Reported, "Some fighters battling President Ana Ruiz", "Some fighters battling President Ana Ruiz", "say", "the port will close"}}},
		{"a given name before a surname that looks plural", "Peter Farmers of Halden said the port would close.",
			[]vspan{{Reported, "Peter Farmers of Halden", "Peter Farmers", "said", "the port would close"}}},
		{"one spokesman speaks for the person", "A spokesman for Mayor Ana Ruiz said the port would close.",
			[]vspan{{Reported, "A spokesman for Mayor Ana Ruiz", "Ana Ruiz", "said", "the port would close"}}},
	})
}
