// Package ipynb reads Jupyter notebooks (nbformat 4) and checks executed
// ones the way the lessons' tests do: no cell failed or wrote to stderr,
// every cell tagged "figure" shows one, every expected string is printed.
package ipynb

import (
	"encoding/json"
	"os"
	"strings"
)

// Notebook holds the parts of Jupyter's notebook format (nbformat 4,
// https://nbformat.readthedocs.io/en/latest/format_description.html) that
// the tests read.
type Notebook struct {
	Cells    []Cell `json:"cells"`
	Metadata struct {
		Kernelspec struct {
			Name string `json:"name"`
		} `json:"kernelspec"`
	} `json:"metadata"`
	NBFormat int `json:"nbformat"`
}

// Cell is one cell of a notebook.
type Cell struct {
	ID             string    `json:"id"`
	CellType       string    `json:"cell_type"` // code, markdown or raw
	Source         Multiline `json:"source"`
	Metadata       CellMeta  `json:"metadata"`
	Outputs        []Output  `json:"outputs"`
	ExecutionCount *int      `json:"execution_count"`
}

// CellMeta holds the two conventions by which a lesson cell states what it
// must produce (see README.md, "Adding a lesson"):
//
//	"tags": ["figure"]            the cell shows at least one figure
//	"expect": ["0.50108086412…"]  each string appears in the cell's printed text
//
// and the timestamps of the cell's execution that nbclient, and JupyterLab
// with its recordTiming setting, write.
type CellMeta struct {
	Tags      []string          `json:"tags"`
	Expect    []string          `json:"expect"`
	Execution map[string]string `json:"execution"`
}

// Output is one output of a code cell.
type Output struct {
	OutputType string                     `json:"output_type"`
	Name       string                     `json:"name"` // stream: stdout or stderr
	Text       Multiline                  `json:"text"` // stream
	Data       map[string]json.RawMessage `json:"data"` // display_data, execute_result
	EName      string                     `json:"ename"`
	EValue     string                     `json:"evalue"`
}

// Multiline is a notebook string, stored either as one string or as a list
// of lines.
type Multiline string

// UnmarshalJSON reads either form.
func (m *Multiline) UnmarshalJSON(b []byte) error {
	var lines []string
	if err := json.Unmarshal(b, &lines); err == nil {
		*m = Multiline(strings.Join(lines, ""))
		return nil
	}
	var s string
	err := json.Unmarshal(b, &s)
	*m = Multiline(s)
	return err
}

// MIME returns the output's MIME data of type mime as a string ("" if none).
func (o Output) MIME(mime string) string {
	raw, ok := o.Data[mime]
	if !ok {
		return ""
	}
	var m Multiline
	if err := json.Unmarshal(raw, &m); err != nil {
		return ""
	}
	return string(m)
}

// HasTag reports whether the cell carries the tag.
func (c Cell) HasTag(tag string) bool {
	for _, t := range c.Metadata.Tags {
		if t == tag {
			return true
		}
	}
	return false
}

// Read reads the notebook at path.
func Read(path string) (*Notebook, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var nb Notebook
	if err := json.Unmarshal(data, &nb); err != nil {
		return nil, err
	}
	return &nb, nil
}
