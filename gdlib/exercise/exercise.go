package exercise

import (
	"fmt"
	"math"
	"reflect"
	"time"
)

// Timeout is how long an answer may run before a check gives up on it: an
// answer that has not finished by then gets a result that says so. Every
// exercise's reference answer runs in well under a millisecond.
const Timeout = 5 * time.Second

// DefaultTol is the relative tolerance of a check whose Tol is zero: a
// value got matches want when |got − want| ≤ Tol·max(1, |want|). It allows
// for a learner writing the same formula in another order (floating-point
// sums differ in their last bits), not for a different formula.
const DefaultTol = 1e-9

// An Exercise checks answers of type A, usually a function the learner
// writes. Run turns an answer into the values it produces (the iterates of a
// descent, say); Check compares them with those of the reference Answer.
type Exercise[A any] struct {
	// Name names the exercise in the result, e.g. "the gradient step".
	Name string
	// Value describes value number k (counted from 0) of Run's output in
	// the result, e.g. "x after step 3". Nil means "value k".
	Value func(k int) string
	// Run runs an answer and returns its values. It may panic if the
	// answer does (Check recovers).
	Run func(answer A) ([]float64, error)
	// Answer is the reference answer.
	Answer A
	// Mistakes are typical wrong answers, each with the hint to give an
	// answer that produces the same values.
	Mistakes []Mistake[A]
	// Hint is given for a wrong answer that matches no Mistake.
	Hint string
	// Tol is the relative tolerance (zero: DefaultTol).
	Tol float64
}

// A Mistake is a typical wrong answer and the hint for it.
type Mistake[A any] struct {
	Answer A
	Hint   string
}

// Check runs answer and says whether it is correct, and if not, where it
// first goes wrong and why. An answer that is a nil function is a Problem
// of its own ("your answer is nil"), not a panic inside the check.
func (e Exercise[A]) Check(answer A) Result {
	r := Result{Exercise: e.Name, Index: -1}
	if v := reflect.ValueOf(&answer).Elem(); v.Kind() == reflect.Func && v.IsNil() {
		r.Problem = fmt.Sprintf("your answer is nil: write the function (its type is %T)", answer)
		r.Hint = e.Hint
		return r
	}
	want, err := run(e.Run, e.Answer)
	if err != nil {
		// The reference answer must run: that is a bug in the exercise.
		panic(fmt.Sprintf("exercise %q: reference answer failed: %v", e.Name, err))
	}
	got, err := run(e.Run, answer)
	if err != nil {
		r.Problem = err.Error()
		r.Hint = e.Hint
		return r
	}
	i, ok := e.firstDiff(got, want)
	if ok {
		r.OK = true
		r.Count = len(want)
		return r
	}
	r.Index, r.Count, r.GotCount = i, len(want), len(got)
	r.What = e.value(i)
	if i < len(want) {
		r.Want = want[i]
	}
	if i < len(got) {
		r.Got = got[i]
	}
	r.Hint = e.hint(got)
	return r
}

// hint returns the hint of the first mistake that produces got, or e.Hint.
func (e Exercise[A]) hint(got []float64) string {
	for _, m := range e.Mistakes {
		vals, err := run(e.Run, m.Answer)
		if err != nil {
			continue
		}
		if _, same := e.firstDiff(got, vals); same {
			return m.Hint
		}
	}
	return e.Hint
}

// firstDiff returns the index of the first value where got and want
// differ (a missing value counts as different), and whether they are the same.
func (e Exercise[A]) firstDiff(got, want []float64) (int, bool) {
	tol := e.Tol
	if tol == 0 {
		tol = DefaultTol
	}
	for i := range max(len(got), len(want)) {
		if i >= len(got) || i >= len(want) {
			return i, false
		}
		g, w := got[i], want[i]
		if math.IsNaN(g) && math.IsNaN(w) {
			continue
		}
		// A NaN on one side only differs (|g − NaN| > tol is false).
		if math.IsNaN(g) || math.IsNaN(w) || math.Abs(g-w) > tol*math.Max(1, math.Abs(w)) {
			return i, false
		}
	}
	return 0, true
}

func (e Exercise[A]) value(k int) string {
	if e.Value == nil {
		return fmt.Sprintf("value %d", k)
	}
	return e.Value(k)
}

// run calls r(answer) in a goroutine, turning a panic into an error and
// giving up after Timeout.
func run[A any](r func(A) ([]float64, error), answer A) ([]float64, error) {
	type out struct {
		vals []float64
		err  error
	}
	done := make(chan out, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				done <- out{err: fmt.Errorf("your answer panicked: %v", p)}
			}
		}()
		v, err := r(answer)
		done <- out{v, err}
	}()
	select {
	case o := <-done:
		return o.vals, o.err
	case <-time.After(Timeout):
		// The goroutine is left running: a cell's program ends soon after.
		return nil, fmt.Errorf("your answer did not finish within %v: is there a loop that never ends?", Timeout)
	}
}
