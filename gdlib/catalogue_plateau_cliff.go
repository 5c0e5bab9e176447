package gdlib

import "math"

// Plateau returns a function with a long flat plateau, where gradients
// vanish (lesson 6):
//
//	f(x) = tanh²(x),   f′(x) = 2 tanh(x)·(1 − tanh²(x)).
//
// For |x| > 3 the curve is almost flat at f ≈ 1 because tanh saturates, as
// the units of a deep network do; there f′ ≈ 8e^(−2|x|) is tiny, so plain
// gradient descent barely moves. Domain [−5, 5]; minimum x = 0, f = 0.
//
// With GD(0.5) from x₀ = 4 (f′ ≈ 0.0027): after 100 steps x is still
// ≈ 3.84 (f′ ≈ 0.004), and the valley is reached only after about 380
// steps, when the gradient suddenly grows to its maximum 0.77 and then
// falls to 0 at the minimum. (GD(0.1) needs about 1900 steps.)
// TestPlateauVanishes checks these numbers. The lr must stay below
// 2/f″(0) = 1, or the run oscillates about 0.
func Plateau() *Function {
	f := fn1("plateau", `f(x) = \tanh^2(x)`,
		func(x float64) float64 { t := math.Tanh(x); return t * t },
		func(x float64) float64 { t := math.Tanh(x); return 2 * t * (1 - t*t) },
		plateauNum)
	f.Domain = Box{{-5, 5}}
	f.Minima = []Minimum{{X: Pt(0), F: 0, Global: true}}
	return f
}

func plateauNum(x Num) Num { return Tanh(x).Square() }

// cliffSteep is the steepness s of Cliff's wall.
const cliffSteep = 50

// Cliff returns a function with a steep cliff, where gradients explode
// (lesson 6):
//
//	f(x) = (e^(50x) − 1)/50 − x,   f′(x) = e^(50x) − 1.
//
// Coming from the left, f falls gently with slope −1 to its minimum at
// x = 0 (f = 0), at the foot of an exponential wall: 0.1 to the right of
// it the slope is already e⁵ − 1 ≈ 147. Its curvature at the minimum is
// f″(0) = 50, so gradient descent is stable there only for lr < 2/50 =
// 0.04. Domain [−3, 0.1].
//
// With GD(0.1) from x₀ = −2 the run walks down in steps of 0.1, lands on
// the wall, and is thrown back (|f′| jumps to between 2 and 10, a step of
// up to 1); it walks down again and is thrown back again, for ever: it
// never converges. With GD(0.01) (or with the gradient clipped) it
// converges. With GD(1) from x₀ = −2.05 one step lands at x = 0.95, where
// f′ ≈ 4e20: the next iterate is beyond any bound and the run diverges.
// TestCliffExplodes checks these claims.
func Cliff() *Function {
	f := fn1("cliff", `f(x) = \frac{e^{50x} - 1}{50} - x`,
		func(x float64) float64 { return math.Expm1(cliffSteep*x)/cliffSteep - x },
		func(x float64) float64 { return math.Expm1(cliffSteep * x) },
		cliffNum)
	f.Domain = Box{{-3, 0.1}}
	f.Minima = []Minimum{{X: Pt(0), F: 0, Global: true}}
	return f
}

func cliffNum(x Num) Num { return Exp(x.Scale(cliffSteep)).AddConst(-1).Scale(1.0 / cliffSteep).Sub(x) }
