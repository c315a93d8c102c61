package framing

import (
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
)

// TestBASILLoadedTried measures, on BASIL's development set as TestBASILLoaded does (own
// voice, lift@10 and its ratio to the unranked lexicon words), three ways tried in order
// to make the ContrastLabels view list in more articles, none adopted. Each was chosen on
// the tune half and then measured once on the held half, where none reached the issue's
// target (ratio ≥ 1.5 with ≥ 20 hits) and none moved the figures as it had on the tune
// half (hits of listed words, ratio and interval as the test printed them; ContrastLabels
// itself: tune 23/60, ratio 2.30; held 18/103, ratio 1.58 [1.12, 2.15]):
//
//   - "ContrastLabels, filled to one word": an article for which ContrastLabels lists
//     nothing lists LoadedTerms' first word (of fillings to 1, 2 and 3 words, the largest
//     whose last step's added words were marked at least 1.5 times as often as the
//     unranked lexicon words on the tune half: 2 of 7). Tune 25/67, ratio 2.24; held
//     18/107, ratio 1.52 [1.08, 2.04]: no hit added on the held half.
//
//   - "z ≥ 1.96 or contrasted": LoadedTerms keeps a word only with one of two kinds of
//     evidence that the outlet chose it, a log-odds z of 1.96 or more against the
//     background or a contrasted use (the words the background never holds and no other
//     account contrasts were marked 1 time in 16 on the tune half; 1.96 is the usual
//     two-sided 5% point, not tuned). Tune 27/73, ratio
//     2.22; held 16/101, ratio 1.43 [1.00, 2.00]: 5 hits lost on the held half.
//
//   - "ContrastLabels and contrasted manner adverbs": ContrastLabels, then the words in
//     "-ly" outside the lexicon, lowercase, that pass the Shared and Common rules, one of
//     whose uses is contrasted, less the closed classes of adverbs that do not judge
//     (time, frequency, focus and approximation, viewpoint, evidential and hedging,
//     linking; notManner) and the common words in "-ly" that are not adverbs. Tune 27/74,
//     ratio 2.19 (4 hits in the 14 words added); held 19/114, ratio 1.50 [1.07, 2.05]: 1
//     hit in 11 words added, marked less often than the unranked lexicon words, and short
//     of the 20 hits the issue asks.
//
// The views are measured only when asked for:
//
//	FRAMEDIFF_LOADED_ABLATIONS=1 go test ./framing -run 'TestBASILLoadedTried$' -v
func TestBASILLoadedTried(t *testing.T) {
	if os.Getenv("FRAMEDIFF_LOADED_ABLATIONS") == "" {
		t.Skip("set FRAMEDIFF_LOADED_ABLATIONS to measure the views tried and not adopted")
	}
	an := &Analyzer{Voices: OwnVoice}
	byEvent, events := basilEvals(t, an)
	rest := restProfiles(t, an, byEvent, events)
	hitsOf := map[string]map[string]bool{}
	for _, ev := range events {
		for _, e := range byEvent[ev] {
			hitsOf[e.doc.ID] = e.hits
		}
	}
	evaluative := EvaluativeLexicon()
	loaded := LoadedLexicon()
	adverbs, err := ParseLexicon(strings.NewReader("[adverb]\n*ly\n"), "adverbs")
	if err != nil {
		t.Fatal(err)
	}
	not := map[string]bool{}
	for _, w := range strings.Fields(notManner) {
		not[w] = true
	}
	terms := func(x corpus.Document, others []corpus.Document, o LoadedOptions) []LoadedTerm {
		o.Others = others
		lts, err := an.LoadedTerms([]corpus.Document{x}, rest[x.ID], &o)
		if err != nil {
			t.Fatal(err)
		}
		return lts
	}
	view := func(name string, list func(x corpus.Document, others []corpus.Document) []LoadedTerm) {
		evalLoaded(t, "own voice: "+name, byEvent, events, func(x corpus.Document, others []corpus.Document) ([]string, []string) {
			return loadedTermsOf(list(x, others), hitsOf[x.ID]), lexiconWords(an, evaluative, x)
		})
	}
	view("ContrastLabels", func(x corpus.Document, others []corpus.Document) []LoadedTerm {
		return terms(x, others, LoadedOptions{ContrastLabels: true})
	})
	view("ContrastLabels, filled to one word", func(x corpus.Document, others []corpus.Document) []LoadedTerm {
		if cl := terms(x, others, LoadedOptions{ContrastLabels: true}); len(cl) > 0 {
			return cl
		}
		return terms(x, others, LoadedOptions{Top: 1})
	})
	view("z ≥ 1.96 or contrasted", func(x corpus.Document, others []corpus.Document) []LoadedTerm {
		var out []LoadedTerm
		for _, l := range terms(x, others, LoadedOptions{}) {
			if l.Z >= 1.96 || l.Contrasted > 0 {
				out = append(out, l)
			}
		}
		return out
	})
	view("ContrastLabels and contrasted manner adverbs", func(x corpus.Document, others []corpus.Document) []LoadedTerm {
		out := terms(x, others, LoadedOptions{ContrastLabels: true})
		for _, l := range terms(x, others, LoadedOptions{Lexicon: adverbs, ContrastLabels: true}) {
			r, _ := utf8.DecodeRuneInString(l.Word)
			if l.Contrasted > 0 && unicode.IsLower(r) && l.Word == strings.ToLower(l.Word) && !not[l.Word] && !loaded.Contains(l.Word, l.Term) {
				out = append(out, l)
			}
		}
		return out
	})
}

// notManner are the adverbs in "-ly" that do not judge what they describe, by the closed
// classes of English grammar (time, frequency, focus and approximation, viewpoint,
// evidential and hedging, linking), and common words in "-ly" that are not adverbs; written
// from grammar, not from the data.
const notManner = `
recently eventually subsequently previously currently finally initially immediately shortly
lately formerly originally presently instantly annually daily weekly monthly yearly quarterly
hourly nightly early briefly temporarily permanently simultaneously ultimately newly
usually frequently rarely occasionally regularly repeatedly generally typically normally
routinely constantly continually continuously periodically sporadically commonly consistently
nearly roughly approximately virtually largely mostly partly partially mainly primarily
chiefly entirely fully completely wholly particularly especially specifically exclusively
solely merely simply only purely respectively individually jointly separately uniformly
equally relatively comparatively slightly fairly increasingly
technically legally politically financially economically publicly privately officially
formally informally personally internationally nationally locally federally socially
militarily historically scientifically medically physically ideologically racially
ethnically religiously culturally geographically constitutionally administratively
environmentally globally domestically statistically electorally legislatively digitally
directly indirectly
apparently reportedly allegedly seemingly evidently presumably possibly probably likely
unlikely supposedly arguably certainly definitely clearly obviously undoubtedly surely
actually really essentially basically literally necessarily potentially
notably additionally consequently accordingly similarly conversely alternatively
incidentally firstly secondly thirdly lastly namely
family rally supply apply reply rely comply imply ally assembly anomaly monopoly belly fly
holy elderly friendly costly deadly lonely lovely ugly silly orderly bully tally multiply jelly
`
