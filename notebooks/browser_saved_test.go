package notebooks_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/gdlessons/lessons/internal/browser"
	"github.com/gdlessons/lessons/internal/ipynb"
)

// checkSaved saves the notebook and reads the file: every live figure left
// a static figure (SVG and a PNG for viewers that do not trust SVG) and
// its line, and no script is saved: the page script and gonb's are sent
// as transient outputs that are emptied once run.
func checkSaved(t *testing.T, ctx context.Context, path string) {
	saved, err := chromedp.Run(ctx, chromedp.Evaluate[bool](browser.LabSave, chromedp.EvalAwaitPromise))
	if err != nil || !saved {
		t.Errorf("saving: %v (saved %v)", err, saved)
		return
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), "<script") {
		t.Errorf("the saved notebook holds a <script>: a live figure's code was saved")
	}
	var doc struct {
		Cells []struct {
			Type    string          `json:"cell_type"`
			Source  json.RawMessage `json:"source"`
			Outputs []struct {
				Data map[string]any `json:"data"`
			} `json:"outputs"`
		} `json:"cells"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	for i, c := range doc.Cells {
		var src string
		var lines []string
		if json.Unmarshal(c.Source, &lines) == nil {
			src = strings.Join(lines, "")
		} else {
			_ = json.Unmarshal(c.Source, &src)
		}
		if c.Type != "code" || !ipynb.LiveCall.MatchString(src) {
			continue
		}
		var svg, png, line bool
		for _, o := range c.Outputs {
			// The SVG as image/svg+xml, or in the HTML of plotting's bundle.
			_, s := o.Data["image/svg+xml"]
			if h, ok := o.Data["text/html"]; ok && strings.Contains(fmt.Sprint(h), "svg") {
				s = true
			}
			_, p := o.Data["image/png"]
			svg, png = svg || s, png || p
			if txt, ok := o.Data["text/plain"]; ok && strings.Contains(fmt.Sprint(txt), "run this cell again") {
				line = true
			}
		}
		if !svg || !png || !line {
			t.Errorf("saved cell %d: svg %v, png %v, static line %v: a reopened notebook would not show the last figure", i, svg, png, line)
		}
	}
}

// reopenUntrusted opens the notebook saved at name again, from disk, as a
// learner who gets it from someone else: untrusted (see untrust), so
// JupyterLab renders no SVG and runs no script of its outputs. Every cell
// must still show its figures (the PNG of each bundle) and no script may
// run (no live figure comes alive). The kernel it starts is shut down
// again; the checks do not wait for it.
func reopenUntrusted(t *testing.T, s *session, tb *tab, name string) {
	t0 := time.Now()
	untrust(t, filepath.Join(s.work, name))
	t1 := time.Now()
	ctx, cancel := context.WithTimeout(tb.ctx, perNotebook)
	defer cancel()
	run := openNotebook(t, s, tb, ctx, name, false)
	t2 := time.Now()
	defer func() {
		t3 := time.Now()
		closeNotebook(t, s, tb, run)
		t.Logf("reopened untrusted: made untrusted in %.1fs, opened in %.1fs, checked in %.1fs, closed in %.1fs",
			t1.Sub(t0).Seconds(), t2.Sub(t1).Seconds(), t3.Sub(t2).Seconds(), time.Since(t3).Seconds())
	}()
	nb, err := readNotebook(filepath.Join(s.work, name))
	if err != nil {
		t.Fatal(err)
	}
	var outs []cellOutput
	for deadline := time.Now().Add(figureWait); ; time.Sleep(200 * time.Millisecond) {
		if err := browser.EvalJSON(ctx, browser.LabOutputs, &outs); err != nil {
			t.Fatal(err)
		}
		if len(outs) != len(nb.Cells) {
			t.Fatalf("reopened, the notebook shows %d cells, the file has %d", len(outs), len(nb.Cells))
		}
		all := true
		for i, c := range nb.Cells {
			all = all && (c.CellType != "code" || outs[i].Figures >= savedFigures(c))
		}
		if all || time.Now().After(deadline) {
			break
		}
	}
	base := strings.TrimSuffix(name, ".ipynb")
	screenshot(t, ctx, s.arts, base+"-reopened")
	for i, c := range nb.Cells {
		if c.CellType != "code" {
			continue
		}
		o := outs[i]
		if o.Trusted {
			t.Errorf("reopened cell %d is trusted: want untrusted", i)
		}
		if want := savedFigures(c); o.Figures < want {
			t.Errorf("reopened untrusted, cell %d shows %d figures (%d svg, %d img), the file holds %d; it reads:\n%s", i, o.Figures, o.SVGs, o.Imgs, want, o.Text)
		}
		if ipynb.LiveCall.MatchString(string(c.Source)) && !strings.Contains(o.Text, "run this cell again") {
			t.Errorf("reopened cell %d: the live figure's static line does not show:\n%s", i, o.Text)
		}
	}
	var st status
	if err := browser.EvalJSON(ctx, browser.LabStatus, &st); err == nil && len(st.Live) > 0 {
		t.Errorf("reopened untrusted, %d live figures came alive: a saved script ran", len(st.Live))
	}
}

// savedFigures counts the saved outputs of a cell that hold a figure
// (ipynb.CheckCell's count).
func savedFigures(c ipynb.Cell) int {
	n, _ := ipynb.CheckCell(c)
	return n
}

// untrust makes the saved notebook at path one that JupyterLab opens
// untrusted, as a notebook someone else ran: JupyterLab trusts a notebook
// whose signature (an HMAC of its whole content, nbformat's NotebookNotary)
// is in the server's database, and the server signed this one when
// JupyterLab saved it (every output came from the learner's own kernel).
// One added metadata field, "gdlessons_test", changes the content and so
// the signature, which the database then lacks.
func untrust(t *testing.T, path string) {
	editMetadata(t, path, path, func(meta map[string]any) { meta["gdlessons_test"] = "reopened untrusted" })
}
