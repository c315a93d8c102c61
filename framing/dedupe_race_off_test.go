//go:build !race

package framing

const dedupeRace = false
