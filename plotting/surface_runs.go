package plotting

import (
	"image/color"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/gdlessons/lessons/gdlib"
)

// drawRuns draws each run as a path of points (xᵢ, yᵢ, f(xᵢ, yᵢ)) on the
// surface, after the surface: a line with a white halo, a square at the
// start and a circle at the end. Where the surface hides the path (a hill
// between it and the eye, found with the faces' depth buffer), the path is
// drawn thin and dashed instead, so it reads as behind. A run that
// diverged is drawn up to its last finite iterate and marked there with a
// cross. Iterates outside the box (the domain and ZLim) are left out.
// Unless HideLegend is set, a legend in the top left names each run's
// optimizer.
func (sc *scene) drawRuns(runs []*gdlib.Trace) {
	halo := draw.LineStyle{Color: color.White, Width: 2.75}
	var legend []legendEntry
	for k, t := range runs {
		col := RunColor(k)
		line := draw.LineStyle{Color: col, Width: 1.25}
		behind := draw.LineStyle{Color: col, Width: 1, Dashes: []vg.Length{2.5, 2.5}}
		var shown, hidden [][]vg.Point
		n := t.Finite()
		var prev vg.Point
		prevOK, prevHidden := false, false
		lastIn := -1 // the last iterate inside the box
		for i := 0; i < n; i++ {
			x, y := t.XY(i)
			z := t.F[i]
			if !sc.inside(x, y, z) {
				prevOK = false
				continue
			}
			lastIn = i
			p, h := sc.where(x, y, z)
			if prevOK {
				seg := []vg.Point{prev, p}
				if h || prevHidden {
					hidden = appendSegment(hidden, seg)
				} else {
					shown = appendSegment(shown, seg)
				}
			}
			prev, prevOK, prevHidden = p, true, h
		}
		sc.c.StrokeLines(behind, hidden...)
		sc.c.StrokeLines(halo, shown...)
		sc.c.StrokeLines(line, shown...)
		mark := func(i int, g draw.GlyphDrawer, fill color.Color) {
			x, y := t.XY(i)
			if z := t.F[i]; sc.inside(x, y, z) {
				p, h := sc.where(x, y, z)
				ring := color.Color(color.White)
				if h {
					fill, ring = fade(fill, 0.55), fade(ring, 0.55)
				}
				sc.c.DrawGlyph(draw.GlyphStyle{Color: ring, Radius: 4.5, Shape: g}, p)
				sc.c.DrawGlyph(draw.GlyphStyle{Color: fill, Radius: 3.25, Shape: g}, p)
			}
		}
		if n > 0 {
			mark(0, draw.BoxGlyph{}, col)
			switch {
			case n == t.Len() && t.Status != gdlib.Diverged:
				mark(n-1, draw.CircleGlyph{}, col)
			case lastIn >= 0: // diverged: a cross where it was last seen
				mark(lastIn, crossGlyph{}, color.Black)
			}
		}
		legend = append(legend, legendEntry{name: t.Optimizer, col: col})
	}
	if !sc.s.HideLegend {
		sc.drawLegend(legend)
	}
}

// where returns the canvas point of (x, y, z) and whether the surface
// hides it.
func (sc *scene) where(x, y, z float64) (vg.Point, bool) {
	sx, sy, d := sc.p.project(x, y, z)
	p := sc.toCanvas(sx, sy)
	return p, sc.zbuf.hidden(p, d)
}

// appendSegment adds the segment [a, b] to lines, extending the last line
// if it ends at a.
func appendSegment(lines [][]vg.Point, seg []vg.Point) [][]vg.Point {
	if n := len(lines); n > 0 {
		last := lines[n-1]
		if last[len(last)-1] == seg[0] {
			lines[n-1] = append(last, seg[1])
			return lines
		}
	}
	return append(lines, []vg.Point{seg[0], seg[1]})
}

// inside reports whether (x, y, z) is inside the figure's box.
func (sc *scene) inside(x, y, z float64) bool {
	return x >= sc.lo[0] && x <= sc.hi[0] && y >= sc.lo[1] && y <= sc.hi[1] && z >= sc.lo[2] && z <= sc.hi[2]
}

type legendEntry struct {
	name string
	col  color.Color
}

// drawLegend lists the runs in the top left corner, below the title.
func (sc *scene) drawLegend(es []legendEntry) {
	sty := sc.tick
	sty.YAlign = draw.YCenter
	x := sc.c.Min.X + 8
	y := sc.top - 8
	for _, e := range es {
		if e.name == "" {
			e.name = "run"
		}
		sc.c.StrokeLines(draw.LineStyle{Color: e.col, Width: 1.5}, []vg.Point{{X: x, Y: y}, {X: x + 14, Y: y}})
		sc.c.DrawGlyph(draw.GlyphStyle{Color: e.col, Radius: 2.5, Shape: draw.CircleGlyph{}}, vg.Point{X: x + 14, Y: y})
		sc.c.FillText(sty, vg.Point{X: x + 14 + 2.5 + 2.8 + keyTextGap, Y: y}, e.name) // after the dot (radius 2.5), one space (2.8 pt) and keyTextGap
		y -= sty.Height(e.name) + 2
	}
}

// crossGlyph is an "×" drawn with a thick line: where a run diverged.
type crossGlyph struct{}

// DrawGlyph implements draw.GlyphDrawer.
func (crossGlyph) DrawGlyph(c *draw.Canvas, sty draw.GlyphStyle, pt vg.Point) {
	r := sty.Radius
	ls := draw.LineStyle{Color: sty.Color, Width: r / 2}
	c.StrokeLines(ls,
		[]vg.Point{{X: pt.X - r, Y: pt.Y - r}, {X: pt.X + r, Y: pt.Y + r}},
		[]vg.Point{{X: pt.X - r, Y: pt.Y + r}, {X: pt.X + r, Y: pt.Y - r}})
}
