package framing

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// The rules of labels and referents on texts written for these tests (the names are
// invented). These tests use only the API that Labels and SuggestReferents had before
// names were found as units, so that they run against that code too, where they fail:
// verbs, conjunctions and titles counted as labels, appositions of longer names taken for
// the name's, no premodifier after a verb, months and titles of works as referents, a
// name merged into a longer one. (Since a place's people and institutions became labels
// only on request, they ask for them with ReferentOptions.Institutions, which that code
// lacks: delete the field to run them there.)

func englishDocs(id string, texts ...string) []corpus.Document {
	var out []corpus.Document
	for i, t := range texts {
		out = append(out, corpus.Document{ID: fmt.Sprintf("%s%d", id, i), Language: "english", Text: t})
	}
	return out
}

// institutions counts the labels of a place's or a body's people and institutions, which
// the tests of those constructions read (see ReferentOptions.Institutions).
var institutions = &ReferentOptions{Institutions: true}

// labelCounts returns the uses of each label of referent in texts (side A only), its
// people and institutions counted.
func labelCounts(t *testing.T, referent string, texts ...string) map[string]int {
	t.Helper()
	rl, err := (&Analyzer{}).Labels(englishDocs("a", texts...), nil, referent, institutions)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]int{}
	for _, l := range rl.Labels {
		out[l.Label] = l.CountA + l.CountB
	}
	return out
}

// checkLabelsEach checks LabelsEach's labels of each referent on docs, counted on both
// sides, against want (one map per referent, in order).
func checkLabelsEach(t *testing.T, docs []corpus.Document, referents []string, want []map[string]int) {
	t.Helper()
	rls, err := (&Analyzer{}).LabelsEach(docs, nil, referents, institutions)
	if err != nil {
		t.Fatal(err)
	}
	if len(rls) != len(want) {
		t.Fatalf("%d referents' labels, want %d", len(rls), len(want))
	}
	for i, rl := range rls {
		got := map[string]int{}
		for _, l := range rl.Labels {
			got[l.Label] = l.CountA + l.CountB
		}
		if !maps.Equal(got, want[i]) {
			t.Errorf("%s: labels %v, want %v", rl.Referent, got, want[i])
		}
	}
}

func TestLabelConstructions(t *testing.T) {
	for _, c := range []struct {
		name, referent string
		texts          []string
		want           map[string]int
	}{
		{"apposition after", "Tal Oren", []string{"Tal Oren, the Solorian leader, spoke first on Monday."}, map[string]int{"leader": 1}},
		{"apposition before", "Tal Oren", []string{"The Solorian leader, Tal Oren, spoke first on Monday."}, map[string]int{"leader": 1}},
		{"apposition with a prepositional phrase", "Ana Ruiz", []string{"Ana Ruiz, the governor of the province, arrived late."}, map[string]int{"governor": 1}},
		{"apposition without a determiner, a role", "Ana Ruiz", []string{"Ana Ruiz, governor of the province, arrived late."}, map[string]int{"governor": 1}},
		{"predicate nominal", "Tal Oren", []string{"Tal Oren is a dictator, his critics say."}, map[string]int{"dictator": 1}},
		{"predicate after auxiliaries", "Tal Oren", []string{"Tal Oren has been the army chief since the war."}, map[string]int{"chief": 1}},
		{"predicate in a relative clause", "Tal Oren", []string{"Tal Oren, who was the army chief, resigned."}, map[string]int{"chief": 1}},
		{"coordinated modifiers", "Tal Oren", []string{"Tal Oren is a tireless and cunning negotiator."}, map[string]int{"negotiator": 1}},
		{"naming verb", "Tal Oren", []string{"Critics call Tal Oren a dictator."}, map[string]int{"dictator": 1}},
		{"naming verb in the passive", "Tal Oren", []string{"Tal Oren was described as a strongman by critics."}, map[string]int{"strongman": 1}},
		{"negated predicate", "Tal Oren", []string{"Tal Oren is not a dictator."}, map[string]int{}},
		{"premodifier after a verb", "Tal Oren", []string{
			"Mr. Oren spoke on Monday. Critics said strongman Tal Oren would not yield. The strongman, they said, was tired. The strongman left early."},
			map[string]int{"strongman": 3}},
		{"definite description after a title", "Ana Ruiz", []string{"President Ana Ruiz opened the session in the capital. The president said little."},
			map[string]int{"president": 1}},
		{"definite description of the latest", "Ana Ruiz", []string{
			"Governor Ana Ruiz met Governor Tom Bell in the capital. Mr. Bell arrived late. The governor said the roads were closed."},
			map[string]int{}},
		{"a verb before a name", "Marivia", []string{"Soloria invades Marivia, the ministry said on Monday."}, map[string]int{}},
		{"a conjunction before a name", "Port Elara", []string{"Trade grew in Port Elara because Port Elara cut its taxes."}, map[string]int{}},
		{"a speech verb before a name", "Tal Oren", []string{"Now, some say, Tal Oren has ended that. Others claim Tal Oren lost."}, map[string]int{}},
		{"an adverb before a name", "Tal Oren", []string{"The talks failed and reportedly Tal Oren left the room."}, map[string]int{}},
		{"the end of a longer name", "Soloria", []string{"Human Rights in Soloria, an advocacy group, said so on Monday."}, map[string]int{}},
		{"a name inside a prepositional phrase", "Port Elara", []string{"The development of Port Elara is an experiment, the mayor said."}, map[string]int{}},
		{"a country's adjective", "Soloria", []string{
			"Soloria said it would reply. Solorian officials met in the capital. The Solorian government denied it. Solorian troops stayed."},
			map[string]int{"officials": 1, "government": 1, "troops": 1}},
		{"a place's name before a noun for its state or people", "Port Elara", []string{
			"Port Elara voted on Monday. Port Elara officials met in the capital. The Port Elara government denied it. The Port Elara investigation ended."},
			map[string]int{"officials": 1, "government": 1}},
		{"a headline's verb between a place's name and a noun", "Port Elara", []string{
			"Port Elara voted on Monday. Later, Port Elara thanks citizens for their patience."},
			map[string]int{}},
		{"a place's description with another's adjective", "Port Elara", []string{
			"The Port Elara government met on Monday. Many follow the Solorian government’s orders instead."},
			map[string]int{"government": 1}},
		{"a body's adjective", "Progress Party", []string{
			"The Progress Party met. Later, Progress leaders said no. The Progress Party voted. Many liked Progress music."},
			map[string]int{"leaders": 1}},
		{"a place's name before a noun that is not its own", "Port Elara", []string{
			"Port Elara voted on Monday. Later, Port Elara critics spoke and Port Elara waters rose. Port Elara hosts."},
			map[string]int{}},
		{"a person's name before such a noun", "Tal Oren", []string{
			"President Tal Oren spoke. The Tal Oren government fell in May."},
			map[string]int{}},
		{"a possessive of a place's name", "Soloria", []string{
			"Soloria voted on Monday. Soloria's new government denied it. Soloria's critics spoke."},
			map[string]int{"government": 1}},
		{"an of-phrase of a place's name", "Soloria", []string{
			"Soloria voted on Monday. The government of Soloria denied it. The leaders of Soloria met. The rivers of Soloria rose."},
			map[string]int{"government": 1, "leaders": 1}},
		{"a person's possessive", "Tal Oren", []string{
			"President Tal Oren spoke. Tal Oren's government fell, and the leaders of Tal Oren's party met."},
			map[string]int{}},
		{"a role noun no list knows before a name", "Tal Oren", []string{
			"Mr. Oren arrived on Monday. Later, campaign deputy Tal Oren spoke."},
			map[string]int{"deputy": 1}},
		{"a title the name holds in other documents", "Ana Ruiz", []string{
			"President Ana Ruiz opened the session.", "President Ana Ruiz closed the session.",
			"Ana Ruiz spoke in the capital. The president said little."},
			map[string]int{"president": 1}},
		{"a title the name holds in other documents, far from the name", "Ana Ruiz", []string{
			"President Ana Ruiz opened the session.", "President Ana Ruiz closed the session.",
			"Ana Ruiz spoke in the capital. Rain fell all day. The roads were closed. The president said little."},
			map[string]int{}},
		{"an apposition after coordinated noun phrases", "Ana Ruiz", []string{
			"Mr. Bell arrived with the mayor and the governor's deputy, Ana Ruiz, on Monday. Ms. Ruiz spoke."},
			map[string]int{"deputy": 1}},
		{"a predicate nominal after a verb of office", "Ana Ruiz", []string{
			"Ana Ruiz was elected mayor in May. Later Ana Ruiz was appointed as the envoy. Ana Ruiz was named in the lawsuit."},
			map[string]int{"mayor": 1, "envoy": 1}},
		{"a predicate nominal after 'served as'", "Tal Oren", []string{
			"Tal Oren, who served as the army's chief, left on Monday."},
			map[string]int{"chief": 1}},
		{"a body's description after the name its initials spell", "PLC", []string{
			"The Progress League Council met on Monday in the old hall near the river. Later the PLC voted on the plan. The council said no to the plan."},
			map[string]int{"council": 1}},
		{"a country's adjective before a noun for persons", "Soloria", []string{
			"Soloria said it would reply. These Solorian agents met in the capital, and Solorian spies stayed."},
			map[string]int{"agents": 1, "spies": 1}},
		{"a place's description with a modifier of its own", "Port Elara", []string{
			"The Port Elara government met on Monday. The central government disagreed. The government said no."},
			map[string]int{"government": 2}},
		{"a place's description with the initials of its longer name", "Port Elara", []string{
			"The Port Elara government met on Monday with the Port Elara Special Trade Zone board. The STZ government disagreed with the plan. The Solorian government said no."},
			map[string]int{"government": 2}},
		{"a place's description with a word of a longer name", "Port Elara", []string{
			"The Port Elara government met on Monday with Port Elara Solorian traders. The Solorian government said no."},
			map[string]int{"government": 1}},
		{"a list after a person's name, not an apposition", "Tal Oren", []string{
			"Mr. Oren arrived on Monday. Later the mayor thanked Tal Oren, the public, and the press. Tal Oren, the army's chief, left."},
			map[string]int{"chief": 1}},
		{"a person's predicate that is no noun for a person", "Tal Oren", []string{
			"Mr. Oren arrived on Monday. Tal Oren is the problem, critics say. Tal Oren was a firebrand in his youth."},
			map[string]int{"firebrand": 1}},
		{"a title another holds in other documents", "Ana Ruiz", []string{
			"President Tom Bell opened the session.", "President Tom Bell closed the session.", "Mayor Ana Ruiz smiled.",
			"Ana Ruiz spoke in the capital. The president said little."},
			map[string]int{}},
		{"a description sharing a person's capitalized modifier", "Tal Oren", []string{
			"Mr. Oren arrived. Solorian army chief Tal Oren spoke on Monday. Later, the former Solorian leader said no."},
			map[string]int{"chief": 1, "leader": 1}},
		{"a description sharing two persons' modifier", "Tal Oren", []string{
			"Solorian army chief Tal Oren and Solorian navy chief Tom Bell spoke on Monday. Later, the former Solorian leader said no. Mr. Oren left."},
			map[string]int{"chief": 1}},
		{"a group of people in the possessive inside a longer name", "Council", []string{
			"The Council met on Monday. The National People's Council, the top chamber, met on Tuesday. Later, the Council, the city's senate, voted."},
			map[string]int{"senate": 1}},
		{"a newspaper of the country is not the country", "Soloria", []string{
			"Soloria said it would reply. Solorian officials met. The Elara Post, a Solorian newspaper, disagreed. The newspaper said no. Solorian troops stayed."},
			map[string]int{"officials": 1, "troops": 1}},
		{"an apposition of a person after a preposition of place", "Tal Oren", []string{
			"Mr. Oren arrived on Monday. Officials opened an inquiry into Tal Oren, the army's chief, in May."},
			map[string]int{"chief": 1}},
		{"an apposition of a place after a preposition of place", "Port Elara", []string{
			"Port Elara voted on Monday. Critics dislike the ballot in Port Elara, a two-stage process."},
			map[string]int{}},
		{"an apposition after a person's age", "Tal Oren", []string{
			"Mr. Oren arrived on Monday. Tal Oren, 45, a retired general, spoke. Tal Oren, 45, who was the army's chief, left."},
			map[string]int{"general": 1, "chief": 1}},
		{"a number that is no age before an apposition", "Tal Oren", []string{
			"Mr. Oren arrived on Monday. Tal Oren, 1,000, a retired general, spoke. Tal Oren, 4.5, a retired general, left."},
			map[string]int{}},
		{"an ordinal before a noun modifier", "Tal Oren", []string{
			"Mr. Oren arrived on Monday. Tal Oren, the mayor's first security adviser, left early."},
			map[string]int{"adviser": 1}},
		{"the referent's own possessive before its name, someone else", "Tal Oren", []string{
			"Mr. Oren arrived on Monday. They met Ivo Marek, Mr. Oren's first deputy, Mr. Oren said. " +
				"Mr. Oren's former aide, Mr. Oren, is not a phrase a paper prints, but Tal Oren, Oren's rival, is none either."},
			map[string]int{}},
		{"a noun of time before a person's name, no apposition", "Tal Oren", []string{
			"Mr. Oren arrived on Monday. This summer, Mr. Oren will decide. Last winter, Tal Oren stayed. " +
				"In the second quarter, Tal Oren sold the farm."},
			map[string]int{}},
		{"a noun of time before a place's name, no apposition", "Halden", []string{
			"Halden voted on Monday. This winter, Halden stayed calm. Port Elara, the old quarter of Halden, voted too."},
			map[string]int{}},
		{"a quarter is a place's label", "Port Elara", []string{
			"Port Elara voted on Monday. Port Elara, the old quarter of Halden, voted too."},
			map[string]int{"quarter": 1}},
		{"another person of the name, after another honorific, is no mention of the referent", "Ivo Marek", []string{
			"Mr. Marek arrived on Monday. Ivo Marek, Ms. Marek's lawyer, spoke later. " +
				"Ivo Marek, Mr. Marek's aide, left. Mr. Marek, Mr. Marek's rival, stayed."},
			map[string]int{"lawyer": 1, "aide": 1}},
		{"another person of the name, with a noun for a relative, is no mention and no label", "Ivo Marek", []string{
			"Mr. Marek arrived on Monday. Ivo Marek, Ms. Marek's husband, spoke later. " +
				"Ivo Marek, Mr. Marek's son, left. Mr. Marek, Mr. Marek's rival, stayed."},
			map[string]int{}},
		{"a possessive pronoun after a country's label", "Soloria", []string{
			"Soloria said it would reply. Officials met the Solorian government and its spy agency on Monday. " +
				"Solorian agents insisted that their government knew."},
			map[string]int{"government": 2, "agency": 1, "agents": 1}},
		{"a possessive pronoun after a country's name", "Soloria", []string{
			"Soloria said it would reply. Soloria and its troops stayed in the north. Donors sent aid to Soloria so that its army could stay."},
			map[string]int{"troops": 1, "army": 1}},
		{"a possessive pronoun after a noun phrase or another name", "Soloria", []string{
			"Soloria said it would reply. Soloria criticized the alliance for expanding its forces. " +
				"Soloria warned Marivia about its troops. Soloria blamed critics and their media. " +
				"Visitors shared with Soloria its intelligence on the army. Trade from Soloria on all its services fell."},
			map[string]int{}},
		{"a possessive pronoun of the other number", "Soloria", []string{
			"Soloria said it would reply. Solorian officials met, and its army stayed. The Solorian government and their troops left."},
			map[string]int{"officials": 1, "government": 1}},
		{"a person's possessive pronoun", "Tal Oren", []string{
			"President Tal Oren spoke. Tal Oren and its government left."},
			map[string]int{}},
		{"a possessive pronoun after a possessor", "Soloria", []string{
			"Soloria said it would reply. Soloria's neighbor expanded its army. Soloria's central bank and its officials met. " +
				"Soloria and yesterday's bank and its officials met."},
			map[string]int{}},
		{"a possessor inside the pronoun's noun phrase", "Soloria", []string{
			"Soloria said it would reply. Soloria and its allies' forces met. Soloria and its neighbors’ government agencies met. " +
				"Soloria and its neighbor's army attacked. Soloria and its 'security' forces met."},
			map[string]int{"forces": 1}},
		{"a country's adjective before a title", "Soloria", []string{
			"Soloria said it would reply. Solorian officials met in the capital. The Solorian president denied it. Solorian troops stayed."},
			map[string]int{"officials": 1, "troops": 1}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := labelCounts(t, c.referent, c.texts...)
			if !maps.Equal(got, c.want) {
				t.Errorf("labels %v, want %v", got, c.want)
			}
		})
	}
}

// TestLabelsNotTitles checks that the title before a name is not a label: "President Ana
// Ruiz" is how the name is written (a title), "the president" a description.
func TestLabelsNotTitles(t *testing.T) {
	got := labelCounts(t, "Ana Ruiz", "President Ana Ruiz opened the session. President Ruiz spoke. Mr. Ruiz left.")
	if len(got) != 0 {
		t.Errorf("labels %v, want none (titles are no labels)", got)
	}
}

func TestSuggestReferentsRules(t *testing.T) {
	side := func(id string) []corpus.Document {
		return englishDocs(id,
			"Come July, the talks resume in Port Elara with the other delegations. Come July, they said, nothing would change.",
			"In June the Port Elara Basic Law Committee met again. The Port Elara Basic Law Committee said the Port Elara Basic Law Committee would meet in June.",
			"Officials in Port Elara and residents of Port Elara agreed on the plan. Analysts said the plan was late. Analysts said Tal Oren agreed.",
			"She sang “Bring Me My Lucky Charm” for the guests. The band played Bring Me My Lucky Charm again for Tal Oren.",
			"President Oren visited the capital. Oren spoke to the press. Mr. Oren smiled at the crowd in the capital.",
			"On Monday the mayor of Port Elara spoke. On Monday the mayor of Port Elara said nothing.",
			"The mayor wrote that there was NO SURRENDER and NO RETREAT. He wrote it again: NO SURRENDER, NO RETREAT.")
	}
	byName, names := suggestByName(t, side("a"), side("b"), 2)
	for _, bad := range []string{"July", "June", "Come", "Analysts", "Bring", "Lucky", "Charm", "Monday", "Officials", "SURRENDER", "RETREAT"} {
		for _, n := range names {
			if strings.Contains(n, bad) {
				t.Errorf("referent %q holds %q (all: %q)", n, bad, names)
			}
		}
	}
	// Port Elara: 1 + 2 + 2 mentions a side, apart from the committee's name.
	if r, ok := byName["Port Elara"]; !ok || r.CountA != 5 || r.CountB != 5 {
		t.Errorf("Port Elara: %+v (all %q)", r, names)
	}
	// Tal Oren: "Tal Oren" twice, "President Oren", "Oren", "Mr. Oren".
	if r, ok := byName["Tal Oren"]; !ok || r.CountA != 5 || r.CountB != 5 {
		t.Errorf("Tal Oren: %+v (all %q)", r, names)
	}
	if !slices.Contains(names, "Port Elara Basic Law Committee") {
		t.Errorf("the committee is not a referent of its own: %q", names)
	}
}

// TestSuggestReferentsTitleCase: a headline's capitals name nothing ("Halden Dockers Win
// Pay Rise" holds no referent "Halden Dockers Win Pay Rise", nor "Storm Kills 3 in Port
// Elara" one "Storm Kills"), but a sentence of names with its verb in lower case is no
// headline: "Soloria, Ana Ruiz and Ivo Marek met in Halden." and "Ivo Marek has been in
// Halden since Monday." mention their names (the first was read as title case, six of its
// seven words capitalized, and its names were skipped).
func TestSuggestReferentsTitleCase(t *testing.T) {
	side := func(id string) []corpus.Document {
		return englishDocs(id,
			"Halden Dockers Win Pay Rise\n\nThe strike ended on Monday in Halden.",
			"Storm Kills 3 in Port Elara\n\nThe storm hit the coast on Monday.",
			"Soloria, Ana Ruiz and Ivo Marek met in Halden. The talks went well.",
			"Ana Ruiz, Soloria and Lena Varga signed in Halden. The visit was short.",
			"Ivo Marek has been in Halden since Monday. Ana Ruiz is now in Port Elara.")
	}
	byName, names := suggestByName(t, side("a"), side("b"), 1)
	for _, n := range names {
		if strings.Contains(n, "Dockers") || strings.Contains(n, "Storm") || strings.Contains(n, "Win") {
			t.Errorf("a headline's words are a referent: %q (all: %q)", n, names)
		}
	}
	for _, c := range []struct {
		name string
		n    int
	}{{"Soloria", 2}, {"Ana Ruiz", 3}, {"Ivo Marek", 2}, {"Port Elara", 1}} {
		if r, ok := byName[c.name]; !ok || r.CountA != c.n || r.CountB != c.n {
			t.Errorf("%s: %+v, want %d a side (all %q)", c.name, r, c.n, names)
		}
	}
}

// TestSuggestReferentsPeoples: the plural of a name's adjective of nationality, standing
// as a name, is one of the country's mentions, not a referent of its own (Labels counts
// "the Solorians" as Soloria's mentions); another plural stays apart.
func TestSuggestReferentsPeoples(t *testing.T) {
	side := func(id string) []corpus.Document {
		return englishDocs(id, "Soloria voted on Monday. The Solorians said no, and Soloria agreed. Later that week, a few Solorians met with some of their neighbors in the capital.",
			"Most of the people there said that the Elarans were right.")
	}
	byName, names := suggestByName(t, side("a"), side("b"), 1)
	// Soloria twice and the Solorians twice a side.
	if r, ok := byName["Soloria"]; !ok || r.CountA != 4 || r.CountB != 4 {
		t.Errorf("Soloria: %+v (all %q)", r, names)
	}
	if _, ok := byName["Solorians"]; ok {
		t.Errorf("Solorians is a referent of its own: %q", names)
	}
	// "Elarans" is no plural of Soloria's adjective.
	if _, ok := byName["Elarans"]; !ok {
		t.Errorf("Elarans is not a referent: %q", names)
	}
}

// TestLabelsTitledPartOfPlace: a title before one word of a place's name is someone else's
// ("Mr. Kong" is not Hong Kong), and a title before a person's surname is the person's.
func TestLabelsTitledPartOfPlace(t *testing.T) {
	rl, err := (&Analyzer{}).Labels(englishDocs("a",
		strings.Repeat("Port Elara grew fast, and Port Elara kept its port. ", 6)+"Mr. Elara, a banker, said so."),
		nil, "Port Elara", nil)
	if err != nil {
		t.Fatal(err)
	}
	// 12 mentions of the place, one title before "Elara": fewer than one in ten, no person.
	if len(rl.Titles) != 0 || rl.MentionsA != 12 {
		t.Errorf("titles %+v, mentions %d, want none and 12", rl.Titles, rl.MentionsA)
	}
	for _, l := range rl.Labels {
		if l.Label == "banker" {
			t.Errorf("Mr. Elara's label %q given to Port Elara", l.Label)
		}
	}
	rl, err = (&Analyzer{}).Labels(englishDocs("a", "President Tal Oren spoke. Mr. Oren, a banker, left."), nil, "Tal Oren", nil)
	if err != nil {
		t.Fatal(err)
	}
	if rl.MentionsA != 2 || len(rl.Labels) != 1 || rl.Labels[0].Label != "banker" {
		t.Errorf("mentions %d, labels %+v, want 2 and banker", rl.MentionsA, rl.Labels)
	}
}

// TestSuggestReferentsDateline: the names of a dateline are where the story was filed, not
// mentions; the same names in the story are.
func TestSuggestReferentsDateline(t *testing.T) {
	a := englishDocs("a", "PORT ELARA — the officials met in the old port of Port Elara on the first day of the talks.",
		"ARDEN, Soloria, May 21 (SNA) — the talks with the delegation from Soloria went on all day.")
	b := englishDocs("b", "PORT ELARA —  the talks in Port Elara went on, and the envoy of Soloria spoke to the press at length.",
		"Talks — long ones — with Soloria went on; the envoy said that Port Elara grew and that Soloria agreed.")
	refs, err := (&Analyzer{}).SuggestReferents(a, b, 1, 10)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][2]int{}
	for _, r := range refs {
		got[r.Name] = [2]int{r.CountA, r.CountB}
	}
	// Port Elara: once in a's story, twice in b's; Soloria: once in a's story, three
	// times in b (the second document has no dateline: it opens with "Talks", not capitals).
	want := map[string][2]int{"Port Elara": {1, 2}, "Soloria": {1, 3}}
	if !maps.Equal(got, want) {
		t.Errorf("referents %v, want %v", got, want)
	}
	for _, c := range []struct {
		text string
		end  int
	}{{"HONG KONG — x", 10}, {"  LONDON/SOLORA, Oct 1 (Meridian) — x", 34}, {"Soloria — a state", 0}, {"A — b", 0}, {"", 0}, {"PARIS", 0}} {
		if got := datelineEnd(c.text); got != c.end {
			t.Errorf("datelineEnd(%q) = %d, want %d", c.text, got, c.end)
		}
	}
}

// TestLabelsOtherHonorific: "Mrs. Oren" is someone else when the referent is "Mr. Oren" at
// least five times and four in five (here five of six), and her labels are not his.
func TestLabelsOtherHonorific(t *testing.T) {
	rl, err := (&Analyzer{}).Labels(englishDocs("a", strings.Repeat("Mr. Oren spoke. ", 5)+"Mrs. Oren, a doctor, spoke too."), nil, "Oren", nil)
	if err != nil {
		t.Fatal(err)
	}
	if rl.MentionsA != 5 || len(rl.Labels) != 0 || len(rl.Titles) != 1 || rl.Titles[0].Label != "mr" {
		t.Errorf("mentions %d, labels %+v, titles %+v; want 5 mentions, no label, the title mr", rl.MentionsA, rl.Labels, rl.Titles)
	}
	// Four "Mr." are too few to tell: "Mrs. Oren" stays his.
	rl, err = (&Analyzer{}).Labels(englishDocs("a", strings.Repeat("Mr. Oren spoke. ", 4)+"Mrs. Oren spoke too."), nil, "Oren", nil)
	if err != nil {
		t.Fatal(err)
	}
	if rl.MentionsA != 5 {
		t.Errorf("mentions %d, want 5", rl.MentionsA)
	}
}

// TestReferentInitials: a word in capitals is a name, not the function word it spells ("US"
// is not "us", "WHO" not "who"), and it is the referent whose initials it spells ("US",
// "U.S." and "U. S." for the United States), unless a title often stands before that name
// (a person's: "TV" is not "Tomas Varga"). Labels and collocates count those mentions too.
func TestReferentInitials(t *testing.T) {
	side := func(id string) []corpus.Document {
		return englishDocs(id,
			"The US said the talks would resume. Officials in the US told us little. The U.S. envoy left on Monday.",
			"The United States sent aid. Later the United States sent more, and the U. S. embassy opened.",
			"The Solorian Workers Party met. Leaders of the SWP said the Solorian Workers Party would vote. The SWP voted.",
			"Mayor Tomas Varga spoke. Mr. Tomas Varga left. The TV crew filmed the TV debate on the TV channel.")
	}
	byName, names := suggestByName(t, side("a"), side("b"), 2)
	// United States: "US" twice, "U.S.", "United States" twice, "U. S." = 6 a side.
	if r, ok := byName["United States"]; !ok || r.CountA != 6 || r.CountB != 6 {
		t.Errorf("United States: %+v (all %q)", r, names)
	}
	if r, ok := byName["Solorian Workers Party"]; !ok || r.CountA != 4 || r.CountB != 4 {
		t.Errorf("Solorian Workers Party: %+v (all %q)", r, names)
	}
	if r := byName["Tomas Varga"]; r.CountA != 2 {
		t.Errorf("Tomas Varga: %+v, want the two mentions by name only (all %q)", r, names)
	}
	for _, n := range names {
		if n == "US" || n == "SWP" {
			t.Errorf("%q is a referent of its own (all %q)", n, names)
		}
	}
	// The first word of a body's name alone is no mention of it ("European" is not the
	// European Union).
	eu, err := (&Analyzer{}).Labels(englishDocs("e", "The European Union met. European music played. The Union voted."), nil, "European Union", nil)
	if err != nil {
		t.Fatal(err)
	}
	if eu.MentionsA != 2 {
		t.Errorf("European Union: %d mentions by name, want 2 (%v)", eu.MentionsA, eu.Names)
	}
	// An adjective of nationality is the country's, not a body's whose name it opens.
	rls, err := (&Analyzer{}).LabelsEach(englishDocs("r", "Soloria met. The Solorian Defense Ministry said so. Later, Solorian troops left and Solorian officials spoke."),
		nil, []string{"Soloria", "Solorian Defense Ministry"}, institutions)
	if err != nil {
		t.Fatal(err)
	}
	if got := labelsOf(rls[0]); !maps.Equal(got, map[string]int{"troops": 1, "officials": 1}) {
		t.Errorf("Soloria's labels %v, want troops and officials", got)
	}
	if got := labelsOf(rls[1]); len(got) != 0 {
		t.Errorf("the ministry's labels %v, want none", got)
	}
	// A person's initials are not the person: Labels does not count "TV" for Tomas Varga.
	tv, err := (&Analyzer{}).Labels(side("a"), nil, "Tomas Varga", nil)
	if err != nil {
		t.Fatal(err)
	}
	if tv.MentionsA != 2 {
		t.Errorf("Tomas Varga: %d mentions, want 2 (%v)", tv.MentionsA, tv.Names)
	}
	// Initials join only a name written beside them in some document, and a sentence in
	// capitals is words, not names.
	uk := slices.Repeat([]string{"The UK said no."}, 21)
	far, err := (&Analyzer{}).SuggestReferents(englishDocs("f", append(uk, "Ships reached Upper Kestrel.", "WE TOLD US SO.")...),
		englishDocs("g", append(uk, "Ships reached Upper Kestrel.")...), 1, 10)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range far {
		if len(r.Forms) > 1 || r.Name == "WE" || r.Name == "US" {
			t.Errorf("referent %+v: want UK and Upper Kestrel apart, no shouted words", r)
		}
	}
	// A referent given by its initials is the name they spell too.
	us, err := (&Analyzer{}).Labels(side("a"), nil, "US", nil)
	if err != nil {
		t.Fatal(err)
	}
	if us.MentionsA != 6 {
		t.Errorf("Labels(\"US\"): %d mentions, want 6 (%v)", us.MentionsA, us.Names)
	}
	// Labels count the mentions by initials as mentions by name.
	rl, err := (&Analyzer{}).Labels(side("a"), nil, "United States", nil)
	if err != nil {
		t.Fatal(err)
	}
	if rl.MentionsA != 6 {
		t.Errorf("Labels: %d mentions of the United States, want 6 (%v)", rl.MentionsA, rl.Names)
	}
}

// labelsOf returns a referent's labels and their uses on both sides.
func labelsOf(rl ReferentLabels) map[string]int {
	out := map[string]int{}
	for _, l := range rl.Labels {
		out[l.Label] = l.CountA + l.CountB
	}
	return out
}

// TestLabelsPeopleOfCountry: the plural of a country's adjective of nationality standing
// alone ("the Solorians", "the Solorese said") is a mention of the country, as NewsWCL50
// codes it; not for a name whose adjective the texts do not use as a country's, nor
// before a noun ("the Solorese government").
func TestLabelsPeopleOfCountry(t *testing.T) {
	for _, c := range []struct {
		name     string
		text     string
		mentions int
	}{
		{"a country", "Soloria said it would reply. Solorian officials met. Solorian troops stayed. The Solorians voted, and the North Solorians did not.", 2},
		{"no country", "Soloria said it would reply. The Solorians voted on Monday.", 1},
		{"an adjective that is its own plural", "Soloria said it would reply. Solorese officials met. Solorese troops stayed. The Solorese said no, and the Solorese government agreed.", 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			rl, err := (&Analyzer{}).Labels(englishDocs("a", c.text), nil, "Soloria", nil)
			if err != nil {
				t.Fatal(err)
			}
			if rl.MentionsA != c.mentions {
				t.Errorf("%d mentions (%v), want %d", rl.MentionsA, rl.Names, c.mentions)
			}
		})
	}
}

// suggestByName returns the referents SuggestReferents suggests for two sides (at least
// minCount mentions, the first 20), by name, and their names in its order.
func suggestByName(t *testing.T, a, b []corpus.Document, minCount int) (map[string]ReferentSuggestion, []string) {
	t.Helper()
	refs, err := (&Analyzer{}).SuggestReferents(a, b, minCount, 20)
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]ReferentSuggestion{}
	var names []string
	for _, r := range refs {
		byName[r.Name] = r
		names = append(names, r.Name)
	}
	return byName, names
}

// TestLabelsPossessorInLabel checks that a definite possessor opening one referent's
// apposition or predicate nominal is still a description of another: in "Tom Bell, the
// president's deputy," the phrase is Bell's label and "the president" Ruiz's.
func TestLabelsPossessorInLabel(t *testing.T) {
	docs := englishDocs("a", "President Ana Ruiz opened the session in the capital. Mr. Bell arrived. Tom Bell, the president's deputy, left early. "+
		"Later Tom Bell was the president's envoy.")
	checkLabelsEach(t, docs, []string{"Ana Ruiz", "Tom Bell"}, []map[string]int{{"president": 2}, {"deputy": 1, "envoy": 1}})
}

// TestLabelsPronounAfterPeople checks that a possessive pronoun after a nationality's
// label for a group that is not the state ("Solorian firms said their government") is the
// group's: "their government" is not Soloria's; nor are the firms and the rebels, groups
// apart from its state.
func TestLabelsPronounAfterPeople(t *testing.T) {
	got := labelCounts(t, "Soloria", "Soloria said it would reply. Solorian firms said their government was wrong. "+
		"Solorian rebels and their leaders fled. The Solorian government and its ministries agreed.")
	// One "government" (the Solorian government's), no "leaders", the government's
	// ministries, no firms, no rebels.
	for l, want := range map[string]int{"government": 1, "leaders": 0, "ministries": 1, "firms": 0, "rebels": 0} {
		if got[l] != want {
			t.Errorf("%q counted %d times, want %d (all %v)", l, got[l], want, got)
		}
	}
}

// TestLabelsPossessorWithModifier checks that a possessor with a modifier of its own in a
// referent's apposition ("the Afghan president's deputy") stays in the label's phrase: it
// names someone else, not the latest president among the referents.
func TestLabelsPossessorWithModifier(t *testing.T) {
	docs := englishDocs("a", "President Voss spoke. Voss met Tal Oren, the Afghan president's deputy, on Monday.")
	checkLabelsEach(t, docs, []string{"Voss", "Tal Oren"}, []map[string]int{{}, {"deputy": 1}})
}

// TestLabelsDescriptionOfLatest checks that a definite description goes to the referent
// given its head that was named in its sentence or the one before, even when another was
// named more often.
func TestLabelsDescriptionOfLatest(t *testing.T) {
	docs := englishDocs("a", "Ana Ruiz, the governor, spoke on Monday. Ana Ruiz left early. Later Ana Ruiz returned. "+
		"Tom Bell, the governor, arrived in the capital. The governor said the roads were closed.")
	checkLabelsEach(t, docs, []string{"Ana Ruiz", "Tom Bell"}, []map[string]int{{"governor": 1}, {"governor": 2}})
}

// TestLabelsAppositionOfOtherName checks that a definite noun phrase set off by a comma
// after a name that is no referent's ("Dario Fenn, the Afghan president") is that
// name's apposition, not a description of the referent given its head.
func TestLabelsAppositionOfOtherName(t *testing.T) {
	for _, text := range []string{
		"President Voss spoke in Valdora. Voss met Dario Fenn, the Afghan president.",
		"President Voss spoke in Valdora. Voss met Fenn, the Afghan president, on Monday.",
	} {
		if got := labelCounts(t, "Tomas Voss", text); len(got) != 0 {
			t.Errorf("%q: labels %v, want none", text, got)
		}
	}
	// A bare possessor opening the apposition is still a description ("the president" of
	// "the president's deputy"); after an adverb, a description is the referent's.
	want := map[string]int{"president": 2}
	if got := labelCounts(t, "Tomas Voss", "President Voss spoke in Valdora. Voss met Tal Oren, the president's deputy. "+
		"Later, the president left."); !maps.Equal(got, want) {
		t.Errorf("labels %v, want %v", got, want)
	}
}

// TestLabelsSingularRoleNotState checks that a nationality's adjective before a singular
// title or role is no label of the country, which a plural is ("Solorian diplomats"): one
// holder of an office is a person ("the Solorian ambassador", "the Solorian president"),
// whoever's name the text gives.
func TestLabelsSingularRoleNotState(t *testing.T) {
	got := labelCounts(t, "Soloria", "Soloria said it would reply. The Solorian ambassador left the hall early. "+
		"Solorian diplomats stayed. A Solorian envoy to the talks spoke later. The Solorian president was silent. "+
		"Solorian ambassador Tal Oren arrived on Monday.")
	want := map[string]int{"diplomats": 1}
	if !maps.Equal(got, want) {
		t.Errorf("labels %v, want %v", got, want)
	}
}

// TestLabelAlternativesPremodifier checks that a premodifier, which comes with the name
// ("tycoon Tal Oren"), is no alternative to the name, while a description in the name's
// place ("the tycoon") is; both count against other labels.
func TestLabelAlternativesPremodifier(t *testing.T) {
	pairs := func(a, b []corpus.Document) []string {
		t.Helper()
		rl, err := (&Analyzer{}).Labels(a, b, "Tal Oren", nil)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, alt := range rl.Alternatives {
			out = append(out, alt.A+"|"+alt.B)
		}
		slices.Sort(out)
		return out
	}
	b := englishDocs("b", "Mr. Oren spoke on Monday. Critics said Tal Oren, the leader of the party, left early. "+
		"Aides said Tal Oren came back on Friday.")
	// Side A: three mentions by name, two with the premodifier "tycoon" (references: 3
	// names + 2 tycoon = 5); side B: three by name and the leader in apposition (4). The
	// tycoon leans to A (2/5 against 0/4), the leader to B (1/4 against 0/5), the name to B
	// (3/4 against 3/5); but the tycoon never stood in the name's place on A.
	a := englishDocs("a", "Mr. Oren spoke on Monday. Critics said tycoon Tal Oren left early. "+
		"Aides said tycoon Tal Oren came back on Friday.")
	if got, want := pairs(a, b), []string{"tycoon|leader"}; !slices.Equal(got, want) {
		t.Errorf("alternatives %q, want %q", got, want)
	}
	// Here "the tycoon" stands in the name's place once (A: 2 names + 2 tycoon = 4
	// references; the name leans to B, 3/4 against 2/4; the tycoon alone to A, 1/4).
	a = englishDocs("a", "Mr. Oren spoke on Monday. Critics said tycoon Tal Oren left early. The tycoon came back on Friday.")
	if got, want := pairs(a, b), []string{"tycoon|<name>", "tycoon|leader"}; !slices.Equal(got, want) {
		t.Errorf("with a description: alternatives %q, want %q", got, want)
	}
}

// TestLabelsOrganizationDescription checks that "the organization" and "the group" are
// descriptions of the body named last, in their sentence or the one before, as "the
// country" is of the country: not of a country or a city, not when another name came
// between, and not two sentences on.
func TestLabelsOrganizationDescription(t *testing.T) {
	docs := englishDocs("a",
		"The Progress Council filed a suit on Monday, saying the organization had been wronged. The group said little more.",
		"The Progress Council met. Aides of Tomas Varga spoke. The organization was silent.",
		"The Progress Council met on Monday. Voters were calm. It rained. The group of people left.",
		"Protesters met in Port Elara on Monday. The group marched.",
		"Soloria said the organization would vote. Soloria's allies met. Solorian officials agreed. Solorian troops stayed.")
	checkLabelsEach(t, docs, []string{"Progress Council", "Port Elara", "Soloria"},
		[]map[string]int{{"organization": 1, "group": 1}, {}, {"officials": 1, "troops": 1}})
}

// TestLabelsCompatibleDescription checks the definite descriptions whose head their
// document gave no one: one goes to the referent the documents give that head to in
// appositions, predicate nominals or premodifiers (in two documents or more, twice as many
// as any other referent) when the latest name in its sentence or the one before that
// could stand between them is the referent's (for a person any name, titled or not, but
// a country's; for a place a name with no title). The abstract noun ("the market") is
// stopped twice, as no kind of place (placeKinds) and as no person's noun; the rows "a
// person's noun a place was called" and "a noun that says only that she is a person"
// each fail with one of those guards alone removed (checked once by hand). Two documents give "billionaire" to Ana Ruiz, two
// call Halden a city and a market; the last document of each row is the one tested, and
// the counts are worked by hand: two appositions or predicates, plus one when the
// description is linked.
func TestLabelsCompatibleDescription(t *testing.T) {
	given := []string{
		"Ms. Ana Ruiz, the billionaire, bought the club. Halden is a small city. Halden is a market for wool.",
		"The club was sold to Ms. Ana Ruiz, the billionaire, in May. Halden is a port city. Halden is a market for grain.",
	}
	for _, c := range []struct {
		name, text   string
		ruiz, halden map[string]int
	}{
		{"a person's in the next sentence", "Ms. Ana Ruiz spoke in the square. The billionaire said she would stay.",
			map[string]int{"billionaire": 3}, map[string]int{"city": 2, "market": 2}},
		{"a person's in its sentence", "After Ms. Ana Ruiz spoke, the billionaire left the square.",
			map[string]int{"billionaire": 3}, map[string]int{"city": 2, "market": 2}},
		{"a place's", "The storm reached Halden on Monday. The city lost its power.",
			map[string]int{"billionaire": 2}, map[string]int{"city": 3, "market": 2}},
		{"a place's past a person's name", "The storm reached Halden on Monday. Mayor Ivo Marek said the city lost its power.",
			map[string]int{"billionaire": 2}, map[string]int{"city": 3, "market": 2}},
		{"another person named between", "Ms. Ana Ruiz met Mayor Ivo Marek on Monday. The billionaire said she would stay.",
			map[string]int{"billionaire": 2}, map[string]int{"city": 2, "market": 2}},
		{"another person named between with no title", "Ms. Ana Ruiz met Ivo Marek on Monday. The billionaire said he would stay.",
			map[string]int{"billionaire": 2}, map[string]int{"city": 2, "market": 2}},
		{"another place named between", "The storm reached Halden and then Port Elara. The city lost its power.",
			map[string]int{"billionaire": 2}, map[string]int{"city": 2, "market": 2}},
		{"named two sentences before", "Ms. Ana Ruiz spoke in the square. It rained. The billionaire said she would stay.",
			map[string]int{"billionaire": 2}, map[string]int{"city": 2, "market": 2}},
		{"a capitalized modifier", "Ms. Ana Ruiz spoke in the square. The Solorian billionaire said he would stay.",
			map[string]int{"billionaire": 2}, map[string]int{"city": 2, "market": 2}},
		{"an abstract noun a place was called", "Wool reached Halden on Monday. The market closed early.",
			map[string]int{"billionaire": 2}, map[string]int{"city": 2, "market": 2}},
	} {
		t.Run(c.name, func(t *testing.T) {
			docs := englishDocs("a", append(slices.Clone(given), c.text)...)
			checkLabelsEach(t, docs, []string{"Ana Ruiz", "Halden"}, []map[string]int{c.ruiz, c.halden})
		})
	}
	t.Run("given once", func(t *testing.T) {
		docs := englishDocs("a", given[0], "Ms. Ana Ruiz spoke in the square. The billionaire said she would stay.")
		checkLabelsEach(t, docs, []string{"Ana Ruiz"}, []map[string]int{{"billionaire": 1}})
	})
	t.Run("a noun that says only that she is a person", func(t *testing.T) {
		docs := englishDocs("a", "Ms. Ana Ruiz, a quiet woman, spoke.", "Ms. Ana Ruiz is a woman of few words.",
			"Ms. Ana Ruiz left early. The woman at the gate said so.")
		checkLabelsEach(t, docs, []string{"Ana Ruiz"}, []map[string]int{{"woman": 2}})
	})
	t.Run("a person's noun a place was called", func(t *testing.T) {
		// Two documents call Halden a leader: a person's noun goes to no place.
		docs := englishDocs("a", "Halden, a leader in wool, grew fast.", "Halden is a leader in grain.",
			"The storm reached Halden on Monday. The leader said it would pass.")
		checkLabelsEach(t, docs, []string{"Halden"}, []map[string]int{{"leader": 2}})
	})
	t.Run("a noun ending in ss", func(t *testing.T) {
		docs := englishDocs("a", "Ms. Ana Ruiz, the witness, spoke.", "Ms. Ana Ruiz is a witness for the town.",
			"Ms. Ana Ruiz left early. The witness said so.")
		checkLabelsEach(t, docs, []string{"Ana Ruiz"}, []map[string]int{{"witness": 3}})
	})
	t.Run("a country named between", func(t *testing.T) {
		// Soloria is a country (its adjective is used before nouns): no person's name, it
		// stands between no person and a description.
		docs := englishDocs("a", given[0], given[1], "Solorian farmers sold wool to Solorian traders in Soloria.",
			"Ms. Ana Ruiz flew to Soloria on Monday. The billionaire said she would stay.")
		checkLabelsEach(t, docs, []string{"Ana Ruiz", "Halden", "Soloria"},
			[]map[string]int{{"billionaire": 3}, {"city": 2, "market": 2}, {"farmers": 1, "traders": 1}})
	})
	t.Run("the same text twice", func(t *testing.T) {
		// One text under two IDs is one document: "billionaire" is given in one.
		docs := englishDocs("a", given[0], given[0], "Ms. Ana Ruiz spoke in the square. The billionaire said she would stay.")
		checkLabelsEach(t, docs, []string{"Ana Ruiz"}, []map[string]int{{"billionaire": 2}})
	})
	t.Run("its kind", func(t *testing.T) {
		docs := englishDocs("a", append(slices.Clone(given), "Ms. Ana Ruiz spoke in the square. The billionaire said she would stay.")...)
		rls, err := (&Analyzer{}).LabelsEach(docs, nil, []string{"Ana Ruiz"}, nil)
		if err != nil {
			t.Fatal(err)
		}
		want := []Count{{"apposition", 2}, {"description (corpus)", 1}}
		if len(rls[0].Labels) != 1 || !slices.Equal(rls[0].Labels[0].Kinds, want) {
			t.Errorf("labels %+v, want billionaire with kinds %v", rls[0].Labels, want)
		}
	})
	t.Run("given to two", func(t *testing.T) {
		docs := englishDocs("a", given[0], given[1], "Mr. Ivo Marek, the billionaire, sold it.",
			"Mr. Ivo Marek is a billionaire.", "Ms. Ana Ruiz spoke in the square. The billionaire said she would stay.")
		checkLabelsEach(t, docs, []string{"Ana Ruiz", "Ivo Marek"}, []map[string]int{{"billionaire": 2}, {"billionaire": 2}})
	})
}
