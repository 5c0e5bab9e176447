package notebooks_test

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/gdlessons/lessons/internal/browser"
)

// A learner's edit: click into a code cell, change its learning rate by
// keyboard, press Shift-Enter.

// learnerEdits is how many lessons get an edit.
const learnerEdits = 3

// gdRate finds plain gradient descent's learning rate written as a number
// in a cell's source: GD(0.1).
var gdRate = regexp.MustCompile(`\bGD\(([0-9]*\.?[0-9]+)\)`)

// edit is a change a learner makes to one cell: the first rate of gdRate
// halved. Halved, so that the run (a fixed number of steps) ends elsewhere:
// a smaller step covers less ground, where a larger one could land on the
// same converged minimum and print the same number.
type edit struct {
	cell       int
	needle     string // GD(0.1)
	old, new   string // 0.1, 0.05
	expect     []string
	figureCell bool
}

// chooseEdits picks, in the first n lessons (by file name) that have one,
// the first code cell that writes GD(rate) with a number, is tagged
// "figure" and pins numbers it prints (expect metadata): those numbers are
// the ones the edit must change. New lessons are picked up as they come.
func chooseEdits(t *testing.T, work string, names []string, n int) map[string]edit {
	edits := map[string]edit{}
	for _, name := range names {
		if len(edits) == n {
			break
		}
		if !regexp.MustCompile(`^\d\d-`).MatchString(name) {
			continue // a fixture
		}
		nb, err := readNotebook(filepath.Join(work, name))
		if err != nil {
			t.Fatal(err)
		}
		for i, c := range nb.Cells {
			m := gdRate.FindStringSubmatch(string(c.Source))
			if c.CellType != "code" || m == nil || !c.HasTag("figure") || len(c.Metadata.Expect) == 0 {
				continue
			}
			rate, _ := strconv.ParseFloat(m[1], 64)
			edits[name] = edit{cell: i, needle: m[0], old: m[1], new: strconv.FormatFloat(rate/2, 'g', -1, 64), expect: c.Metadata.Expect}
			break
		}
	}
	if len(edits) < n {
		t.Errorf("only %d lessons have a cell to edit (GD(rate), tagged figure, with expect metadata), want %d", len(edits), n)
	}
	return edits
}

// learnerEdit makes the edit in the open notebook the way a learner does:
// a mouse click just after the rate puts the cursor there, Backspace
// erases it, the new rate is typed key by key, Shift-Enter runs the cell.
// The cell must then have run again without an error, no longer print the
// numbers it pinned for the old rate, print something else, and show a
// different figure. Screenshots of the cell before and after are kept
// (NAME-edit-before.png, NAME-edit-after.png).
func learnerEdit(t *testing.T, s *session, tb *tab, run *labRun, e edit) {
	ctx := run.ctx
	base := strings.TrimSuffix(run.name, ".ipynb")
	var before []cellOutput
	if err := browser.EvalJSON(ctx, browser.LabOutputs, &before); err != nil {
		t.Fatal(err)
	}
	var st0 status
	if err := browser.EvalJSON(ctx, browser.LabStatus, &st0); err != nil {
		t.Fatal(err)
	}
	var at struct {
		X, Y   float64
		Offset int
	}
	if err := browser.EvalJSON(ctx, fmt.Sprintf("(%s)(%d, %q, %q)", browser.LabEditorPoint, e.cell, e.needle, e.old), &at); err != nil {
		t.Fatalf("cell %d: locating %s in the editor: %v", e.cell, e.needle, err)
	}
	if err := chromedp.Do(ctx, chromedp.MouseClickXY(at.X, at.Y)); err != nil {
		t.Fatalf("cell %d: clicking into the editor: %v", e.cell, err)
	}
	var cur struct {
		Offset          int
		Active, Editing bool
	}
	if err := browser.EvalJSON(ctx, fmt.Sprintf("(%s)(%d)", browser.LabCursor, e.cell), &cur); err != nil {
		t.Fatal(err)
	}
	if !cur.Active || !cur.Editing || cur.Offset != at.Offset {
		t.Fatalf("cell %d: after the click the cursor is at %d (active %v, editing %v), want %d, just after %s", e.cell, cur.Offset, cur.Active, cur.Editing, at.Offset, e.old)
	}
	cellShot(t, ctx, s.arts, base+"-edit-before", e.cell)
	keys := strings.Repeat(kb.Backspace, len(e.old)) + e.new
	if err := chromedp.Do(ctx, chromedp.KeyEvent(keys)); err != nil {
		t.Fatalf("cell %d: typing: %v", e.cell, err)
	}
	var st status
	if err := browser.EvalJSON(ctx, browser.LabStatus, &st); err != nil {
		t.Fatal(err)
	}
	newNeedle := strings.Replace(e.needle, e.old, e.new, 1)
	if !strings.Contains(st.Cells[e.cell].Source, newNeedle) {
		t.Fatalf("cell %d: after typing, the source lacks %s:\n%s", e.cell, newNeedle, st.Cells[e.cell].Source)
	}
	cellShot(t, ctx, s.arts, base+"-edit-typed", e.cell)
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Enter, chromedp.KeyModifiers(chromedp.ModifierShift))); err != nil {
		t.Fatalf("cell %d: Shift-Enter: %v", e.cell, err)
	}
	t0 := time.Now()
	for {
		if err := browser.EvalJSON(ctx, browser.LabStatus, &st); err != nil {
			t.Fatalf("cell %d did not run again: %v", e.cell, err)
		}
		c := st.Cells[e.cell]
		if c.Count != "null" && c.Count != st0.Cells[e.cell].Count && !c.Running && !st.Busy {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	secs := time.Since(t0).Seconds()
	var after []cellOutput
	for deadline := time.Now().Add(figureWait); ; time.Sleep(200 * time.Millisecond) {
		if err := browser.EvalJSON(ctx, browser.LabOutputs, &after); err != nil {
			t.Fatal(err)
		}
		if after[e.cell].Figures > 0 || time.Now().After(deadline) {
			break
		}
	}
	cellShot(t, ctx, s.arts, base+"-edit-after", e.cell)
	b, a := before[e.cell], after[e.cell]
	for _, err := range a.Errors {
		t.Errorf("cell %d with %s wrote an error:\n%s", e.cell, newNeedle, err)
	}
	for _, x := range e.expect {
		if strings.Contains(a.Text, x) {
			t.Errorf("cell %d with %s still prints %s, the number pinned for %s:\n%s", e.cell, newNeedle, x, e.needle, a.Text)
		}
	}
	if a.Text == b.Text {
		t.Errorf("cell %d with %s prints the same as with %s:\n%s", e.cell, newNeedle, e.needle, a.Text)
	}
	if a.Figures == 0 || a.Figure == b.Figure {
		t.Errorf("cell %d with %s: %d figures, changed %v; want a figure that changed", e.cell, newNeedle, a.Figures, a.Figure != b.Figure)
	}
	t.Logf("cell %d edited by keyboard, %s → %s, ran again in %.1fs; it printed:\n%s", e.cell, e.needle, newNeedle, secs, a.Text)
}
