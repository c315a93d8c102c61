package voices

import "testing"

// TestRecordBeforeAgent covers a record or a poll with a phrase of its own before "show"
// or "find": the record and its phrase are the source, not the name that ends the phrase
// alone. Each sentence is written for this test.
func TestRecordBeforeAgent(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a survey by a person",
			"The survey by Lena Varga showed Ana Ruiz leading.",
			[]vspan{{Reported, "The survey by Lena Varga", "the survey by Lena Varga", "showed", "Ana Ruiz leading"}}},
		{"a poll by an institute",
			"A poll by the Halden Institute found Ivo Marek well ahead.",
			[]vspan{{Reported, "A poll by the Halden Institute", "a poll by the Halden Institute", "found", "Ivo Marek well ahead"}}},
		{"a poll for two papers released last week",
			"A Halden College poll for the Post and the Herald released last week showed Ruiz far behind.",
			[]vspan{{Reported, "A Halden College poll for the Post and the Herald", "Halden College poll for the Post and the Herald", "showed", "Ruiz far behind"}}},
		{"a person who shows something is no record",
			"Ana Ruiz showed the visitors around the harbor.", nil},
		{"a record without a phrase keeps its own reading",
			"The survey showed Ana Ruiz leading.",
			[]vspan{{Reported, "The survey", "the survey", "showed", "Ana Ruiz leading"}}},
		{"the subject of a relative clause after the record's phrase is no part of it",
			"The survey by Lena Varga that Ana Ruiz found showed nothing.", nil},
		{"a record after a preposition is no subject",
			"After the survey by Lena Varga Ivo Marek found the key.", nil},
		{"a phrase by a person after a noun that is no record is left alone",
			"The dance by Lena Varga showed great skill.", nil},
	})
}
