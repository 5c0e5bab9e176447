// Package badinput runs the bad-input tables of gdlib, gdlib/deep,
// plotting and plotting/interactive: things a learner can type that cannot
// be computed or drawn, each of which must end quickly with an error
// naming the parameter and its value, never a hang or an unexplained
// panic.
package badinput

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"
)

// Case is one bad input. Run returns the error the learner sees; its
// message must hold every string of Want (the parameter's name and its
// value). With Panics set the input is a documented programmer's error:
// Run must panic, with a message holding Want. With Status set the input
// ends a run whose status says what went wrong: Run returns that run's
// description as a *Status. With Quiet set the input has a documented
// answer and no error to return (a gonum Ticker has no error result: the
// ticks of a NaN range are none): Run checks that answer and returns nil.
type Case struct {
	Name   string
	Run    func() error
	Want   []string
	Panics bool
	Status bool
	Quiet  bool
}

// Status is what a Status case's Run returns: the one-line description of
// a run that stopped with a status (Diverged, and its reason) rather than
// an error.
type Status struct{ Msg string }

func (s *Status) Error() string { return s.Msg }

// Limits bound each case of a table. A case that takes longer than
// Timeout hangs; one that allocates more than Alloc bytes (0: no bound)
// checked a size only after allocating it.
type Limits struct {
	Timeout time.Duration
	Alloc   uint64
}

// Counts are how the cases ended.
type Counts struct{ Errors, Panics, Statuses, Quiet int }

// Total is the number of cases that ended as documented.
func (n Counts) Total() int { return n.Errors + n.Panics + n.Statuses + n.Quiet }

func (n Counts) String() string {
	return fmt.Sprintf("%d clear errors, %d documented panics, %d run statuses, %d documented answers",
		n.Errors, n.Panics, n.Statuses, n.Quiet)
}

// result is how one case ended.
type result struct {
	err      error
	panicked any
}

// Run runs each case in a goroutine under recover and lim, checks its
// message and counts the outcomes. A case that hangs is reported and left
// running. The cases run one at a time, so that each one's allocation is
// its own.
func Run(t *testing.T, lim Limits, cases []Case) Counts {
	t.Helper()
	var n Counts
	for _, c := range cases {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		done := make(chan result, 1)
		go func() {
			var r result
			defer func() {
				r.panicked = recover()
				done <- r
			}()
			r.err = c.Run()
		}()
		var r result
		select {
		case r = <-done:
		case <-time.After(lim.Timeout):
			t.Errorf("%s: no answer within %v (a hang)", c.Name, lim.Timeout)
			continue
		}
		runtime.ReadMemStats(&after)
		if a := after.TotalAlloc - before.TotalAlloc; lim.Alloc > 0 && a > lim.Alloc {
			t.Errorf("%s: allocated %d bytes, more than %d", c.Name, a, lim.Alloc)
		}
		msg, ok := check(t, c, r, &n)
		if !ok {
			continue
		}
		for _, w := range c.Want {
			if !strings.Contains(msg, w) {
				t.Errorf("%s: message %q does not name %q", c.Name, msg, w)
			}
		}
	}
	return n
}

// check reports whether case c ended as it documents, counting it in n,
// and returns the message to search for c.Want.
func check(t *testing.T, c Case, r result, n *Counts) (msg string, ok bool) {
	t.Helper()
	var s *Status
	status := errors.As(r.err, &s)
	switch {
	case c.Quiet && r.panicked == nil && r.err == nil:
		n.Quiet++
		return "", true
	case c.Quiet:
		t.Errorf("%s: want the documented answer, got error %v, panic %v", c.Name, r.err, r.panicked)
	case c.Panics && r.panicked == nil:
		t.Errorf("%s: want a documented panic, got error %v", c.Name, r.err)
	case !c.Panics && r.panicked != nil:
		t.Errorf("%s: panicked: %v", c.Name, r.panicked)
	case c.Panics:
		n.Panics++
		return fmt.Sprint(r.panicked), true
	case r.err == nil:
		t.Errorf("%s: no error: the bad input went unnoticed", c.Name)
	case c.Status != status:
		t.Errorf("%s: %q: want a run status %v, got one %v", c.Name, r.err, c.Status, status)
	case status:
		n.Statuses++
		return r.err.Error(), true
	default:
		n.Errors++
		return r.err.Error(), true
	}
	return "", false
}
