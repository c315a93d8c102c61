package framing

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestJoinSpellingsNam28: the spellings of one invented name by two systems of
// romanization are one speaker when the given names agree; different given names, and a
// bare surname that two full names share, stay apart. Each row lists the rows wanted,
// counted by hand from the input.
func TestJoinSpellingsNam28(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   []Count
		want []Count
	}{
		{"surname endings, most frequent shown",
			[]Count{{"Ivo Moroskyy", 5}, {"Ivo Morosky", 3}, {"Ivo Moroskiy", 2}},
			[]Count{{"Ivo Moroskyy", 10}}},
		{"tie: the longest",
			[]Count{{"Ivo Moroskyi", 2}, {"Ivo Morosky", 2}},
			[]Count{{"Ivo Moroskyi", 4}}},
		{"tie of one length: the first in byte order",
			[]Count{{"Ivo Moroskyy", 2}, {"Ivo Moroskiy", 2}},
			[]Count{{"Ivo Moroskiy", 4}}},
		{"bare surnames alone stay apart",
			[]Count{{"Morosky", 4}, {"Moroskyy", 3}},
			[]Count{{"Morosky", 4}, {"Moroskyy", 3}}},
		{"one word to one word: doubled letters, c ts, -y",
			[]Count{{"Dellis", 4}, {"Delis", 3}, {"Critoc", 3}, {"Critocs", 2}, {"Bardy", 2}, {"Bardi", 1}},
			[]Count{{"Dellis", 4}, {"Critoc", 3}, {"Delis", 3}, {"Bardy", 2}, {"Critocs", 2}, {"Bardi", 1}}},
		{"a listed given name alone joins no other spelling",
			[]Count{{"Peter Denis", 4}, {"Dennis", 2}},
			[]Count{{"Peter Denis", 4}, {"Dennis", 2}}},
		{"English homophones: no join by key",
			[]Count{{"Karl Marx", 3}, {"Marks", 2}, {"Harriet Miers", 5}, {"Myers", 2}, {"Charles Michel", 10}, {"Mitchell", 3}},
			[]Count{{"Charles Michel", 10}, {"Harriet Miers", 5}, {"Karl Marx", 3}, {"Mitchell", 3}, {"Marks", 2}, {"Myers", 2}}},
		{"the exact spelling first",
			[]Count{{"Barbara Novak", 5}, {"Daniel Nowak", 1}, {"Nowak", 2}},
			[]Count{{"Barbara Novak", 5}, {"Daniel Nowak", 3}}},
		{"the exact spelling blocks another",
			[]Count{{"Peter Moroskyy", 6}, {"Daniel Morosky", 1}, {"Morosky", 4}},
			[]Count{{"Peter Moroskyy", 6}, {"Daniel Morosky", 5}}},
		{"kh and h: the bare surname joins",
			[]Count{{"Peter Khadiri", 6}, {"Hadiri", 2}},
			[]Count{{"Peter Khadiri", 8}}},
		{"bare surname joins the full name by its spelling",
			[]Count{{"Peter Moroskyy", 6}, {"Morosky", 4}},
			[]Count{{"Peter Moroskyy", 10}}},
		{"other given names stay apart",
			[]Count{{"Vitali Drobenko", 4}, {"Wladimir Drobenko", 3}},
			[]Count{{"Vitali Drobenko", 4}, {"Wladimir Drobenko", 3}}},
		{"bare surname of two full names stays apart",
			[]Count{{"Peter Morosky", 6}, {"Daniel Moroskyy", 5}, {"Moroskiy", 4}},
			[]Count{{"Peter Morosky", 6}, {"Daniel Moroskyy", 5}, {"Moroskiy", 4}}},
		{"a fuller name of an unknown given name with more statements: no join",
			[]Count{{"Tavro Morosky", 20}, {"Peter Morosky", 2}, {"Morosky", 10}},
			[]Count{{"Tavro Morosky", 20}, {"Morosky", 10}, {"Peter Morosky", 2}}},
		{"an unlisted given name's spellings joined",
			[]Count{{"Matvei Valdor", 5}, {"Mathvei Valdor", 2}},
			[]Count{{"Matvei Valdor", 7}}},
		{"two listed given names are two people",
			[]Count{{"Ellen Levin", 3}, {"Alan Lewin", 2}, {"Dean Baker", 3}, {"Dan Baker", 2}},
			[]Count{{"Dean Baker", 3}, {"Ellen Levin", 3}, {"Alan Lewin", 2}, {"Dan Baker", 2}}},
		{"Arabic article",
			[]Count{{"Samir al-Haddawi", 3}, {"Samir Haddawi", 2}, {"Samir el-Haddawi", 1}},
			[]Count{{"Samir al-Haddawi", 6}}},
		{"Arabic given names",
			[]Count{{"Mohammed Qarsani", 3}, {"Muhammad Qarsani", 2}, {"Mohamed Qarsani", 1}},
			[]Count{{"Mohammed Qarsani", 6}}},
		{"Hamid is not Hamad",
			[]Count{{"Hamid Qarsani", 3}, {"Hamad Qarsani", 2}},
			[]Count{{"Hamid Qarsani", 3}, {"Hamad Qarsani", 2}}},
		{"short words alone keep their spelling",
			[]Count{{"God", 3}, {"Good", 2}},
			[]Count{{"God", 3}, {"Good", 2}}},
		{"a short word is no other surname",
			[]Count{{"Peter Webb", 3}, {"Web", 2}},
			[]Count{{"Peter Webb", 3}, {"Web", 2}}},
		{"case alone is no spelling",
			[]Count{{"Peter Dupont", 3}, {"DuPont", 2}},
			[]Count{{"Peter Dupont", 3}, {"DuPont", 2}}},
		{"a numbered part joins its text",
			[]Count{{"Harbor Act", 4}, {"Section 3 of the Harbor Act", 2}, {"Article 9 of the Harbor Act", 1}},
			[]Count{{"Harbor Act", 7}}},
		{"a part of an unnamed text joins nothing",
			[]Count{{"Article 12 of the act", 1}, {"Article 30 of the act", 1}, {"the act", 3}},
			[]Count{{"the act", 3}, {"Article 12 of the act", 1}, {"Article 30 of the act", 1}}},
		{"a part alone stays",
			[]Count{{"Section 3 of the Harbor Act", 2}, {"Tide Act", 1}},
			[]Count{{"Section 3 of the Harbor Act", 2}, {"Tide Act", 1}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, into := JoinSpeakerNames(tc.in)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
			// Every name given is reachable: shown as it is, or mapped to the row it is in.
			for _, c := range tc.in {
				to, ok := into[c.Name]
				if !ok {
					to = c.Name
				}
				if !slices.ContainsFunc(got, func(g Count) bool { return g.Name == to }) {
					t.Errorf("%q -> %q, not a row of %v", c.Name, to, got)
				}
			}
		})
	}
}

// TestJoinSpellingsOrderNam28: the rows and the map do not depend on the order of the input.
func TestJoinSpellingsOrderNam28(t *testing.T) {
	in := []Count{{"Ivo Moroskyy", 2}, {"Ivo Moroskiy", 2}, {"Ivo Morosky", 2}, {"Moroskyi", 3}, {"Morosky", 3},
		{"Peter Moroskyy", 1}, {"Taras Morosky", 1}, {"Samir al-Haddawi", 2}, {"Samir Haddawi", 2},
		{"Harbor Act", 1}, {"Section 3 of the Harbor Act", 1}, {"Vitali Drobenko", 1}, {"Wladimir Drobenko", 1}}
	want, wantInto := JoinSpeakerNames(in)
	r := rand.New(rand.NewPCG(28, 5))
	for range 20 {
		sh := slices.Clone(in)
		r.Shuffle(len(sh), func(i, j int) { sh[i], sh[j] = sh[j], sh[i] })
		got, gotInto := JoinSpeakerNames(sh)
		if !slices.Equal(got, want) || len(gotInto) != len(wantInto) {
			t.Fatalf("order %v: got %v %v, want %v %v", sh, got, gotInto, want, wantInto)
		}
		for k, v := range wantInto {
			if gotInto[k] != v {
				t.Fatalf("order %v: %q -> %q, want %q", sh, k, gotInto[k], v)
			}
		}
	}
}
