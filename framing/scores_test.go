package framing

import (
	"encoding/json"
	"errors"
	"math"
	"os"
	"slices"
	"strings"
	"testing"

	"gonum.org/v1/gonum/floats/scalar"
	"gonum.org/v1/gonum/stat"
)

// reference holds the figures of testdata/vocabulary-scores.json, computed by numpy and
// scipy (see its provenance field).
type reference struct {
	Vocab          []string  `json:"vocab"`
	A              []float64 `json:"a"`
	B              []float64 `json:"b"`
	JSDBits        float64   `json:"jsd_bits"`
	JSDNats        float64   `json:"jsd_nats"`
	JSDContribBits []float64 `json:"jsd_contrib_bits"`
	Monroe         map[string]struct {
		Alpha []float64 `json:"alpha"`
		Delta []float64 `json:"delta"`
		Z     []float64 `json:"z"`
	} `json:"monroe"`
}

func loadReference(t *testing.T) reference {
	t.Helper()
	b, err := os.ReadFile("testdata/vocabulary-scores.json")
	if err != nil {
		t.Fatal(err)
	}
	var r reference
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Vocab) == 0 || len(r.A) != len(r.Vocab) || len(r.B) != len(r.Vocab) {
		t.Fatal("reference file is incomplete")
	}
	return r
}

// countsProfile builds a profile from term counts, as the analyzer would.
func countsProfile(terms []string, counts []float64) *Profile {
	p := &Profile{Analyzer: Analyzer{Language: "english"}, Documents: 1, Totals: []int{0}}
	for i, term := range terms {
		if counts[i] == 0 {
			continue
		}
		c := int(counts[i])
		p.Totals[0] += c
		p.Terms = append(p.Terms, TermStat{Term: term, N: 1, Count: c, DocFreq: 1, Forms: []Form{{term, c}}})
	}
	slices.SortFunc(p.Terms, func(a, b TermStat) int { return strings.Compare(a.Term, b.Term) })
	return p
}

func near(got, want float64) bool { return scalar.EqualWithinAbsOrRel(got, want, 1e-12, 1e-9) }

func TestLogOddsReference(t *testing.T) {
	ref := loadReference(t)
	pa, pb := countsProfile(ref.Vocab, ref.A), countsProfile(ref.Vocab, ref.B)
	variants := map[string]LogOddsOptions{
		"informative_pooled_a0_100_two_term":  {},
		"informative_pooled_a0_100_four_term": {Variance: VarianceFourTerm},
		"uniform_0.01_two_term":               {Prior: PriorUniform},
		"uniform_0.1_two_term":                {Prior: PriorUniform, Alpha: 0.1},
	}
	for name, opts := range variants {
		want, ok := ref.Monroe[name]
		if !ok {
			t.Fatalf("reference lacks %s", name)
		}
		t.Run(name, func(t *testing.T) {
			scores, err := LogOddsDirichlet(pa, pb, &opts)
			if err != nil {
				t.Fatal(err)
			}
			byTerm := map[string]TermScore{}
			for _, s := range scores {
				byTerm[s.Term] = s
			}
			for i, term := range ref.Vocab {
				s := byTerm[term]
				if !near(s.Alpha, want.Alpha[i]) || !near(s.Delta, want.Delta[i]) || !near(s.Z, want.Z[i]) {
					t.Errorf("%s: alpha %v delta %v z %v; want %v %v %v", term, s.Alpha, s.Delta, s.Z, want.Alpha[i], want.Delta[i], want.Z[i])
				}
				if !near(s.P, math.Erfc(math.Abs(want.Z[i])/math.Sqrt2)) {
					t.Errorf("%s: p %v for z %v", term, s.P, want.Z[i])
				}
			}
		})
	}
}

func TestJensenShannonReference(t *testing.T) {
	ref := loadReference(t)
	pa, pb := countsProfile(ref.Vocab, ref.A), countsProfile(ref.Vocab, ref.B)
	js, err := JensenShannon(pa, pb)
	if err != nil {
		t.Fatal(err)
	}
	if !near(js, ref.JSDBits) {
		t.Errorf("JS = %v bits, scipy gives %v", js, ref.JSDBits)
	}
	// An independent implementation: gonum's, in nats, over the aligned distributions.
	sumA, sumB := 0.0, 0.0
	for i := range ref.A {
		sumA += ref.A[i]
		sumB += ref.B[i]
	}
	p, q := make([]float64, len(ref.A)), make([]float64, len(ref.B))
	for i := range ref.A {
		p[i], q[i] = ref.A[i]/sumA, ref.B[i]/sumB
	}
	if g := stat.JensenShannon(p, q); !near(js*math.Ln2, g) || !near(g, ref.JSDNats) {
		t.Errorf("JS = %v nats, gonum %v, scipy %v", js*math.Ln2, g, ref.JSDNats)
	}
}

func TestScoreProperties(t *testing.T) {
	an := Analyzer{NGrams: 2}
	docs := sampleDocs(t, "english")
	pa, err := an.Profile(docs[:5]...)
	if err != nil {
		t.Fatal(err)
	}
	pb, err := an.Profile(docs[5:]...)
	if err != nil {
		t.Fatal(err)
	}
	ab, err := LogOddsDirichlet(pa, pb, nil)
	if err != nil {
		t.Fatal(err)
	}
	ba, err := LogOddsDirichlet(pb, pa, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(ab) != len(ba) {
		t.Fatalf("%d rows vs %d", len(ab), len(ba))
	}
	for i := range ab {
		x, y := ab[i], ba[i]
		if x.Term != y.Term || !near(x.Z, -y.Z) || !near(x.Delta, -y.Delta) || !near(x.P, y.P) {
			t.Fatalf("swapping sides: %+v vs %+v", x, y)
		}
		if math.IsNaN(x.Z) || math.IsInf(x.Z, 0) || x.P < 0 || x.P > 1 {
			t.Fatalf("bad score %+v", x)
		}
	}
	jab, _ := JensenShannon(pa, pb)
	jba, _ := JensenShannon(pb, pa)
	if jab != jba || jab <= 0 || jab > 1 {
		t.Errorf("JS not symmetric or out of range: %v %v", jab, jba)
	}
	same, err := LogOddsDirichlet(pa, pa, &LogOddsOptions{Variance: VarianceFourTerm})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range same {
		if s.Delta != 0 || s.Z != 0 || s.P != 1 {
			t.Fatalf("identical sides: %+v", s)
		}
	}
	if j, _ := JensenShannon(pa, pa); j != 0 {
		t.Errorf("JS of identical sides = %v", j)
	}
	// Disjoint vocabularies are as far apart as JS allows.
	x, _ := (&Analyzer{}).ProfileTexts("alpha beta gamma")
	y, _ := (&Analyzer{}).ProfileTexts("delta epsilon")
	if j, _ := JensenShannon(x, y); !near(j, 1) {
		t.Errorf("disjoint JS = %v, want 1", j)
	}
}

func TestScoreEdgeCases(t *testing.T) {
	an := Analyzer{}
	full, _ := an.ProfileTexts("sanctions hurt the economy")
	empty, _ := an.ProfileTexts("")
	stops, _ := an.ProfileTexts("the of and it was")
	for name, p := range map[string]*Profile{"empty": empty, "stop words only": stops} {
		if _, err := LogOddsDirichlet(full, p, nil); !errors.Is(err, ErrEmpty) {
			t.Errorf("%s as B: got %v", name, err)
		}
		if _, err := JensenShannon(p, full); !errors.Is(err, ErrEmpty) {
			t.Errorf("%s as A: got %v", name, err)
		}
		if _, err := Compare(p, full, "a", "b", nil); !errors.Is(err, ErrEmpty) {
			t.Errorf("%s: Compare got %v", name, err)
		}
	}
	if _, err := JensenShannon(nil, full); !errors.Is(err, ErrEmpty) {
		t.Errorf("nil profile: got %v", err)
	}
	other, _ := (&Analyzer{NoStem: true}).ProfileTexts("sanctions hurt")
	if _, err := LogOddsDirichlet(full, other, nil); !errors.Is(err, ErrMismatch) {
		t.Errorf("different settings: got %v", err)
	}
	for _, o := range []LogOddsOptions{{Alpha0: -1}, {Alpha0: math.NaN()}, {Alpha: math.Inf(1)}, {Alpha0: 1e300}, {Alpha: 1e20}, {Prior: 7}, {Variance: -1}} {
		if _, err := LogOddsDirichlet(full, full, &o); !errors.Is(err, ErrOption) {
			t.Errorf("%+v: got %v", o, err)
		}
	}
	if _, err := Compare(full, full, "a", "b", &CompareOptions{MinCount: -1}); !errors.Is(err, ErrOption) {
		t.Errorf("negative MinCount: got %v", err)
	}
	// A single term that is every token on both sides: the log-odds are undefined; 0.
	one, _ := an.ProfileTexts("war war war")
	two, _ := an.ProfileTexts("war")
	s, err := LogOddsDirichlet(one, two, nil)
	if err != nil || len(s) != 1 || s[0].Z != 0 || s[0].P != 1 {
		t.Errorf("single-term vocabulary: %+v, %v", s, err)
	}
	// A term that is every token of one side only stays finite.
	three, _ := an.ProfileTexts("war peace")
	s, err = LogOddsDirichlet(one, three, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range s {
		if math.IsNaN(x.Z) || math.IsInf(x.Z, 0) || math.IsNaN(x.Delta) || math.IsInf(x.Delta, 0) {
			t.Errorf("non-finite score %+v", x)
		}
	}
}

func TestCompareSample(t *testing.T) {
	c := sampleDocs(t, "english")
	var state, wire []int
	for i, d := range c {
		if d.Event != "minister-visit" {
			continue
		}
		if d.Kind == "state" {
			state = append(state, i)
		} else {
			wire = append(wire, i)
		}
	}
	pick := func(ix []int) *Profile {
		var docs []string
		for _, i := range ix {
			docs = append(docs, c[i].Text)
		}
		p, err := (&Analyzer{}).ProfileTexts(docs...)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	cmp, err := Compare(pick(state), pick(wire), "state", "wire", &CompareOptions{Top: 5})
	if err != nil {
		t.Fatal(err)
	}
	if len(cmp.TopA) != 5 || len(cmp.TopB) != 5 {
		t.Fatalf("top lists of %d and %d", len(cmp.TopA), len(cmp.TopB))
	}
	for i := 1; i < 5; i++ {
		if cmp.TopA[i].Z > cmp.TopA[i-1].Z || cmp.TopB[i].Z < cmp.TopB[i-1].Z {
			t.Errorf("top lists out of order")
		}
	}
	if cmp.TopA[0].Z <= 0 || cmp.TopB[0].Z >= 0 {
		t.Errorf("top terms lean the wrong way: %+v %+v", cmp.TopA[0], cmp.TopB[0])
	}
	listed := map[string]bool{}
	for _, x := range append(cmp.TopA, cmp.TopB...) {
		listed[x.Term] = true
	}
	for _, g := range cmp.Merges {
		if !listed[g.Term] || len(g.Words) < 2 {
			t.Errorf("merge %+v is not a listed term with two words", g)
		}
	}
	if cmp.Options.Top != 5 || cmp.Options.LogOdds.Alpha0 != 100 || cmp.Analyzer.Language != "english" {
		t.Errorf("settings not recorded: %+v %+v", cmp.Options, cmp.Analyzer)
	}
}
