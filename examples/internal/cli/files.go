package cli

// Plain-text files given on the command line (-a, -b) instead of a corpus.

import (
	"errors"
	"fmt"
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// A File is a plain-text file given on the command line as one side's document.
type File struct {
	Flag string          // the flag that names it: "-a" or "-b"
	Path string          // as given
	Doc  corpus.Document // the document read from it
}

// VoiceWords says where the words -voice counts are, for a message about a file without
// any: "outside quotations (-voice own; -voice all counts every word)".
func VoiceWords(voice string) string {
	switch voice {
	case "own", "":
		return "outside quotations (-voice own; -voice all counts every word)"
	case "quoted":
		return "in quotations (-voice quoted; -voice own or all counts the rest)"
	}
	return ""
}

// NoWords returns err, from comparing files, in terms of the files: if it wraps
// framing.ErrEmpty (a side without counted words), the error names each file that has no
// word an counts and says why: the file is empty, has only words no analyzer counts
// (stop words, numbers), or has none where an's voices look, which where says
// ([VoiceWords]). Any other error is returned as it is.
func NoWords(err error, an *framing.Analyzer, where string, files ...File) error {
	if !errors.Is(err, framing.ErrEmpty) {
		return err
	}
	counts := func(an *framing.Analyzer, d corpus.Document) bool {
		p, err := an.Profile(d)
		return err == nil && p.Total(1) > 0
	}
	all := *an
	all.Voices = framing.AllVoices
	var why []string
	for _, f := range files {
		switch {
		case counts(an, f.Doc):
		case strings.TrimSpace(f.Doc.Text) == "":
			why = append(why, fmt.Sprintf("%s %s is empty", f.Flag, f.Path))
		case where == "" || !counts(&all, f.Doc):
			why = append(why, fmt.Sprintf("%s %s has no word to count (stop words, numbers and punctuation are not counted)", f.Flag, f.Path))
		default:
			why = append(why, fmt.Sprintf("%s %s has no word to count %s", f.Flag, f.Path, where))
		}
	}
	if len(why) == 0 {
		return err
	}
	return explainedError{strings.Join(why, "; "), err}
}

// explainedError says what is wrong (with the files, or a side that matches no
// document), and unwraps to the error it explains, whose own words it leaves out.
type explainedError struct {
	msg string
	err error
}

func (e explainedError) Error() string { return e.msg }
func (e explainedError) Unwrap() error { return e.err }
