package voices

import "testing"

// TestAttributionPatterns covers the attribution conventions of real news archives, each
// in a text written for this test (the names are invented).
func TestAttributionPatterns(t *testing.T) {
	tests := []struct {
		name, text string
		want       []vspan
	}{
		{"doubled apostrophes", "''We will not yield,'' said Maren Holt, the port director.",
			[]vspan{{Quote, "Maren Holt", "Maren Holt", "said", "We will not yield,"}}},
		{"backquotes and apostrophes", "``The vote was fair,'' the clerk said.",
			[]vspan{{Quote, "the clerk", "the clerk", "said", "The vote was fair,"}}},
		{"a party tag after the name", "“We will fight it,” said Rep. Dale Orvis (R-Utah).",
			[]vspan{{Quote, "Rep. Dale Orvis", "Dale Orvis", "said", "We will fight it,"}}},
		{"a party tag before the verb", "Rep. Dale Orvis (R-Utah) said the bill was “dead on arrival.”",
			[]vspan{{Reported, "Rep. Dale Orvis", "Dale Orvis", "said", "the bill was"}, {Quote, "Rep. Dale Orvis", "Dale Orvis", "said", "dead on arrival."}}},
		{"titles Del. and the Rev.", "“It is time,” said Del. Ria Santos. “Time for what?” asked the Rev. Amos Pike.",
			[]vspan{{Quote, "Del. Ria Santos", "Ria Santos", "said", "It is time,"}, {Quote, "the Rev. Amos Pike", "Amos Pike", "asked", "Time for what?"}}},
		{"a subordinate clause before the subject", "When Mr. Varga spoke, he said: “No deal.”",
			[]vspan{{Quote, "Varga", "Varga", "said", "No deal."}}},
		{"a relative clause between subject and verb", "“We knock on doors,” Lena Culp, who runs the campaign's field effort, said.",
			[]vspan{{Quote, "Lena Culp", "Lena Culp", "said", "We knock on doors,"}}},
		{"an age between subject and verb", "“It was close,” Oda Brenn, 69, told a local station.",
			[]vspan{{Quote, "Oda Brenn", "Oda Brenn", "told", "It was close,"}}},
		{"a name in apposition to a description", "In a statement, her senior adviser, Ivo Marek, said: “We disagree.”",
			[]vspan{{Quote, "Ivo Marek", "Ivo Marek", "said", "We disagree."}}},
		{"a trailing attribution of indirect speech", "The levee will hold through the winter, officials said.",
			[]vspan{{Reported, "officials", "officials", "said", "The levee will hold through the winter"}}},
		{"a parenthetical attribution", "The plan, the mayor said, would cost too much.",
			[]vspan{{Reported, "the mayor", "the mayor", "said", "The plan"}, {Reported, "the mayor", "the mayor", "said", "would cost too much"}}},
		{"as X said", "As the senator pointed out, the budget is short.",
			[]vspan{{Reported, "the senator", "the senator", "pointed out", "the budget is short"}}},
		{"according to in mid-clause", "The port lost money according to a state audit.",
			[]vspan{{Reported, "a state audit", "a state audit", "according to", "The port lost money"}}},
		{"told reporters that", "Varga told reporters on Monday that the talks had failed.",
			[]vspan{{Reported, "Varga", "Varga", "told", "the talks had failed"}}},
		{"a verb of thinking", "Most residents believe the dam is safe.",
			[]vspan{{Reported, "Most residents", "Most residents", "believe", "the dam is safe"}}},
		{"an infinitive of intent", "The council wants to close the port.",
			[]vspan{{Reported, "The council", "the council", "wants", "to close the port"}}},
		{"a verb with its preposition", "The mayor warned of floods in the spring.",
			[]vspan{{Reported, "The mayor", "the mayor", "warned", "floods in the spring"}}},
		{"a verb of finding with an object is no attribution", "The inspectors found the keys.", nil},
		{"a quotation after indirect speech takes its source", "Varga said the port would reopen.\n\n“We are ready for it.”",
			[]vspan{{Reported, "Varga", "Varga", "said", "the port would reopen"}, {Quote, "Varga", "Varga", "said", "We are ready for it."}}},
		{"a bare cue before a quotation", "Ivo Marek agreed. “The port must reopen.”",
			[]vspan{{Quote, "Ivo Marek", "Ivo Marek", "agreed", "The port must reopen."}}},
		{"a headline names its source", "Varga: Port Reopening Is ‘Only a Matter of Time’",
			[]vspan{{Quote, "Varga", "Varga", ":", "Only a Matter of Time"}}},
		{"a heading in capitals is no speaker", "PORT TALKS STALL “We need more time,” the minister said.",
			[]vspan{{Quote, "the minister", "the minister", "said", "We need more time,"}}},
		{"a dateline is no speaker", "SOLORA, May 3 (SNA) — The minister spoke at the port, saying the talks had “stalled.”",
			[]vspan{{Reported, "The minister", "the minister", "saying", "the talks had"}, {Quote, "The minister", "the minister", "saying", "stalled."}}},
		{"a title after a network's name", "“We are done,” Varga said on SNA's “Morning Hour.”",
			[]vspan{{Quote, "Varga", "Varga", "said", "We are done,"}, {Title, "", "", "", "Morning Hour."}}},
		{"a capitalized verb is a name before a reporting verb", "“It will pass,” Read said.",
			[]vspan{{Quote, "Read", "Read", "said", "It will pass,"}}},
		{"a capitalized verb in a name", "“It will pass,” Hope Lindqvist said.",
			[]vspan{{Quote, "Hope Lindqvist", "Hope Lindqvist", "said", "It will pass,"}}},
		{"the Post is no verb", "“It is final,” the editor told the Soloria Post.",
			[]vspan{{Quote, "the editor", "the editor", "told", "It is final,"}}},
		{"a title tells the person", "Bill Varga and Hillary Varga spoke. “We agree,” Mrs. Varga said.",
			[]vspan{{Quote, "Mrs. Varga", "Hillary Varga", "said", "We agree,"}}},
		{"a shared last name stays ambiguous", "Bill Varga and Hillary Varga spoke. “We agree,” Varga said.",
			[]vspan{{Quote, "Varga", "Varga", "said", "We agree,"}}},
		{"a pronoun of the right gender", "Ana Ruiz met Tal Oren. “We agreed on nothing,” he said.",
			[]vspan{{Quote, "Tal Oren", "Tal Oren", "said", "We agreed on nothing,"}}},
		{"a left single mark inside a word is an apostrophe", "Varga‘s aides disagreed. “It is over,” Varga said.",
			[]vspan{{Quote, "Varga", "Varga", "said", "It is over,"}}},
		{"paragraphs on single lines after a title", "Port Talks Stall\n\nThe talks ended. “We leave,” she said of the port\n“Nothing works,” Varga said.",
			[]vspan{{Quote, "", "", "said", "We leave,"}, {Quote, "Varga", "Varga", "said", "Nothing works,"}}},
		{"a speech noun with its possessor", "Varga's attacks on the port board are rippling through the city.",
			[]vspan{{Reported, "Varga", "Varga", "attacks", "the port board"}}},
		{"a speech noun and a that clause", "Mr. Varga's claim that he won the vote was false.",
			[]vspan{{Reported, "Mr. Varga", "Varga", "claim", "he won the vote"}}},
		{"a quotation opening a content", "Varga has said repeatedly “the next mayor” should choose the site.",
			[]vspan{{Quote, "Varga", "Varga", "said", "the next mayor"}, {Reported, "Varga", "Varga", "said", "should choose the site"}}},
		{"a share of voters", "In the poll, 47% say the port should close.",
			[]vspan{{Reported, "47%", "47%", "say", "the port should close"}}},
		{"a pronoun determiner as subject names no one", "Some said they had cringed at the plan.",
			[]vspan{{Reported, "", "", "said", "they had cringed at the plan"}}}, // a source that names no one
		{"a verb that is also a noun after a singular noun", "The mayor hopes the levee will hold.",
			[]vspan{{Reported, "The mayor", "the mayor", "hopes", "the levee will hold"}}},
		{"a sign that reads", "Marchers carried a banner reading “Open the port” on Friday.",
			[]vspan{{Quote, "a banner", "a banner", "reading", "Open the port"}}},
		{"a person before a colon", "The vote did not surprise port analyst Nina Solberg: “The board had no choice.”",
			[]vspan{{Quote, "analyst Nina Solberg", "Nina Solberg", ":", "The board had no choice."}}},
		{"a second content in the sentence", "The board did not explain why, but Varga suspects that the mayor intervened.",
			[]vspan{{Reported, "The board", "the board", "explain", "why"}, {Reported, "Varga", "Varga", "suspects", "the mayor intervened"}}},
		{"a headline names the source of indirect speech", "Varga: Port Will Reopen in the Spring\n\nVarga spoke at the port on Monday.",
			[]vspan{{Reported, "Varga", "Varga", ":", "Port Will Reopen in the Spring"}}},
		{"a rubric before a colon is no source", "Bombshell: Port Will Reopen in the Spring\n\nVarga spoke at the port on Monday.", nil},
		{"a quotation inside a phrase of the content", "Varga said he would welcome a “fair and open” vote on the toll.",
			[]vspan{{Reported, "Varga", "Varga", "said", "he would welcome a"}, {Quote, "Varga", "Varga", "said", "fair and open"}, {Reported, "Varga", "Varga", "said", "vote on the toll"}}},
		{"a participle of intending after a comma", "The board met on Monday, hoping to settle the toll.",
			[]vspan{{Reported, "The board", "the board", "hoping", "to settle the toll"}}},
		{"a trailing source joined by and", "The port will reopen, union members and leaders say.",
			[]vspan{{Reported, "union members and leaders", "union members and leaders", "say", "The port will reopen"}}},
		{"a source close to him", "The port will reopen, a source close to him said.",
			[]vspan{{Reported, "a source close to him", "a source close to him", "said", "The port will reopen"}}},
		{"a parenthetical attribution after a connective", "Still, Varga said, the board has to decide.",
			[]vspan{{Reported, "Varga", "Varga", "said", "the board has to decide"}}},
		{"a parenthetical attribution after one word", "Time, the mayor added, was on their side.",
			[]vspan{{Reported, "the mayor", "the mayor", "added", "Time"}, {Reported, "the mayor", "the mayor", "added", "was on their side"}}},
		{"a trailing verb of finding", "Most residents oppose the toll, the survey found.",
			[]vspan{{Reported, "the survey", "the survey", "found", "Most residents oppose the toll"}}},
		{"a record shows its object", "A new poll showed Varga leading the race.",
			[]vspan{{Reported, "A new poll", "a new poll", "showed", "Varga leading the race"}}},
		{"a relative clause without commas", "Some voters who met him said the port should stay open.",
			[]vspan{{Reported, "Some voters", "some voters", "said", "the port should stay open"}}},
		{"seems to", "The board seems to favor the toll.",
			[]vspan{{Reported, "", "", "seems", "to favor the toll"}}},
		{"is expected to", "The council is expected to approve the plan on Monday.",
			[]vspan{{Reported, "", "", "is expected", "to approve the plan on Monday"}}},
		{"appeared at is no evidential", "Varga appeared at the port on Monday.", nil},
		{"declined to say whether", "The mayor declined to say whether the port would close.",
			[]vspan{{Reported, "The mayor", "the mayor", "declined", "to say whether the port would close"}}},
		{"declined to comment has no content", "The mayor declined to comment.", nil},
		{"a question put without the asker", "Asked about the toll, Varga left the room.",
			[]vspan{{Reported, "", "", "asked about", "the toll"}}},
		{"a verb of judging with as", "Residents see the toll as a tax.",
			[]vspan{{Reported, "Residents", "residents", "see", "the toll as a tax"}}},
		{"a noun in a prepositional phrase after the verb", "“We are done,” Varga said on the show.",
			[]vspan{{Quote, "Varga", "Varga", "said", "We are done,"}}},
		{"a passive cue with its source after by", "The closure was first reported by the Soloria Post.",
			[]vspan{{Reported, "the Soloria Post", "Soloria Post", "reported", "The closure"}}},
		{"a time with its modifier after a trailing attribution", "The port lost money, the auditors reported last week.",
			[]vspan{{Reported, "the auditors", "the auditors", "reported", "The port lost money"}}},
		{"according to a source the phrase reader cannot delimit", "The port lost money, according to a yearly state audit.",
			[]vspan{{Reported, "a yearly state audit", "a yearly state audit", "according to", "The port lost money"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []vspan
			for _, s := range Quotes(tt.text, "english") {
				got = append(got, vspan{s.Voice, s.Speaker, s.Canonical, s.Verb, tt.text[s.Start:s.End]})
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d spans %+v\nwant %d %+v", len(got), got, len(tt.want), tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("span %d = %+v\n          want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}
