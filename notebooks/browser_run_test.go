package notebooks_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/gdlessons/lessons/internal/browser"
	"github.com/gdlessons/lessons/internal/ipynb"
)

// One notebook in JupyterLab: opened, run, checked as shown, saved, closed.

type cellStatus struct {
	Index   int    `json:"index"`
	Type    string `json:"type"`
	Source  string `json:"source"`
	Count   string `json:"count"`
	Running bool   `json:"running"`
}

type liveFigure struct {
	UID     string `json:"uid"`
	Cell    int    `json:"cell"`
	Enabled bool   `json:"enabled"`
}

// status is browser.LabStatus's answer.
type status struct {
	Busy  bool         `json:"busy"`
	Cells []cellStatus `json:"cells"`
	Live  []liveFigure `json:"live"`
}

// cellOutput is one cell of browser.LabOutputs's answer.
type cellOutput struct {
	Index   int      `json:"index"`
	Errors  []string `json:"errors"`
	Figures int      `json:"figures"`
	SVGs    int      `json:"svgs"`
	Imgs    int      `json:"imgs"`
	Text    string   `json:"text"`
	Trusted bool     `json:"trusted"`
	Figure  string   `json:"figure"` // the last figure's markup
}

// labRun is a notebook open in a tab, and what its run measured.
type labRun struct {
	name    string
	ctx     context.Context // the tab's, bounded by perNotebook
	seconds float64         // from opening to the end of the last cell
}

// openNotebook opens the notebook name of the served folder in the tab
// and waits for its kernel, or with kernel false only for its cells, as
// long as ctx allows (a kernel took more than 90 s to start on a 2-core
// machine under a load of 39). The first notebook of a tab
// loads JupyterLab with it, alone in the tab's workspace; the next ones
// are opened in the loaded application, as from its file browser (loading
// JupyterLab's page takes seconds of CPU).
func openNotebook(t *testing.T, s *session, tb *tab, ctx context.Context, name string, kernel bool) *labRun {
	ready := browser.LabReady
	if !kernel {
		ready = browser.LabOpened
	}
	open := chromedp.Navigate(s.srv.NotebookURL(tb.workspace, name))
	if loaded, err := chromedp.Run(ctx, chromedp.Evaluate[bool](browser.LabLoaded)); err == nil && loaded {
		open = chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := chromedp.Evaluate[bool](fmt.Sprintf("(%s)(%q)", browser.LabOpen, name), chromedp.EvalAwaitPromise)(ctx, tg)
			return err
		})
	}
	if err := chromedp.Do(ctx,
		open,
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := chromedp.Poll[bool](ready, chromedp.WithPollingTimeout(0))(ctx, tg)
			return err
		}),
	); err != nil {
		screenshot(t, ctx, s.arts, strings.TrimSuffix(name, ".ipynb")+"-open-failed")
		// Close what opened, so that the tab's next notebook is alone.
		cctx, cancel := context.WithTimeout(tb.ctx, 30*time.Second)
		_ = eval(cctx, browser.LabCloseAndShutdown)
		cancel()
		t.Fatalf("opening %s in JupyterLab: %v", name, err)
	}
	return &labRun{name: name, ctx: ctx}
}

// closeNotebook shuts the notebook's kernel down and closes it, as File ▸
// Close and Shut Down Notebook does, then ends what the kernel left
// (Server.ShutdownKernel).
func closeNotebook(t *testing.T, s *session, tb *tab, run *labRun) {
	id, err := chromedp.Run(run.ctx, chromedp.Evaluate[string](browser.LabKernelID))
	if err != nil {
		t.Errorf("reading %s's kernel: %v", run.name, err)
	}
	if err := eval(run.ctx, browser.LabCloseAndShutdown); err != nil {
		t.Errorf("closing %s: %v", run.name, err)
	}
	if err := s.srv.ShutdownKernel(id); err != nil {
		t.Errorf("shutting down the kernel of %s: %v", run.name, err)
	}
}

// runNotebook opens one notebook, runs all its cells (Run ▸ Run All
// Cells), exercises its live figures as they appear, checks its outputs as
// the page shows them (errors, figures, the line a live figure leaves),
// reporting problems through report, and saves it (checkSaved). The
// notebook stays open, its kernel running: the caller closes it
// (closeNotebook).
func runNotebook(t *testing.T, s *session, tb *tab, name string, report func(format string, args ...any)) *labRun {
	ctx, cancel := context.WithTimeout(tb.ctx, perNotebook)
	t.Cleanup(cancel)
	arts := s.arts
	base := strings.TrimSuffix(name, ".ipynb")
	t0 := time.Now()
	run := openNotebook(t, s, tb, ctx, name, true)
	if err := eval(ctx, browser.LabRunAll); err != nil {
		t.Fatalf("running %s: %v", name, err)
	}
	handled := map[string]bool{}
	var st status
	lastCells := map[int]string{}
	for {
		if err := browser.EvalJSON(ctx, browser.LabStatus, &st); err != nil {
			screenshot(t, ctx, arts, base+"-timeout")
			t.Fatalf("%s did not finish within %v (cells %v): %v", name, perNotebook, lastCells, err)
		}
		for _, lf := range st.Live {
			if handled[lf.UID] || !lf.Enabled {
				continue
			}
			handled[lf.UID] = true
			exerciseLive(t, ctx, lf, st.Cells[lf.Cell].Source, arts, fmt.Sprintf("%s-cell%02d", base, lf.Cell), browser.LabInterrupt,
				func(name string) { cellShot(t, ctx, arts, name, lf.Cell) })
		}
		done := true
		for _, c := range st.Cells {
			if c.Type == "code" && (c.Count == "null" || c.Running) {
				done = false
			}
			lastCells[c.Index] = c.Count
		}
		if done && !st.Busy {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	run.seconds = time.Since(t0).Seconds()

	// A figure sent as an <img> counts once the browser has decoded it,
	// which it does asynchronously: the last cell's may not be yet.
	var outs []cellOutput
	for deadline := time.Now().Add(figureWait); ; time.Sleep(200 * time.Millisecond) {
		if err := browser.EvalJSON(ctx, browser.LabOutputs, &outs); err != nil {
			t.Fatal(err)
		}
		all := true
		for _, c := range st.Cells {
			all = all && (c.Type != "code" || outs[c.Index].Figures >= ipynb.ExpectedFigures(c.Source))
		}
		if all || time.Now().After(deadline) {
			break
		}
	}
	for _, c := range st.Cells {
		if c.Type != "code" {
			continue
		}
		o := outs[c.Index]
		for _, e := range o.Errors {
			report("cell %d wrote an error:\n%s", c.Index, e)
		}
		if want := ipynb.ExpectedFigures(c.Source); o.Figures < want {
			report("cell %d shows %d figures (%d svg, %d img), want %d; its output reads:\n%s", c.Index, o.Figures, o.SVGs, o.Imgs, want, o.Text)
		}
		checkEnding(t, c, o)
	}
	screenshot(t, ctx, arts, base)
	checkSaved(t, ctx, filepath.Join(s.work, name))
	return run
}

// cellShot takes a screenshot of cell i alone.
func cellShot(t *testing.T, ctx context.Context, arts, name string, i int) {
	_ = eval(ctx, fmt.Sprintf("(%s)(%d)", browser.LabMarkCell, i))
	elementShot(t, ctx, arts, name, fmt.Sprintf("#gdt-cell-%d", i))
}
