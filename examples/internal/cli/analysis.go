package cli

// The analysis flags beyond the analyzer's fields: extra stop words, spellings merged,
// and phrase tables found or read.

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// stopPresets are the named word lists -stop takes as @NAME.
var stopPresets = map[string][]string{
	// house-style: what an English newspaper's style sheet writes, not what it chooses to
	// say: honorifics (the NYT writes "Mr." at every later mention, most outlets never)
	// and weekdays (wire copy dates events by weekday, dailies by date).
	"house-style": {"mr", "mrs", "ms", "messrs", "dr", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"},
}

// addStop parses one -stop value: comma-separated words, or @NAME for the words of a preset
// (stopPresets).
func (c *Common) addStop(s string) error {
	for _, w := range strings.Split(s, ",") {
		w = strings.TrimSpace(w)
		if w == "" {
			continue
		}
		if len(strings.Fields(w)) > 1 {
			return fmt.Errorf("%q: a stop word is one word", w)
		}
		words := []string{w}
		if name, ok := strings.CutPrefix(w, "@"); ok {
			if words, ok = stopPresets[name]; !ok {
				return fmt.Errorf("%q: no such list (there is @%s)", w, strings.Join(slices.Sorted(mapKeys(stopPresets)), ", @"))
			}
		}
		for _, w := range words {
			if !slices.Contains(c.Stop, w) {
				c.Stop = append(c.Stop, w)
			}
		}
	}
	return nil
}

// addVariants parses one -variant value: comma-separated FROM=TO pairs of single words.
func (c *Common) addVariants(s string) error {
	for _, pair := range strings.Split(s, ",") {
		from, to, ok := strings.Cut(pair, "=")
		from, to = strings.TrimSpace(from), strings.TrimSpace(to)
		if !ok || from == "" || to == "" {
			return fmt.Errorf("%q: want FROM=TO (comma-separated pairs, e.g. Kiev=Kyiv)", pair)
		}
		if len(strings.Fields(from)) > 1 || len(strings.Fields(to)) > 1 {
			return fmt.Errorf("%q: spellings are single words (for phrases, see -phrases)", pair)
		}
		if c.Variants == nil {
			c.Variants = map[string]string{}
		}
		key := strings.ToLower(from)
		for k, v := range c.Variants {
			if strings.ToLower(k) == key && !strings.EqualFold(v, to) {
				return fmt.Errorf("%q is counted as both %q and %q", from, v, to)
			}
		}
		c.Variants[from] = to
	}
	return nil
}

// readPhrases reads the phrase table of -phrases FILE.
func (c *Common) readPhrases() error {
	f, err := os.Open(c.Phrases)
	if err != nil {
		return fmt.Errorf("-phrases: %w", err)
	}
	defer f.Close()
	r, err := corpus.Decode(f)
	if err != nil {
		return fmt.Errorf("-phrases %s: %w", c.Phrases, err)
	}
	ps, err := framing.ReadPhrases(r)
	if err != nil {
		return fmt.Errorf("-phrases %s: %w", c.Phrases, err)
	}
	if len(ps) == 0 {
		return Usagef("-phrases %s: no phrase in the file", c.Phrases)
	}
	c.phrases = ps
	return nil
}

// PhrasesShown is how many phrases the summary line of -phrases auto names.
const PhrasesShown = 8

// FindPhrases does what -phrases auto and -phrases-out ask, for an analyzer made by
// [Common.Analyzer] and the documents read (docs, needed only for auto). With -phrases
// auto it sets an.Phrases to the multiword expressions framing's FindPhrases finds in
// docs with an as every other flag configured it (each language's documents searched
// apart), and says on stderr how many, with the most frequent:
//
//	compare: phrases: 312 found in 4,006 documents (Hong Kong, United States, …)
//
// One table serves both sides: the phrases are found over all the documents read, not
// side by side. With -phrases-out it writes an.Phrases, one a line, as -phrases FILE reads
// them.
func (c *Common) FindPhrases(an *framing.Analyzer, docs []corpus.Document, stderr io.Writer) error {
	if c.Phrases == "auto" {
		st := c.Stage("finding phrases in %d documents", len(docs))
		byLang := map[string][]corpus.Document{}
		var langs []string
		for _, d := range docs {
			l := an.Language
			if l == "" {
				l = d.Language
			}
			if r, err := framing.ResolveLanguage(l); err == nil {
				l = r
			}
			if byLang[l] == nil {
				langs = append(langs, l)
			}
			byLang[l] = append(byLang[l], d)
		}
		slices.Sort(langs)
		var found []string
		for _, l := range langs {
			ps, err := an.FindPhrases(byLang[l], nil)
			if err != nil {
				st.Done()
				return fmt.Errorf("-phrases auto: %w", err)
			}
			for i := range ps {
				if w := ps[i].Word(); !slices.Contains(found, w) {
					found = append(found, w)
				}
			}
		}
		st.Done()
		an.Phrases = append(an.Phrases, found...)
		shown := found[:min(len(found), PhrasesShown)]
		more := ""
		if len(found) > len(shown) {
			more = ", …"
		}
		if len(found) == 0 {
			fmt.Fprintf(stderr, "%s: phrases: none found in %d documents\n", c.flags.prog.Name, len(docs))
		} else {
			fmt.Fprintf(stderr, "%s: phrases: %d found in %d documents (%s%s)\n", c.flags.prog.Name, len(found), len(docs),
				Escape(strings.Join(shown, ", ")), more)
		}
	}
	if c.PhrasesOut == "" {
		return nil
	}
	return WriteFile(stderr, c.PhrasesOut, func(w io.Writer) error {
		for _, p := range an.Phrases {
			if _, err := fmt.Fprintln(w, p); err != nil {
				return err
			}
		}
		return nil
	})
}
