package framing

import "errors"

// ErrCounts means a profile's or a table's counts are impossible: negative, larger than
// their total, repeated terms, or sums that overflow.
var ErrCounts = errors.New("invalid counts")

// addInt returns x + y, or false if the sum overflows an int.
func addInt(x, y int) (int, bool) {
	s := x + y
	if (s > x) != (y > 0) {
		return s, false
	}
	return s, true
}
