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

// Parallel says how an experiment (MultiStart, Finals, Sweep, Sweep2,
// Basins, Compare) spreads its runs over the cores. The zero value, and a
// nil *Parallel, mean: every core, no progress report, and no cancellation
// other than the runs' own Settings.Context.
//
// Results never depend on Workers or GOMAXPROCS: every run writes only its
// own slot of the result, which is in the order of the inputs.
type Parallel struct {
	// Context, if not nil, cancels the experiment: it then returns promptly
	// with the runs done so far and Context.Err(). The experiments that
	// take Settings pass it to every run, so a long run stops too (its
	// status is Cancelled). If nil, Settings.Context is used.
	Context context.Context

	// Progress, if not nil, is called with the number of runs done and
	// their total: first with (0, total), then at most once every
	// ProgressInterval while the experiment runs, and last with the final
	// count (total, unless cancelled). It is always called from the
	// goroutine that called the experiment, never concurrently, so it can
	// draw a progress bar in a notebook.
	Progress func(done, total int)

	// Workers is the number of goroutines. Zero means
	// runtime.GOMAXPROCS(0), every core; negative is an error.
	Workers int
}

// ProgressInterval is the shortest time between two calls of
// Parallel.Progress: 100 ms, ten updates a second, smooth for a progress bar
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
	par   Parallel
	chunk int

	next   atomic.Int64 // first item not yet claimed
	done   atomic.Int64 // items finished
	failed atomic.Bool  // an item failed: claim nothing more

	mu    sync.Mutex
	errAt int // lowest index of a failed item, or -1
	err   error
}

// context returns the experiment's context: p.Context, else fallback (the
// runs' Settings.Context), else nil.
func (p *Parallel) context(fallback context.Context) context.Context {
	if p != nil && p.Context != nil {
		return p.Context
	}
	return fallback
}

// check validates p.
func (p *Parallel) check(what string) error {
	if p != nil && p.Workers < 0 {
		return fmt.Errorf("gdlib: %s: Parallel.Workers = %d: want ≥ 0 (0 means every core, %d here)", what, p.Workers, runtime.GOMAXPROCS(0))
	}
	return nil
}

// forEach runs n items on p's workers, in chunks of consecutive items.
// newWorker is called once per goroutine (in that goroutine) and returns
// the function that processes that goroutine's items, with buffers of its
// own. ctx is checked before every item; an item in progress stops early
// if it watches ctx (every run does). A panic in an item becomes its error.
func (p *Parallel) forEach(what string, n int, ctx context.Context, newWorker func() workerFunc) error {
	return p.forChunks(what, n, ctx, func() chunkFunc {
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

// forChunks runs n items on p's workers, a chunk of consecutive items at a
// time; newWorker makes each goroutine's chunkFunc.
//
// Chunks are claimed in increasing order and a claimed chunk is finished
// unless ctx is cancelled, so when items fail the error returned, that of
// the lowest failing index, is the same whatever the number of workers. If
// ctx is cancelled, forChunks returns ctx.Err() once the workers have
// stopped.
func (p *Parallel) forChunks(what string, n int, ctx context.Context, newWorker func() chunkFunc) error {
	if err := p.check(what); err != nil {
		return err
	}
	var par Parallel
	if p != nil {
		par = *p
	}
	if n == 0 {
		if par.Progress != nil {
			par.Progress(0, 0)
			par.Progress(0, 0)
		}
		return nil
	}
	workers := par.Workers
	if workers == 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	chunk := min(max(n/(16*workers), 1), maxChunk)
	workers = min(workers, (n+chunk-1)/chunk)
	j := &jobs{what: what, n: n, ctx: ctx, par: par, chunk: chunk, errAt: -1}

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

	if par.Progress != nil {
		par.Progress(0, n)
		tick := time.NewTicker(ProgressInterval)
	wait:
		for {
			select {
			case <-finished:
				break wait
			case <-tick.C:
				par.Progress(int(j.done.Load()), n)
			}
		}
		tick.Stop()
		par.Progress(int(j.done.Load()), n)
	} else {
		<-finished
	}

	switch {
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
