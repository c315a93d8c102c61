package framing

import "testing"

// The fixes of the review of lab33: each row fails without its fix. The texts are
// invented.
func TestLab33bLabels(t *testing.T) {
	runLabelRows(t, []labelRow{
		// 1. A phrase of time or measure after an apposition is no list's member.
		{"an apposition, then a time phrase with and", "Marlo", []string{"Gales struck Marlo, a harbor village, overnight and early Tuesday."},
			[]string{"village"}, nil},
		{"an apposition, then each and each", "Marlo", []string{"Pilgrims crowd Marlo, a hill village, each spring and each autumn."},
			[]string{"village"}, nil},
		{"an apposition, then a day phrase with and", "Marlo", []string{"Crews reached Marlo, a harbor village, the day after the gale and the surge."},
			[]string{"village"}, nil},
		{"an apposition, then last week and", "Marlo", []string{"The choir toured Marlo, a hill village, last month and the month before."},
			[]string{"village"}, nil},
		{"an apposition, then a number and a measure", "Marlo", []string{"Nurses reached Marlo, a hill village, three hours by bus and boat."},
			[]string{"village"}, nil},
		{"an apposition, then twice and once", "Marlo", []string{"Buses leave Marlo, a hill village, twice a week and once on Sunday."},
			[]string{"village"}, nil},
		{"a title, then this and last", "Pia Dorn", []string{"The board praised Pia Dorn, the mayor, this spring and last winter."},
			[]string{"mayor"}, nil},
		{"a list of phrases after a name stays a list", "Marlo", []string{"Marlo is a village. The map shows Marlo, its docks, its orchards and its chapels."},
			[]string{"village"}, []string{"docks"}},
		// 2. A division an indefinite article or a hyphenated modifier opens is a label.
		{"a region with a hyphenated modifier", "Marlo", []string{"Snow buried Marlo, a Tarvish-speaking region, for days."},
			[]string{"region"}, nil},
		{"a province with a hyphenated majority", "Marlo", []string{"Snow buried Marlo, a Druze-majority province, for days."},
			[]string{"province"}, nil},
		{"a region with a capitalized adjective after an", "Marlo", []string{"Snow buried Marlo, an Alpine region, for days."},
			[]string{"region"}, nil},
		{"a region with a body's initials after an", "Marlo", []string{"Snow buried Marlo, an EU frontier region, for days."},
			[]string{"region"}, nil},
		{"a division named by a proper name stays removed", "Marlo", []string{"Snow buried Marlo, the Quessel district, for days. Marlo is a village."},
			[]string{"village"}, []string{"district"}},
		// 3. A country's apposition after a title and "of the".
		{"a member after a title of the", "Corvanes", []string{"The Chancellor of the Corvanes, a founding member, arrived."},
			[]string{"member"}, nil},
		{"a republic after a person's title of the", "Corvanes", []string{"Pia Dorn, Governor of the Corvanes, a small republic, arrived."},
			[]string{"republic"}, nil},
		{"a republic after a king of the", "Corvanes", []string{"The medal went to the King of the Corvanes, a small republic."},
			[]string{"republic"}, nil},
		// SHOULD 1. A titled person's own title before another name.
		{"a titled person's title before another name", "Pia Dorn", []string{"Mayor Pia Dorn spoke. The hosts were Pia Dorn, the mayor, Olaf Brenn."},
			[]string{"mayor"}, nil},
		{"a titled person's title before a place's name", "Pia Dorn", []string{"Mayor Pia Dorn spoke. Pia Dorn, the mayor, Lake Orvo, said yes."},
			[]string{"mayor"}, nil},
		{"another person's office after a titled person's name", "Olaf Brenn", []string{"Mayor Olaf Brenn spoke. Olaf Brenn met Pia Dorn. A call with Olaf Brenn, the mayor of Quessel, Pia Dorn, went well."},
			nil, []string{"mayor"}},
		// SHOULD 4. The longer-name rule with "for the".
		{"an apposition of an office named for a place", "Corvanes", []string{"Ships reached the Corvanes, a small republic. The loans came from the Office for the Corvanes, its central bank."},
			[]string{"republic"}, []string{"bank"}},
	})
}
