package corpus

import (
	"errors"
	"strings"
	"testing"
)

// TestCSVHeaderLacksField: a header without a column for a field every record needs
// (event, outlet, text), which neither Defaults nor a composition fills, is one error
// about the header naming the field, the names that give it and the columns, strict or
// lenient (no record is passed to Skip), not an error per record; an empty file is an
// error about the file as a whole (line 0) that says it is empty.
func TestCSVHeaderLacksField(t *testing.T) {
	for _, tc := range []struct {
		name, file, data string
		opts             LoadOptions
		want             error    // nil: loads
		says             []string // what the error says
	}{
		{"no outlet column", "x.csv", "id,event,text\n1,vote,Ana Ruiz spoke.\n2,vote,Ivo Marek spoke.\n", LoadOptions{}, ErrMissingField,
			[]string{`corpus: x.csv:1: header: missing required field: no column gives the outlet (named outlet, publisher, site or source), which every record needs; the columns are "id", "event", "text"`}},
		{"no event nor outlet column", "x.csv", "id,text\n1,Ana Ruiz spoke.\n", LoadOptions{}, ErrMissingField,
			[]string{`no column gives the event (named event or event_id) or the outlet (named outlet, publisher, site or source), which`}},
		{"no text column, tsv", "x.tsv", "\n\nid\tevent\toutlet\tsummary\n1\tvote\tHalden Post\tAna Ruiz spoke.\n", LoadOptions{}, ErrMissingField,
			[]string{`x.tsv:3: header: missing required field: no column gives the text (named text, body or content)`, `"summary"`}},
		{"text column dropped", "x.csv", "id,event,outlet,text\n1,vote,Halden Post,Ana Ruiz spoke.\n", LoadOptions{Fields: map[string]string{"text": "-"}}, ErrMissingField,
			[]string{`no column gives the text (named body or content), which`}},
		{"names Fields maps to the field", "x.csv", "id,event,newspaper,text\n1,vote,Halden Post,Ana Ruiz spoke.\n", LoadOptions{Fields: map[string]string{"Paper": "outlet"}}, ErrMissingField,
			[]string{`no column gives the outlet (named outlet, paper, publisher, site or source), which`}},
		{"names Fields drops or maps elsewhere", "x.csv", "id,event,text\n1,vote,Ana Ruiz spoke.\n", LoadOptions{Fields: map[string]string{"source": "-", "outlet": "kind"}}, ErrMissingField,
			[]string{`no column gives the outlet (named publisher or site), which`}},
		{"every name dropped", "x.csv", "id,event,outlet\n1,vote,Halden Post\n", LoadOptions{Fields: map[string]string{"text": "-", "body": "-", "content": "-"}}, ErrMissingField,
			[]string{`no column gives the text (every name of which is mapped elsewhere or dropped), which`}},
		{"empty file", "x.csv", "", LoadOptions{}, ErrSyntax, []string{"corpus: x.csv: syntax error: no header row: the file is empty"}},
		{"only blank lines", "x.csv", "\n\r\n\n", LoadOptions{}, ErrSyntax, []string{"corpus: x.csv: syntax error: no header row: the file holds only blank lines"}},

		{"every field", "x.csv", "id,event,outlet,text\n1,vote,Halden Post,Ana Ruiz spoke.\n", LoadOptions{}, nil, nil},
		{"aliases in another case", "x.csv", "ID,Event_ID,Source,Content\n1,vote,Halden Post,Ana Ruiz spoke.\n", LoadOptions{}, nil, nil},
		{"outlet from Defaults", "x.csv", "id,event,text\n1,vote,Ana Ruiz spoke.\n", LoadOptions{Defaults: Document{Outlet: "Halden Post"}}, nil, nil},
		{"event from Defaults, no id column", "x.csv", "outlet,text\nHalden Post,Ana Ruiz spoke.\n", LoadOptions{Defaults: Document{Event: "vote"}}, nil, nil},
		{"outlet mapped from another column", "x.csv", "id,event,paper,text\n1,vote,Halden Post,Ana Ruiz spoke.\n", LoadOptions{Fields: map[string]string{"paper": "outlet"}}, nil, nil},
		{"text composed", "x.csv", "id,event,outlet,title,desc\n1,vote,Halden Post,Polls close,Ana Ruiz spoke.\n", LoadOptions{Compose: map[string][]string{"text": {"title", "desc"}}}, nil, nil},
		{"a header and no record", "x.csv", "id,event,outlet,text\n", LoadOptions{}, nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, lenient := range []bool{false, true} {
				opts := tc.opts
				var skipped []*LoadError
				if lenient {
					opts.Skip = func(e *LoadError) { skipped = append(skipped, e) }
				}
				_, err := Load(mapFS(map[string]string{tc.file: tc.data}), tc.file, &opts)
				if tc.want == nil {
					if err != nil || len(skipped) > 0 {
						t.Errorf("lenient %v: Load = %v, skipped %v; want no error", lenient, err, skipped)
					}
					continue
				}
				var le *LoadError
				if !errors.As(err, &le) || !errors.Is(err, tc.want) || len(skipped) > 0 {
					t.Errorf("lenient %v: Load = %v, skipped %v; want a *LoadError wrapping %v, no record skipped", lenient, err, skipped, tc.want)
					continue
				}
				for _, s := range tc.says {
					if !strings.Contains(err.Error(), s) {
						t.Errorf("lenient %v: error %q does not say %q", lenient, err, s)
					}
				}
			}
		})
	}
}
