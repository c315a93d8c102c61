package framing

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"gonum.org/v1/gonum/floats/scalar"

	"github.com/framediff/framediff/corpus"
)

// all lists every candidate that occurs once.
var all = &PhraseOptions{All: true, MinCount: 1, MinDocs: 1}

func docsOf(texts ...string) []corpus.Document {
	docs := make([]corpus.Document, len(texts))
	for i, t := range texts {
		docs[i] = corpus.Document{ID: fmt.Sprint("d", i), Text: t}
	}
	return docs
}

func findPhrase(ps []Phrase, term string) (Phrase, bool) {
	for _, p := range ps {
		if p.Term == term {
			return p, true
		}
	}
	return Phrase{}, false
}

func terms(ps []Phrase) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Term
	}
	slices.Sort(out)
	return out
}

// TestPhraseScoresByHand checks the scores against arithmetic done by hand on a text of
// nine words in three clauses:
//
//	[alpha beta gamma] [alpha beta delta] [gamma delta alpha]
//
// N = 9; c(alpha) = 3, c(beta) = 2, c(gamma) = 2, c(delta) = 2; c(alpha beta) = 2,
// c(beta gamma) = 1, c(alpha _ gamma) = 1, c(alpha beta gamma) = 1.
func TestPhraseScoresByHand(t *testing.T) {
	var an Analyzer
	ps, err := an.FindPhrases(docsOf("Alpha beta gamma. Alpha beta delta, gamma delta alpha."), all)
	if err != nil {
		t.Fatal(err)
	}
	// "alpha beta": cells n_00 = 2, n_01 = 3 - 2 = 1 (alpha, not beta), n_10 = 2 - 2 = 0,
	// n_11 = 9 - 3 = 6; expected 3·2/9, 3·7/9, 6·2/9, 6·7/9:
	//	G² = 2 (2 ln(2·9/6) + 1 ln(9/21) + 6 ln(6·9/42)) = 2 (2 ln 3 + ln 3/7 + 6 ln 9/7)
	//	   = 5.715626573268906
	//	λ = ln 2.5 - ln 1.5 - ln 0.5 + ln 6.5 = ln 21.6667 = 3.0757749812275277
	//	SE = sqrt(1/2.5 + 1/1.5 + 1/0.5 + 1/6.5) = 1.7945787306531915, z = 1.7139259084542955
	//	Dice = 2·2 / (3 + 2) = 0.8
	// "alpha beta gamma": n_000 = 1, n_001 = c(ab) - 1 = 1, n_010 = c(a_c) - 1 = 0,
	// n_100 = c(bc) - 1 = 0, n_011 = 3 - 1 - 1 - 0 = 1, n_101 = 2 - 1 - 1 - 0 = 0,
	// n_110 = 2 - 1 - 0 - 0 = 1, n_111 = 9 - 4 = 5; E_x = Π m_j / 81:
	//	G² = 2 (ln 81/12 + ln 81/42 + ln 81/147 + ln 81/84 + 5 ln 405/294) = 7.071014927671248
	// Splits: "alpha beta" + "gamma" (cells 1, 1, 1, 6): λ = ln(6.5/1.5) = 1.466337068793427,
	// z = λ / sqrt(3/1.5 + 1/6.5) = 0.999140294580619, Dice = 2/(2+2) = 0.5; "alpha" +
	// "beta gamma" (cells 1, 2, 0, 6): λ = ln(1.5·6.5/(2.5·0.5)) = 2.0541237336955462,
	// z = 1.1446272590937738, Dice = 2/(3+1) = 0.5. The smaller of each is kept.
	for _, c := range []struct {
		term           string
		count          int
		g2, l, z, dice float64
		wordCounts     []int
	}{
		{"alpha_beta", 2, 5.715626573268906, 3.0757749812275277, 1.7139259084542955, 0.8, []int{3, 2}},
		{"alpha_beta_gamma", 1, 7.071014927671248, 1.466337068793427, 0.999140294580619, 0.5, []int{3, 2, 2}},
	} {
		p, ok := findPhrase(ps, c.term)
		if !ok {
			t.Fatalf("%s not found in %v", c.term, terms(ps))
		}
		if p.Count != c.count || p.Total != 9 || !reflect.DeepEqual(p.WordCounts, c.wordCounts) {
			t.Errorf("%s: count %d, total %d, word counts %v; want %d, 9, %v", c.term, p.Count, p.Total, p.WordCounts, c.count, c.wordCounts)
		}
		for _, v := range []struct {
			name      string
			got, want float64
		}{{"G2", p.G2, c.g2}, {"Lambda", p.Lambda, c.l}, {"Z", p.Z, c.z}, {"Dice", p.Dice, c.dice}} {
			if !scalar.EqualWithinAbsOrRel(v.got, v.want, 1e-12, 1e-12) {
				t.Errorf("%s: %s = %.17g, want %.17g", c.term, v.name, v.got, v.want)
			}
		}
	}
}

// TestPhraseScoreBounds checks properties of the tables: G² ≥ 0, Dice in [0, 1], λ = 0
// and G² = 0 for words exactly as often together as independence predicts, and λ and z
// symmetric in the words.
func TestPhraseScoreBounds(t *testing.T) {
	// Independent: N = 100, c(a) = 10, c(b) = 20, c(ab) = 2 = 10·20/100; the 2×2 table is
	// (2, 8 | 18, 72), whose odds ratio 2·72/(8·18) is 1, but λ adds 1/2 to each cell.
	s, ok := assoc2(2, 10, 20, 100)
	if !ok || s.g2 != 0 {
		t.Errorf("independent words: G² = %v (ok %v), want 0", s.g2, ok)
	}
	if want := 0.0; s.lambda >= 0.2 || s.lambda < want {
		t.Errorf("independent words: λ = %v, want a small positive number (smoothing)", s.lambda)
	}
	a, _ := assoc2(7, 30, 12, 500)
	b, _ := assoc2(7, 12, 30, 500)
	if !scalar.EqualWithinAbsOrRel(a.lambda, b.lambda, 1e-12, 1e-12) || !scalar.EqualWithinAbsOrRel(a.z, b.z, 1e-12, 1e-12) ||
		!scalar.EqualWithinAbsOrRel(a.g2, b.g2, 1e-12, 1e-12) || a.dice != b.dice {
		t.Errorf("not symmetric: %+v vs %+v", a, b)
	}
	for _, c := range [][4]int64{{0, 5, 5, 100}, {5, 5, 5, 100}, {1, 1, 1, 3}, {50, 60, 70, 1000}} {
		s, ok := assoc2(c[0], c[1], c[2], c[3])
		if !ok || s.g2 < 0 || s.dice < 0 || s.dice > 1 {
			t.Errorf("assoc2%v = %+v, %v", c, s, ok)
		}
	}
	// A negative cell (the words are more than the text) is not scored.
	if _, ok := assoc2(2, 3, 3, 3); ok {
		t.Error("assoc2 with a negative cell was scored")
	}
}

// nltkPython returns a Python interpreter with NLTK, or "" if there is none.
func nltkPython() string {
	for _, py := range []string{"/usr/bin/python3", "python3"} {
		if exec.Command(py, "-c", "import nltk.collocations").Run() == nil {
			return py
		}
	}
	return ""
}

// TestPhrasesNLTK compares the counts and G² of every candidate with NLTK's collocation
// finders and BigramAssocMeasures/TrigramAssocMeasures.likelihood_ratio on the same text
// (testdata/phrases-nltk.txt, written for this test), split into clauses by
// testdata/nltk_phrases.py. It needs Debian's python3-nltk (apt-get install -y
// python3-nltk) and skips without it, but fails under CI (the CI environment variable,
// which .ci/run sets after installing python3-nltk), so the check is never silently lost.
func TestPhrasesNLTK(t *testing.T) {
	py := nltkPython()
	if py == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("no python3 with nltk, and CI needs the independent check: apt-get install -y python3-nltk")
		}
		t.Skip("no python3 with nltk (apt-get install -y python3-nltk)")
	}
	b, err := os.ReadFile("testdata/phrases-nltk.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts := strings.Split(strings.TrimSpace(string(b)), "\n\n")
	var an Analyzer
	ps, err := an.FindPhrases(docsOf(texts...), all)
	if err != nil {
		t.Fatal(err)
	}
	req := struct {
		Texts    []string   `json:"texts"`
		Bigrams  [][]string `json:"bigrams"`
		Trigrams [][]string `json:"trigrams"`
	}{Texts: texts, Bigrams: [][]string{}, Trigrams: [][]string{}}
	var bi, tri []Phrase
	for _, p := range ps {
		if len(p.Words) == 2 {
			bi = append(bi, p)
			req.Bigrams = append(req.Bigrams, p.Words)
		} else {
			tri = append(tri, p)
			req.Trigrams = append(req.Trigrams, p.Words)
		}
	}
	in, _ := json.Marshal(req)
	cmd := exec.Command(py, "testdata/nltk_phrases.py")
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("nltk_phrases.py: %v\n%s", err, stderr.String())
	}
	var res struct {
		NLTK          string               `json:"nltk"`
		Words         int                  `json:"words"`
		TrigramWords  int                  `json:"trigram_words"`
		BigramCounts  [][2]json.RawMessage `json:"bigram_counts"`
		TrigramCounts [][2]json.RawMessage `json:"trigram_counts"`
		BigramG2      []float64            `json:"bigram_g2"`
		TrigramG2     []float64            `json:"trigram_g2"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatal(err)
	}
	t.Logf("NLTK %s: %d words, %d bigram and %d trigram candidates compared", res.NLTK, res.Words, len(bi), len(tri))
	counts := map[string]int{}
	for _, c := range append(res.BigramCounts, res.TrigramCounts...) {
		var words []string
		var n int
		if json.Unmarshal(c[0], &words) != nil || json.Unmarshal(c[1], &n) != nil {
			t.Fatalf("bad count %s", c)
		}
		counts[strings.Join(words, "_")] = n
	}
	if len(bi) < 20 || len(tri) < 20 {
		t.Fatalf("only %d bigrams and %d trigrams to compare", len(bi), len(tri))
	}
	for k, set := range [][]Phrase{bi, tri} {
		g2 := [][]float64{res.BigramG2, res.TrigramG2}[k]
		for i, p := range set {
			if p.Total != res.Words || res.TrigramWords != res.Words {
				t.Fatalf("%s: %d words, NLTK %d and %d", p.Term, p.Total, res.Words, res.TrigramWords)
			}
			if p.Count != counts[p.Term] {
				t.Errorf("%s: count %d, NLTK %d", p.Term, p.Count, counts[p.Term])
			}
			if !scalar.EqualWithinAbsOrRel(p.G2, g2[i], 1e-9, 1e-9) {
				t.Errorf("%s: G² %.15g, NLTK %.15g", p.Term, p.G2, g2[i])
			}
		}
	}
	// Every n-gram NLTK counts whose end words are content words (and whose middle word, in
	// a trigram, is a content or stop word) is a candidate.
	class := map[string]string{}
	for _, text := range texts {
		toks, err := an.Tokens(text)
		if err != nil {
			t.Fatal(err)
		}
		for _, tk := range toks {
			class[normalize(tk.Surface(text), false)] = tk.Dropped
		}
	}
	for term := range counts {
		w := strings.Split(term, "_")
		if class[w[0]] != "" || class[w[len(w)-1]] != "" || len(w) == 3 && class[w[1]] != "" && class[w[1]] != "stop" {
			continue
		}
		if _, ok := findPhrase(ps, term); !ok {
			t.Errorf("%s (NLTK count %d) is not a candidate", term, counts[term])
		}
	}
}

// TestPhraseBoundaries checks where adjacent words may form a phrase: within a clause,
// with white space, a period after an initial or abbreviation, or a possessive between
// capitalized words between them; never across punctuation, quotation marks, other
// possessives, boilerplate or a dropped voice.
func TestPhraseBoundaries(t *testing.T) {
	for _, c := range []struct {
		name string
		an   Analyzer
		text string
		want []string // the candidates (All, count ≥ 1)
	}{
		{"space and newline", Analyzer{}, "White House staff.\nWhite\nHouse.", []string{"house_staff", "white_house", "white_house_staff"}},
		{"comma", Analyzer{}, "White, House staff", []string{"house_staff"}},
		{"semicolon and colon", Analyzer{}, "White; House: staff", nil},
		{"dash", Analyzer{}, "White — House -- staff", nil},
		{"sentence end", Analyzer{}, "It was white. House staff left.", []string{"house_staff", "house_staff_left", "staff_left"}},
		{"quotation marks", Analyzer{}, `a "special" military operation`, []string{"military_operation"}},
		{"curly quotation marks", Analyzer{}, "a “special military” operation", []string{"special_military"}},
		{"brackets", Analyzer{}, "Hong (Kong) office", nil},
		{"slash", Analyzer{}, "Hong/Kong office", []string{"kong_office"}},
		{"initial", Analyzer{}, "John F. Kennedy spoke", []string{"f_kennedy", "john_f", "john_f_kennedy", "kennedy_spoke", "f_kennedy_spoke"}},
		{"abbreviation", Analyzer{}, "St. Petersburg grew", []string{"petersburg_grew", "st_petersburg", "st_petersburg_grew"}},
		{"possessive in a name", Analyzer{}, "National People's Congress met", []string{"congress_met", "national_people", "national_people_congress", "people_congress", "people_congress_met"}},
		{"curly possessive in a name", Analyzer{}, "National People’s Congress", []string{"national_people", "national_people_congress", "people_congress"}},
		{"possessive elsewhere", Analyzer{}, "China's foreign ministry", []string{"foreign_ministry"}},
		{"possessive then no space", Analyzer{}, "People'sCongress", nil},
		{"stop words at the ends", Analyzer{}, "the rule of law is", []string{"rule_of_law"}},
		{"numbers", Analyzer{}, "the 2020 Olympics Games", []string{"olympics_games"}},
		{"numbers kept", Analyzer{KeepNumbers: true}, "the 2020 Olympics Games", []string{"olympics_games"}},
		{"sign-off", Analyzer{}, "Ministers met.\n(Reporting by Anna Smith; Editing by Tom Jones)", []string{"ministers_met"}},
		{"sign-off kept", Analyzer{KeepBoilerplate: true}, "Ministers met.\n(Reporting by Anna Smith; Editing by Tom Jones)", []string{"anna_smith", "ministers_met", "reporting_by_anna", "tom_jones", "editing_by_tom"}},
		{"own voice", Analyzer{Voices: OwnVoice}, `Officials called it "a special military operation" yesterday.`, []string{"officials_called"}},
		{"quote that never closes", Analyzer{}, `He said "Hong Kong residents`, []string{"hong_kong", "hong_kong_residents", "kong_residents"}},
		{"acronym and stop word", Analyzer{}, "They said WHO officials left. They said who officials left, said WHO officials.", []string{"officials_left", "said_who", "said_who_officials", "who_officials", "who_officials_left"}},
		{"Cyrillic", Analyzer{Language: "russian"}, "Специальная военная операция началась", []string{"военная_операция", "военная_операция_началась", "операция_началась", "специальная_военная", "специальная_военная_операция"}},
		{"only stop words", Analyzer{}, "of the and to", nil},
		{"only punctuation", Analyzer{}, "!! ,, --", nil},
		{"empty", Analyzer{}, "", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			ps, err := c.an.FindPhrases(docsOf(c.text), all)
			if err != nil {
				t.Fatal(err)
			}
			got := terms(ps)
			want := slices.Clone(c.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("%q: candidates %q, want %q", c.text, got, want)
			}
		})
	}
}

// TestPhraseForms checks that a phrase shows its most frequent surface form, and that
// its count and Capitalized include every case.
func TestPhraseForms(t *testing.T) {
	var an Analyzer
	ps, err := an.FindPhrases(docsOf("Hong Kong rose. HONG KONG fell.", "Hong Kong again, hong kong. The People's Congress, George W. Bush."), all)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		term, word string
		count      int
		capital    float64
	}{
		{"hong_kong", "Hong Kong", 4, 0.75},
		{"people_congress", "People's Congress", 1, 1},
		{"george_w_bush", "George W. Bush", 1, 1},
	} {
		p, ok := findPhrase(ps, c.term)
		if !ok {
			t.Fatalf("%s not found in %v", c.term, terms(ps))
		}
		if p.Word() != c.word || p.Count != c.count || p.Capitalized != c.capital {
			t.Errorf("%s: %q ×%d capitalized %v (forms %v), want %q ×%d %v", c.term, p.Word(), p.Count, p.Capitalized, p.Forms, c.word, c.count, c.capital)
		}
	}
}

// phraseCorpus is a made-up corpus: sentences drawn from templates, with ordinary words
// around names and fixed phrases ("Hong Kong", "the Bank of England", "the special
// military operation") and around the sequences the rules are there to drop, which are as
// strongly associated ("said that", "President Xi", "told reporters", "last year", "Iraq
// and Syria", "Hong Kong residents").
func phraseCorpus() []corpus.Document {
	r := rand.New(rand.NewPCG(19, 1))
	pick := func(words ...string) string { return words[r.IntN(len(words))] }
	nouns := []string{"farmers", "bakers", "traders", "students", "doctors", "workers", "pilots", "lawyers", "voters", "miners",
		"bankers", "teachers", "nurses", "drivers", "writers", "markets", "prices", "wages", "roads", "bridges", "schools",
		"harbors", "rivers", "ports", "rates", "taxes", "loans", "crops", "villages", "factories"}
	adjs := []string{"local", "angry", "young", "rural", "busy", "small", "northern", "quiet", "eastern", "tired", "careful", "poor"}
	verbs := []string{"met", "watched", "praised", "blamed", "visited", "questioned", "joined", "answered", "followed", "thanked"}
	names := []string{"Hong Kong", "the White House", "the Bank of England", "the special military operation", "human rights"}
	np := func() string {
		switch x := r.IntN(10); {
		case x < 3:
			return names[r.IntN(len(names))]
		case x < 6:
			return pick(adjs...) + " " + pick(nouns...)
		default:
			return "the " + pick(nouns...)
		}
	}
	sentence := func() string {
		switch r.IntN(8) {
		case 0:
			return "Officials said that " + np() + " " + pick(verbs...) + " " + np() + "."
		case 1:
			return "President Xi " + pick(verbs...) + " " + np() + " last year."
		case 2:
			return "Mr. Lee told reporters that " + np() + " " + pick(verbs...) + " " + np() + "."
		case 3:
			return "Hong Kong residents " + pick(verbs...) + " " + np() + " in Iraq and Syria."
		default:
			return np() + " " + pick(verbs...) + " " + np() + ", and " + np() + " " + pick(verbs...) + " " + np() + "."
		}
	}
	docs := make([]corpus.Document, 60)
	for i := range docs {
		var b strings.Builder
		for range 12 {
			s := sentence()
			b.WriteString(strings.ToUpper(s[:1]) + s[1:] + " ")
		}
		docs[i] = corpus.Document{ID: fmt.Sprint("doc", i), Text: b.String()}
	}
	return docs
}

// TestFindPhrasesRules checks the default rules on a made-up corpus: names and fixed
// phrases are kept; titles, reporting verbs, time expressions, coordinations and partial
// phrases, as strongly associated, are not.
func TestFindPhrasesRules(t *testing.T) {
	var an Analyzer
	docs := phraseCorpus()
	ps, err := an.FindPhrases(docs, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := terms(ps)
	t.Logf("phrases: %q", got)
	for _, want := range []string{"hong_kong", "white_house", "human_rights", "bank_of_england", "special_military_operation"} {
		if !slices.Contains(got, want) {
			t.Errorf("%s missing from %v", want, got)
		}
	}
	// The candidates the rules drop pass the thresholds of count and association, so that it
	// is the rules that drop them.
	scored, err := an.FindPhrases(docs, &PhraseOptions{All: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{
		"president_xi", "told_reporters", "last_year", "iraq_and_syria", "kong_residents", "hong_kong_residents",
		"special_military", "military_operation", "lee_told", "bank_of", "of_england",
	} {
		if slices.Contains(got, bad) {
			t.Errorf("%s should not be a phrase: %v", bad, got)
		}
		p, ok := findPhrase(scored, bad)
		if bad != "bank_of" && bad != "of_england" && (!ok || p.Count < DefaultPhraseMinCount || p.Z < DefaultPhraseMinZ || p.Lambda < DefaultPhraseMinLambdaName) {
			t.Errorf("%s is not a candidate that passes the thresholds: %+v", bad, p)
		}
	}
	for i := 1; i < len(ps); i++ {
		if ps[i-1].Count < ps[i].Count {
			t.Errorf("not most frequent first: %s %d before %s %d", ps[i-1].Term, ps[i-1].Count, ps[i].Term, ps[i].Count)
		}
	}
	// Every phrase listed meets the thresholds.
	for _, p := range ps {
		if p.Count < DefaultPhraseMinCount || p.DocFreq < DefaultPhraseMinDocs || p.Z < DefaultPhraseMinZ ||
			p.Lambda < DefaultPhraseMinLambdaName || p.Capitalized < 0.5 && p.Lambda < DefaultPhraseMinLambda {
			t.Errorf("%s listed below a threshold: %+v", p.Term, p)
		}
	}
}

// TestFindPhrasesDeterministic checks that the order of the documents changes nothing,
// and that the search can run from many goroutines at once.
func TestFindPhrasesDeterministic(t *testing.T) {
	docs := phraseCorpus()
	var an Analyzer
	want, err := an.FindPhrases(docs, nil)
	if err != nil {
		t.Fatal(err)
	}
	rev := slices.Clone(docs)
	slices.Reverse(rev)
	var wg sync.WaitGroup
	results := make([][]Phrase, 8)
	errs := make([]error, 8)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d := docs
			if i%2 == 1 {
				d = rev
			}
			results[i], errs[i] = an.FindPhrases(d, nil)
		}()
	}
	wg.Wait()
	a, _ := json.Marshal(want)
	for i, r := range results {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		if b, _ := json.Marshal(r); !bytes.Equal(a, b) {
			t.Errorf("run %d differs:\n%s\n%s", i, a, b)
		}
	}
}

// TestAnalyzerPhrases checks that listed phrases count as one term each, with their
// surface forms and their lines, and never across a boundary.
func TestAnalyzerPhrases(t *testing.T) {
	docs := phraseCorpus()
	var base Analyzer
	ps, err := base.FindPhrases(docs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WritePhrases(&b, ps); err != nil {
		t.Fatal(err)
	}
	table, err := ReadPhrases(&b)
	if err != nil {
		t.Fatal(err)
	}
	an := Analyzer{Phrases: table}
	p, err := an.Profile(docs...)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ term, word string }{
		{"hong_kong", "Hong Kong"}, {"white_house", "White House"}, {"bank_of_england", "Bank of England"},
		{"special_military_operation", "special military operation"},
	} {
		ts, ok := p.Lookup(c.term)
		ph, _ := findPhrase(ps, c.term)
		if !ok || ts.Word() != c.word || ts.Count != ph.Count {
			t.Errorf("%s: %+v (found %v), want %q ×%d", c.term, ts, ok, c.word, ph.Count)
		}
	}
	if n := p.Count("kong"); n != 0 {
		t.Errorf(`"kong" counted %d times beside "hong_kong"`, n)
	}
	lines, err := base.PhraseConcordances(docs, ps, 20, 3)
	if err != nil {
		t.Fatal(err)
	}
	for _, ph := range ps {
		ls := lines[ph.Term]
		if len(ls) != min(3, ph.Count) {
			t.Errorf("%s: %d lines, want %d", ph.Term, len(ls), min(3, ph.Count))
		}
		for _, l := range ls {
			if normalize(l.Match, false) != strings.ToLower(ph.Word()) {
				t.Errorf("%s: line %v", ph.Term, l)
			}
		}
	}
	// A phrase as written finds the same lines as its term.
	byWord, err := an.Concordance(docs, "Hong Kong", 20)
	if err != nil {
		t.Fatal(err)
	}
	byTerm, err := an.Concordance(docs, "hong_kong", 20)
	if err != nil || len(byWord) == 0 || !reflect.DeepEqual(byWord, byTerm) {
		t.Errorf("Concordance(Hong Kong): %d lines, Concordance(hong_kong): %d (%v)", len(byWord), len(byTerm), err)
	}
	// Tokens: one token a phrase, never across a boundary.
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Hong Kong and hong kong", []string{"hong_kong", "hong_kong"}},
		{"Hong, Kong", []string{"hong", "kong"}},
		{`"Hong" Kong`, []string{"hong", "kong"}},
		{"Hong. Kong", []string{"hong", "kong"}},
		{"the Bank of England's rates", []string{"bank_of_england", "rate"}},
		{"Hong_Kong", []string{"hong_kong"}},
	} {
		toks, err := an.Tokens(c.text)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, tk := range toks {
			if tk.Counted() {
				got = append(got, tk.Term)
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: terms %q, want %q", c.text, got, c.want)
		}
	}
}

func TestPhraseErrors(t *testing.T) {
	docs := docsOf("some text")
	for _, c := range []struct {
		name string
		an   Analyzer
		opt  *PhraseOptions
		docs []corpus.Document
		want error
	}{
		{"one-word phrase", Analyzer{Phrases: []string{"Kong"}}, nil, docs, ErrOption},
		{"empty phrase", Analyzer{Phrases: []string{" "}}, nil, docs, ErrOption},
		{"punctuation phrase", Analyzer{Phrases: []string{"!! ??"}}, nil, docs, ErrOption},
		{"MaxWords", Analyzer{}, &PhraseOptions{MaxWords: 4}, docs, ErrOption},
		{"MaxWords 1", Analyzer{}, &PhraseOptions{MaxWords: 1}, docs, ErrOption},
		{"MinCount", Analyzer{}, &PhraseOptions{MinCount: -1}, docs, ErrOption},
		{"language", Analyzer{Language: "klingon"}, nil, docs, ErrLanguage},
		{"mixed languages", Analyzer{}, nil, []corpus.Document{{ID: "a", Text: "x"}, {ID: "b", Text: "y", Language: "ru"}}, ErrMismatch},
	} {
		t.Run(c.name, func(t *testing.T) {
			if _, err := c.an.FindPhrases(c.docs, c.opt); !errors.Is(err, c.want) {
				t.Errorf("FindPhrases: %v, want %v", err, c.want)
			}
		})
	}
	if _, err := (&Analyzer{Phrases: []string{"Kong"}}).Profile(docs...); !errors.Is(err, ErrOption) {
		t.Errorf("Profile with a one-word phrase: %v", err)
	}
}

func TestReadPhrases(t *testing.T) {
	got, err := ReadPhrases(strings.NewReader("\uFEFF# names\nHong Kong\n\n  White House  \r\nBank of England\n"))
	if want := []string{"Hong Kong", "White House", "Bank of England"}; err != nil || !slices.Equal(got, want) {
		t.Errorf("ReadPhrases = %q, %v; want %q", got, err, want)
	}
	for _, in := range []string{"Hong Kong\nKong\n", "a b\n!!\n", "ok then\n\xff\xfe x\n"} {
		if _, err := ReadPhrases(strings.NewReader(in)); !errors.Is(err, ErrOption) || !strings.Contains(err.Error(), "line 2") {
			t.Errorf("ReadPhrases(%q): %v, want an error on line 2", in, err)
		}
	}
}

// FuzzFindPhrases checks that no text makes the search panic or list a phrase that is
// not made of adjacent words of the text.
func FuzzFindPhrases(f *testing.F) {
	for _, s := range []string{"Hong Kong, Hong Kong", "John F. Kennedy", "People's Congress", `"a b" c`, "a\u00a0b c_d", "Ё ё ЁЛКА"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		var an Analyzer
		ps, err := an.FindPhrases(docsOf(text, text), all)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range ps {
			if p.Count < 2 || p.Count%2 != 0 || p.G2 < 0 || p.Dice < 0 || p.Dice > 1 || len(p.Forms) == 0 {
				t.Errorf("%q: %+v", text, p)
			}
		}
		an.Phrases = nil
		for _, p := range ps {
			if phraseWords(p.Word()) == len(p.Words) {
				an.Phrases = append(an.Phrases, p.Word())
			}
		}
		if _, err := an.Tokens(text); err != nil {
			t.Fatal(err)
		}
	})
}

// The real corpora of the shared data.

func loadChinaDailyNYT(t testing.TB) []corpus.Document {
	dir := dataDir()
	if dir == "" {
		t.Skip("shared data not found (set FRAMEDIFF_DATA)")
	}
	var skipped int
	c, err := corpus.Load(os.DirFS(dir), "chinadaily-nyt-democracy.jsonl", &corpus.LoadOptions{
		Defaults: corpus.Document{Event: "democracy"}, Skip: func(*corpus.LoadError) { skipped++ }})
	if err != nil {
		t.Skip(err)
	}
	return c.Documents()
}

// loadRUWA reads the RUWA headlines, title and description of each as one text (a blank
// line between, so that no phrase spans them).
func loadRUWA(t testing.TB) []corpus.Document {
	dir := dataDir()
	if dir == "" {
		t.Skip("shared data not found (set FRAMEDIFF_DATA)")
	}
	f, err := os.Open(filepath.Join(dir, "ruwa-headlines.csv"))
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	docs := make([]corpus.Document, 0, len(rows)-1)
	for i, r := range rows[1:] {
		docs = append(docs, corpus.Document{ID: fmt.Sprint("ruwa", i), Text: r[col["title"]] + "\n\n" + r[col["desc"]]})
	}
	return docs
}

// half returns the documents whose id hashes to h (0 or 1).
func half(docs []corpus.Document, h uint32) []corpus.Document {
	var out []corpus.Document
	for _, d := range docs {
		f := fnv.New32a()
		f.Write([]byte(d.ID))
		if f.Sum32()%2 == h {
			out = append(out, d)
		}
	}
	return out
}

// TestPhrasesRealData runs the search on the China Daily/NYT corpus (both halves of the
// split the thresholds were chosen on: 0 tuned, 1 held out) and on the RUWA headlines
// (held out), logs the first 30 phrases of each, and checks the names and phrases a
// reader expects. Run with -v to see them.
func TestPhrasesRealData(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	cd := loadChinaDailyNYT(t)
	ruwa := loadRUWA(t)
	var an Analyzer
	for _, c := range []struct {
		name string
		docs []corpus.Document
		want []string
	}{
		{"chinadaily-nyt", cd, []string{"hong_kong", "white_house", "human_rights", "united_states", "rule_of_law", "national_people_congress"}},
		{"chinadaily-nyt half 0 (tuned)", half(cd, 0), []string{"hong_kong", "white_house", "human_rights"}},
		{"chinadaily-nyt half 1 (held out)", half(cd, 1), []string{"hong_kong", "white_house", "human_rights"}},
		{"ruwa", ruwa, []string{"special_military_operation", "white_house", "human_rights", "volodymyr_zelensky", "black_sea"}},
	} {
		ps, err := an.FindPhrases(c.docs, nil)
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		for i, p := range ps[:min(30, len(ps))] {
			fmt.Fprintf(&b, "%2d %-32s %5d %4d cap %.2f λ %5.2f z %6.2f G² %9.1f\n", i+1, p.Word(), p.Count, p.DocFreq, p.Capitalized, p.Lambda, p.Z, p.G2)
		}
		t.Logf("%s: %d documents, %d phrases\n%s", c.name, len(c.docs), len(ps), b.String())
		got := terms(ps)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: %s not found", c.name, w)
			}
		}
		for _, bad := range []string{"said_that", "last_year", "told_reporters", "mr_obama", "president_xi", "kong_residents"} {
			if slices.Contains(got, bad) {
				t.Errorf("%s: %s listed", c.name, bad)
			}
		}
		if p, ok := findPhrase(ps, "hong_kong"); ok && p.Word() != "Hong Kong" {
			t.Errorf("%s: hong_kong reads %q", c.name, p.Word())
		}
	}
}

// BenchmarkPhrasesRatio times the phrase search on the China Daily/NYT corpus against a
// plain unigram Analyzer.Profile of the same documents in the same process, both on one
// goroutine, in CPU time of the thread, round by round (see ratioBench): x-calibration is
// the profile's time over the search's, so 0.25 means the search takes four times as long.
// Sub-benchmarks on the first quarter and half of the corpus show the cost is linear.
//
//	go test ./framing -run XXX -bench PhrasesRatio -benchtime 7x
func BenchmarkPhrasesRatio(b *testing.B) {
	docs := loadChinaDailyNYT(b)
	for _, frac := range []int{4, 2, 1} {
		part := docs[:len(docs)/frac]
		size := 0
		for _, d := range part {
			size += len(d.Text)
		}
		b.Run(fmt.Sprintf("1/%d", frac), func(b *testing.B) {
			an := Analyzer{Workers: 1}
			b.SetBytes(int64(size))
			b.ReportAllocs()
			ratioBench(b, size, func() {
				if _, err := an.Profile(part...); err != nil {
					b.Fatal(err)
				}
			}, func() {
				if _, err := an.FindPhrases(part, nil); err != nil {
					b.Fatal(err)
				}
			}, false)
		})
	}
}

// BenchmarkPhrasesProfile times a unigram profile with the corpus's phrase table in
// Analyzer.Phrases against one without, as BenchmarkPhrasesRatio does.
//
//	go test ./framing -run XXX -bench PhrasesProfile -benchtime 7x
func BenchmarkPhrasesProfile(b *testing.B) {
	docs := loadChinaDailyNYT(b)
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	plain := Analyzer{Workers: 1}
	ps, err := plain.FindPhrases(docs, nil)
	if err != nil {
		b.Fatal(err)
	}
	with := plain
	for _, p := range ps {
		with.Phrases = append(with.Phrases, p.Word())
	}
	b.Logf("%d phrases", len(ps))
	b.SetBytes(int64(size))
	b.ReportAllocs()
	ratioBench(b, size, func() {
		if _, err := plain.Profile(docs...); err != nil {
			b.Fatal(err)
		}
	}, func() {
		if _, err := with.Profile(docs...); err != nil {
			b.Fatal(err)
		}
	}, false)
}
