package voices

import "testing"

// TestWeakVerbAfterAside checks a reporting verb that is also a noun ("notes", "claims";
// see weakVerbs) after a name and an aside set off by commas: it is the name's verb ("Ivo
// Marek, a port consultant, notes the port will close" had no content, and with "that"
// only where a determiner or a name opened the clause). Its bare form is left as it was,
// a noun's modifier in a list as often. And a plural that is such a verb, after a
// determiner and an adjective, is a noun before the singular head it modifies and the
// head's preposition's phrase when a verb of saying follows ("The regional appeals court in Halden said"
// had "appeals" for verb). Each sentence is invented.
func TestWeakVerbAfterAside(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"notes after an apposition", "Ivo Marek, a consultant, notes the port will close.",
			[]vspan{{Reported, "Ivo Marek", "Ivo Marek", "notes", "the port will close"}}},
		{"notes that and a gerund", "Ivo Marek, a port consultant, notes that closing the port would end the dispute.",
			[]vspan{{Reported, "Ivo Marek", "Ivo Marek", "notes", "closing the port would end the dispute"}}},
		{"a relative clause as the aside", "Lena Brill, who runs the ferry, claims the fares will rise.",
			[]vspan{{Reported, "Lena Brill", "Lena Brill", "claims", "the fares will rise"}}},
		{"a bare form in a list is a modifier", "The ninety electors of Halden — clerks of the Court, mayors, state guild heads and retired pilots — will meet in the spring.", nil},
		{"a plural's head and its phrase before the verb", "The regional appeals court in Halden said the toll “raises a hard question.”",
			[]vspan{{Reported, "court in Halden", "court in Halden", "said", "the toll"}, {Quote, "court in Halden", "court in Halden", "said", "raises a hard question."}}},
		{"a plural's verb before its object's phrase", "Ruiz appeals the ruling in Halden that was made.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "appeals", "the ruling in Halden that was made"}}},
		{"a name and its phrase after the verb", "The guild calls Marek in Halden a liar.",
			[]vspan{{Reported, "The guild", "the guild", "calls", "Marek in Halden a liar"}}},
		{"a plural after a noun before its object's phrase", "The report notes rents in Halden have doubled.",
			[]vspan{{Reported, "The report", "the report", "notes", "rents in Halden have doubled"}}},
		{"a singular after a noun before its object's phrase", "The report notes rent in Halden has doubled.",
			[]vspan{{Reported, "The report", "the report", "notes", "rent in Halden has doubled"}}},
		{"a noun in -al before the plural", "The tribunal notes evidence of fraud was withheld.",
			[]vspan{{Reported, "The tribunal", "the tribunal", "notes", "evidence of fraud was withheld"}}},
		{"a plural head after an adjective", "The regional appeals courts in Halden said the toll was legal.",
			[]vspan{{Reported, "The regional", "the regional", "appeals", "courts in Halden said the toll was legal"}}},
	})
}
