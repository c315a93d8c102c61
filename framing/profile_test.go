package framing

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/framediff/framediff/corpus"
)

func TestProfileCounts(t *testing.T) {
	an := Analyzer{}
	p, err := an.ProfileTexts(
		"The authorities said the Authorities’ plan works.",
		"An author said 1,200 people left.",
		"",
	)
	if err != nil {
		t.Fatal(err)
	}
	// Kept words, by hand: doc 1: authorities said authorities plan works (5);
	// doc 2: author said people left (4); doc 3: none. 1,200 is a number; the rest stop words.
	if p.Documents() != 3 || p.Total(1) != 9 {
		t.Fatalf("documents %d tokens %d, want 3 and 9", p.Documents(), p.Total(1))
	}
	if p.Dropped().Number != 1 || p.Dropped().Stop != 3 {
		t.Errorf("dropped %+v, want 1 number and 3 stop words (The, the, An)", p.Dropped())
	}
	author, _ := p.Lookup("author")
	if author.Count != 3 || author.DocFreq != 2 {
		t.Errorf("author: count %d df %d, want 3 and 2", author.Count, author.DocFreq)
	}
	wantForms := []Form{{"Authorities", 1}, {"author", 1}, {"authorities", 1}}
	if !reflect.DeepEqual(author.Forms, wantForms) {
		t.Errorf("author forms = %v, want %v (count desc, then byte order)", author.Forms, wantForms)
	}
	said, _ := p.Lookup("said")
	if said.Count != 2 || said.DocFreq != 2 || said.Word() != "said" {
		t.Errorf("said = %+v", said)
	}
	if !slices.IsSortedFunc(p.Terms(), func(a, b TermStat) int { return strings.Compare(a.Term, b.Term) }) {
		t.Error("terms not sorted")
	}
	audit := p.StemAudit()
	if len(audit) != 1 || audit[0].Term != "author" ||
		!reflect.DeepEqual(audit[0].Words, []Form{{"authorities", 2}, {"author", 1}}) {
		t.Errorf("StemAudit = %+v", audit)
	}
}

func sampleDocs(t *testing.T, lang string) []corpus.Document {
	t.Helper()
	return corpus.Sample().Select(func(d corpus.Document) bool { return d.Language == lang })
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestProfileOrderIndependentAndMergeable(t *testing.T) {
	docs := sampleDocs(t, "english")
	for _, an := range []Analyzer{{}, {NGrams: 3, Protected: []string{"the West", "authorities"}}} {
		whole, err := an.Profile(docs...)
		if err != nil {
			t.Fatal(err)
		}
		want := mustJSON(t, whole)
		r := rand.New(rand.NewPCG(1, 2))
		for range 3 {
			shuffled := slices.Clone(docs)
			r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
			again, err := an.Profile(shuffled...)
			if err != nil {
				t.Fatal(err)
			}
			if got := mustJSON(t, again); !bytes.Equal(got, want) {
				t.Fatalf("shuffled documents give a different profile")
			}
			// Three shards merge into exactly the whole.
			cut1, cut2 := 1+r.IntN(len(docs)-2), 0
			cut2 = cut1 + 1 + r.IntN(len(docs)-cut1-1)
			var shards []*Profile
			for _, part := range [][]corpus.Document{shuffled[:cut1], shuffled[cut1:cut2], shuffled[cut2:]} {
				p, err := an.Profile(part...)
				if err != nil {
					t.Fatal(err)
				}
				shards = append(shards, p)
			}
			merged, err := Merge(shards...)
			if err != nil {
				t.Fatal(err)
			}
			if got := mustJSON(t, merged); !bytes.Equal(got, want) {
				t.Fatalf("merged shards differ from the whole")
			}
		}
	}
}

func TestProfileJSONRoundTrip(t *testing.T) {
	an := Analyzer{NGrams: 2, Protected: []string{"the West"}, ExtraStopWords: []string{"said"}}
	p, err := an.Profile(sampleDocs(t, "english")...)
	if err != nil {
		t.Fatal(err)
	}
	b := mustJSON(t, p)
	var back Profile
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back.spec(), p.spec()) {
		t.Error("profile changed in a JSON round trip")
	}
	if !bytes.Equal(mustJSON(t, &back), b) {
		t.Error("second marshal differs")
	}
}

func TestMergeErrors(t *testing.T) {
	a, _ := (&Analyzer{}).ProfileTexts("one text")
	b, _ := (&Analyzer{NoStem: true}).ProfileTexts("one text")
	if _, err := Merge(a, b); !errors.Is(err, ErrMismatch) {
		t.Errorf("different settings: got %v", err)
	}
	if _, err := Merge(); !errors.Is(err, ErrOption) {
		t.Errorf("no profiles: got %v", err)
	}
	if _, err := Merge(a, nil); !errors.Is(err, ErrOption) {
		t.Errorf("nil profile: got %v", err)
	}
}

func TestCounterLanguages(t *testing.T) {
	var c Counter
	if err := c.Add(corpus.Document{ID: "a", Language: "english", Text: "one"}); err != nil {
		t.Fatal(err)
	}
	err := c.Add(corpus.Document{ID: "b", Language: "spanish", Text: "uno"})
	if !errors.Is(err, ErrMismatch) || !strings.Contains(err.Error(), `"b"`) {
		t.Errorf("mixed languages: got %v", err)
	}
	if err := c.Add(corpus.Document{ID: "c", Language: "xx", Text: "uno"}); !errors.Is(err, ErrLanguage) {
		t.Errorf("unknown language: got %v", err)
	}
	p, err := c.Profile()
	if err != nil || p.Documents() != 1 {
		t.Errorf("after rejected documents: %v, %d documents", err, p.Documents())
	}
	// An explicit Analyzer.Language overrides the documents'.
	es := Analyzer{Language: "spanish"}
	p, err = es.Profile(corpus.Document{ID: "d", Language: "english", Text: "las elecciones"})
	if err != nil || p.Count("eleccion") != 1 {
		t.Errorf("override: %v, %+v", err, p)
	}
}

// TestConcurrentAnalysis analyzes from many goroutines with one shared Analyzer; run with
// -race. Every goroutine must get the same profile.
func TestConcurrentAnalysis(t *testing.T) {
	an := Analyzer{NGrams: 2, Protected: []string{"the West"}}
	docs := sampleDocs(t, "english")
	want, err := an.Profile(docs...)
	if err != nil {
		t.Fatal(err)
	}
	wantJSON := mustJSON(t, want)
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for g := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p, err := an.Profile(docs...)
			if err != nil {
				errs <- err
				return
			}
			if !bytes.Equal(mustJSON(t, p), wantJSON) {
				errs <- errors.New("a goroutine got a different profile")
			}
			if _, err := an.Tokens(docs[g%len(docs)].Text); err != nil {
				errs <- err
			}
			// Reading a shared profile concurrently is safe too.
			if _, err := JensenShannon(want, p); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestLargeDocument analyzes a 50 MB document made of a text repeated: every count must be
// exactly the repetition count times the count in one copy.
func TestLargeDocument(t *testing.T) {
	one := generate(64<<10, 9) + "\n\n"
	reps := (50 << 20) / len(one)
	big := strings.Repeat(one, reps)
	an := Analyzer{}
	p1, err := an.ProfileTexts(one)
	if err != nil {
		t.Fatal(err)
	}
	pb, err := an.ProfileTexts(big)
	if err != nil {
		t.Fatal(err)
	}
	if pb.Total(1) != reps*p1.Total(1) || len(pb.Terms()) != len(p1.Terms()) {
		t.Fatalf("50 MB: %d tokens, %d terms; want %d and %d", pb.Total(1), len(pb.Terms()), reps*p1.Total(1), len(p1.Terms()))
	}
	for i, x := range p1.Terms() {
		if y := pb.Terms()[i]; y.Term != x.Term || y.Count != reps*x.Count {
			t.Fatalf("term %q: %d in the big document, want %d", x.Term, y.Count, reps*x.Count)
		}
	}
}

// TestWordDisplayForm: a word capitalized where headlines open is shown as the text writes it
// elsewhere; a name that is also a word keeps its capital.
func TestWordDisplayForm(t *testing.T) {
	an := &Analyzer{}
	p, err := an.Profile(
		corpus.Document{ID: "1", Text: "Volunteers Arrive In Soloria\n\nVolunteers Rebuild Homes\n\nLocal volunteers brought food."},
		corpus.Document{ID: "2", Text: "Bush spoke. Bush left. Bush returned. Bush waved. Bush smiled. A bush burned."},
	)
	if err != nil {
		t.Fatal(err)
	}
	for term, want := range map[string]string{"volunt": "volunteers", "bush": "Bush", "soloria": "Soloria"} {
		ts, ok := p.Lookup(term)
		if !ok {
			t.Fatalf("no term %q in %v", term, p.Terms())
		}
		if got := ts.Word(); got != want {
			t.Errorf("%q: Word %q (forms %v), want %q", term, got, ts.Forms, want)
		}
	}
}
