//go:build !unix

package main

import "time"

var start = time.Now()

// cpuTime returns the wall time since the tests started: without getrusage, the
// benchmark's ratios are of wall time.
func cpuTime() time.Duration { return time.Since(start) }
