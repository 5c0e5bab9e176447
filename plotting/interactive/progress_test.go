package interactive_test

import (
	"context"
	"errors"
	"math"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gdlessons/lessons/gdlib"
	"github.com/gdlessons/lessons/plotting/interactive"
)

// An interrupt (SIGINT, what the kernel sends the cell's program) cancels
// the bar's context and leaves the process running; the sweep that was
// given the context returns what it finished, the rest NaN.
func TestProgressInterruptKeepsWhatFinished(t *testing.T) {
	bar := interactive.NewProgress("sweep")
	f := gdlib.Rosenbrock()
	sent := false
	xs, ys := gdlib.Linspace(-1.5, 1.5, 40), gdlib.Linspace(-0.5, 2, 40)
	g, err := gdlib.Sweep2(xs, ys, func(x, y float64) (float64, error) {
		run, err := gdlib.Run(f, gdlib.Pt(x, y), gdlib.GD(1e-4), &gdlib.Settings{Steps: 20000, Context: bar.Context()})
		if err != nil {
			return 0, err
		}
		return run.FinalF(), nil
	}, &gdlib.Settings{Context: bar.Context(), Workers: 1, Progress: func(done, total int) {
		bar.Report(done, total)
		if done > 0 && !sent {
			sent = true
			if err := syscall.Kill(syscall.Getpid(), syscall.SIGINT); err != nil {
				t.Error(err)
			}
		}
	}})
	line := bar.Close()
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Sweep2 returned %v, want the context's cancellation", err)
	}
	done := 0
	for _, v := range g.Values {
		if !math.IsNaN(v) {
			done++
		}
	}
	if done == 0 || done == len(g.Values) {
		t.Errorf("%d of %d cells done, want some but not all", done, len(g.Values))
	}
	if !strings.Contains(line, "sweep: interrupted, kept the ") {
		t.Errorf("Close() = %q, want it to say the sweep was interrupted", line)
	}
}

func TestProgressReportsDone(t *testing.T) {
	bar := interactive.NewProgress("runs")
	bar.Report(0, 3)
	time.Sleep(time.Millisecond)
	bar.Report(3, 3)
	if line := bar.Close(); !strings.HasPrefix(line, "runs: 3 of 3 done in ") {
		t.Errorf("Close() = %q", line)
	}
	bar.Report(1, 3) // after Close: ignored
	if err := bar.Context().Err(); err == nil {
		t.Error("the context is still live after Close")
	}
}
