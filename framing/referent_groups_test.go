package framing

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestReferentGroupsRules checks which forms of names SuggestReferents groups, rule by
// rule, with a positive and a negative row for each. Both sides read the same invented
// texts unless textsB gives side B's. together lists forms that must share a referent, apart forms that must not.
func TestReferentGroupsRules(t *testing.T) {
	rep := func(n int, s string) []string { return slices.Repeat([]string{s}, n) }
	tests := []struct {
		name     string
		texts    []string
		together [][2]string
		apart    [][2]string
		textsB   []string // side B's texts when they are not texts
	}{
		// Initials join a name only when the documents link them.
		{"initials defined in parentheses",
			append(rep(11, "The HRC sold boats."), "The Halden Rowing Club (HRC) met on the pier."),
			[][2]string{{"HRC", "Halden Rowing Club"}}, nil, nil},
		{"initials written beside the name in most of their documents",
			[]string{"The Progress League Council met. The PLC voted.", "The Progress League Council spoke. The PLC left.", "The PLC sold land."},
			[][2]string{{"PLC", "Progress League Council"}}, nil, nil},
		{"initials beside the name in two documents of many",
			append(rep(12, "The TW crew filmed the debate for TW viewers."), "Crews left Tomo Valley, and TW crews followed.", "Ships reached Tomo Valley."),
			nil, [][2]string{{"TW", "Tomo Valley"}}, nil},
		{"initials beside the name in one document of many",
			append(rep(12, "The TW crew filmed the debate for TW viewers."), "Crews left Tomo Valley, and TW crews followed.", "Ships reached Tomo Valley."),
			nil, [][2]string{{"TW", "Tomo Valley"}},
			append(rep(12, "The TW crew filmed the debate for TW viewers."), "Ships reached Tomo Valley.")},
		{"initials defined in parentheses after them",
			append(rep(11, "The HRC sold boats."), "The HRC (Halden Rowing Club) met on the pier."),
			[][2]string{{"HRC", "Halden Rowing Club"}}, nil, nil},
		{"initials after the name and a comma",
			append(rep(11, "The HRC sold boats."), "The Halden Rowing Club, HRC, met on the pier.", "Halden Rowing Club boats left."),
			nil, [][2]string{{"HRC", "Halden Rowing Club"}}, nil},
		{"a parenthesis that never closes",
			append(rep(11, "The HRC sold boats."), "The Halden Rowing Club (HRC met on the pier.", "Halden Rowing Club boats left."),
			nil, [][2]string{{"HRC", "Halden Rowing Club"}}, nil},
		{"initials never beside the name",
			[]string{"The PLC met.", "The PLC voted.", "The Progress League Council spoke.", "The Progress League Council left."},
			nil, [][2]string{{"PLC", "Progress League Council"}}, nil},
		// Middle initials.
		{"a middle initial or none: one person",
			[]string{"Ana M. Ruiz spoke in Halden.", "Later Ana Ruiz left Halden."},
			[][2]string{{"Ana M. Ruiz", "Ana Ruiz"}}, nil, nil},
		{"different middle initials: two people",
			[]string{"Jon R. Hale spoke in Halden.", "Jon T. Hale left Halden.", "Jon Hale stayed in Halden."},
			nil, [][2]string{{"Jon R. Hale", "Jon T. Hale"}, {"Jon Hale", "Jon R. Hale"}, {"Jon Hale", "Jon T. Hale"}}, nil},
		{"middle initials run together",
			[]string{"Jon R.T. Hale spoke in Halden.", "Later Jon Hale left Halden.", "Jon Hale stayed in Halden."},
			[][2]string{{"Jon R.T. Hale", "Jon Hale"}}, nil, nil},
		{"different middle initials, run together or not: two people",
			[]string{"Jon R.T. Hale spoke in Halden.", "Jon S. Hale left Halden.", "Jon Hale stayed in Halden."},
			nil, [][2]string{{"Jon R.T. Hale", "Jon S. Hale"}, {"Jon Hale", "Jon S. Hale"}, {"Jon Hale", "Jon R.T. Hale"}}, nil},
		// A surname alone.
		{"a surname of one person",
			[]string{"Lena Varga spoke in Halden. Ms. Varga left.", "Lena Varga stayed. Ms. Varga met Lena Varga.", "Lena Varga and Ivo Varga met in Halden. Ms. Varga spoke.", "Lena Varga wrote. Lena Varga read."},
			[][2]string{{"Varga", "Lena Varga"}}, nil, nil},
		{"a surname of one person written in two full forms",
			[]string{"Lena Varga spoke in Halden. Ms. Varga left.", "Lena Maria Varga stayed. Ms. Varga met Lena Varga.", "Lena Varga and Lena Maria Varga met in Halden. Ms. Varga spoke."},
			[][2]string{{"Varga", "Lena Varga"}}, nil, nil},
		{"a surname two people share joins the more mentioned",
			[]string{"Lena Varga spoke in Halden. Ms. Varga left.", "Ivo Varga stayed. Mr. Varga met Lena Varga.", "Lena Varga and Ivo Varga met in Halden. Ms. Varga spoke.", "Lena Varga wrote."},
			[][2]string{{"Varga", "Lena Varga"}}, [][2]string{{"Ivo Varga", "Lena Varga"}}, nil},
		{"a surname alone, without a title, of a name a known given name opens",
			append(rep(6, "The guild invited Varek to Halden."), "Elena Varek spoke in Halden. Later Varek left.", "Then Elena Varek met the guild. Varek stayed."),
			[][2]string{{"Varek", "Elena Varek"}}, nil, nil},
		{"a surname and a name written twice beside initials in capitals",
			append(rep(6, "The guild invited Varek to Halden."), "Elena Varek met the HRC. Elena Varek left. Varek stayed.", "Then Elena Varek met the HRC. Varek left."),
			[][2]string{{"Varek", "Elena Varek"}}, nil, nil},
		{"a surname alone whose full name other documents write",
			append(rep(6, "The guild invited Varek to Halden."), "Later Elena Varek spoke in Halden.", "Then Elena Varek left Halden."),
			nil, [][2]string{{"Varek", "Elena Varek"}}, nil},
		{"a place written far more often than a person's name it ends",
			append(rep(18, "Boats left Halden. Halden slept. Halden woke."), "Later Thomas Halden spoke. Boats left Halden.", "Then Thomas Halden left. Halden slept."),
			nil, [][2]string{{"Halden", "Thomas Halden"}}, nil},
		{"a single word after a word that is no given name",
			append(rep(6, "The guild met Corvan at the pier."), "Later North Corvan spoke. Corvan left.", "Then North Corvan left. Corvan stayed."),
			nil, [][2]string{{"Corvan", "North Corvan"}}, nil},
		{"a surname whose spellings differ in accents only",
			[]string{"Élodie Varek spoke in Halden. Ms. Varek left.", "Elodie Varek stayed. Ms. Varek met Élodie Varek.", "Ms. Varek wrote to Elodie Varek."},
			[][2]string{{"Élodie Varek", "Elodie Varek"}, {"Varek", "Elodie Varek"}}, nil, nil},
		{"accents and other letters",
			[]string{"Élodie Varek spoke in Halden. Ms. Varek left.", "Elodie Maret stayed. Ms. Maret met Élodie Varek.", "Ms. Varek wrote to Elodie Maret."},
			nil, [][2]string{{"Élodie Varek", "Elodie Maret"}}, nil},
		{"a form with initials and accents joins the name kept without them",
			[]string{"Élodie M. Varek spoke in Halden.", "Élodie Varek left Halden.", "Elodie Varek stayed in Halden.", "Elodie Varek wrote."},
			[][2]string{{"Élodie M. Varek", "Elodie Varek"}, {"Élodie Varek", "Elodie Varek"}}, nil, nil},
		{"a surname with an accent joins the name written without it",
			[]string{"Elodie Varek spoke in Halden. Ms. Varék left.", "Elodie Varek stayed. Ms. Varék met Elodie Varek.", "Ms. Varék wrote to Elodie Varek."},
			[][2]string{{"Varék", "Elodie Varek"}}, nil, nil},
		// A surname alone whose full name a title opens, the given name unknown to any list.
		{"a surname alone whose full name a title stands before",
			append(rep(6, "The guild invited Kessin to Halden."), "Chancellor Olvar Kessin spoke in Halden. Later Kessin left.", "Then Chancellor Olvar Kessin met the guild. Kessin stayed."),
			[][2]string{{"Kessin", "Olvar Kessin"}}, nil, nil},
		{"a surname alone whose full name an office with \"of\" stands before",
			append(rep(6, "The guild invited Brennik to Halden."), "Secretary of State Olvar Brennik spoke in Halden. Later Brennik left.", "Then Secretary of State Olvar Brennik met the guild. Brennik stayed."),
			[][2]string{{"Brennik", "Olvar Brennik"}}, nil, nil},
		// Transliterations.
		{"a surname transliterated three ways",
			[]string{"Ivan Ostrovsky spoke in Halden.", "Later Ivan Ostrovsky left Halden. The guild met Ostrovsky."},
			[][2]string{{"Ivan Ostrovskiy", "Ivan Ostrovsky"}, {"Ostrovskyy", "Ivan Ostrovsky"}}, nil,
			[]string{"Ivan Ostrovskiy spoke in Halden.", "Later Ivan Ostrovskiy left Halden. The guild met Ostrovskyy."}},
		{"a doubled consonant or one: two names",
			[]string{"Boats reached Talvass.", "Ships left Talvas.", "Boats reached Talvass.", "Ships left Talvas.", "Later Patriarch Kirill spoke.", "Then Prime Minister Kiril left.", "Later Patriarch Kirill spoke.", "Then Prime Minister Kiril left."},
			nil, [][2]string{{"Talvass", "Talvas"}, {"Patriarch Kirill", "Kiril"}}, nil},
		{"a given name after an East Asian surname",
			append(rep(6, "Later Meilin sang in Halden."), "Foreign Minister Wang Meilin spoke in Halden. Later Meilin left.", "Then Foreign Minister Wang Meilin met the guild. Meilin stayed."),
			nil, [][2]string{{"Meilin", "Wang Meilin"}}, nil},
		{"a given name alone after a title is no surname of the name it opens",
			[]string{"Senator John Kessin spoke in Halden. Later Senator John left.", "Senator John Kessin met the guild. Then Senator John spoke."},
			nil, [][2]string{{"John", "John Kessin"}}, nil},
		{"a titled surname that is a given name too, beside the full name",
			[]string{"Senator Tovin Paul spoke in Halden. Later Senator Paul left.", "Senator Tovin Paul met the guild. Then Senator Paul spoke."},
			[][2]string{{"Paul", "Tovin Paul"}}, nil, nil},
		{"a titled given name never beside a full name it ends",
			append(rep(4, "Later Senator John spoke in Halden."), "The singer Elvar John sang in Halden.", "Then Elvar John left Halden."),
			nil, [][2]string{{"John", "Elvar John"}}, nil},
		{"a titled East Asian surname that is a given name too",
			append(rep(3, "Later Mr. Kim spoke in Halden."), "Kim Sol-ho met the guild.", "Kim Sol-ho left Halden."),
			[][2]string{{"Kim", "Kim Sol-ho"}}, nil, nil},
		{"a doubled vowel and a word of four letters are other names",
			[]string{"Boats reached Varoona.", "Ships left Varona.", "Boats reached Bell.", "Ships left Bel."},
			nil, [][2]string{{"Varoona", "Varona"}, {"Bell", "Bel"}}, nil},
		// Spellings of one word and of two.
		{"a run-together spelling, rarer than the words apart",
			[]string{"Ships reached Port Elara.", "Boats left Port Elara.", "Ferries reached Port Elara.", "A ship reached Portelara."},
			[][2]string{{"Portelara", "Port Elara"}}, nil, nil},
		{"a run-together spelling, more common than the words apart",
			[]string{"Ships reached Portelara.", "Boats left Portelara.", "Ferries reached Portelara.", "A ship reached Port Elara."},
			[][2]string{{"Portelara", "Port Elara"}}, nil, nil},
		{"a capital inside the word shows where the words part",
			[]string{"Ships reached Port Elara.", "A ship reached PortElara.", "Boats reached PortElara.", "Ferries reached PortElara."},
			[][2]string{{"PortElara", "Port Elara"}}, nil, nil},
		{"a word written over ten times as often as the two words it spells",
			append(rep(11, "Ships reached Veldara."), "The singer Vel Dara sang in Halden."),
			nil, [][2]string{{"Veldara", "Vel Dara"}}, nil},
		// Case.
		{"initials and a word of four letters or more",
			[]string{"The SOLA pact held.", "The Sola pact grew.", "The Sola pact held."},
			[][2]string{{"SOLA", "Sola"}}, nil, nil},
		{"initials and a short word",
			[]string{"The MA program opened in Halden.", "Mr. Ma spoke in Halden.", "Mr. Ma left Halden."},
			nil, [][2]string{{"MA", "Ma"}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			textsB := tt.textsB
			if textsB == nil {
				textsB = tt.texts
			}
			a, b := englishDocs("a", tt.texts...), englishDocs("b", textsB...)
			refs, err := (&Analyzer{}).SuggestReferents(a, b, 1, 50)
			if err != nil {
				t.Fatal(err)
			}
			group := map[string]int{} // form -> referent index
			for i, r := range refs {
				for _, f := range r.Forms {
					group[f.Name] = i + 1
				}
			}
			show := func() string {
				var s []string
				for _, r := range refs {
					var fs []string
					for _, f := range r.Forms {
						fs = append(fs, f.Name)
					}
					s = append(s, "["+strings.Join(fs, ", ")+"]")
				}
				return strings.Join(s, " ")
			}
			for _, p := range tt.together {
				if group[p[0]] == 0 || group[p[0]] != group[p[1]] {
					t.Errorf("%q and %q apart, want one referent: %s", p[0], p[1], show())
				}
			}
			for _, p := range tt.apart {
				if group[p[0]] == 0 || group[p[1]] == 0 {
					t.Errorf("%q or %q not found: %s", p[0], p[1], show())
				} else if group[p[0]] == group[p[1]] {
					t.Errorf("%q and %q one referent, want two: %s", p[0], p[1], show())
				}
			}
		})
	}
}

// TestTransliterated checks the spellings made one, and those kept, word by word.
func TestTransliterated(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Ostrovskiy", "Ostrovsky"},
		{"Ostrovskyy", "Ostrovsky"},
		{"Ostrovskii", "Ostrovsky"},
		{"Ostrovsky", "Ostrovsky"},
		{"OSTROVSKIY", "OSTROVSKY"},
		{"Andriy", "Andry"},
		{"Pelaii", "Pelaii"},   // a vowel before the ending
		{"Talvass", "Talvass"}, // a doubled consonant
		{"Kirill", "Kirill"},
		{"Fattah", "Fattah"},
		{"Yuriy", "Yury"},
		{"Varoona", "Varoona"}, // vowels stay doubled
		{"Bell", "Bell"},       // four letters
		{"Hallo", "Hallo"},     // no such ending
		{"Ostróvskiy", "Ostróvskiy"},
		{"Hong-Kong", "Hong-Kong"},
	} {
		if got := transliteratedWord(tc.in); got != tc.want {
			t.Errorf("transliteratedWord(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	words := []string{"Ivan", "Ostrovskiy"}
	if got := transliterated(words); !slices.Equal(got, []string{"Ivan", "Ostrovsky"}) || words[1] != "Ostrovskiy" {
		t.Errorf("transliterated: %q (input now %q)", got, words)
	}
}

// TestFamilyNameNoSurname checks that a word mostly written as a modifier ("the Shinawa
// clan") does not join a name that only a title shows to be a person's.
func TestFamilyNameNoSurname(t *testing.T) {
	texts := append(slices.Repeat([]string{"Protesters fought the Shinawa clan in Halden."}, 6),
		"Prime Minister Yilan Shinawa spoke in Halden. The Shinawa family left.", "Then Prime Minister Yilan Shinawa met the guild. The Shinawa clan stayed.")
	refs, err := (&Analyzer{}).SuggestReferents(englishDocs("a", texts...), englishDocs("b", texts...), 1, 10)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(refs, func(r ReferentSuggestion) bool { return r.Name == "Yilan Shinawa" })
	if i < 0 {
		t.Fatalf("no referent Yilan Shinawa: %+v", refs)
	}
	if r := refs[i]; r.CountA != 2 || len(r.Forms) != 1 {
		t.Errorf("%s: %d/%d mentions, forms %v; want 2/2, the full name alone", r.Name, r.CountA, r.CountB, r.Forms)
	}
}

// TestLabelsTransliterated checks that Labels counts a referent's mentions in another
// transliteration as its own, as SuggestReferents groups them.
func TestLabelsTransliterated(t *testing.T) {
	a := englishDocs("a", "Ivan Ostrovsky spoke in Halden.", "Ostrovsky, the mayor, left.")
	b := englishDocs("b", "Ivan Ostrovskiy spoke in Halden.", "Ostrovskyy, the governor, left.")
	rl, err := (&Analyzer{}).Labels(a, b, "Ivan Ostrovsky", nil)
	if err != nil {
		t.Fatal(err)
	}
	if rl.MentionsA != 2 || rl.MentionsB != 2 {
		t.Errorf("mentions %d/%d, want 2/2", rl.MentionsA, rl.MentionsB)
	}
	var labels []string
	for _, l := range rl.Labels {
		labels = append(labels, fmt.Sprintf("%s %d/%d", l.Label, l.CountA, l.CountB))
	}
	if want := []string{"governor 0/1", "mayor 1/0"}; !slices.Equal(labels, want) {
		t.Errorf("labels %q, want %q", labels, want)
	}
	// The surname alone in either spelling, against the given name alone (givenName
	// counts them together).
	a = englishDocs("a", "President Ivan Ostrovsky, the mayor, spoke.", "President Ivan Ostrovsky spoke.", "Ostrovsky, the mayor, left.",
		"Later Ostrovsky, the mayor, spoke.", "Then Ostrovsky, the mayor, left.", "Ivan, the boy, ran.", "Later Ivan, the boy, sang.")
	b = englishDocs("b", "Ostrovskiy, the governor, left.", "President Ivan Ostrovsky spoke.")
	if rl, err = (&Analyzer{}).Labels(a, b, "Ivan Ostrovsky", nil); err != nil {
		t.Fatal(err)
	}
	if rl.MentionsB != 2 || !slices.ContainsFunc(rl.Labels, func(l ReferentLabel) bool { return l.Label == "governor" && l.CountB == 1 }) {
		t.Errorf("side B: %d mentions, labels %+v; want 2 and governor 0/1", rl.MentionsB, rl.Labels)
	}
}

// TestUnmarked checks that only the marks of Latin letters are dropped: a Cyrillic letter
// with a mark is a letter of its own.
func TestUnmarked(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Élodie Varék", "Elodie Varek"},
		{"Nguyễn Văn", "Nguyen Van"},
		{"Войнова", "Войнова"},
		{"Ёлкин", "Ёлкин"},
		{"Straße Đặng", "Straße Đang"},
		{"Halden", "Halden"},
	} {
		if got := unmarked(tc.in); got != tc.want {
			t.Errorf("unmarked(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
