package voices

import "testing"

// TestConnectiveBeforeSource checks a connective adverb that opens a sentence before its
// subject and the subject's apposition ("Nonetheless, the port's chief, Ana Ruiz, vowed
// …"): it is no content of a parenthetical attribution ("Nonetheless" had been the
// content, and the verb's own complement lost) where it stands alone; but it opens a
// content whose words go on after it ("Hence the delay, Ruiz said"). Each sentence is
// invented.
func TestConnectiveBeforeSource(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"nonetheless", "Nonetheless, the port's chief, Ana Ruiz, promised on Friday to go on with the sale.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "promised", "to go on with the sale"}}},
		{"nevertheless", "Nevertheless, the mayor, Ana Ruiz, said the port would close.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "the port would close"}}},
		{"a connective that opens a content", "Nevertheless the ferry sailed, the captain said.",
			[]vspan{{Reported, "the captain", "the captain", "said", "Nevertheless the ferry sailed"}}},
		{"a connective and a phrase as the content", "Hence the delay, Ruiz said.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "said", "Hence the delay"}}},
		{"besides as a preposition", "Besides the toll, the mayor said, the port faces rising costs.",
			[]vspan{{Reported, "the mayor", "the mayor", "said", "the port faces rising costs"}}},
		{"a connective and a comma before a parenthetical attribution", "Therefore, the council argued, the toll must rise.",
			[]vspan{{Reported, "the council", "the council", "argued", "the toll must rise"}}},
		{"a subject before the source is content", "The port, the port's chief, Ana Ruiz, said, would close.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "The port"}, {Reported, "Ana Ruiz", "Ana Ruiz", "said", "would close"}}},
	})
}

// TestLetOpensNoSubject checks a sentence that opens with "Let's" or "Let us": an imperative,
// whose verbs after "and" have no subject to share ("Let's wake up and urge the council to
// …" gave "Let's wake up" for source, as a speaker among the outlet's sources); "Let" as a
// participle ("Let down by the board, …") is no imperative. Each sentence is invented.
func TestLetOpensNoSubject(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"let's and a coordinated verb", "Let's wake up and urge the council to back the plan.", nil},
		{"let us", "Let us wake up and urge the council to back the plan.", nil},
		{"let as a participle", "Let down by the board, Ruiz quit and said the port was lost.",
			[]vspan{{Reported, "", "", "said", "the port was lost"}}},
		{"a subject of its own after and", "Let's wait, and the council will say the plan is dead.",
			[]vspan{{Reported, "the council", "the council", "say", "the plan is dead"}}},
	})
}
