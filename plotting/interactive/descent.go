package interactive

import (
	"fmt"
	"math"
	"time"

	"github.com/gdlessons/lessons/gdlib"
	"github.com/gdlessons/lessons/plotting"
)

// Descent is the course labs' animated gradient descent: the run is
// drawn step by step with the iteration, x₀, f and f′ written on the plot,
// ends with "Converged" or "Has not converged", and a click on the plot
// restarts it from the clicked point. Play/Pause stops and resumes the
// animation. In two variables the figure is usually the contour beside the
// 3-D surface, the same run on both; the click is read on any panel that is
// a gonum plot (see plotting.PlotPanels).
//
// The verdict follows the labs' rules: the run converged if every partial
// derivative fell below Tol (1e-5 in one variable, 1e-3 in two) while every
// iterate stayed inside Region (the plotted range).
type Descent struct {
	// F is the objective, of one or two variables. Required.
	F *gdlib.Function
	// Start is the initial point x₀ (one coordinate) or (x₀, y₀). Required.
	Start gdlib.Point
	// LR is the learning rate of plain gradient descent, gdlib.GD(LR).
	// Ignored when Optimizer is set.
	LR float64
	// Optimizer, if not nil, replaces gdlib.GD(LR): momentum, Adam, ….
	Optimizer gdlib.Transform
	// Steps is the largest number of iterations; zero means 100, as
	// gdlib.Settings. At most MaxDescentSteps: every one is a frame.
	Steps int
	// Region is the plotted range, where a run must stay to converge and
	// where a click may start one. Nil means F.Domain.
	Region gdlib.Box
	// Tol is the gradient tolerance of the verdict; zero means 1e-5 in one
	// variable and 1e-3 in two, the labs' values.
	Tol float64
	// Delay is the pause between two frames of the animation; zero means
	// 150 ms (25 iterations in under 4 s), negative means no animation.
	// At most MaxDelay.
	Delay time.Duration
	// Draw draws the figure of a run, which holds the iterates up to the
	// frame shown (for example plotting's curve or contour with the run).
	// Required.
	Draw func(run *gdlib.Trace) plotting.Figure

	Config // timeouts of the live figure
}

// DefaultDelay is Descent.Delay's default.
const DefaultDelay = 150 * time.Millisecond

// MaxDelay is the longest Descent.Delay: 10 s between two frames is
// already a slide show.
const MaxDelay = 10 * time.Second

// MaxDescentSteps is the largest Descent.Steps: 10 000 frames at the
// default delay play for 25 minutes, and each frame is the run drawn up
// to it, so a larger count would keep the kernel busy rather than show
// anything more (the labs take at most a few hundred steps).
const MaxDescentSteps = 10_000

// The course labs' tolerances on the gradient for "Converged": every
// partial derivative below Tol1D in one variable, Tol2D in two.
const (
	Tol1D = 1e-5
	Tol2D = 1e-3
)

// Verdicts written at the end of a run, the labs' words.
const (
	VerdictConverged    = "Converged"
	VerdictNotConverged = "Has not converged"
)

// Show runs the descent, animates it in the cell and lets the learner click
// new starts until Done, the timeout or an interrupt; the last run stays as
// a static figure. It returns the last run. Outside a browser it shows the
// whole run at once, with its verdict.
//
// The error names the field for a descent that cannot run: no F or Draw, a
// start of the wrong dimension or outside Region, a learning rate ≤ 0.
func (d Descent) Show() (*gdlib.Trace, error) {
	a, err := newDescentApp(d)
	if err != nil {
		return nil, err
	}
	if _, err := newSession(d.Config).run(a); err != nil {
		return nil, err
	}
	return a.full, nil
}

// Run returns the whole run of d from its Start and its verdict, without
// showing anything: what Show animates.
func (d Descent) Run() (*gdlib.Trace, string, error) {
	a, err := newDescentApp(d)
	if err != nil {
		return nil, "", err
	}
	return a.full, verdict(a.full), nil
}

// descentApp is the app of Descent.Show.
type descentApp struct {
	d       Descent
	opt     gdlib.Transform
	set     gdlib.Settings
	full    *gdlib.Trace // the whole run from the current start
	k       int          // iterate shown
	playing bool
	notice  string // why the last click was ignored
}

func newDescentApp(d Descent) (*descentApp, error) {
	if d.F == nil {
		return nil, fmt.Errorf("interactive: Descent.F is nil: give the function to minimise")
	}
	if d.Draw == nil {
		return nil, fmt.Errorf("interactive: Descent.Draw is nil: give the function that draws a run")
	}
	if d.F.Dim != 1 && d.F.Dim != 2 {
		return nil, fmt.Errorf("interactive: Descent.F = %s has %d variables: the labs draw one or two", d.F.Name, d.F.Dim)
	}
	if d.Region == nil {
		d.Region = d.F.Domain
	}
	if len(d.Region) != d.F.Dim {
		return nil, fmt.Errorf("interactive: Descent.Region = %v has %d ranges, want %d (one per variable of %s)", d.Region, len(d.Region), d.F.Dim, d.F.Name)
	}
	for i, r := range d.Region {
		if !(r.Min < r.Max) || math.IsInf(r.Min, 0) || math.IsInf(r.Max, 0) || math.IsInf(r.Max-r.Min, 0) {
			return nil, fmt.Errorf("interactive: Descent.Region[%d] = [%v, %v]: want finite Min < Max with a finite width (nil means F.Domain)", i, r.Min, r.Max)
		}
	}
	if d.Tol == 0 {
		d.Tol = Tol1D
		if d.F.Dim == 2 {
			d.Tol = Tol2D
		}
	}
	if math.IsNaN(d.Tol) || d.Tol < 0 || math.IsInf(d.Tol, 0) {
		return nil, fmt.Errorf("interactive: Descent.Tol = %v: want a finite number > 0 (0 means %v in one variable, %v in two)", d.Tol, Tol1D, Tol2D)
	}
	if d.Delay > MaxDelay {
		return nil, fmt.Errorf("interactive: Descent.Delay = %v: want at most %v between frames (0 means %v, negative no animation)", d.Delay, MaxDelay, DefaultDelay)
	}
	if d.Steps < 0 || d.Steps > MaxDescentSteps {
		return nil, fmt.Errorf("interactive: Descent.Steps = %d: want 1 … %d (0 means 100)", d.Steps, MaxDescentSteps)
	}
	if d.Delay == 0 {
		d.Delay = DefaultDelay
	}
	opt := d.Optimizer
	if opt == nil {
		opt = gdlib.GD(d.LR)
	}
	a := &descentApp{d: d, opt: opt, set: gdlib.Settings{Steps: d.Steps, GradTol: d.Tol, Region: d.Region}}
	if err := a.restart(d.Start, "Descent.Start"); err != nil {
		return nil, err
	}
	return a, nil
}

// restart runs the descent from start and rewinds the animation.
func (a *descentApp) restart(start gdlib.Point, param string) error {
	if len(start) != a.d.F.Dim {
		return fmt.Errorf("interactive: %s = %v has %d coordinates, but %s is a function of %d variables", param, start, len(start), a.d.F.Name, a.d.F.Dim)
	}
	if !a.d.Region.Contains(start) {
		return fmt.Errorf("interactive: %s = %v is outside the plotted range %v", param, start, a.d.Region)
	}
	full, err := gdlib.Run(a.d.F, start, a.opt, &a.set)
	if err != nil {
		return err
	}
	// The animation opens on the first step: a trace always holds its
	// start, and gdlib has no run of zero steps to draw the start alone.
	a.full, a.k, a.playing = full, min(1, full.Steps()), a.d.Delay > 0
	if !a.playing || a.k >= full.Steps() {
		a.k, a.playing = full.Steps(), false
	}
	return nil
}

// verdict is the labs' word on a run.
func verdict(t *gdlib.Trace) string {
	if t.Status == gdlib.Converged {
		return VerdictConverged
	}
	return VerdictNotConverged
}

// why explains a verdict in a few words.
func why(t *gdlib.Trace) string {
	switch t.Status {
	case gdlib.Converged:
		return fmt.Sprintf("at iteration %d", t.Steps())
	case gdlib.LeftRegion:
		return fmt.Sprintf("left the plotted range at iteration %d", t.Where)
	case gdlib.Diverged:
		return fmt.Sprintf("diverged at iteration %d", t.Where)
	case gdlib.StepLimit:
		return fmt.Sprintf("%d iterations were not enough", t.Steps())
	}
	return t.Status.String()
}

// shown returns the run up to the iterate on screen: the same descent with
// k steps (runs are deterministic, so it is the start of the whole run).
func (a *descentApp) shown() *gdlib.Trace {
	if a.k <= 0 || a.k >= a.full.Steps() {
		return a.full
	}
	s := a.set
	s.Steps = a.k
	t, err := gdlib.Run(a.d.F, a.full.Start(), a.opt, &s)
	if err != nil {
		return a.full
	}
	return t
}

func (a *descentApp) notes(t *gdlib.Trace, k int) []string {
	x := t.X(min(k, t.Len()-1))
	g := t.Grad(min(k, t.Len()-1))
	fx := t.F[min(k, t.Len()-1)]
	var lines []string
	lines = append(lines, fmt.Sprintf("iteration %d of at most %d", k, a.set.Steps))
	if a.d.F.Dim == 1 {
		lines = append(lines,
			fmt.Sprintf("x₀ = %.4g  →  x = %.6g", a.full.Start()[0], x[0]),
			fmt.Sprintf("f(x) = %.6g,  f′(x) = %.3g", fx, g[0]))
	} else {
		lines = append(lines,
			fmt.Sprintf("(x₀, y₀) = %v  →  (x, y) = (%.5g, %.5g)", a.full.Start(), x[0], x[1]),
			fmt.Sprintf("f = %.6g,  ∂f/∂x = %.3g,  ∂f/∂y = %.3g", fx, g[0], g[1]))
	}
	if k >= a.full.Steps() {
		lines = append(lines, verdict(a.full)+" ("+why(a.full)+")")
	}
	if a.notice != "" {
		lines = append(lines, a.notice)
	}
	return lines
}

// Weights of a run's points under the notes (keepPoint), in effect an
// order: hiding where the run ended is worse than hiding its start and
// every iterate, and hiding the start (where the learner clicked) worse
// than hiding up to 999 iterates. (The sauna's run from (0.5, 0.6) takes
// ten short steps near its start: counted alike, they outweighed its end.)
const (
	keepEnd     = 1e6
	keepStart   = 1e3
	keepIterate = 1
)

// keepPoints are the points of run t drawn on its first panel, which the
// notes should not hide: its iterates, on the curve (x, f(x)) and on the
// x axis (x, 0) in one variable, at (x, y) in two.
func keepPoints(t *gdlib.Trace) []keepPoint {
	n := t.Finite()
	var pts []keepPoint
	for i := 0; i < n; i++ {
		w := float64(keepIterate)
		switch i {
		case n - 1:
			w = keepEnd
		case 0:
			w = keepStart
		}
		x, y := t.XY(i)
		pts = append(pts, keepPoint{x, y, w})
		if t.Dim == 1 {
			pts = append(pts, keepPoint{x, 0, w})
		}
	}
	return pts
}

func (a *descentApp) controls() string {
	label, action := "❚❚ Pause", "pause"
	if !a.playing {
		label, action = "▶ Play", "play"
	}
	return fmt.Sprintf(`<button type="button" data-action="%s" disabled>%s</button> `+
		`<span style="margin:0 1em">Click on the plot to choose the initial point.</span>`, action, label)
}

func (a *descentApp) figure() (plotting.Figure, annotation, any) {
	t := a.shown()
	k := min(a.k, a.full.Steps())
	state := map[string]any{
		"start":     []float64(a.full.Start()),
		"iteration": k,
		"steps":     a.full.Steps(),
		"final":     []float64(a.full.Final()),
		"verdict":   verdict(a.full),
		"playing":   a.playing,
	}
	return a.draw(t), annotation{lines: a.notes(t, k), keep: keepPoints(t)}, state
}

// draw calls Draw, turning a panic into a figure that says what failed.
func (a *descentApp) draw(t *gdlib.Trace) (fig plotting.Figure) {
	defer func() {
		if p := recover(); p != nil {
			fig = messageFigure(fmt.Sprintf("%v", p))
		}
	}()
	return figureOrMessage("Descent.Draw", a.d.Draw(t))
}

func (a *descentApp) handle(ev event) bool {
	switch ev.Type {
	case "click":
		start := gdlib.Pt(ev.X)
		if a.d.F.Dim == 2 {
			start = gdlib.Pt(ev.X, ev.Y)
		}
		if err := a.d.F.Check("the clicked point", start); err != nil {
			a.notice = "ignored a click at " + start.String() + ": outside the domain of " + a.d.F.Name
			return true
		}
		if err := a.restart(start, "the clicked point"); err != nil {
			a.notice = "ignored a click at " + start.String() + ": outside the plotted range"
			return true
		}
		a.notice = ""
		return true
	case "pause":
		// Drawn again so the figure's state says it is paused: the page
		// keeps the Play/Pause button in step with it.
		a.playing = false
		return true
	case "play":
		if a.k >= a.full.Steps() {
			a.k = min(1, a.full.Steps())
		}
		a.playing = a.d.Delay > 0
		if !a.playing {
			a.k = a.full.Steps()
		}
		return true
	}
	return false
}

func (a *descentApp) tick() bool {
	if !a.playing || a.k >= a.full.Steps() {
		a.playing = false
		return false
	}
	a.k++
	if a.k >= a.full.Steps() {
		a.playing = false
	}
	return true
}

func (a *descentApp) wait() time.Duration {
	if a.playing && a.k < a.full.Steps() {
		return a.d.Delay
	}
	return 0
}

// toEnd shows the whole run: the static figure a live one leaves behind.
func (a *descentApp) toEnd() { a.k, a.playing = a.full.Steps(), false }

func (a *descentApp) summary() string {
	return fmt.Sprintf("start %v, %s: %s", a.full.Start(), a.opt.Name(), verdict(a.full))
}
func (a *descentApp) liveHint() string { return "To animate it and click new starts" }
