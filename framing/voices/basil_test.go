package voices

import (
	"cmp"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/framediff/framediff/framing/internal/scan"
)

// The voice segmentation measured against BASIL (Fan et al. 2019, "In Plain Sight: Media
// Bias Through the Lens of Factual Reporting", EMNLP), the development half the team keeps
// in ../shared/data/basil-dev (or FRAMEDIFF_DATA/basil-dev): 144 articles with 878
// annotated spans, each labelled as inside a quotation or not, with the quoted speaker.
// Nothing of BASIL is in the repository; the test skips when the data is absent.
//
//	go test ./framing/voices -run BASIL -v

// voiceShare returns the share of the words of text[lo:hi] in each voice.
func voiceShare(text string, spans []Span, lo, hi int) map[Voice]float64 {
	sc := scan.NewScanner(text)
	counts := map[Voice]float64{}
	n := 0.0
	for start, end, ok := sc.NextSpan(); ok; start, end, ok = sc.NextSpan() {
		if end <= lo || start >= hi {
			continue
		}
		v := Narrative
		for _, s := range spans {
			if s.Start <= start && start < s.End {
				v = s.Voice
				break
			}
		}
		counts[v]++
		n++
	}
	for v := range counts {
		counts[v] /= n
	}
	return counts
}

// annotatedPerson reports whether a BASIL speaker label names one person: two or more
// capitalized parts, the last not a plural ("Donald_Trump", not "House_Democrats",
// "Nebraska_officials", "Romney_campaign" or "BuzzFeed").
func annotatedPerson(label string) bool {
	parts := strings.Split(label, "_")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !scan.IsCapitalized(p) {
			return false
		}
	}
	last := parts[len(parts)-1]
	return !strings.HasSuffix(last, "s") || strings.HasSuffix(last, "ss")
}

// speakerMatches reports whether our speaker names BASIL's named speaker (its last name).
func speakerMatches(annotated, ours string) bool {
	parts := strings.Split(annotated, "_")
	last := strings.ToLower(strings.TrimSuffix(parts[len(parts)-1], "."))
	if last == "jr" && len(parts) > 1 {
		last = strings.ToLower(parts[len(parts)-2])
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(ours), func(r rune) bool { return r == ' ' || r == '.' || r == ',' }) {
		if strings.TrimSuffix(w, "’s") == last || strings.TrimSuffix(w, "'s") == last {
			return true
		}
	}
	return false
}

func TestBASILVoices(t *testing.T) {
	docs, spans := loadBASIL(t)
	segs := map[string][]Span{}
	for id, d := range docs {
		segs[id] = Quotes(d.Text, "english")
	}
	// Agreement with BASIL's quote label under each definition of "quoted".
	defs := []struct {
		name   string
		quoted Set
	}{
		{"quote", 1 << Quote},
		{"quote+scare", 1<<Quote | 1<<Scare},
		{"quote+scare+title", 1<<Quote | 1<<Scare | 1<<Title},
		{"quote+scare+reported", 1<<Quote | 1<<Scare | 1<<Reported},
		{"quote+reported", 1<<Quote | 1<<Reported},
	}
	type tally struct{ yes, yesOK, no, noOK int }
	results := map[string]*tally{}
	unlocated := 0
	attributedNo := map[string]int{} // spans labelled not quoted inside a quotation with a speaker and a verb, by definition
	var misses []string
	for _, s := range spans {
		d := docs[s.Article]
		lo, hi, ok := d.Locate(s)
		if !ok {
			unlocated++
			continue
		}
		share := voiceShare(d.Text, segs[s.Article], lo, hi)
		for _, def := range defs {
			q := 0.0
			for v, x := range share {
				if def.quoted != 0 && def.quoted&(1<<v) != 0 {
					q += x
				}
			}
			r := results[def.name]
			if r == nil {
				r = &tally{}
				results[def.name] = r
			}
			got := q > 0.5
			if s.Quote == "yes" {
				r.yes++
				if got {
					r.yesOK++
				}
			} else {
				r.no++
				if !got {
					r.noOK++
				}
			}
			if got && s.Quote != "yes" && inAttributedQuote(segs[s.Article], lo, hi) {
				attributedNo[def.name]++
			}
			if def.name == cmp.Or(os.Getenv("FRAMEDIFF_DEF"), "quote+scare") && got != (s.Quote == "yes") {
				ctx := ""
				if os.Getenv("FRAMEDIFF_CONTEXT") != "" {
					ctx = "\n\t\t" + paragraphAround(d.Text, lo, hi)
				}
				misses = append(misses, s.Quote+" | "+s.Txt+ctx)
			}
		}
	}
	names := make([]string, 0, len(results))
	for n := range results {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		r := results[n]
		t.Logf("%-22s agreement %.3f (quoted %.3f of %d, not quoted %.3f of %d)", n,
			float64(r.yesOK+r.noOK)/float64(r.yes+r.no), float64(r.yesOK)/float64(r.yes), r.yes, float64(r.noOK)/float64(r.no), r.no)
	}
	t.Logf("%d spans not located; of the spans labelled not quoted that we call quoted, %d (quote) and %d (quote+scare) lie in a direct quotation with a speaker and a reporting verb",
		unlocated, attributedNo["quote"], attributedNo["quote+scare"])
	if testing.Verbose() && os.Getenv("FRAMEDIFF_MISSES") != "" {
		for _, m := range misses {
			t.Log(m)
		}
	}
	// Speakers: the quoted spans with a named speaker. BASIL names a group or an
	// organization for some quotations of one of its members ("House_Democrats" for a
	// senator's tweet); those are counted apart as well as in the total.
	named, right := 0, 0
	persons, personsRight := 0, 0
	var wrong []string
	for _, s := range spans {
		if s.Quote != "yes" || strings.HasPrefix(s.Speaker, "other") || s.Speaker == "" {
			continue
		}
		d := docs[s.Article]
		lo, hi, ok := d.Locate(s)
		if !ok {
			continue
		}
		named++
		mid := (lo + hi) / 2
		speaker := ""
		for _, q := range segs[s.Article] {
			if q.Start <= mid && mid < q.End {
				speaker = q.Speaker
				if q.Canonical != "" {
					speaker = q.Canonical
				}
				break
			}
		}
		person := annotatedPerson(s.Speaker)
		if person {
			persons++
		}
		if speakerMatches(s.Speaker, speaker) {
			right++
			if person {
				personsRight++
			}
		} else {
			ctx := ""
			if os.Getenv("FRAMEDIFF_CONTEXT") != "" {
				ctx = "\n\t\t" + paragraphAround(d.Text, lo, hi)
			}
			wrong = append(wrong, s.Speaker+" <- "+strconv.Quote(speaker)+ctx)
		}
	}
	t.Logf("speakers: %d of %d named speakers right (%.3f); of the %d annotated as one person, %d (%.3f)", right, named,
		float64(right)/float64(named), persons, personsRight, float64(personsRight)/float64(persons))
	// Floors a regression would cross (the measured values, rounded down): the default
	// definition of quoted (quote+scare), each class, and the speakers.
	r := results["quote+scare"]
	if agree := float64(r.yesOK+r.noOK) / float64(r.yes+r.no); agree < 0.96 || float64(r.yesOK)/float64(r.yes) < 0.98 ||
		float64(r.noOK)/float64(r.no) < 0.94 {
		t.Errorf("quote+scare agreement fell: %.3f (quoted %d/%d, not quoted %d/%d)", agree, r.yesOK, r.yes, r.noOK, r.no)
	}
	if float64(right)/float64(named) < 0.72 || float64(personsRight)/float64(persons) < 0.87 {
		t.Errorf("speaker accuracy fell: %d/%d, persons %d/%d", right, named, personsRight, persons)
	}
	if testing.Verbose() && os.Getenv("FRAMEDIFF_MISSES") != "" {
		for _, w := range wrong {
			t.Log(w)
		}
	}
}

// inAttributedQuote reports whether text[lo:hi] lies mostly inside a direct quotation that
// has a speaker and a reporting verb.
func inAttributedQuote(spans []Span, lo, hi int) bool {
	mid := (lo + hi) / 2
	for _, q := range spans {
		if q.Voice == Quote && q.Start <= mid && mid < q.End {
			return q.Speaker != "" && q.Verb != ""
		}
	}
	return false
}

// paragraphAround returns the paragraph around text[lo:hi] with the span bracketed, for
// reading misses (FRAMEDIFF_CONTEXT=1); it is never stored.
func paragraphAround(text string, lo, hi int) string {
	a := strings.LastIndex(text[:lo], "\n\n")
	b := strings.Index(text[hi:], "\n\n")
	if a < 0 {
		a = 0
	}
	if b < 0 {
		b = len(text) - hi
	}
	return strings.TrimSpace(text[a:lo] + "[[" + text[lo:hi] + "]]" + text[hi:hi+b])
}
