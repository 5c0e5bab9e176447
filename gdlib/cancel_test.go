package gdlib

import (
	"context"
	"strings"
	"testing"
)

// A run whose context is cancelled before it starts, or while it runs,
// returns a Trace with its start (and the steps taken) and Status
// Cancelled, never an empty one.
func TestRunCancelled(t *testing.T) {
	before, cancel := context.WithCancel(context.Background())
	cancel()
	run, err := Run(Rosenbrock(), Pt(0.5, 0.5), GD(1e-4), &Settings{Steps: 2000, Context: before})
	if err != nil || run.Status != Cancelled || run.Len() != 1 || !strings.Contains(run.String(), "cancelled") {
		t.Errorf("cancelled before: %v, %v (%d iterates)", run, err, run.Len())
	}

	// The objective cancels the context itself at its 100th gradient, so
	// the test does not depend on how fast the machine is.
	during, cancel := context.WithCancel(context.Background())
	defer cancel()
	rosen, calls := Rosenbrock(), 0
	cancelling := NewFunction("Rosenbrock", 2, rosen.Func, func(g, x []float64) {
		if calls++; calls == 100 {
			cancel()
		}
		rosen.Grad(g, x)
	}, nil)
	run, err = Run(cancelling, Pt(0.5, 0.5), GD(1e-4), &Settings{Steps: MaxSteps, Context: during})
	if err != nil || run.Status != Cancelled || run.Len() < 2 || run.Len() > MaxSteps {
		t.Errorf("cancelled during: %v, %v (%d iterates)", run, err, run.Len())
	}
}
