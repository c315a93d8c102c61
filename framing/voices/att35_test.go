package voices

import "testing"

// TestFreeRelative35 covers "what" before a cue verb's subject when the free relative it
// opens is the sentence's subject (freeRelativeSubject, freeRelativeVerb): "what" is the
// verb's object and the words after the verb are the sentence's own, no content; a
// copula with "that" or an infinitive after it gives those for content. Each sentence
// is written for this test.
func TestFreeRelative35(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a free relative opening the sentence is the subject",
			"What Tova Brenner said is false.",
			nil},
		{"after a conjunction, with a time after the verb",
			"But what Tova Brenner said on Friday was wrong.",
			nil},
		{"a verb of telling and its addressee",
			"What Tova Brenner told the jury was untrue.",
			nil},
		{"a sentence verb in -ed",
			"What Tova Brenner wrote angered the mill owners.",
			nil},
		{"a copula and that: the clause is the content",
			"What Tova Brenner said was that the mill would reopen.",
			[]vspan{{Reported, "Tova Brenner", "Tova Brenner", "said", "that the mill would reopen"}}},
		{"after a preposition the free relative keeps its content",
			"The choir rehearsed for what Tova Brenner said is the hardest concert of the year.",
			[]vspan{{Reported, "Tova Brenner", "Tova Brenner", "said", "is the hardest concert of the year"}}},
	})
}

// TestSayFormula35 covers "say" with a set formula of greeting, parting or prayer for
// object (formulaObject): a rite performed, no content, in a clause of its own or in a
// subordinate clause before the sentence's ("As Ruiz said goodbye, …"); "said no" is an
// answer and keeps its content. Each sentence is written for this test.
func TestSayFormula35(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"said goodbye in a clause with as",
			"As Tova Brenner said goodbye, the choir sang.",
			nil},
		{"said grace in a clause with after",
			"After Tova Brenner said grace, the guests ate.",
			nil},
		{"a possessive before the formula",
			"Oskar Lind said his farewells to the crew and left.",
			nil},
		{"an article before the formula",
			"Oskar Lind said a prayer for the miners.",
			nil},
		{"said no is an answer",
			"When Oskar Lind said no, the board balked.",
			[]vspan{{Reported, "Oskar Lind", "Oskar Lind", "said", "no"}}},
		{"a formula word opening a clause of its own is content",
			"Oskar Lind said prayers would not mend the dam.",
			[]vspan{{Reported, "Oskar Lind", "Oskar Lind", "said", "prayers would not mend the dam"}}},
		{"a formula word as a modifier is content",
			"Oskar Lind said farewell concerts drain the budget.",
			[]vspan{{Reported, "Oskar Lind", "Oskar Lind", "said", "farewell concerts drain the budget"}}},
		{"a capitalized name is no formula",
			"Oskar Lind said Grace would sing.",
			[]vspan{{Reported, "Oskar Lind", "Oskar Lind", "said", "Grace would sing"}}},
	})
}

// TestTitleInMedium35 covers a quoted programme or paper's title in the phrase of the
// medium between a verb and its content (titleIn): the phrase passes over it, so the
// that-clause after it is still the verb's content, and after "told" the programme is
// the addressee, not the words told. Each sentence is written for this test.
func TestTitleInMedium35(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a programme after a possessive, then a time and that",
			"Oskar Lind said on Radio Vell's \u201cDawn Report\u201d on Monday that the mill would close.",
			[]vspan{{Title, "", "", "", "Dawn Report"},
				{Reported, "Oskar Lind", "Oskar Lind", "said", "the mill would close"}}},
		{"a programme after a preposition, no that",
			"Oskar Lind said on \u201cDawn Report\u201d the mill would close.",
			[]vspan{{Title, "", "", "", "Dawn Report"},
				{Reported, "Oskar Lind", "Oskar Lind", "said", "the mill would close"}}},
		{"a programme told",
			"Oskar Lind told \u201cDawn Report\u201d on Monday that the mill would close.",
			[]vspan{{Title, "", "", "", "Dawn Report"},
				{Reported, "Oskar Lind", "Oskar Lind", "told", "the mill would close"}}},
	})
}

// TestPluralOfVerb35 covers a reporting verb's form in -s that is also a plural noun, not
// among the listed ones (pluralOfVerb): after a determiner, a possessive or a quantifier,
// or right before a reporting verb, it heads the subject; after a name, a number in a
// name or a noun phrase with a determiner, it is the verb. Each sentence is written for this test.
func TestPluralOfVerb35(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a singular determiner: the -s form is the verb",
			"This suggests that tenants could argue that the levy is void.",
			[]vspan{{Reported, "", "", "argue", "the levy is void"}}},
		{"after a determiner",
			"The advocates said the mill was safe.",
			[]vspan{{Reported, "The advocates", "the advocates", "said", "the mill was safe"}}},
		{"after a capitalized modifier, before a reporting verb",
			"Tenant advocates said the mill was safe.",
			[]vspan{{Reported, "Tenant advocates", "Tenant advocates", "said", "the mill was safe"}}},
		{"after a quantifier",
			"Many advocates argue the mill is unsafe.",
			[]vspan{{Reported, "Many advocates", "Many advocates", "argue", "the mill is unsafe"}}},
		{"after a possessive",
			"The guild's advocates warned that the mill would close.",
			[]vspan{{Reported, "The guild's advocates", "the guild's advocates", "warned", "the mill would close"}}},
		{"after a name it is the verb",
			"Oskar Lind argues the mill is unsafe.",
			[]vspan{{Reported, "Oskar Lind", "Oskar Lind", "argues", "the mill is unsafe"}}},
		{"after a conjunction, before a reporting verb",
			"The mill closed, but advocates say it will reopen.",
			[]vspan{{Reported, "advocates", "advocates", "say", "it will reopen"}}},
		{"after a number in a name it is the verb",
			"Vell 2030 disagrees. It prefers a vote.",
			[]vspan{{Reported, "Vell 2030", "Vell 2030", "prefers", "a vote"}}},
	})
}

// TestRelativeThenVerb35: after a subject and its apposition, "said" and a phrase, a
// relative clause set off by commas and a finite verb, the phrase is the subject of that
// verb in the content, not the source of an inverted attribution (relativeThenVerb).
// Each sentence is written for this test.
func TestRelativeThenVerb35(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a plural noun and a which-clause",
			"Oskar Lind, the envoy, said the talks, which both ports joined in May, had stalled.",
			[]vspan{{Reported, "Oskar Lind", "Oskar Lind", "said", "the talks, which both ports joined in May, had stalled"}}},
		{"another noun",
			"Oskar Lind, the envoy, said the plans, which both ports backed in May, had stalled.",
			[]vspan{{Reported, "Oskar Lind", "Oskar Lind", "said", "the plans, which both ports backed in May, had stalled"}}},
		{"after a content of one phrase the phrase is the source",
			"The port's goal, said Tova Brenner, who led the review for the first time, was to cut costs.",
			// The relative clause is the source's and the content goes on after it (see
			// TestAgoTimesAndMediaNouns).
			[]vspan{{Reported, "Tova Brenner", "Tova Brenner", "said", "The port's goal"}, {Reported, "Tova Brenner", "Tova Brenner", "said", "was to cut costs"}}},
		{"after a clause the phrase is the source",
			"The levy will stay, said the harbormaster, who took office in May.",
			[]vspan{{Reported, "the harbormaster", "the harbormaster", "said", "The levy will stay"}}},
	})
}
