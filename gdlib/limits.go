package gdlib

import "fmt"

// MaxBytes is the most memory an experiment may need for its results: 1 GiB.
// Before starting, MultiStart, Finals, Sweep2 and Basins estimate what
// their results will take (for MultiStart, every iterate of every trace)
// and return an error above it rather than exhaust a notebook's memory. A
// 1000 × 1000 basin map needs about 32 MB; 10⁴ traces of 10⁴ steps in two
// variables need about 5.6 GB (56 bytes per iterate) and are refused.
const MaxBytes = 1 << 30

// checkBytes returns an error if bytes is more than MaxBytes. what names
// the experiment and size describes the request, e.g. "10000 starts × 10001
// iterates".
func checkBytes(what, size string, bytes float64) error {
	if bytes > MaxBytes {
		return fmt.Errorf("gdlib: %s: %s need about %s, more than gdlib.MaxBytes (%s): use fewer points or steps", what, size, byteString(bytes), byteString(MaxBytes))
	}
	return nil
}

// byteString formats a number of bytes as "4.8 GB" (powers of 10).
func byteString(b float64) string {
	switch {
	case b >= 1e9:
		return fmt.Sprintf("%.3g GB", b/1e9)
	case b >= 1e6:
		return fmt.Sprintf("%.3g MB", b/1e6)
	case b >= 1e3:
		return fmt.Sprintf("%.3g kB", b/1e3)
	}
	return fmt.Sprintf("%.0f B", b)
}

// MaxDim is the largest number of variables a Function may have: 10⁶.
// NewFunction, New1, New2, NewN, Formula, RosenbrockN and Rastrigin panic
// (Formula returns an error) above it, before allocating: one point then
// takes 8 MB and NewN's evaluation buffer 32 MB, and a gradient by
// hyperdual numbers already takes 5·10⁵ evaluations of f.
const MaxDim = 1_000_000

// checkDim returns an error naming who and dim if dim is outside 1 … MaxDim.
func checkDim(who string, dim int) error {
	if dim < 1 || dim > MaxDim {
		return fmt.Errorf("%s: dim = %d, want 1 ≤ dim ≤ %d (gdlib.MaxDim)", who, dim, MaxDim)
	}
	return nil
}
