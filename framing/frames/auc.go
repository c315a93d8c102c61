package frames

// auc.go: the ROC AUC, the measure every frame score in this package is checked with.

import (
	"cmp"
	"fmt"
	"math"
	"slices"

	"github.com/framediff/framediff/framing"
)

// AUC returns the area under the ROC curve of scores for telling the documents marked
// positive from the others: the probability that a randomly chosen positive document
// scores higher than a randomly chosen negative one, ties counting one half (the
// Mann–Whitney U statistic divided by the number of pairs; Hanley & McNeil 1982,
// Radiology 143(1)):
//
//	AUC = (Σ_{i∈pos} rank_i − n₊(n₊+1)/2) / (n₊ · n₋)
//
// with midranks for ties. It lies in [0, 1]; 0.5 is chance. It is what scikit-learn's
// roc_auc_score returns. It returns an error wrapping [framing.ErrOption] if the lengths
// differ, a score is NaN, or either class is empty.
func AUC(scores []float64, positive []bool) (float64, error) {
	if len(scores) != len(positive) {
		return 0, fmt.Errorf("frames: %d scores for %d labels: %w", len(scores), len(positive), framing.ErrOption)
	}
	idx := make([]int, len(scores))
	pos := 0
	for i, s := range scores {
		if math.IsNaN(s) {
			return 0, fmt.Errorf("frames: score %d is NaN: %w", i, framing.ErrOption)
		}
		idx[i] = i
		if positive[i] {
			pos++
		}
	}
	neg := len(scores) - pos
	if pos == 0 || neg == 0 {
		return 0, fmt.Errorf("frames: AUC needs positive and negative documents, have %d and %d: %w", pos, neg, framing.ErrOption)
	}
	slices.SortFunc(idx, func(a, b int) int { return cmp.Compare(scores[a], scores[b]) })
	rankSum := 0.0
	for i := 0; i < len(idx); {
		j := i
		for j < len(idx) && scores[idx[j]] == scores[idx[i]] {
			j++
		}
		mid := float64(i+j+1) / 2 // ranks i+1..j
		for _, k := range idx[i:j] {
			if positive[k] {
				rankSum += mid
			}
		}
		i = j
	}
	p, n := float64(pos), float64(neg)
	return (rankSum - p*(p+1)/2) / (p * n), nil
}
