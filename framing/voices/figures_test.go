package voices

import "testing"

// TestFiguresAndPluralSubjects checks two readings of news about counts and reports.
// "Put" with an amount and a figure is an estimate its subject gives, attributed to it
// as PolNeAR annotates it ("Dockers put the crowd at 3,000", "a harbor spokeswoman put
// the figure at 900": who counted a crowd is what a reader weighs); before, "put"
// reported only in "put it", and the subject's plural noun was read as the verb
// ("Initial" was the speaker of "estimates"). Not "put" with no figure after its
// object, a place in a list, a time of day, nor a figure after another clause's verb.
// And a plural noun that is also a reporting verb heads the subject after a quantifier
// ("Several reports by …", "Some estimates say …"), before its own verb in the present
// ("Unconfirmed reports claim …"), and through a phrase whose name follows a determiner
// ("by the Halden Post"); the verb after it then reports. Each sentence is invented.
func TestFiguresAndPluralSubjects(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"put a toll at a figure", "Officials put the death toll at 40.",
			[]vspan{{Reported, "Officials", "officials", "put", "the death toll at 40"}}},
		{"put a cost with its phrase at a figure", "The ministry put the cost of the repairs at $40 million.",
			[]vspan{{Reported, "The ministry", "the ministry", "put", "the cost of the repairs at $40 million"}}},
		{"a relative clause after the amount, then closer to a figure",
			"Initial estimates put the total number of ferries that were laid up by the storm at about 300. Later estimates put the figure closer to 250.",
			[]vspan{{Reported, "Initial estimates", "Initial estimates", "put", "the total number of ferries that were laid up by the storm at about 300"},
				{Reported, "estimates", "estimates", "put", "the figure closer to 250"}}},
		{"a gerund in the amount's phrase", "Analysts put the odds of Ruiz's being reelected at one in three.",
			[]vspan{{Reported, "Analysts", "analysts", "put", "the odds of Ruiz's being reelected at one in three"}}},
		{"a phrase inside the amount's phrase", "The organizers put the number of riders on the ferries at 12,000.",
			[]vspan{{Reported, "The organizers", "the organizers", "put", "the number of riders on the ferries at 12,000"}}},
		{"a place in the amount's phrase", "Officials put the death toll in the region at 40.",
			[]vspan{{Reported, "Officials", "officials", "put", "the death toll in the region at 40"}}},
		{"words of a figure before the number", "Officials put the death toll at at least 40.",
			[]vspan{{Reported, "Officials", "officials", "put", "the death toll at at least 40"}}},
		{"no figure after at", "Police put the crowd at ease after 40 minutes.", nil},
		{"a time of day with minutes", "The clerk put the total on the board at 5:30 p.m.", nil},
		{"a crowd", "Police put the crowd at 5,000.",
			[]vspan{{Reported, "Police", "Police", "put", "the crowd at 5,000"}}},
		{"a price set, not estimated", "The council put the price of tickets at $40.", nil},
		{"a place of put, then a time of day", "The clerk put the total on the board at 5 p.m.", nil},
		{"put an amount aside", "Ruiz put the figures aside and spoke about the port.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "spoke", "the port"}}},
		{"put an amount at a place", "The mayor put the cost at the top of the list.", nil},
		{"a relative clause after the amount, no figure", "Ruiz put the figures that Marek had sent aside.", nil},
		{"another verb's clause before the figure", "Ruiz put the cost aside and said fares would rise above 40 cents.",
			[]vspan{{Reported, "Ruiz", "Ruiz", "said", "fares would rise above 40 cents"}}},
		{"a quantifier before the plural, then a name after the", "Several reports by the Halden Post have said the port was shelled.",
			[]vspan{{Reported, "the Halden Post", "Halden Post", "said", "the port was shelled"}}},
		{"a quantifier before the plural, its verb in the present", "Some estimates say about 80 boats joined the regatta.",
			[]vspan{{Reported, "Some estimates", "some estimates", "say", "about 80 boats joined the regatta"}}},
		{"an adjective before the plural, its verb in the present", "Unconfirmed reports claim the port was shelled.",
			[]vspan{{Reported, "Unconfirmed reports", "Unconfirmed reports", "claim", "the port was shelled"}}},
		{"the present after the phrase", "Many appeals by dock workers say the levy is unfair.",
			[]vspan{{Reported, "", "", "say", "the levy is unfair"}}},
		{"a name before the verb and its object", "The union calls dock workers liars.",
			[]vspan{{Reported, "The union", "the union", "calls", "dock workers liars"}}},
	})
}
