package voices

import "testing"

// TestTitleObjectNames32 checks that a title joined by "of", "for" or "to" to its place or
// office before a person's name ("Secretary of State Tomas Brell", "Ambassador to
// Valdora Tomas Brell Jr.") leaves the place out of the person's name, in the narrative's
// names (a later "Brell said" has the full name as its canonical name) and in a speaker
// phrase, also after a role in lower case when a known given name begins the name ("the
// mayor of Halden Anatoly Marn"); that where the place's words and the name's are not told apart (no given name
// known and two words only) the phrase is kept whole rather than cut to a word that may be
// the office's; and that a title before a name is read as before. The names are invented.
func TestTitleObjectNames32(t *testing.T) {
	for _, c := range []struct{ name, text, canonical string }{
		{"to, narrative", "Ambassador to Valdora Tomas Brell Jr. met the harbor authorities of the northern province on Monday morning. “We are ready,” Brell said.", "Tomas Brell Jr"},
		{"to the, narrative", "Envoy to the Valdora Republic Mark Dolan met the harbor authorities of the northern province on Monday morning. “We are ready,” Dolan said.", "Mark Dolan"},
		{"after a body's word of the office", "Chief Secretary for Administration Mei Lam Chan Wai-ling met the harbor authorities on Monday morning. “We are ready,” Chan said.", "Mei Lam Chan Wai-ling"},
		{"office of two words, no given name known", "Minister of Foreign Affairs Lin Wei met the harbor authorities of the northern province on Monday morning. “We are ready,” Lin said.", "Lin Wei"},
		{"speaker phrase", "“We are ready,” said Ambassador to Valdora Tomas Brell.", "Tomas Brell"},
		{"speaker phrase, the", "“We are ready,” said Envoy to the Valdora Republic Mark Dolan.", "Mark Dolan"},
		{"lower-case role, its place", "The mayor of Halden Anatoly Marn met the harbor authorities of the northern province on Monday morning. “We are ready,” Marn said.", "Anatoly Marn"},
		{"lower-case role, a name with a particle", "The crown prince of Valdora Omar bin Rashid met the harbor authorities on Monday morning. “We are ready,” Omar bin Rashid said.", "Omar bin Rashid"},
		{"lower-case role, its body", "A spokesman for the Valdora Port Authority Ana Ruiz met the harbor authorities on Monday morning. “We are ready,” Ruiz said.", "Ana Ruiz"},
		// Read so before too (by the speaker phrase's name); then a two-word office kept whole, and a title before a name.
		{"of, narrative", "Secretary of State Tomas Brell flew to the border region with a small delegation of aides on Monday. “We are ready,” Brell said.", "Tomas Brell"},
		{"of, a pronoun", "Secretary of State Tomas Brell flew to the border region with a small delegation of aides on Monday. “We are ready,” he said.", "Tomas Brell"},
		{"two words after a listed place", "President of Portugal Varga met the harbor authorities of the northern province on Monday morning. “We are ready,” Varga said.", "Varga"},
		{"two words, not told apart", "Minister of Defense Marn met the harbor authorities of the northern province on Monday morning. “We are ready,” Marn said.", "Minister of Defense Marn"},
		{"title before a name", "Valdora Governor Tomas Brell met the harbor authorities of the northern province on Monday morning. “We are ready,” Brell said.", "Tomas Brell"},
	} {
		t.Run(c.name, func(t *testing.T) { checkCanonical32(t, c.text, Quote, c.canonical) })
	}
}

// TestTitleObjectCoreName32 checks a speaker phrase's name (coreName) after a title with
// its place: the name begins at a known given name after the place's first word ("to
// Georgia": a place that is a given name too), else is the last two words when three or
// more follow the preposition, or the last of two after a listed place; a title with its
// place or office and no name told apart keeps them all, not a fragment of the office,
// as does one whose last words are a body's name, and a lower-case role, whose "for" names
// another ("a lawyer for Ana Ruiz") unless a known given name begins a name after it; a
// spokesperson's name is the one it speaks for ("a spokesman for Ana Ruiz" is Ana Ruiz).
// The names are invented.
func TestTitleObjectCoreName32(t *testing.T) {
	en := LangOf("english")
	for _, c := range []struct{ in, want string }{
		{"Ambassador to Georgia Mark Dolan", "Mark Dolan"},
		{"Envoy to the Valdora Republic Mark Dolan", "Mark Dolan"},
		{"Secretary of State Tomas Brell", "Tomas Brell"},
		{"the spokesman for the Halden Port Authority Ana Ruiz", "Ana Ruiz"},
		{"President of Portugal Varga", "Varga"},
		{"Secretary for Administration Mei Lam Chan Wai-ling", "Mei Lam Chan Wai-ling"},
		// Kept.
		{"Minister of Foreign Affairs", "Minister of Foreign Affairs"},
		{"the Envoy to the Valdora Republic", "Envoy to the Valdora Republic"},
		{"Ambassador to Valdora", "Ambassador to Valdora"},
		{"Envoy to the Halden and Valdora Trade Office", "Envoy to the Halden and Valdora Trade Office"},
		{"a spokesman for Ana Ruiz", "Ana Ruiz"},
		{"a lawyer for Ana Ruiz", "a lawyer for Ana Ruiz"},
		{"Director General of the Valdora Trade Agency", "Director General of the Valdora Trade Agency"},
		{"president of the Valdora Bank of St. Louis", "president of the Valdora Bank of St. Louis"},
		{"Director of Public Health England", "Director of Public Health England"},
		{"Secretary General of the Harbor Fishing Alliance Tomas Brell", "Tomas Brell"},
		{"Envoy to the UN Ana Kessel", "Ana Kessel"},
		{"Envoy to the UN Lin Wei", "Lin Wei"},
		{"a spokesman for the Halden and Valdora Trade Office", "Halden and Valdora Trade Office"},
		{"the director of the Halden and Valdora Trade Office", "the director of the Halden and Valdora Trade Office"},
	} {
		if got := coreName(c.in, en); got != c.want {
			t.Errorf("coreName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestTitleObjectAnd32 checks that the "and" inside a title's office ("High
// Representative for Trade and Fisheries Policy Tomas Brell") joins no two sources: the
// subject before a verb, the subject a later pronoun stands for, and a speaker after the
// verb are the one person; and that names and places joined by "and" are still two. The
// names are invented.
func TestTitleObjectAnd32(t *testing.T) {
	for _, c := range []struct{ name, text, canonical string }{
		{"subject in a clause after a comma", "On Monday, Assistant Secretary for Harbor and Fisheries Affairs Tomas Brell declared that “the port is open.”", "Tomas Brell"},
		{"a capitalized role's office", "Permanent Representative for Trade and Fisheries Tomas Brell said on Monday: “We are ready to reopen the port.”", "Tomas Brell"},
		{"pronoun after the subject", "High Representative for Trade and Fisheries Policy Tomas Brell condemned the attack on the harbor. “We are ready,” he said.", "Tomas Brell"},
		{"speaker before the verb", "“We are ready,” High Representative for Trade and Fisheries Policy Tomas Brell said on Monday.", "Tomas Brell"},
		{"of, before the verb", "Minister of Trade and Industry Tomas Brell said on Monday: “We are ready to reopen the port.”", "Tomas Brell"},
		// Kept.
		{"two people", "Ana Ruiz and Ivo Marn said on Monday: “We are ready to reopen the port.”", "Ana Ruiz and Ivo Marn"},
		{"two places", "Leaders of Valdora and Soloria said on Monday: “We are ready to reopen the port.”", "Leaders of Valdora and Soloria"},
	} {
		t.Run(c.name, func(t *testing.T) { checkCanonical32(t, c.text, Quote, c.canonical) })
	}
}

// TestTitleObjectNotOne32 checks the shapes where a title's place or office and the words
// after it must not be read as one name: an "and" after the name begins another phrase
// ("said Special Envoy for Climate Tomas Brell and Secretary of State Ana Ruiz": the
// speaker phrase ends at the first name, as before, not "Tomas Brell and Secretary of
// State"), a body's name after "the" is no person ("Chairman of the Valdora Reserve
// Board"), and a role in lower case before two names is not the second ("a lawyer for Ana
// Ruiz and Tomas Brell"). The names are invented.
func TestTitleObjectNotOne32(t *testing.T) {
	for _, c := range []struct{ name, text, canonical string }{
		{"two people, the second titled", "“We are ready,” said Special Envoy for Climate Tomas Brell and Secretary of State Ana Ruiz.", "Tomas Brell"},
		{"two people after a place", "“We are ready,” said Envoy to Valdora Ana Ruiz and Tomas Brell, the trade minister.", "Ana Ruiz"},
		{"a body after the", "“We are ready,” said Chairman of the Valdora Reserve Board.", "Chairman of the Valdora Reserve Board"},
		{"a lower-case role for two", "“We are ready,” said a lawyer for Ana Ruiz and Tomas Brell.", "a lawyer for Ana Ruiz"},
	} {
		t.Run(c.name, func(t *testing.T) { checkCanonical32(t, c.text, Quote, c.canonical) })
	}
}

// TestTitleObjectAndBefore32 checks the subject read back from its verb over the "and" of
// a title's office (npBefore), for reported speech: one person, or a coordination of two
// whose second is that titled person. The names are invented.
func TestTitleObjectAndBefore32(t *testing.T) {
	for _, c := range []struct{ text, canonical string }{
		{"Secretary of the National Harbor and Fishing Council Tomas Brell says the port will reopen.", "Tomas Brell"},
		{"Minister Ana Ruiz and High Representative for Harbor Affairs and Fishing Policy Tomas Brell discussed the port.", "Ana Ruiz and Tomas Brell"},
	} {
		checkCanonical32(t, c.text, Reported, c.canonical)
	}
}

// checkCanonical32 checks that text has one span of voice v and that its canonical name is
// want.
func checkCanonical32(t *testing.T, text string, v Voice, want string) {
	t.Helper()
	var got []string
	for _, s := range Quotes(text, "english") {
		if s.Voice == v {
			got = append(got, s.Canonical)
		}
	}
	if len(got) != 1 || got[0] != want {
		t.Errorf("%s\ncanonical names %q, want [%q]", text, got, want)
	}
}
