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

// checkTable validates raw counts of a 2×2 table: a term's counts a and b in sides of sizes
// n1 and n2.
func checkTable(a, b, n1, n2 int) error {
	switch {
	case n1 <= 0 || n2 <= 0:
		return errorf(ErrCounts, "side sizes n1 = %d, n2 = %d (want > 0)", n1, n2)
	case a < 0 || b < 0:
		return errorf(ErrCounts, "counts a = %d, b = %d (want >= 0)", a, b)
	case a > n1 || b > n2:
		return errorf(ErrCounts, "counts a = %d, b = %d exceed the sides' sizes %d and %d", a, b, n1, n2)
	case float64(n1)+float64(n2) > 1<<53:
		return errorf(ErrCounts, "sides of %d and %d exceed 2^53, where counts lose precision", n1, n2)
	}
	return nil
}
