package ipynb

import (
	"fmt"
	"os"
)

// MaxOutputBytes is the most one output of an executed lesson may take in
// the notebook file, all its MIME types together (for a figure: the SVG in
// HTML, the PNG fallback in base64 and a line of text). plotting's
// TestBundle holds its figures to the same limit.
const MaxOutputBytes = 150 << 10

// MaxNotebookBytes is the most an executed lesson may take on disk: saved
// with its outputs, it still opens at once and can be shared by mail.
const MaxNotebookBytes = 1 << 20

// checkSize returns a problem for each output of nb larger than
// MaxOutputBytes, named by its cell, and one if the file at path is larger
// than MaxNotebookBytes.
func checkSize(path string, nb *Notebook) []string {
	var problems []string
	for i, c := range nb.Cells {
		for k, o := range c.Outputs {
			n := 0
			for _, raw := range o.Data {
				n += len(raw)
			}
			if n > MaxOutputBytes {
				problems = append(problems, fmt.Sprintf("%s: output %d takes %d bytes, want ≤ %d (150 KB)", CellName(path, i, c), k, n, MaxOutputBytes))
			}
		}
	}
	if st, err := os.Stat(path); err == nil && st.Size() > MaxNotebookBytes {
		problems = append(problems, fmt.Sprintf("%s takes %d KB with its outputs, want ≤ %d KB", path, st.Size()>>10, MaxNotebookBytes>>10))
	}
	return problems
}
