package voices

import "testing"

// TestGivenNameKeyListedSlavic: two listed given names share a key when they are of one
// gender and differ as romanizations of one Ukrainian or Russian name do (slavicEnding),
// or are the Ukrainian and Russian forms of one name (russianGiven), and never otherwise.
func TestGivenNameKeyListedSlavic(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"Sergey", "Sergei", true},
		{"Oleksiy", "Oleksii", true},
		{"Andriy", "Andrii", true},
		{"Alexei", "Aleksei", true},
		{"Alexey", "Alexei", true},
		{"Dmitry", "Dmitri", true},
		{"Liudmyla", "Lyudmila", true},
		{"Yuliia", "Yulia", true},
		{"Ellen", "Alan", false},
		{"Dennis", "Denis", false},
		{"Joan", "Juan", false},
		{"Vladimir", "Volodymyr", true}, // the Ukrainian and Russian forms of one name (russianGiven)
		{"Kelly", "Kelli", true},
	} {
		if got := GivenNameKey(tc.a) == GivenNameKey(tc.b); got != tc.same {
			t.Errorf("%q -> %q, %q -> %q: same %v, want %v", tc.a, GivenNameKey(tc.a), tc.b, GivenNameKey(tc.b), got, tc.same)
		}
	}
}
