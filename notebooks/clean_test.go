package notebooks_test

import (
	"path/filepath"
	"regexp"
	"testing"
)

// showCall finds a call of plotting.Show (or a dot-imported Show) in a cell.
var showCall = regexp.MustCompile(`\bShow\(`)

// TestNotebooksAreClean checks every committed notebook: no outputs and no
// execution counts (so diffs show only what a person wrote), the project's
// kernel in its metadata (so Jupyter opens it with that kernel), and cells
// that call Show tagged "figure" (so the execution test checks the figure).
func TestNotebooksAreClean(t *testing.T) {
	paths := committedNotebooks(t)
	for _, path := range paths {
		nb, err := readNotebook(path)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		if nb.NBFormat != 4 {
			t.Errorf("%s: nbformat %d, want 4", path, nb.NBFormat)
		}
		if nb.Metadata.Kernelspec.Name != KernelName {
			t.Errorf("%s: metadata.kernelspec.name = %q, want %q", path, nb.Metadata.Kernelspec.Name, KernelName)
		}
		for i, c := range nb.Cells {
			where := cellName(path, i, c)
			if len(c.Outputs) > 0 {
				t.Errorf("%s: has %d outputs (clear them before committing)", where, len(c.Outputs))
			}
			if c.ExecutionCount != nil {
				t.Errorf("%s: has execution_count %d (clear outputs before committing)", where, *c.ExecutionCount)
			}
			if c.CellType == "code" && showCall.MatchString(string(c.Source)) && !c.HasTag("figure") {
				t.Errorf(`%s: calls Show but lacks the tag "figure"`, where)
			}
			for _, e := range c.Metadata.Expect {
				if e == "" {
					t.Errorf(`%s: an empty string in "expect" checks nothing`, where)
				}
			}
		}
	}
}

// committedNotebooks returns the lessons (notebooks/*.ipynb) and this
// folder's test notebooks (testdata/*.ipynb).
func committedNotebooks(t *testing.T) []string {
	var paths []string
	for _, pattern := range []string{"*.ipynb", filepath.Join("testdata", "*.ipynb")} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, m...)
	}
	if len(paths) == 0 {
		t.Fatal("no notebooks found")
	}
	return paths
}
