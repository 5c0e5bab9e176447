package notebooks_test

import (
	"context"
	"fmt"
	"math"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/gdlessons/lessons/internal/browser"
	"github.com/gdlessons/lessons/internal/ipynb"
	"github.com/gdlessons/lessons/plotting/interactive"
)

// The live figures of plotting/interactive, played with as a learner does:
// sliders moved, the plot clicked, Done pressed.

// checkEnding checks the line a live figure leaves under it: every one ends
// static, and says why when the test made it end in a particular way.
func checkEnding(t *testing.T, c cellStatus, o cellOutput) {
	if !ipynb.LiveCall.MatchString(c.Source) {
		return
	}
	if !strings.Contains(o.Text, "Static figure") || !strings.Contains(o.Text, "run this cell again") {
		t.Errorf("cell %d: no static line saying how to make the figure live again; output:\n%s", c.Index, o.Text)
	}
	want := "Done was clicked"
	switch {
	case strings.Contains(c.Source, "browser-test: timeout"):
		want = "no event for"
	case strings.Contains(c.Source, "browser-test: interrupt"):
		want = "the kernel was interrupted"
	}
	if !strings.Contains(o.Text, "[ended: "+want) {
		t.Errorf("cell %d: the live figure did not end because %q; output:\n%s", c.Index, want, o.Text)
	}
}

// exerciseLive plays with one live figure as a learner would, then ends it:
// Done, or nothing (a timeout cell), or the kernel's interrupt.
func exerciseLive(t *testing.T, ctx context.Context, lf liveFigure, src, arts, shot string, interrupt string, cellShot func(name string)) {
	t.Helper()
	switch {
	case strings.Contains(src, "browser-test: timeout"):
		return // it must end by itself; checkEnding reads why
	case strings.Contains(src, "browser-test: interrupt"):
		if err := eval(ctx, interrupt); err != nil {
			t.Errorf("cell %d: interrupting the kernel: %v", lf.Cell, err)
		}
		return
	}
	// Whatever happens below, end the figure so the notebook goes on.
	defer clickDone(t, ctx, lf)
	var kind struct {
		Sliders int  `json:"sliders"`
		Click   bool `json:"click"`
	}
	if err := browser.EvalJSON(ctx, fmt.Sprintf(`JSON.stringify({
		sliders: document.querySelectorAll("#gdi-ctl-%[1]s input[type=range]").length,
		click: (JSON.parse(document.getElementById("gdi-fig-%[1]s").dataset.frames || "[]") || []).length > 0 &&
			document.getElementById("gdi-ctl-%[1]s").innerText.includes("Click on the plot")})`, lf.UID), &kind); err != nil {
		t.Errorf("cell %d: reading the live figure: %v", lf.Cell, err)
		return
	}
	if kind.Sliders > 0 {
		moveSlider(t, ctx, lf, src, arts, shot)
	}
	if kind.Click {
		clickStart(t, ctx, lf, arts, shot)
	}
	cellShot(shot + "-live")
}

// clickDone clicks the live figure's Done button once with the mouse, as
// a learner does, in a cell that is not the active one, scrolled so that
// the cell starts above the view. JupyterLab makes such a cell active on
// mousedown and scrolls it into view, which moved the button away before
// the mouseup, and the click was lost, until the buttons acted on
// pointerdown (plotting/interactive's live.js). The test makes another
// cell active, checks that the figure's cell is not, presses and releases
// the mouse at the button's centre, and wants that one click to end the
// figure within 5 s (the kernel answers Done in milliseconds; the bound is
// for a loaded machine).
func clickDone(t *testing.T, ctx context.Context, lf liveFigure) {
	var act struct {
		Active     int  `json:"active"`
		CellActive bool `json:"cellActive"`
	}
	if err := browser.EvalJSON(ctx, fmt.Sprintf("(%s)(%d)", browser.LabActivateOther, lf.Cell), &act); err != nil {
		t.Errorf("cell %d: making another cell active: %v", lf.Cell, err)
		return
	}
	if act.Active == lf.Cell || act.CellActive {
		t.Errorf("cell %d: still the active cell (active %d) before the click on Done", lf.Cell, act.Active)
	}
	var at, after struct{ X, Y float64 }
	if err := browser.EvalJSON(ctx, fmt.Sprintf("(%s)(%q)", browser.DoneTopJS, lf.UID), &at); err != nil {
		t.Errorf("cell %d: locating Done: %v", lf.Cell, err)
		return
	}
	if err := chromedp.Do(ctx, chromedp.MouseClickXY(at.X, at.Y)); err != nil {
		t.Errorf("cell %d: clicking Done: %v", lf.Cell, err)
		return
	}
	ended := fmt.Sprintf(`!document.querySelector("#gdi-ctl-%s.gdi-live")`, lf.UID)
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](ended)); err == nil && ok {
			return
		}
	}
	_ = browser.EvalJSON(ctx, fmt.Sprintf(`JSON.stringify((() => { const r = document.querySelector("#gdi-ctl-%s button[data-action=done]").getBoundingClientRect();
		return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })())`, lf.UID), &after)
	t.Errorf("cell %d: one click on Done at (%.0f, %.0f), in a cell that was not the active one (cell %d was), did not end the live figure; the button is now at (%.0f, %.0f)",
		lf.Cell, at.X, at.Y, act.Active, after.X, after.Y)
}

// moveSlider moves the first slider sliderMoves times, checks that the
// figure changed and records the time from each slider event to the figure
// drawn for it.
//
// The positions spread over the middle of the range (the golden-ratio
// sequence mod 1, never the same twice in a row), snapped to the slider's
// step by the browser. A position whose value (interactive.Slider.ValueAt,
// the kernel's own conversion) equals the value the kernel last drew is
// skipped: the kernel draws nothing for it (plotting/interactive's
// sliderApp ignores a value it already has), so there would be no figure
// to wait for. At most 4·sliderMoves positions are tried.
func moveSlider(t *testing.T, ctx context.Context, lf liveFigure, src, arts, shot string) {
	var sl struct {
		Name          string   `json:"name"`
		Min, Max, Pos float64  // positions (log10 of the values for a log slider)
		Log           bool     `json:"log"`
		Int           bool     `json:"int"`
		Current       *float64 `json:"current"`
	}
	if err := browser.EvalJSON(ctx, fmt.Sprintf("(%s)(%q)", browser.SliderJS, lf.UID), &sl); err != nil {
		t.Errorf("cell %d: reading the slider: %v", lf.Cell, err)
		return
	}
	// The slider as the kernel has it: the page's range is in positions
	// (log10 of the values for a log slider).
	slider := interactive.Slider{Name: sl.Name, Min: sl.Min, Max: sl.Max, Log: sl.Log, Integer: sl.Int}
	if sl.Log {
		slider.Min, slider.Max = math.Pow(10, sl.Min), math.Pow(10, sl.Max)
	}
	// The value the kernel last drew; before the first redraw, the
	// slider's initial one.
	current := slider.ValueAt(sl.Pos)
	if sl.Current != nil {
		current = *sl.Current
	}
	before, err := chromedp.Run(ctx, chromedp.Evaluate[string](fmt.Sprintf("(%s)(%q)", browser.FigureSVGJS, lf.UID)))
	if err != nil {
		t.Errorf("cell %d: reading the figure: %v", lf.Cell, err)
		return
	}
	var latencies, skipped []float64
	for i := 0; len(latencies) < sliderMoves && i < 4*sliderMoves; i++ {
		want := sl.Min + (sl.Max-sl.Min)*(0.2+0.6*math.Mod(0.5+float64(i)*0.618034, 1))
		pos, err := chromedp.Run(ctx, chromedp.Evaluate[float64](fmt.Sprintf("(%s)(%q, %v)", browser.PlaceSliderJS, lf.UID, want)))
		if err != nil {
			t.Errorf("cell %d: placing the slider: %v", lf.Cell, err)
			return
		}
		v := slider.ValueAt(pos)
		if v == current {
			skipped = append(skipped, pos)
			continue
		}
		ms, err := chromedp.Run(ctx, chromedp.Evaluate[float64](fmt.Sprintf("(%s)(%q)", browser.FireSliderJS, lf.UID), chromedp.EvalAwaitPromise))
		if err != nil {
			t.Errorf("cell %d: moving the slider to %v (value %v, was %v): %v", lf.Cell, pos, v, current, err)
			return
		}
		latencies = append(latencies, ms)
		current = v
	}
	after, err := chromedp.Run(ctx, chromedp.Evaluate[string](fmt.Sprintf("(%s)(%q)", browser.FigureSVGJS, lf.UID)))
	if err != nil {
		t.Errorf("cell %d: reading the figure: %v", lf.Cell, err)
		return
	}
	if before == after {
		t.Errorf("cell %d: the figure did not change after %d slider moves", lf.Cell, len(latencies))
	}
	if len(latencies) < sliderMoves {
		t.Errorf("cell %d: %d slider moves drew a figure, want %d (skipped positions %v)", lf.Cell, len(latencies), sliderMoves, skipped)
		if len(latencies) == 0 {
			return
		}
	}
	// A cell marked so starts its first slider at the middle of its range,
	// where the first move lands: the mover must have skipped it.
	if strings.Contains(src, "browser-test: starts at the middle") && len(skipped) == 0 {
		t.Errorf("cell %d: the slider starts at its middle, but the mover skipped no position", lf.Cell)
	}
	if len(skipped) > 0 {
		t.Logf("cell %d: skipped slider positions %v (the slider's value already)", lf.Cell, skipped)
	}
	l := append([]float64(nil), latencies...)
	sort.Float64s(l)
	med, worst := l[len(l)/2], l[len(l)-1]
	t.Logf("cell %d: slider event → figure: median %.0f ms, max %.0f ms over %d moves", lf.Cell, med, worst, len(l))
	line := fmt.Sprintf("%s\tslider→figure ms\tmedian %.1f\tmax %.1f\tall %.1f\n", shot, med, worst, latencies)
	appendFile(t, filepath.Join(arts, "latency.tsv"), line)
}

// clickStart clicks a point of the plot with a real mouse event and checks
// that the descent restarts from it and is animated to its verdict.
func clickStart(t *testing.T, ctx context.Context, lf liveFigure, arts, shot string) {
	// The lab invites the click once the animation has ended; while it
	// runs, every frame replaces the figure.
	if _, ok := waitState(t, ctx, lf, func(s descentState) bool { return s.Iteration == s.Steps }); !ok {
		t.Errorf("cell %d: the first animation did not end", lf.Cell)
		return
	}
	// Aim once the page has stopped moving: the outputs above may still be
	// replacing their live figures by static ones, which shifts this one.
	var target, prev struct{ Px, Py, X, Y, Tol float64 }
	expr := fmt.Sprintf("JSON.stringify((%s)(%q, 0.3, 0.35))", browser.ClickTargetJS, lf.UID)
	for i := 0; i < 50; i++ {
		prev = target
		if err := browser.EvalJSON(ctx, expr, &target); err != nil {
			t.Errorf("cell %d: locating the plot: %v", lf.Cell, err)
			return
		}
		if i > 0 && target == prev {
			break
		}
		time.Sleep(300 * time.Millisecond)
	}
	if err := chromedp.Do(ctx, chromedp.MouseClickXY(target.Px, target.Py)); err != nil {
		t.Errorf("cell %d: clicking the plot: %v", lf.Cell, err)
		return
	}
	var got descentState
	restarted := false
	got, _ = waitState(t, ctx, lf, func(s descentState) bool {
		// One CSS pixel of data each way, doubled for rounding in the
		// browser's layout (the figure is scaled to the output's width).
		restarted = len(s.Start) > 0 && math.Abs(s.Start[0]-target.X) <= 2*target.Tol &&
			(len(s.Start) == 1 || math.Abs(s.Start[1]-target.Y) <= 2*target.Tol)
		return restarted && s.Iteration == s.Steps
	})
	fs := struct{ State descentState }{got}
	if !restarted {
		t.Errorf("cell %d: a click at data (%.4g, %.4g) did not restart the run there: start %v", lf.Cell, target.X, target.Y, fs.State.Start)
		return
	}
	if fs.State.Iteration != fs.State.Steps {
		t.Errorf("cell %d: the animation stopped at iteration %d of %d", lf.Cell, fs.State.Iteration, fs.State.Steps)
	}
	t.Logf("cell %d: click at (%.4g, %.4g) → run from %v, %d iterations, %s", lf.Cell, target.X, target.Y, fs.State.Start, fs.State.Steps, fs.State.Verdict)
}

// descentState is what a Descent's live figure tells the page (data-state).
type descentState struct {
	Start     []float64 `json:"start"`
	Iteration int       `json:"iteration"`
	Steps     int       `json:"steps"`
	Verdict   string    `json:"verdict"`
}

// waitState polls a live Descent's state until ok holds, 30 s at most
// (a run of 30 frames at 150 ms each takes 4.5 s).
func waitState(t *testing.T, ctx context.Context, lf liveFigure, ok func(descentState) bool) (descentState, bool) {
	var fs struct {
		State descentState `json:"state"`
	}
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if err := browser.EvalJSON(ctx, fmt.Sprintf("(%s)(%q)", browser.FigureStateJS, lf.UID), &fs); err != nil {
			t.Errorf("cell %d: %v", lf.Cell, err)
			return fs.State, false
		}
		if ok(fs.State) {
			return fs.State, true
		}
	}
	return fs.State, false
}
