package framing

import (
	"maps"
	"testing"
)

// The rules of issue 19's twentieth round, on invented texts.

// TestLabelsRelativeNamedFirst checks that a relative introduced by kinship to someone
// named before ("his father, Jon Ruiz") is not the person the document is about: the bare
// surname stays the referent's. A relative named in his own right first, or a name after
// a noun that is no kinship ("his lawyer, Jon Ruiz"), still takes it (see namesake).
func TestLabelsRelativeNamedFirst(t *testing.T) {
	// The first text makes Tomas Ruiz a person (a title stands before his name): two
	// mentions.
	const titled = "President Tomas Ruiz thanked the voters of Halden on Monday. Mr. Ruiz left early."
	for _, c := range []struct {
		name     string
		text     string
		want     map[string]int
		mentions int // of Tomas Ruiz, in both texts
	}{
		{"a father after his kinship noun and a comma",
			"Ruiz spoke in Halden on Monday. His father, Jon Ruiz, came too. Ruiz, a former Halden governor, said the vote was fair.",
			map[string]int{"governor": 1}, 4},
		{"a daughter after her kinship noun",
			"Ruiz spoke in Halden on Monday. Her daughter Lena Ruiz came too. Ruiz, a former Halden governor, said the vote was fair.",
			map[string]int{"governor": 1}, 4},
		{"a brother after a possessive name and his kinship noun",
			"Ruiz spoke in Halden on Monday. Ruiz's brother, Jon Ruiz, came too. Ruiz, a former Halden governor, said the vote was fair.",
			map[string]int{"governor": 1}, 5},
		{"a lawyer is no relative",
			"Ruiz spoke in Halden on Monday. His lawyer, Jon Ruiz, came too. Ruiz, a former Halden governor, said the vote was fair.",
			map[string]int{}, 2},
		{"a father with no possessor is named in his own right",
			"The father, Jon Ruiz, spoke in Halden on Monday. Ruiz, a former Halden governor, said the vote was fair.",
			map[string]int{}, 2},
		{"a relative named first with his kinship after the name",
			"Jon Ruiz, his brother, spoke in Halden on Monday. Ruiz, a former Halden governor, said the vote was fair.",
			map[string]int{}, 2},
		{"a wife of someone else, her surname not written before",
			"Ivo Marek spoke in Halden on Monday. His wife, Lena Ruiz, came too. Ruiz, a former Halden governor, said the vote was fair.",
			map[string]int{}, 2},
		{"a wife after a possessive name, her surname not written before",
			"Ivo Marek spoke in Halden on Monday. Marek's wife, Lena Ruiz, came too. Ruiz, a former Halden governor, said the vote was fair.",
			map[string]int{}, 2},
		{"a wife after a possessive name that is not her surname",
			"Ruiz met Ivo Marek in Halden on Monday. Marek's wife, Lena Ruiz, came too. Ruiz, a former Halden governor, said the vote was fair.",
			map[string]int{}, 2},
	} {
		t.Run(c.name, func(t *testing.T) { checkRuizLabels(t, titled, c.text, c.want, c.mentions) })
	}
}

// TestLabelsAgeComparative checks that a comparative of age right before a name is an
// adjective telling namesakes apart ("the elder Ruiz"), no label; the noun elsewhere is.
func TestLabelsAgeComparative(t *testing.T) {
	// The first text makes Tomas Ruiz a person and uses "elder", "younger" and "older"
	// as nouns twice each, as a corpus does ("the elder said").
	const titled = "President Tomas Ruiz thanked the voters of Halden on Monday. The elder said no. Later the elder left. " +
		"The younger said yes. Then the younger left. The older said so. Then the older left."
	for _, c := range []struct {
		name string
		text string
		want map[string]int
	}{
		{"elder before the name", "The elder Tomas Ruiz spoke in Halden.", map[string]int{}},
		{"younger before the name", "Voters cheered the younger Ruiz in Halden.", map[string]int{}},
		{"older before the name", "Voters cheered the older Ruiz in Halden.", map[string]int{}},
		{"an elder in apposition", "Tomas Ruiz, a village elder, spoke in Halden.", map[string]int{"elder": 1}},
		{"another noun before the name", "Voters cheered for rival Ruiz in Halden.", map[string]int{"rival": 1}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := labelCounts(t, "Tomas Ruiz", titled, c.text); !maps.Equal(got, c.want) {
				t.Errorf("labels %v, want %v", got, c.want)
			}
		})
	}
}

// TestLabelsAppositionRelativeClause checks that an apposition whose head a relative
// clause with "who" follows is an apposition still ("Ruiz, the billionaire who owns the
// team,"), and that a clause with a verb right after the head is none, nor one after a
// prepositional phrase, which may be on the phrase's noun.
func TestLabelsAppositionRelativeClause(t *testing.T) {
	const titled = "President Ana Ruiz spoke on Monday."
	for _, c := range []struct {
		name string
		text string
		want map[string]int
	}{
		{"who after the head", "Ruiz, the billionaire who owns the team, spoke in Halden.", map[string]int{"billionaire": 1}},
		{"whose after the head", "Ruiz, a lawyer whose firm won, spoke in Halden.", map[string]int{"lawyer": 1}},
		{"who after a prepositional phrase may be its noun's", "Ruiz, the mayor of Halden who won the vote, spoke.", map[string]int{}},
		{"a verb after the head", "Ruiz, the billionaire owns the team.", map[string]int{}},
		{"which after a thing", "Ruiz, the plan which failed, spoke in Halden.", map[string]int{}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := labelCounts(t, "Ana Ruiz", titled, c.text); !maps.Equal(got, c.want) {
				t.Errorf("labels %v, want %v", got, c.want)
			}
		})
	}
}

// TestLabelsCoordinatedApposition checks that coordinated noun phrases after a name are
// its apposition, each conjunct a label ("Ruiz, a former mayor and a lawyer for the party,
// said"), and that a conjunct that is no noun phrase of its own, or whose clause does not
// end with a comma before a singular verb, voids it; a conjunct after the first
// apposition's comma leaves the first standing, unless its head ends the sentence.
func TestLabelsCoordinatedApposition(t *testing.T) {
	const titled = "President Ana Ruiz spoke on Monday."
	for _, c := range []struct {
		name string
		text string
		want map[string]int
	}{
		{"two conjuncts", "Ruiz, a former mayor and a lawyer for the party, spoke in Halden.", map[string]int{"mayor": 1, "lawyer": 1}},
		{"or", "Ruiz, the mayor or the deputy, spoke in Halden.", map[string]int{"mayor": 1, "deputy": 1}},
		{"a verb after and", "Ruiz, the mayor and said no.", map[string]int{}},
		{"the text ends with the apposition", "They met Ruiz, the mayor", map[string]int{"mayor": 1}},
		{"coordinated before the name", "The mayor and the governor's deputy, Ana Ruiz, spoke.", map[string]int{"deputy": 1}},
		{"the conjunct's clause ends before another name", "They met Ruiz, the mayor and her deputy, Ivo Marek, in Halden.", map[string]int{}},
		{"the conjunct's clause ends before a name that is a verb's form", "They met Ruiz, the mayor and her deputy, Will Marek, in Halden.", map[string]int{}},
		{"a conjunct after the apposition's comma", "Present were Ruiz, a lawyer, and a teacher.", map[string]int{}},
		{"the conjunct ends the sentence", "They thanked Ruiz, her husband and her lawyer.", map[string]int{}},
		{"the conjunct runs on to the sentence's end", "They met with Ruiz, the mayor and the city's police chief on Monday.", map[string]int{}},
		{"a verb after the conjunct's comma", "Ruiz, a former mayor and a lawyer for the party, met Ivo Marek.", map[string]int{"mayor": 1, "lawyer": 1}},
		{"a preposition after the conjunct's comma", "They thanked Ruiz, her husband and her lawyer, on Monday.", map[string]int{}},
		{"for after the conjunct's comma", "They thanked Ruiz, her husband and her lawyer, for the help.", map[string]int{}},
		{"who after the conjunct's comma", "They thanked Ruiz, her husband and her lawyer, who came.", map[string]int{}},
		{"were after the conjunct's comma", "Ruiz, her husband and her lawyer, were thanked.", map[string]int{}},
		{"including after the conjunct's comma", "They thanked Ruiz, her husband and her lawyer, including Ivo Marek.", map[string]int{}},
		{"following after the conjunct's comma", "They thanked Ruiz, her husband and her lawyer, following the vote.", map[string]int{}},
		{"in after the conjunct's comma", "They met Ruiz, the mayor and her deputy, in Halden.", map[string]int{}},
		{"are after the conjunct's comma", "Ruiz, the mayor and the governor, are in Halden.", map[string]int{}},
		{"a second apposition after the first's comma", "Ruiz, the mayor, and the governor, Ivo Marek, met.", map[string]int{"mayor": 1}},
		{"a conjunct after the first's comma before a phrase", "They met Ruiz, the mayor, and her deputy on Monday.", map[string]int{"mayor": 1}},
		{"a conjunct after the first's comma before a comma", "Ruiz, a banker, and a pilot, spoke.", map[string]int{"banker": 1}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := labelCounts(t, "Ana Ruiz", titled, c.text); !maps.Equal(got, c.want) {
				t.Errorf("labels %v, want %v", got, c.want)
			}
		})
	}
}

// TestLabelsAppositionBeforeWithPhrase checks that an apposition before a name may hold a
// prepositional phrase after its head ("The mayor of Halden, Ana Ruiz,"), as one after it
// may; a clause with a verb, a conjunct after the phrase, a verb after the name or a name
// in a list is none, though "and" after the name's comma and before no name ends no list.
func TestLabelsAppositionBeforeWithPhrase(t *testing.T) {
	const titled = "President Ana Ruiz spoke on Monday."
	for _, c := range []struct {
		name string
		text string
		want map[string]int
	}{
		{"of and a place", "The mayor of Halden, Ana Ruiz, spoke on Monday.", map[string]int{"mayor": 1}},
		{"for and a body", "The lawyer for the party, Ana Ruiz, spoke on Monday.", map[string]int{"lawyer": 1}},
		{"a verb in the clause", "The mayor won in Halden, Ana Ruiz said on Monday.", map[string]int{}},
		{"a thing", "The rule of law, Ana Ruiz said, is fair.", map[string]int{}},
		{"the last conjunct after a phrase", "The mayor of Halden and the governor's deputy, Ana Ruiz, spoke.", map[string]int{"deputy": 1}},
		{"a verb after the name", "The lawyer for Ivo Marek, Ana Ruiz said, lied.", map[string]int{}},
		{"a second apposition after a comma and and", "The mayor of Halden, Ana Ruiz, and the governor, Ivo Marek, met.", map[string]int{"mayor": 1}},
		{"a list with a comma before and", "The lawyer for Ivo Marek, Ana Ruiz, and Lena Varga met.", map[string]int{}},
		{"or after the name's comma", "The lawyer for Ivo Marek, Ana Ruiz, or her husband will sign.", map[string]int{}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := labelCounts(t, "Ana Ruiz", titled, c.text); !maps.Equal(got, c.want) {
				t.Errorf("labels %v, want %v", got, c.want)
			}
		})
	}
}

// TestLabelsAppositionPlaces checks the limits of the rules above for places and lists:
// a relative clause with "who" is on a person, so no place's apposition ends with one,
// though one with "whose" may; a prepositional phrase before a place's name, or before a
// name in a list, makes no apposition; a people's name takes no coordinated apposition;
// a plural after a name coordinated with another is neither's.
func TestLabelsAppositionPlaces(t *testing.T) {
	for _, c := range []struct {
		name     string
		referent string
		texts    []string
		want     map[string]int
	}{
		{"who after a place", "Halden", []string{"In central Halden, a woman who just came home said no."}, map[string]int{}},
		{"whose after a place", "Halden", []string{"Halden, a town whose port is old, voted."}, map[string]int{"town": 1}},
		{"a plural after a coordinated place", "Soloria", []string{"Halden and Soloria, the neighbors whose port is old, voted."}, map[string]int{}},
		{"a singular after a coordinated place", "Halden", []string{"Soloria and Halden, a town whose port is old, voted."}, map[string]int{"town": 1}},
		{"a phrase before a place", "Halden", []string{"A long trip to Soloria, Halden voted."}, map[string]int{}},
		{"a phrase before a person in a list", "Ana Ruiz", []string{"President Ana Ruiz spoke.", "The lawyer for Ivo Marek, Ana Ruiz and Lena Varga met."}, map[string]int{}},
		{"a people's name and coordinated phrases", "Soloria", []string{"Solorian officials met in Soloria.", "Solorian troops left Soloria.", "Two Solorians, a nurse and a driver, spoke."}, map[string]int{"officials": 1, "troops": 1}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := labelCounts(t, c.referent, c.texts...); !maps.Equal(got, c.want) {
				t.Errorf("labels %v, want %v", got, c.want)
			}
		})
	}
}
