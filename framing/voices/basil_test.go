package voices

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/framediff/framediff/framing/internal/devdata"
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
// capitalized parts, the last not a plural ("Ana_Ruiz", not "House_Democrats",
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

// basilTally counts agreement with BASIL's quote label (for the default definition of
// quoted: quote+scare) and the named speakers.
type basilTally struct {
	yes, yesOK, no, noOK     int // spans labelled quoted and not, and how many we agree on
	named, right             int // quoted spans with a named speaker, and ours right
	persons, personsRight    int // of those, the ones naming one person
	quotedDefs               map[string][2]int
	misses, wrongs, unlocatd []string
}

func (b *basilTally) agreement() float64 { return float64(b.yesOK+b.noOK) / float64(b.yes+b.no) }

func (b *basilTally) String() string {
	return fmt.Sprintf("agreement %.3f (quoted %.3f of %d, not quoted %.3f of %d); speakers %.3f of %d, one person %.3f of %d",
		b.agreement(), float64(b.yesOK)/float64(b.yes), b.yes, float64(b.noOK)/float64(b.no), b.no,
		float64(b.right)/float64(b.named), b.named, float64(b.personsRight)/float64(b.persons), b.persons)
}

// The other definitions of "quoted", reported beside the default (quote+scare).
var basilDefs = []struct {
	name   string
	quoted Set
}{
	{"quote", 1 << Quote},
	{"quote+scare", 1<<Quote | 1<<Scare},
	{"quote+scare+reported", 1<<Quote | 1<<Scare | 1<<Reported},
}

// TestBASILVoices measures own/quoted agreement and speakers on BASIL's development half,
// split in two by a hash of the event (the triplet): "tune", where rules were chosen, and
// "held", reported beside it and the whole.
func TestBASILVoices(t *testing.T) {
	docs, spans := loadBASIL(t)
	segs := map[string][]Span{}
	for id, d := range docs {
		segs[id] = Quotes(d.Text, "english")
	}
	tallies := map[string]*basilTally{}
	for _, h := range []string{"tune", "held", "all"} {
		tallies[h] = &basilTally{quotedDefs: map[string][2]int{}}
	}
	for _, s := range spans {
		d := docs[s.Article]
		lo, hi, ok := d.Locate(s)
		if !ok {
			continue
		}
		share := voiceShare(d.Text, segs[s.Article], lo, hi)
		quotedBy := func(set Set) bool {
			q := 0.0
			for v, x := range share {
				if set&(1<<v) != 0 {
					q += x
				}
			}
			return q > 0.5
		}
		// The speaker of the quotation at the span's middle: canonical, or as written.
		mid := (lo + hi) / 2
		speaker := ""
		for _, q := range segs[s.Article] {
			if q.Start <= mid && mid < q.End {
				speaker = cmp.Or(q.Canonical, q.Speaker)
				break
			}
		}
		for _, h := range []string{devdata.Half(d.Triplet), "all"} {
			b := tallies[h]
			got := quotedBy(1<<Quote | 1<<Scare)
			if s.Quote == "yes" {
				b.yes++
				if got {
					b.yesOK++
				}
			} else {
				b.no++
				if !got {
					b.noOK++
				}
			}
			for _, def := range basilDefs {
				c := b.quotedDefs[def.name]
				c[0]++
				if quotedBy(def.quoted) == (s.Quote == "yes") {
					c[1]++
				}
				b.quotedDefs[def.name] = c
			}
			if got != (s.Quote == "yes") && h == "tune" {
				b.misses = append(b.misses, s.Quote+" | "+s.Txt+"\n\t\t"+paragraphAround(d.Text, lo, hi))
			}
			// Speakers: the quoted spans with a named speaker. BASIL names a group or an
			// organization for some quotations of one of its members ("House_Democrats"
			// for a senator's tweet); those count in the total only.
			if s.Quote != "yes" || strings.HasPrefix(s.Speaker, "other") || s.Speaker == "" {
				continue
			}
			b.named++
			person := annotatedPerson(s.Speaker)
			if person {
				b.persons++
			}
			if speakerMatches(s.Speaker, speaker) {
				b.right++
				if person {
					b.personsRight++
				}
			} else if h == "tune" {
				b.wrongs = append(b.wrongs, s.Speaker+" <- "+strconv.Quote(speaker)+"\n\t\t"+paragraphAround(d.Text, lo, hi))
			}
		}
	}
	for _, h := range []string{"tune", "held", "all"} {
		t.Logf("%-4s %v", h, tallies[h])
		for _, def := range basilDefs {
			c := tallies[h].quotedDefs[def.name]
			t.Logf("       quoted as %-22s agreement %.3f", def.name, float64(c[1])/float64(c[0]))
		}
	}
	if os.Getenv("FRAMEDIFF_MISSES") != "" {
		var b strings.Builder
		for _, m := range tallies["tune"].misses {
			fmt.Fprintln(&b, "MISS", m)
		}
		for _, w := range tallies["tune"].wrongs {
			fmt.Fprintln(&b, "SPEAKER", w)
		}
		os.WriteFile(filepath.Join(os.TempDir(), "basil-misses.txt"), []byte(b.String()), 0o644)
	}
	// Floors a regression would cross: the measured figures of the whole development
	// half, rounded down (the targets are 0.97 and 0.90; see the package's doc).
	all := tallies["all"]
	if all.agreement() < 0.97 {
		t.Errorf("own/quoted agreement %.3f, want at least 0.97", all.agreement())
	}
	if p := float64(all.personsRight) / float64(all.persons); p < 0.90 {
		t.Errorf("speakers right where one person is named: %.3f, want at least 0.90", p)
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
