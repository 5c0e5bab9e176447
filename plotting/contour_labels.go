package plotting

import (
	"math"
	"strconv"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// label writes each level once, where the level crosses the grid far from
// the labels already placed (greedy spreading keeps labels apart).
func (cl *contourLayer) label(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	sty := p.Legend.TextStyle
	sty.Font.Size = vg.Points(8)
	sty.XAlign, sty.YAlign = draw.XCenter, draw.YCenter
	var placed []vg.Point
	for _, z := range cl.levels {
		best, bestD := vg.Point{}, -1.0
		for _, q := range crossings(cl.grid, z) {
			pt := vg.Point{X: trX(q[0]), Y: trY(q[1])}
			inset := vg.Points(12)
			if pt.X < c.Min.X+inset || pt.X > c.Max.X-inset || pt.Y < c.Min.Y+inset || pt.Y > c.Max.Y-inset {
				continue
			}
			d := math.Inf(1)
			for _, o := range placed {
				d = math.Min(d, math.Hypot(float64(pt.X-o.X), float64(pt.Y-o.Y)))
			}
			if d > bestD {
				best, bestD = pt, d
			}
		}
		if bestD < float64(minLabelGap) {
			continue // every crossing is crowded: leave this level unlabelled
		}
		placed = append(placed, best)
		drawHaloText(c, sty, best, levelLabel(z))
	}
}

// minLabelGap is the least distance between two contour labels: about
// four characters of 8 pt text.
const minLabelGap = vg.Length(36)

func levelLabel(z float64) string {
	return strings.Replace(strconv.FormatFloat(z, 'g', 3, 64), "-", "−", 1)
}

// crossings returns the points where the grid's piecewise-linear surface
// crosses level z along the horizontal grid edges, every fourth edge (a
// sample is enough to place a label).
func crossings(g plotter.GridXYZ, z float64) [][2]float64 {
	nc, nr := g.Dims()
	var out [][2]float64
	step := max(1, nr/25)
	for r := 0; r < nr; r += step {
		for c := 0; c+1 < nc; c++ {
			a, b := g.Z(c, r), g.Z(c+1, r)
			if !isFinite(a) || !isFinite(b) || (a-z)*(b-z) > 0 || a == b {
				continue
			}
			t := (z - a) / (b - a)
			out = append(out, [2]float64{g.X(c) + t*(g.X(c+1)-g.X(c)), g.Y(r)})
		}
	}
	return out
}
