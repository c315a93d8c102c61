package devdata

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// BASIL (Fan et al. 2019, "In Plain Sight: Media Bias Through the Lens of Factual
// Reporting", EMNLP): the development half the team keeps in basil-dev, 48 events × 3
// outlets, with annotated spans of lexical and informational bias, each labelled as inside
// a quotation or not, with the quoted speaker.

// A BASILArticle is one article: its paragraphs joined by blank lines (Text), and where
// each paragraph starts in Text.
type BASILArticle struct {
	ID         string   `json:"id"`
	Triplet    string   `json:"triplet"` // the event
	Source     string   `json:"source"`
	Title      string   `json:"title"`
	Paragraphs []string `json:"paragraphs"`
	Text       string   `json:"-"`
	Starts     []int    `json:"-"`
}

// A BASILSpan is one annotated span.
type BASILSpan struct {
	Article  string          `json:"article"`
	Bias     string          `json:"bias"` // lex or inf
	Polarity string          `json:"polarity"`
	Quote    string          `json:"quote"` // yes or no
	Speaker  string          `json:"speaker"`
	Txt      string          `json:"txt"`
	Para     json.RawMessage `json:"para"`
	Sent     json.RawMessage `json:"sent"`
}

// LoadBASIL reads basil-dev from the shared data folder dir: the articles by ID and the
// spans. It returns an error wrapping os.ErrNotExist when the set is absent.
func LoadBASIL(dir string) (map[string]*BASILArticle, []BASILSpan, error) {
	dir = filepath.Join(dir, "basil-dev")
	if _, err := os.Stat(dir); err != nil {
		return nil, nil, err
	}
	arts, err := ReadJSONL[BASILArticle](filepath.Join(dir, "articles.jsonl"))
	if err != nil {
		return nil, nil, err
	}
	docs := make(map[string]*BASILArticle, len(arts))
	for i := range arts {
		a := &arts[i]
		var b strings.Builder
		for j, p := range a.Paragraphs {
			if j > 0 {
				b.WriteString("\n\n")
			}
			a.Starts = append(a.Starts, b.Len())
			b.WriteString(p)
		}
		a.Text = b.String()
		docs[a.ID] = a
	}
	spans, err := ReadJSONL[BASILSpan](filepath.Join(dir, "spans.jsonl"))
	if err != nil {
		return nil, nil, err
	}
	return docs, spans, nil
}

// Locate returns the byte range of span s in the article's Text, found by its words in its
// paragraph (BASIL's offsets are not always exact), or false.
func (a *BASILArticle) Locate(s BASILSpan) (int, int, bool) {
	para, err := strconv.Atoi(strings.Trim(string(s.Para), `"`))
	if err != nil || para < 0 || para >= len(a.Paragraphs) {
		return 0, 0, false
	}
	i := strings.Index(a.Paragraphs[para], s.Txt)
	if i < 0 {
		return 0, 0, false
	}
	return a.Starts[para] + i, a.Starts[para] + i + len(s.Txt), true
}
