package notebooks_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/gdlessons/lessons/notebooks/browser"
)

// The browser suite: every lesson (notebooks/*.ipynb) and every fixture of
// notebooks/testdata/browser runs in Debian's Jupyter Notebook 6.4 with the
// project's kernel, in headless Chromium, as a learner would run it: Run
// All, then the live figures are moved, clicked and ended. The notebook the
// browser saves is then checked as an executed notebook (checkExecuted: no
// error, nothing on stderr, the tagged figures, the expected numbers): each
// lesson goes through the kernel once for both kinds of checks. The live
// cells then run again with JupyterLab's renderers.

// perNotebook bounds one notebook's run. A lesson cell compiles a Go program
// (a few seconds each on this 2-core machine, more with a cold build cache);
// the live figures wait for the test's clicks.
const perNotebook = 6 * time.Minute

// figureWait bounds the wait for figures the browser is still decoding (an
// <img> counts once loaded): the 10 s that checkSavedLabAs has allowed for
// the same reason, a bound, not a measurement (decoding takes milliseconds
// on a quiet machine).
const figureWait = 10 * time.Second

// sliderMoves is how many slider events the latency is measured over.
const sliderMoves = 15

// tabs is how many notebooks run side by side, each in a Chromium of its
// own. Most of a notebook's time is gonb building each cell (go build, of
// which the link runs on one core: 81% of the lessons' cell time, measured
// with gonb's -v=2 log on 2026-11-23), so on a 2-core machine two notebooks
// at once take about half the time of one after the other: the nbconvert
// suite, run two at a time, took 156 s of wall clock for 307 s of notebook
// time (CI log of 2026-11-23T06:12Z).
const tabs = 2

func TestBrowserNotebooks(t *testing.T) {
	s := browserSession(t)
	start := time.Now()
	names := copyNotebooks(t, s.work, lessonsAndFixtures(t))
	out, summary := outDir(t)

	var (
		mu      sync.Mutex
		results []result
	)
	t.Run("classic", func(t *testing.T) {
		for _, name := range names {
			t.Run(strings.TrimSuffix(name, ".ipynb"), func(t *testing.T) {
				t.Parallel()
				tb := s.take()
				defer s.give(tb)
				run := runNotebook(t, s, tb, name, t.Errorf)
				r := checkExecuted(filepath.Join(s.work, name), run.cellSeconds)
				r.seconds = run.seconds
				for _, p := range r.problems {
					t.Error(p)
				}
				mu.Lock()
				results = append(results, r)
				mu.Unlock()
				keepExecuted(t, filepath.Join(s.work, name), out)
				t.Logf("%s in the classic Notebook: %.1fs (%d cells, %d figures, %d expected strings; slowest %s)",
					name, run.seconds, r.cells, r.figures, r.expect, r.slowest)
			})
		}
	})
	classic := time.Since(start)
	writeSummary(t, summary, results, classic)
	// JupyterLab's renderers: the live cells of a notebook with live
	// figures run again through the renderer page (its widgets must work
	// there), after one step that declares what the cells before them
	// declare (labPlan); every other output was checked in the classic
	// run, and is rendered from the saved notebook as JupyterLab shows it.
	t1 := time.Now()
	t.Run("jupyterlab", func(t *testing.T) {
		for _, name := range names {
			t.Run(strings.TrimSuffix(name, ".ipynb"), func(t *testing.T) {
				t.Parallel()
				tb := s.take()
				defer s.give(tb)
				t0 := time.Now()
				path := filepath.Join(s.work, name)
				if hasLiveFigures(t, path) {
					runLab(t, s, tb, name)
				} else {
					openLabPage(t, tb.ctx, s.nb)
					checkSavedLab(t, tb.ctx, path, s.arts, "lab-"+strings.TrimSuffix(name, ".ipynb"), true)
				}
				t.Logf("%s in JupyterLab's renderers: %.1fs", name, time.Since(t0).Seconds())
			})
		}
	})
	t.Logf("browser suite: %d notebooks, %d at a time, in %.1fs: classic Notebook %.1fs, JupyterLab's renderers %.1fs",
		len(names), tabs, time.Since(start).Seconds(), classic.Seconds(), time.Since(t1).Seconds())
}

// session is what the browser tests share: the kernel installed by
// kernelEnv, the JupyterLab renderer page, one Notebook server serving a
// work folder, and tabs Chromiums, each with one tab logged in to it.
type session struct {
	nb   *browser.Notebook
	tabs chan *tab
	all  []*tab
	work string // the folder the server serves, where notebooks are copied
	arts string // screenshots and measurements (artifactsDir)
}

// tab is one Chromium's only tab.
type tab struct {
	ctx    context.Context
	cancel context.CancelFunc
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
	sessionOnce.Do(func() {
		t.Logf("kernel ready (go run ./kernel, once per test binary) in %.1fs", time.Since(t0).Seconds())
		start := time.Now()
		repo := repoRoot(t)
		s := &session{arts: artifactsDir(t), tabs: make(chan *tab, tabs)}
		static, err := browser.BuildLabPage(filepath.Join(repo, "notebooks", "browser", "labpage"), filepath.Join(installDir, "labpage"))
		if err != nil {
			sessionErr = err
			return
		}
		t.Logf("JupyterLab renderer page built (npm ci, esbuild) in %.1fs", time.Since(start).Seconds())
		s.work = filepath.Join(installDir, "work")
		if err := os.MkdirAll(s.work, 0o755); err != nil {
			sessionErr = err
			return
		}
		// kernelEnv's folder holds data/, config/ and runtime/, the layout
		// StartNotebook wants.
		if s.nb, err = browser.StartNotebook(s.work, installDir, static); err != nil {
			sessionErr = err
			return
		}
		for i := 0; i < tabs; i++ {
			tb := &tab{}
			tb.ctx, tb.cancel = browser.NewChrome(context.Background(), filepath.Join(installDir, fmt.Sprintf("chromium%d", i)))
			s.all = append(s.all, tb)
			if err := chromedp.Do(tb.ctx, chromedp.Navigate(s.nb.LoginURL("/tree"))); err != nil {
				sessionErr = fmt.Errorf("opening the notebook server in chromium: %v", err)
				s.stop()
				return
			}
			s.tabs <- tb
		}
		t.Logf("Notebook server and %d Chromiums started in %.1fs", tabs, time.Since(start).Seconds())
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
	if s.nb != nil {
		s.nb.Stop()
		_ = os.WriteFile(filepath.Join(s.arts, "jupyter.log"), []byte(s.nb.Log()), 0o644)
	}
}

// artifactsDir is $ARTIFACTS/browser, or artifacts/browser at the
// repository's root (git-ignored): screenshots and measurements land there.
func artifactsDir(t testing.TB) string {
	dir := os.Getenv("ARTIFACTS")
	if dir == "" {
		dir = filepath.Join("..", "artifacts")
	}
	dir = filepath.Join(dir, "browser")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
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
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var doc map[string]any
		if err := json.Unmarshal(data, &doc); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		meta, _ := doc["metadata"].(map[string]any)
		if meta == nil {
			meta = map[string]any{}
			doc["metadata"] = meta
		}
		meta["kernelspec"] = map[string]any{"name": KernelName, "display_name": "Go", "language": "go"}
		out, _ := json.Marshal(doc)
		name := filepath.Base(path)
		if err := os.WriteFile(filepath.Join(work, name), out, 0o644); err != nil {
			t.Fatal(err)
		}
		names = append(names, name)
	}
	sort.Strings(names)
	return names
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

type status struct {
	Busy  bool         `json:"busy"`
	Cells []cellStatus `json:"cells"`
	Live  []liveFigure `json:"live"`
}

type cellOutput struct {
	Index   int      `json:"index"`
	Errors  []string `json:"errors"`
	Figures int      `json:"figures"`
	SVGs    int      `json:"svgs"`
	Imgs    int      `json:"imgs"`
	Text    string   `json:"text"`
}

// evalJSON evaluates a JavaScript expression that returns a JSON string and
// decodes it into v.
func evalJSON(ctx context.Context, expr string, v any) error {
	s, err := chromedp.Run(ctx, chromedp.Evaluate[string](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		return err
	}
	return json.Unmarshal([]byte(s), v)
}

// eval evaluates a JavaScript expression for its effect.
func eval(ctx context.Context, expr string) error {
	_, err := chromedp.Run(ctx, chromedp.Evaluate[any](expr, chromedp.EvalAwaitPromise))
	return err
}

// classicRun is what runNotebook measured.
type classicRun struct {
	seconds float64
	// cellSeconds is each cell's time, from the page's clock
	// (ClassicTimes), by index; 0 for a cell that did not run.
	cellSeconds func(i int) float64
}

// runNotebook opens one notebook, runs all its cells, exercises its live
// figures, checks its outputs as the page shows them (errors, figures,
// the line a live figure leaves), reporting problems through report, and
// saves it (checkSaved).
func runNotebook(t *testing.T, s *session, tb *tab, name string, report func(format string, args ...any)) classicRun {
	ctx, cancel := context.WithTimeout(tb.ctx, perNotebook)
	defer cancel()
	arts := s.arts
	base := strings.TrimSuffix(name, ".ipynb")
	t0 := time.Now()
	if err := chromedp.Do(ctx,
		chromedp.Navigate(s.nb.URL+"/notebooks/"+name),
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := chromedp.Poll[bool](browser.ClassicReady, chromedp.WithPollingTimeout(90*time.Second))(ctx, tg)
			return err
		}),
	); err != nil {
		t.Fatalf("opening %s: %v", name, err)
	}
	kernelID, err := chromedp.Run(ctx, chromedp.Evaluate[string](browser.ClassicKernelID))
	if err != nil {
		t.Fatalf("reading %s's kernel: %v", name, err)
	}
	defer func() {
		if err := s.nb.ShutdownKernel(kernelID); err != nil {
			t.Errorf("shutting down the kernel of %s: %v", name, err)
		}
	}()
	if err := eval(ctx, browser.ClassicRunAll); err != nil {
		t.Fatalf("opening and running %s: %v", name, err)
	}

	handled := map[string]bool{}
	var st status
	lastCells := map[int]string{}
	for {
		if err := evalJSON(ctx, browser.ClassicStatus, &st); err != nil {
			screenshot(t, ctx, arts, base+"-timeout")
			t.Fatalf("%s did not finish within %v (cells %v): %v", name, perNotebook, lastCells, err)
		}
		for _, lf := range st.Live {
			if handled[lf.UID] || !lf.Enabled {
				continue
			}
			handled[lf.UID] = true
			exerciseLive(t, ctx, lf, st.Cells[lf.Cell].Source, arts, fmt.Sprintf("%s-cell%02d", base, lf.Cell), browser.ClassicInterrupt,
				func(name string) {
					markCell(ctx, lf.Cell)
					elementShot(t, ctx, arts, name, fmt.Sprintf("#gdt-cell-%d", lf.Cell))
				})
		}
		done := true
		for _, c := range st.Cells {
			if c.Type == "code" && (c.Count == "null" || c.Count == "*" || c.Running) {
				done = false
			}
			lastCells[c.Index] = c.Count
		}
		if done && !st.Busy {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	run := classicRun{seconds: time.Since(t0).Seconds(), cellSeconds: func(int) float64 { return 0 }}
	var times struct {
		Sent float64            `json:"sent"`
		Done map[string]float64 `json:"done"`
	}
	if err := evalJSON(ctx, browser.ClassicTimes, &times); err != nil {
		t.Errorf("reading the cells' times: %v", err)
	} else {
		secs := map[int]float64{}
		prev := times.Sent
		for _, c := range st.Cells {
			if end, ok := times.Done[strconv.Itoa(c.Index)]; ok {
				secs[c.Index] = (end - prev) / 1000
				prev = end
			}
		}
		run.cellSeconds = func(i int) float64 { return secs[i] }
	}

	// A figure sent as an <img> counts once the browser has decoded it,
	// which it does asynchronously: the last cell's may not be yet.
	var outs []cellOutput
	for deadline := time.Now().Add(figureWait); ; time.Sleep(200 * time.Millisecond) {
		if err := evalJSON(ctx, browser.ClassicOutputs, &outs); err != nil {
			t.Fatal(err)
		}
		all := true
		for _, c := range st.Cells {
			all = all && (c.Type != "code" || outs[c.Index].Figures >= expectedFigures(c.Source))
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
		if want := expectedFigures(c.Source); o.Figures < want {
			report("cell %d shows %d figures (%d svg, %d img), want %d; its output reads:\n%s", c.Index, o.Figures, o.SVGs, o.Imgs, want, o.Text)
		}
		checkEnding(t, c, o)
	}
	screenshot(t, ctx, arts, base)
	checkSaved(t, ctx, filepath.Join(s.work, name))
	return run
}

// labStatus is the lab page's status (labpage/src/main.js).
type labStatus struct {
	Started  bool         `json:"started"`
	Done     bool         `json:"done"`
	Error    string       `json:"error"`
	KernelID string       `json:"kernelId"`
	Live     []liveFigure `json:"live"`
	Cells    []struct {
		cellOutput
		Source string `json:"source"`
		Kind   string `json:"kind"`
		Status string `json:"status"`
		Reply  string `json:"reply"`
	} `json:"cells"`
}

// runLab runs the live cells of one notebook (labPlan) in the page that
// renders outputs with JupyterLab's own renderers, exercises its live
// figures there, checks every output, then renders the outputs the
// classic run saved as JupyterLab shows an untrusted notebook.
func runLab(t *testing.T, s *session, tb *tab, name string) {
	ctx, cancel := context.WithTimeout(tb.ctx, perNotebook)
	defer cancel()
	arts := s.arts
	base := "lab-" + strings.TrimSuffix(name, ".ipynb")
	src, err := readNotebook(filepath.Join(s.work, name))
	if err != nil {
		t.Fatal(err)
	}
	plan, err := labPlan(src)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	planJSON, _ := json.Marshal(plan)
	openLabPage(t, ctx, s.nb)
	if err := eval(ctx, fmt.Sprintf(browser.LabRun, name, KernelName, planJSON)); err != nil {
		t.Fatal(err)
	}
	handled := map[string]bool{}
	var st labStatus
	defer func() {
		if err := s.nb.ShutdownKernel(st.KernelID); err != nil {
			t.Errorf("shutting down the kernel of %s: %v", name, err)
		}
	}()
	for {
		if err := evalJSON(ctx, browser.LabStatus, &st); err != nil {
			screenshot(t, ctx, arts, base+"-timeout")
			t.Fatalf("%s did not finish within %v: %v", name, perNotebook, err)
		}
		for _, lf := range st.Live {
			if handled[lf.UID] || !lf.Enabled {
				continue
			}
			handled[lf.UID] = true
			src := ""
			for _, c := range st.Cells {
				if c.Index == lf.Cell {
					src = c.Source
				}
			}
			exerciseLive(t, ctx, lf, src, arts, fmt.Sprintf("%s-cell%02d", base, lf.Cell), browser.LabInterrupt,
				func(shot string) { elementShot(t, ctx, arts, shot, fmt.Sprintf("#gdlab-cell-%d", lf.Cell)) })
		}
		if st.Done {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	if st.Error != "" {
		t.Fatalf("the renderer page failed: %s", st.Error)
	}
	// As in runNotebook: wait for the images to decode.
	for deadline := time.Now().Add(figureWait); ; time.Sleep(200 * time.Millisecond) {
		all := true
		for _, c := range st.Cells {
			all = all && (c.Kind == "declarations" || c.Figures >= expectedFigures(c.Source))
		}
		if all || time.Now().After(deadline) {
			break
		}
		if err := evalJSON(ctx, browser.LabStatus, &st); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range st.Cells {
		if c.Reply != "ok" {
			t.Errorf("cell %d (%s): execute_reply %q", c.Index, c.Kind, c.Reply)
		}
		for _, e := range c.Errors {
			t.Errorf("cell %d (%s) wrote an error:\n%s", c.Index, c.Kind, e)
		}
		if c.Kind == "declarations" {
			continue // no cell of the lesson: nothing to show
		}
		if want := expectedFigures(c.Source); c.Figures < want {
			t.Errorf("cell %d shows %d figures with JupyterLab's renderers (%d svg, %d img), want %d; its output reads:\n%s", c.Index, c.Figures, c.SVGs, c.Imgs, want, c.Text)
		}
		checkEnding(t, cellStatus{Index: c.Index, Source: c.Source}, c.cellOutput)
		elementShot(t, ctx, arts, fmt.Sprintf("%s-cell%02d", base, c.Index), fmt.Sprintf("#gdlab-cell-%d", c.Index))
	}
	checkSavedLab(t, ctx, filepath.Join(s.work, name), arts, base, false)
}

// openLabPage opens the renderer page and waits for its bundle.
func openLabPage(t *testing.T, ctx context.Context, nb *browser.Notebook) {
	if err := chromedp.Do(ctx,
		chromedp.Navigate(nb.LoginURL("/static/gdlab/index.html")),
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := chromedp.Poll[bool](browser.LabReady, chromedp.WithPollingTimeout(30*time.Second))(ctx, tg)
			return err
		}),
	); err != nil {
		t.Fatalf("opening the renderer page: %v", err)
	}
}

// hasLiveFigures reports whether a notebook has a cell with a live figure.
func hasLiveFigures(t *testing.T, path string) bool {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return liveCall.Match(data)
}

// checkSavedLab renders the outputs that the classic run saved with
// JupyterLab's renderers, trusted (as JupyterLab shows a notebook it has
// just run or the learner trusts) and, always, untrusted (a notebook
// reopened from disk or from someone else: HTML sanitised, SVG not
// rendered). Every figure must show both ways (untrusted, the PNG of the
// bundle).
func checkSavedLab(t *testing.T, ctx context.Context, path, arts, base string, trusted bool) {
	if trusted {
		checkSavedLabAs(t, ctx, path, arts, base+"-saved", true)
	}
	checkSavedLabAs(t, ctx, path, arts, base+"-untrusted", false)
}

func checkSavedLabAs(t *testing.T, ctx context.Context, path, arts, shot string, trusted bool) {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Cells []struct {
			Type    string            `json:"cell_type"`
			Source  json.RawMessage   `json:"source"`
			Outputs []json.RawMessage `json:"outputs"`
		} `json:"cells"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	var outputs [][]json.RawMessage
	var want []int
	for _, c := range doc.Cells {
		if c.Type != "code" {
			continue
		}
		outputs = append(outputs, append([]json.RawMessage{}, c.Outputs...))
		want = append(want, expectedFigures(sourceText(c.Source)))
	}
	arg, _ := json.Marshal(outputs)
	if err := eval(ctx, fmt.Sprintf("gdlab.renderSaved(%s, %v)", arg, trusted)); err != nil {
		t.Fatal(err)
	}
	var got []cellOutput
	for i := 0; i < int(figureWait/(200*time.Millisecond)); i++ { // images decode asynchronously
		time.Sleep(200 * time.Millisecond)
		if err := evalJSON(ctx, "gdlab.savedFigures()", &got); err != nil {
			t.Fatal(err)
		}
		ok := len(got) == len(want)
		for j := 0; ok && j < len(want); j++ {
			ok = got[j].Figures >= want[j]
		}
		if ok {
			break
		}
	}
	for j := range want {
		if j >= len(got) {
			t.Errorf("saved code cell %d was not rendered by JupyterLab (trusted %v)", j, trusted)
		} else if got[j].Figures < want[j] {
			t.Errorf("saved code cell %d, rendered by JupyterLab (trusted %v): %+v, want %d figures", j, trusted, got[j], want[j])
		}
	}
	screenshot(t, ctx, arts, shot)
}

// sourceText joins a saved cell's source (a string or a list of lines).
func sourceText(raw json.RawMessage) string {
	var lines []string
	if json.Unmarshal(raw, &lines) == nil {
		return strings.Join(lines, "")
	}
	var s string
	_ = json.Unmarshal(raw, &s)
	return s
}

// figureCall matches the calls that show a figure: plotting.Show,
// Descent{…}.Show, Sliders (package-level or Config's).
var figureCall = regexp.MustCompile(`\b(Show|Sliders)\(`)

func expectedFigures(src string) int { return len(figureCall.FindAllString(src, -1)) }

// liveCall matches a cell that shows a live figure.
var liveCall = regexp.MustCompile(`\binteractive\.(Sliders\(|Descent\{|Config\{)`)

// checkEnding checks the line a live figure leaves under it: every one ends
// static, and says why when the test made it end in a particular way.
func checkEnding(t *testing.T, c cellStatus, o cellOutput) {
	if !liveCall.MatchString(c.Source) {
		return
	}
	if !strings.Contains(o.Text, "Static figure") || !strings.Contains(o.Text, "run this cell again") {
		t.Errorf("cell %d: no static line saying how to make the figure live again; output:\n%s", c.Index, o.Text)
	}
	want := "Done was clicked"
	switch {
	case strings.Contains(c.Source, "browser-test: timeout"):
		want = "no event for"
	case strings.Contains(c.Source, "browser-test: interrupt"):
		want = "the kernel was interrupted"
	}
	if !strings.Contains(o.Text, "[ended: "+want) {
		t.Errorf("cell %d: the live figure did not end because %q; output:\n%s", c.Index, want, o.Text)
	}
}

// exerciseLive plays with one live figure as a learner would, then ends it:
// Done, or nothing (a timeout cell), or the kernel's interrupt.
func exerciseLive(t *testing.T, ctx context.Context, lf liveFigure, src, arts, shot string, interrupt string, cellShot func(name string)) {
	t.Helper()
	switch {
	case strings.Contains(src, "browser-test: timeout"):
		return // it must end by itself; checkEnding reads why
	case strings.Contains(src, "browser-test: interrupt"):
		if err := eval(ctx, interrupt); err != nil {
			t.Errorf("cell %d: interrupting the kernel: %v", lf.Cell, err)
		}
		return
	}
	// Whatever happens below, end the figure so the notebook goes on.
	defer func() {
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(fmt.Sprintf(`#gdi-ctl-%s button[data-action="done"]`, lf.UID)))); err != nil {
			t.Errorf("cell %d: clicking Done: %v", lf.Cell, err)
		}
	}()
	var kind struct {
		Sliders int  `json:"sliders"`
		Click   bool `json:"click"`
	}
	if err := evalJSON(ctx, fmt.Sprintf(`JSON.stringify({
		sliders: document.querySelectorAll("#gdi-ctl-%[1]s input[type=range]").length,
		click: (JSON.parse(document.getElementById("gdi-fig-%[1]s").dataset.frames || "[]") || []).length > 0 &&
			document.getElementById("gdi-ctl-%[1]s").innerText.includes("Click on the plot")})`, lf.UID), &kind); err != nil {
		t.Errorf("cell %d: reading the live figure: %v", lf.Cell, err)
		return
	}
	if kind.Sliders > 0 {
		moveSlider(t, ctx, lf, src, arts, shot)
	}
	if kind.Click {
		clickStart(t, ctx, lf, arts, shot)
	}
	cellShot(shot + "-live")
}

// moveSlider moves the first slider, checks that the figure changed and
// records the time from each slider event to the figure drawn for it.
func moveSlider(t *testing.T, ctx context.Context, lf liveFigure, src, arts, shot string) {
	var res struct {
		Latencies []float64 `json:"latencies"`
		Skipped   []float64 `json:"skipped"`
		Before    string    `json:"before"`
		After     string    `json:"after"`
		State     string    `json:"state"`
	}
	expr := fmt.Sprintf("(%s)(%q, %d).then(JSON.stringify)", browser.MoveSliderJS, lf.UID, sliderMoves)
	if err := evalJSON(ctx, expr, &res); err != nil {
		t.Errorf("cell %d: moving the slider: %v", lf.Cell, err)
		return
	}
	if res.Before == res.After {
		t.Errorf("cell %d: the figure did not change after %d slider moves", lf.Cell, sliderMoves)
	}
	if len(res.Latencies) < sliderMoves {
		t.Errorf("cell %d: %d slider moves drew a figure, want %d (skipped positions %v)", lf.Cell, len(res.Latencies), sliderMoves, res.Skipped)
		if len(res.Latencies) == 0 {
			return
		}
	}
	// A cell marked so starts its first slider at the middle of its range,
	// where the first move lands: the mover must have skipped it.
	if strings.Contains(src, "browser-test: starts at the middle") && len(res.Skipped) == 0 {
		t.Errorf("cell %d: the slider starts at its middle, but the mover skipped no position", lf.Cell)
	}
	if len(res.Skipped) > 0 {
		t.Logf("cell %d: skipped slider positions %v (the slider's value already)", lf.Cell, res.Skipped)
	}
	l := append([]float64(nil), res.Latencies...)
	sort.Float64s(l)
	med, worst := l[len(l)/2], l[len(l)-1]
	t.Logf("cell %d: slider event → figure: median %.0f ms, max %.0f ms over %d moves (state %s)", lf.Cell, med, worst, len(l), res.State)
	line := fmt.Sprintf("%s\tslider→figure ms\tmedian %.1f\tmax %.1f\tall %.1f\n", shot, med, worst, res.Latencies)
	appendFile(t, filepath.Join(arts, "latency.tsv"), line)
}

// clickStart clicks a point of the plot with a real mouse event and checks
// that the descent restarts from it and is animated to its verdict.
func clickStart(t *testing.T, ctx context.Context, lf liveFigure, arts, shot string) {
	// The lab invites the click once the animation has ended; while it
	// runs, every frame replaces the figure.
	if _, ok := waitState(t, ctx, lf, func(s descentState) bool { return s.Iteration == s.Steps }); !ok {
		t.Errorf("cell %d: the first animation did not end", lf.Cell)
		return
	}
	// Aim once the page has stopped moving: the outputs above may still be
	// replacing their live figures by static ones, which shifts this one.
	var target, prev struct{ Px, Py, X, Y, Tol float64 }
	expr := fmt.Sprintf("JSON.stringify((%s)(%q, 0.3, 0.35))", browser.ClickTargetJS, lf.UID)
	for i := 0; i < 50; i++ {
		prev = target
		if err := evalJSON(ctx, expr, &target); err != nil {
			t.Errorf("cell %d: locating the plot: %v", lf.Cell, err)
			return
		}
		if i > 0 && target == prev {
			break
		}
		time.Sleep(300 * time.Millisecond)
	}
	if err := chromedp.Do(ctx, chromedp.MouseClickXY(target.Px, target.Py)); err != nil {
		t.Errorf("cell %d: clicking the plot: %v", lf.Cell, err)
		return
	}
	var got descentState
	restarted := false
	got, _ = waitState(t, ctx, lf, func(s descentState) bool {
		// One CSS pixel of data each way, doubled for rounding in the
		// browser's layout (the figure is scaled to the output's width).
		restarted = len(s.Start) > 0 && math.Abs(s.Start[0]-target.X) <= 2*target.Tol &&
			(len(s.Start) == 1 || math.Abs(s.Start[1]-target.Y) <= 2*target.Tol)
		return restarted && s.Iteration == s.Steps
	})
	fs := struct{ State descentState }{got}
	if !restarted {
		t.Errorf("cell %d: a click at data (%.4g, %.4g) did not restart the run there: start %v", lf.Cell, target.X, target.Y, fs.State.Start)
		return
	}
	if fs.State.Iteration != fs.State.Steps {
		t.Errorf("cell %d: the animation stopped at iteration %d of %d", lf.Cell, fs.State.Iteration, fs.State.Steps)
	}
	t.Logf("cell %d: click at (%.4g, %.4g) → run from %v, %d iterations, %s", lf.Cell, target.X, target.Y, fs.State.Start, fs.State.Steps, fs.State.Verdict)
}

// descentState is what a Descent's live figure tells the page (data-state).
type descentState struct {
	Start     []float64 `json:"start"`
	Iteration int       `json:"iteration"`
	Steps     int       `json:"steps"`
	Verdict   string    `json:"verdict"`
}

// waitState polls a live Descent's state until ok holds, 30 s at most
// (a run of 30 frames at 150 ms each takes 4.5 s).
func waitState(t *testing.T, ctx context.Context, lf liveFigure, ok func(descentState) bool) (descentState, bool) {
	var fs struct {
		State descentState `json:"state"`
	}
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if err := evalJSON(ctx, fmt.Sprintf("(%s)(%q)", browser.FigureStateJS, lf.UID), &fs); err != nil {
			t.Errorf("cell %d: %v", lf.Cell, err)
			return fs.State, false
		}
		if ok(fs.State) {
			return fs.State, true
		}
	}
	return fs.State, false
}

// checkSaved saves the notebook and reads the file: every live figure left
// a static figure (SVG and a PNG for viewers that do not trust SVG) and
// its line, and no script is saved: the page script and gonb's are sent
// as transient outputs that are emptied once run.
func checkSaved(t *testing.T, ctx context.Context, path string) {
	if err := eval(ctx, browser.ClassicSave); err != nil {
		t.Errorf("saving: %v", err)
		return
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), "<script") {
		t.Errorf("the saved notebook holds a <script>: a live figure's code was saved")
	}
	var doc struct {
		Cells []struct {
			Type    string          `json:"cell_type"`
			Source  json.RawMessage `json:"source"`
			Outputs []struct {
				Data map[string]any `json:"data"`
			} `json:"outputs"`
		} `json:"cells"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	for i, c := range doc.Cells {
		var src string
		var lines []string
		if json.Unmarshal(c.Source, &lines) == nil {
			src = strings.Join(lines, "")
		} else {
			_ = json.Unmarshal(c.Source, &src)
		}
		if c.Type != "code" || !liveCall.MatchString(src) {
			continue
		}
		var svg, png, line bool
		for _, o := range c.Outputs {
			// The SVG as image/svg+xml, or in the HTML of plotting's bundle.
			_, s := o.Data["image/svg+xml"]
			if h, ok := o.Data["text/html"]; ok && strings.Contains(fmt.Sprint(h), "svg") {
				s = true
			}
			_, p := o.Data["image/png"]
			svg, png = svg || s, png || p
			if txt, ok := o.Data["text/plain"]; ok && strings.Contains(fmt.Sprint(txt), "run this cell again") {
				line = true
			}
		}
		if !svg || !png || !line {
			t.Errorf("saved cell %d: svg %v, png %v, static line %v: a reopened notebook would not show the last figure", i, svg, png, line)
		}
	}
}

// markCell gives cell i the id gdt-cell-i, for a screenshot of it alone.
func markCell(ctx context.Context, i int) {
	_ = eval(ctx, fmt.Sprintf(`Jupyter.notebook.get_cell(%d).element[0].id = "gdt-cell-%d"; true`, i, i))
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

func screenshot(t *testing.T, ctx context.Context, arts, name string) {
	buf, err := chromedp.Run(context.WithoutCancel(ctx), chromedp.CaptureScreenshot())
	if err != nil {
		t.Logf("screenshot %s: %v", name, err)
		return
	}
	_ = os.WriteFile(filepath.Join(arts, name+".png"), buf, 0o644)
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
