package plotting

import (
	"fmt"
	"math"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/gdlessons/lessons/gdlib"
)

// Animation is runs of gradient descent played step by step, as the
// course's animation of plain GD against momentum on sin(x²) + sin x, with
// every step (the course's GIF stops after 20 of 200).
//
// For a function of one variable, frame k shows each run's point
// (xₖ, f(xₖ)) on the curve, its x on the axis below, the path of chords it
// has travelled so far, and a counter "step k / N". For a function of two
// variables, the runs move over Levels contour lines of f (the labs'
// contour plot), each with the path it has travelled.
//
// SVG returns an animated SVG that plays by itself wherever an SVG is
// shown as an image, and GIF writes the same frames as an animated GIF.
// An Animation is also a Figure: drawn statically (Show, Save, a grid of
// panels), it is its last frame.
//
// Make one with Animate, change any field, then call SVG, GIF or Show.
type Animation struct {
	F    *gdlib.Function
	Runs []*gdlib.Trace

	// Title is drawn above the plot; Animate sets F's name.
	Title string
	// XLabel and YLabel name the axes; Animate sets "x" and "f(x)".
	XLabel, YLabel string
	// Domain is the range of x (and y) shown; nil means F.Domain.
	Domain gdlib.Box
	// Levels is the number of contour lines behind runs in two
	// variables; zero means 18, as the labs draw.
	Levels int

	// FPS is the number of frames per second; zero means 20, the course's
	// write_gif(fps=20).
	FPS float64
	// Hold is how long, in seconds, the last frame stays before the
	// animation starts again; zero means 1.5, negative means no pause.
	Hold float64

	// Width and Height are the figure's size; zero means DefaultWidth and
	// DefaultHeight in one variable, 5 × 4.5 inches in two (nearly square,
	// for a square domain).
	Width, Height vg.Length
}

// Animate returns the animation of runs on f, a function of one or two
// variables, with the defaults documented on each field of Animation. Err says what is
// wrong with the input, if anything; SVG and GIF return that error.
func Animate(f *gdlib.Function, runs ...*gdlib.Trace) *Animation {
	a := &Animation{F: f, Runs: runs, XLabel: "x", YLabel: "f(x)"}
	if f != nil {
		a.Title = f.Name
		if f.Dim == 2 {
			a.YLabel = "y"
		}
	}
	return a
}

// maxFrames bounds the number of frames: 100 000 steps would already be an
// animation of 80 minutes at 20 frames per second.
const maxFrames = 100_000

// Err returns an error naming the field and its value if the animation
// cannot be made: no function or not one of one or two variables, no
// runs, a run in another number of variables, an empty domain, or a frame
// rate, number of levels or size out of range.
func (a *Animation) Err() error {
	if a == nil {
		return fmt.Errorf("plotting: the animation is nil: make one with Animate")
	}
	if a.F == nil {
		return fmt.Errorf("plotting: Animation.F is nil: give a function of one variable, e.g. gdlib.Chirp()")
	}
	if a.F.Dim != 1 && a.F.Dim != 2 {
		return fmt.Errorf("plotting: Animation.F = %s is a function of %d variables; Animate draws functions of one or two", a.F.Name, a.F.Dim)
	}
	dom := a.domain()
	if len(dom) != a.F.Dim {
		return fmt.Errorf("plotting: Animation.Domain = %v: want %d range(s), or set F.Domain", dom, a.F.Dim)
	}
	for i, r := range dom {
		if err := checkRange(fmt.Sprintf("Animation.Domain[%d]", i), r); err != nil {
			return fmt.Errorf("plotting: %w", err)
		}
		if err := distinctSamples(fmt.Sprintf("Animation.Domain[%d]", i), r, animContourResolution); err != nil {
			return fmt.Errorf("plotting: %w", err)
		}
	}
	if a.Levels < 0 || a.Levels > 200 {
		return fmt.Errorf("plotting: Animation.Levels = %d: want 1 to 200 contour lines (0 means 18)", a.Levels)
	}
	if len(a.Runs) == 0 {
		return fmt.Errorf("plotting: Animation.Runs is empty: give at least one run, e.g. gdlib.MustRun(f, gdlib.Pt(1.11), gdlib.GD(0.05), &gdlib.Settings{Steps: 200})")
	}
	for i, t := range a.Runs {
		switch {
		case t == nil:
			return fmt.Errorf("plotting: Animation.Runs[%d] is nil", i)
		case t.Dim != a.F.Dim:
			return fmt.Errorf("plotting: Animation.Runs[%d] (%s) is a run in %d variable(s), but %s has %d", i, t.Optimizer, t.Dim, a.F.Name, a.F.Dim)
		case t.Len() > maxFrames:
			return fmt.Errorf("plotting: Animation.Runs[%d] has %d iterates; at most %d frames are animated", i, t.Len(), maxFrames)
		}
	}
	if fps := a.FPS; math.IsNaN(fps) || fps < 0 || fps > 100 {
		return fmt.Errorf("plotting: Animation.FPS = %g: want 0 (meaning 20) to 100 frames per second", fps)
	}
	if h := a.Hold; math.IsNaN(h) || math.IsInf(h, 0) || h > 60 {
		return fmt.Errorf("plotting: Animation.Hold = %g: want at most 60 seconds (0 means 1.5, negative none)", h)
	}
	if w, h := a.Size(); checkSize("Animation", w, h) != nil {
		return checkSize("Animation", w, h)
	}
	return nil
}

func (a *Animation) domain() gdlib.Box {
	if a.Domain != nil {
		return a.Domain
	}
	return a.F.Domain
}

func (a *Animation) fps() float64 {
	if a.FPS == 0 {
		return 20
	}
	return a.FPS
}

// holdFrames is the number of extra frames the last frame is shown for.
func (a *Animation) holdFrames() int {
	h := a.Hold
	if h == 0 {
		h = 1.5
	}
	if h < 0 {
		return 0
	}
	return int(math.Round(h * a.fps()))
}

// Frames returns the number of frames: one per iterate of the longest run,
// the start included (201 for 200 steps). A shorter run stays at its last
// iterate; a run that diverged stays at its last finite one.
func (a *Animation) Frames() int {
	n := 0
	for _, t := range a.Runs {
		if t != nil {
			n = max(n, t.Len())
		}
	}
	return n
}

// Size returns the figure's width and height.
func (a *Animation) Size() (w, h vg.Length) {
	w, h = a.Width, a.Height
	dw, dh := DefaultWidth, DefaultHeight
	if a.F != nil && a.F.Dim == 2 {
		dw, dh = 5*vg.Inch, 4.5*vg.Inch
	}
	if w == 0 {
		w = dw
	}
	if h == 0 {
		h = dh
	}
	return w, h
}

// String describes the animation for a notebook's text/plain output.
func (a *Animation) String() string {
	name := "<nil>"
	if a.F != nil {
		name = a.F.Name
	}
	return fmt.Sprintf("animation of %d run(s) on %s, %d frames at %g fps", len(a.Runs), name, a.Frames(), a.fps())
}

// Draw draws the last frame, so that an Animation is a Figure: Save to PNG
// or PDF, or a panel of a grid, shows where the runs ended. If the
// animation has an error (see Err), it draws the error's text instead.
func (a *Animation) Draw(c draw.Canvas) {
	if err := a.Err(); err != nil {
		drawError(c, err)
		return
	}
	st := a.stage(c)
	st.drawFrame(c, a.Frames()-1)
}
