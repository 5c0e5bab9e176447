package plotting

import (
	"image/color"
	"math"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/gdlessons/lessons/gdlib"
)

// scene is one drawing of a Surface3D: the projection, the placement of
// the projected box on the canvas, and the sides of the box where the
// panes and axes go.
type scene struct {
	c    draw.Canvas
	s    *Surface3D
	p    *projector
	lo   [3]float64 // data box, low corner
	hi   [3]float64 // data box, high corner
	k    float64    // canvas points per screen unit
	o    vg.Point   // canvas position of the screen origin
	near [3]float64 // x, y: the sides of the box facing the eye; z: the floor
	far  [3]float64 // x, y: the back panes; z: the top
	zx   float64    // the vertical edge that carries the z axis: (zx, zy)
	zy   float64
	axes [3]axis3
	top  vg.Length // canvas y of the top of the drawing area (below the title)
	zbuf depthBuffer

	tick, label, title draw.TextStyle
}

// axis3 is one axis of the box: an edge, its ticks and their labels, and
// where the labels go.
type axis3 struct {
	a, b   [3]float64 // the edge's ends, in data coordinates
	ticks  []plot.Tick
	out    [2]float64 // unit screen direction away from the box
	name   string
	labels []label3 // tick labels, then the axis name
}

// label3 is a text placed at a screen position plus an offset in points
// (which does not scale with the box).
type label3 struct {
	at     [2]float64 // screen units
	off    vg.Point   // points, from at to the text's centre
	w, h   vg.Length
	txt    string
	sty    draw.TextStyle
	tickAt [2]float64 // for tick labels: where the tick mark starts
	isTick bool
}

// minAxisLength is the shortest projected axis, in points, that gets tick
// labels and a name.
const minAxisLength = 30

const (
	tickLen  = 2 * vg.Millimeter // tick marks, outward from the edge
	labelGap = 3                 // points between a tick and its label
)

func newScene(c draw.Canvas, s *Surface3D, xs, ys []float64, zlim gdlib.Range) *scene {
	sc := &scene{
		c:     c,
		s:     s,
		lo:    [3]float64{xs[0], ys[0], zlim.Min},
		hi:    [3]float64{xs[len(xs)-1], ys[len(ys)-1], zlim.Max},
		tick:  surfaceTextStyle(9),
		label: surfaceTextStyle(11),
		title: surfaceTextStyle(12),
	}
	sc.p = newProjector(s.View, sc.lo[0], sc.hi[0], sc.lo[1], sc.hi[1], sc.lo[2], sc.hi[2])

	// The eye is on the high side of x if it is beyond the box's middle.
	for i := 0; i < 2; i++ {
		if sc.p.eye[i] > sc.p.centre[i] {
			sc.near[i], sc.far[i] = sc.hi[i], sc.lo[i]
		} else {
			sc.near[i], sc.far[i] = sc.lo[i], sc.hi[i]
		}
	}
	sc.near[2], sc.far[2] = sc.lo[2], sc.hi[2] // floor at the bottom…
	if sc.p.eye[2] < sc.p.centre[2] {
		sc.near[2], sc.far[2] = sc.hi[2], sc.lo[2] // …unless seen from below
	}
	// The z axis goes on the leftmost vertical edge: always on the outline
	// of the box, never behind the surface.
	best := math.Inf(1)
	for _, x := range []float64{sc.lo[0], sc.hi[0]} {
		for _, y := range []float64{sc.lo[1], sc.hi[1]} {
			if sx, _, _ := sc.p.project(x, y, (sc.lo[2]+sc.hi[2])/2); sx < best {
				best, sc.zx, sc.zy = sx, x, y
			}
		}
	}

	fl := sc.near[2]
	sc.axes[0] = axis3{a: [3]float64{sc.lo[0], sc.near[1], fl}, b: [3]float64{sc.hi[0], sc.near[1], fl}, name: s.XLabel}
	sc.axes[1] = axis3{a: [3]float64{sc.near[0], sc.lo[1], fl}, b: [3]float64{sc.near[0], sc.hi[1], fl}, name: s.YLabel}
	sc.axes[2] = axis3{a: [3]float64{sc.zx, sc.zy, sc.lo[2]}, b: [3]float64{sc.zx, sc.zy, sc.hi[2]}, name: s.ZLabel}
	for i := range sc.axes {
		sc.axes[i].ticks = majorTicks(sc.lo[i], sc.hi[i])
		sc.placeLabels(&sc.axes[i])
	}
	sc.fit()
	return sc
}

// majorTicks returns about 7 ticks within [lo, hi] at a step of 1, 2 or
// 5 times a power of ten, as matplotlib's 3-D axes show (−3, −2, …, 3 on
// peaks' x and y); gonum's DefaultTicks labels only about 3, too few to
// read heights off a tilted box.
func majorTicks(lo, hi float64) []plot.Tick {
	raw := (hi - lo) / 6
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	step := p
	for _, m := range []float64{2, 5, 10} { // the nice step nearest raw, in ratio
		if math.Abs(math.Log(m*p/raw)) < math.Abs(math.Log(step/raw)) {
			step = m * p
		}
	}
	dec := max(0, -int(math.Floor(math.Log10(step))))
	// Counted, as NiceTicks: beyond 2⁵³ steps from zero ([1e17, 1e17 +
	// 64]) k++ would not move, and a range finer than its magnitude has
	// no distinct ticks.
	k0, k1 := math.Ceil(lo/step-1e-9), math.Floor(hi/step+1e-9)
	if !isFinite(k0) || !isFinite(k1) || k1-k0 > maxTicks || k0+1 == k0 || k1-1 == k1 {
		return nil
	}
	var ts []plot.Tick
	for i := 0; i <= int(k1-k0); i++ {
		k := k0 + float64(i)
		v := k * step
		if v == 0 {
			v = 0 // no "-0"
		}
		ts = append(ts, plot.Tick{Value: v, Label: strconv.FormatFloat(v, 'f', dec, 64)})
	}
	return ts
}

// screen returns the screen position of a data point.
func (sc *scene) screen(p [3]float64) [2]float64 {
	x, y, _ := sc.p.project(p[0], p[1], p[2])
	return [2]float64{x, y}
}

// placeLabels works out the outward direction of axis a and the offsets of
// its tick labels and name. They are in points, so the fit can account for
// them before the box's scale is known.
func (sc *scene) placeLabels(a *axis3) {
	pa, pb := sc.screen(a.a), sc.screen(a.b)
	cen := sc.screen([3]float64{(sc.lo[0] + sc.hi[0]) / 2, (sc.lo[1] + sc.hi[1]) / 2, (sc.lo[2] + sc.hi[2]) / 2})
	ex, ey := pb[0]-pa[0], pb[1]-pa[1]
	n := math.Hypot(ex, ey)
	if n == 0 { // the edge points at the eye: put its labels below
		a.out = [2]float64{0, -1}
	} else {
		a.out = [2]float64{-ey / n, ex / n}
		mid := [2]float64{(pa[0] + pb[0]) / 2, (pa[1] + pb[1]) / 2}
		if a.out[0]*(mid[0]-cen[0])+a.out[1]*(mid[1]-cen[1]) < 0 {
			a.out = [2]float64{-a.out[0], -a.out[1]}
		}
	}
	extent := func(w, h vg.Length) vg.Length {
		return vg.Length(math.Abs(a.out[0]))*w/2 + vg.Length(math.Abs(a.out[1]))*h/2
	}
	var widest vg.Length
	for _, t := range a.ticks {
		p := a.a
		axisIdx := sc.axisIndex(a)
		p[axisIdx] = t.Value
		at := sc.screen(p)
		w, h := sc.tick.Width(t.Label), sc.tick.Height(t.Label)
		d := tickLen + labelGap + extent(w, h)
		widest = max(widest, 2*extent(w, h))
		a.labels = append(a.labels, label3{
			at: at, off: vg.Point{X: vg.Length(a.out[0]) * d, Y: vg.Length(a.out[1]) * d},
			w: w, h: h, txt: t.Label, sty: sc.tick, tickAt: at, isTick: true,
		})
	}
	if a.name != "" {
		mid := sc.screen([3]float64{(a.a[0] + a.b[0]) / 2, (a.a[1] + a.b[1]) / 2, (a.a[2] + a.b[2]) / 2})
		w, h := sc.label.Width(a.name), sc.label.Height(a.name)
		d := tickLen + labelGap + widest + labelGap + extent(w, h)
		a.labels = append(a.labels, label3{
			at: mid, off: vg.Point{X: vg.Length(a.out[0]) * d, Y: vg.Length(a.out[1]) * d},
			w: w, h: h, txt: a.name, sty: sc.label,
		})
	}
}

// axisIndex returns which coordinate axis a runs along.
func (sc *scene) axisIndex(a *axis3) int {
	for i := 0; i < 3; i++ {
		if a.a[i] != a.b[i] {
			return i
		}
	}
	return 0
}

// bounds returns the extent, in points, of the box and every label when
// the screen is scaled by k and its origin put at (0, 0).
func (sc *scene) bounds(k float64) (x0, x1, y0, y1 vg.Length) {
	x0, y0 = vg.Length(math.Inf(1)), vg.Length(math.Inf(1))
	x1, y1 = vg.Length(math.Inf(-1)), vg.Length(math.Inf(-1))
	grow := func(x, y vg.Length) {
		x0, x1, y0, y1 = min(x0, x), max(x1, x), min(y0, y), max(y1, y)
	}
	for _, s := range sc.screenCorners() {
		grow(vg.Length(k*s[0]), vg.Length(k*s[1]))
	}
	for _, a := range sc.axes {
		for _, l := range a.labels {
			cx, cy := vg.Length(k*l.at[0])+l.off.X, vg.Length(k*l.at[1])+l.off.Y
			grow(cx-l.w/2, cy-l.h/2)
			grow(cx+l.w/2, cy+l.h/2)
		}
	}
	return x0, x1, y0, y1
}

// surfaceTitleGap is the space between the title and the top of the box
// (or of its highest label): the box's top corner is often right under
// the title, and the 4 pt left before touched its descenders. 10 pt is a
// little more than a 2-D plot's title padding (NewPlot: 8 pt), since the
// corner is a point, not a frame.
const surfaceTitleGap = 10

// fit chooses the scale and origin that make the box and its labels fill
// the canvas below the title, centred. Labels do not scale with the box,
// so the scale is refined a few times.
func (sc *scene) fit() {
	const pad = 4 // points left free at the canvas edges
	c := sc.c
	sc.top = c.Max.Y - pad
	if sc.s.Title != "" {
		sc.top -= sc.title.Height(sc.s.Title) + surfaceTitleGap
	}
	W := float64(c.Max.X - c.Min.X - 2*pad)
	H := float64(sc.top - c.Min.Y - pad)
	k := 1.0
	for it := 0; it < 4; it++ {
		x0, x1, y0, y1 := sc.bounds(k)
		bx0, bx1, by0, by1 := sc.boxBounds()
		fixedW := float64(x1-x0) - k*(bx1-bx0)
		fixedH := float64(y1-y0) - k*(by1-by0)
		k = math.Min((W-fixedW)/(bx1-bx0), (H-fixedH)/(by1-by0))
		if !(k > 0) {
			k = math.Min(W/(bx1-bx0), H/(by1-by0)) / 2
		}
	}
	sc.k = k
	x0, x1, y0, y1 := sc.bounds(k)
	sc.o = vg.Point{
		X: c.Min.X + pad + (vg.Length(W)-(x1-x0))/2 - x0,
		Y: c.Min.Y + pad + (vg.Length(H)-(y1-y0))/2 - y0,
	}
}

// boxBounds returns the screen extent of the box's corners.
func (sc *scene) boxBounds() (x0, x1, y0, y1 float64) {
	x0, y0, x1, y1 = math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, s := range sc.screenCorners() {
		x0, x1, y0, y1 = math.Min(x0, s[0]), math.Max(x1, s[0]), math.Min(y0, s[1]), math.Max(y1, s[1])
	}
	return x0, x1, y0, y1
}

// screenCorners returns the screen positions of the box's 8 corners:
// corner i has the high value of axis d where bit d of i is set.
func (sc *scene) screenCorners() [8][2]float64 {
	var cs [8][2]float64
	for i := range cs {
		p := sc.lo
		for d := 0; d < 3; d++ {
			if i>>d&1 == 1 {
				p[d] = sc.hi[d]
			}
		}
		cs[i] = sc.screen(p)
	}
	return cs
}

// at returns the canvas point of the data point (x, y, z).
func (sc *scene) at(x, y, z float64) vg.Point {
	sx, sy, _ := sc.p.project(x, y, z)
	return sc.toCanvas(sx, sy)
}

func (sc *scene) toCanvas(sx, sy float64) vg.Point {
	return vg.Point{X: sc.o.X + vg.Length(sc.k*sx), Y: sc.o.Y + vg.Length(sc.k*sy)}
}

var (
	paneFill  = color.NRGBA{0xf2, 0xf2, 0xf2, 0xff}
	paneGrid  = color.NRGBA{0xd4, 0xd4, 0xd4, 0xff}
	axisColor = color.NRGBA{0x33, 0x33, 0x33, 0xff}
)

// drawPanes draws the floor and the two back walls of the box, with grid
// lines at the ticks, as matplotlib does.
func (sc *scene) drawPanes() {
	lo, hi, near, far := sc.lo, sc.hi, sc.near, sc.far
	grid := draw.LineStyle{Color: paneGrid, Width: 0.5}
	edge := draw.LineStyle{Color: color.NRGBA{0xbb, 0xbb, 0xbb, 0xff}, Width: 0.5}
	type pane struct {
		fixed int     // the coordinate that is constant on the pane
		v     float64 // its value
	}
	for _, pn := range []pane{{2, near[2]}, {0, far[0]}, {1, far[1]}} {
		i, j := (pn.fixed+1)%3, (pn.fixed+2)%3
		pt := func(a, b float64) vg.Point {
			var q [3]float64
			q[pn.fixed], q[i], q[j] = pn.v, a, b
			return sc.at(q[0], q[1], q[2])
		}
		poly := []vg.Point{pt(lo[i], lo[j]), pt(hi[i], lo[j]), pt(hi[i], hi[j]), pt(lo[i], hi[j])}
		sc.c.FillPolygon(paneFill, poly)
		for _, t := range sc.axes[i].ticks {
			sc.c.StrokeLines(grid, []vg.Point{pt(t.Value, lo[j]), pt(t.Value, hi[j])})
		}
		for _, t := range sc.axes[j].ticks {
			sc.c.StrokeLines(grid, []vg.Point{pt(lo[i], t.Value), pt(hi[i], t.Value)})
		}
		sc.c.StrokeLines(edge, append(poly, poly[0]))
	}
}

// drawAxes draws the three axis lines, their ticks, tick labels and names.
// A label that would overlap one already drawn is left out: where the x
// and y axes meet, both would write their first tick.
func (sc *scene) drawAxes() {
	line := draw.LineStyle{Color: axisColor, Width: 0.75}
	var drawn []vg.Rectangle
	for _, a := range sc.axes {
		pa, pb := sc.at(a.a[0], a.a[1], a.a[2]), sc.at(a.b[0], a.b[1], a.b[2])
		sc.c.StrokeLines(line, []vg.Point{pa, pb})
		if math.Hypot(float64(pb.X-pa.X), float64(pb.Y-pa.Y)) < minAxisLength {
			continue // the axis points at the eye (z seen from above): no room for its labels
		}
		for _, l := range a.labels {
			p := sc.toCanvas(l.at[0], l.at[1])
			if l.isTick {
				q := vg.Point{X: p.X + vg.Length(a.out[0])*tickLen, Y: p.Y + vg.Length(a.out[1])*tickLen}
				sc.c.StrokeLines(line, []vg.Point{p, q})
			}
			at := vg.Point{X: p.X + l.off.X, Y: p.Y + l.off.Y}
			r := vg.Rectangle{Min: vg.Point{X: at.X - l.w/2, Y: at.Y - l.h/2}, Max: vg.Point{X: at.X + l.w/2, Y: at.Y + l.h/2}}
			if overlapsAny(r, drawn) {
				continue
			}
			drawn = append(drawn, r)
			sty := l.sty
			sty.XAlign, sty.YAlign = draw.XCenter, draw.YCenter
			sc.c.FillText(sty, at, l.txt)
		}
	}
}

func overlapsAny(r vg.Rectangle, rs []vg.Rectangle) bool {
	for _, q := range rs {
		if r.Min.X < q.Max.X && q.Min.X < r.Max.X && r.Min.Y < q.Max.Y && q.Min.Y < r.Max.Y {
			return true
		}
	}
	return false
}

// drawTitle writes the title centred above the drawing.
func (sc *scene) drawTitle() {
	if sc.s.Title == "" {
		return
	}
	sty := sc.title
	sty.XAlign, sty.YAlign = draw.XCenter, draw.YTop
	sc.c.FillText(sty, vg.Point{X: (sc.c.Min.X + sc.c.Max.X) / 2, Y: sc.c.Max.Y - 4}, sc.s.Title)
}

// surfaceTextStyle returns dark grey text of the given size in the
// package's font (see Font).
func surfaceTextStyle(size vg.Length) draw.TextStyle {
	return draw.TextStyle{
		Color:   color.NRGBA{0x22, 0x22, 0x22, 0xff},
		Font:    font.From(textFont, size),
		Handler: text.Plain{Fonts: font.DefaultCache},
	}
}
