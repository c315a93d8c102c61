package voices

import "testing"

// TestModifiedNounIsNoCue checks that a reporting verb's bare form after "a" or "an" and
// adjectives (words with an adjective's ending) that open a clause is a noun: "a
// mysterious figure who seldom leaves …" had "figure" for cue and "a mysterious" for source. A
// verb after a subject's noun (a plural, a collective, a name, a role, an adjective after
// "the" that stands for people) or after a phrase inside a preposition's or a
// conjunction's keeps its reading. Each sentence is invented.
func TestModifiedNounIsNoCue(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a determiner and an adjective", "Tomas Brill, 58, a mysterious figure who seldom leaves his boat, sold the ferry.", nil},
		{"two adjectives", "Ivo Marek, a mysterious careful figure who rarely spoke, left the port.", nil},
		{"a name after the article", "The Harbor Ministry said nine ferries had been delayed.",
			[]vspan{{Reported, "The Harbor Ministry", "Harbor Ministry", "said", "nine ferries had been delayed"}}},
		{"a role after an adjective", "The French president said the port would close.",
			[]vspan{{Reported, "The French president", "French president", "said", "the port would close"}}},
		{"a collective noun", "The police say the port will close.",
			[]vspan{{Reported, "The police", "the police", "say", "the port will close"}}},
		{"an adjective and a collective noun", "The federal police say the port will close.",
			[]vspan{{Reported, "The federal police", "the federal police", "say", "the port will close"}}},
		{"a noun without an adjective's ending", "The union boss figure was cut.", nil},
		{"a noun with an adjective's ending after an indefinite article", "Ivo Marek, a public figure who rarely spoke, left the port.", nil},
		{"the same after an", "Ana Ruiz, an official figure who rarely spoke, left the port.", nil},
		{"an adjective and a noun for a role", "A political advocate for farmers said the port would close.",
			[]vspan{{Reported, "", "", "said", "the port would close"}}},
		{"an adjective as a noun for people after the", "The faithful believe the relic is genuine.",
			[]vspan{{Reported, "The faithful", "the faithful", "believe", "the relic is genuine"}}},
		{"after those", "Those responsible say the fire was an accident.",
			[]vspan{{Reported, "Those responsible", "those responsible", "say", "the fire was an accident"}}},
		{"a collective noun with an adjective's ending", "The judiciary say the reform is unlawful.",
			[]vspan{{Reported, "The judiciary", "the judiciary", "say", "the reform is unlawful"}}},
		{"a noun with an adjective's ending after a preposition", "Doctors at a local hospital say the patient is stable.",
			[]vspan{{Reported, "Doctors at a local hospital", "Doctors at a local hospital", "say", "the patient is stable"}}},
		{"after a conjunction", "Residents and a regional official say the port will close.",
			[]vspan{{Reported, "Residents and a regional official", "Residents and a regional official", "say", "the port will close"}}},
		{"at the sentence's start", "A central reason for the success is that the port is open.", nil},
		{"an apposition before the verb", "Residents of Halden, a regional capital, say the port will close.",
			[]vspan{{Reported, "Residents of Halden", "Residents of Halden", "say", "the port will close"}}},
		{"a past spelled as the bare form", "An official read aloud that the port would close.",
			[]vspan{{Reported, "An official", "an official", "read", "the port would close"}}},
		{"a handful", "A handful say the port will close.",
			[]vspan{{Reported, "A handful", "a handful", "say", "the port will close"}}},
		{"a quantifier (no speaker: a pronoun of no one)", "Some believe the port will close.",
			[]vspan{{Reported, "", "", "believe", "the port will close"}}},
		{"a name with an adjective's ending", "Officials in the Pacific say the pact will fail.",
			[]vspan{{Reported, "Officials in the Pacific", "Officials in the Pacific", "say", "the pact will fail"}}},
		{"a noun with an adjective's ending", "Much of the public consider the law unfair.",
			[]vspan{{Reported, "Much of the public", "Much of the public", "consider", "the law unfair"}}},
		{"an adjective used as a noun before a past", "The radical said the port would close.",
			[]vspan{{Reported, "The radical", "the radical", "said", "the port would close"}}},
		{"an adjective used as a noun before a present", "The radical says the port will close.",
			[]vspan{{Reported, "The radical", "the radical", "says", "the port will close"}}},
		{"a role with an adjective's ending", "The two regional officials figure the port will close.",
			[]vspan{{Reported, "The two regional officials", "the two regional officials", "figure", "the port will close"}}},
		{"after a plural subject the verb", "The two officials figure the port will close.",
			[]vspan{{Reported, "The two officials", "the two officials", "figure", "the port will close"}}},
		{"after an adverb the verb", "The officials now figure the port will close.",
			[]vspan{{Reported, "The officials", "the officials", "figure", "the port will close"}}},
		{"after an adverb in -ly the verb", "The officials privately figure the port will close.",
			[]vspan{{Reported, "The officials", "the officials", "figure", "the port will close"}}},
		{"a complementizer is no determiner", "Ruiz said that experts figure the port will close.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "said", "experts figure the port will close"}}},
		{"an adjective and a plural subject", "The local farmers say the port will close.",
			[]vspan{{Reported, "The local farmers", "the local farmers", "say", "the port will close"}}},
		{"an adjective and a plural subject before figure", "The old dockers figure the port will close.",
			[]vspan{{Reported, "The old dockers", "the old dockers", "figure", "the port will close"}}},
		{"a possessive before the verb's subject", "The mayor's aides figure the port will close.",
			[]vspan{{Reported, "The mayor's aides", "the mayor's aides", "figure", "the port will close"}}},
	})
}
