package voices

import (
	"testing"
)

// vspan is a span as the voice tests state it: voice, speaker as written, canonical
// speaker, verb and the words.
type vspan struct {
	voice                    Voice
	speaker, canonical, verb string
	text                     string
}

// TestVoicePatterns covers the quotation patterns of real news, each in a text written for
// this test.
func TestVoicePatterns(t *testing.T) {
	tests := []struct {
		name, lang, text string
		want             []vspan
	}{
		{"mixed curly and straight marks", "english",
			"“Today is a disgrace for the region,\" said the council. “Most members have lost their homes to the flood.”",
			[]vspan{{Quote, "the council", "the council", "said", "Today is a disgrace for the region,"},
				{Quote, "the council", "the council", "said", "Most members have lost their homes to the flood."}}},
		{"double quotes nested in double quotes", "english",
			"“He pointed to his own “secret meeting” emails (he did),” the aide said.",
			[]vspan{{Quote, "the aide", "the aide", "said", "He pointed to his own “secret meeting” emails (he did),"}}},
		{"single quotes nested in double quotes", "english",
			"Ana Ruiz met the board on Monday. “They called it ‘a farce’ and walked out,” she said.",
			[]vspan{{Quote, "Ana Ruiz", "Ana Ruiz", "said", "They called it ‘a farce’ and walked out,"}}},
		{"continued across a paragraph without reopening", "english",
			"The mayor said: “We will rebuild the bridge.\n\nAnd we will do it this year,” she added.",
			[]vspan{{Quote, "The mayor", "the mayor", "added", "We will rebuild the bridge.\n\nAnd we will do it this year,"}}},
		{"closed without an opening mark", "english",
			"The minister said the plan was sound and fair to all,\" and left the room.",
			[]vspan{{Quote, "The minister", "the minister", "said", "the plan was sound and fair to all,"}}},
		{"apostrophes, elisions and possessive plurals", "english",
			"In the ’90s the Saudis’ claims were “baseless and absurd in every respect,” officials said.",
			[]vspan{{Reported, "officials", "officials", "said", "In the ’90s the Saudis’ claims were"},
				{Quote, "officials", "officials", "said", "baseless and absurd in every respect,"}}},
		{"guillemets and a dash of dialogue", "russian",
			"«Мы не согласны с этим решением», — заявил министр Олег Петров.",
			[]vspan{{Quote, "министр Олег Петров", "Олег Петров", "заявил", "Мы не согласны с этим решением"}}},
		{"german marks, quotation marks only", "german",
			"„Wir werden die Brücke noch in diesem Jahr wieder aufbauen“, sagte die Ministerin.",
			[]vspan{{Quote, "", "", "", "Wir werden die Brücke noch in diesem Jahr wieder aufbauen"}}},
		{"french", "french",
			"« Nous ne céderons pas à la pression », a déclaré le ministre.",
			[]vspan{{Quote, "le ministre", "le ministre", "déclaré", "Nous ne céderons pas à la pression"}}},
		{"attribution in the next sentence", "english",
			"“We are leaving the talks now.” Delacroix said so on Friday.",
			[]vspan{{Quote, "Delacroix", "Delacroix", "said", "We are leaving the talks now."}}},
		{"a definite description stands for the titled person", "english",
			"Gov. Ana Ruiz visited the dam on Monday. “It held,” the governor said.",
			[]vspan{{Quote, "the governor", "Ana Ruiz", "said", "It held,"}}},
		{"a role in apposition titles the person", "english",
			"Ana Ruiz, the Soloria governor, visited the dam on Monday. “It held,” the Soloria governor said.",
			[]vspan{{Quote, "the Soloria governor", "Ana Ruiz", "said", "It held,"}}},
		{"only the head of an apposition is its role", "english",
			"Lia Moss, the president's adviser, spoke first. “It held,” the president said.",
			[]vspan{{Quote, "the president", "the president", "said", "It held,"}}},
		{"one canonical name per person", "english",
			"President Tal Oren spoke first. “We stand firm,” Oren said. “Nothing has changed,” Mr. Oren added.",
			[]vspan{{Quote, "Oren", "Tal Oren", "said", "We stand firm,"}, {Quote, "Mr. Oren", "Tal Oren", "added", "Nothing has changed,"}}},
		{"an acronym is its organization", "english",
			"The Meridian Press Agency ran the story first. “It was verified twice,” MPA said.",
			[]vspan{{Quote, "MPA", "Meridian Press Agency", "said", "It was verified twice,"}}},
		{"a quotation repeated in a rebuttal is its first speaker's", "english",
			"The agency wrote that the trip would “undermine the order of things.” It is not an act to “undermine the order of things.”",
			[]vspan{{Reported, "The agency", "the agency", "wrote", "the trip would"},
				{Quote, "The agency", "the agency", "wrote", "undermine the order of things."},
				{Quote, "The agency", "the agency", "", "undermine the order of things."}}},
		{"a pronoun prefers the subject", "english",
			"Senator Ana Ruiz met the envoy Tal Oren and his aides on Friday. “We agreed on nothing,” she said.",
			[]vspan{{Quote, "Ana Ruiz", "Ana Ruiz", "said", "We agreed on nothing,"}}},
		{"a participle shares its sentence's subject", "english",
			"The minister responded on Friday, calling the report “a fabrication from start to finish.”",
			// The naming verb's content is what it names and what it calls it: the report,
			// in the outlet's words, and the quoted words.
			[]vspan{{Reported, "The minister", "the minister", "calling", "the report"},
				{Quote, "The minister", "the minister", "calling", "a fabrication from start to finish."}}},
		{"a relative clause speaks for its name", "english",
			"The call was echoed by Sen. Ana Ruiz, who tweeted that the vote was “a disgrace.”",
			[]vspan{{Reported, "Sen. Ana Ruiz", "Ana Ruiz", "tweeted", "the vote was"},
				{Quote, "Sen. Ana Ruiz", "Ana Ruiz", "tweeted", "a disgrace."}}},
		{"a colon introduces the subject's words", "english",
			"Ruiz had an answer ready: “That is simply not true.”",
			[]vspan{{Quote, "Ruiz", "Ruiz", ":", "That is simply not true."}}},
		{"a name in quotation marks", "english",
			"The “Belt and Road” initiative was discussed.",
			[]vspan{{Title, "", "", "", "Belt and Road"}}},
		{"a short quotation that is a sentence of its own speaks on", "english",
			"“It went well,” the harbor master told the Courier in an interview at the port on Monday when asked about the talks. “They were very calm.”",
			[]vspan{{Quote, "the harbor master", "the harbor master", "told", "It went well,"},
				{Reported, "", "", "asked about", "the talks"},
				{Quote, "the harbor master", "the harbor master", "told", "They were very calm."}}},
		{"a long title after a preposition", "english",
			"Ruiz will appear on “The Late Night Hour With Tom Bell” next week.",
			[]vspan{{Title, "", "", "", "The Late Night Hour With Tom Bell"}}},
		{"a role after as is no title", "english",
			"The filing listed Ruiz as “Chief Port Officer at Northlight Harbor Services.”",
			[]vspan{{Quote, "", "", "", "Chief Port Officer at Northlight Harbor Services."}}},
		{"a headline before its byline", "english",
			"“The harbor pilots of Soloria are running out of ships to guide,” by the Courier's Ana Ruiz.",
			[]vspan{{Title, "", "", "", "The harbor pilots of Soloria are running out of ships to guide,"}}},
		{"a time after by is no byline", "english",
			"The mayor made a promise on Monday: “We will finish the pier,” by Friday.",
			[]vspan{{Quote, "The mayor", "the mayor", ":", "We will finish the pier,"}}},
		{"so-called", "english",
			"Officials warned of a so-called “peace dividend” that never came.",
			// What officials warned of is reported; the scare quote is the outlet's.
			[]vspan{{Reported, "Officials", "officials", "warned", "a so-called"}, {Scare, "", "", "", "peace dividend"},
				{Reported, "Officials", "officials", "warned", "that never came"}}},
		{"a block quotation after a colon", "english",
			"The ministry said in a statement:\n\nThe dam is safe and the water is falling.\n\nThe river rose again on Sunday.",
			[]vspan{{Quote, "The ministry", "the ministry", "said", "The dam is safe and the water is falling."}}},
		{"a document speaks for its author", "english",
			"Ruiz said in a statement that the dam had held. “We were lucky,” the statement added.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "said", "the dam had held"}, {Quote, "the statement", "Ruiz", "added", "We were lucky,"}}},
		{"went on to say", "english",
			"Oren declined to comment at first. He went on to say the report was “entirely wrong.”",
			// A quotation that closes a reported clause: the rest is indirect speech.
			[]vspan{{Reported, "Oren", "Oren", "say", "the report was"}, {Quote, "Oren", "Oren", "say", "entirely wrong."}}},
		{"an appositive between the quotation and the verb", "english",
			"“The levee failed,” Jim Hale, a spokesman for the governor, said in an email.",
			[]vspan{{Quote, "Jim Hale", "Jim Hale", "said", "The levee failed,"}}},
		{"a name in parentheses in the appositive", "english",
			"Lia Tran, the aide to Rep. Tom Bell (R-Tenn.), wrote that they should “show some class.”",
			[]vspan{{Reported, "Lia Tran", "Lia Tran", "wrote", "they should"}, {Quote, "Lia Tran", "Lia Tran", "wrote", "show some class."}}},
		{"a common noun's own phrase after an inverted verb", "english",
			"“The dam will hold,” said a spokesman for the ministry. “We are ready,” said a source close to the council. " +
				"“It is late,” said a pollster for one of the ferry lines. “No,” said Ana Ruiz of the agency. " +
				"“Yes,” said the senator at a town hall. “We wait,” said the president at the Harbor Palace on Tuesday. " +
				"“Close,” said a campaign aide familiar with the polling.",
			[]vspan{{Quote, "a spokesman for the ministry", "a spokesman for the ministry", "said", "The dam will hold,"},
				{Quote, "a source close to the council", "a source close to the council", "said", "We are ready,"},
				{Quote, "a pollster for one of the ferry lines", "a pollster for one of the ferry lines", "said", "It is late,"},
				{Quote, "Ana Ruiz", "Ana Ruiz", "said", "No,"},
				{Quote, "the senator", "the senator", "said", "Yes,"},
				{Quote, "the president", "the president", "said", "We wait,"},
				{Quote, "a campaign aide", "a campaign aide", "said", "Close,"}}},
		{"a quantifier opening the attribution after a quotation", "english",
			"“Blink twice!” one reader wrote. “Too late,” two officials said.",
			[]vspan{{Quote, "one reader", "one reader", "wrote", "Blink twice!"},
				{Quote, "two officials", "two officials", "said", "Too late,"}}},
		{"a dash opening an English paragraph is a heading or a list item, not speech", "english",
			"– Old hands –.\n\n— Nine months of rallies across the state;\n\nThe ministry met on Monday.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSpans(t, tt.text, tt.lang, tt.want)
		})
	}
}

// checkSpans checks the spans Quotes finds in text against want, as the voice tests state
// them (voice, speaker, canonical name, verb, the span's text).
func checkSpans(t *testing.T, text, lang string, want []vspan) {
	t.Helper()
	var got []vspan
	for _, s := range Quotes(text, lang) {
		got = append(got, vspan{s.Voice, s.Speaker, s.Canonical, s.Verb, text[s.Start:s.End]})
	}
	if len(got) != len(want) {
		t.Fatalf("got %d spans %+v\nwant %d %+v", len(got), got, len(want), want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("span %d = %+v\n          want %+v", i, got[i], want[i])
		}
	}
}

// A spanCase is one sentence of a voice test and the spans it must give (see checkSpans).
type spanCase struct {
	name, text string
	want       []vspan
}

// runSpanCases runs each case as a subtest of t, the text read as English.
func runSpanCases(t *testing.T, cases []spanCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkSpans(t, tc.text, "english", tc.want)
		})
	}
}
