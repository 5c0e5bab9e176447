package ipynb

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

// Result is what the checks of one executed notebook found.
type Result struct {
	Name                   string  // the notebook's file name without .ipynb
	Seconds                float64 // how long its run took (set by the caller)
	Cells, Figures, Expect int     // code cells, figures shown, expected strings checked
	Slowest                string  // "cell N 4.2s", the cell with the longest time
	Problems               []string
}

// CheckExecuted checks every code cell of the executed notebook at path
// (CheckCell) and its size (MaxOutputBytes, MaxNotebookBytes) and returns
// the counts and problems, each problem prefixed with the cell's name
// (CellName); seconds gives a cell's time by index, for Slowest.
func CheckExecuted(path string, seconds func(i int) float64) Result {
	name := strings.TrimSuffix(filepath.Base(path), ".ipynb")
	r := Result{Name: name}
	nb, err := Read(path)
	if err != nil {
		r.Problems = append(r.Problems, fmt.Sprintf("%s: reading the executed notebook: %v", name, err))
		return r
	}
	r.Problems = append(r.Problems, checkSize(path, nb)...)
	var slowest float64
	for i, c := range nb.Cells {
		if c.CellType != "code" {
			continue
		}
		r.Cells++
		r.Expect += len(c.Metadata.Expect)
		figs, problems := CheckCell(c)
		r.Figures += figs
		for _, p := range problems {
			r.Problems = append(r.Problems, CellName(path, i, c)+": "+p)
		}
		if s := seconds(i); s > slowest {
			slowest, r.Slowest = s, fmt.Sprintf("cell %d %.1fs", i, s)
		}
	}
	return r
}

// gonbError marks the HTML in which gonb shows compiler and runtime errors
// (gonb's internal/goexec/errorpublish.go).
var gonbError = regexp.MustCompile(`gonb-err|data-mime-type="application/vnd.jupyter.stderr"`)

var htmlTag = regexp.MustCompile(`<[^>]*>`)

// CheckCell returns the number of figures an executed cell shows (outputs
// with an SVG or PNG image, or HTML holding an <svg> or <img>) and what is
// wrong with it: an error output, text on stderr, a kernel error shown as
// HTML, the tag "figure" without a figure, an expected string
// (Metadata.Expect) missing from what the cell printed.
func CheckCell(c Cell) (figures int, problems []string) {
	var printed strings.Builder
	for _, o := range c.Outputs {
		switch o.OutputType {
		case "error":
			problems = append(problems, fmt.Sprintf("error %s: %s", o.EName, o.EValue))
		case "stream":
			if o.Name == "stderr" {
				problems = append(problems, "printed on stderr: "+Tail(string(o.Text), 1500))
			} else {
				printed.WriteString(string(o.Text))
			}
		case "display_data", "execute_result":
			html := o.MIME("text/html")
			if gonbError.MatchString(html) {
				text := html
				if i := strings.LastIndex(html, "</style>"); i >= 0 {
					text = html[i+len("</style>"):]
				}
				problems = append(problems, "kernel error: "+Tail(strings.Join(strings.Fields(htmlTag.ReplaceAllString(text, " ")), " "), 1500))
				continue
			}
			if o.Data["image/svg+xml"] != nil || o.Data["image/png"] != nil ||
				strings.Contains(html, "<svg") || strings.Contains(html, "<img") {
				figures++
			}
			printed.WriteString(o.MIME("text/plain"))
		}
	}
	if c.HasTag("figure") && figures == 0 {
		problems = append(problems, `tagged "figure" but shows no figure`)
	}
	for _, e := range c.Metadata.Expect {
		if !strings.Contains(printed.String(), e) {
			problems = append(problems, fmt.Sprintf("expected %q in the printed output, which is:\n%s", e, Tail(printed.String(), 1500)))
		}
	}
	return figures, problems
}

// Printed is what an executed cell printed: its stdout and the plain text
// of its displays.
func Printed(c Cell) string {
	var b strings.Builder
	for _, o := range c.Outputs {
		if o.OutputType == "stream" && o.Name == "stdout" {
			b.WriteString(string(o.Text))
		}
		b.WriteString(o.MIME("text/plain"))
	}
	return b.String()
}

// CellSeconds returns how long the kernel took over a cell, from the
// timestamps of its execution (execute_input to execute_reply); 0 when the
// cell has none.
func CellSeconds(c Cell) float64 {
	from, err1 := time.Parse(time.RFC3339Nano, c.Metadata.Execution["iopub.execute_input"])
	to, err2 := time.Parse(time.RFC3339Nano, c.Metadata.Execution["shell.execute_reply"])
	if err1 != nil || err2 != nil {
		return 0
	}
	return to.Sub(from).Seconds()
}

// CellName names cell i of the notebook at path for messages:
// "name.ipynb cell 3 (id)".
func CellName(path string, i int, c Cell) string {
	if c.ID != "" {
		return fmt.Sprintf("%s cell %d (%s)", filepath.Base(path), i, c.ID)
	}
	return fmt.Sprintf("%s cell %d", filepath.Base(path), i)
}

// figureCall matches the calls that show a figure: plotting.Show,
// Descent{…}.Show, Sliders (package-level or Config's).
var figureCall = regexp.MustCompile(`\b(Show|Sliders)\(`)

// ExpectedFigures is how many figures a cell's source asks for: one per
// call of Show or Sliders.
func ExpectedFigures(src string) int { return len(figureCall.FindAllString(src, -1)) }

// LiveCall matches a cell that shows a live figure of plotting/interactive.
var LiveCall = regexp.MustCompile(`\binteractive\.(Sliders\(|Descent\{|Config\{)`)

// Tail returns the last n bytes of s, after "…" when it cut.
func Tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "…" + s[len(s)-n:]
}
