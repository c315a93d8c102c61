package voices

import (
	"strings"
	"testing"
)

// spanWith returns the quotation or span of indirect speech of text that begins with
// prefix.
func spanWith(t *testing.T, text, prefix string) Span {
	t.Helper()
	for _, sp := range Quotes(text, "english") {
		if (sp.Voice == Quote || sp.Voice == Reported) && strings.HasPrefix(text[sp.Start:sp.End], prefix) {
			return sp
		}
	}
	t.Fatalf("no span beginning %q", prefix)
	return Span{}
}

// TestOpenerNoun checks that a plural noun for people that opens its sentence capitalized
// ("Residents", "Officials"), listed among the common openers with "Hours", heads the
// subject with the phrase after its preposition (see openerNoun), before a verb, before a
// colon and before a second verb of the same subject, and is not passed over as an
// adverbial opener, leaving the name after the preposition for speaker. The sentences are
// invented.
func TestOpenerNoun(t *testing.T) {
	for _, tc := range []struct {
		name, text, prefix, speaker string
	}{
		{"said", "Residents of Halden said: “Open the pier again.”", "Open", "Residents of Halden"},
		{"colon", "Residents of Halden wanted one thing: “Open the pier again.”", "Open", "Residents of Halden"},
		{"colon, a person's name", "Critics of Ana Ruiz wanted one thing: “Open the pier again.”", "Open", "Critics of Ana Ruiz"},
		{"place preposition", "Officials in Halden had one reply: “Open the pier again.”", "Open", "Officials in Halden"},
		{"reported", "Residents of Halden said the pier should open again.", "the pier", "Residents of Halden"},
		{"reported, a person's name", "Critics of Ana Ruiz say the count was flawed.", "the count", "Critics of Ana Ruiz"},
		{"second verb", "Supporters for Ana Ruiz waved “Halden first” signs and vowed to stay.", "to stay", "Supporters for Ana Ruiz"},
		{"second verb of saying", "Critics of Ana Ruiz shouted “shame” and said the count was flawed.", "the count", "Critics of Ana Ruiz"},
		// A time opener is no subject; a noun in lower case was read before; a noun
		// that is not a person's is no speaker.
		{"hours later", "Hours later Ana Ruiz had one reply: “Open the pier again.”", "Open", "Ana Ruiz"},
		{"hours later, reported", "Hours later Ana Ruiz said the pier should open.", "the pier", "Ana Ruiz"},
		{"lower case", "“Open the pier again,” residents of Halden said.", "Open", "residents of Halden"},
		{"prices", "Prices in Halden rose, Ana Ruiz said.", "Prices", "Ana Ruiz"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if sp := spanWith(t, tc.text, tc.prefix); sp.Speaker != tc.speaker {
				t.Errorf("speaker %q, want %q", sp.Speaker, tc.speaker)
			}
		})
	}
}

// TestGroupCanonical checks that a group named by a plural noun for people and a
// preposition before a name (see groupPhrase) is its own canonical name, neither the
// person inside it nor a longer form of that person's name, and that a bare last name
// with "he" or "she" after it is the document's first full name of that last name, of
// the same gender, even when the full name never speaks (see onlyFullNames and
// personMarked). The sentences are invented.
func TestGroupCanonical(t *testing.T) {
	for _, tc := range []struct {
		name, text, prefix, speaker, canonical string
	}{
		{"group of a title and a name", "Ana Ruiz won the vote. Critics of Ms. Ruiz say the count was flawed.",
			"the count", "Critics of Ms. Ruiz", "Critics of Ms. Ruiz"},
		{"the person before the group", "Ana Ruiz said the count was fair. Critics of Ana Ruiz shouted “shame” and said the count was flawed.",
			"the count was fair", "Ana Ruiz", "Ana Ruiz"},
		{"the group after the person", "Ana Ruiz said the count was fair. Critics of Ana Ruiz shouted “shame” and said the count was flawed.",
			"the count was flawed", "Critics of Ana Ruiz", "Critics of Ana Ruiz"},
		{"a surname whose full name never speaks", "On Monday a court in Halden fined Lena Varga and her brother. Varga said she only waved a flag. Supporters for Varga waved “Halden first” signs and vowed to stay.",
			"she only", "Varga", "Lena Varga"},
		{"the group of the surname", "On Monday a court in Halden fined Lena Varga and her brother. Varga said she only waved a flag. Supporters for Varga waved “Halden first” signs and vowed to stay.",
			"to stay", "Supporters for Varga", "Supporters for Varga"},
		// The pronoun's gender must be the full name's, from its first name or "he"
		// or "she" after it; a full name of no known gender is no one's; a name
		// written family name first has no last name of this kind.
		{"a title of the same gender", "Tomas Ruiz and his wife were fined. Mr. Ruiz said he would appeal.",
			"he would", "Mr. Ruiz", "Tomas Ruiz"},
		{"a title of the other gender", "Tomas Ruiz and his wife were fined. Ms. Ruiz said she would appeal.",
			"she would", "Ms. Ruiz", "Ruiz"},
		{"a pronoun of the other gender", "Tomas Ruiz lost the vote on Monday. Ruiz said she would appeal.",
			"she would", "Ruiz", "Ruiz"},
		{"a full name of no known gender", "Nadia Okonkwo was arrested on Monday. Mr. Okonkwo said he would appeal.",
			"he would", "Mr. Okonkwo", "Okonkwo"},
		{"a name written family name first", "Zhang Wei and his wife spoke on Monday. Mr. Wei said he would stay abroad.",
			"he would", "Mr. Wei", "Wei"},
		{"two full names of one gender", "Ana Varga and Elena Varga were fined on Monday. Ms. Varga said she would appeal.",
			"she would", "Ms. Varga", "Varga"},
		{"a place's residents", "Halden Port was closed on Monday. Residents of Halden said the pier should open.",
			"the pier", "Residents of Halden", "Residents of Halden"},
		// One described by a name ("a co-founder of …") is no longer form of it.
		{"one of a body, after an article", "Halden Port said the ferry would run. A co-founder of Halden Port said the fares would rise.",
			"the ferry", "Halden Port", "Halden Port"},
		{"one of a body", "The site was blocked, according to HaldenWatch.org. “The block is new,” a co-founder of HaldenWatch.org said.",
			"The site", "HaldenWatch.org", "HaldenWatch.org"},
		// Two full names of the last name: the bare one is neither; a bare name with no
		// "he" or "she" after it, or a plural, is left as it is (see personMarked); a
		// title before a name is no group.
		{"two full names", "Lena Varga and Tomas Varga were fined on Monday. Varga said she only waved a flag.",
			"she only", "Varga", "Varga"},
		{"no title, no pronoun", "Lena Varga was fined on Monday. Varga said the fine was unfair.",
			"the fine", "Varga", "Varga"},
		{"a heading in capitals", "Posted by a reader. THE PIER DIARIES of LENA M. VARGA Varga’s diaries are long. Varga said she would try again.",
			"she would", "Varga", "Varga"},
		{"a plural", "Idaho Democrats met on Monday. Democrats said the bill would fail.",
			"the bill", "Democrats", "Democrats"},
		// A group's name gives no last name: "Li" still opens one person's name.
		{"a group after a first word", "Foreign Ministry spokesperson Li Wei spoke on Monday. Friends of Mr. Li said he was tired. Li said the trial was unfair.",
			"the trial", "Li", "Li Wei"},
		{"a title of a place", "Ana Ruiz won the vote. Mayor of Halden Ana Ruiz said the count was fair.",
			"the count", "Mayor of Halden Ana Ruiz", "Ana Ruiz"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sp := spanWith(t, tc.text, tc.prefix)
			if sp.Speaker != tc.speaker || sp.Canonical != tc.canonical {
				t.Errorf("speaker %q canonical %q, want %q %q", sp.Speaker, sp.Canonical, tc.speaker, tc.canonical)
			}
		})
	}
}

// TestOpenerNounNotABody checks that a listed opener that is a word of bodies or records
// ("News") heads no group before a preposition (see openerNoun): the news is a topic, not
// a speaker. The sentences are invented.
func TestOpenerNounNotABody(t *testing.T) {
	for _, tc := range []struct{ name, text string }{
		{"news on", "News on Ana Ruiz's fine suggests the court was harsh."},
		{"news of", "News of Ana Ruiz's win reached Halden, Ivo Marek said."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, sp := range Quotes(tc.text, "english") {
				if strings.HasPrefix(sp.Speaker, "News") {
					t.Errorf("span %q: speaker %q, a topic heading a group", tc.text[sp.Start:sp.End], sp.Speaker)
				}
			}
		})
	}
}
