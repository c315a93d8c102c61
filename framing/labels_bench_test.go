package framing

import (
	"testing"

	"github.com/framediff/framediff/corpus"
)

// BenchmarkReferentsChinaDaily measures what examples/targets runs on China Daily against
// The New York Times (../shared/data; skipped when absent): the names both sides mention
// (the top 20), the labels of each, and the collocates of the first three, one pass each.
// Its speed is reported as a ratio to a strings.Fields+map pass over the same texts, in
// the thread's CPU time, round by round (see ratioBench):
//
//	go test ./framing -run '^$' -bench ReferentsChinaDaily -benchtime 3x
func BenchmarkReferentsChinaDaily(b *testing.B) {
	docs := loadChinaDailyNYT(b)
	var a, o []corpus.Document
	n := 0
	for _, d := range docs {
		n += len(d.Text)
		if d.Outlet == "China Daily" {
			a = append(a, d)
		} else {
			o = append(o, d)
		}
	}
	an := &Analyzer{Workers: 1}
	subject := func() {
		refs, err := an.SuggestReferents(a, o, 3, 20)
		if err != nil {
			b.Fatal(err)
		}
		names := make([]string, len(refs))
		for i, r := range refs {
			names[i] = r.Name
		}
		if _, err := an.LabelsEach(a, o, names, nil); err != nil {
			b.Fatal(err)
		}
		if _, err := an.ContrastReferents(a, o, names[:min(3, len(names))], nil); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	ratioBench(b, n, func() { fieldsMap(docs) }, subject, false)
}
