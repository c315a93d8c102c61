package frames_test

import (
	"fmt"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing/frames"
)

// coded loads testdata/coded-sample.jsonl: 60 short texts written for framediff, each
// coded for five frames in a "frames" object, as frames-dev codes its articles.
func coded() []corpus.Document {
	c, err := corpus.LoadFile("testdata/coded-sample.jsonl", nil)
	if err != nil {
		panic(err)
	}
	return c.Documents()
}

// Learn frame models from coded documents, then estimate how often each side of the
// embedded sample corpus uses one frame.
func Example() {
	model, err := frames.Train(coded(), frames.Coding{Key: "frames"}, nil)
	if err != nil {
		panic(err)
	}
	for _, s := range model.Stats() {
		fmt.Printf("%-15s coded %2d  C %4g  out-of-fold AUC %.4f\n", s.Frame, s.Coded, s.C, s.AUC)
	}
	english := corpus.Sample().Select(func(d corpus.Document) bool { return d.Language == "english" })
	sides := []corpus.Side{corpus.KindSide("state"), corpus.KindSide("wire")}
	prev, err := model.Prevalence(english, sides, &frames.PrevalenceOptions{Replicates: 500})
	if err != nil {
		panic(err)
	}
	for _, s := range prev.Shares {
		if s.Event == "" && s.Frame == "resolution" {
			fmt.Printf("%s: %d documents, resolution %.4f [%.4f, %.4f]\n", s.Side, s.Documents, s.Estimate, s.Low, s.High)
		}
	}
	// Output:
	// conflict        coded 19  C   30  out-of-fold AUC 0.8614
	// economic        coded 24  C  100  out-of-fold AUC 0.8773
	// human-interest  coded 27  C 1000  out-of-fold AUC 0.9416
	// morality        coded 25  C 1000  out-of-fold AUC 0.9886
	// resolution      coded 17  C  100  out-of-fold AUC 0.9207
	// state: 5 documents, resolution 0.9568 [0.8000, 1.0000]
	// wire: 7 documents, resolution 0.9358 [0.7143, 1.0000]
}

// The words a frame's model reads, and where it read them.
func ExampleModel_Evidence() {
	docs := coded()
	model, err := frames.Train(docs, frames.Coding{Key: "frames"}, &frames.Options{NoLexicon: true})
	if err != nil {
		panic(err)
	}
	terms, err := model.Evidence(docs, "economic", 3, 1, 25)
	if err != nil {
		panic(err)
	}
	for _, t := range terms {
		fmt.Printf("%-10s weight %.4f, %d times\n", t.Word, t.Weight, t.Count)
		for _, l := range t.Lines {
			fmt.Printf("  %s: …%s[%s]%s…\n", l.DocID, l.Left, l.Match, l.Right)
		}
	}
	// Output:
	// years      weight 3.0928, 11 times
	//   coded-02: …worked the bay for forty [years]. The two ministries trad…
	// businesses weight 2.3038, 6 times
	//   coded-06: … hundreds of millions as [businesses] count their losses.…
	// price      weight 2.2163, 9 times
	//   coded-04: … warned that higher fuel [prices] could push inflation abo…
}

// The ROC AUC of a score against codes: the share of (positive, negative) pairs the score
// orders right, ties counting one half.
func ExampleAUC() {
	scores := []float64{0.9, 0.7, 0.4, 0.4, 0.2}
	carries := []bool{true, false, true, false, false}
	auc, err := frames.AUC(scores, carries)
	if err != nil {
		panic(err)
	}
	// Positives 0.9 and 0.4 against negatives 0.7, 0.4, 0.2: 0.9 wins 3; 0.4 loses to
	// 0.7, ties 0.4 and beats 0.2: 1.5. So 4.5 of 6.
	fmt.Printf("%.4f\n", auc)
	// Output:
	// 0.7500
}

// Cross-validation folds fixed by the documents' IDs: the same IDs in any order fall in
// the same folds.
func ExampleFolds() {
	ids := []string{"ap-0412", "ap-0413", "xinhua-0101", "xinhua-0102", "reuters-7781", "reuters-7790"}
	folds, err := frames.Folds(ids, 3, 0)
	if err != nil {
		panic(err)
	}
	reversed := []string{"reuters-7790", "reuters-7781", "xinhua-0102", "xinhua-0101", "ap-0413", "ap-0412"}
	again, err := frames.Folds(reversed, 3, 0)
	if err != nil {
		panic(err)
	}
	for i, id := range ids {
		fmt.Printf("%s in fold %d, and %d in reverse order\n", id, folds[i], again[len(ids)-1-i])
	}
	// Output:
	// ap-0412 in fold 0, and 0 in reverse order
	// ap-0413 in fold 2, and 2 in reverse order
	// xinhua-0101 in fold 1, and 1 in reverse order
	// xinhua-0102 in fold 0, and 0 in reverse order
	// reuters-7781 in fold 2, and 2 in reverse order
	// reuters-7790 in fold 1, and 1 in reverse order
}
