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
	p := ProfileSpec{Analyzer: Analyzer{Language: "english"}, Documents: 1, Totals: []int{0}}
	for i, term := range terms {
		if counts[i] == 0 {
			continue
		}
		c := int(counts[i])
		p.Totals[0] += c
		p.Terms = append(p.Terms, TermStat{Term: term, N: 1, Count: c, DocFreq: 1, Forms: []Form{{term, c}}})
	}
	prof, err := NewProfile(p)
	if err != nil {
		panic(err) // the reference counts are valid
	}
	return prof
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
			scores, err := logOddsDirichlet(pa, pb, &opts)
			if err != nil {
				t.Fatal(err)
			}
			byTerm := map[string]KeyTerm{}
			for _, s := range scores {
				byTerm[s.Term] = s
			}
			for i, term := range ref.Vocab {
				s := byTerm[term]
				if !near(s.Alpha, want.Alpha[i]) || !near(s.Delta, want.Delta[i]) || !near(s.Score, want.Z[i]) {
					t.Errorf("%s: alpha %v delta %v z %v; want %v %v %v", term, s.Alpha, s.Delta, s.Score, want.Alpha[i], want.Delta[i], want.Z[i])
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
	ab, err := logOddsDirichlet(pa, pb, nil)
	if err != nil {
		t.Fatal(err)
	}
	ba, err := logOddsDirichlet(pb, pa, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(ab) != len(ba) {
		t.Fatalf("%d rows vs %d", len(ab), len(ba))
	}
	for i := range ab {
		x, y := ab[i], ba[i]
		if x.Term != y.Term || !near(x.Score, -y.Score) || !near(x.Delta, -y.Delta) || !near(x.P, y.P) {
			t.Fatalf("swapping sides: %+v vs %+v", x, y)
		}
		if math.IsNaN(x.Score) || math.IsInf(x.Score, 0) || x.P < 0 || x.P > 1 {
			t.Fatalf("bad score %+v", x)
		}
	}
	jab, _ := JensenShannon(pa, pb)
	jba, _ := JensenShannon(pb, pa)
	if jab != jba || jab <= 0 || jab > 1 {
		t.Errorf("JS not symmetric or out of range: %v %v", jab, jba)
	}
	same, err := logOddsDirichlet(pa, pa, &LogOddsOptions{Variance: VarianceFourTerm})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range same {
		if s.Delta != 0 || s.Score != 0 || s.P != 1 {
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
		if _, err := logOddsDirichlet(full, p, nil); !errors.Is(err, ErrEmpty) {
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
	if _, err := logOddsDirichlet(full, other, nil); !errors.Is(err, ErrMismatch) {
		t.Errorf("different settings: got %v", err)
	}
	for _, o := range []LogOddsOptions{{Alpha0: -1}, {Alpha0: math.NaN()}, {Alpha: math.Inf(1)}, {Alpha0: 1e300}, {Alpha: 1e20}, {Prior: 7}, {Variance: -1}} {
		if _, err := logOddsDirichlet(full, full, &o); !errors.Is(err, ErrOption) {
			t.Errorf("%+v: got %v", o, err)
		}
	}
	if _, err := Compare(full, full, "a", "b", &CompareOptions{MinCount: -1}); !errors.Is(err, ErrOption) {
		t.Errorf("negative MinCount: got %v", err)
	}
	// A single term that is every token on both sides: the log-odds are undefined; 0.
	one, _ := an.ProfileTexts("war war war")
	two, _ := an.ProfileTexts("war")
	s, err := logOddsDirichlet(one, two, nil)
	if err != nil || len(s) != 1 || s[0].Score != 0 || s[0].P != 1 {
		t.Errorf("single-term vocabulary: %+v, %v", s, err)
	}
	// A term that is every token of one side only stays finite.
	three, _ := an.ProfileTexts("war peace")
	s, err = logOddsDirichlet(one, three, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range s {
		if math.IsNaN(x.Score) || math.IsInf(x.Score, 0) || math.IsNaN(x.Delta) || math.IsInf(x.Delta, 0) {
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
		if cmp.TopA[i].Score > cmp.TopA[i-1].Score || cmp.TopB[i].Score < cmp.TopB[i-1].Score {
			t.Errorf("top lists out of order")
		}
	}
	if cmp.TopA[0].Score <= 0 || cmp.TopB[0].Score >= 0 {
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

// TestAccountMeasuresReference reproduces the account-level figures of
// testdata/vocabulary-scores.json (scipy/numpy).
func TestAccountMeasuresReference(t *testing.T) {
	ref := loadReference(t)
	var full struct {
		Cosine    float64 `json:"cosine_counts"`
		Hellinger float64 `json:"hellinger"`
		Jaccard   float64 `json:"jaccard"`
	}
	b, _ := os.ReadFile("testdata/vocabulary-scores.json")
	if err := json.Unmarshal(b, &full); err != nil {
		t.Fatal(err)
	}
	pa, pb := countsProfile(ref.Vocab, ref.A), countsProfile(ref.Vocab, ref.B)
	for name, f := range map[string]func(a, b *Profile) (float64, error){"cosine": Cosine, "hellinger": Hellinger, "jaccard": Jaccard} {
		got, err := f(pa, pb)
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]float64{"cosine": full.Cosine, "hellinger": full.Hellinger, "jaccard": full.Jaccard}[name]
		if !near(got, want) {
			t.Errorf("%s = %v, want %v", name, got, want)
		}
	}
	for _, unit := range []Unit{Bits, Nats} {
		nats := unit == Nats
		shifts, err := WordShift(pa, pb, unit)
		if err != nil {
			t.Fatal(err)
		}
		scale, total := 1.0, ref.JSDBits
		if nats {
			scale, total = math.Ln2, ref.JSDNats
		}
		sum := 0.0
		for i, s := range shifts {
			j := slices.Index(ref.Vocab, s.Term)
			if !near(s.Contribution, ref.JSDContribBits[j]*scale) || !near(s.Share, ref.JSDContribBits[j]/ref.JSDBits) {
				t.Errorf("%s: contribution %v, want %v", s.Term, s.Contribution, ref.JSDContribBits[j]*scale)
			}
			if s.TowardA != (ref.A[j]/129 > ref.B[j]/115) && ref.A[j]+ref.B[j] > 0 {
				t.Errorf("%s: toward A %v", s.Term, s.TowardA)
			}
			if i > 0 && s.Contribution > shifts[i-1].Contribution {
				t.Errorf("not sorted at %d", i)
			}
			sum += s.Contribution
		}
		if !near(sum, total) {
			t.Errorf("contributions sum to %v, want %v", sum, total)
		}
	}
}

func TestAccountMeasuresByHand(t *testing.T) {
	an := Analyzer{NoStem: true}
	a, _ := an.ProfileTexts("peace talks peace")
	b, _ := an.ProfileTexts("peace war")
	// CosineTFIDF: idf(peace) = 1 (both sides), idf(talks) = idf(war) = ln(3/2) + 1.
	// x = (peace 2, talks 1.405465, war 0), y = (1, 0, 1.405465):
	// cos = 2 / (sqrt(4 + 1.975332) * sqrt(1 + 1.975332)) = 2 / (2.444449 * 1.724915)
	//     = 2 / 4.216466 = 0.474331
	c, err := CosineTFIDF(a, b)
	if err != nil || math.Abs(c-0.474331) > 1e-6 {
		t.Errorf("CosineTFIDF = %v, %v", c, err)
	}
	// KL with s = 1 over V = {peace, talks, war}: p = (3, 2, 1)/6, q = (2, 1, 2)/5.
	// KL = 1/2 log2(5/4) + 1/3 log2(5/3) + 1/6 log2(5/12)
	//    = 1/2 (0.321928) + 1/3 (0.736966) + 1/6 (-1.263034) = 0.160964 + 0.245655 - 0.210506 = 0.196113
	kl, err := KullbackLeibler(a, b, 1)
	if err != nil || math.Abs(kl-0.196113) > 1e-6 {
		t.Errorf("KL = %v, %v", kl, err)
	}
	for _, s := range []float64{0, -1, math.NaN(), math.Inf(1)} {
		if _, err := KullbackLeibler(a, b, s); !errors.Is(err, ErrOption) {
			t.Errorf("smoothing %v: %v", s, err)
		}
	}
	if h, _ := Hellinger(a, a); h != 0 {
		t.Errorf("Hellinger of identical sides = %v", h)
	}
	x, _ := an.ProfileTexts("alpha beta")
	y, _ := an.ProfileTexts("gamma delta")
	if h, _ := Hellinger(x, y); h != 1 {
		t.Errorf("Hellinger of disjoint sides = %v", h)
	}
	if j, _ := Jaccard(x, y); j != 0 {
		t.Errorf("Jaccard of disjoint sides = %v", j)
	}
}

func TestLogOddsBackgroundPrior(t *testing.T) {
	an := Analyzer{NoStem: true}
	a, _ := an.ProfileTexts("xx xx yy")
	b, _ := an.ProfileTexts("xx yy yy")
	bg, _ := an.ProfileTexts(strings.Repeat("xx ", 9) + "yy")
	rows, err := logOddsDirichlet(a, b, &LogOddsOptions{Prior: PriorBackground, Background: bg})
	if err != nil {
		t.Fatal(err)
	}
	// By hand: shares (9+0.5)/11 and (1+0.5)/11 of alpha0 = 100: alpha_xx = 86.3636..., so
	// delta = ln((2+al)/(3+100-2-al)) - ln((1+al)/(3+100-1-al)) = ln(6.03727) - ln(5.58721)
	//       = 1.797952 - 1.720481 = 0.077471, var = 1/88.3636 + 1/87.3636 = 0.022763,
	//   z = 0.077471 / 0.150874 = 0.51348.
	al := 100 * 9.5 / 11
	delta := math.Log((2+al)/(3+100-2-al)) - math.Log((1+al)/(3+100-1-al))
	if rows[0].Term != "xx" || !near(rows[0].Alpha, al) || !near(rows[0].Delta, delta) ||
		math.Abs(rows[0].Delta-0.077471) > 1e-6 || math.Abs(rows[0].Score-0.51348) > 1e-5 {
		t.Errorf("background prior: %+v, want alpha %v delta %v", rows[0], al, delta)
	}
	if _, err := logOddsDirichlet(a, b, &LogOddsOptions{Prior: PriorBackground}); !errors.Is(err, ErrOption) {
		t.Errorf("no background: %v", err)
	}
	stemmed, _ := (&Analyzer{}).ProfileTexts("xx")
	if _, err := logOddsDirichlet(a, b, &LogOddsOptions{Prior: PriorBackground, Background: stemmed}); !errors.Is(err, ErrMismatch) {
		t.Errorf("background with other settings: %v", err)
	}
	k, err := Keyness(a, b, &KeynessOptions{LogOdds: LogOddsOptions{Prior: PriorBackground, Background: bg}})
	if err != nil || !near(k[0].Score, rows[0].Score) {
		t.Errorf("Keyness with background prior: %v %v", k, err)
	}
}

// logOddsDirichlet scores a and b with the log-odds measure and its options, every n-gram
// order, as Keyness does.
func logOddsDirichlet(a, b *Profile, opts *LogOddsOptions) ([]KeyTerm, error) {
	var lo LogOddsOptions
	if opts != nil {
		lo = *opts
	}
	return Keyness(a, b, &KeynessOptions{Measure: MeasureLogOdds, LogOdds: lo})
}
