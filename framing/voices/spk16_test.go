package voices

import "testing"

// TestPronounNeverAPlace16 checks that "he" and "she" never stand for a listed place,
// whether the place heads a sentence before them, a possessive, or the source
// of a statement ("Beijing", "Hong Kong", "Moscow"), unless a title or a known given name
// shows a person of that name ("Mr. Holland"); that a person named before the place keeps
// the pronoun; and that "it" may still stand for the place. The texts are invented.
func TestPronounNeverAPlace16(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a city subject of a verb of no speech, then he", "Beijing has continued to grow. He said the port would close.",
			[]vspan{{Reported, "", "", "said", "the port would close"}}},
		{"a city's possessive, then she", "Hong Kong's hopes rose in May. She said the port would close.",
			[]vspan{{Reported, "", "", "said", "the port would close"}}},
		{"a city that speaks, then he", "Beijing said the port would close. He added that talks would go on.",
			[]vspan{{Reported, "Beijing", "Beijing", "said", "the port would close"}, {Reported, "", "", "added", "talks would go on"}}},
		{"a city that speaks, then she", "Moscow said the port would close. She added that talks would go on.",
			[]vspan{{Reported, "Moscow", "Moscow", "said", "the port would close"}, {Reported, "", "", "added", "talks would go on"}}},
		{"a city of two words that speaks, then he", "Hong Kong said the port would close. He added that talks would go on.",
			[]vspan{{Reported, "Hong Kong", "Hong Kong", "said", "the port would close"}, {Reported, "", "", "added", "talks would go on"}}},
		{"a bare place persons are named after", "Jordan arrived at the pier. He said the port would close.",
			[]vspan{{Reported, "", "", "said", "the port would close"}}},
		// Kept.
		{"a person and a city after it, then he", "Ivo Marek wrote a book on Hong Kong ferries. He said the port would close.",
			[]vspan{{Reported, "Ivo Marek", "Ivo Marek", "said", "the port would close"}}},
		{"a person before the city", "Ivo Marek landed on Monday. Beijing welcomed him. He said the port would close.",
			[]vspan{{Reported, "Ivo Marek", "Ivo Marek", "said", "the port would close"}}},
		{"it stands for the country", "Soloria is a big country. China has continued to grow. It said the port would close.",
			[]vspan{{Reported, "China", "China", "said", "the port would close"}}},
		{"Mr. before a place's name", "Mr. Holland spoke at the pier. He said the port would close.",
			[]vspan{{Reported, "Holland", "Holland", "said", "the port would close"}}},
		{"Mayor before a place's name", "Mayor Holland spoke at the pier. He said the port would close.",
			[]vspan{{Reported, "Holland", "Holland", "said", "the port would close"}}},
		{"Dr. before a place's name", "Dr. Holland spoke at the pier. She said the port would close.",
			[]vspan{{Reported, "Holland", "Holland", "said", "the port would close"}}},
		{"Mr. before a city's name", "Mr. Berlin spoke at the pier. He said the port would close.",
			[]vspan{{Reported, "Berlin", "Berlin", "said", "the port would close"}}},
		{"Ms. before a city's name, who speaks", "Ms. London said the port would close. She added that talks would go on.",
			[]vspan{{Reported, "Ms. London", "London", "said", "the port would close"}, {Reported, "London", "London", "added", "talks would go on"}}},
	})
}

// TestSurnameOfFullName16 checks that a surname alone is the person a document named in
// full with it before, when a role in lower case from the language's list ("harbor
// analyst") shows the full name is a person's though its given name is not known; that a
// person's name is never a body's name that ends with it; and that a body, a place, a ship
// or a newspaper named after a lower-case word that only looks like a trade ("after",
// "tanker", "newspaper") is not the person. The texts are invented.
func TestSurnameOfFullName16(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a role before the full name", "The harbor analyst Oskar Pell was not surprised. Oskar said the vote would wait.",
			[]vspan{{Reported, "Oskar", "Oskar Pell", "said", "the vote would wait"}}},
		{"a body's name before a person's is not the person's", "The bridge would wait, Chairman of the Halden Foundation Tom Okoro told reporters. Okoro said the vote would wait.",
			[]vspan{{Reported, "Chairman of the Halden Foundation Tom Okoro", "Tom Okoro", "told", "The bridge would wait"}, {Reported, "Okoro", "Tom Okoro", "said", "the vote would wait"}}},
		// Kept apart.
		{"no role before the full name", "Shares of Oskar Pell rose. Oskar said the vote would wait.",
			[]vspan{{Reported, "Oskar", "Oskar", "said", "the vote would wait"}}},
		{"no full name", "The vote was close. Oskar said the vote would wait.",
			[]vspan{{Reported, "Oskar", "Oskar", "said", "the vote would wait"}}},
		{"a place after a preposition in -er", "Talks began after Halden Bay reopened. Halden said prices would rise.",
			[]vspan{{Reported, "Halden", "Halden", "said", "prices would rise"}}},
		{"a place after under", "The ship sailed under Halden Ness colors. Halden said prices would rise.",
			[]vspan{{Reported, "Halden", "Halden", "said", "prices would rise"}}},
		{"a newspaper", "The local newspaper Halden Ness reported the sale. Halden said prices would rise.",
			[]vspan{{Reported, "The local newspaper Halden Ness", "Halden Ness", "reported", "the sale"}, {Reported, "Halden", "Halden", "said", "prices would rise"}}},
		{"a tanker", "The tanker Halden Star sank in May. Halden said prices would rise.",
			[]vspan{{Reported, "Halden", "Halden", "said", "prices would rise"}}},
		{"a steamer", "The steamer Elara Queen docked at noon. Elara said prices would rise.",
			[]vspan{{Reported, "Elara", "Elara", "said", "prices would rise"}}},
		{"a government", "The government Halden Ness formed fell in May. Halden said prices would rise.",
			[]vspan{{Reported, "Halden", "Halden", "said", "prices would rise"}}},
	})
}

// TestAbbreviatedTitle16 checks that the capital abbreviations of foreign and defense
// minister before a name are titles, as "Foreign Minister" is, and that the name after
// them is the person named in full in the document, while the same letters not in
// capitals are no title. The texts are invented.
func TestAbbreviatedTitle16(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"FM before a surname", "FM Marek said the vote would wait.",
			[]vspan{{Reported, "FM Marek", "Marek", "said", "the vote would wait"}}},
		{"DM before a full name", "DM Ivo Marek said the vote would wait.",
			[]vspan{{Reported, "DM Ivo Marek", "Ivo Marek", "said", "the vote would wait"}}},
		{"DM before a surname named in full", "Lena Varga said the bridge would wait. DM Varga said the vote would wait.",
			[]vspan{{Reported, "Lena Varga", "Lena Varga", "said", "the bridge would wait"}, {Reported, "DM Varga", "Lena Varga", "said", "the vote would wait"}}},
		{"FM before a surname named in full", "Lena Varga said the bridge would wait. FM Varga said the vote would wait.",
			[]vspan{{Reported, "Lena Varga", "Lena Varga", "said", "the bridge would wait"}, {Reported, "FM Varga", "Lena Varga", "said", "the vote would wait"}}},
		// Kept.
		{"FM not in capitals", "Fm Marek said the vote would wait.",
			[]vspan{{Reported, "Fm Marek", "Fm Marek", "said", "the vote would wait"}}},
		{"DM not in capitals", "Dm Marek said the vote would wait.",
			[]vspan{{Reported, "Dm Marek", "Dm Marek", "said", "the vote would wait"}}},
	})
}
