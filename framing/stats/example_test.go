package stats_test

import (
	"fmt"

	"github.com/framediff/framediff/framing/stats"
)

func ExampleAdjustP() {
	p := []float64{0.01, 0.04, 0.03, 0.20}
	for _, m := range []stats.Adjust{stats.AdjustBonferroni, stats.AdjustHolm, stats.AdjustBH} {
		adj, err := stats.AdjustP(p, m)
		if err != nil {
			panic(err)
		}
		fmt.Printf("%-10s %.4f\n", m, adj)
	}
	// Output:
	// bonferroni [0.0400 0.1600 0.1200 0.8000]
	// holm       [0.0400 0.0900 0.0900 0.2000]
	// BH         [0.0400 0.0533 0.0533 0.2000]
}

func ExampleRandomEffects() {
	// One term's 2×2 tables in three events: A's count and size, B's count and size.
	tables := []stats.Table{{A: 30, N1: 9000, B: 14, N2: 9500}, {A: 12, N1: 4000, B: 5, N2: 4200}, {A: 2, N1: 5200, B: 6, N2: 5000}}
	var y, v []float64
	for _, t := range tables {
		yi, vi, err := stats.LogOddsRatio(t)
		if err != nil {
			panic(err)
		}
		y, v = append(y, yi), append(v, vi)
	}
	m, err := stats.RandomEffects(y, v, nil) // REML
	if err != nil {
		panic(err)
	}
	fmt.Printf("log OR %.3f [%.3f, %.3f], I² %.0f%%, prediction [%.3f, %.3f]\n", m.Estimate, m.Low, m.High, m.I2, m.PredLow, m.PredHigh)
	// Output:
	// log OR 0.390 [-0.693, 1.472], I² 69%, prediction [-1.490, 2.270]
}
