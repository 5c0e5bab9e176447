package gdlib

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// TestExperimentsDeterministic: the same inputs give the same outputs, bit
// for bit and in input order, whatever the number of workers and
// GOMAXPROCS.
func TestExperimentsDeterministic(t *testing.T) {
	f := Peaks()
	starts, err := RandomStarts(f.Domain, 500, 7)
	if err != nil {
		t.Fatal(err)
	}
	box := Box{{-2.5, 2.5}, {-2.5, 2.5}}
	type result struct {
		ends  []End
		basin *BasinMap
		grid  *Grid
	}
	compute := func(workers int) result {
		par := &Settings{Workers: workers}
		ends, err := Finals(f, starts, Momentum(0.01, 0.9), &Settings{Steps: 150, Workers: workers})
		if err != nil {
			t.Fatal(err)
		}
		m, err := Basins(f, box, 30, 20, Adam(0.05), &Settings{Steps: 120, Workers: workers}, nil)
		if err != nil {
			t.Fatal(err)
		}
		g, err := Sweep2(Linspace(0.001, 0.05, 9), Linspace(-1, 1, 7), func(lr, y float64) (float64, error) {
			tr, err := Run(f, Pt(0.5, y), GD(lr), &Settings{Steps: 200})
			if err != nil {
				return 0, err
			}
			return tr.FinalF(), nil
		}, par)
		if err != nil {
			t.Fatal(err)
		}
		return result{ends, m, g}
	}
	ref := compute(1)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, procs := range []int{1, 2, 3} {
		runtime.GOMAXPROCS(procs)
		for _, workers := range []int{0, 2, 5} {
			got := compute(workers)
			for i := range ref.ends {
				a, b := ref.ends[i], got.ends[i]
				if !samePoint(a.X, b.X) || !sameFloat(a.F, b.F) || a.Status != b.Status || a.Steps != b.Steps {
					t.Fatalf("GOMAXPROCS %d, %d workers: Finals end %d differs: %+v vs %+v", procs, workers, i, b, a)
				}
			}
			if !sameFloats(ref.basin.Ends, got.basin.Ends) || fmt.Sprint(ref.basin.Basin, ref.basin.Iters) != fmt.Sprint(got.basin.Basin, got.basin.Iters) {
				t.Fatalf("GOMAXPROCS %d, %d workers: basin maps differ", procs, workers)
			}
			if !sameFloats(ref.grid.Values, got.grid.Values) {
				t.Fatalf("GOMAXPROCS %d, %d workers: Sweep2 grids differ", procs, workers)
			}
		}
	}
}

func sameFloats(a, b []float64) bool { return samePoint(a, b) }

// TestProgress: Progress is called from the calling goroutine only (never
// concurrently), first with (0, total), with counts that never decrease,
// and last with (total, total).
func TestProgress(t *testing.T) {
	var calls []int
	var inside atomic.Int32
	par := &Settings{Progress: func(done, total int) {
		if inside.Add(1) != 1 {
			t.Error("Progress called concurrently")
		}
		defer inside.Add(-1)
		if total != 200 {
			t.Errorf("total = %d, want 200", total)
		}
		calls = append(calls, done)
	}}
	// Each run sleeps 2 ms so that the sweep lasts longer than
	// ProgressInterval and intermediate reports happen.
	_, err := Sweep(Linspace(0, 1, 200), func(v float64) (*Trace, error) {
		time.Sleep(2 * time.Millisecond)
		return Run(quadratic, Pt(v), GD(0.01), &Settings{Steps: 10})
	}, par)
	if err != nil {
		t.Fatal(err)
	}
	if len(calls) < 3 || calls[0] != 0 || calls[len(calls)-1] != 200 {
		t.Fatalf("progress reports %v: want 0 first, 200 last, some between", calls)
	}
	for i := 1; i < len(calls); i++ {
		if calls[i] < calls[i-1] {
			t.Fatalf("progress went back: %v", calls)
		}
	}
}

// TestCancelMidway: cancelling while a basin map runs returns
// context.Canceled with the starts done so far and BasinNotRun for the
// rest. It must stop promptly: after the cancel, each worker finishes at
// most the chunk it is on (maxChunk starts, whose runs themselves stop
// within 256 steps), so at most workers × maxChunk starts more than the
// count reported at the cancel have a result.
func TestCancelMidway(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var atCancel int
	var cancelled time.Time
	set := &Settings{Steps: 1000, Context: ctx, Progress: func(done, total int) {
		if done > 0 && atCancel == 0 {
			atCancel, cancelled = done, time.Now()
			cancel()
		}
	}}
	// 1000 × 1000 starts × 1000 steps would take minutes.
	m, err := Basins(Peaks(), Box{{-2.5, 2.5}, {-2.5, 2.5}}, 1000, 1000, GD(0.01), set, nil)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled", err)
	}
	ran := len(m.Basin) - m.Count(BasinNotRun)
	if limit := atCancel + runtime.GOMAXPROCS(0)*maxChunk; ran == 0 || ran > limit {
		t.Errorf("%d starts have a result; %d were done at the cancel, so want at most %d", ran, atCancel, limit)
	}
	t.Logf("returned %v after the cancel, %d starts done: %v", time.Since(cancelled), ran, m)
}

// TestSweepErrorIsFirstInOrder: when several values fail, the error is the
// first failing value's, whatever the number of workers; a panic becomes
// an error naming its value.
func TestSweepErrorIsFirstInOrder(t *testing.T) {
	values := Linspace(0, 99, 100)
	for _, w := range []int{1, 2, 4} {
		_, err := Sweep(values, func(v float64) (*Trace, error) {
			if v == 37 || v == 80 {
				return nil, fmt.Errorf("bad value %g", v)
			}
			return Run(quadratic, Pt(1), GD(0.01), nil)
		}, &Settings{Workers: w})
		if err == nil || !strings.Contains(err.Error(), "values[37] = 37: bad value 37") {
			t.Errorf("%d workers: error %v, want the one of values[37]", w, err)
		}
	}
	_, err := Sweep(values, func(v float64) (*Trace, error) {
		if v == 5 {
			var p []int
			_ = p[3]
		}
		return Run(quadratic, Pt(1), GD(0.01), nil)
	}, nil)
	if err == nil || !strings.Contains(err.Error(), "values[5] = 5: panic") {
		t.Errorf("error %v, want a panic of values[5]", err)
	}
}

func TestParallelRejectsNegativeWorkers(t *testing.T) {
	_, err := Sweep([]float64{1}, func(float64) (*Trace, error) { return nil, nil }, &Settings{Workers: -2})
	if err == nil || !strings.Contains(err.Error(), "Workers = -2") {
		t.Errorf("error %v, want one naming Workers = -2", err)
	}
}
