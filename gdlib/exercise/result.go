package exercise

import (
	"fmt"
	"strings"
)

// Result is the answer of a check. Its String is what a check cell prints.
type Result struct {
	Exercise string // the exercise's name
	OK       bool   // the answer is correct

	// Problem, if not empty, says why the answer could not be compared:
	// it panicked, returned an error, or did not finish.
	Problem string

	// Index is the first value that differs (counted from 0), or -1.
	// What describes it ("x after step 3"); Want and Got are the expected
	// value and the answer's (zero if the answer or the reference has no
	// value there). Count is how many values the reference produces,
	// GotCount how many the answer did.
	Index           int
	What            string
	Want, Got       float64
	Count, GotCount int

	// Hint says what to look at.
	Hint string
}

// String is one line for a correct answer, "✓ name: correct (all n values
// match)", or "✓ name: correct" when the check compares one value, and for a
// wrong one "✗ name: …" followed by a line with the hint.
func (r Result) String() string {
	var b strings.Builder
	switch {
	case r.OK && r.Count == 1:
		fmt.Fprintf(&b, "✓ %s: correct", r.Exercise)
		return b.String()
	case r.OK:
		fmt.Fprintf(&b, "✓ %s: correct (all %d values match)", r.Exercise, r.Count)
		return b.String()
	case r.Problem != "":
		fmt.Fprintf(&b, "✗ %s: %s", r.Exercise, r.Problem)
	case r.Index >= r.GotCount:
		fmt.Fprintf(&b, "✗ %s: your answer produced %d values, %d expected: %s is missing",
			r.Exercise, r.GotCount, r.Count, r.What)
	case r.Index >= r.Count:
		fmt.Fprintf(&b, "✗ %s: your answer produced %d values, only %d expected", r.Exercise, r.GotCount, r.Count)
	default:
		fmt.Fprintf(&b, "✗ %s: %s should be %.6g, got %.6g", r.Exercise, r.What, r.Want, r.Got)
	}
	if r.Hint != "" {
		fmt.Fprintf(&b, "\n  hint: %s", r.Hint)
	}
	return b.String()
}
