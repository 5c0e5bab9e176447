package plotting

import (
	"fmt"
	"math"

	"gonum.org/v1/plot/palette"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/gdlessons/lessons/gdlib"
)

// Surface3D is the 3-D surface of a function of two variables, seen from a
// camera set like matplotlib's view_init (see View), with runs drawn on it:
// the course's "3D Surface Plot" of peaks and its labs' surfaces.
//
// gonum/plot has no 3-D, so the surface is projected here: its faces are
// sorted back to front (painter's order), each is filled with the colour
// map at its mean height and shaded by a light from the upper left of the
// camera, so hills look round rather than flat. The faces are rasterised
// into one image embedded in the SVG (a 100 × 100 surface as paths would
// be over a megabyte; as an image it is tens of kilobytes); the box, its
// three back panes with grid lines, the axes, ticks, labels, title and the
// runs are vector graphics.
//
// Make one with Surface, change any field, then pass it to Show, SVG or
// Save, or put it in a grid.
type Surface3D struct {
	F    *gdlib.Function
	Runs []*gdlib.Trace

	// Title is drawn above the box; Surface sets it to F's name.
	Title string
	// XLabel, YLabel and ZLabel name the axes; Surface sets "x", "y" and
	// "f(x, y)".
	XLabel, YLabel, ZLabel string

	// View is the camera. Surface sets matplotlib's default, elev 30,
	// azim −60; the course's peaks figure uses elev 30, azim 250.
	View View

	// Domain is the region of the x-y plane drawn; nil means F.Domain.
	Domain gdlib.Box
	// ZLim is the range of the vertical axis; the zero Range means the
	// range of f over the grid and the runs' values inside the domain.
	ZLim gdlib.Range

	// Resolution is the number of faces along each side: f is evaluated on
	// a (Resolution+1)² grid. Zero means 50, matplotlib's plot_surface
	// default (rcount = ccount = 50).
	Resolution int

	// ColorMap colours the faces by height; nil means Viridis. Use Jet()
	// for fidelity with the course (cmap='jet'), CoolWarm() and Terrain()
	// for the labs.
	ColorMap palette.ColorMap
	// CLim are the colour limits (the course's vmin, vmax); the zero Range
	// means the range of f over the grid, as plot_surface does.
	CLim gdlib.Range

	// Flat turns the shading off: each face gets its colour-map colour.
	Flat bool
	// HideLegend leaves out the legend of runs (ContourSurface sets it:
	// the contour panel has one).
	HideLegend bool

	// PixelsPerPoint is the resolution of the faces' image: 2 (the
	// default) gives 144 pixels per inch, sharp on high-density screens.
	PixelsPerPoint float64

	// Width and Height are the figure's size; zero means DefaultWidth and
	// 4.5 inches (matplotlib's 3-D figures are nearly square).
	Width, Height vg.Length
}

// Surface returns the 3-D surface of f with the defaults documented on each
// field of Surface3D, and runs drawn on it. f must be a function of two
// variables with a Domain; the figure's Err says what is wrong otherwise,
// and the figure then draws that message instead of the surface.
func Surface(f *gdlib.Function, runs ...*gdlib.Trace) *Surface3D {
	s := &Surface3D{
		F:      f,
		Runs:   runs,
		XLabel: "x",
		YLabel: "y",
		ZLabel: "f(x, y)",
		View:   View{Elev: 30, Azim: -60},
	}
	if f != nil {
		s.Title = f.Name
	}
	return s
}

// With adds runs to the surface and returns it, for chaining:
// plotting.Surface(f).With(run).
func (s *Surface3D) With(runs ...*gdlib.Trace) *Surface3D {
	s.Runs = append(s.Runs, runs...)
	return s
}

// Size returns the figure's width and height (see Width and Height).
func (s *Surface3D) Size() (w, h vg.Length) {
	w, h = s.Width, s.Height
	if w == 0 {
		w = DefaultWidth
	}
	if h == 0 {
		h = 4.5 * vg.Inch
	}
	return w, h
}

// String describes the figure for a notebook's text/plain output.
func (s *Surface3D) String() string {
	name := "<nil>"
	if s.F != nil {
		name = s.F.Name
	}
	return fmt.Sprintf("3-D surface of %s, elev %g°, azim %g°, %d run(s)", name, s.View.Elev, s.View.Azim, len(s.Runs))
}

// minDist is the smallest View.Dist: the scaled box's half-diagonal is
// mplBoxDiagonal/2 ≈ 0.95, so from 2 on the eye is well outside it.
const minDist = 2

// maxSurfacePixels bounds the faces' image: the pixels of the largest
// figure at PNGDPI (MaxFigureSize at 2 pixels per point, 5760², 133 MB as
// RGBA), so a large figure at PixelsPerPoint 8 is refused, not allocated.
const maxSurfacePixels = 5760 * 5760

// maxResolution bounds Resolution: 1000² faces already take seconds.
const maxResolution = 1000

// Err returns an error naming the field and its value if the figure cannot
// be drawn: no function, a function that is not of two variables, a domain
// or limits that are not finite increasing ranges, a bad resolution or
// view, or a run in another number of variables.
func (s *Surface3D) Err() error {
	if s.F == nil {
		return fmt.Errorf("plotting: Surface3D.F is nil: give a function of two variables, e.g. gdlib.Peaks()")
	}
	if s.F.Dim != 2 {
		return fmt.Errorf("plotting: Surface3D.F = %s is a function of %d variable(s); a surface needs 2", s.F.Name, s.F.Dim)
	}
	dom := s.domain()
	if len(dom) != 2 {
		return fmt.Errorf("plotting: Surface3D.Domain has %d ranges; want 2 (x and y), or set F.Domain", len(dom))
	}
	for i, r := range dom {
		if err := checkRange(fmt.Sprintf("Surface3D.Domain[%d]", i), r); err != nil {
			return fmt.Errorf("plotting: %w", err)
		}
		if s.Resolution >= 0 && s.Resolution <= maxResolution {
			if err := distinctSamples(fmt.Sprintf("Surface3D.Domain[%d]", i), r, s.resolution()+1); err != nil {
				return fmt.Errorf("plotting: %w", err)
			}
		}
	}
	for _, l := range []struct {
		name string
		r    gdlib.Range
	}{{"ZLim", s.ZLim}, {"CLim", s.CLim}} {
		if l.r != (gdlib.Range{}) && checkRange(l.name, l.r) != nil {
			return fmt.Errorf("plotting: Surface3D.%s = [%g, %g]: want finite Min < Max, or the zero Range for the data's range", l.name, l.r.Min, l.r.Max)
		}
	}
	if s.Resolution < 0 || s.Resolution > maxResolution {
		return fmt.Errorf("plotting: Surface3D.Resolution = %d: want 1 to %d faces per side (0 means 50)", s.Resolution, maxResolution)
	}
	if !isFinite(s.View.Elev) || !isFinite(s.View.Azim) || !isFinite(s.View.Dist) || (s.View.Dist != 0 && s.View.Dist < minDist) {
		return fmt.Errorf("plotting: Surface3D.View = %+v: want finite angles and Dist 0 (meaning 10) or at least %g, so the eye is outside the box", s.View, float64(minDist))
	}
	for i, a := range s.View.Aspect {
		if s.View.Aspect != [3]float64{} && !(a > 0 && isFinite(a)) {
			return fmt.Errorf("plotting: Surface3D.View.Aspect[%d] = %g: want positive sides, or the zero value for 4:4:3", i, a)
		}
	}
	if p := s.PixelsPerPoint; p < 0 || p > 8 || math.IsNaN(p) {
		return fmt.Errorf("plotting: Surface3D.PixelsPerPoint = %g: want 0 (meaning 2) up to 8", p)
	}
	w, h := s.Size()
	if err := checkSize("Surface3D", w, h); err != nil {
		return err
	}
	if p := s.pixelsPerPoint(); w.Points()*p*h.Points()*p > maxSurfacePixels {
		return fmt.Errorf("plotting: Surface3D.PixelsPerPoint = %g at %g × %g pt: the faces' image would have more than %d pixels; lower PixelsPerPoint or the size", p, w.Points(), h.Points(), maxSurfacePixels)
	}
	for i, t := range s.Runs {
		if t == nil {
			return fmt.Errorf("plotting: Surface3D.Runs[%d] is nil", i)
		}
		if t.Dim != 2 {
			return fmt.Errorf("plotting: Surface3D.Runs[%d] (%s) is a run in %d variable(s); a surface shows runs in 2", i, t.Optimizer, t.Dim)
		}
	}
	return nil
}

func (s *Surface3D) domain() gdlib.Box {
	if s.Domain != nil {
		return s.Domain
	}
	return s.F.Domain
}

func (s *Surface3D) resolution() int {
	if s.Resolution == 0 {
		return 50
	}
	return s.Resolution
}

func (s *Surface3D) pixelsPerPoint() float64 {
	if s.PixelsPerPoint == 0 {
		return 2
	}
	return s.PixelsPerPoint
}

// Draw draws the figure so that it fills c. If the figure has an error
// (see Err), it draws the error's text instead.
func (s *Surface3D) Draw(c draw.Canvas) { s.drawScene(c) }

// drawScene draws the figure and returns its scene, for figures that draw
// more on the surface (Slice3D); nil if it drew an error instead.
func (s *Surface3D) drawScene(c draw.Canvas) *scene {
	if err := s.Err(); err != nil {
		drawError(c, err)
		return nil
	}
	g := sampleSurface(s.F, s.domain(), s.resolution()+1)
	zlim := s.ZLim
	if zlim == (gdlib.Range{}) {
		zlim = g.dataRange()
		// Runs reach below the grid's lowest sample (a minimum between
		// grid points): widen the box to keep their ends inside.
		dom := s.domain()
		for _, t := range s.Runs {
			for i := 0; i < t.Finite(); i++ {
				x, y := t.XY(i)
				if dom.Contains([]float64{x, y}) {
					zlim.Min, zlim.Max = math.Min(zlim.Min, t.F[i]), math.Max(zlim.Max, t.F[i])
				}
			}
		}
	}
	clim := s.CLim
	if clim == (gdlib.Range{}) {
		clim = g.dataRange()
	}
	scale, err := NewColorScale(s.ColorMap, clim.Min, clim.Max)
	if err != nil {
		drawError(c, err)
		return nil
	}
	sc := newScene(c, s, g.xs, g.ys, zlim)
	sc.drawPanes()
	sc.drawFaces(g, scale)
	sc.drawAxes()
	sc.drawRuns(s.Runs)
	sc.drawTitle()
	return sc
}
