package voices

import "testing"

// TestAccordingToApposition checks two readings of "according to" before its content. A
// named source's apposition set off by commas, without a verb, and a relative clause after
// it are no part of the content after them ("According to Ana Ruiz, the mayor, the sale was
// approved" had "the mayor, the sale was approved" for content), unless the clause after
// them opens with its verb (then the phrase is its subject); and a name after a
// description whose head is a record is the content's subject, not the source ("According
// to the report, Ana Ruiz, the mayor, approved the sale" had Ana Ruiz for source; "the
// author of the report, Ana Ruiz" is still Ana Ruiz). Each sentence is invented.
func TestAccordingToApposition(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a role", "According to Ana Ruiz, the mayor, the sale was approved in May.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "according to", "the sale was approved in May"}}},
		{"a role with its phrase", "According to Ana Ruiz, a spokeswoman for the port, the sale was approved in May.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "according to", "the sale was approved in May"}}},
		{"an age", "According to Ana Ruiz, 54, the sale was approved in May.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "according to", "the sale was approved in May"}}},
		{"a quotation after the apposition", "According to Ana Ruiz, the mayor, “the sale was a mistake.”",
			[]vspan{{Quote, "Ana Ruiz", "Ana Ruiz", "according to", "the sale was a mistake."}}},
		{"no apposition: the content's subject", "According to the mayor, the sale was approved in May.",
			[]vspan{{Reported, "the mayor", "the mayor", "according to", "the sale was approved in May"}}},
		{"a name and its apposition after the source are the content's subject", "According to Ruiz, the mayor, Ivo Marek, resigned in May.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "according to", "the mayor, Ivo Marek, resigned in May"}}},
		{"a list of names", "According to the poll, Ruiz, Marek and Vela lead the race.",
			[]vspan{{Reported, "the poll", "the poll", "according to", "Ruiz, Marek and Vela lead the race"}}},
		{"a clause of its own after the source", "According to Ruiz, the mayor resigned, and the port closed.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "according to", "the mayor resigned, and the port closed"}}},
		{"a content before", "The port, according to Ana Ruiz, the mayor, will close in May.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "according to", "The port"}, {Reported, "Ana Ruiz", "Ana Ruiz", "according to", "will close in May"}}},
		{"a time after the source is the content's", "According to the poll, in May, the port lost money.",
			[]vspan{{Reported, "the poll", "the poll", "according to", "in May, the port lost money"}}},
		{"a relative clause of the apposition", "According to Ivo Marek, a member of the board, which opposes the sale, the port has lost money.",
			[]vspan{{Reported, "Ivo Marek", "Ivo Marek", "according to", "the port has lost money"}}},
		{"no name: the phrase is the content's subject", "According to the charter, the harbormaster, who sits on the board, is responsible for the pilots.",
			[]vspan{{Reported, "the charter", "the charter", "according to", "the harbormaster, who sits on the board, is responsible for the pilots"}}},
		{"a quotation goes on the subject", "According to the minutes, the board “has lost its way,” she said.",
			[]vspan{{Reported, "the minutes", "the minutes", "according to", "the board"}, {Quote, "", "", "said", "has lost its way,"}}},
		{"a quotation goes on the subject after a name", "According to Ruiz, the court “has become a farce.”",
			[]vspan{{Reported, "Ruiz", "Ruiz", "according to", "the court"}, {Quote, "Ruiz", "Ruiz", "according to", "has become a farce."}}},
		{"the content's subject and its relative clause after a named source", "According to the Halden Post, the mayor, who took office in May, will resign.",
			[]vspan{{Reported, "the Halden Post", "Halden Post", "according to", "the mayor, who took office in May, will resign"}}},
		{"a person described by a phrase with a record", "According to the head of the investigation, Ivo Marek, the port will close.",
			[]vspan{{Reported, "Ivo Marek", "Ivo Marek", "according to", "the port will close"}}},
		{"the author of a report", "The port will close, said the author of the report, Ana Ruiz.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "said", "The port will close"}}},
		{"a statement", "According to the statement, Ana Ruiz, the spokeswoman, declined to comment.",
			[]vspan{{Reported, "the statement", "the statement", "according to", "Ana Ruiz, the spokeswoman, declined to comment"}}},
		{"an adverb before the verb that opens the clause", "According to the Halden Post, the mayor, who took office in May, probably will resign.",
			[]vspan{{Reported, "the Halden Post", "Halden Post", "according to", "the mayor, who took office in May, probably will resign"}}},
		{"a name that reads as a verb opens the content", "According to Ana Ruiz, a member of the board, May Lee will resign.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "according to", "May Lee will resign"}}},
		{"a name after the relative clause", "According to Ana Ruiz, the mayor, who took office in May, Will Ortiz will resign.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "according to", "Will Ortiz will resign"}}},
		{"a name after a record", "According to the report, Ana Ruiz, the mayor, approved the sale in May.",
			[]vspan{{Reported, "the report", "the report", "according to", "Ana Ruiz, the mayor, approved the sale in May"}}},
		{"a name after a role", "According to the mayor, Ana Ruiz, the sale was approved in May.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "according to", "the sale was approved in May"}}},
		{"a name after a body", "The port will close, said the union, Harbor Workers United.",
			[]vspan{{Reported, "Harbor Workers United", "Harbor Workers United", "said", "The port will close"}}},
		{"a name after a host", "The show will end, said the festival's host, Lio Brandt.",
			[]vspan{{Reported, "Lio Brandt", "Lio Brandt", "said", "The show will end"}}},
	})
}
