package gdlib

import "math"

// Peaks returns MATLAB's "peaks" surface, the landscape of seed 000 (video
// 34) and seed 002:
//
//	f(x, y) = 3(1−x)² e^(−x²−(y+1)²) − 10(x/5 − x³ − y⁵) e^(−x²−y²) − ⅓ e^(−(x+1)²−y²)
//
// Its Domain is [−3, 3]² and its ZRange [−5, 5], the seeds' extent and
// vmin/vmax. It has three minima: the global one near (0.228, −1.626),
// f ≈ −6.551, and local ones near (−1.347, 0.205) and (0.296, 0.320). They
// are given to full float64 precision (Newton's method on the exact
// gradient, see TestPeaksMinima).
//
// Its gradient is written by hand and shares the three exponentials between
// the two partial derivatives; it allocates nothing.
func Peaks() *Function {
	return &Function{
		Name: "peaks",
		TeX: `f(x, y) = 3(1-x)^2 e^{-x^2-(y+1)^2} - 10\left(\frac{x}{5} - x^3 - y^5\right) e^{-x^2-y^2}` +
			` - \frac{1}{3} e^{-(x+1)^2-y^2}`,
		Dim:    2,
		Domain: Box{{-3, 3}, {-3, 3}},
		ZRange: Range{-5, 5},
		Minima: []Minimum{
			{X: Pt(0.22827892055636917, -1.6255349574999967), F: -6.5511333328358354, Global: true},
			{X: Pt(-1.3473962443682108, 0.2045188660970052), F: -3.0498494028002598},
			{X: Pt(0.29644555384683208, 0.32019624766683435), F: -0.06493586825552683},
		},
		f: func(x []float64) float64 { return peaks(x[0], x[1]) },
		g: func(g, x []float64) { g[0], g[1] = peaksGrad(x[0], x[1]) },
	}
}

// peaks is f of Peaks.
func peaks(x, y float64) float64 {
	u, p := 1-x, x/5-x*x*x-y*y*y*y*y
	return 3*u*u*math.Exp(-x*x-(y+1)*(y+1)) - 10*p*math.Exp(-x*x-y*y) - math.Exp(-(x+1)*(x+1)-y*y)/3
}

// peaksGrad is ∇f of Peaks. With e₁, e₂, e₃ the three exponentials of f,
// u = 1−x and p = x/5 − x³ − y⁵:
//
//	∂f/∂x = −6u(1 + xu)·e₁ + (30x² − 2 + 20xp)·e₂ + ⅔(x+1)·e₃
//	∂f/∂y = −6u²(y+1)·e₁ + (50y⁴ + 20yp)·e₂ + ⅔y·e₃
func peaksGrad(x, y float64) (dx, dy float64) {
	e1 := math.Exp(-x*x - (y+1)*(y+1))
	e2 := math.Exp(-x*x - y*y)
	e3 := math.Exp(-(x+1)*(x+1) - y*y)
	u, p := 1-x, x/5-x*x*x-y*y*y*y*y
	y2 := y * y
	dx = -6*u*(1+x*u)*e1 + (30*x*x-2+20*x*p)*e2 + 2*(x+1)/3*e3
	dy = -6*u*u*(y+1)*e1 + (50*y2*y2+20*y*p)*e2 + 2*y/3*e3
	return dx, dy
}
