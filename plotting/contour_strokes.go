package plotting

import (
	"image/color"
	"sort"

	"gonum.org/v1/plot/vg"
)

// strokeRecorder is a vg.Canvas that records stroked paths with their
// colour and width instead of drawing them.
type strokeRecorder struct {
	vg.Canvas
	color   color.Color
	width   vg.Length
	strokes []recorded
}

type recorded struct {
	color color.Color
	width vg.Length
	pts   []vg.Point
	loop  bool
}

func (r *strokeRecorder) SetColor(c color.Color)             { r.color = c }
func (r *strokeRecorder) SetLineWidth(w vg.Length)           { r.width = w }
func (r *strokeRecorder) SetLineDash([]vg.Length, vg.Length) {}

// Stroke records p, which gonum's contour plotter makes of one Move, Lines
// and an optional Close.
func (r *strokeRecorder) Stroke(p vg.Path) {
	var rc recorded
	for _, pc := range p {
		switch pc.Type {
		case vg.MoveComp, vg.LineComp:
			rc.pts = append(rc.pts, pc.Pos)
		case vg.CloseComp:
			rc.loop = true
		}
	}
	if len(rc.pts) == 0 {
		return
	}
	rc.color, rc.width = r.color, r.width
	canonical(&rc)
	r.strokes = append(r.strokes, rc)
}

// canonical starts a closed line at its lowest point (least x, then y) and
// makes an open line run from its lower end, each in a fixed direction.
func canonical(rc *recorded) {
	less := func(a, b vg.Point) bool { return a.X < b.X || (a.X == b.X && a.Y < b.Y) }
	pts := rc.pts
	if rc.loop {
		if len(pts) > 1 && pts[0] == pts[len(pts)-1] {
			pts = pts[:len(pts)-1]
		}
		k := 0
		for i := range pts {
			if less(pts[i], pts[k]) {
				k = i
			}
		}
		pts = append(append([]vg.Point(nil), pts[k:]...), pts[:k]...)
		// direction: the neighbour with the smaller point comes second
		if len(pts) > 2 && less(pts[len(pts)-1], pts[1]) {
			for i, j := 1, len(pts)-1; i < j; i, j = i+1, j-1 {
				pts[i], pts[j] = pts[j], pts[i]
			}
		}
		rc.pts = append(pts, pts[0])
		return
	}
	if less(pts[len(pts)-1], pts[0]) {
		for i, j := 0, len(pts)-1; i < j; i, j = i+1, j-1 {
			pts[i], pts[j] = pts[j], pts[i]
		}
	}
}

// replay draws the recorded lines on c in a fixed order: by colour, then
// by first point.
func (r *strokeRecorder) replay(c vg.Canvas) {
	key := func(rc recorded) [6]float64 {
		cr, cg, cb, ca := rc.color.RGBA()
		return [6]float64{float64(cr), float64(cg), float64(cb), float64(ca), float64(rc.pts[0].X), float64(rc.pts[0].Y)}
	}
	sort.SliceStable(r.strokes, func(i, j int) bool {
		a, b := key(r.strokes[i]), key(r.strokes[j])
		for k := range a {
			if a[k] != b[k] {
				return a[k] < b[k]
			}
		}
		return len(r.strokes[i].pts) < len(r.strokes[j].pts)
	})
	for _, rc := range r.strokes {
		c.SetColor(rc.color)
		c.SetLineWidth(rc.width)
		c.SetLineDash(nil, 0)
		var p vg.Path
		p.Move(rc.pts[0])
		for _, q := range rc.pts[1:] {
			p.Line(q)
		}
		c.Stroke(p)
	}
}
