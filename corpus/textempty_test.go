package corpus

import (
	"errors"
	"strings"
	"testing"
)

// TestLoadTextEmpty: a .txt file with no text is said to be empty (or white space, or a
// header with nothing after it) before the fields a document must have are checked: giving it an event
// would not help. A file with text, or one whose text is composed from its header, is
// checked as before.
func TestLoadTextEmpty(t *testing.T) {
	for _, tc := range []struct {
		name, data string
		opts       LoadOptions
		says       string // "" for no error
	}{
		{"empty", "", LoadOptions{}, `document "a" has no text (the file is empty): missing required field`},
		{"empty, fields given", "", LoadOptions{Defaults: Document{Event: "vote", Outlet: "Halden Post"}}, `document "a" has no text (the file is empty)`},
		{"white space", " \n\t\r\n\n", LoadOptions{}, `document "a" has no text (the file holds only white space)`},
		{"a header alone", "event: vote\noutlet: Halden Post\n", LoadOptions{}, `document "a" has no text (the file has a header and no text after it)`},
		{"a header and a blank body", "id: a7\nevent: vote\n\n \n", LoadOptions{}, `document "a7" has no text (the file has a header and no text after it)`},

		{"text, no event", "Ana Ruiz spoke in Halden.", LoadOptions{}, `document "a" has no event: missing required field`},
		{"text", "Ana Ruiz spoke in Halden.", LoadOptions{Defaults: Document{Event: "vote", Outlet: "Halden Post"}}, ""},
		{"text composed from the header", "event: vote\noutlet: Halden Post\ntitle: Ivo Marek wins\n", LoadOptions{Compose: map[string][]string{"text": {"title"}}}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			other := "event: vote\noutlet: Halden Post\n\nLena Varga spoke."
			if tc.opts.Compose != nil {
				other = "event: vote\noutlet: Halden Post\ntitle: Lena Varga spoke\n"
			}
			fsys := mapFS(map[string]string{"news/a.txt": tc.data, "news/b.txt": other})
			opts := tc.opts
			var skipped []*LoadError
			opts.Skip = func(e *LoadError) { skipped = append(skipped, e) }
			c, err := Load(fsys, "news", &opts)
			if err != nil {
				t.Fatal(err)
			}
			if tc.says == "" {
				if len(skipped) > 0 || c.Len() != 2 {
					t.Errorf("skipped %v, loaded %d; want both files loaded", skipped, c.Len())
				}
				return
			}
			if len(skipped) != 1 || c.Len() != 1 || skipped[0].File != "news/a.txt" || !errors.Is(skipped[0], ErrMissingField) || !strings.Contains(skipped[0].Error(), tc.says) {
				t.Errorf("skipped %v, loaded %d; want news/a.txt skipped, saying %q, and news/b.txt loaded", skipped, c.Len(), tc.says)
			}
		})
	}
}
