package notebooks_test

import (
	"encoding/json"
	"os"
	"strings"
)

// The parts of Jupyter's notebook format (nbformat 4,
// https://nbformat.readthedocs.io/en/latest/format_description.html) that
// the tests read.
type notebook struct {
	Cells    []cell `json:"cells"`
	Metadata struct {
		Kernelspec struct {
			Name string `json:"name"`
		} `json:"kernelspec"`
	} `json:"metadata"`
	NBFormat int `json:"nbformat"`
}

type cell struct {
	ID             string    `json:"id"`
	CellType       string    `json:"cell_type"`
	Source         multiline `json:"source"`
	Metadata       cellMeta  `json:"metadata"`
	Outputs        []output  `json:"outputs"`
	ExecutionCount *int      `json:"execution_count"`
}

// cellMeta holds the two conventions by which a lesson cell states what it
// must produce (see README.md, "Adding a lesson"):
//
//	"tags": ["figure"]            the cell shows at least one figure
//	"expect": ["0.50108086412…"]  each string appears in the cell's printed text
//
// and nbclient's timestamps of the cell's execution.
type cellMeta struct {
	Tags      []string          `json:"tags"`
	Expect    []string          `json:"expect"`
	Execution map[string]string `json:"execution"`
}

type output struct {
	OutputType string                     `json:"output_type"`
	Name       string                     `json:"name"` // stream: stdout or stderr
	Text       multiline                  `json:"text"` // stream
	Data       map[string]json.RawMessage `json:"data"` // display_data, execute_result
	EName      string                     `json:"ename"`
	EValue     string                     `json:"evalue"`
}

// multiline is a notebook string, stored either as one string or as a list
// of lines.
type multiline string

func (m *multiline) UnmarshalJSON(b []byte) error {
	var lines []string
	if err := json.Unmarshal(b, &lines); err == nil {
		*m = multiline(strings.Join(lines, ""))
		return nil
	}
	var s string
	err := json.Unmarshal(b, &s)
	*m = multiline(s)
	return err
}

// text returns the output's MIME data of type mime as a string ("" if none).
func (o output) text(mime string) string {
	raw, ok := o.Data[mime]
	if !ok {
		return ""
	}
	var m multiline
	if err := json.Unmarshal(raw, &m); err != nil {
		return ""
	}
	return string(m)
}

func (c cell) hasTag(tag string) bool {
	for _, t := range c.Metadata.Tags {
		if t == tag {
			return true
		}
	}
	return false
}

func readNotebook(path string) (*notebook, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var nb notebook
	if err := json.Unmarshal(data, &nb); err != nil {
		return nil, err
	}
	return &nb, nil
}
