package framing

import (
	"maps"
	"testing"
)

// Rules added for issue #19 (label alternatives' recall), on invented sentences: each case
// fails with its rule off.

// A demonstrative noun phrase ("this leader", "these agents", "those troops") points back
// to a referent as a definite description does; "that" is left out, since it opens
// clauses as often ("said that officials ...").
func TestLabelsDemonstrativeDescription(t *testing.T) {
	for _, c := range []struct {
		name, referent string
		texts          []string
		want           map[string]int
	}{
		{"this", "Tal Oren", []string{"Tal Oren, the Solorian strongman, spoke on Monday. Critics say this strongman will not step down."},
			map[string]int{"strongman": 2}},
		{"these", "Soloria", []string{"Solorian agents crossed the border in May. Farmers in Valdora said these agents had forged papers."},
			map[string]int{"agents": 2}},
		{"those", "Soloria", []string{"Solorian troops left the valley in June. Farmers said those troops had burned the barns."},
			map[string]int{"troops": 2}},
		{"not that before a clause", "Soloria", []string{"Solorian officials met on Friday. A diplomat said that officials from Valdora stayed home."},
			map[string]int{"officials": 1}},
		{"not this country, which is the writer's", "Soloria", []string{"Soloria said it would reply. Solorian officials met. Solorian troops left. Soloria sent aid. In this country, farmers said, the harvest failed."},
			map[string]int{"officials": 1, "troops": 1}},
		{"the country", "Soloria", []string{"Soloria said it would reply. Solorian officials met. Solorian troops left. Soloria sent aid. In the country, farmers said, the harvest failed."},
			map[string]int{"officials": 1, "troops": 1, "country": 1}},
		{"not the country of a name modifying a noun", "Soloria", []string{"Soloria said it would reply. Solorian officials met. Solorian troops left. " +
			"Soloria sent aid to Marivia. Soloria troops will stay in the country, farmers said."},
			map[string]int{"officials": 1, "troops": 2}},
		{"not a head never given", "Tal Oren", []string{"Tal Oren, the Solorian strongman, spoke on Monday. Critics say this plan will fail."},
			map[string]int{"strongman": 1}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := labelCounts(t, c.referent, c.texts...); !maps.Equal(got, c.want) {
				t.Errorf("labels %v, want %v", got, c.want)
			}
		})
	}
}

// Those who work or speak for a body ("its lawyers", "the Council's staffers", "PLC
// employees") are references to the body, as its officials are; not to a place ("Soloria
// and its members").
func TestLabelsBodyMembers(t *testing.T) {
	for _, c := range []struct {
		name, referent string
		texts          []string
		want           map[string]int
	}{
		{"pronoun", "Progress Council", []string{"The Progress Council voted. The Progress Council and its lawyers left."},
			map[string]int{"lawyers": 1}},
		{"possessive", "Progress Council", []string{"The Progress Council voted. Later the Progress Council's staffers left."},
			map[string]int{"staffers": 1}},
		{"of", "Progress Council", []string{"The Progress Council voted. Later the employees of the Progress Council left."},
			map[string]int{"employees": 1}},
		{"attributive", "Progress Council", []string{"The Progress Council voted. Later Progress Council volunteers left."},
			map[string]int{"volunteers": 1}},
		{"not a place's", "Port Elara", []string{"Port Elara voted. Port Elara and its members left. Later Port Elara volunteers left."},
			map[string]int{}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := labelCounts(t, c.referent, c.texts...); !maps.Equal(got, c.want) {
				t.Errorf("labels %v, want %v", got, c.want)
			}
		})
	}
}
