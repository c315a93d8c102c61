package voices

import "testing"

// TestNestedQuotationFrame checks a quotation attributed inside another's content: "Ruiz
// said the mayor called the sale “a scandal”" reports what the mayor called the sale, so
// "the mayor called the sale" is Ruiz's content (it was dropped as the quotation's own
// attribution, and so counted as the outlet's words) and the quoted words are the mayor's
// (they were Ruiz's: the phrase reader takes no common noun after a verb for the subject
// of the next). A frame whose source stands elsewhere stays the quotation's attribution: a
// second verb of the same subject after "and", a frame whose source does not open it, a
// clause of time ("said as much on Friday when he wrote: …"), a participle's aside, a
// frame after the content's first piece. The phrase before the inner verb is not taken for
// its subject after or before a participle, where commas or dashes set it off, where it is
// "nothing", "nobody" or "none", where the quotation opens with a preposition, a time or
// an adverb after a naming verb, and where the quotation is the inner verb's object rather
// than an utterance or a naming verb's. Each sentence is invented.
func TestNestedQuotationFrame(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a common noun as the inner subject", "Ana Ruiz said the mayor called the sale “a scandal” last week.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "the mayor called the sale"}, {Quote, "the mayor", "the mayor", "called", "a scandal"},
				{Reported, "Ana Ruiz", "Ana Ruiz", "said", "last week"}}},
		{"an utterance after tell's object and a comma", "Ruiz said the harbor chief told the dockers, “We are not leaving.”",
			[]vspan{{Reported, "Ruiz", "Ruiz", "said", "the harbor chief told the dockers,"}, {Quote, "the harbor chief", "the harbor chief", "told", "We are not leaving."}}},
		{"an utterance after a dash", "Ruiz said the mayor had lamented – “and more than once” – the loss of the ferry.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "said", "the mayor had lamented –"}, {Quote, "the mayor", "the mayor", "lamented", "and more than once"},
				{Reported, "Ruiz", "Ruiz", "said", "– the loss of the ferry"}}},
		{"an utterance after that", "Ruiz said the five towns agree that “the port must stay open.”",
			[]vspan{{Reported, "Ruiz", "Ruiz", "said", "the five towns agree that"}, {Quote, "the five towns", "the five towns", "agree", "the port must stay open."}}},
		{"the verb's object is no utterance", "Ruiz said the agency advised “a second look at the books.”",
			[]vspan{{Quote, "Ruiz", "Ruiz", "advised", "a second look at the books."}}},
		{"a phrase set off by commas before the inner verb", "Ivo Marek, who advises the board on fares, called the toll “a tax on fog.”",
			[]vspan{{Reported, "Ivo Marek", "Ivo Marek", "called", "the toll"}, {Quote, "Ivo Marek", "Ivo Marek", "called", "a tax on fog."}}},
		{"a phrase set off by dashes before the inner verb", "Ruiz spoke as the crowd — dockers and their families — cried, “No!”",
			[]vspan{{Quote, "Ruiz", "Ruiz", "cried", "No!"}}},
		{"a past naming verb without an object names a thing", "Ruiz wrote a letter to dockers called “Hold the Line.”",
			[]vspan{{Quote, "Ruiz", "Ruiz", "called", "Hold the Line."}}},
		{"after an addressee and its phrase", "Ruiz told reporters on the quay the crews called the strike “a last resort.”",
			[]vspan{{Quote, "the crews", "the crews", "called", "a last resort."}}},
		{"a participle's frame is an aside, no clause", "Marek, asserting that “the port is a museum,” said his crew, including a piper, will play on.",
			[]vspan{{Quote, "Marek", "Marek", "asserting", "the port is a museum,"}}},
		{"an inner participle", "Ruiz claimed that remarks made by the harbor chief calling for a toll make him “the port's worst friend.”",
			[]vspan{{Reported, "Ruiz", "Ruiz", "claimed", "remarks made by the harbor chief calling for a toll make him"},
				{Quote, "Ruiz", "Ruiz", "calling for", "the port's worst friend."}}},
		{"a naming verb's quotation of manner", "Ruiz said the mayor described the scene “in great detail.”",
			[]vspan{{Quote, "Ruiz", "Ruiz", "described", "in great detail."}}},
		{"a naming verb's quotation of manner after an adverb", "Ruiz said the mayor called the police “right away.”",
			[]vspan{{Quote, "Ruiz", "Ruiz", "called", "right away."}}},
		{"a naming verb's quotation of manner, an adverb", "Ruiz said the mayor described the scene “vividly.”",
			[]vspan{{Quote, "Ruiz", "Ruiz", "described", "vividly."}}},
		{"a naming verb's quotation of time", "Ruiz said the mayor called Marek “yesterday.”",
			[]vspan{{Quote, "Ruiz", "Ruiz", "called", "yesterday."}}},
		{"nobody is no source", "Ruiz said nobody called the plan “madness.”",
			[]vspan{{Quote, "Ruiz", "Ruiz", "called", "madness."}}},
		{"none is no source", "Ruiz said none of the crews called the strike “a mistake.”",
			[]vspan{{Quote, "Ruiz", "Ruiz", "called", "a mistake."}}},
		{"nothing is no source", "Lee and Park conclude that nothing in the ledger suggests that “the port is doomed.”",
			[]vspan{{Quote, "Lee and Park", "Lee and Park", "suggests", "the port is doomed."}}},
		{"a name as the inner subject", "Ana Ruiz said Marek called the sale “a scandal.”",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "Marek called the sale"}, {Quote, "Marek", "Marek", "called", "a scandal."}}},
		{"after that", "Ruiz said that the harbor pilots had called the levy “a tax on fog.”",
			[]vspan{{Reported, "Ruiz", "Ruiz", "said", "the harbor pilots had called the levy"}, {Quote, "the harbor pilots", "the harbor pilots", "called", "a tax on fog."}}},
		{"a participle's content", "“The sale is a scandal,” Ruiz said, adding that Marek had called it “a disgrace.”",
			[]vspan{{Quote, "Ruiz", "Ruiz", "said", "The sale is a scandal,"}, {Reported, "Ruiz", "Ruiz", "adding", "Marek had called it"},
				{Quote, "Marek", "Marek", "called", "a disgrace."}}},
		{"according to", "According to Ruiz, Marek called the sale “a scandal.”",
			[]vspan{{Reported, "Ruiz", "Ruiz", "according to", "Marek called the sale"}, {Quote, "Marek", "Marek", "called", "a scandal."}}},
		{"a second verb after and is no frame inside the first", "Ruiz told the radio that the toll was “a fraud” and asked why the board had “looked away.”",
			[]vspan{{Reported, "Ruiz", "Ruiz", "told", "the toll was"}, {Quote, "Ruiz", "Ruiz", "told", "a fraud"},
				{Quote, "Ruiz", "Ruiz", "asked", "looked away."}}},
		{"a frame whose source is elsewhere", "Ivo Marek said it well as the mayor put it: “The port is a museum now.”",
			[]vspan{{Quote, "the mayor", "the mayor", "put it", "The port is a museum now."}}},
		{"a frame after a subordinator", "Ivo Marek said as much on Friday when he wrote: “The port is a museum now.”",
			[]vspan{{Quote, "Ivo Marek", "Ivo Marek", "wrote", "The port is a museum now."}}},
		{"a frame after the content's first piece", "Asked why she still opposed the plan on “Harbor Nights,” Ruiz said she had not “read the sums.”",
			[]vspan{{Reported, "", "", "asked", "why she still opposed the plan on"}, {Title, "", "", "", "Harbor Nights,"},
				{Quote, "Ruiz", "Ruiz", "said", "read the sums."}}},
		{"a participle after the subject is no outer verb", "A port official speaking to Harbor Radio said the crews called the strike “a last resort.”",
			[]vspan{{Reported, "A port official", "a port official", "said", "the crews called the strike"},
				{Quote, "the crews", "the crews", "called", "a last resort."}}},
		{"a participle's subject is the sentence's", "Ruiz praised the crews on the quay, calling the strike “a last resort.”",
			[]vspan{{Quote, "Ruiz", "Ruiz", "calling", "a last resort."}}},
		{"an apposition set off before the verb", "Ana Lee, a travel writing teacher, said she holds the port “very dear.”",
			[]vspan{{Reported, "Ana Lee", "Ana Lee", "said", "she holds the port"}, {Quote, "Ana Lee", "Ana Lee", "said", "very dear."}}},
		{"an object set off before a participle", "Ruiz tweeted congratulations to the crews, adding “the quay owes you a dinner.”",
			[]vspan{{Reported, "Ruiz", "Ruiz", "tweeted", "congratulations to the crews"},
				{Quote, "Ruiz", "Ruiz", "adding", "the quay owes you a dinner."}}},
	})
}
