package voices

import "testing"

// TestHeadlineTopicsCol27 covers what stands before a headline's colon: a topic only on
// what its words are (an act of or for a place, a plant, a city that is no seat of
// government), and a speaker otherwise, a country, a capital, a title of a place, a
// person's defense and a name the text places included (texts written for this test, the
// persons and most places invented).
func TestHeadlineTopicsCol27(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"an act done to a place is a topic", "Blockade of Halden: 'No bread has come in for a month'",
			[]vspan{{Quote, "", "", "", "No bread has come in for a month"}}},
		{"things for a place are a topic", "Weapons for Soloria: 'We need them well before the spring'",
			[]vspan{{Quote, "", "", "", "We need them well before the spring"}}},
		{"deeds of an army in lower case are a topic", "The crimes of the Valdoran army: 'They burned every farm on the river'",
			[]vspan{{Quote, "", "", "", "They burned every farm on the river"}}},
		{"the defense of a listed city is a topic", "Defense of Geneva: 'We held the old bridge for a week'",
			[]vspan{{Quote, "", "", "", "We held the old bridge for a week"}}},
		{"a plant is a topic", "Valdora NPP: 'The reactor lost its power twice tonight'",
			[]vspan{{Quote, "", "", "", "The reactor lost its power twice tonight"}}},
		{"a plant's abbreviation is a topic", "VNPP: 'The reactor lost its power twice tonight'",
			[]vspan{{Quote, "", "", "", "The reactor lost its power twice tonight"}}},
		{"a city that is no capital is a topic", "Geneva: 'The trains run again after the long strike'",
			[]vspan{{Quote, "", "", "", "The trains run again after the long strike"}}},

		{"a country speaks for its government", "Moldova: 'We will not join any bloc this year'",
			[]vspan{{Quote, "Moldova", "Moldova", ":", "We will not join any bloc this year"}}},
		{"a capital speaks for its government", "Moscow: 'We will not join any bloc this year'",
			[]vspan{{Quote, "Moscow", "Moscow", ":", "We will not join any bloc this year"}}},
		{"a title of a place speaks", "Archbishop of Halden: 'The doors of the church stay open'",
			[]vspan{{Quote, "Archbishop of Halden", "Archbishop of Halden", ":", "The doors of the church stay open"}}},
		{"a person's defense speaks", "Defense of Ivo Marek: 'Our client never left the house that night'",
			[]vspan{{Quote, "Defense of Ivo Marek", "Defense of Ivo Marek", ":", "Our client never left the house that night"}}},
		{"a name the text places speaks", "Varga: 'The bridge is gone by now' Crowds gathered around Varga in the square.",
			[]vspan{{Quote, "Varga", "Varga", ":", "The bridge is gone by now"}}},
		{"persons of a place speak", "Defenders of Halden: 'We held the old bridge for a week'",
			[]vspan{{Quote, "Defenders of Halden", "Defenders of Halden", ":", "We held the old bridge for a week"}}},
	})
}

// TestBareTitleCol27 covers a title alone as a speaker: the one person the text names with
// that title, wherever, or no one (texts written for this test, the names invented).
func TestBareTitleCol27(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a bare title is the one holder the text names",
			"President: 'Every town will be rebuilt by the winter'\n\nPresident Ana Voss spoke in Halden on Monday.",
			[]vspan{{Quote, "President", "Ana Voss", ":", "Every town will be rebuilt by the winter"}}},
		{"a bare title with two holders is no one",
			"President: 'Every town will be rebuilt by the winter'\n\nPresident Ana Voss met President Ivo Marek in Halden.",
			[]vspan{{Quote, "", "", ":", "Every town will be rebuilt by the winter"}}},
		{"a bare title is the one holder named after the title's place",
			"President: 'Every town will be rebuilt by the winter'\n\nPresident of Soloria Ana Voss spoke in Halden on Monday.",
			[]vspan{{Quote, "President", "Ana Voss", ":", "Every town will be rebuilt by the winter"}}},
		{"a vice president is no president",
			"President: 'Every town will be rebuilt by the winter'\n\nVice President Ana Voss spoke in Halden on Monday.",
			[]vspan{{Quote, "", "", ":", "Every town will be rebuilt by the winter"}}},
		{"a former president is not the president",
			"President: 'Every town will be rebuilt by the winter'\n\nPresident Ana Voss met former President Ivo Marek in Halden.",
			[]vspan{{Quote, "President", "Ana Voss", ":", "Every town will be rebuilt by the winter"}}},
		{"two presidents of one last name are two",
			"President: 'Every town will be rebuilt by the winter'\n\nPresident Ana Voss met President Ivo Voss in Halden.",
			[]vspan{{Quote, "", "", ":", "Every town will be rebuilt by the winter"}}},
		{"a president named by last name only counts against another",
			"President: 'Every town will be rebuilt by the winter'\n\nPresident Ana Voss met President Marek in Halden.",
			[]vspan{{Quote, "", "", ":", "Every town will be rebuilt by the winter"}}},
		{"a bare title with no holder is no one",
			"President: 'Every town will be rebuilt by the winter'\n\nThe talks in Halden went on until late.",
			[]vspan{{Quote, "", "", ":", "Every town will be rebuilt by the winter"}}},
		{"a headline's bare title before its verb is the one holder",
			"President says every town will be rebuilt\n\nPresident Ana Voss spoke in Halden on Monday.",
			[]vspan{{Reported, "President", "Ana Voss", "says", "every town will be rebuilt"}}},
		{"the president is a description, not resolved to a later name",
			"\"Every town will be rebuilt by the winter,\" the president said.\n\nPresident Ana Voss spoke in Halden on Monday.",
			[]vspan{{Quote, "the president", "the president", "said", "Every town will be rebuilt by the winter,"}}},
		{"the president with no one named stays a description",
			"\"Every town will be rebuilt by the winter,\" the president said.\n\nThe talks in Halden went on until late.",
			[]vspan{{Quote, "the president", "the president", "said", "Every town will be rebuilt by the winter,"}}},
		{"a title that names one person alone stays",
			"\"Every town will be rebuilt by the winter,\" the Pope said.",
			[]vspan{{Quote, "the Pope", "Pope", "said", "Every town will be rebuilt by the winter,"}}},
	})
}

// TestHeadlineTopicsReviewCol27 covers the review's cases of a headline's colon: an act
// of or for a lower-case object is a topic, a person's name ending in a site's noun and a
// body's name that opens with an act are speakers (texts written for this test, the
// persons and places invented).
func TestHeadlineTopicsReviewCol27(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"an exchange of people is a topic", "Exchange of prisoners: 'Forty men came home tonight'",
			[]vspan{{Quote, "", "", "", "Forty men came home tonight"}}},
		{"a blockade of a lower-case place is a topic", "Blockade of the port: 'No ship has come in for a month'",
			[]vspan{{Quote, "", "", "", "No ship has come in for a month"}}},
		{"aid for people is a topic", "Aid for refugees: 'The trucks wait at the border'",
			[]vspan{{Quote, "", "", "", "The trucks wait at the border"}}},
		{"weapons for a lower-case body are a topic", "Weapons for the army: 'We need them well before the spring'",
			[]vspan{{Quote, "", "", "", "We need them well before the spring"}}},
		{"the defense of a lower-case place is a topic", "Defense of the city: 'We held the old bridge for a week'",
			[]vspan{{Quote, "", "", "", "We held the old bridge for a week"}}},
		{"a person named like a site speaks", "Peter Plant: 'We never wanted to play that hall again'",
			[]vspan{{Quote, "Peter Plant", "Peter Plant", ":", "We never wanted to play that hall again"}}},
		{"a hydro plant is a topic", "Halden HPP: 'The water rose two meters tonight'",
			[]vspan{{Quote, "", "", "", "The water rose two meters tonight"}}},
		{"a port is a topic", "Halden Port: 'The ships wait outside for a week'",
			[]vspan{{Quote, "", "", "", "The ships wait outside for a week"}}},
		{"a mine is a topic", "Halden Mine: 'The shaft flooded twice this winter'",
			[]vspan{{Quote, "", "", "", "The shaft flooded twice this winter"}}},
		{"a factory is a topic", "Halden Factory: 'The shift ended early because of the sirens'",
			[]vspan{{Quote, "", "", "", "The shift ended early because of the sirens"}}},
		{"a station is a topic", "Halden Station: 'The trains run again after the long strike'",
			[]vspan{{Quote, "", "", "", "The trains run again after the long strike"}}},
		{"a plant's body speaks", "Halden Plant Authority: 'The reactor lost its power twice tonight'",
			[]vspan{{Quote, "Halden Plant Authority", "Halden Plant Authority", ":", "The reactor lost its power twice tonight"}}},
		{"a fund whose name opens with an act speaks", "Rescue of the Children Fund: 'We sent forty trucks this week'",
			[]vspan{{Quote, "Rescue of the Children Fund", "Rescue of the Children Fund", ":", "We sent forty trucks this week"}}},
		{"a network whose name opens with an act speaks", "Arms for Peace Network: 'We sent forty trucks this week'",
			[]vspan{{Quote, "Arms for Peace Network", "Arms for Peace Network", ":", "We sent forty trucks this week"}}},
		{"deeds of a state whose name ends like a body's are a topic", "Crimes of the Valdoran Federation: 'They burned every farm on the river'",
			[]vspan{{Quote, "", "", "", "They burned every farm on the river"}}},
		{"the defense of a place named like a person is their lawyers", "Defense of Chad: 'Our client never left the house that night'",
			[]vspan{{Quote, "Defense of Chad", "Defense of Chad", ":", "Our client never left the house that night"}}},
		{"a city of two words that is no capital is a topic", "San Francisco: 'The trains run again after the long strike'",
			[]vspan{{Quote, "", "", "", "The trains run again after the long strike"}}},
	})
}

// TestBareTitleReviewCol27 covers a bare title whose only named holder holds another
// office or held it before, and a bare title before a colon outside the headline (texts
// written for this test, the names invented).
func TestBareTitleReviewCol27(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a country's president is another office",
			"President: 'Every town will be rebuilt by the winter'\n\nSoloria President Ana Voss spoke in Halden on Monday.",
			[]vspan{{Quote, "", "", ":", "Every town will be rebuilt by the winter"}}},
		{"a chamber's president is another office",
			"President: 'Every town will be rebuilt by the winter'\n\nSenate President Ana Voss spoke in Halden on Monday.",
			[]vspan{{Quote, "", "", ":", "Every town will be rebuilt by the winter"}}},
		{"a company's president is another office",
			"President: 'Every town will be rebuilt by the winter'\n\nAcme Corp President Ana Voss spoke in Halden on Monday.",
			[]vspan{{Quote, "", "", ":", "Every town will be rebuilt by the winter"}}},
		{"an attorney general is no general",
			"General: 'Every town will be rebuilt by the winter'\n\nAttorney General Ana Voss spoke in Halden on Monday.",
			[]vspan{{Quote, "", "", ":", "Every town will be rebuilt by the winter"}}},
		{"a health minister is no minister",
			"Minister: 'Every town will be rebuilt by the winter'\n\nHealth Minister Ana Voss spoke in Halden on Monday.",
			[]vspan{{Quote, "", "", ":", "Every town will be rebuilt by the winter"}}},
		{"another office's holder makes the title ambiguous",
			"President: 'Every town will be rebuilt by the winter'\n\nPresident Ana Voss met Senate President Ivo Marek in Halden.",
			[]vspan{{Quote, "", "", ":", "Every town will be rebuilt by the winter"}}},
		{"a past holder is not the holder",
			"President: 'Every town will be rebuilt by the winter'\n\nIn 1999, President Ivo Marek signed the first treaty.",
			[]vspan{{Quote, "", "", ":", "Every town will be rebuilt by the winter"}}},
		{"a past holder makes the title ambiguous",
			"President: 'Every town will be rebuilt by the winter'\n\nPresident Ana Voss spoke in Halden. In 1999, President Ivo Marek signed the first treaty.",
			[]vspan{{Quote, "", "", ":", "Every town will be rebuilt by the winter"}}},
		{"a bare title before a colon outside the headline stays",
			"Talks end in Halden\n\nHe spoke for an hour on Monday. President: “We will win.”",
			[]vspan{{Quote, "President", "President", ":", "We will win."}}},
		{"a bare title in a transcript stays",
			"Talks end in Halden\n\nReporter: “Will you go?”\n\nPresident: “Yes.”",
			[]vspan{{Quote, "Reporter", "Reporter", ":", "Will you go?"}, {Quote, "President", "President", ":", "Yes."}}},
	})
}
