package framing

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"os"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/framediff/framediff/corpus"
)

// TestTFIDFReference reproduces scikit-learn's TfidfVectorizer (testdata/tfidf.json).
func TestTFIDFReference(t *testing.T) {
	b, err := os.ReadFile("testdata/tfidf.json")
	if err != nil {
		t.Fatal(err)
	}
	var ref struct {
		Docs     [][]string `json:"docs"`
		Variants map[string]struct {
			Vocab  []string    `json:"vocab"`
			IDF    []float64   `json:"idf"`
			Matrix [][]float64 `json:"matrix"`
			Cosine [][]float64 `json:"cosine"`
		} `json:"variants"`
	}
	if err := json.Unmarshal(b, &ref); err != nil {
		t.Fatal(err)
	}
	ids := []string{"d0", "d1", "d2", "d3"}
	m, err := NewMatrix(ids, ref.Docs)
	if err != nil {
		t.Fatal(err)
	}
	weights := map[string]Weighting{
		"nosmooth_l2":         {IDF: IDFPlain, Normalize: true},
		"smooth_l2":           {IDF: IDFSmooth, Normalize: true},
		"smooth_nonorm":       {IDF: IDFSmooth},
		"smooth_sublinear_l2": {TF: TFSublinear, IDF: IDFSmooth, Normalize: true},
	}
	if len(ref.Variants) != len(weights) {
		t.Fatalf("reference has %d variants", len(ref.Variants))
	}
	for name, w := range weights {
		want := ref.Variants[name]
		got, err := m.Weight(&w)
		if err != nil {
			t.Fatal(err)
		}
		if cols := got.Cols(); strings.Join(cols, ",") != strings.Join(want.Vocab, ",") {
			t.Fatalf("%s: vocabulary %v, want %v", name, cols, want.Vocab)
		}
		for i := range want.Matrix {
			for j := range want.Matrix[i] {
				if g := got.At(i, j); !near(g, want.Matrix[i][j]) {
					t.Errorf("%s [%d,%d] = %v, want %v", name, i, j, g, want.Matrix[i][j])
				}
			}
		}
		cos, err := got.Cosine()
		if err != nil {
			t.Fatal(err)
		}
		for i := range want.Cosine {
			for j := range want.Cosine[i] {
				if g := cos.At(i, j); !near(g, min(1, want.Cosine[i][j])) {
					t.Errorf("%s cosine [%d,%d] = %v, want %v", name, i, j, g, want.Cosine[i][j])
				}
			}
		}
	}
}

func TestMatrixFromAnalyzer(t *testing.T) {
	docs := []corpus.Document{
		{ID: "a", Text: "Sanctions hurt. Sanctions failed."},
		{ID: "b", Text: "The talks failed."},
		{ID: "c", Text: "the of and"},
	}
	m, err := (&Analyzer{}).Matrix(docs...)
	if err != nil {
		t.Fatal(err)
	}
	r, c := m.Dims()
	if r != 3 || c != 4 || strings.Join(m.Cols(), " ") != "fail hurt sanction talk" || strings.Join(m.Rows(), " ") != "a b c" {
		t.Fatalf("%d×%d %v %v", r, c, m.Rows(), m.Cols())
	}
	want := [][]float64{{1, 1, 2, 0}, {1, 0, 0, 1}, {0, 0, 0, 0}}
	for i := range want {
		for j := range want[i] {
			if m.At(i, j) != want[i][j] {
				t.Errorf("[%d,%d] = %v, want %v", i, j, m.At(i, j), want[i][j])
			}
		}
	}
	// A zero row stays zero under every weighting, and its cosine is 0.
	w, _ := m.Weight(&Weighting{TF: TFRelative, IDF: IDFQuanteda, Normalize: true})
	cos, _ := w.Cosine()
	if cos.At(2, 2) != 0 || cos.At(0, 0) != 1 {
		t.Errorf("cosine diagonal %v %v", cos.At(0, 0), cos.At(2, 2))
	}
	// quanteda: tf relative, idf log10(3/df): fail df 2, hurt 1, sanction 1, talk 1.
	// Row a: fail 1/4 * log10(1.5), hurt 1/4 * log10(3), sanction 2/4 * log10(3), then L2.
	x := []float64{0.25 * math.Log10(1.5), 0.25 * math.Log10(3), 0.5 * math.Log10(3), 0}
	norm := math.Sqrt(x[0]*x[0] + x[1]*x[1] + x[2]*x[2])
	for j := range x {
		if g := w.At(0, j); !near(g, x[j]/norm) {
			t.Errorf("quanteda weight [0,%d] = %v, want %v", j, g, x[j]/norm)
		}
	}
	if _, err := m.Weight(&Weighting{TF: 9}); !errors.Is(err, ErrOption) {
		t.Errorf("bad weighting: %v", err)
	}
	if _, err := (&Analyzer{}).Matrix(docs[0], docs[0]); !errors.Is(err, ErrOption) {
		t.Errorf("repeated id: %v", err)
	}
	empty, _ := (&Analyzer{}).Matrix()
	if _, err := empty.Dense(); !errors.Is(err, ErrEmpty) {
		t.Errorf("empty dense: %v", err)
	}
}

func TestMatrixMarket(t *testing.T) {
	m, _ := NewMatrix([]string{"x", "y\nz"}, [][]string{{"b", "a", "b"}, {"c"}})
	var mtx, rows, cols bytes.Buffer
	if err := m.WriteMatrixMarket(&mtx, &rows, &cols); err != nil {
		t.Fatal(err)
	}
	want := "%%MatrixMarket matrix coordinate real general\n% written by framediff\n2 3 3\n1 1 1\n1 2 2\n2 3 1\n"
	if mtx.String() != want {
		t.Errorf("mtx:\n%s\nwant\n%s", mtx.String(), want)
	}
	if rows.String() != "x\ny\\nz\n" || cols.String() != "a\nb\nc\n" {
		t.Errorf("labels %q %q", rows.String(), cols.String())
	}
}

func TestLSA(t *testing.T) {
	// Two topics: documents 0,1 use a/b, documents 2,3 use c/d.
	m, _ := NewMatrix([]string{"0", "1", "2", "3"}, [][]string{{"a", "b", "a"}, {"a", "b"}, {"c", "d"}, {"c", "d", "d"}})
	l, err := m.LSA(2)
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Values) != 2 || l.Values[0] < l.Values[1] {
		t.Fatalf("values %v", l.Values)
	}
	// The first two documents load on one component, the last two on the other.
	d := l.Docs
	same := func(i, j int) bool {
		return math.Abs(d.At(i, 0)) > math.Abs(d.At(i, 1)) == (math.Abs(d.At(j, 0)) > math.Abs(d.At(j, 1)))
	}
	if !same(0, 1) || !same(2, 3) || same(0, 2) {
		t.Errorf("LSA did not separate the topics:\n%v", mat.Formatted(d))
	}
	again, _ := m.LSA(2)
	for i := 0; i < 4; i++ {
		for j := 0; j < 2; j++ {
			if again.Docs.At(i, j) != d.At(i, j) {
				t.Fatal("LSA is not deterministic")
			}
		}
	}
	if _, err := m.LSA(5); !errors.Is(err, ErrOption) {
		t.Errorf("rank too large: %v", err)
	}
}

func TestProfileMatrix(t *testing.T) {
	an := Analyzer{}
	a, _ := an.ProfileTexts("Sanctions hurt. Sanctions failed.")
	b, _ := an.ProfileTexts("The talks failed.")
	m, err := ProfileMatrix([]string{"state", "wire"}, a, b)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(m.Cols(), " ") != "fail hurt sanction talk" || m.At(0, 2) != 2 || m.At(1, 3) != 1 || m.At(1, 1) != 0 {
		t.Errorf("matrix %v", m.Cols())
	}
	cos, _ := m.Cosine()
	want, _ := Cosine(a, b)
	if !near(cos.At(0, 1), want) {
		t.Errorf("outlet cosine %v, profile cosine %v", cos.At(0, 1), want)
	}
	other, _ := (&Analyzer{NoStem: true}).ProfileTexts("x")
	if _, err := ProfileMatrix([]string{"a", "b"}, a, other); !errors.Is(err, ErrMismatch) {
		t.Errorf("mixed settings: %v", err)
	}
	if _, err := ProfileMatrix([]string{"a"}, a, b); !errors.Is(err, ErrOption) {
		t.Errorf("name count: %v", err)
	}
}
