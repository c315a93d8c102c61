package framing

import "testing"

// Labels are heads of noun phrases that refer to the referent: list members, dash
// credits, adjectives, the phrase before a name that modifies a noun, a longer name's
// apposition and another person's title are none. The texts are invented.
func TestLab32Labels(t *testing.T) {
	runLabelRows(t, []labelRow{
		// 1. A list after a name is no apposition.
		{"a list of possessive phrases after a name", "Veloria", []string{"Veloria is a republic. The atlas shows Veloria, its lakes, its roads and its farms."},
			[]string{"republic"}, []string{"lakes"}},
		{"a list of phrases after a name ending in and", "Veloria", []string{"Veloria is a republic. The brochure covers Veloria, its glaciers, skiing and tourism."},
			[]string{"republic"}, []string{"glaciers"}},
		{"a list of definite phrases after a name", "Veloria", []string{"Veloria is a republic. The budget funds Veloria, the repair of the dams, new bridges and clinics this year."},
			[]string{"republic"}, []string{"repair"}},
		{"an apposition closed by a comma stays", "Veloria", []string{"The skaters flew to Veloria, a small republic, in June."},
			[]string{"republic"}, nil},
		{"an apposition that ends the sentence stays", "Veloria", []string{"The skaters flew to Veloria, a small republic."},
			[]string{"republic"}, nil},
		{"a subject's stacked appositions stay", "Veloria", []string{"Veloria, a small republic, a home for herons and a stop for ferries, has a new flag."},
			[]string{"republic"}, nil},
		{"an apposition before a prepositional phrase with a list stays", "Veloria", []string{"The flood left Veloria, a small republic, with a bill and a broken dam."},
			[]string{"republic"}, nil},
		{"two appositions stay", "Veloria", []string{"The skaters went to Veloria, a small republic, and to Halden, a port."},
			[]string{"republic"}, nil},
		{"a subject's coordinated apposition stays", "Ana Ruiz", []string{"Coach Ana Ruiz spoke. Ana Ruiz, a former skater and a teacher at the club, said she would stay."},
			[]string{"skater"}, nil},
		// 2. A dash credit.
		{"a dash credit after a name's apposition", "Veloria", []string{"Veloria is a republic. Chess cup goes to Veloria, new trophies -Mayor"},
			[]string{"republic"}, []string{"mayor"}},
		{"an apposition before a dash credit stays", "Veloria", []string{"The skaters flew to Veloria, a small republic — AP"},
			[]string{"republic"}, nil},
		// 3. An adjective is no head.
		{"an adjective before a comma", "Halden", []string{"The historic center is old. A historic bridge stands. The town is small. Halden is a village. Halden is a historic, crowded town."},
			[]string{"village", "town"}, []string{"historic"}},
		{"an adjective before a comma in an apposition", "Halden", []string{"The historic center is old. A historic bridge stands. The town is small. Halden is a village. We cycled to Halden, a historic, crowded town, in June."},
			[]string{"village", "town"}, []string{"historic"}},
		{"a noun before a comma and a list stays", "Halden", []string{"Halden is a village, quiet and green."},
			[]string{"village"}, nil},
		{"fast-growing Halden is a hub", "Halden", []string{"Rain fell, and fast-growing Halden is a hub for cycling."},
			[]string{"hub"}, nil},
		// 4. A name that modifies a noun after it takes no apposition before it.
		{"a phrase before a name that modifies a noun", "Harvest Party", []string{"The Harvest Party met. Its panels study the harbor, music, the public library, Party schooling, and sport. The schooling is free."},
			nil, []string{"library"}},
		{"a phrase before a name that a verb follows stays", "Halden", []string{"A quiet former mill town, Halden joined Soloria in June."},
			[]string{"town"}, nil},
		// The end of a longer name, with "the" in it.
		{"the end of a longer name after of the", "Veloria Islands", []string{"The skaters flew to the Veloria Islands, a small republic. Ana Ruiz chairs the Rowing Society of the Veloria Islands, a sports body."},
			[]string{"republic"}, []string{"body"}},
		{"a name after a verb and the keeps its apposition", "Veloria Islands", []string{"The skaters flew to the Veloria Islands, a small republic."},
			[]string{"republic"}, nil},
		// A named division after a place's name says where it lies.
		{"a named region after a town", "Halden", []string{"Halden is a port. Fog covered Halden, the Varno region, for a week."},
			[]string{"port"}, []string{"region"}},
		{"a region no capitalized word names stays", "Halden", []string{"The skaters flew to Halden, a self-governing coastal region, in June."},
			[]string{"region"}, nil},
		// 5. Another person's title.
		{"an apposition followed by a person's name", "Veloria", []string{"Veloria is a republic. The chess cup brought fans to Veloria, the tournament director, Ivo Marn, wrote on Friday."},
			[]string{"republic"}, []string{"director"}},
		{"a possessive apposition followed by a person's name", "Veloria", []string{"Veloria is a republic. The skaters thanked Veloria, the team's manager, Ivo Marn, on Friday."},
			[]string{"republic"}, []string{"manager"}},
		{"a title with its phrase followed by a person's name", "Veloria", []string{"Veloria is a republic. After a match against Veloria, the President of Halden, Ivo Marn, gave a toast."},
			[]string{"republic"}, []string{"president"}},
		{"an apposition before a person's name, the person's label", "Ivo Marn", []string{"Coach Ivo Marn spoke. The head coach, Ivo Marn, wrote on Friday."},
			[]string{"coach"}, nil},
		{"a sentence's first word before of the", "Corvanes", []string{"Skaters of the Corvanes, a small republic, cheered."},
			[]string{"republic"}, nil},
	})
}
