//go:build !unix

package gdlib

import "math"

// cpuNanos is not measured outside Unix: NaN.
func cpuNanos() float64 { return math.NaN() }
