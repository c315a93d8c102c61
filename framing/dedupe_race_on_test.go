//go:build race

package framing

// dedupeRace says the tests run under the race detector, which slows the measurements of
// NearDuplicates on the real corpora tenfold (30 s); TestNearDuplicatesDeterministic runs
// the same code from many goroutines.
const dedupeRace = true
