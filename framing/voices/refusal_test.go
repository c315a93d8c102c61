package voices

import "testing"

// TestRefusalToSpeak covers "declined to comment" as a content of its own ("to comment")
// and the refusals that rule leaves to the others. Each sentence is written for this
// test.
func TestRefusalToSpeak(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"declined to comment is a content",
			"Ana Ruiz declined to comment.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "declined", "to comment"}}},
		{"a common noun refuses as a name does",
			"The port authority declined to comment.",
			[]vspan{{Reported, "The port authority", "the port authority", "declined", "to comment"}}},
		{"what the article adds is no part of it",
			"Ivo Marek declined to comment for this article.",
			[]vspan{{Reported, "Ivo Marek", "Ivo Marek", "declined", "to comment"}}},
		{"a clause after and has its own cue",
			"Ivo Marek declined to comment and aides later said the ferry would run.",
			[]vspan{{Reported, "Ivo Marek", "Ivo Marek", "declined", "to comment"},
				{Reported, "aides", "aides", "said", "the ferry would run"}}},
		{"declined to comment on a topic keeps the topic",
			"Lena Varga declined to comment on the toll.",
			[]vspan{{Reported, "Lena Varga", "Lena Varga", "declined", "to comment on the toll"}}},
		{"declined to say whether keeps the question",
			"Lena Varga declined to say whether the pier would close.",
			[]vspan{{Reported, "Lena Varga", "Lena Varga", "declined", "to say whether the pier would close"}}},
		{"refused to comment is a deed, not taken",
			"Ana Ruiz refused to comment.", nil},
		{"a refusal with a time after it is not taken",
			"Ana Ruiz declined to comment at first.", nil},
		{"a time after the refusal is no topic",
			"Ana Ruiz declined to comment on Monday.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "declined", "to comment"}}},
		{"a bare day after the refusal",
			"Ivo Marek declined to comment Monday.",
			[]vspan{{Reported, "Ivo Marek", "Ivo Marek", "declined", "to comment"}}},
		{"declining to appeal is a deed",
			"Ana Ruiz declined to appeal.", nil},
		{"declining to acknowledge a relative clause's head is no statement",
			"Ana Ruiz made an error that she declined to acknowledge.", nil},
		{"declined as a fall is no refusal",
			"Ferry traffic declined in March.", nil},
	})
}
