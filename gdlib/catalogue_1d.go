package gdlib

import "math"

// Quadratic returns the course's first parabola
//
//	f(x) = 3x² − 3x + 4,   f′(x) = 6x − 3,
//
// on the Domain [−2, 2] the course plots. Its only minimum is x = ½, f = 3.25.
func Quadratic() *Function {
	f := fn1("3x²−3x+4", `f(x) = 3x^2 - 3x + 4`,
		func(x float64) float64 { return 3*x*x - 3*x + 4 },
		func(x float64) float64 { return 6*x - 3 },
		quadraticNum)
	f.Domain = Box{{-2, 2}}
	f.Minima = []Minimum{{X: Pt(0.5), F: 3.25, Global: true}}
	return f
}

func quadraticNum(x Num) Num { return x.Square().Scale(3).Sub(x.Scale(3)).AddConst(4) }

// TwoSines returns the course's function with local and global minima
//
//	f(x) = sin x + ½ sin 3x,   f′(x) = cos x + 3/2 cos 3x,
//
// on the Domain [−5, 5] the course plots. Writing cos 3x = 4cos³x − 3cos x,
// f′ = 0 where cos x = 0 or cos²x = 7/12, so its minima are known in closed
// form. With a = arccos √(7/12) ≈ 0.7017: global minima (f ≈ −1.076) at
// −a, a − π and a + π (f is symmetric about −π/2); local minima (f = ½) at
// π/2 and −3π/2. The course's GD from 0.5 ends at −a, from 1.0 at π/2.
func TwoSines() *Function {
	f := fn1("sin x + ½ sin 3x", `f(x) = \sin x + \frac{1}{2}\sin 3x`,
		func(x float64) float64 { return math.Sin(x) + 0.5*math.Sin(3*x) },
		func(x float64) float64 { return math.Cos(x) + 1.5*math.Cos(3*x) },
		twoSinesNum)
	f.Domain = Box{{-5, 5}}
	f.Minima = twoSinesMinima()
	return f
}

func twoSinesNum(x Num) Num { return Sin(x).Add(Sin(x.Scale(3)).Scale(0.5)) }

// DampedSine returns the function of the course's parametric experiments
//
//	f(x) = sin(x)·e^(−0.05x²),   f′(x) = (cos x − 0.1x sin x)·e^(−0.05x²),
//
// on the Domain [−2π, 2π] the course plots. Its global minimum is near
// x = −1.43 (f ≈ −0.90) and a local one near 4.30 (the course's GD from
// 3.2987 ends there).
func DampedSine() *Function {
	f := fn1("sin(x)·exp(−0.05x²)", `f(x) = \sin(x)\, e^{-0.05 x^2}`,
		func(x float64) float64 { return math.Sin(x) * math.Exp(-x*x*0.05) },
		// The course's own expression, term for term.
		func(x float64) float64 {
			return math.Cos(x)*math.Exp(-x*x*.05) + math.Sin(x)*(-.1*x)*math.Exp(-x*x*.05)
		},
		dampedSineNum)
	f.Domain = Box{{-2 * math.Pi, 2 * math.Pi}}
	f.Minima = dampedSineMinima()
	return f
}

func dampedSineNum(x Num) Num { return Sin(x).Mul(Exp(x.Square().Scale(-0.05))) }

// ExpLog returns the first function of the course's lab in one variable
//
//	f(x) = eˣ − ln x,   f′(x) = eˣ − 1/x,
//
// defined for x > 0 only (Valid rejects x ≤ 0, so a run that steps there
// stops with Diverged and says why). Its Domain [0.001, 2.5] and ZRange
// [−0.3, 13] are the lab's plot_f ranges. Its minimum is where eˣ = 1/x,
// at x = Ω = W(1) ≈ 0.5671 (the omega constant), f = Ω + 1/Ω.
func ExpLog() *Function {
	f := fn1("exp(x) − ln x", `f(x) = e^x - \ln x`,
		func(x float64) float64 { return math.Exp(x) - math.Log(x) },
		func(x float64) float64 { return math.Exp(x) - 1/x },
		expLogNum)
	f.Domain = Box{{0.001, 2.5}}
	f.ZRange = Range{-0.3, 13}
	f.Valid = positive
	f.Minima = minima1(func(x float64) float64 { return math.Exp(x) - math.Log(x) }, []float64{omegaConstant}, nil)
	return f
}

// omegaConstant is the omega constant Ω = W(1), the solution of Ω·e^Ω = 1
// (OEIS A030178: 0.56714329040978387299996866221035554975381578718651…).
const omegaConstant = 0.56714329040978387299996866221035554975381578718651

func expLogNum(x Num) Num { return Exp(x).Sub(Log(x)) }

// ExpLogSine returns the second function of the course's lab in one
// variable
//
//	f(x) = (eˣ − ln x)·sin 2πx,   f′(x) = (eˣ − 1/x)·sin 2πx + 2π(eˣ − ln x)·cos 2πx,
//
// defined for x > 0. Its Domain [0.001, 2] and ZRange [−6.3, 5] are the
// lab's plot ranges. The global minimum is near x = 1.78 and a local one
// near 0.76 (the lab's two runs head for them).
func ExpLogSine() *Function {
	f := fn1("(exp(x) − ln x)·sin 2πx", `f(x) = \left(e^x - \ln x\right) \sin 2\pi x`,
		func(x float64) float64 { return (math.Exp(x) - math.Log(x)) * math.Sin(twoPi*x) },
		func(x float64) float64 {
			return (math.Exp(x)-1/x)*math.Sin(twoPi*x) + (math.Exp(x)-math.Log(x))*math.Cos(twoPi*x)*twoPi
		},
		expLogSineNum)
	f.Domain = Box{{0.001, 2}}
	f.ZRange = Range{-6.3, 5}
	f.Valid = positive
	f.Minima = expLogSineMinima()
	return f
}

func expLogSineNum(x Num) Num { return Exp(x).Sub(Log(x)).Mul(Sin(x.Scale(twoPi))) }

// Chirp returns the course's function on which momentum escapes a local
// minimum that plain gradient descent stays in,
//
//	f(x) = sin(x²) + sin x,   f′(x) = 2x cos(x²) + cos x,
//
// on the Domain [−4, 4] the course plots. Its oscillations speed up with |x|
// like a chirp signal, so it has many minima: Minima lists all of them in
// the domain, the global one first.
func Chirp() *Function {
	f := fn1("sin(x²) + sin x", `f(x) = \sin(x^2) + \sin x`,
		func(x float64) float64 { return math.Sin(x*x) + math.Sin(x) },
		func(x float64) float64 { return 2*x*math.Cos(x*x) + math.Cos(x) },
		chirpNum)
	f.Domain = Box{{-4, 4}}
	f.Minima = chirpMinima()
	return f
}

func chirpNum(x Num) Num { return Sin(x.Square()).Add(Sin(x)) }

// minima1 lists minima of a function of one variable, globals first, with
// their values computed by f.
func minima1(f func(float64) float64, global, local []float64) []Minimum {
	var m []Minimum
	for _, x := range global {
		m = append(m, Minimum{X: Pt(x), F: f(x), Global: true})
	}
	for _, x := range local {
		m = append(m, Minimum{X: Pt(x), F: f(x)})
	}
	return m
}

// The minima below are the roots of f′ in the domain where f″ > 0, found by
// bisection of the hand-written f′ on a 200 000-point grid to the last bit
// and confirmed by Newton's method on the exact derivatives in
// TestCatalogueMinima.

func twoSinesMinima() []Minimum {
	a := math.Acos(math.Sqrt(7.0 / 12))
	return minima1(func(x float64) float64 { return math.Sin(x) + 0.5*math.Sin(3*x) },
		[]float64{-a, a - math.Pi, a + math.Pi}, []float64{math.Pi / 2, -3 * math.Pi / 2})
}

func dampedSineMinima() []Minimum {
	return minima1(func(x float64) float64 { return math.Sin(x) * math.Exp(-x*x*0.05) },
		[]float64{-1.4288700112140769}, []float64{4.305801413119223})
}

func expLogSineMinima() []Minimum {
	return minima1(func(x float64) float64 { return (math.Exp(x) - math.Log(x)) * math.Sin(twoPi*x) },
		[]float64{1.7751686214270583}, []float64{0.75857287945006546})
}

func chirpMinima() []Minimum {
	return minima1(func(x float64) float64 { return math.Sin(x*x) + math.Sin(x) },
		[]float64{-2.141476849689143},
		[]float64{3.3381147180314517, -3.2931619926131246, -0.45845752344122631, 2.2015291715222554})
}
