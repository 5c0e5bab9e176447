package notebooks_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/gdlessons/lessons/internal/ipynb"
)

// TestMistakesNotebook executes testdata/mistakes.ipynb through the
// installed kernel with nbconvert, as the fixture runs. Its cells make a
// learner's typical mistakes — a NaN start, a start outside the domain, a
// zero learning rate, a figure whose size overflows, a nil run handed to a
// figure, a typo in a formula — and each must print exactly one line,
// naming what is wrong (its "expect" metadata pins the words), with no
// error output, no panic and nothing on stderr (ipynb.CheckExecuted); the
// last cell computes the course's first run, to show that the kernel is
// still well after them.
func TestMistakesNotebook(t *testing.T) {
	env := append(kernelEnv(t), staticEnv)
	out := t.TempDir()
	r := executeNotebook(t, env, filepath.Join("testdata", "mistakes.ipynb"), out)
	for _, p := range r.Problems {
		t.Error(p)
	}
	// testdata/mistakes.ipynb: the imports, six mistakes and the final
	// run; each of the seven cells after the imports has its expected
	// strings (two for the plotting cells, whose words plotting owns).
	if r.Cells != 8 || r.Expect != 9 {
		t.Errorf("mistakes: %d cells, %d expected strings checked; want 8 and 9", r.Cells, r.Expect)
	}
	nb, err := readNotebook(filepath.Join(out, "mistakes.ipynb"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range nb.Cells {
		if c.CellType != "code" || c.ID == "imports" {
			continue
		}
		text := strings.TrimSpace(ipynb.Printed(c))
		if n := strings.Count(text, "\n") + 1; text == "" || n != 1 {
			t.Errorf("cell %s printed %d lines, want one:\n%s", c.ID, n, text)
		}
	}
	t.Logf("mistakes through nbconvert: %.1fs, %d cells, slowest %s", r.Seconds, r.Cells, r.Slowest)
}
