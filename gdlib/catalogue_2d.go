package gdlib

import "math"

// Peaks returns MATLAB's "peaks" surface, the course's landscape in two
// variables:
//
//	f(x, y) = 3(1−x)² e^(−x²−(y+1)²) − 10(x/5 − x³ − y⁵) e^(−x²−y²) − ⅓ e^(−(x+1)²−y²)
//
// Its Domain is [−3, 3]² and its ZRange [−5, 5], the course's extent and
// vmin/vmax. It has three minima: the global one near (0.228, −1.626),
// f ≈ −6.551, and local ones near (−1.347, 0.205) and (0.296, 0.320). They
// are given to full float64 precision: found by Newton's method on the
// hand-written gradient; TestCatalogueMinima checks that a Newton step with
// the exact Hessian moves none of them by more than 4 ulps.
//
// Its gradient is written by hand and shares the three exponentials between
// the two partial derivatives; it allocates nothing. Its Hessian comes from
// the same formula written with Num (automatic differentiation).
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
		h: hess2(peaksNum),
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

// peaksNum is Peaks written with Num, term for term as the course writes it.
func peaksNum(x, y Num) Num {
	u := C(1).Sub(x)
	e1 := Exp(x.Square().Neg().Sub(y.AddConst(1).Square()))
	e2 := Exp(x.Square().Neg().Sub(y.Square()))
	e3 := Exp(x.AddConst(1).Square().Neg().Sub(y.Square()))
	p := x.Scale(1.0 / 5).Sub(Pow(x, 3)).Sub(Pow(y, 5))
	return u.Square().Scale(3).Mul(e1).Sub(p.Scale(10).Mul(e2)).Sub(e3.Scale(1.0 / 3))
}

// Bowl returns the paraboloid of the course's lab in two variables
//
//	f(x, y) = x² + y²,   ∇f = (2x, 2y),
//
// the first function of two variables the course slices and differentiates
// (∇f(2, 3) = (4, 6)). Domain [−3, 3]²; minimum (0, 0), f = 0.
func Bowl() *Function {
	f := fn2("x² + y²", `f(x, y) = x^2 + y^2`,
		func(x, y float64) float64 { return x*x + y*y },
		func(x, y float64) (float64, float64) { return 2 * x, 2 * y },
		bowlNum)
	f.Domain = Box{{-3, 3}, {-3, 3}}
	f.Minima = []Minimum{{X: Pt(0, 0), F: 0, Global: true}}
	return f
}

func bowlNum(x, y Num) Num { return x.Square().Add(y.Square()) }

// Sauna returns the temperature of the sauna room of the course's lab in
// two variables
//
//	f(x, y) = 85 + (1/10)·( −(1/9)(x−6)x²y³ + (2/3)(x−6)x²y² ).
//
// Its Domain [0, 5]² and ZRange [74, 85] are the lab's plot ranges. Inside
// the room its only minimum is (4, 4), f = 73.6 (the lab's answer); on the
// lines x = 0 and y = 0 it is 85, the maximum. With p = (x−6)x²:
//
//	∂f/∂x = (1/10)(3x² − 12x)(−y³/9 + 2y²/3),   ∂f/∂y = (1/10)·p·(−y²/3 + 4y/3).
func Sauna() *Function {
	f := fn2("sauna", `f(x, y) = 85 + \frac{1}{10}\left(-\frac{1}{9}(x-6)x^2y^3 + \frac{2}{3}(x-6)x^2y^2\right)`, sauna, saunaGrad, saunaNum)
	f.Domain = Box{{0, 5}, {0, 5}}
	f.ZRange = Range{74, 85}
	f.Minima = []Minimum{{X: Pt(4, 4), F: sauna(4, 4), Global: true}}
	return f
}

func sauna(x, y float64) float64 {
	return 85 + 0.1*(-1.0/9*(x-6)*x*x*y*y*y+2.0/3*(x-6)*x*x*y*y)
}

func saunaGrad(x, y float64) (float64, float64) {
	p := (x - 6) * x * x
	return 0.1 * (3*x*x - 12*x) * (-y*y*y/9 + 2*y*y/3), 0.1 * p * (-y*y/3 + 4*y/3)
}

func saunaNum(x, y Num) Num {
	p := x.AddConst(-6).Mul(x.Square())
	return p.Mul(Pow(y, 3)).Scale(-1.0 / 9).Add(p.Mul(y.Square()).Scale(2.0 / 3)).Scale(0.1).AddConst(85)
}

// ThreeBumps returns the landscape of the course's lab with one global and
// two local minima: three wells,
// each of the form h/(1 + a·r²), cut out of the plane f = 10:
//
//	f(x, y) = 10 − ( 10/(3 + 3(x−½)² + 3(y−½)²) + 2/(1 + 2(x−3)² + 2(y−3/2)²) + 3/(1 + ½(x−7/2)² + ½(y−4)²) ).
//
// Its Domain [0, 5]² and ZRange [6, 9.5] are the lab's plot ranges. Its
// global minimum is near (0.523, 0.517), f ≈ 6.277; the local ones near
// (2.981, 1.541), f ≈ 6.882, and (3.479, 3.948), f ≈ 6.703 (Newton's
// method on the exact gradient, see TestCatalogueMinima).
func ThreeBumps() *Function {
	f := fn2("three bumps", `f(x, y) = 10 - \left(\frac{10}{3 + 3(x-\frac{1}{2})^2 + 3(y-\frac{1}{2})^2}`+
		` + \frac{2}{1 + 2(x-3)^2 + 2(y-\frac{3}{2})^2} + \frac{3}{1 + \frac{1}{2}(x-\frac{7}{2})^2 + \frac{1}{2}(y-4)^2}\right)`, threeBumps, threeBumpsGrad, threeBumpsNum)
	f.Domain = Box{{0, 5}, {0, 5}}
	f.ZRange = Range{6, 9.5}
	f.Minima = minima2(threeBumps, [][2]float64{{0.52303225793587449, 0.51698915628026054}},
		[][2]float64{{3.4788805301921637, 3.9475151731789038}, {2.9806366011182712, 1.5408734039442826}})
	return f
}

// threeBumpsDen returns the three denominators of ThreeBumps.
func threeBumpsDen(x, y float64) (d1, d2, d3 float64) {
	d1 = 3 + 3*(x-0.5)*(x-0.5) + 3*(y-0.5)*(y-0.5)
	d2 = 1 + 2*(x-3)*(x-3) + 2*(y-1.5)*(y-1.5)
	d3 = 1 + 0.5*(x-3.5)*(x-3.5) + 0.5*(y-4)*(y-4)
	return d1, d2, d3
}

func threeBumps(x, y float64) float64 {
	d1, d2, d3 := threeBumpsDen(x, y)
	return 10 - (10/d1 + 2/d2 + 3/d3)
}

// threeBumpsGrad: ∂/∂x of −h/d is h·d_x/d², and d_x is 6(x−½), 4(x−3),
// (x−7/2) for the three wells (likewise in y).
func threeBumpsGrad(x, y float64) (float64, float64) {
	d1, d2, d3 := threeBumpsDen(x, y)
	a, b, c := 10/(d1*d1), 2/(d2*d2), 3/(d3*d3)
	return a*6*(x-0.5) + b*4*(x-3) + c*(x-3.5), a*6*(y-0.5) + b*4*(y-1.5) + c*(y-4)
}

func threeBumpsNum(x, y Num) Num {
	well := func(h, a, b, cx, cy float64) Num {
		d := x.AddConst(-cx).Square().Add(y.AddConst(-cy).Square()).Scale(b).AddConst(a)
		return C(h).Div(d)
	}
	return C(10).Sub(well(10, 3, 3, 0.5, 0.5).Add(well(2, 1, 2, 3, 1.5)).Add(well(3, 1, 0.5, 3.5, 4)))
}

// minima2 lists minima of a function of two variables, globals first, with
// their values computed by f.
func minima2(f func(x, y float64) float64, global, local [][2]float64) []Minimum {
	var m []Minimum
	for _, p := range global {
		m = append(m, Minimum{X: Pt(p[0], p[1]), F: f(p[0], p[1]), Global: true})
	}
	for _, p := range local {
		m = append(m, Minimum{X: Pt(p[0], p[1]), F: f(p[0], p[1])})
	}
	return m
}
