package report

import (
	"bytes"
	"encoding/csv"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/framediff/framediff/framing"
)

// TestCSVNeutralizesHiddenFormulas: a spreadsheet skips leading blanks and invisible
// characters, and reads full-width and small forms of = + - @ as the ASCII ones, so a cell
// that starts with any of them before a formula character runs as a formula too.
func TestCSVNeutralizesHiddenFormulas(t *testing.T) {
	for _, tc := range []struct {
		name, cell string
		neutral    bool
	}{
		{"equals", "=1+1", true},
		{"space", " =1+1", true},
		{"spaces", "   +1", true},
		{"no-break space", "\u00a0=HYPERLINK(\"x\")", true},
		{"zero-width space", "\u200b=1", true},
		{"byte order mark", "\ufeff@SUM(A1)", true},
		{"word joiner", "\u2060-1+2", true},
		{"ideographic space", "\u3000=1", true},
		{"line feed", "\n=1", true},
		{"full-width equals", "\uff1d1+1", true},
		{"full-width plus", "\uff0b1", true},
		{"full-width minus", "\uff0d1", true},
		{"full-width at", "\uff20SUM(A1)", true},
		{"small equals", "\ufe661", true},
		{"space then full-width", " \uff1d1", true},
		{"tab", "\tx", true},
		{"carriage return", "\rx", true},
		{"plain word", "ministry", false},
		{"space then word", " ministry", false},
		{"inner equals", "a=b", false},
		{"empty", "", false},
		{"only spaces", "   ", false},
		{"full-width letter", "\uff21BC", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteCSV(&buf, []framing.Line{{DocID: tc.cell}}, nil); err != nil {
				t.Fatal(err)
			}
			recs, err := csv.NewReader(&buf).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			got := recs[1][0]
			want := tc.cell
			if tc.neutral {
				want = "'" + tc.cell
			}
			if got != want {
				t.Errorf("cell %q written as %q, want %q", tc.cell, got, want)
			}
		})
	}
}

// TestNonFinite: WriteCSV and WriteJSONL follow one rule for NaN and infinities: an error
// that names the row and the column, wrapping ErrNonFinite, and no row written from it.
func TestNonFinite(t *testing.T) {
	type inner struct {
		X float64 `json:"x"`
	}
	type row struct {
		Name  string    `json:"name"`
		Score float64   `json:"score"`
		In    inner     `json:"in"`
		List  []float64 `json:"list"`
	}
	for _, tc := range []struct {
		name   string
		rows   []row
		column string
	}{
		{"NaN", []row{{Name: "ok", Score: 1}, {Name: "bad", Score: math.NaN()}}, "score"},
		{"+Inf", []row{{Name: "bad", Score: math.Inf(1)}}, "score"},
		{"-Inf nested", []row{{Name: "bad", In: inner{X: math.Inf(-1)}}}, "in"},
		{"NaN in a list", []row{{Name: "bad", List: []float64{1, math.NaN()}}}, "list"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, w := range []struct {
				format string
				write  func(*bytes.Buffer) error
			}{
				{"csv", func(b *bytes.Buffer) error { return WriteCSV(b, tc.rows, nil) }},
				{"jsonl", func(b *bytes.Buffer) error { return WriteJSONL(b, tc.rows) }},
			} {
				var buf bytes.Buffer
				err := w.write(&buf)
				if !errors.Is(err, ErrNonFinite) {
					t.Errorf("%s: %v, want ErrNonFinite", w.format, err)
					continue
				}
				row := len(tc.rows) // rows count from 1
				if msg := err.Error(); !strings.Contains(msg, "row "+string(rune('0'+row))) || !strings.Contains(msg, tc.column) {
					t.Errorf("%s: %q does not name row %d and column %s", w.format, msg, row, tc.column)
				}
				for _, bad := range []string{"NaN", "Inf", "bad"} {
					if strings.Contains(buf.String(), bad) {
						t.Errorf("%s: wrote %q", w.format, buf.String())
					}
				}
			}
		})
	}
}

// TestCSVPointers: a pointer field is written as its value (a negative number stays a
// number, not neutralized text), and a nil one as an empty cell, R's and pandas' missing
// value.
func TestCSVPointers(t *testing.T) {
	type row struct {
		Name  string   `json:"name"`
		Score *float64 `json:"score"`
		N     *int     `json:"n"`
	}
	x, n := -3.5, 7
	var b bytes.Buffer
	if err := WriteCSV(&b, []row{{"a", &x, &n}, {"b", nil, nil}}, nil); err != nil {
		t.Fatal(err)
	}
	if want := "name,score,n\na,-3.5,7\nb,,\n"; b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}

// TestCSVNonASCIIStart: a text cell that starts with a letter outside ASCII is written
// as it stands (the formula check once folded such letters forever), and a full-width ＝
// is still neutralized.
func TestCSVNonASCIIStart(t *testing.T) {
	type row struct {
		Text string `json:"text"`
	}
	var b bytes.Buffer
	if err := WriteCSV(&b, []row{{"élite"}, {"’s view"}, {"＝1+1"}, {"Ⅻ"}}, nil); err != nil {
		t.Fatal(err)
	}
	if want := "text\nélite\n’s view\n'＝1+1\nⅫ\n"; b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}
