package corpus

import (
	"strings"
	"testing"
)

// TestLatin1SameInEveryFormat: a record saved in Latin-1 (bytes that are not UTF-8) loads
// with the same text, byte for byte, from JSON Lines, CSV, TSV and a text file: the bytes
// are kept as they are, so offsets into the text agree whatever the format.
func TestLatin1SameInEveryFormat(t *testing.T) {
	// "Le café du marché a rouvert" in Latin-1: é is the one byte 0xE9.
	const text = "Le caf\xe9 du march\xe9 a rouvert"
	const title = "R\xe9ouverture"
	files := map[string]string{
		"a.jsonl":  `{"id":"r1","event":"e","outlet":"o","title":"` + title + `","text":"` + text + `"}` + "\n",
		"a.csv":    "id,event,outlet,title,text\nr1,e,o," + title + "," + text + "\n",
		"a.tsv":    "id\tevent\toutlet\ttitle\ttext\nr1\te\to\t" + title + "\t" + text + "\n",
		"d/r1.txt": "event: e\noutlet: o\ntitle: " + title + "\n\n" + text,
	}
	// Each 0xE9 is one byte, so "march" starts at byte 11, counted by hand: "Le " 3,
	// "caf\xe9 " 5, "du " 3. (Were 0xE9 made U+FFFD, 3 bytes, it would start at 13.)
	const marchAt = 11
	for name, data := range files {
		t.Run(name, func(t *testing.T) {
			load := name
			if strings.HasPrefix(name, "d/") {
				load = "d"
			}
			c, err := Load(mapFS(map[string]string{name: data}), load, nil)
			if err != nil {
				t.Fatal(err)
			}
			docs := c.Documents()
			if len(docs) != 1 {
				t.Fatalf("%d documents", len(docs))
			}
			d := docs[0]
			if d.Text != text || d.Title != title {
				t.Errorf("text %q, title %q; want %q, %q (the bytes as they are)", d.Text, d.Title, text, title)
			}
			if i := strings.Index(d.Text, "march"); i != marchAt {
				t.Errorf("\"march\" at byte %d, want %d", i, marchAt)
			}
		})
	}
}

// TestJSONEscapesStillDecoded: keeping bytes that are not UTF-8 does not change how escapes
// decode: an escaped unpaired surrogate is U+FFFD, as encoding/json makes it, and a pair is
// its character.
func TestJSONEscapesStillDecoded(t *testing.T) {
	const line = `{"id":"r1","event":"e","outlet":"o","text":"a\ud800b \ud83d\ude00 caf\u00e9 ` + "\xe9" + `"}` + "\n"
	c, err := Load(mapFS(map[string]string{"a.jsonl": line}), "a.jsonl", nil)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := c.Documents()[0].Text, "a\uFFFDb \U0001F600 café \xe9"; got != want {
		t.Errorf("text %q, want %q", got, want)
	}
}
