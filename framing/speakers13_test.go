package framing

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

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
