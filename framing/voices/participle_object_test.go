package voices

import "testing"

// TestParticipleObjectSubject checks that a noun phrase, a participle in -ing and its
// object before a verb of saying are the speaker whole ("A man buying a ticket said …"
// had no speaker, "Voters backing Ruiz said …" had Ruiz; "A man buying tickets said …"
// had its speaker); such a phrase with a name after the participle is its own canonical
// name, not the name's ("A senior official traveling with Mr. Marek" was Ivo Marek).
// Each text is invented.
func TestParticipleObjectSubject(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a person noun, a participle and its object", "A man buying a ticket said the toll was too high.",
			[]vspan{{Reported, "A man buying a ticket", "a man buying a ticket", "said", "the toll was too high"}}},
		{"before told and an addressee", "A man buying a ticket told reporters the toll was too high.",
			[]vspan{{Reported, "A man buying a ticket", "a man buying a ticket", "told", "the toll was too high"}}},
		{"a role", "The woman heading the agency said the port would close.",
			[]vspan{{Reported, "The woman heading the agency", "the woman heading the agency", "said", "the port would close"}}},
		{"a plural of people opening the sentence", "Soldiers guarding the border said the town was empty.",
			[]vspan{{Reported, "Soldiers guarding the border", "Soldiers guarding the border", "said", "the town was empty"}}},
		{"a name for object", "Voters backing Ruiz said the port would close.",
			[]vspan{{Reported, "Voters backing Ruiz", "Voters backing Ruiz", "said", "the port would close"}}},
		{"a short participle", "A man using a cane said the toll was too high.",
			[]vspan{{Reported, "A man using a cane", "a man using a cane", "said", "the toll was too high"}}},
		{"an organization", "The agency running the port said the toll was too high.",
			[]vspan{{Reported, "The agency running the port", "the agency running the port", "said", "the toll was too high"}}},
		{"a preposition in -ing", "Police following the vote said the port would close.",
			[]vspan{{Reported, "", "", "said", "the port would close"}}},
		{"a name for object, a title", "Lawyers representing Ms. Ruiz told the court the port would close.",
			[]vspan{{Reported, "Lawyers representing Ms. Ruiz", "Lawyers representing Ms. Ruiz", "told", "the port would close"}}},
		{"a pronoun after the participle is a clause's subject", "Are you saying you didn't know what you were voting for?", nil},
		{"a participle after the object", "A plan to introduce a bill altering the rule known as the Port Rule misstated the loss that Halden Bank estimated it would post.",
			[]vspan{{Reported, "Halden Bank", "Halden Bank", "estimated", "it would post"}}},
		{"a bare verb of thinking after the object", "Some scholars advocating a new charter consider it a mistake.",
			[]vspan{{Reported, "Some scholars advocating a new charter", "some scholars advocating a new charter", "consider", "it a mistake"}}},
		{"the participle's particle after the object", "For a monarchy tracing its dynastic roots back three hundred years, the change is large.", nil},
		{"a verb of perception", "In 2009, a magazine published a series of photos showing the police question an unarmed man.", nil},
		{"a noun in -ing after a possessive", "The episode involved a former executive's revealing a huge scheme intended to support the party.", nil},
		{"a noun in -ing after a possessive in s'", "At the Congress' meeting Mayor Ana Ruiz declared that the port would open.",
			[]vspan{{Reported, "Mayor Ana Ruiz", "Ana Ruiz", "declared", "the port would open"}}},
		{"a noun in -ing after a determiner", "At the meeting Mayor Ana Ruiz declared that the port would open.",
			[]vspan{{Reported, "Mayor Ana Ruiz", "Ana Ruiz", "declared", "the port would open"}}},
		{"a phrase with a name after the participle is the group's own canonical name",
			"Ivo Marek arrived in Halden on Monday. \"The port is safe,\" Mr. Marek said. A senior official traveling with Mr. Marek said the talks would resume.",
			[]vspan{{Quote, "Mr. Marek", "Ivo Marek", "said", "The port is safe,"},
				{Reported, "A senior official traveling with Mr. Marek", "A senior official traveling with Mr. Marek", "said", "the talks would resume"}}},
		{"an agent's plural before the participle", "Ivo Marek arrived. Fighters battling President Ivo Marek said the talks would resume.",
			[]vspan{{Reported, "Fighters battling President Ivo Marek", "Fighters battling President Ivo Marek", "said", "the talks would resume"}}},
		{"a collective before the participle", "Ivo Marek arrived. The national groups supporting Marek said the talks would resume.",
			[]vspan{{Reported, "The national groups supporting Marek", "the national groups supporting Marek", "said", "the talks would resume"}}},
		{"a person noun before the participle", "Ana Ruiz won. A man representing Ms. Ruiz said the port would close.",
			[]vspan{{Reported, "A man representing Ms. Ruiz", "A man representing Ms. Ruiz", "said", "the port would close"}}},
		{"a participle that modifies a title", "Ana Ruiz won. Former acting Mayor Ana Ruiz said the port would close.",
			[]vspan{{Reported, "Former acting Mayor Ana Ruiz", "Ana Ruiz", "said", "the port would close"}}},
		{"a noun in -ing after an opening preposition", "After a long meeting Marek said the deal was dead.",
			[]vspan{{Reported, "Marek", "Marek", "said", "the deal was dead"}}},
		{"a preposition's object before a participle", "After talks ending the strike Marek said the deal was done.",
			[]vspan{{Reported, "Marek", "Marek", "said", "the deal was done"}}},
		{"a title with a participle in it", "Chief operating officer Ivo Marek said sales had fallen. Marek said the firm would recover.",
			[]vspan{{Reported, "Chief operating officer Ivo Marek", "Ivo Marek", "said", "sales had fallen"}, {Reported, "Marek", "Ivo Marek", "said", "the firm would recover"}}},
		{"a group representing a person with a lower-case title", "Ivo Marek won. Lawyers representing president Ivo Marek said the case was weak.",
			[]vspan{{Reported, "Lawyers representing president Ivo Marek", "Lawyers representing president Ivo Marek", "said", "the case was weak"}}},
		{"a thing", "Money flowing into the port said nothing.", nil},
	})
}
