package framing

import (
	"errors"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
)

func stanceOf(t *testing.T, text string) map[string]SourceStance {
	t.Helper()
	st, err := (&Analyzer{}).Stance([]corpus.Document{{ID: "d", Text: text, Language: "english"}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]SourceStance{}
	for _, s := range st {
		out[s.Speaker] = s
	}
	return out
}

func countsHave(cs []Count, names ...string) bool {
	for _, n := range names {
		if !slices.ContainsFunc(cs, func(c Count) bool { return c.Name == n }) {
			return false
		}
	}
	return true
}

// TestStanceRebuttal: a state editorial (our own text) quotes a wire report in order to
// deny it, and frames the wire as an example of a hostile group.
func TestStanceRebuttal(t *testing.T) {
	text := "Predictably, the trip was maliciously distorted by the foreign press.\n\n" +
		"For example, Meridian Press claimed that the minister went to Kasan to “arm the rebels and prolong the war.”\n\n" +
		"It must be stressed that the minister did not go to “arm the rebels,” and Soloria has never sold arms to anyone. " +
		"The foreign press and its hype are nothing but a smear campaign."
	st := stanceOf(t, text)
	mp, ok := st["Meridian Press"]
	if !ok {
		t.Fatalf("no Meridian Press in %+v", st)
	}
	if mp.Quotations != 1 || !countsHave(mp.Verbs, "claimed") || !countsHave(mp.Labels, "foreign press") {
		t.Errorf("quotations %d, verbs %v, labels %v", mp.Quotations, mp.Verbs, mp.Labels)
	}
	if !countsHave(mp.Evaluation, "maliciously", "hype", "smear") {
		t.Errorf("evaluation %v", mp.Evaluation)
	}
	if len(mp.Rebuttals) != 1 || mp.Rebuttals[0].Cue != "not" || text[mp.Rebuttals[0].Denial.Start:mp.Rebuttals[0].Denial.End] !=
		"It must be stressed that the minister did not go to “arm the rebels,” and Soloria has never sold arms to anyone." {
		t.Fatalf("rebuttals %+v", mp.Rebuttals)
	}
	for _, l := range mp.EvaluationEvidence {
		if text[l.Start:l.End] != l.Match {
			t.Errorf("evidence %+v does not point at its match", l)
		}
	}
}

// TestStanceLabels: wire copy (our own text) labels the state outlet it quotes, with an
// appositive and a word before its name, and quotes without rebuttal.
func TestStanceLabels(t *testing.T) {
	text := "“The visit threatens no one,” the Soloria Daily, a nationalist tabloid run by the ruling party, said on Monday.\n\n" +
		"The state-run Soloria Daily has repeated the line before. The talks ended without a deal."
	st := stanceOf(t, text)
	sd, ok := st["Soloria Daily"]
	if !ok {
		t.Fatalf("no Soloria Daily in %+v", st)
	}
	if !countsHave(sd.Labels, "a nationalist tabloid run by the ruling party", "state-run") {
		t.Errorf("labels %v", sd.Labels)
	}
	if len(sd.Rebuttals) != 0 {
		t.Errorf("rebuttals %+v", sd.Rebuttals)
	}
}

// TestStanceNoRebuttalWithoutOverlap: a negation near a quotation that shares none of its
// words is no rebuttal.
func TestStanceNoRebuttalWithoutOverlap(t *testing.T) {
	text := "“Rain will fall across the valley on Sunday,” the forecaster said. The mayor did not attend the parade."
	for name, s := range stanceOf(t, text) {
		if len(s.Rebuttals) != 0 {
			t.Errorf("%s: rebuttals %+v", name, s.Rebuttals)
		}
	}
}

// TestSeedStance checks the seed case (skipped without ../shared/data): the Associated
// Press quotation is rebutted, with "maliciously", "hype" and "conspiracy" in the
// evaluation around the source, and the scholar the outlet quotes is not rebutted.
func TestSeedStance(t *testing.T) {
	dir := dataDir()
	if dir == "" {
		t.Skip("no shared data (../shared/data or FRAMEDIFF_DATA)")
	}
	b, err := os.ReadFile(filepath.Join(dir, "seed", "global-times-li-shangfu-moscow-2023.txt"))
	if err != nil {
		t.Skip("no seed commentary in the shared data")
	}
	st := stanceOf(t, string(b))
	ap := st["Associated Press"]
	if len(ap.Rebuttals) == 0 || !countsHave(ap.Evaluation, "maliciously", "hype", "conspiracy") {
		t.Errorf("Associated Press: rebuttals %d, evaluation %v", len(ap.Rebuttals), ap.Evaluation)
	}
	if w := st["Wang Xianju"]; w.Quotations != 1 || len(w.Rebuttals) != 0 {
		t.Errorf("Wang Xianju: %+v", w)
	}
}

func TestQuotedTerms(t *testing.T) {
	docs := []corpus.Document{
		{ID: "a", Language: "english", Text: "The so-called “free press” ran the story. Critics of the “free press” were silent."},
		{ID: "b", Language: "english", Text: "The “Belt and Road” initiative and the so-called “Free Press”."},
	}
	scare, err := (&Analyzer{}).QuotedTerms(docs, VoiceScare, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(scare) != 1 || scare[0].Expr != "free press" || scare[0].Count != 3 || scare[0].Documents != 2 ||
		!slices.Equal(scare[0].Terms, []string{"free", "press"}) || len(scare[0].Evidence) != 3 {
		t.Fatalf("scare quotes %+v", scare)
	}
	for _, l := range scare[0].Evidence {
		d := docs[0]
		if l.DocID == "b" {
			d = docs[1]
		}
		if d.Text[l.Start:l.End] != l.Match || l.Voice != VoiceScare {
			t.Errorf("evidence %+v", l)
		}
	}
	titles, _ := (&Analyzer{}).QuotedTerms(docs, VoiceTitle, 10)
	if len(titles) != 1 || titles[0].Expr != "belt and road" {
		t.Errorf("titles %+v", titles)
	}
	if _, err := (&Analyzer{}).QuotedTerms(docs, VoiceNarrative, 10); err == nil {
		t.Error("narrative voice accepted")
	}
}

// TestQuotedTermsInsideReported: a word or two quoted inside a clause of indirect speech
// are counted with it (Reported, in the own voice) but are still listed with the
// quotations, marked (Span.Marked); a word of the same clause out of quotation marks, and
// a scare quote, are not (invented sentences).
func TestQuotedTermsInsideReported(t *testing.T) {
	docs := []corpus.Document{{ID: "a", Language: "english",
		Text: "Ana Ruiz said Ivo Marek had “lied” to voters in Halden. Ivo Marek said the council was “corrupt” to the core. " +
			"Ana Ruiz said the plan was costly for Halden. The so-called “reform” passed."}}
	quotes, err := (&Analyzer{}).QuotedTerms(docs, VoiceQuote, 10)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, q := range quotes {
		got = append(got, q.Expr)
		for _, l := range q.Evidence {
			if l.Match != docs[0].Text[l.Start:l.End] || l.Voice != VoiceReported || !strings.Contains(l.Speaker, "Ana Ruiz") && !strings.Contains(l.Speaker, "Ivo Marek") {
				t.Errorf("evidence %+v", l)
			}
		}
	}
	// Both quoted once, in order of expression.
	if !slices.Equal(got, []string{"corrupt", "lied"}) {
		t.Errorf("quotations %q, want corrupt and lied", got)
	}
	for _, v := range []Voice{VoiceScare, VoiceTitle} {
		qs, _ := (&Analyzer{}).QuotedTerms(docs, v, 10)
		for _, q := range qs {
			if q.Expr == "lied" || q.Expr == "corrupt" {
				t.Errorf("%v lists %q", v, q.Expr)
			}
		}
	}
}

// TestStanceNotRebuttals: a negation in the quotation's own attribution, in a source's
// reported words or in a sentence that attributes to someone else is not the outlet's
// rebuttal (our own texts).
func TestStanceNotRebuttals(t *testing.T) {
	for _, tc := range []struct{ name, text, source string }{
		{"the quotation's own sentence",
			"“The reform of the elections must follow the Basic Law and its procedures,” Chairman Lin said, adding that the reform of the elections would not follow foreign procedures.",
			"Lin"},
		{"another source's denial",
			"“The new dam on the river is safe for every village below it,” the ministry said.\n\nEngineers said the new dam on the river is not safe for the villages below it.",
			"ministry"},
		{"a later quotation of the same source",
			"“The new dam on the river is safe for every village below it,” the ministry said. “No village below the new dam is in danger,” it added.",
			"ministry"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := stanceOf(t, tc.text)
			found := false
			for name, s := range st {
				if strings.Contains(name, tc.source) {
					found = true
					if len(s.Rebuttals) != 0 {
						t.Errorf("%s: rebuttals %+v", name, s.Rebuttals)
					}
				}
			}
			if !found {
				t.Errorf("no source %q in %v", tc.source, slices.Collect(maps.Keys(st)))
			}
		})
	}
	// A negation in a condition contrary to fact affirms: no denial.
	st0 := stanceOf(t, "“Now is the time to give the new talks on the river a chance to succeed,” Tal Oren said.\n\n"+
		"The new talks on the river would not have gone so far were it not for the shared will to give them a chance.")
	for name, s := range st0 {
		if len(s.Rebuttals) != 0 {
			t.Errorf("counterfactual: %s: rebuttals %+v", name, s.Rebuttals)
		}
	}
	// A contrastive "But for the …" and a concessive "if not for years" deny all the same.
	for _, denial := range []string{
		"But for the villages below it, the new dam on the river is not safe.",
		"In fact the new dam on the river is not safe for every village below it, if not for years then for months.",
	} {
		st := stanceOf(t, "“The new dam on the river is safe for every village below it,” the ministry said.\n\n"+denial)
		if s := st["the ministry"]; len(s.Rebuttals) != 1 {
			t.Errorf("%q: rebuttals %+v, want one", denial, s.Rebuttals)
		}
	}
	// The outlet's own denial two sentences on is one.
	st := stanceOf(t, "“The new dam on the river is safe for every village below it,” the ministry said.\n\nThe dam was finished in May. In fact the new dam on the river is not safe for every village below it.")
	if s := st["the ministry"]; len(s.Rebuttals) != 1 || s.Rebuttals[0].Cue != "not" {
		t.Errorf("the outlet's denial: %+v", st)
	}
}

// TestStanceOptionsInvalid: a negative window or width is an error, not the default.
func TestStanceOptionsInvalid(t *testing.T) {
	docs := []corpus.Document{{ID: "d", Text: "The ministry said the plan was “fair”.", Language: "english"}}
	for _, o := range []StanceOptions{{Window: -5}, {RebuttalWindow: -1}, {Width: -3}} {
		if _, err := (&Analyzer{}).Stance(docs, &o); !errors.Is(err, ErrOption) {
			t.Errorf("%+v: %v, want ErrOption", o, err)
		}
	}
	if _, err := (&Analyzer{}).Stance(docs, &StanceOptions{}); err != nil {
		t.Errorf("zero options: %v", err)
	}
}

// TestStanceLabelsNotClauses: a clause after a name is no appositive label, and a name's
// particle is no label before it.
func TestStanceLabelsNotClauses(t *testing.T) {
	text := "“We are ready,” said Tal Oren, the talks are going well. “Again,” said Tal Oren, some of whom agreed.\n\n" +
		"“The plan stands,” said Bill de Blasio. The de Blasio administration agreed. The popular de Blasio spoke again."
	st := stanceOf(t, text)
	for name, s := range st {
		for _, l := range s.Labels {
			if strings.Contains(l.Name, "talks") || strings.Contains(l.Name, "whom") || l.Name == "de" || strings.HasSuffix(l.Name, " de") {
				t.Errorf("%s: label %q", name, l.Name)
			}
		}
	}
	if s, ok := st["Bill de Blasio"]; !ok || !countsHave(s.Labels, "popular") {
		t.Errorf("Bill de Blasio: %+v (want the label popular)", st["Bill de Blasio"])
	}
}

// TestStanceLabelsBeforeName: a word before a name labels it when it can describe it (an
// adjective, a role); a noun the name modifies does not.
func TestStanceLabelsBeforeName(t *testing.T) {
	text := "“Trade will grow,” said Tal Oren. The new book Tal Oren wrote sold well. The hawkish Tal Oren spoke again.\n\n" +
		"“No comment,” the ministry spokesman Ana Ruiz said."
	st := stanceOf(t, text)
	if s := st["Tal Oren"]; !countsHave(s.Labels, "hawkish") || countsHave(s.Labels, "new book") {
		t.Errorf("Tal Oren: labels %v, want hawkish and not new book", s.Labels)
	}
	// A name that modifies a noun: the words before it describe the noun.
	st2 := stanceOf(t, "“Trade will grow,” said Tal Oren. The movable Oren court met again. A white Oren flag flew. "+
		"The hawkish Oren wants peace. The popular Oren campaign grew. The defiant Oren flew to the coast.")
	if s := st2["Tal Oren"]; countsHave(s.Labels, "movable") || countsHave(s.Labels, "white") ||
		!countsHave(s.Labels, "hawkish") || !countsHave(s.Labels, "defiant") || countsHave(s.Labels, "popular") {
		t.Errorf("Tal Oren: labels %v, want hawkish and defiant, not movable, white or popular", s.Labels)
	}
	if s := st["Ana Ruiz"]; !countsHave(s.Labels, "ministry spokesman") {
		t.Errorf("Ana Ruiz: %+v, want the label ministry spokesman", s)
	}
}
