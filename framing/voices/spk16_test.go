package voices

import "testing"

// TestPronounNeverAPlace16 checks that "he" and "she" never stand for a listed place that
// no person's name shares, whether the place is the subject of a sentence before them, a
// possessive, or the source of a statement ("Halden", "Beijing", "Hong Kong"), while a
// person named before the place keeps the pronoun and "it" may still stand for the place.
// The texts are invented.
func TestPronounNeverAPlace16(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a city subject of a verb of no speech, then he", "Beijing has continued to grow. He said the port would close.",
			[]vspan{{Reported, "", "", "said", "the port would close"}}},
		{"a city's possessive, then she", "Hong Kong's hopes rose in May. She said the port would close.",
			[]vspan{{Reported, "", "", "said", "the port would close"}}},
		{"a person and a city after it, then he", "Ivo Marek wrote a book on Hong Kong. He said the port would close.",
			[]vspan{{Reported, "Ivo Marek", "Ivo Marek", "said", "the port would close"}}},
		// Kept.
		{"a person before the city", "Ivo Marek landed on Monday. Beijing welcomed him. He said the port would close.",
			[]vspan{{Reported, "Ivo Marek", "Ivo Marek", "said", "the port would close"}}},
		{"it stands for the country", "Soloria is a big country. China has continued to grow. It said the port would close.",
			[]vspan{{Reported, "China", "China", "said", "the port would close"}}},
		{"a place persons are named after", "Jordan arrived on Monday. He said the port would close.",
			[]vspan{{Reported, "Jordan", "Jordan", "said", "the port would close"}}},
	})
}

// TestSurnameOfFullName16 checks that a surname alone is the person a document named in
// full with it before, when a trade in lower case ("political analyst") shows the full
// name is a person's though its given name has no pinyin form, or when a title's body
// stays before a name in Hong Kong's form; that a person's name is never a body's name
// that ends with it; and that a body or a name not shown to be a person's is not the
// person. The texts are invented.
func TestSurnameOfFullName16(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a trade before the full name", "Halden University political analyst Ma Ngok agreed. Ma said the vote would wait.",
			[]vspan{{Reported, "Ma", "Ma Ngok", "said", "the vote would wait"}}},
		{"a trade at the sentence's start", "Political analyst Ma Ngok agreed. Ma said the vote would wait.",
			[]vspan{{Reported, "Ma", "Ma Ngok", "said", "the vote would wait"}}},
		{"a Hong Kong form after a body", "The bridge would wait, Chairman of the Halden Soloria Exchange Foundation Lawrence Ma Yan-kwok told reporters. Ma said the vote would wait.",
			[]vspan{{Reported, "Chairman of the Halden Soloria Exchange Foundation Lawrence Ma Yan-kwok", "Lawrence Ma Yan-kwok", "told", "The bridge would wait"}, {Reported, "Ma", "Lawrence Ma Yan-kwok", "said", "the vote would wait"}}},
		{"a body's name before a person's is not the person's", "The bridge would wait, Chairman of the Halden Foundation Tom Okoro told reporters. Okoro said the vote would wait.",
			[]vspan{{Reported, "Chairman of the Halden Foundation Tom Okoro", "Tom Okoro", "told", "The bridge would wait"}, {Reported, "Okoro", "Tom Okoro", "said", "the vote would wait"}}},
		// Kept apart.
		{"no trade before the full name", "Shares of Ma Ngok rose. Ma said the vote would wait.",
			[]vspan{{Reported, "Ma", "Ma", "said", "the vote would wait"}}},
		{"no full name", "The vote was close. Ma said the vote would wait.",
			[]vspan{{Reported, "Ma", "Ma", "said", "the vote would wait"}}},
	})
}

// TestAbbreviatedTitle16 checks that the capital abbreviations of foreign, defense and
// prime minister before a surname are titles, as "Foreign Minister" is, and that the name
// after them is the person named in full in the document. The texts are invented.
func TestAbbreviatedTitle16(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"FM before a surname", "FM Marek said the vote would wait.",
			[]vspan{{Reported, "FM Marek", "Marek", "said", "the vote would wait"}}},
		{"DM before a full name", "DM Ivo Marek said the vote would wait.",
			[]vspan{{Reported, "DM Ivo Marek", "Ivo Marek", "said", "the vote would wait"}}},
		{"PM before a surname named in full", "Lena Varga said the bridge would wait. PM Varga said the vote would wait.",
			[]vspan{{Reported, "Lena Varga", "Lena Varga", "said", "the bridge would wait"}, {Reported, "PM Varga", "Lena Varga", "said", "the vote would wait"}}},
		// Kept.
		{"not in capitals", "Fm Marek said the vote would wait.",
			[]vspan{{Reported, "Fm Marek", "Fm Marek", "said", "the vote would wait"}}},
	})
}
