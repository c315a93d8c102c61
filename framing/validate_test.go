package framing

import (
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/framediff/framediff/framing/stats"
)

// profileJSON is a valid profile of two words, as JSON.
const profileJSON = `{"analyzer":{},"documents":2,"totals":[5],"dropped":{"stop":1,"number":0,"boilerplate":0,"voice":0},
"terms":[{"term":"apple","n":1,"count":3,"df":2,"forms":[{"text":"apples","count":3}]},{"term":"pear","n":1,"count":2,"df":1,"forms":[{"text":"pear","count":2}]}]}`

func TestProfileJSONValidated(t *testing.T) {
	var p Profile
	if err := json.Unmarshal([]byte(profileJSON), &p); err != nil {
		t.Fatalf("valid profile refused: %v", err)
	}
	bad := map[string][2]string{
		"negative count":     {`"count":3,`, `"count":-1,`},
		"count above total":  {`"totals":[5]`, `"totals":[2]`},
		"negative total":     {`"totals":[5]`, `"totals":[-5]`},
		"no totals":          {`"totals":[5]`, `"totals":[]`},
		"df above count":     {`"count":2,"df":1`, `"count":2,"df":3`},
		"df above documents": {`"documents":2`, `"documents":0`},
		"order above totals": {`"term":"pear","n":1`, `"term":"pear","n":2`},
		"repeated":           {`"term":"pear"`, `"term":"apple"`},
		"negative dropped":   {`"stop":1`, `"stop":-1`},
		"negative form":      {`"text":"pear","count":2`, `"text":"pear","count":-2`},
		"negative documents": {`"documents":2`, `"documents":-2`},
	}
	// Terms in any order are sorted.
	var unsorted Profile
	if err := json.Unmarshal([]byte(strings.Replace(profileJSON, `"term":"pear"`, `"term":"aardvark"`, 1)), &unsorted); err != nil ||
		unsorted.Terms()[0].Term != "aardvark" {
		t.Errorf("unsorted terms: %v, %v", err, unsorted.Terms())
	}
	for name, r := range bad {
		t.Run(name, func(t *testing.T) {
			if !strings.Contains(profileJSON, r[0]) {
				t.Fatalf("test data lacks %s", r[0])
			}
			var q Profile
			err := json.Unmarshal([]byte(strings.Replace(profileJSON, r[0], r[1], 1)), &q)
			if !errors.Is(err, ErrCounts) {
				t.Errorf("got %v, want ErrCounts", err)
			}
		})
	}
}

func TestInvalidProfilesNeverPanic(t *testing.T) {
	good := func() ProfileSpec {
		var p Profile
		if err := json.Unmarshal([]byte(profileJSON), &p); err != nil {
			t.Fatal(err)
		}
		return p.spec()
	}
	// Hand-built counts are checked as JSON is.
	neg := good()
	neg.Terms[0].Count = -1
	negTotal := good()
	negTotal.Totals[0] = -10
	for name, s := range map[string]ProfileSpec{"negative count": neg, "negative total": negTotal} {
		if _, err := NewProfile(s); !errors.Is(err, ErrCounts) {
			t.Errorf("%s: got %v", name, err)
		}
	}
	// Sums that would overflow an int are refused, not wrapped negative.
	big := good()
	big.Totals[0] = math.MaxInt - 1
	big.Terms[0].Count = math.MaxInt - 1
	if _, err := Merge(mkProfile(t, big), mkProfile(t, big)); !errors.Is(err, ErrCounts) {
		t.Errorf("Merge overflow: got %v", err)
	}
	// A zero-count term (allowed: a vocabulary entry) leaves every score finite.
	zero := good()
	zero.Terms = append([]TermStat{{Term: "aardvark", N: 1}}, zero.Terms...)
	for _, m := range Measures() {
		rows, err := Keyness(mkProfile(t, zero), mkProfile(t, good()), &KeynessOptions{Measure: m})
		if err != nil {
			t.Fatalf("%s: %v", m, err)
		}
		for _, r := range rows {
			if math.IsNaN(r.Score) || math.IsInf(r.Score, 0) || math.IsNaN(r.P) || math.IsNaN(r.PAdj) {
				t.Errorf("%s: term %q has score %v, p %v", m, r.Term, r.Score, r.P)
			}
		}
	}
}

func TestProfileMatrixStoresCounts(t *testing.T) {
	// A count of 10^12 used to be expanded into one entry per occurrence.
	p := mkProfile(t, ProfileSpec{Totals: []int{2e12}, Documents: 1, Terms: []TermStat{{Term: "a", N: 1, Count: 1e12, DocFreq: 1}, {Term: "b", N: 1, Count: 1e12, DocFreq: 1}}})
	m, err := ProfileMatrix([]string{"x"}, p)
	if err != nil {
		t.Fatal(err)
	}
	if m.At(0, 0) != 1e12 || m.At(0, 1) != 1e12 || m.NNZ() != 2 {
		t.Errorf("got %v %v (%d entries)", m.At(0, 0), m.At(0, 1), m.NNZ())
	}
}

// mustScore returns a score function's value, failing the test on an error.
func mustScore(t *testing.T) func(float64, error) float64 {
	t.Helper()
	return func(x float64, err error) float64 {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
}

func TestTinyPrior(t *testing.T) {
	one, err := (&Analyzer{}).ProfileTexts("Sanctions")
	if err != nil {
		t.Fatal(err)
	}
	other, err := (&Analyzer{}).ProfileTexts("Talks resumed after sanctions eased, officials said.")
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range []LogOddsOptions{{Alpha0: 1e-16}, {Prior: PriorUniform, Alpha: 1e-300}, {Alpha0: -1}, {Alpha0: math.NaN()}} {
		_, err := Keyness(one, other, &KeynessOptions{LogOdds: o})
		if !errors.Is(err, ErrOption) || !strings.Contains(err.Error(), "LogOddsOptions.Alpha") {
			t.Errorf("%+v: got %v, want an error naming the option", o, err)
		}
	}
	// At the smallest prior allowed, every z is finite and Compare keeps the term that
	// distinguishes side A, with either variance, even for sides of 10^15 tokens.
	for _, v := range []Variance{VarianceTwoTerm, VarianceFourTerm} {
		c, err := Compare(one, other, "a", "b", &CompareOptions{LogOdds: LogOddsOptions{Alpha0: 1e-6, Variance: v}})
		if err != nil {
			t.Fatal(err)
		}
		if len(c.TopA) != 1 || c.TopA[0].Term != "sanction" {
			t.Errorf("variance %d: TopA %+v", v, c.TopA)
		}
		big := mkProfile(t, ProfileSpec{Analyzer: other.Analyzer(), Documents: 1, Totals: []int{1e15}, Terms: []TermStat{{Term: "sanction", N: 1, Count: 1e15, DocFreq: 1}}})
		rows, err := Keyness(big, other, &KeynessOptions{LogOdds: LogOddsOptions{Alpha0: 1e-6, Variance: v}})
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rows {
			if math.IsNaN(r.Score) || math.IsInf(r.Score, 0) {
				t.Errorf("term %q: z = %v", r.Term, r.Score)
			}
		}
	}
}

func TestHellingerIdentical(t *testing.T) {
	a, _ := (&Analyzer{}).ProfileTexts("troops clashed near the border as troops advanced")
	b, _ := (&Analyzer{}).ProfileTexts("troops clashed near the border as troops advanced troops clashed near the border as troops advanced")
	if h, err := Hellinger(a, b); err != nil || h != 0 {
		t.Errorf("Hellinger of proportional counts = %v (%v), want exactly 0", h, err)
	}
}

func TestLRCBonferroniDenominator(t *testing.T) {
	// Three terms, one of which MinCount 3 drops: alpha is divided by the two scored.
	pa := mkProfile(t, ProfileSpec{Documents: 1, Totals: []int{1000}, Terms: []TermStat{{Term: "a", N: 1, Count: 40, DocFreq: 1}, {Term: "b", N: 1, Count: 1, DocFreq: 1}, {Term: "c", N: 1, Count: 959, DocFreq: 1}}})
	pb := mkProfile(t, ProfileSpec{Documents: 1, Totals: []int{1000}, Terms: []TermStat{{Term: "a", N: 1, Count: 10, DocFreq: 1}, {Term: "c", N: 1, Count: 990, DocFreq: 1}}})
	rows, err := Keyness(pa, pb, &KeynessOptions{Measure: MeasureLRC, LRCAdjust: true, MinCount: 3})
	if err != nil {
		t.Fatal(err)
	}
	want := mustScore(t)(stats.LogRatioConservative(40, 10, 1000, 1000, 0.05/2))
	if len(rows) != 2 || rows[0].Term != "a" || rows[0].Score != want {
		t.Errorf("rows %+v, want a's LRC at alpha 0.05/2 = %v", rows, want)
	}
}

// FuzzProfileScores decodes two profiles from JSON, merges them and scores them under every
// measure and every account-level figure: no input may panic, and every result that is not
// an error must be finite.
func FuzzProfileScores(f *testing.F) {
	f.Add(profileJSON, strings.Replace(profileJSON, `"count":3,`, `"count":1,`, 1))
	f.Add(profileJSON, `{"analyzer":{},"documents":1,"totals":[1],"terms":[{"term":"z","n":1,"count":1,"df":1}]}`)
	f.Add(`{"analyzer":{},"documents":1,"totals":[3,2],"terms":[{"term":"a","n":1,"count":0,"df":0},{"term":"a b","n":2,"count":2,"df":1}]}`,
		`{"analyzer":{},"documents":9,"totals":[9223372036854775807],"terms":[{"term":"a","n":1,"count":9223372036854775807,"df":1}]}`)
	f.Fuzz(func(t *testing.T, ja, jb string) {
		var a, b Profile
		if json.Unmarshal([]byte(ja), &a) != nil || json.Unmarshal([]byte(jb), &b) != nil {
			return
		}
		if m, err := Merge(&a, &b); err == nil {
			if _, err := NewProfile(m.spec()); err != nil {
				t.Fatalf("Merge made an invalid profile: %v", err)
			}
		}
		ok := func(name string, x float64) {
			if math.IsNaN(x) || math.IsInf(x, 0) {
				t.Fatalf("%s = %v", name, x)
			}
		}
		for _, m := range Measures() {
			for _, adjust := range []bool{false, true} {
				rows, err := Keyness(&a, &b, &KeynessOptions{Measure: m, LRCAdjust: adjust, Williams: adjust})
				if err != nil {
					continue
				}
				for _, r := range rows {
					for _, v := range []float64{r.Score, r.P, r.PAdj, r.LogRatio, r.RateA, r.RateB} {
						ok(string(m)+" "+r.Term, v)
					}
				}
			}
		}
		for name, fn := range map[string]func(x, y *Profile) (float64, error){
			"js": JensenShannon, "hellinger": Hellinger, "cosine": Cosine, "tfidf": CosineTFIDF, "jaccard": Jaccard,
		} {
			if v, err := fn(&a, &b); err == nil {
				ok(name, v)
			}
		}
		if v, err := KullbackLeibler(&a, &b, 0.5); err == nil {
			ok("kl", v)
		}
		if shifts, err := WordShift(&a, &b, Nats); err == nil {
			for _, s := range shifts {
				ok("shift", s.Contribution)
				ok("share", s.Share)
			}
		}
		if c, err := Compare(&a, &b, "a", "b", nil); err == nil {
			ok("compare js", c.JSD)
		}
	})
}

// mkProfile returns NewProfile(s), failing the test on an error.
func mkProfile(t testing.TB, s ProfileSpec) *Profile {
	t.Helper()
	p, err := NewProfile(s)
	if err != nil {
		t.Fatal(err)
	}
	return p
}
