package voices

import "testing"

// TestGroupsAroundAPerson checks that the people around a person, named after that person,
// are a group with its own canonical name, not the person: "Aides to Mayor Ana Ruiz said"
// had Ana Ruiz for canonical name (China Daily vs NYT: "aides to Mr. Obama" counted as
// Barack Obama), as had "Followers of the preacher Ivo Marek". Each sentence is invented.
func TestGroupsAroundAPerson(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"aides to", "Aides to Mayor Ana Ruiz said the port would close.",
			[]vspan{{Reported, "Aides to Mayor Ana Ruiz", "Aides to Mayor Ana Ruiz", "said", "the port would close"}}},
		{"aides to a surname after the full name", "Ana Ruiz said the port would close. Aides to Ms. Ruiz said it would reopen.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "the port would close"}, {Reported, "Aides to Ms. Ruiz", "Aides to Ms. Ruiz", "said", "it would reopen"}}},
		{"followers of, a role before the name", "Followers of the preacher Ivo Marek said the port would close.",
			[]vspan{{Reported, "Followers of the preacher Ivo Marek", "Followers of the preacher Ivo Marek", "said", "the port would close"}}},
		{"one spokesman speaks for the person", "A spokesman for Mayor Ana Ruiz said the port would close.",
			[]vspan{{Reported, "A spokesman for Mayor Ana Ruiz", "Ana Ruiz", "said", "the port would close"}}},
	})
}
