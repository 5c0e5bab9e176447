package gdlib

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// ProgressInterval is the shortest time between two calls of
// Settings.Progress: 100 ms, ten updates a second, smooth for a progress bar
// and negligible work.
const ProgressInterval = 100 * time.Millisecond

// maxChunk is the most items a worker takes at once: with runs of about
// 4 µs (100 steps on peaks), 256 of them are 1 ms of work, so cancellation
// and progress react within a millisecond or two, while the cost of taking
// a chunk (one atomic add) stays invisible.
const maxChunk = 256

// workerFunc processes item i and returns its error, if any.
type workerFunc func(i int) error

// chunkFunc processes the items lo ≤ i < hi, unless the context is
// cancelled, and returns how many it finished and, if one failed, its
// index and error (else -1 and nil).
type chunkFunc func(lo, hi int) (done, failed int, err error)

// jobs is one experiment's share-out of n items.
type jobs struct {
	what  string // the experiment's name, for error messages
	n     int
	ctx   context.Context
	chunk int

	next   atomic.Int64 // first item not yet claimed
	done   atomic.Int64 // items finished
	failed atomic.Bool  // an item failed: claim nothing more

	mu    sync.Mutex
	errAt int // lowest index of a failed item, or -1
	err   error
}

// checkWorkers reports a negative Settings.Workers.
func (s Settings) checkWorkers() error {
	if s.Workers < 0 {
		return fmt.Errorf("gdlib: Settings.Workers = %d: want ≥ 0 (0 means every core, %d here)", s.Workers, runtime.GOMAXPROCS(0))
	}
	return nil
}

// forEach runs n items on set.Workers goroutines, in chunks of
// consecutive items, reporting to set.Progress. newWorker is called once
// per goroutine (in that goroutine) and returns the function that
// processes that goroutine's items, with buffers of its own.
// set.Context is checked before every item; an item in progress stops
// early if it watches it (every run does). A panic in an item becomes its
// error.
func forEach(what string, n int, set Settings, newWorker func() workerFunc) error {
	ctx := set.Context
	return forChunks(what, n, set, func() chunkFunc {
		body := newWorker()
		return func(lo, hi int) (int, int, error) {
			for i := lo; i < hi; i++ {
				if ctx != nil && ctx.Err() != nil {
					return i - lo, -1, nil
				}
				if err := callItem(what, body, i); err != nil {
					return i - lo, i, err
				}
			}
			return hi - lo, -1, nil
		}
	})
}

// callItem calls body(i), turning a panic into an error.
func callItem(what string, body workerFunc, i int) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("gdlib: %s: item %d panicked: %v", what, i, v)
		}
	}()
	return body(i)
}

// callProgress calls progress(done, total), turning a panic into an error
// naming Settings.Progress.
func callProgress(what string, progress func(done, total int), done, total int) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("gdlib: %s: Settings.Progress(%d, %d) panicked: %v", what, done, total, v)
		}
	}()
	progress(done, total)
	return nil
}

// forChunks runs n items on set.Workers goroutines, a chunk of
// consecutive items at a time; newWorker makes each goroutine's chunkFunc.
// If set.Progress panics, no new chunk starts, and once the workers have
// stopped the panic is returned as the error.
//
// Chunks are claimed in increasing order and a claimed chunk is finished
// unless set.Context is cancelled, so when items fail the error returned,
// that of the lowest failing index, is the same whatever the number of
// workers. If the context is cancelled, forChunks returns its Err() once
// the workers have stopped.
func forChunks(what string, n int, set Settings, newWorker func() chunkFunc) error {
	if err := set.checkWorkers(); err != nil {
		return in(what, err)
	}
	ctx, progress := set.Context, set.Progress
	if n == 0 {
		if progress != nil {
			if err := callProgress(what, progress, 0, 0); err != nil {
				return err
			}
			return callProgress(what, progress, 0, 0)
		}
		return nil
	}
	workers := set.Workers
	if workers == 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	chunk := min(max(n/(16*workers), 1), maxChunk)
	workers = min(workers, (n+chunk-1)/chunk)
	j := &jobs{what: what, n: n, ctx: ctx, chunk: chunk, errAt: -1}

	finished := make(chan struct{})
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			j.work(newWorker)
		}()
	}
	go func() { wg.Wait(); close(finished) }()

	var progressErr error
	report := func(done int) {
		if progressErr == nil {
			if progressErr = callProgress(what, progress, done, n); progressErr != nil {
				j.failed.Store(true) // stop the workers: the error is returned
			}
		}
	}
	if progress != nil {
		report(0)
		tick := time.NewTicker(ProgressInterval)
	wait:
		for {
			select {
			case <-finished:
				break wait
			case <-tick.C:
				report(int(j.done.Load()))
			}
		}
		tick.Stop()
		report(int(j.done.Load()))
	} else {
		<-finished
	}

	switch {
	case progressErr != nil:
		return progressErr
	case j.err != nil:
		return j.err
	case ctx != nil && ctx.Err() != nil:
		return ctx.Err()
	}
	return nil
}

// work claims and processes chunks until none is left, an item failed, or
// the context is cancelled.
func (j *jobs) work(newWorker func() chunkFunc) {
	lo := 0 // the chunk in progress, named if it panics
	defer func() {
		if v := recover(); v != nil {
			j.fail(lo, fmt.Errorf("gdlib: %s: an item from %d on panicked: %v", j.what, lo, v))
		}
	}()
	body := newWorker()
	for !j.failed.Load() && (j.ctx == nil || j.ctx.Err() == nil) {
		lo = int(j.next.Add(int64(j.chunk))) - j.chunk
		if lo >= j.n {
			return
		}
		done, at, err := body(lo, min(lo+j.chunk, j.n))
		j.done.Add(int64(done))
		if err != nil {
			j.fail(at, err)
			return
		}
	}
}

// fail records that item i failed with err.
func (j *jobs) fail(i int, err error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.failed.Store(true)
	if j.errAt < 0 || i < j.errAt {
		j.errAt, j.err = i, err
	}
}

// in puts the name of the experiment what into a message of Run or of a
// validation: "gdlib: Basins: start = NaN …".
func in(what string, err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("gdlib: %s: %s", what, trimPrefix(err))
}

// trimPrefix returns err's message without its leading "gdlib: ".
func trimPrefix(err error) string { return strings.TrimPrefix(err.Error(), "gdlib: ") }
