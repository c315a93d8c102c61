package framing

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/framediff/framediff/corpus"
)

func TestRoleKey(t *testing.T) {
	for _, c := range []struct {
		role, key string
	}{
		{"Ukrainian president", "Ukraine|president"},
		{"The Ukrainian President", "Ukraine|president"},
		{"Ukraine's president", "Ukraine|president"},
		{"President of Ukraine", "Ukraine|president"},
		{"the President of Ukraine", "Ukraine|president"},
		{"Minister of Foreign Affairs of Ukraine", "Ukraine|foreign minister"},
		{"Ukraine foreign minister", "Ukraine|foreign minister"},
		{"UK PM", "Britain|prime minister"},
		{"British Prime Minister", "Britain|prime minister"},
		{"U.S. Secretary of State", "United States|secretary-of-state"},
		{"NATO Secretary General", "NATO|secretary-general"},
		{"IAEA Director-General", "IAEA|director-general"},
		{"IAEA chief", "IAEA|chief"},
		{"U.N. chief", "United Nations|chief"},
		{"UN Secretary General", "United Nations|secretary-general"},
		{"Kyiv mayor", "kyiv|mayor"},
		{"Russia's Defence Minister", "Russia|defense minister"},
		{"UK Defence Secretary", "Britain|defense secretary"},
		{"Britain’s PM", "Britain|prime minister"},
		{"the Kremlin's chief", ""},
		// Offices of many, a deputy's, no organization, or a headline in capitals.
		{"Russian ambassador", ""},
		{"Ukrainian mayor", ""},
		{"Moscow president", ""},
		{"US envoy", ""},
		{"Russian commander", ""},
		{"Chinese spokesman", ""},
		{"Israeli minister", ""},
		{"US Vice President", ""},
		{"Ukrainian deputy prime minister", ""},
		{"PM spokesman", ""},
		{"IT minister", ""},
		{"CEO chief", ""},
		{"IRAN PRESIDENT", ""},
		// Not roles of a country or an organization alone.
		{"the president", ""},
		{"PM", ""},
		{"minister", ""},
		{"the former US president", ""},
		{"Separatist leader", ""},
		{"US officials", ""},
		{"Volodymyr Zelensky", ""},
		{"Hong Kong Federation of Students", ""},
		{"Ukraine's", ""},
	} {
		got, ok := roleKey(c.role)
		if !ok {
			got = ""
		}
		if got != c.key {
			t.Errorf("roleKey(%q) = %q, want %q", c.role, got, c.key)
		}
	}
}

func TestRoleOf(t *testing.T) {
	for _, c := range []struct {
		speaker, canonical, role string
	}{
		{"Moldovan President Ana Ruiz", "Ana Ruiz", "Moldovan President"},
		{"President Ana Ruiz of Moldova", "Ana Ruiz", "President of Moldova"},
		{"President of Moldova Ana Ruiz", "Ana Ruiz", "President of Moldova"},
		{"NATO Secretary General Ivo Marek", "Ivo Marek", "NATO Secretary General"},
		{"UN chief Marek", "Ivo Marek", "UN chief"}, // the surname alone
		// No role of a country or an organization.
		{"President Ana Ruiz", "Ana Ruiz", ""},
		{"Ana Ruiz", "Ana Ruiz", ""},
		{"Moldova's Ruiz", "Ana Ruiz", ""},
		{"Moldovan President Ana Ruiz at a meeting", "Ana Ruiz", ""},
		{"the Moldovan president", "Ana Ruiz", ""}, // resolved in its document: no name written
		{"Moldovan poet Ana Ruiz", "Ana Ruiz", ""},
		{"Moldovan Ambassador Ana Ruiz", "Ana Ruiz", ""},
		{"Kyiv Mayor Ana Ruiz", "Ana Ruiz", "Kyiv Mayor"},
	} {
		got, ok := RoleOf(c.speaker, c.canonical)
		if !ok {
			got = ""
		}
		if got != c.role {
			t.Errorf("RoleOf(%q, %q) = %q, want %q", c.speaker, c.canonical, got, c.role)
		}
	}
}

func TestJoinSpeakerRoles(t *testing.T) {
	for _, tc := range []struct {
		name  string
		in    []Count
		roles []RoleName
		want  []Count
		into  map[string]string
	}{
		{"a country's role joins the one person titled so",
			[]Count{{"Ana Ruiz", 10}, {"Moldovan president", 4}, {"President of Moldova", 2}},
			[]RoleName{{"Moldovan President", "Ana Ruiz", 3}},
			[]Count{{"Ana Ruiz", 16}},
			map[string]string{"Moldovan president": "Ana Ruiz", "President of Moldova": "Ana Ruiz"}},
		{"the forms of the role and of the name",
			[]Count{{"Ana Ruiz", 10}, {"Ruiz", 3}, {"Moldova's PM", 2}},
			[]RoleName{{"Moldovan Prime Minister", "Ruiz", 1}, {"Prime Minister of Moldova", "Ana Ruiz", 2}},
			[]Count{{"Ana Ruiz", 15}},
			map[string]string{"Ruiz": "Ana Ruiz", "Moldova's PM": "Ana Ruiz"}},
		{"two persons titled so, neither four times the other: no join",
			[]Count{{"Ana Ruiz", 10}, {"Ivo Marek", 6}, {"Moldovan president", 4}},
			[]RoleName{{"Moldovan President", "Ana Ruiz", 8}, {"Moldovan President", "Ivo Marek", 2}},
			[]Count{{"Ana Ruiz", 10}, {"Ivo Marek", 6}, {"Moldovan president", 4}},
			map[string]string{}},
		{"one four times the other joins",
			[]Count{{"Ana Ruiz", 10}, {"Ivo Marek", 6}, {"Moldovan president", 4}},
			[]RoleName{{"Moldovan President", "Ana Ruiz", 9}, {"Moldovan President", "Ivo Marek", 2}},
			[]Count{{"Ana Ruiz", 14}, {"Ivo Marek", 6}},
			map[string]string{"Moldovan president": "Ana Ruiz"}},
		{"fewer than 3 titled statements: no join",
			[]Count{{"Ana Ruiz", 10}, {"Moldovan president", 4}},
			[]RoleName{{"Moldovan President", "Ana Ruiz", 2}},
			[]Count{{"Ana Ruiz", 10}, {"Moldovan president", 4}},
			map[string]string{}},
		{"a chief is the organization's first office",
			[]Count{{"Ivo Marek", 5}, {"IAEA chief", 3}, {"IAEA head", 1}, {"Tal Oren", 2}},
			[]RoleName{{"IAEA Director General", "Ivo Marek", 4}, {"IAEA Deputy Director General", "Tal Oren", 2}},
			[]Count{{"Ivo Marek", 9}, {"Tal Oren", 2}},
			map[string]string{"IAEA chief": "Ivo Marek", "IAEA head": "Ivo Marek"}},
		{"a role without a country, or with another word, joins no one",
			[]Count{{"Ana Ruiz", 10}, {"the president", 4}, {"PM", 2}, {"the former Moldovan president", 2}},
			[]RoleName{{"Moldovan President", "Ana Ruiz", 5}, {"Moldovan Prime Minister", "Ana Ruiz", 5}},
			[]Count{{"Ana Ruiz", 10}, {"the president", 4}, {"PM", 2}, {"the former Moldovan president", 2}},
			map[string]string{}},
		{"another office of the country is not the role",
			[]Count{{"Ana Ruiz", 10}, {"Moldovan foreign minister", 3}},
			[]RoleName{{"Moldovan President", "Ana Ruiz", 5}},
			[]Count{{"Ana Ruiz", 10}, {"Moldovan foreign minister", 3}},
			map[string]string{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, into := JoinSpeakerRoles(tc.in, tc.roles)
			if !reflect.DeepEqual(got, tc.want) || !reflect.DeepEqual(into, tc.into) {
				t.Errorf("JoinSpeakerRoles(%v, %v) = %v, %v; want %v, %v", tc.in, tc.roles, got, into, tc.want, tc.into)
			}
		})
	}
}

// TestVoiceStatsRolesWorkers: VoiceStats.Roles is the same whatever the number of
// workers (the accumulators of several workers merged), and JoinSpeakerRoles whatever the
// order of its input.
func TestVoiceStatsRolesWorkers(t *testing.T) {
	var docs []corpus.Document
	for i := range 40 {
		text := fmt.Sprintf("The ferry strike went into day %d. Moldovan President Ana Ruiz said the ports would reopen.", i)
		switch i % 4 {
		case 1:
			text = fmt.Sprintf("Talks resumed on day %d, Latvian Prime Minister Ivo Marek said.", i)
		case 2:
			text = fmt.Sprintf("Moldovan president says the ports reopen on day %d\n\nThe first ferry left at dawn.", i)
		}
		docs = append(docs, corpus.Document{ID: fmt.Sprint("d", i), Language: "english", Text: text})
	}
	var want *VoiceStats
	for _, w := range []int{1, 2, 3, 7} {
		vs, err := (&Analyzer{Workers: w}).VoiceStats(docs...)
		if err != nil {
			t.Fatal(err)
		}
		if want == nil {
			want = vs
			wantRoles := []RoleName{{"Moldovan President", "Ana Ruiz", 20}, {"Latvian Prime Minister", "Ivo Marek", 10}}
			if !reflect.DeepEqual(vs.Roles, wantRoles) {
				t.Fatalf("roles %v, want %v", vs.Roles, wantRoles)
			}
			continue
		}
		if !reflect.DeepEqual(vs.Roles, want.Roles) || !reflect.DeepEqual(vs.Speakers, want.Speakers) {
			t.Errorf("%d workers: roles %v, speakers %v; one worker: %v, %v", w, vs.Roles, vs.Speakers, want.Roles, want.Speakers)
		}
	}
	joined, into := JoinSpeakerRoles(want.Speakers, want.Roles)
	r := rand.New(rand.NewPCG(1, 2))
	for range 20 {
		sp, ro := slices.Clone(want.Speakers), slices.Clone(want.Roles)
		r.Shuffle(len(sp), func(i, j int) { sp[i], sp[j] = sp[j], sp[i] })
		r.Shuffle(len(ro), func(i, j int) { ro[i], ro[j] = ro[j], ro[i] })
		if j2, i2 := JoinSpeakerRoles(sp, ro); !reflect.DeepEqual(j2, joined) || !reflect.DeepEqual(i2, into) {
			t.Fatalf("shuffled input: %v, %v; want %v, %v", j2, i2, joined, into)
		}
	}
	if into["Moldovan president"] != "Ana Ruiz" {
		t.Errorf("the role alone joined %q, want Ana Ruiz (%v)", into["Moldovan president"], joined)
	}
}
