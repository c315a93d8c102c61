package framing

import (
	"errors"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// A permutation test on counts made without document rows is refused: it used to read no
// document and give every term a permutation p-value of 1.
func TestPoolNoRowsRefused(t *testing.T) {
	var en corpus.Corpus
	if err := en.Add(corpus.Sample().Select(func(d corpus.Document) bool { return d.Language == "english" })...); err != nil {
		t.Fatal(err)
	}
	var an Analyzer
	ec, err := CountEvents(&an, en.Docs(), []corpus.Side{corpus.KindSide("state"), corpus.KindSide("wire")}, &CountOptions{NoRows: true})
	if err != nil {
		t.Fatal(err)
	}
	p, err := ec.Pool(0, 1, &PoolOptions{Permutations: 100})
	if !errors.Is(err, ErrOption) {
		t.Fatalf("Pool of counts without rows: err %v; permuted %v", err, p != nil && p.Terms[0].Permuted)
	}
	if _, err := ec.Pool(0, 1, &PoolOptions{Permutations: -1}); err != nil {
		t.Errorf("without the test: %v", err)
	}
}
