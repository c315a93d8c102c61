package voices

import "testing"

// TestQuantityAndTimeAfterAt checks that a figure with "at least", "as many as", "up to"
// or "over" after a verb of saying opens its content ("Police said at least 12 people
// were hurt" had "were hurt" for content), and that a phrase of time with "at" ("at the
// time", "at one point", "at first") is passed over to the clause after it ("said at the
// time the port would close" had "would close"; "said at first that …" had nothing). A
// preposition and "which" after an object open a relative clause of the object, not a
// content ("ordered a crackdown in which about 40 people were killed" had "about 40
// people were killed"); right after the verb, an indirect question. A quantity may run to
// eleven words before its verb in -ed, and an aside with "including", "most" or "many"
// may stand between the figure and its verb ("said at least 12 people, including three
// children, were killed" had nothing). Each text is invented.
func TestQuantityAndTimeAfterAt(t *testing.T) {
	police := func(content string) []vspan { return []vspan{{Reported, "Police", "Police", "said", content}} }
	ruiz := func(verb, content string) []vspan { return []vspan{{Reported, "Ruiz", "Ruiz", verb, content}} }
	runSpanCases(t, []spanCase{
		{"at least a number", "Police said at least 12 people were hurt.", police("at least 12 people were hurt")},
		{"at most a quantity", "Police said at most half the boats were lost.", police("at most half the boats were lost")},
		{"at least a dozen", "Police said at least a dozen people had been hurt.", police("at least a dozen people had been hurt")},
		{"at least, a regular past", "The agency said at least 40 homes burned.",
			[]vspan{{Reported, "The agency", "the agency", "said", "at least 40 homes burned"}}},
		{"as many as", "The agency said as many as 40 homes burned.",
			[]vspan{{Reported, "The agency", "the agency", "said", "as many as 40 homes burned"}}},
		{"a long quantity before a regular past", "The budget office said about half of the wider gap in its latest projections reflected losses.",
			[]vspan{{Reported, "The budget office", "the budget office", "said", "about half of the wider gap in its latest projections reflected losses"}}},
		{"a percentage before a past of a verb of support", "Ruiz said about 40 percent of voters backed the plan.",
			ruiz("said", "about 40 percent of voters backed the plan")},
		{"over a percentage before a past of a verb of support", "Ruiz said over 40 percent of voters backed the plan.",
			ruiz("said", "over 40 percent of voters backed the plan")},
		{"a figure and an aside with including", "Police said at least 12 people, including three children, were killed.",
			police("at least 12 people, including three children, were killed")},
		{"a figure and an aside with most", "Police said more than 200 people, most of them children, were hurt.",
			police("more than 200 people, most of them children, were hurt")},
		{"a figure and an aside before a past no list knows", "Police said at least 12 people, including three children, drowned.",
			police("at least 12 people, including three children, drowned")},
		{"a figure and an aside with no verb after", "Police said at least 12 people, including three children, on the pier.", nil},
		{"a figure and a list", "Ruiz said at least 12 boats, and the port, were lost.", nil},
		{"as much as, no figure", "Ruiz said as much as he could about the port.", nil},
		{"up to", "Officials say up to 300 drones were launched.",
			[]vspan{{Reported, "Officials", "officials", "say", "up to 300 drones were launched"}}},
		{"over a number", "The ministry says over 9,000 troops have died.",
			[]vspan{{Reported, "The ministry", "the ministry", "says", "over 9,000 troops have died"}}},
		{"a count of times", "Ruiz said at least three times that the port would close.", ruiz("said", "the port would close")},
		{"a count of times, over", "Ruiz has said over 20 times that she will not run.", ruiz("said", "she will not run")},
		{"a count of times without that", "Ruiz said at least three times the port would close.", ruiz("said", "the port would close")},
		{"a figure of objects before that", "Ruiz promised over 200 workers that their jobs were safe.", ruiz("promised", "their jobs were safe")},
		{"a figure of addressees before that", "Ruiz told at least 40 reporters that the port would close.", ruiz("told", "the port would close")},
		{"a figure of addressees, more than", "Ruiz told more than 200 supporters that the port would close.", ruiz("told", "the port would close")},
		{"a figure of addressees without that", "Ruiz told at least two newspapers she would run.", ruiz("told", "she would run")},
		{"a figure of addressees after warn", "Ruiz warned over 200 workers that their jobs were at risk.", ruiz("warned", "their jobs were at risk")},
		{"at last count", "Police said at last count 40 people had died.", police("40 people had died")},
		{"over a time", "Ruiz said over the weekend that the port would close.", ruiz("said", "the port would close")},
		{"over a number of years ago", "Ruiz said over 40 years ago that the port would close.", ruiz("said", "the port would close")},
		{"at least once", "Ruiz said at least once that the port would close.", ruiz("said", "the port would close")},
		{"at least twice, no that", "Ruiz said at least twice the port would close.", ruiz("said", "the port would close")},
		{"at the time", "Ruiz said at the time the port would close.", ruiz("said", "the port would close")},
		{"at one point", "Ruiz said at one point the port would close.", ruiz("said", "the port would close")},
		{"at first", "Ruiz said at first that the port would close.", ruiz("said", "the port would close")},
		{"a quantity in a relative clause of the object", "Leaders ordered a crackdown in which about 40 people were killed.", nil},
		{"at least in a relative clause of the object", "Leaders ordered a crackdown in which at least 40 people were killed.", nil},
		{"an indirect question after a preposition", "Ruiz asked in which room the vote would be held.",
			ruiz("asked", "in which room the vote would be held")},
		{"at the time of an event", "Ruiz said at the time of the vote that the port would close.", ruiz("said", "the port would close")},
	})
}
