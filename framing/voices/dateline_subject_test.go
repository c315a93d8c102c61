package voices

import "testing"

// TestDatelineCountry checks that the region or country of a dateline ("HALDEN, Soloria
// —") is no subject of the sentence after it ("HALDEN, Soloria — Ana Ruiz, the owner of
// a store here, said …" had Soloria for source; on China Daily vs NYT 36 contents had
// the dateline's country), and that the dateline is no part of a content ("HALDEN,
// Soloria — The port will close, officials said" had it in the content). Each text is
// invented.
func TestDatelineCountry(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a name and its apposition", "HALDEN, Soloria — Ana Ruiz, the owner of a store here, said the rules were unfair.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "the rules were unfair"}}},
		{"a body and its relative clause", "HALDEN, Soloria — The union, which represents dockers, said the rules were unfair.",
			[]vspan{{Reported, "The union", "the union", "said", "the rules were unfair"}}},
		{"a participle of the sentence's subject", "HALDEN, Soloria — Soloria's main opposition party ended its boycott on Monday, calling for new talks.",
			[]vspan{{Reported, "Soloria's main opposition party", "Soloria's main opposition party", "calling", "new talks"}}},
		{"a quotation's speaker", "HALDEN, Soloria — Ana Ruiz, the mayor, said: \"The port will close.\"",
			[]vspan{{Quote, "Ana Ruiz", "Ana Ruiz", "said", "The port will close."}}},
		{"a name in capitals that opens a sentence", "NATO said the talks — which began in May — would resume.",
			[]vspan{{Reported, "NATO", "NATO", "said", "the talks — which began in May — would resume"}}},
		{"a name and a description in dashes", "Ana Ruiz — the mayor of Halden — said the port would close.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "the port would close"}}},
		{"a transcript's speaker line, no dateline", "Marek asked the panel a question.\n\nMAREK: Senator — Senator Ruiz, will the port close?\n\nRUIZ: The port will close.\n\nMAREK: Senator — thank you.",
			[]vspan{{Reported, "Marek", "Marek", "asked", "a question"}, {Reported, "MAREK", "MAREK", ":", "Senator — Senator Ruiz, will the port close"}}},
		{"a participle after the dateline is no name", "HALDEN, Soloria — Slumped in a chair, the mayor looked weary. He does not take office until Monday, but he said the port would close.",
			[]vspan{{Reported, "", "", "said", "the port would close"}}},
		{"a plural of people after the dateline", "HALDEN, Soloria — Officials said the port would close.",
			[]vspan{{Reported, "Officials", "officials", "said", "the port would close"}}},
		{"a plural of people and a place after the dateline", "HALDEN, Soloria — Residents of Halden said on Monday the port would close.",
			[]vspan{{Reported, "Residents of Halden", "Residents of Halden", "said", "the port would close"}}},
		{"an acronym before a title and a name", "NATO Secretary General Ana Ruiz — speaking in Halden — said the talks would resume.",
			[]vspan{{Reported, "NATO Secretary General Ana Ruiz", "Ana Ruiz", "said", "the talks would resume"}}},
		{"a region in capitals", "HALDEN, SOLORIA — The union said the rules were unfair.",
			[]vspan{{Reported, "The union", "the union", "said", "the rules were unfair"}}},
		{"no part of a content before a trailing attribution", "HALDEN, Soloria — The port will close, officials said.",
			[]vspan{{Reported, "officials", "officials", "said", "The port will close"}}},
		{"no part of a content before a parenthetical attribution", "HALDEN — The port, officials said, will close on Monday.",
			[]vspan{{Reported, "officials", "officials", "said", "The port"}, {Reported, "officials", "officials", "said", "will close on Monday"}}},
		{"no content before a quotation", "HALDEN, Soloria — \"The port will close,\" Ivo Marek said.",
			[]vspan{{Quote, "Ivo Marek", "Ivo Marek", "said", "The port will close,"}}},
		{"a dateline alone before a trailing attribution", "HALDEN, Soloria — officials said.", nil},
		{"a region in two words", "PORT VELA, North Soloria — The union, which represents dockers, said the rules were unfair.",
			[]vspan{{Reported, "The union", "the union", "said", "the rules were unfair"}}},
	})
}
