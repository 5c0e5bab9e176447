package plotting

import (
	"fmt"
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// WithField draws −∇f, the direction gradient descent steps in, as an
// n × n grid of arrows over the map's function. An arrow's length grows
// with the square root of |∇f| relative to the largest on the grid, so
// that the directions stay visible where the slope is gentle; a point
// where ∇f is NaN or ±Inf gets no arrow.
func (m *Map) WithField(n int) *Map {
	if m.F == nil {
		m.fail(fmt.Errorf("plotting: WithField(%d): the map draws no function", n))
		return m
	}
	if n < 2 || n > 100 {
		m.fail(fmt.Errorf("plotting: WithField(n = %d): want 2 … 100 arrows per side", n))
		return m
	}
	fl := &gradField{xs: linspace(m.F.Domain[0].Min, m.F.Domain[0].Max, n+2)[1 : n+1],
		ys: linspace(m.F.Domain[1].Min, m.F.Domain[1].Max, n+2)[1 : n+1]}
	fl.v = make([]plotter.XY, n*n)
	var big float64
	g := make([]float64, 2)
	for c, x := range fl.xs {
		for r, y := range fl.ys {
			m.F.Grad(g, []float64{x, y})
			fl.v[c*n+r] = plotter.XY{X: -g[0], Y: -g[1]}
			if l := math.Hypot(g[0], g[1]); isFinite(l) {
				big = math.Max(big, l)
			}
		}
	}
	for i, v := range fl.v {
		l := math.Hypot(v.X, v.Y)
		if !isFinite(l) || l == 0 || big == 0 {
			fl.v[i] = plotter.XY{X: math.NaN(), Y: math.NaN()}
			continue
		}
		s := math.Sqrt(l/big) / l
		fl.v[i] = plotter.XY{X: v.X * s, Y: v.Y * s}
	}
	col := color.Color(color.NRGBA{0x20, 0x20, 0x20, 0xc0})
	if m.Scale != nil {
		col = color.NRGBA{255, 255, 255, 0xe0}
	}
	fl.LineStyle = draw.LineStyle{Color: col, Width: vg.Points(0.8)}
	m.Add(fl)
	return m
}

// gradField is the arrows of WithField: at each point (xs[c], ys[r]) the
// vector v[c*len(ys)+r], of length ≤ 1, 1 meaning 80 % of a cell.
type gradField struct {
	xs, ys []float64
	v      []plotter.XY
	draw.LineStyle
}

func (f *gradField) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	cw := (trX(f.xs[len(f.xs)-1]) - trX(f.xs[0])) / vg.Length(max(1, len(f.xs)-1))
	ch := (trY(f.ys[len(f.ys)-1]) - trY(f.ys[0])) / vg.Length(max(1, len(f.ys)-1))
	cell := float64(min(cw, ch)) * 0.8
	// All shafts in one path and all heads in another: one SVG element
	// each instead of two per arrow.
	var shafts, heads vg.Path
	for i, x := range f.xs {
		for j, y := range f.ys {
			v := f.v[i*len(f.ys)+j]
			if !isFinite(v.X) || !isFinite(v.Y) {
				continue
			}
			a := vg.Point{X: trX(x), Y: trY(y)}
			d := vg.Point{X: vg.Length(v.X * cell), Y: vg.Length(v.Y * cell)}
			// centre the arrow on its grid point
			a = a.Sub(vg.Point{X: d.X / 2, Y: d.Y / 2})
			b := a.Add(d)
			if !c.Contains(a) || !c.Contains(b) {
				continue
			}
			shafts.Move(a)
			shafts.Line(b)
			heads = appendTip(heads, a, b, vg.Points(4))
		}
	}
	if len(shafts) > 0 {
		c.SetLineStyle(f.LineStyle)
		c.Stroke(shafts)
		c.SetColor(f.LineStyle.Color)
		c.Fill(heads)
	}
}

func (f *gradField) Dims() (c, r int)           { return len(f.xs), len(f.ys) }
func (f *gradField) Vector(c, r int) plotter.XY { return f.v[c*len(f.ys)+r] }
func (f *gradField) X(c int) float64            { return f.xs[c] }
func (f *gradField) Y(r int) float64            { return f.ys[r] }

// WithMinima marks the function's known minima (f.Minima) with numbered
// crosses, 1 being the first (global) one.
func (m *Map) WithMinima() *Map {
	if m.F == nil {
		return m
	}
	for i, mn := range m.F.Minima {
		if len(mn.X) >= 2 {
			m.addFixed(minimumMarker(mn.X[0], mn.X[1], fmt.Sprint(i+1)))
		}
	}
	return m
}
