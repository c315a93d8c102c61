package framing

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// TestJoinSpeakerNamesBodies: the names of one country's body or office join whatever
// form gives the country (name, possessive, adjective) and whichever order gives the
// ministry; a name without a country joins only names without one. The expectations are
// worked out by hand from bodyKey and countryTable (the countries are real, the other
// names invented: "Velmar", "Halden" and "Haldenian" are in no table).
func TestJoinSpeakerNamesBodies(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   []Count
		want []Count
		into map[string]string
	}{
		{"possessive and adjective",
			[]Count{{"Russia's Defense Ministry", 3}, {"Russian Defense Ministry", 7}},
			[]Count{{"Russian Defense Ministry", 10}}, map[string]string{"Russia's Defense Ministry": "Russian Defense Ministry"}},
		{"name, curly possessive and adjective before an office",
			[]Count{{"Ukraine’s president", 2}, {"Ukraine president", 5}, {"Ukrainian president", 4}},
			[]Count{{"Ukraine president", 11}}, map[string]string{"Ukraine’s president": "Ukraine president", "Ukrainian president": "Ukraine president"}},
		{"a tie: the first in byte order",
			// "Ukraine'" sorts before "Ukraini": the apostrophe is below "i".
			[]Count{{"Ukrainian Foreign Ministry", 2}, {"Ukraine's Foreign Ministry", 2}},
			[]Count{{"Ukraine's Foreign Ministry", 4}}, map[string]string{"Ukrainian Foreign Ministry": "Ukraine's Foreign Ministry"}},
		{"Ministry of X is X Ministry, with the same country or none",
			[]Count{{"Russian Ministry of Defense", 2}, {"Russian Defense Ministry", 5}, {"Ministry of Defense", 3}, {"Defense Ministry", 1}},
			[]Count{{"Russian Defense Ministry", 7}, {"Ministry of Defense", 4}},
			map[string]string{"Russian Ministry of Defense": "Russian Defense Ministry", "Defense Ministry": "Ministry of Defense"}},
		{"a country's name shared by a surname is no qualifier, its adjective is",
			// "Jordan" is listed as "-Jordan": "Jordan's office" may be a lawmaker's.
			[]Count{{"Jordan's office", 2}, {"Jordanian office", 1}, {"Jordanian government", 1}, {"Jordan's government", 1}, {"Jordanian Foreign Ministry", 1}, {"Jordanian foreign ministry", 2}},
			[]Count{{"Jordanian foreign ministry", 3}, {"Jordan's office", 2}, {"Jordan's government", 1}, {"Jordanian government", 1}, {"Jordanian office", 1}},
			map[string]string{"Jordanian Foreign Ministry": "Jordanian foreign ministry"}},
		{"no country: apart from every country's",
			[]Count{{"Defense Ministry", 9}, {"Russian Defense Ministry", 2}, {"Ukrainian Defense Ministry", 2}},
			[]Count{{"Defense Ministry", 9}, {"Russian Defense Ministry", 2}, {"Ukrainian Defense Ministry", 2}}, map[string]string{}},
		{"two countries: apart",
			[]Count{{"Russia's Foreign Ministry", 1}, {"Ukraine's Foreign Ministry", 1}, {"North Korean defense minister", 1}, {"South Korean defense minister", 1}},
			[]Count{{"North Korean defense minister", 1}, {"Russia's Foreign Ministry", 1}, {"South Korean defense minister", 1}, {"Ukraine's Foreign Ministry", 1}}, map[string]string{}},
		{"defence after a country, Foreign Affairs, Ministry of the Interior",
			// Interior Ministry and Ministry of the Interior tie at 2: "I" sorts before "M".
			// Without a country, Defence and Defense stay apart.
			[]Count{{"Russian Ministry of Defence", 1}, {"Russia's Defense Ministry", 2}, {"Ministry of Defence", 1}, {"Defense Ministry", 2},
				{"Defence Ministry", 1}, {"Chilean Ministry of Foreign Affairs", 1}, {"Chile's Foreign Ministry", 3},
				{"Ministry of the Interior", 2}, {"Interior Ministry", 2}},
			[]Count{{"Chile's Foreign Ministry", 4}, {"Interior Ministry", 4}, {"Russia's Defense Ministry", 3}, {"Defence Ministry", 2}, {"Defense Ministry", 2}},
			map[string]string{"Russian Ministry of Defence": "Russia's Defense Ministry", "Ministry of Defence": "Defence Ministry",
				"Chilean Ministry of Foreign Affairs": "Chile's Foreign Ministry", "Ministry of the Interior": "Interior Ministry"}},
		{"Department of X, an opening the, two-word countries, a possessive after s",
			[]Count{{"South Korea's defense minister", 1}, {"South Korean defense minister", 2}, {"the United States' Embassy", 1},
				{"American Embassy", 1}, {"U.S. Embassy", 3}, {"the Department of Justice", 2}, {"Justice Department", 1}},
			[]Count{{"U.S. Embassy", 5}, {"South Korean defense minister", 3}, {"the Department of Justice", 3}},
			map[string]string{"South Korea's defense minister": "South Korean defense minister", "the United States' Embassy": "U.S. Embassy",
				"American Embassy": "U.S. Embassy", "Justice Department": "the Department of Justice"}},
		{"no body's word, no listed country, a ministry's officials: apart",
			[]Count{{"Russia's Velmar", 1}, {"Russian Velmar", 2}, {"Halden's Defense Ministry", 1}, {"Haldenian Defense Ministry", 2},
				{"Ministry of Defense officials", 1}, {"Defense Ministry officials", 1}},
			[]Count{{"Haldenian Defense Ministry", 2}, {"Russian Velmar", 2}, {"Defense Ministry officials", 1}, {"Halden's Defense Ministry", 1},
				{"Ministry of Defense officials", 1}, {"Russia's Velmar", 1}}, map[string]string{}},
		{"people are joined as before beside bodies",
			[]Count{{"Anna Veltri", 2}, {"Veltri", 1}, {"Russia's Defense Ministry", 1}, {"Russian Defense Ministry", 1}},
			[]Count{{"Anna Veltri", 3}, {"Russia's Defense Ministry", 2}},
			map[string]string{"Veltri": "Anna Veltri", "Russian Defense Ministry": "Russia's Defense Ministry"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, into := JoinSpeakerNames(tc.in)
			if !reflect.DeepEqual(got, tc.want) || !reflect.DeepEqual(into, tc.into) {
				t.Errorf("JoinSpeakerNames(%v) = %v, %v; want %v, %v", tc.in, got, into, tc.want, tc.into)
			}
		})
	}
}

// TestBodyKey: the key of a body's name, worked out by hand from bodyKey's rules.
func TestBodyKey(t *testing.T) {
	for _, tc := range []struct {
		name string
		key  string
		ok   bool
	}{
		{"Ukraine’s Ministry of Defence", "Ukraine|defense ministry", true},
		{"the Department of Justice", "|justice department", true},
		{"Ministry of Defence", "|defence ministry", true},
		{"US president", "United States|president", true},
		{"U.K. Foreign Affairs Ministry", "Britain|foreign ministry", true},
		{"Ministry of Defense officials", "|ministry of defense officials", true},
		{"us officials", "|us officials", true}, // "US" only as written
		{"officials", "|officials", true},
		{"Russian OFFICIALS", "Russia|officials", true},
		{"Ukrainian Ministère", "", false},
		{"Ukraine", "", false},
		{"Russia's", "", false},
		{"Ministry of", "", false},
		{"Bank of Russia", "", false},
		{"", "", false},
	} {
		key, ok := bodyKey(strings.Fields(tc.name))
		if key != tc.key || ok != tc.ok {
			t.Errorf("bodyKey(%q) = %q, %v; want %q, %v", tc.name, key, ok, tc.key, tc.ok)
		}
	}
}

// TestJoinSpeakerNamesBodiesOrder: the bodies' joins do not depend on the order of the
// counts.
func TestJoinSpeakerNamesBodiesOrder(t *testing.T) {
	in := []Count{{"Ukrainian Foreign Ministry", 2}, {"Ukraine's Foreign Ministry", 2}, {"Ukraine Foreign Ministry", 2},
		{"Ministry of Defence", 1}, {"Defense Ministry", 1}, {"Russian Ministry of Defense", 3}, {"Russia’s Defense Ministry", 3},
		{"the Russian Defense Ministry", 1}, {"Russian defense ministry", 2}, {"Anna Veltri", 1}, {"Veltri", 1}}
	want, wantInto := JoinSpeakerNames(in)
	r := rand.New(rand.NewPCG(3, 4))
	for i := range 30 {
		r.Shuffle(len(in), func(i, j int) { in[i], in[j] = in[j], in[i] })
		if got, into := JoinSpeakerNames(in); !reflect.DeepEqual(got, want) || !reflect.DeepEqual(into, wantInto) {
			t.Fatalf("shuffle %d: %v %v; want %v %v", i, got, into, want, wantInto)
		}
	}
}
