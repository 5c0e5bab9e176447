// Package badinput runs the bad-input tables of plotting and
// plotting/interactive: things a learner can type that cannot be drawn,
// each of which must end quickly with an error naming the parameter and
// its value, never a hang or an unexplained panic.
package badinput

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// Case is one bad input. Run returns the error the learner sees; its
// message must hold every string of Want (the parameter's name and its
// value). With Panics set the input is a documented programmer's error:
// Run must panic, with a message holding Want. With Quiet set the input
// has a documented answer and no error to return (a gonum Ticker has no
// error result: the ticks of a NaN range are none): Run checks that answer
// and returns nil.
type Case struct {
	Name   string
	Run    func() error
	Want   []string
	Panics bool
	Quiet  bool
}

// Timeout bounds each case. The slowest case draws a default 201 × 201
// heat map or a 50 × 50 surface to SVG, well under a second on one core
// (plotting's BenchmarkBundle… measures whole bundles); 20 s leaves room
// for the two cores shared with other jobs and the race detector, while a
// loop that spins on a NaN, or an allocation of gigabytes, fails the case
// instead of hanging the test binary until go test's 10 minutes.
const Timeout = 20 * time.Second

// Counts are how the cases ended.
type Counts struct{ Errors, Panics, Quiet int }

// Run runs each case in a goroutine under recover and Timeout, checks its
// message and counts clear errors, documented panics and documented
// answers. A case that hangs is reported and left running.
func Run(t *testing.T, cases []Case) Counts {
	t.Helper()
	var n Counts
	for _, c := range cases {
		type result struct {
			err      error
			panicked any
		}
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
		case <-time.After(Timeout):
			t.Errorf("%s: no answer within %v (a hang)", c.Name, Timeout)
			continue
		}
		var msg string
		switch {
		case c.Quiet && r.panicked == nil && r.err == nil:
			n.Quiet++
			continue
		case c.Quiet:
			t.Errorf("%s: want the documented answer, got error %v, panic %v", c.Name, r.err, r.panicked)
			continue
		case c.Panics && r.panicked == nil:
			t.Errorf("%s: want a documented panic, got error %v", c.Name, r.err)
			continue
		case !c.Panics && r.panicked != nil:
			t.Errorf("%s: panicked: %v", c.Name, r.panicked)
			continue
		case c.Panics:
			msg = fmt.Sprint(r.panicked)
			n.Panics++
		case r.err == nil:
			t.Errorf("%s: no error", c.Name)
			continue
		default:
			msg = r.err.Error()
			n.Errors++
		}
		for _, w := range c.Want {
			if !strings.Contains(msg, w) {
				t.Errorf("%s: message %q does not name %q", c.Name, msg, w)
			}
		}
	}
	return n
}
