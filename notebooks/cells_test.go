package notebooks_test

import (
	"path/filepath"
	"strings"
	"testing"
)

// maxCodeLines is the longest code cell a lesson may have: a learner reads
// a cell at a glance, and what would not fit belongs in gdlib or plotting
// behind one call.
const maxCodeLines = 15

// codeLines counts the lines of a cell's source as a reader sees them: a
// final newline does not start another line, blank lines count.
func codeLines(src string) int {
	src = strings.TrimSuffix(src, "\n")
	if src == "" {
		return 0
	}
	return strings.Count(src, "\n") + 1
}

// TestLessonCellsAreShort checks that no code cell of a lesson is longer
// than maxCodeLines.
func TestLessonCellsAreShort(t *testing.T) {
	paths, err := filepath.Glob("[0-9][0-9]-*.ipynb")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no lessons found (%v)", err)
	}
	for _, path := range paths {
		nb, err := readNotebook(path)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		for i, c := range nb.Cells {
			if n := codeLines(string(c.Source)); c.CellType == "code" && n > maxCodeLines {
				t.Errorf("%s: %d lines of code, more than %d", cellName(path, i, c), n, maxCodeLines)
			}
		}
	}
}

// TestCodeLines shows the count the check above relies on, including a
// 16-line cell that it would reject.
func TestCodeLines(t *testing.T) {
	for _, c := range []struct {
		src  string
		want int
	}{
		{"", 0},
		{"%%\n", 1},
		{"a\nb", 2},
		{"a\nb\n", 2},
		{"a\n\nb\n", 3},
		{strings.Repeat("x := 1\n", 16), 16},
	} {
		if got := codeLines(c.src); got != c.want {
			t.Errorf("codeLines(%q) = %d, want %d", c.src, got, c.want)
		}
	}
	if codeLines(strings.Repeat("x\n", maxCodeLines+1)) <= maxCodeLines {
		t.Error("a cell one line too long passes the check")
	}
}
