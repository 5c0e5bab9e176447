package interactive

import (
	"context"
	"fmt"
	"html"
	"os"
	"os/signal"
	"sync"
	"time"

	"github.com/janpfeifer/gonb/gonbui"
)

// Progress is a progress bar in the notebook cell while a long experiment
// runs, and the way to stop it: its Context is cancelled when the kernel
// is interrupted (■ in the toolbar, or "i i"), so an experiment given
// that context returns what it finished instead of the whole cell being
// killed. Report has the signature of gdlib's progress callbacks:
//
//	bar := interactive.NewProgress("batch sizes × learning rates")
//	g, err := gdlib.Sweep2(xs, ys, measure, &gdlib.Settings{Context: bar.Context(), Progress: bar.Report})
//	fmt.Println(bar.Close()) // "… 600 of 600 runs in 3.1 s", or "interrupted: …"
//
// The bar is an HTML <progress> element with a line of text, updated in
// place (gonbui.UpdateHTML): it stays in the saved notebook at its last
// state. Outside a notebook nothing is drawn, and the Context still ends
// on an interrupt (SIGINT). Report may be called from any goroutine.
type Progress struct {
	label string
	id    string
	start time.Time
	ctx   context.Context
	stop  context.CancelFunc

	mu          sync.Mutex
	done, total int
	closed      bool
}

// NewProgress shows an empty bar named label and starts listening for an
// interrupt. Call Close when the experiment returns.
func NewProgress(label string) *Progress {
	p := &Progress{label: label, id: "gdi_progress_" + gonbui.UniqueId(), start: time.Now()}
	p.ctx, p.stop = signal.NotifyContext(context.Background(), os.Interrupt)
	p.draw()
	return p
}

// Context returns the context that an interrupt of the kernel cancels.
func (p *Progress) Context() context.Context { return p.ctx }

// Report sets the bar to done of total and redraws it. Calls after Close
// are ignored.
func (p *Progress) Report(done, total int) {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return
	}
	p.done, p.total = done, total
	p.mu.Unlock()
	p.draw()
}

// Close stops listening for interrupts, draws the bar's final state and
// returns it as a line: "label: 600 of 600 done in 3.1 s", or, if the
// kernel was interrupted, "label: interrupted, kept the 212 of 600 done
// in 1.2 s".
func (p *Progress) Close() string {
	p.mu.Lock()
	p.closed = true
	p.mu.Unlock()
	interrupted := p.ctx.Err() != nil
	p.stop()
	s := p.text(interrupted)
	if gonbui.IsNotebook {
		gonbui.UpdateHTML(p.id, p.html(s))
		gonbui.Sync()
	}
	return s
}

// text describes the bar's state in a line.
func (p *Progress) text(interrupted bool) string {
	p.mu.Lock()
	done, total := p.done, p.total
	p.mu.Unlock()
	took := time.Since(p.start).Seconds()
	if interrupted {
		return fmt.Sprintf("%s: interrupted, kept the %d of %d done in %.1f s", p.label, done, total, took)
	}
	return fmt.Sprintf("%s: %d of %d done in %.1f s", p.label, done, total, took)
}

// html is the bar with the line s beside it.
func (p *Progress) html(s string) string {
	p.mu.Lock()
	done, total := p.done, max(p.total, 1)
	p.mu.Unlock()
	return fmt.Sprintf(`<div style="font-family:sans-serif;font-size:13px"><progress value="%d" max="%d" style="width:320px;vertical-align:middle"></progress> %s</div>`,
		done, total, html.EscapeString(s))
}

// draw sends the bar's current state to the notebook.
func (p *Progress) draw() {
	if !gonbui.IsNotebook {
		return
	}
	gonbui.UpdateHTML(p.id, p.html(p.text(false)))
}
