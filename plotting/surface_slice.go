package plotting

import (
	"fmt"
	"image/color"
	"math"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/gdlessons/lessons/gdlib"
)

// Slice3D is the picture behind partial derivatives: the surface of a
// function of two variables cut by a vertical plane through a point, the
// slice's curve where the plane meets the surface, the tangent line of that
// curve at the point, and the tangent plane of the surface there.
//
// Cutting with the plane y = y₀ (Along 0) leaves the curve x ↦ f(x, y₀), a
// function of one variable whose slope at x₀ is ∂f/∂x(x₀, y₀); the plane
// x = x₀ (Along 1) leaves y ↦ f(x₀, y), whose slope is ∂f/∂y. The tangent
// plane z = f(p) + ∇f(p)·(q − p) holds both tangent lines.
//
// It embeds the Surface3D it draws on: set its View, ColorMap, Title and
// the rest as there. Make one with Slice.
type Slice3D struct {
	*Surface3D
	// At is the point (x₀, y₀) the plane goes through.
	At gdlib.Point
	// Along is the variable that varies along the slice: 0 cuts with the
	// plane y = y₀, 1 with the plane x = x₀.
	Along int
	// TangentPlane draws the tangent plane at At: a square patch centred
	// there, a sixth of the domain's side across on each side of At
	// (smaller where the patch would leave the box).
	TangentPlane bool
}

var (
	sliceCurveColor = color.NRGBA{0xd6, 0x27, 0x28, 0xff} // red, as the course draws the cut
	slicePlaneFill  = color.NRGBA{0x55, 0x77, 0xaa, 0x40}
	slicePlaneEdge  = color.NRGBA{0x33, 0x44, 0x66, 0xff}
	tangentFill     = color.NRGBA{0xff, 0xb0, 0x40, 0x66}
	tangentEdge     = color.NRGBA{0xb0, 0x60, 0x00, 0xff}
)

// Slice returns f's surface cut through the point at, along variable along
// (0: the plane y = at[1]; 1: the plane x = at[0]), with the tangent plane.
// The surface is drawn over f's domain, grown where needed so that at lies
// at least a sixth of a side inside it, seen from elevation 25°, azimuth
// −50°, in Viridis. The figure's Err says what is wrong with the arguments.
func Slice(f *gdlib.Function, at gdlib.Point, along int) *Slice3D {
	s := &Slice3D{Surface3D: Surface(f), At: at, Along: along, TangentPlane: true}
	s.View = View{Elev: 25, Azim: -50}
	s.ColorMap = Viridis()
	if f != nil && len(f.Domain) == 2 && len(at) == 2 && (along == 0 || along == 1) {
		dom := make(gdlib.Box, 2)
		for i, r := range f.Domain {
			m := (r.Max - r.Min) / 6
			dom[i] = gdlib.Range{Min: math.Min(r.Min, at[i]-m), Max: math.Max(r.Max, at[i]+m)}
		}
		s.Domain = dom
		name := [2]string{"x", "y"}
		s.Title = fmt.Sprintf("%s cut by the plane %s = %g", f.Name, name[1-along], at[1-along])
	}
	return s
}

// Err returns the Surface3D's error, or one naming At or Along if they are
// not a point of two finite coordinates inside the drawn domain and 0 or 1.
func (s *Slice3D) Err() error {
	if s.Surface3D == nil {
		return fmt.Errorf("plotting: Slice3D.Surface3D is nil: make one with Slice")
	}
	if len(s.At) != 2 || !isFinite(s.At[0]) || !isFinite(s.At[1]) {
		return fmt.Errorf("plotting: Slice3D.At = %v: want a point (x, y) of two finite coordinates", s.At)
	}
	if err := s.Surface3D.Err(); err != nil {
		return err
	}
	if len(s.At) != 2 || !isFinite(s.At[0]) || !isFinite(s.At[1]) || !s.domain().Contains(s.At) {
		return fmt.Errorf("plotting: Slice3D.At = %v: want a point (x, y) inside the domain %v", s.At, s.domain())
	}
	if s.Along != 0 && s.Along != 1 {
		return fmt.Errorf("plotting: Slice3D.Along = %d: want 0 (the plane y = y₀) or 1 (the plane x = x₀)", s.Along)
	}
	return nil
}

// Size returns the Surface3D's size (see its Width and Height).
func (s *Slice3D) Size() (w, h vg.Length) {
	if s.Surface3D == nil {
		return (&Surface3D{}).Size()
	}
	return s.Surface3D.Size()
}

// String describes the figure for a notebook's text/plain output.
func (s *Slice3D) String() string {
	if s.Surface3D == nil || s.F == nil {
		return "slice of <nil>"
	}
	return fmt.Sprintf("3-D surface of %s cut through %v along %s", s.F.Name, s.At, [2]string{"x", "y"}[s.Along&1])
}

// Draw draws the surface, then the cutting plane, the slice's curve, its
// tangent line, the tangent plane and the point, with a legend.
func (s *Slice3D) Draw(c draw.Canvas) {
	if err := s.Err(); err != nil {
		drawError(c, err)
		return
	}
	// The legend goes in a band under the title, above the box: drawn
	// over the box, it would hide the z axis's top ticks.
	entries := s.legend()
	surf := *s.Surface3D
	surf.Title = ""
	var titleH vg.Length
	if s.Title != "" {
		titleH = surfaceTextStyle(12).Height(s.Title)
	}
	band := 4 + titleH + 6 // the title and the gap under it
	legendTop := c.Max.Y - band
	tick := surfaceTextStyle(9)
	for _, e := range entries {
		band += tick.Height(e.name) + 2
	}
	band += 6 // between the legend and the box
	sub := c
	sub.Max.Y -= band
	sc := surf.drawScene(sub)
	if sc == nil {
		return
	}
	k := s.Along
	p := [3]float64{s.At[0], s.At[1], s.F.Func(s.At)}
	g := s.F.Gradient(s.At...)
	// point returns the point of the plane's coordinate system: t along
	// variable k, the other coordinate fixed at the point's, height z.
	point := func(t, z float64) [3]float64 {
		q := p
		q[k], q[2] = t, z
		return q
	}
	canvas := func(q [3]float64) vg.Point { return sc.at(q[0], q[1], q[2]) }

	// The cutting plane, across the box.
	lo, hi := sc.lo[k], sc.hi[k]
	plane := []vg.Point{canvas(point(lo, sc.lo[2])), canvas(point(hi, sc.lo[2])), canvas(point(hi, sc.hi[2])), canvas(point(lo, sc.hi[2]))}
	sc.c.FillPolygon(slicePlaneFill, plane)
	sc.c.StrokeLines(draw.LineStyle{Color: slicePlaneEdge, Width: 0.75}, append(plane, plane[0]))

	// The slice's curve, dashed where the surface hides it.
	var shown, hidden [][]vg.Point
	var prev vg.Point
	prevOK, prevHidden := false, false
	for _, t := range gdlib.Linspace(lo, hi, 201) {
		q := point(t, 0)
		q[2] = s.F.Func([]float64{q[0], q[1]})
		if !sc.inside(q[0], q[1], q[2]) {
			prevOK = false
			continue
		}
		at, h := sc.where(q[0], q[1], q[2])
		if prevOK {
			if h || prevHidden {
				hidden = appendSegment(hidden, []vg.Point{prev, at})
			} else {
				shown = appendSegment(shown, []vg.Point{prev, at})
			}
		}
		prev, prevOK, prevHidden = at, true, h
	}
	sc.c.StrokeLines(draw.LineStyle{Color: sliceCurveColor, Width: 1, Dashes: []vg.Length{2.5, 2.5}}, hidden...)
	sc.c.StrokeLines(draw.LineStyle{Color: color.White, Width: 3.5}, shown...)
	sc.c.StrokeLines(draw.LineStyle{Color: sliceCurveColor, Width: 2}, shown...)

	// The tangent plane, a square patch that stays inside the box.
	w := (hi - lo) / 6
	height := func(dx, dy float64) float64 { return p[2] + g[0]*dx + g[1]*dy }
	for range 6 {
		ok := true
		for _, d := range [][2]float64{{-w, -w}, {w, -w}, {w, w}, {-w, w}} {
			if !sc.inside(p[0]+d[0], p[1]+d[1], height(d[0], d[1])) {
				ok = false
			}
		}
		if ok {
			break
		}
		w /= 2
	}
	if s.TangentPlane {
		var patch []vg.Point
		for _, d := range [][2]float64{{-w, -w}, {w, -w}, {w, w}, {-w, w}} {
			patch = append(patch, sc.at(p[0]+d[0], p[1]+d[1], height(d[0], d[1])))
		}
		sc.c.FillPolygon(tangentFill, patch)
		sc.c.StrokeLines(draw.LineStyle{Color: tangentEdge, Width: 0.75}, append(patch, patch[0]))
	}

	// The tangent line of the slice: slope ∂f/∂(variable k).
	a, b := point(s.At[k]-w, p[2]-g[k]*w), point(s.At[k]+w, p[2]+g[k]*w)
	sc.c.StrokeLines(draw.LineStyle{Color: color.White, Width: 3.5}, []vg.Point{canvas(a), canvas(b)})
	sc.c.StrokeLines(draw.LineStyle{Color: color.Black, Width: 1.75}, []vg.Point{canvas(a), canvas(b)})
	sc.c.DrawGlyph(draw.GlyphStyle{Color: color.White, Radius: 4.5, Shape: draw.CircleGlyph{}}, canvas(p))
	sc.c.DrawGlyph(draw.GlyphStyle{Color: color.Black, Radius: 3.25, Shape: draw.CircleGlyph{}}, canvas(p))

	sc.c, sc.s = c, s.Surface3D
	sc.drawTitle()
	sc.top = legendTop + 8 - tick.Height("x")/2 // drawLegend starts 8 pt below top
	sc.drawLegend(entries)
}

// legend returns the legend's entries: the slice, its tangent line with
// its slope (the partial derivative) and the tangent plane.
func (s *Slice3D) legend() []legendEntry {
	k := s.Along
	name, other := [2]string{"x", "y"}[k], [2]string{"x", "y"}[1-k]
	g := s.F.Gradient(s.At...)
	entries := []legendEntry{
		{name: fmt.Sprintf("the slice, f with %s = %g", other, s.At[1-k]), col: sliceCurveColor},
		{name: fmt.Sprintf("its tangent at %v: slope ∂f/∂%s = %.4g", s.At, name, g[k]), col: color.Black},
	}
	if s.TangentPlane {
		entries = append(entries, legendEntry{name: "tangent plane of the surface", col: tangentEdge})
	}
	return entries
}
