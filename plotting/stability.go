package plotting

import (
	"fmt"
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Stability returns the plot of the stability rule of gradient descent:
// the factor |1 − ηλ| by which one step with learning rate η multiplies
// the distance to a minimum of curvature λ (f″ there, or the Hessian's
// largest eigenvalue), against η from 0 to 2.5/λ.
//
// Near the minimum a step is x ← x − η·λ·(x − x*), so the distance is
// multiplied by 1 − ηλ. Three bands show what that does: for η ≤ 1/λ the
// factor is in [0, 1) and the run converges monotonically; for
// 1/λ < η < 2/λ it is in (−1, 0) and the run converges oscillating, from
// side to side of the minimum; for η > 2/λ its size is over 1 and the run
// diverges. A dashed line marks the factor 1, dotted lines the rates 1/λ
// and 2/λ.
//
// Each of rates is marked on the curve with a dot and its value. A λ that
// is not a finite number > 0 sets Err, as does a rate that is NaN, ±Inf or
// negative.
func Stability(lambda float64, rates ...float64) *Plot {
	p := NewPlot(fmt.Sprintf("one step multiplies the distance to the minimum by |1 − ηλ|   (λ = %.4g)", lambda))
	p.X.Label.Text, p.Y.Label.Text = "learning rate η", "|1 − ηλ|"
	if !(lambda > 0) || math.IsInf(lambda, 1) || math.IsInf(2.5/lambda, 1) {
		p.fail(fmt.Errorf("plotting.Stability: curvature lambda = %v: want a finite number > 0", lambda))
		return p
	}
	lo, hi := 1/lambda, 2/lambda
	end := 2.5 / lambda
	p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = 0, end, 0, 1.6
	p.Add(
		stabilityBand{0, lo, "monotone", rgb(0xe5f5e0)},
		stabilityBand{lo, hi, "oscillating", rgb(0xfff7bc)},
		stabilityBand{hi, end, "diverges", rgb(0xfee0d2)},
		hLine{Y: 1, LineStyle: dashedGray},
		vLine{X: lo, Label: fmt.Sprintf("1/λ = %.4g", lo)},
		vLine{X: hi, Label: fmt.Sprintf("2/λ = %.4g", hi)},
	)
	line := draw.LineStyle{Color: RunColor(0), Width: vg.Points(1.5)}
	p.Add(&path{xs: []float64{0, lo, end}, ys: []float64{1, 0, 1.5}, LineStyle: line})
	for i, eta := range rates {
		if math.IsNaN(eta) || math.IsInf(eta, 0) || eta < 0 || math.IsInf(eta*lambda, 0) {
			p.fail(fmt.Errorf("plotting.Stability: rates[%d] = %v: want a finite number ≥ 0 with a finite η·λ", i, eta))
			continue
		}
		dot := draw.GlyphStyle{Color: RunColor(1 + i), Radius: vg.Points(3.5), Shape: draw.CircleGlyph{}}
		p.Add(marker{X: eta, Y: math.Abs(1 - eta*lambda), GlyphStyle: dot, Label: fmt.Sprintf("η = %.4g", eta)})
	}
	return p
}

// stabilityBand fills the plot's height between the rates Min and Max in
// a light colour, with its name at the top.
type stabilityBand struct {
	Min, Max float64
	Name     string
	Color    color.Color
}

func (b stabilityBand) Plot(c draw.Canvas, p *plot.Plot) {
	trX, _ := p.Transforms(&c)
	x0, x1 := max(trX(b.Min), c.Min.X), min(trX(b.Max), c.Max.X)
	if x1 <= x0 {
		return
	}
	r := vg.Rectangle{Min: vg.Point{X: x0, Y: c.Min.Y}, Max: vg.Point{X: x1, Y: c.Max.Y}}
	c.SetColor(b.Color)
	c.Fill(r.Path())
	sty := p.Legend.TextStyle
	sty.Font.Size = vg.Points(10)
	sty.XAlign, sty.YAlign = draw.XCenter, draw.YTop
	c.FillText(sty, vg.Point{X: (x0 + x1) / 2, Y: c.Max.Y - vg.Points(4)}, b.Name)
}

// vLine is a dotted vertical line across the plot at X, labelled at the
// bottom right of the line.
type vLine struct {
	X     float64
	Label string
}

func (v vLine) Plot(c draw.Canvas, p *plot.Plot) {
	if v.X < p.X.Min || v.X > p.X.Max {
		return
	}
	trX, _ := p.Transforms(&c)
	x := trX(v.X)
	sty := draw.LineStyle{Color: color.Gray{0x60}, Width: vg.Points(1), Dashes: []vg.Length{vg.Points(1.5), vg.Points(2)}}
	c.StrokeLine2(sty, x, c.Min.Y, x, c.Max.Y)
	txt := p.Legend.TextStyle
	txt.Font.Size = vg.Points(9)
	txt.XAlign, txt.YAlign = draw.XLeft, draw.YBottom
	drawHaloText(c, txt, vg.Point{X: x + vg.Points(3), Y: c.Min.Y + vg.Points(4)}, v.Label)
}
