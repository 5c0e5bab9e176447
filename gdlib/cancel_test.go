package gdlib

import (
	"context"
	"strings"
	"testing"
	"time"
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

	during, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	run, err = Run(Rosenbrock(), Pt(0.5, 0.5), GD(1e-4), &Settings{Steps: MaxSteps, Context: during})
	if err != nil || run.Status != Cancelled || run.Len() < 2 || run.Len() > MaxSteps {
		t.Errorf("cancelled during: %v, %v (%d iterates)", run, err, run.Len())
	}
}
