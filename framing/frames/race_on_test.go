//go:build race

package frames

// raceEnabled says the tests run under the race detector, which slows the frames-dev
// measurements tenfold; the concurrent tests cover the same code.
const raceEnabled = true
