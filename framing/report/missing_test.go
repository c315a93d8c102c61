package report

import (
	"bytes"
	"encoding/csv"
	"testing"

	"github.com/framediff/framediff/framing"
)

// csvCells writes rows with WriteCSV and returns each row's cells by column name.
func csvCells(t *testing.T, rows any) []map[string]string {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteCSV(&buf, rows, nil); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var out []map[string]string
	for _, r := range recs[1:] {
		m := map[string]string{}
		for i, name := range recs[0] {
			m[name] = r[i]
		}
		out = append(out, m)
	}
	return out
}

// TestCSVMissingValues: framing's -1 for a test that did not run is an empty cell, not a
// number R or pandas would average in, and a p-value below 1e-300 is "<1e-300", not 0; a
// tested value is written as it is, and -1 in a column that is neither a p-value nor a
// document frequency stays -1.
func TestCSVMissingValues(t *testing.T) {
	keys := csvCells(t, []framing.KeyTerm{
		{Term: "untest", P: 0.5, PAdj: 0.75, DocFreqA: -1, DocFreqB: -1, DocP: -1, DocPAdj: -1},
		{Term: "tested", P: 1e-320, PAdj: 0, DocFreqA: 4, DocFreqB: 0, DocP: 0.03, DocPAdj: 1e-300},
	})
	for _, tc := range []struct {
		row       int
		col, want string
	}{
		{0, "token_p", "0.5"},
		{0, "token_p_adj", "0.75"},
		{0, "doc_freq_a", ""},
		{0, "doc_freq_b", ""},
		{0, "doc_p", ""},
		{0, "doc_p_adj", ""},
		{1, "token_p", "<1e-300"}, // a subnormal: below the floor
		{1, "token_p_adj", "<1e-300"},
		{1, "doc_freq_a", "4"},
		{1, "doc_freq_b", "0"}, // a count of 0 is a count
		{1, "doc_p", "0.03"},
		{1, "doc_p_adj", "1e-300"}, // the floor itself is a number
	} {
		if got := keys[tc.row][tc.col]; got != tc.want {
			t.Errorf("KeyTerm %q %s = %q, want %q", keys[tc.row]["term"], tc.col, got, tc.want)
		}
	}

	pooled := csvCells(t, []framing.PooledTerm{
		{Term: "untest", P: 0.2, PAdj: 0.4, PermP: -1, PermPAdj: -1},
		{Term: "tested", P: 0.01, PAdj: 0.02, PermP: 0.002, PermPAdj: 0.004, Permuted: true},
	})
	for _, tc := range []struct {
		row       int
		col, want string
	}{
		{0, "p", "0.2"},
		{0, "perm_p", ""},
		{0, "perm_p_adj", ""},
		{1, "perm_p", "0.002"},
		{1, "perm_p_adj", "0.004"},
	} {
		if got := pooled[tc.row][tc.col]; got != tc.want {
			t.Errorf("PooledTerm %q %s = %q, want %q", pooled[tc.row]["term"], tc.col, got, tc.want)
		}
	}

	// diff_a is an offset, -1 when the texts do not differ: not a missing value.
	type overlap struct {
		DiffA int `json:"diff_a"`
	}
	if got := csvCells(t, []overlap{{DiffA: -1}})[0]["diff_a"]; got != "-1" {
		t.Errorf("diff_a = %q, want -1", got)
	}
	// A p-value of a type that writes itself is written as it says.
	if got := csvCells(t, []selfP{{P: -1}})[0]["own_p"]; got != "n/a" {
		t.Errorf("own_p = %q, want its own text", got)
	}
}

type ownP float64

func (p ownP) MarshalText() ([]byte, error) {
	if p < 0 {
		return []byte("n/a"), nil
	}
	return []byte("tested"), nil
}

type selfP struct {
	P ownP `json:"own_p"`
}
