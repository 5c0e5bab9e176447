package notebooks_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/gdlessons/lessons/internal/ipynb"
)

// cellTimeout bounds one cell's execution (nbclient's timeout): the longest
// lesson cells (basins of attraction, sweeps) take seconds; this only stops a
// hung cell from hanging the suite.
const cellTimeout = 10 * time.Minute

// outDirEnv names a folder to keep the executed notebooks in (to look at
// them, or to take the README's pictures from). Without it they go to a
// temporary folder that the test removes.
const outDirEnv = "GDLESSONS_NOTEBOOK_OUT"

// summaryFile is where the suite's summary goes when outDirEnv is not set:
// one small file in the system's temporary folder, the last run's.
const summaryFile = "gdlessons-notebooks-summary.txt"

// staticEnv makes plotting/interactive's live figures static at once, as a
// headless run needs (see plotting/interactive.StaticEnv).
const staticEnv = "GDLESSONS_STATIC=1"

// TestNbconvert executes two notebooks headless with `jupyter nbconvert
// --execute`, as an instructor or a learner without a browser would, and
// checks each executed notebook as the browser suite checks the lessons
// (ipynb.CheckExecuted): the harness's fixture (testdata/fixture.ipynb: plain Go,
// gdlib, a figure through gonbui and one through plotting.Show, two checked
// numbers) and the browser fixture (testdata/browser/interactive.ipynb),
// whose live figures must each be static from the start, since no page
// will answer (GDLESSONS_STATIC=1, as a headless run sets it).
//
// The lessons themselves run once, in the browser (TestBrowserNotebooks),
// whose saved notebooks get the same checks: a second execution of every
// lesson by nbconvert took 156 s of the package's 748 s in a CI run and
// checked nothing the browser run does not, except
// that this route works at all, which these two notebooks show in about
// 15 s.
func TestNbconvert(t *testing.T) {
	env := append(kernelEnv(t), staticEnv)
	t.Run("fixture", func(t *testing.T) {
		t.Parallel()
		r := executeNotebook(t, env, filepath.Join("testdata", "fixture.ipynb"), t.TempDir())
		for _, p := range r.Problems {
			t.Error(p)
		}
		// testdata/fixture.ipynb has 5 code cells, 2 tagged "figure", 2
		// expected strings.
		if r.Cells != 5 || r.Figures < 2 || r.Expect != 2 {
			t.Errorf("fixture: %d cells, %d figures, %d expected strings checked; want 5, 2, 2", r.Cells, r.Figures, r.Expect)
		}
		t.Logf("fixture through nbconvert: %.1fs, %d cells, slowest %s", r.Seconds, r.Cells, r.Slowest)
	})
	t.Run("live-figures", func(t *testing.T) {
		t.Parallel()
		out := t.TempDir()
		r := executeNotebook(t, env, filepath.Join("testdata", "browser", "interactive.ipynb"), out)
		for _, p := range r.Problems {
			t.Error(p)
		}
		nb, err := readNotebook(filepath.Join(out, "interactive.ipynb"))
		if err != nil {
			t.Fatal(err)
		}
		live := 0
		for i, c := range nb.Cells {
			if c.CellType != "code" || !ipynb.LiveCall.MatchString(string(c.Source)) {
				continue
			}
			live++
			figs, _ := ipynb.CheckCell(c)
			text := ipynb.Printed(c)
			// plotting/interactive's session.finish writes the static line,
			// with no "[ended: …]" reason when GDLESSONS_STATIC made it static
			// from the start.
			if figs == 0 || !strings.Contains(text, "Static figure") || !strings.Contains(text, "run this cell again") || strings.Contains(text, "[ended:") {
				t.Errorf("cell %d: %d figures, printed %q; want a static figure made so from the start (GDLESSONS_STATIC=1)", i, figs, text)
			}
		}
		if live == 0 {
			t.Error("no live figure in testdata/browser/interactive.ipynb")
		}
		t.Logf("interactive.ipynb through nbconvert: %.1fs, %d live figures made static, slowest %s", r.Seconds, live, r.Slowest)
	})
}

// TestHarnessCatchesFailures runs testdata/broken.ipynb, whose cells each
// fail in one way, both ways the tests run notebooks: in the browser (as
// the lessons run: runNotebook, then ipynb.CheckExecuted on the saved notebook)
// and with nbconvert (as the fixture runs). Each way must report each
// failure, and nothing for the cell that is fine. In the browser, the
// page's own checks must also catch the cells that write an error (panic,
// stderr) and the one that shows fewer figures than it names.
func TestHarnessCatchesFailures(t *testing.T) {
	want := map[string]string{ // cell id → words the problem must contain
		"compile-error":  "kernel error",
		"panic":          "error",
		"stderr":         "stderr",
		"missing-figure": "no figure",
		"wrong-number":   `expected "0.5010808641292953"`,
	}
	path := filepath.Join("testdata", "broken.ipynb")
	t.Run("browser", func(t *testing.T) {
		s := browserSession(t)
		name := copyNotebooks(t, s.work, []string{path})[0]
		var pageProblems []string
		tb := s.take()
		run := runNotebook(t, s, tb, name, func(format string, args ...any) {
			pageProblems = append(pageProblems, fmt.Sprintf(format, args...))
		})
		closeNotebook(t, s, tb, run)
		s.give(tb)
		path := filepath.Join(s.work, name)
		seconds := savedSeconds(t, path)
		r := ipynb.CheckExecuted(path, seconds)
		expectProblems(t, r.Problems, want)
		// The page's checks name cells by index: broken.ipynb's cells 2
		// (panic) and 3 (stderr) write errors, cell 4 names Show( and
		// shows no figure; cell 6 is fine.
		for i, words := range map[int]string{2: "wrote an error", 3: "wrote an error", 4: "shows 0 figures"} {
			if !containsPrefix(pageProblems, fmt.Sprintf("cell %d %s", i, words)) {
				t.Errorf("the page's check missed cell %d (%s); it reported:\n%s", i, words, strings.Join(pageProblems, "\n"))
			}
		}
		if containsPrefix(pageProblems, "cell 6 ") {
			t.Errorf("the page reported a problem for the cell that is fine:\n%s", strings.Join(pageProblems, "\n"))
		}
		// The kernel's message dates have whole seconds, so a quick cell
		// may take 0 s: what must be there is the timing itself.
		if nb, err := readNotebook(path); err != nil {
			t.Error(err)
		} else if ex := nb.Cells[6].Metadata.Execution; ex["iopub.execute_input"] == "" || ex["shell.execute_reply"] == "" || seconds(6) < 0 {
			t.Errorf("no time recorded for cell 6: %v", ex)
		}
	})
	t.Run("nbconvert", func(t *testing.T) {
		env := append(kernelEnv(t), staticEnv)
		r := executeNotebook(t, env, path, t.TempDir())
		expectProblems(t, r.Problems, want)
	})
}

// expectProblems checks that problems name each cell of want (by id) with
// its words, and none names the cell "fine".
func expectProblems(t *testing.T, problems []string, want map[string]string) {
	t.Helper()
	found := map[string]bool{}
	for _, p := range problems {
		m := problemCell.FindStringSubmatch(p)
		if m == nil {
			t.Errorf("a problem not about a cell: %s", p)
			continue
		}
		id := m[1]
		if id == "fine" {
			t.Errorf("a problem reported for the cell that is fine: %s", p)
		}
		if w, ok := want[id]; ok && strings.Contains(p, w) {
			found[id] = true
		}
	}
	for id, w := range want {
		if !found[id] {
			t.Errorf("cell %s: no problem containing %q reported; got:\n%s", id, w, strings.Join(problems, "\n"))
		}
	}
}

func containsPrefix(list []string, prefix string) bool {
	for _, s := range list {
		if strings.HasPrefix(s, prefix) {
			return true
		}
	}
	return false
}

// problemCell finds the cell id in a problem, as cellName writes it.
var problemCell = regexp.MustCompile(`^broken\.ipynb cell \d+ \(([^)]*)\)`)

// executeNotebook runs the notebook at path with nbconvert (every cell,
// errors allowed, so all problems show at once), writes the executed copy to
// out and returns its checks (ipynb.CheckExecuted, with the cells' times that
// nbclient records).
func executeNotebook(t *testing.T, env []string, path, out string) ipynb.Result {
	t.Helper()
	name := strings.TrimSuffix(filepath.Base(path), ".ipynb")
	start := time.Now()
	cmd := exec.Command(jupyter(t), "nbconvert", "--to", "notebook", "--execute", "--allow-errors",
		"--ExecutePreprocessor.kernel_name="+KernelName,
		fmt.Sprintf("--ExecutePreprocessor.timeout=%d", int(cellTimeout.Seconds())),
		"--ExecutePreprocessor.startup_timeout=120",
		"--output-dir="+out, "--output="+name, path)
	cmd.Env = env
	log, err := cmd.CombinedOutput()
	seconds := time.Since(start).Seconds()
	if err != nil {
		return ipynb.Result{Name: name, Seconds: seconds, Problems: []string{fmt.Sprintf("%s: nbconvert failed: %v\n%s", name, err, tail(string(log), 4000))}}
	}
	executed := filepath.Join(out, name+".ipynb")
	nb, err := readNotebook(executed)
	if err != nil {
		return ipynb.Result{Name: name, Seconds: seconds, Problems: []string{fmt.Sprintf("%s: reading the executed notebook: %v", name, err)}}
	}
	r := ipynb.CheckExecuted(executed, func(i int) float64 { return ipynb.CellSeconds(nb.Cells[i]) })
	r.Name, r.Seconds = name, seconds
	return r
}

// outDir returns the folder for the executed notebooks and the path of the
// summary: $GDLESSONS_NOTEBOOK_OUT and summary.txt in it, else a temporary
// folder of the test's own (so that runs at the same time on one machine do
// not read each other's notebooks) and summaryFile in the system's
// temporary folder.
func outDir(t *testing.T) (dir, summary string) {
	dir = os.Getenv(outDirEnv)
	if dir == "" {
		return t.TempDir(), filepath.Join(os.TempDir(), summaryFile)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir, filepath.Join(dir, "summary.txt")
}

// writeSummary logs the suite's figures and writes them to path.
func writeSummary(t *testing.T, path string, results []ipynb.Result, wall time.Duration) {
	sort.Slice(results, func(i, j int) bool { return results[i].Name < results[j].Name })
	var b strings.Builder
	fmt.Fprintf(&b, "%-40s %8s %6s %8s %7s %9s  %s\n", "notebook", "seconds", "cells", "figures", "expect", "problems", "slowest cell")
	var sum float64
	for _, r := range results {
		sum += r.Seconds
		fmt.Fprintf(&b, "%-40s %8.1f %6d %8d %7d %9d  %s\n", r.Name, r.Seconds, r.Cells, r.Figures, r.Expect, len(r.Problems), r.Slowest)
	}
	fmt.Fprintf(&b, "%d notebooks: %.1f s wall clock (%.1f s of notebook time, run %s)\n",
		len(results), wall.Seconds(), sum, time.Now().UTC().Format(time.RFC3339))
	t.Logf("notebook suite:\n%s", b.String())
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Error(err)
	}
	t.Logf("summary written to %s", path)
}
