package corpus

import (
	"errors"
	"strings"
	"testing"
)

// TestJSONLValueKinds: a number or boolean where a record's words are expected (text,
// title, url, an input of a composed field) is a record error naming the key, not the text
// "true" or "12345"; a number is read as its JSON text where a field names or identifies
// (id, event, outlet, kind, language) and for published, which must then read as a date;
// a boolean is an error for every field; keys that go to Meta keep any value.
func TestJSONLValueKinds(t *testing.T) {
	const base = `"id":"a1","event":"vote","outlet":"Halden Post","text":"Ana Ruiz spoke in Halden."`
	const noID = `"event":"vote","outlet":"Halden Post","text":"Ana Ruiz spoke in Halden."`
	for _, tc := range []struct {
		name    string
		record  string
		compose map[string][]string
		want    error  // nil: loads
		says    string // what the error says, or the value loaded (field=value)
	}{
		{"text a boolean", `{"id":"a1","event":"vote","outlet":"Halden Post","text":true}`, nil, ErrSyntax, `key "text": syntax error: want a string (the text), got the boolean true`},
		{"text a number", `{"id":"a1","event":"vote","outlet":"Halden Post","text":12345}`, nil, ErrSyntax, `key "text": syntax error: want a string (the text), got a number`},
		{"text by an alias, a number", `{"id":"a1","event":"vote","outlet":"Halden Post","body":-1.5e3}`, nil, ErrSyntax, `key "body": syntax error: want a string (the text), got a number`},
		{"title a number", `{` + base + `,"title":2023}`, nil, ErrSyntax, `key "title": syntax error: want a string (the title), got a number`},
		{"title a boolean", `{` + base + `,"headline":false}`, nil, ErrSyntax, `key "headline": syntax error: want a string (the title), got the boolean false`},
		{"url a number", `{` + base + `,"url":7}`, nil, ErrSyntax, `key "url": syntax error: want a string (the url), got a number`},
		{"outlet a boolean", `{"id":"a1","event":"vote","outlet":true,"text":"Ana Ruiz spoke."}`, nil, ErrSyntax, `key "outlet": syntax error: want a string (the outlet), got the boolean true`},
		{"id a boolean", `{"id":false,` + noID + `}`, nil, ErrSyntax, `key "id": syntax error: want a string (the id), got the boolean false`},
		{"published a number", `{` + base + `,"published":2023}`, nil, ErrSyntax, `published "2023" is not a date`},
		{"composed input a number", `{"id":"a1","event":"vote","outlet":"Halden Post","title":"Polls close","desc":12}`,
			map[string][]string{"text": {"title", "desc"}}, ErrSyntax, `key "desc": syntax error: want a string (an input of the text, composed of title+desc), got a number`},
		{"composed input a boolean, named in another case", `{"id":"a1","event":"vote","outlet":"Halden Post","title":"Polls close","Desc":true}`,
			map[string][]string{"text": {"title", "desc"}}, ErrSyntax, `key "Desc": syntax error: want a string (an input of the text, composed of title+desc), got a boolean`},
		{"composed input an object", `{"id":"a1","event":"vote","outlet":"Halden Post","title":"Polls close","desc":{"p":"Ivo Marek spoke."}}`,
			map[string][]string{"text": {"title", "desc"}}, ErrSyntax, `key "desc": syntax error: want a string (an input of the text, composed of title+desc), got an object`},
		{"composed input a number in the meta object", `{"id":"a1","event":"vote","outlet":"Halden Post","title":"Polls close","meta":{"desc":12345}}`,
			map[string][]string{"text": {"title", "desc"}}, ErrSyntax, `key "meta.desc": syntax error: want a string (an input of the text, composed of title+desc), got a number`},
		{"composed input a boolean under meta.", `{"id":"a1","event":"vote","outlet":"Halden Post","title":"Polls close","meta.desc":true}`,
			map[string][]string{"text": {"title", "desc"}}, ErrSyntax, `key "meta.desc": syntax error: want a string (an input of the text, composed of title+desc), got a boolean`},
		{"composed input a field, a number", `{"id":"a1","event":2024,"outlet":"Halden Post","title":"Polls close"}`,
			map[string][]string{"text": {"title", "event"}}, ErrSyntax, `key "event": syntax error: want a string (an input of the text, composed of title+event), got a number`},
		{"text null", `{"id":"a1","event":"vote","outlet":"Halden Post","text":null}`, nil, ErrMissingField, `document "a1" has no text`},

		{"id a number", `{"id":17,` + noID + `}`, nil, nil, "id=17"},
		{"event a number", `{"id":"a1","event":2024,"outlet":"Halden Post","text":"Ana Ruiz spoke."}`, nil, nil, "event=2024"},
		{"outlet a number", `{"id":"a1","event":"vote","outlet":42,"text":"Ana Ruiz spoke."}`, nil, nil, "outlet=42"},
		{"title a string", `{` + base + `,"title":"2023"}`, nil, nil, "title=2023"},
		{"meta a number", `{` + base + `,"views":12}`, nil, nil, "meta.views=12"},
		{"meta a boolean", `{` + base + `,"paywall":true}`, nil, nil, "meta.paywall=true"},
		{"meta object's boolean", `{` + base + `,"meta":{"paywall":false}}`, nil, nil, "meta.paywall=false"},
		{"composed input a string", `{"id":"a1","event":"vote","outlet":"Halden Post","title":"Polls close","desc":"Ivo Marek spoke."}`,
			map[string][]string{"text": {"title", "desc"}}, nil, "text=Polls close\n\nIvo Marek spoke."},
		{"composed input a string under meta.", `{"id":"a1","event":"vote","outlet":"Halden Post","title":"Polls close","meta.desc":"Ivo Marek spoke."}`,
			map[string][]string{"text": {"title", "desc"}}, nil, "text=Polls close\n\nIvo Marek spoke."},
		{"a meta object's number not composed", `{"id":"a1","event":"vote","outlet":"Halden Post","title":"Polls close","desc":"Ivo Marek spoke.","meta":{"title":5}}`,
			map[string][]string{"text": {"title", "desc"}}, nil, "meta.title=5"}, // the text reads the title field, not this Meta key
		{"a number not composed", `{"id":"a1","event":"vote","outlet":"Halden Post","title":"Polls close","desc":"Ivo Marek spoke.","rank":3}`,
			map[string][]string{"text": {"title", "desc"}}, nil, "meta.rank=3"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			good := `{"id":"z9","event":"vote","outlet":"Halden Post","text":"Lena Varga spoke."}`
			if tc.compose != nil {
				good = `{"id":"z9","event":"vote","outlet":"Halden Post","title":"Polls open","desc":"Lena Varga spoke."}`
			}
			data := good + "\n" + tc.record + "\n"
			opts := &LoadOptions{Compose: tc.compose}
			c, err := Load(mapFS(map[string]string{"x.jsonl": data}), "x.jsonl", opts)
			if tc.want != nil {
				var le *LoadError
				if !errors.As(err, &le) || le.Line != 2 || !errors.Is(err, tc.want) || !strings.Contains(err.Error(), tc.says) {
					t.Fatalf("Load = %v, want an error on line 2 wrapping %v that says %q", err, tc.want, tc.says)
				}
				// Lenient: the record is skipped with that error, the other one loaded.
				var skipped []*LoadError
				opts.Skip = func(e *LoadError) { skipped = append(skipped, e) }
				c, err := Load(mapFS(map[string]string{"x.jsonl": data}), "x.jsonl", opts)
				if err != nil || c.Len() != 1 || len(skipped) != 1 || skipped[0].Line != 2 || !strings.Contains(skipped[0].Error(), tc.says) {
					t.Errorf("lenient Load = %v, %v documents, skipped %v; want 1 document and line 2 skipped", err, c.Len(), skipped)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			field, value, _ := strings.Cut(tc.says, "=")
			var d Document
			for _, doc := range c.Documents() {
				if doc.ID != "z9" {
					d = doc
				}
			}
			got := map[string]string{"id": d.ID, "event": d.Event, "outlet": d.Outlet, "title": d.Title, "text": d.Text}[field]
			if key, ok := strings.CutPrefix(field, "meta."); ok {
				got = d.Meta[key]
			}
			if got != value {
				t.Errorf("%s = %q, want %q", field, got, value)
			}
		})
	}
}
