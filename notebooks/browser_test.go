package notebooks_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/gdlessons/lessons/internal/browser"
	"github.com/gdlessons/lessons/internal/ipynb"
)

// The browser suite: every lesson (notebooks/*.ipynb) and every fixture of
// notebooks/testdata/browser runs in JupyterLab with the project's kernel,
// in headless Chromium, as a learner would run it (browser_run_test.go):
// open it, Run All, play with the live figures as they come
// (browser_live_test.go), check what the page shows, save. The notebook
// JupyterLab saved is then checked as an executed notebook
// (ipynb.CheckExecuted: no error, nothing on stderr, the tagged figures,
// the expected numbers), so each lesson goes through the kernel once for
// both kinds of checks. In three lessons a cell is then edited and run
// again as a learner does it, by keyboard (browser_edit_test.go). Last,
// the notebook is closed and reopened from disk untrusted, and its saved
// outputs must still show (browser_saved_test.go).

// perNotebook bounds one notebook's run. A lesson cell compiles a Go program
// (a few seconds each on a 2-core machine, more with a cold build cache);
// the live figures wait for the test's clicks.
const perNotebook = 6 * time.Minute

// figureWait bounds the wait for figures the browser is still decoding (an
// <img> counts once loaded): a bound, not a measurement (decoding takes
// milliseconds on a quiet machine).
const figureWait = 10 * time.Second

// sliderMoves is how many slider events the latency is measured over.
const sliderMoves = 15

// tabs is how many notebooks run side by side, each in a Chromium of its
// own. Most of a notebook's time is gonb building each cell (go build, of
// which the link runs on one core: 81% of the lessons' cell time, measured
// with gonb's -v=2 log), so on a 2-core machine two notebooks at once take
// about half the time of one after the other (the nbconvert suite, run two
// at a time, took 156 s of wall clock for 307 s of notebook time).
const tabs = 2

func TestBrowserNotebooks(t *testing.T) {
	s := browserSession(t)
	start := time.Now()
	names := copyNotebooks(t, s.work, lessonsAndFixtures(t))
	edits := chooseEdits(t, s.work, names, learnerEdits)
	out, summary := outDir(t)

	var (
		mu      sync.Mutex
		results []ipynb.Result
	)
	t.Run("jupyterlab", func(t *testing.T) {
		for _, name := range names {
			t.Run(strings.TrimSuffix(name, ".ipynb"), func(t *testing.T) {
				t.Parallel()
				tb := s.take()
				defer s.give(tb)
				path := filepath.Join(s.work, name)
				run := runNotebook(t, s, tb, name, t.Errorf)
				r := ipynb.CheckExecuted(path, savedSeconds(t, path))
				r.Seconds = run.seconds
				for _, p := range r.Problems {
					t.Error(p)
				}
				mu.Lock()
				results = append(results, r)
				mu.Unlock()
				keepExecuted(t, path, out)
				if e, ok := edits[name]; ok {
					learnerEdit(t, s, tb, run, e)
				}
				closeNotebook(t, s, tb, run)
				t0 := time.Now()
				reopenUntrusted(t, s, tb, name)
				t.Logf("%s in JupyterLab: %.1fs (%d cells, %d figures, %d expected strings; slowest %s); reopened in %.1fs",
					name, run.seconds, r.Cells, r.Figures, r.Expect, r.Slowest, time.Since(t0).Seconds())
			})
		}
	})
	writeSummary(t, summary, results, time.Since(start))
	t.Logf("browser suite: %d notebooks, %d at a time, in JupyterLab in %.1fs", len(results), tabs, time.Since(start).Seconds())
}

// session is what the browser tests share: the kernel installed by
// kernelEnv, one JupyterLab server serving a work folder, and tabs
// Chromiums, each with one tab logged in to it.
type session struct {
	srv  *browser.Server
	tabs chan *tab
	all  []*tab
	work string // the folder the server serves, where notebooks are copied
	arts string // screenshots and measurements (artifactsDir)
}

// tab is one Chromium's only tab, with a JupyterLab workspace of its own.
type tab struct {
	ctx       context.Context
	cancel    context.CancelFunc
	workspace string
}

// take waits for a free tab; give returns it.
func (s *session) take() *tab   { return <-s.tabs }
func (s *session) give(tb *tab) { s.tabs <- tb }

var (
	sessionOnce sync.Once
	shared      *session
	sessionErr  error
)

// browserSession starts the session on first use; TestMain stops it.
func browserSession(t *testing.T) *session {
	t.Helper()
	t0 := time.Now()
	kernelEnv(t) // installs the kernel and makes installDir
	jup := jupyter(t)
	chromium, err := browser.FindChromium()
	if err != nil {
		t.Fatal(err)
	}
	sessionOnce.Do(func() {
		t.Logf("kernel ready (go run ./kernel, once per test binary) in %.1fs", time.Since(t0).Seconds())
		start := time.Now()
		s := &session{arts: artifactsDir(t), tabs: make(chan *tab, tabs)}
		s.work = filepath.Join(installDir, "work")
		if err := os.MkdirAll(s.work, 0o755); err != nil {
			sessionErr = err
			return
		}
		// kernelEnv's folder holds data/, config/ and runtime/, the layout
		// StartLab wants.
		if s.srv, err = browser.StartLab(jup, s.work, installDir); err != nil {
			sessionErr = err
			return
		}
		for i := 0; i < tabs; i++ {
			tb := &tab{workspace: fmt.Sprintf("gdt%d", i)}
			tb.ctx, tb.cancel = browser.NewChrome(context.Background(), chromium, filepath.Join(installDir, fmt.Sprintf("chromium%d", i)))
			s.all = append(s.all, tb)
			if err := chromedp.Do(tb.ctx, browser.Focused, chromedp.Navigate(s.srv.LoginURL("/api/status"))); err != nil {
				sessionErr = fmt.Errorf("logging chromium in to JupyterLab: %v", err)
				s.stop()
				return
			}
			s.tabs <- tb
		}
		t.Logf("JupyterLab (%s) and %d Chromiums (%s) started in %.1fs", jup, tabs, chromium, time.Since(start).Seconds())
		shared = s
	})
	if sessionErr != nil {
		t.Fatalf("starting the browser session: %v", sessionErr)
	}
	return shared
}

// stop closes Chromium and the server, and keeps the server's log in the
// artifacts.
func (s *session) stop() {
	for _, tb := range s.all {
		tb.cancel()
	}
	if s.srv != nil {
		s.srv.Stop()
		_ = os.WriteFile(filepath.Join(s.arts, "jupyter.log"), []byte(s.srv.Log()), 0o644)
	}
}

// savedSeconds returns each cell's time, by index, from the notebook saved
// at path: JupyterLab records them (its recordTiming setting, see
// browser.LabSettings) as nbclient does.
func savedSeconds(t *testing.T, path string) func(i int) float64 {
	nb, err := readNotebook(path)
	if err != nil {
		t.Errorf("reading the saved notebook: %v", err)
		return func(int) float64 { return 0 }
	}
	return func(i int) float64 { return ipynb.CellSeconds(nb.Cells[i]) }
}

// lessonsAndFixtures returns the lessons and the browser fixtures.
func lessonsAndFixtures(t *testing.T) []string {
	lessons, _ := filepath.Glob("*.ipynb")
	fixtures, _ := filepath.Glob(filepath.Join("testdata", "browser", "*.ipynb"))
	if len(lessons) == 0 {
		t.Fatal("no notebook to run: notebooks/*.ipynb is empty")
	}
	return append(lessons, fixtures...)
}

// copyNotebooks copies the notebooks at paths into work, with their
// kernelspec set to the installed kernel, and returns their names, sorted.
func copyNotebooks(t *testing.T, work string, paths []string) []string {
	var names []string
	for _, path := range paths {
		name := filepath.Base(path)
		editMetadata(t, path, filepath.Join(work, name), func(meta map[string]any) {
			meta["kernelspec"] = map[string]any{"name": KernelName, "display_name": "Go", "language": "go"}
		})
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// editMetadata reads the notebook at from, lets edit change its metadata
// (an empty map if it has none) and writes the result to to.
func editMetadata(t *testing.T, from, to string, edit func(meta map[string]any)) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("%s: %v", from, err)
	}
	meta, _ := doc["metadata"].(map[string]any)
	if meta == nil {
		meta = map[string]any{}
		doc["metadata"] = meta
	}
	edit(meta)
	out, err := json.MarshalIndent(doc, "", " ")
	if err == nil {
		err = os.WriteFile(to, out, 0o644)
	}
	if err != nil {
		t.Fatal(err)
	}
}

// keepExecuted copies an executed notebook into out (outDir), for a
// person to look at or to take the README's pictures from.
func keepExecuted(t *testing.T, path, out string) {
	data, err := os.ReadFile(path)
	if err == nil {
		err = os.WriteFile(filepath.Join(out, filepath.Base(path)), data, 0o644)
	}
	if err != nil {
		t.Errorf("keeping the executed notebook: %v", err)
	}
}

// eval evaluates a JavaScript expression for its effect.
func eval(ctx context.Context, expr string) error {
	_, err := chromedp.Run(ctx, chromedp.Evaluate[any](expr, chromedp.EvalAwaitPromise))
	return err
}

func elementShot(t *testing.T, ctx context.Context, arts, name, css string) {
	sel := chromedp.CSS(css)
	if err := chromedp.Do(ctx, chromedp.ScrollIntoView(sel)); err != nil {
		t.Logf("screenshot of %s: %v", css, err)
		return
	}
	buf, err := chromedp.Run(ctx, chromedp.Screenshot(sel))
	if err != nil {
		t.Logf("screenshot of %s: %v", css, err)
		return
	}
	_ = os.WriteFile(filepath.Join(arts, name+".png"), buf, 0o644)
}

// screenshot saves the tab's viewport as arts/name.png, logging a failure.
func screenshot(t *testing.T, ctx context.Context, arts, name string) {
	if err := browser.Screenshot(ctx, filepath.Join(arts, name+".png")); err != nil {
		t.Logf("screenshot %s: %v", name, err)
	}
}

// artifactsDir is browser.Artifacts at the repository's root.
func artifactsDir(t testing.TB) string {
	dir, err := browser.Artifacts("..")
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func appendFile(t *testing.T, path, s string) {
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		t.Log(err)
		return
	}
	defer f.Close()
	_, _ = f.WriteString(s)
}
