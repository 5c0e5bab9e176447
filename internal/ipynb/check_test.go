package ipynb

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// cellJSON decodes a cell written as nbformat JSON.
func cellJSON(t *testing.T, s string) Cell {
	t.Helper()
	var c Cell
	if err := json.Unmarshal([]byte(s), &c); err != nil {
		t.Fatal(err)
	}
	return c
}

// TestCheckCell gives CheckCell one executed cell per kind of problem, and
// a cell that is fine, in the JSON that Jupyter saves.
func TestCheckCell(t *testing.T) {
	for _, c := range []struct {
		name    string
		cell    string
		figures int
		problem string // a word of the one problem; "" for none
	}{
		{"fine", `{"cell_type": "code", "metadata": {"tags": ["figure"], "expect": ["0.5"]}, "source": ["%%\n", "x"],
			"outputs": [{"output_type": "stream", "name": "stdout", "text": ["x = ", "0.5\n"]},
				{"output_type": "display_data", "data": {"image/svg+xml": "<svg/>", "text/plain": "<Figure>"}}]}`, 1, ""},
		{"figure in HTML", `{"cell_type": "code", "metadata": {"tags": ["figure"]}, "source": "",
			"outputs": [{"output_type": "display_data", "data": {"text/html": "<div><img src=\"data:image/png;base64,AA==\"></div>"}}]}`, 1, ""},
		{"error", `{"cell_type": "code", "metadata": {}, "source": "",
			"outputs": [{"output_type": "error", "ename": "ERROR", "evalue": "panic: boom", "traceback": []}]}`, 0, "panic: boom"},
		{"stderr", `{"cell_type": "code", "metadata": {}, "source": "",
			"outputs": [{"output_type": "stream", "name": "stderr", "text": "oops"}]}`, 0, "stderr: oops"},
		{"kernel error", `{"cell_type": "code", "metadata": {}, "source": "",
			"outputs": [{"output_type": "display_data", "data": {"text/html": "<style>.gonb-err{}</style><div class=\"gonb-err\">undefined: y</div>"}}]}`, 0, "kernel error: undefined: y"},
		{"missing figure", `{"cell_type": "code", "metadata": {"tags": ["figure"]}, "source": "", "outputs": []}`, 0, "no figure"},
		{"wrong number", `{"cell_type": "code", "metadata": {"expect": ["0.5010808641292953"]}, "source": "",
			"outputs": [{"output_type": "stream", "name": "stdout", "text": "0.5010808641292954\n"}]}`, 0, `expected "0.5010808641292953"`},
	} {
		figs, problems := CheckCell(cellJSON(t, c.cell))
		if figs != c.figures {
			t.Errorf("%s: %d figures, want %d", c.name, figs, c.figures)
		}
		switch {
		case c.problem == "" && len(problems) > 0:
			t.Errorf("%s: problems %q, want none", c.name, problems)
		case c.problem != "" && (len(problems) != 1 || !strings.Contains(problems[0], c.problem)):
			t.Errorf("%s: problems %q, want one containing %q", c.name, problems, c.problem)
		}
	}
}

// TestCheckExecuted checks a small saved notebook: the problems name their
// cell, the counts add up, and the slowest cell comes from the recorded
// times (CellSeconds: execute_input to execute_reply).
func TestCheckExecuted(t *testing.T) {
	nb := `{"nbformat": 4, "nbformat_minor": 5, "metadata": {"kernelspec": {"name": "gdlessons"}}, "cells": [
		{"cell_type": "markdown", "metadata": {}, "source": "# title"},
		{"cell_type": "code", "id": "a", "metadata": {"expect": ["42"], "execution": {
			"iopub.execute_input": "2026-01-02T10:00:00.000Z", "shell.execute_reply": "2026-01-02T10:00:01.500Z"}},
			"source": "", "outputs": [{"output_type": "stream", "name": "stdout", "text": "42\n"}]},
		{"cell_type": "code", "id": "b", "metadata": {"tags": ["figure"], "execution": {
			"iopub.execute_input": "2026-01-02T10:00:01.600Z", "shell.execute_reply": "2026-01-02T10:00:04.100Z"}},
			"source": "", "outputs": []}]}`
	path := filepath.Join(t.TempDir(), "small.ipynb")
	if err := os.WriteFile(path, []byte(nb), 0o644); err != nil {
		t.Fatal(err)
	}
	doc, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	r := CheckExecuted(path, func(i int) float64 { return CellSeconds(doc.Cells[i]) })
	if r.Name != "small" || r.Cells != 2 || r.Expect != 1 || r.Figures != 0 {
		t.Errorf("result %+v, want small, 2 cells, 1 expected string, 0 figures", r)
	}
	// Cell 2 ran from 1.6 s to 4.1 s: 2.5 s, the slowest.
	if r.Slowest != "cell 2 2.5s" {
		t.Errorf("slowest %q, want cell 2 2.5s", r.Slowest)
	}
	if len(r.Problems) != 1 || !strings.HasPrefix(r.Problems[0], `small.ipynb cell 2 (b): tagged "figure"`) {
		t.Errorf("problems %q, want one for cell 2 (b)", r.Problems)
	}
	if got := Printed(doc.Cells[1]); got != "42\n" {
		t.Errorf("printed %q", got)
	}
	if _, err := Read(filepath.Join(t.TempDir(), "none.ipynb")); err == nil {
		t.Error("reading a missing notebook: no error")
	}
}

func TestExpectedFiguresAndLiveCall(t *testing.T) {
	src := "%%\nplotting.Show(a)\ninteractive.Sliders(cfg, s...)\nd.Show()\n"
	if n := ExpectedFigures(src); n != 3 {
		t.Errorf("ExpectedFigures = %d, want 3 (two Show, one Sliders)", n)
	}
	if !LiveCall.MatchString(src) || LiveCall.MatchString("plotting.Show(x)") {
		t.Error("LiveCall must match interactive.Sliders( and not plotting.Show(")
	}
	if Tail("abcdef", 3) != "…def" || Tail("ab", 3) != "ab" {
		t.Error("Tail")
	}
}

// TestCheckSize: an output over MaxOutputBytes is named with its cell, one
// just under passes, and a notebook file over MaxNotebookBytes is reported.
func TestCheckSize(t *testing.T) {
	out := func(n int) string {
		// the JSON string "…" takes n bytes with its quotes
		return `{"output_type": "display_data", "metadata": {}, "data": {"text/plain": "` + strings.Repeat("x", n-2) + `"}}`
	}
	nb := func(outs ...string) string {
		return `{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
			{"cell_type": "code", "id": "big", "metadata": {}, "source": "", "outputs": [` + strings.Join(outs, ",") + `]}]}`
	}
	dir := t.TempDir()
	for _, c := range []struct {
		name string
		doc  string
		want []string
	}{
		{"fits", nb(out(MaxOutputBytes)), nil},
		{"big", nb(out(MaxOutputBytes + 1)), []string{"big.ipynb cell 0 (big): output 0 takes 153601 bytes, want ≤ 153600 (150 KB)"}},
		{"heavy", nb(out(MaxOutputBytes), out(MaxOutputBytes), out(MaxOutputBytes), out(MaxOutputBytes), out(MaxOutputBytes), out(MaxOutputBytes), out(MaxOutputBytes)),
			[]string{"heavy.ipynb takes 1050 KB with its outputs, want ≤ 1024 KB"}},
	} {
		path := filepath.Join(dir, c.name+".ipynb")
		if err := os.WriteFile(path, []byte(c.doc), 0o644); err != nil {
			t.Fatal(err)
		}
		r := CheckExecuted(path, func(int) float64 { return 0 })
		var got []string
		for _, p := range r.Problems {
			got = append(got, strings.TrimPrefix(p, dir+"/"))
		}
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%s: problems %q, want %q", c.name, got, c.want)
		}
	}
}
