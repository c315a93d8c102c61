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
