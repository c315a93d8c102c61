package framing

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// TestJoinSpeakerNames: each case lists counts with the joined counts and names expected,
// worked out by hand from JoinSpeakerNames' rules (all names invented; "Anna", "Maria",
// "Paul", "Laura", "Peter", "Steve", "Jon" and "Kim" are known given names, "Chen", "Qin",
// "Tam", "Li", "Kim", "Kang", "Lam", "Han" and "Nguyen" East Asian surnames, of which "Chen",
// "Li", "Kim", "Lam", "Han" and "Nguyen" are among the commonest, "Israel" a country).
func TestJoinSpeakerNames(t *testing.T) {
	runJoinRows(t, []joinRow{
		{"empty", nil, []Count{}, map[string]string{}},
		{"surname after a known given name",
			[]Count{{"Anna Veltri", 10}, {"Veltri", 20}},
			[]Count{{"Anna Veltri", 30}}, map[string]string{"Veltri": "Anna Veltri"}},
		{"case of the first letter",
			[]Count{{"Analysts", 3}, {"analysts", 2}, {"Critics", 1}, {"critics", 1}},
			[]Count{{"Analysts", 5}, {"Critics", 2}}, map[string]string{"analysts": "Analysts", "critics": "Critics"}},
		{"an opening the",
			[]Count{{"Protesters", 7}, {"the protesters", 5}, {"the Valdor Council", 3}, {"Valdor Council", 4}, {"The", 1}},
			[]Count{{"Protesters", 12}, {"Valdor Council", 7}, {"The", 1}}, map[string]string{"the protesters": "Protesters", "the Valdor Council": "Valdor Council"}},
		{"The before one capitalized word names apart",
			[]Count{{"The Vask", 5}, {"Vask", 8}, {"Anna Vask", 30}},
			[]Count{{"Anna Vask", 38}, {"The Vask", 5}}, map[string]string{"Vask": "Anna Vask"}},
		{"case anywhere in the name",
			[]Count{{"Valdor Defense Ministry", 7}, {"Valdor defense ministry", 2}, {"VALDOR", 1}, {"Valdor", 3}},
			[]Count{{"Valdor Defense Ministry", 9}, {"Valdor", 4}}, map[string]string{"Valdor defense ministry": "Valdor Defense Ministry", "VALDOR": "Valdor"}},
		{"an English given name before a Chinese name",
			[]Count{{"Carrie Tam Lok-yin", 6}, {"Carrie Tam", 5}, {"Tam", 4}, {"Anna Qin", 2}, {"Anna Qin Wai", 3}, {"Anna Veltri", 4}, {"Anna Veltri Lok-yin", 2}},
			[]Count{{"Carrie Tam Lok-yin", 15}, {"Anna Veltri", 4}, {"Anna Qin Wai", 3}, {"Anna Qin", 2}, {"Anna Veltri Lok-yin", 2}},
			map[string]string{"Carrie Tam": "Carrie Tam Lok-yin", "Tam": "Carrie Tam Lok-yin"}},
		{"names given twice are summed",
			[]Count{{"Veltri", 1}, {"Anna Veltri", 1}, {"Veltri", 1}},
			[]Count{{"Anna Veltri", 3}}, map[string]string{"Veltri": "Anna Veltri"}},
		{"East Asian surname first, the second word no speaker alone",
			[]Count{{"Qin Lanfei", 5}, {"Qin", 7}},
			[]Count{{"Qin Lanfei", 12}}, map[string]string{"Qin": "Qin Lanfei"}},
		{"one of the commonest surnames alone joins no one across documents",
			[]Count{{"Chen Lanfei", 5}, {"Chen", 7}, {"Kim Jong Un", 50}, {"Kim", 40}, {"Nguyen Van Tho", 3}, {"Nguyen", 9}},
			[]Count{{"Kim Jong Un", 50}, {"Kim", 40}, {"Nguyen", 9}, {"Chen", 7}, {"Chen Lanfei", 5}, {"Nguyen Van Tho", 3}}, map[string]string{}},
		{"the second word a speaker alone: Western order, no join",
			[]Count{{"Qin Lanfei", 5}, {"Qin", 7}, {"Lanfei", 1}},
			[]Count{{"Qin", 7}, {"Qin Lanfei", 5}, {"Lanfei", 1}}, map[string]string{}},
		{"East Asian surname last after an unknown given name",
			[]Count{{"Carrie Tam", 4}, {"Tam", 2}},
			[]Count{{"Carrie Tam", 6}}, map[string]string{"Tam": "Carrie Tam"}},
		{"an initial inside the name",
			[]Count{{"Quillon R. Vask", 6}, {"Vask", 1}},
			[]Count{{"Quillon R. Vask", 7}}, map[string]string{"Vask": "Quillon R. Vask"}},
		{"unknown given name, no initial: apart",
			[]Count{{"Quillon Vask", 6}, {"Vask", 1}},
			[]Count{{"Quillon Vask", 6}, {"Vask", 1}}, map[string]string{}},
		{"several full names of like weight share the surname: apart",
			[]Count{{"Anna Ruiz", 10}, {"Luis Ruiz", 8}, {"Ruiz", 5}},
			[]Count{{"Anna Ruiz", 10}, {"Luis Ruiz", 8}, {"Ruiz", 5}}, map[string]string{}},
		{"one full name a quarter of the other: apart",
			[]Count{{"Laura Dunmore", 12}, {"Peter Dunmore", 3}, {"Dunmore", 2}},
			[]Count{{"Laura Dunmore", 12}, {"Peter Dunmore", 3}, {"Dunmore", 2}}, map[string]string{}},
		{"one full name under a quarter of the other: the larger",
			[]Count{{"Laura Dunmore", 13}, {"Peter Dunmore", 3}, {"Dunmore", 2}},
			[]Count{{"Laura Dunmore", 15}, {"Peter Dunmore", 3}}, map[string]string{"Dunmore": "Laura Dunmore"}},
		{"a place stays apart from the person who shares its name",
			[]Count{{"Steve Israel", 2}, {"Israel", 9}},
			[]Count{{"Israel", 9}, {"Steve Israel", 2}}, map[string]string{}},
		{"a body's name is no person's",
			[]Count{{"Solvara Daily", 3}, {"Solvara", 9}, {"Anna Marivel Park", 8}, {"Marivel", 1}},
			[]Count{{"Solvara", 9}, {"Anna Marivel Park", 8}, {"Solvara Daily", 3}, {"Marivel", 1}}, map[string]string{}},
		{"a given name alone is not a surname",
			[]Count{{"Paul Meroz", 6}, {"Paul", 3}},
			[]Count{{"Paul Meroz", 6}, {"Paul", 3}}, map[string]string{}},
		{"given name and surname join the longer name, then the surname",
			[]Count{{"Maria Vidal", 4}, {"Maria Lopez Vidal", 20}, {"Vidal", 1}},
			[]Count{{"Maria Lopez Vidal", 25}}, map[string]string{"Maria Vidal": "Maria Lopez Vidal", "Vidal": "Maria Lopez Vidal"}},
		{"a join counts for the weight of the next",
			// Maria Vidal (4) joins Maria Lopez Vidal (3): 7 > 4 × Jon Vidal's 1, so Vidal
			// joins it; without the first join, 3 would not be.
			[]Count{{"Maria Vidal", 4}, {"Maria Lopez Vidal", 3}, {"Jon Vidal", 1}, {"Vidal", 2}},
			[]Count{{"Maria Lopez Vidal", 9}, {"Jon Vidal", 1}}, map[string]string{"Maria Vidal": "Maria Lopez Vidal", "Vidal": "Maria Lopez Vidal"}},
		{"family name first: the last word is a given name, no surname",
			// Kang is an East Asian surname (not a common one), so only the order keeps it apart.
			[]Count{{"Qin Kang", 10}, {"Kang", 5}},
			[]Count{{"Qin Kang", 10}, {"Kang", 5}}, map[string]string{}},
		{"family name first: three words are candidates too",
			// Kang Jong Un (50) is more than 4 × Kang Yo-jong (3): Kang joins it.
			[]Count{{"Kang Jong Un", 50}, {"Kang Yo-jong", 3}, {"Kang", 40}},
			[]Count{{"Kang Jong Un", 90}, {"Kang Yo-jong", 3}}, map[string]string{"Kang": "Kang Jong Un"}},
		{"family name first with pinyin's syllable mark: a candidate",
			// Two candidates of like weight: without Qin Ru’an, Qin would join Qin Lanfei.
			[]Count{{"Qin Ru’an", 2}, {"Qin Lanfei", 1}, {"Qin", 4}},
			[]Count{{"Qin", 4}, {"Qin Ru’an", 2}, {"Qin Lanfei", 1}}, map[string]string{}},
		{"family name first, three words of like weight: apart",
			[]Count{{"Kang Jong Un", 10}, {"Kang Yo-jong", 3}, {"Kang", 40}},
			[]Count{{"Kang", 40}, {"Kang Jong Un", 10}, {"Kang Yo-jong", 3}}, map[string]string{}},
		{"a given name that is also an East Asian surname, Western order: apart",
			[]Count{{"Kang Kardashian", 10}, {"Kang", 3}},
			[]Count{{"Kang Kardashian", 10}, {"Kang", 3}}, map[string]string{}},
		{"a common surname after a given name, Western order: joined",
			[]Count{{"Spike Lee", 10}, {"Lee", 3}, {"Kevin Chang", 10}, {"Chang", 3}},
			[]Count{{"Kevin Chang", 13}, {"Spike Lee", 13}}, map[string]string{"Chang": "Kevin Chang", "Lee": "Spike Lee"}},
		{"a body's name opening with an East Asian surname: apart",
			[]Count{{"Lam Research", 10}, {"Lam", 3}, {"Han Chinese", 10}, {"Han", 3}},
			[]Count{{"Han Chinese", 10}, {"Lam Research", 10}, {"Han", 3}, {"Lam", 3}}, map[string]string{}},
		{"counts of zero or less are left out",
			[]Count{{"Anna Veltri", 4}, {"Veltri", 0}, {"Chen Lanfei", -2}, {"Chen", 3}},
			[]Count{{"Anna Veltri", 4}, {"Chen", 3}}, map[string]string{}},
		{"not UTF-8, empty: kept as given",
			[]Count{{"\xff", 1}, {"", 2}},
			[]Count{{"", 2}, {"\xff", 1}}, map[string]string{}},
		// The names of one country's body or office join whatever
		// form gives the country (name, possessive, adjective) and whichever order gives the
		// ministry; a name without a country joins only names without one. The expectations are
		// worked out by hand from bodyKey and countryTable (the countries are real, the other
		// names invented: "Velmar", "Halden" and "Haldenian" are in no table).
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
	})
}

// joinRow is a case of JoinSpeakerNames: counts given, and the joined counts and the map
// of names shown under another expected.
type joinRow struct {
	name string
	in   []Count
	want []Count
	into map[string]string
}

// runJoinRows runs each row as a subtest.
func runJoinRows(t *testing.T, rows []joinRow) {
	t.Helper()
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			got, into := JoinSpeakerNames(tc.in)
			if !reflect.DeepEqual(got, tc.want) || !reflect.DeepEqual(into, tc.into) {
				t.Errorf("JoinSpeakerNames(%v) = %v, %v; want %v, %v", tc.in, got, into, tc.want, tc.into)
			}
		})
	}
}

// TestJoinSpeakerNamesOrder: the result does not depend on the order of the counts, and the
// counts given are left as they were.
func TestJoinSpeakerNamesOrder(t *testing.T) {
	in := []Count{{"Maria Vidal", 4}, {"Maria Lopez Vidal", 3}, {"Jon Vidal", 1}, {"Vidal", 2}, {"Anna Veltri", 1},
		{"Veltri", 1}, {"analysts", 2}, {"Analysts", 2}, {"Chen", 1}, {"Chen Lanfei", 1}, {"Israel", 1}}
	kept := append([]Count(nil), in...)
	want, wantInto := JoinSpeakerNames(in)
	if !reflect.DeepEqual(in, kept) {
		t.Fatalf("the counts given were changed: %v", in)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 20 {
		r.Shuffle(len(in), func(i, j int) { in[i], in[j] = in[j], in[i] })
		if got, into := JoinSpeakerNames(in); !reflect.DeepEqual(got, want) || !reflect.DeepEqual(into, wantInto) {
			t.Fatalf("shuffle %d: %v %v; want %v %v", i, got, into, want, wantInto)
		}
	}
}

// TestVoiceStatsJoin: VoiceStats counts a speaker by each document's canonical name, so a
// person named in full in one document and by surname in another is two speakers until
// JoinSpeakerNames joins them (the documents are invented).
func TestVoiceStatsJoin(t *testing.T) {
	docs := []corpus.Document{
		{ID: "d1", Language: "english", Text: "Anna Veltri said the harbor would reopen in May. Veltri said the tolls would stay."},
		{ID: "d2", Language: "english", Text: "The ferries ran late again. Veltri said the delays were over."},
	}
	vs, err := (&Analyzer{}).VoiceStats(docs...)
	if err != nil {
		t.Fatal(err)
	}
	if want := []Count{{"Anna Veltri", 2}, {"Veltri", 1}}; !reflect.DeepEqual(vs.Speakers, want) {
		t.Fatalf("VoiceStats speakers %v; want %v", vs.Speakers, want)
	}
	got, into := JoinSpeakerNames(vs.Speakers)
	if want := []Count{{"Anna Veltri", 3}}; !reflect.DeepEqual(got, want) || into["Veltri"] != "Anna Veltri" {
		t.Errorf("joined %v %v; want %v, Veltri into Anna Veltri", got, into, want)
	}
}

// BenchmarkJoinSpeakerNames joins n full names with their surnames; the time a name
// should stay flat as n grows (look-ups by first and last word, not a scan of all names).
func BenchmarkJoinSpeakerNames(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		in := make([]Count, 0, 2*n)
		for i := range n {
			sur := fmt.Sprintf("Vask%c%c%c", 'a'+i%26, 'a'+i/26%26, 'a'+i/676%26)
			in = append(in, Count{"Anna " + sur, 3}, Count{sur, 1})
		}
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				JoinSpeakerNames(in)
			}
		})
	}
}
