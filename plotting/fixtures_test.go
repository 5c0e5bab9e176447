package plotting

import (
	"math"
	"runtime"
	"sync"

	"github.com/gdlessons/lessons/gdlib"
)

// quadratic is the course's f(x) = 3x² − 3x + 4 on [−2, 2] (the course's x
// = np.linspace(-2, 2, 2001)), written by hand so the tests do not depend on
// gdlib's catalogue.
func quadratic() *gdlib.Function {
	f := gdlib.NewFunction("3x² − 3x + 4", 1,
		func(x []float64) float64 { return 3*x[0]*x[0] - 3*x[0] + 4 },
		func(g, x []float64) { g[0] = 6*x[0] - 3 }, nil)
	f.Domain = gdlib.Box{{Min: -2, Max: 2}}
	return f
}

// twoSines is the course's f(x) = sin x + ½ sin 3x on [−π, 2π] (lesson 1).
func twoSines() *gdlib.Function {
	f := gdlib.NewFunction("sin x + ½ sin 3x", 1,
		func(x []float64) float64 { return math.Sin(x[0]) + 0.5*math.Sin(3*x[0]) },
		func(g, x []float64) { g[0] = math.Cos(x[0]) + 1.5*math.Cos(3*x[0]) }, nil)
	f.Domain = gdlib.Box{{Min: -math.Pi, Max: 2 * math.Pi}}
	return f
}

func mustRun(f gdlib.Objective, start gdlib.Point, opt gdlib.Transform, steps int) *gdlib.Trace {
	t, err := gdlib.Run(f, start, opt, &gdlib.Settings{Steps: steps})
	if err != nil {
		panic(err)
	}
	return t
}

// table is a GridXYZ from slices, for tests: z[c*len(ys)+r].
type table struct {
	xs, ys, z []float64
}

func (t *table) Dims() (c, r int)   { return len(t.xs), len(t.ys) }
func (t *table) Z(c, r int) float64 { return t.z[c*len(t.ys)+r] }
func (t *table) X(c int) float64    { return t.xs[c] }
func (t *table) Y(r int) float64    { return t.ys[r] }

// dampedSine is the course's f(x) = sin(x)·e^(−0.05x²).
func dampedSine() *gdlib.Function {
	f := gdlib.NewFunction("sin(x)·exp(−0.05x²)", 1,
		func(x []float64) float64 { return math.Sin(x[0]) * math.Exp(-0.05*x[0]*x[0]) },
		func(g, x []float64) {
			e := math.Exp(-0.05 * x[0] * x[0])
			g[0] = math.Cos(x[0])*e - 0.1*x[0]*math.Sin(x[0])*e
		}, nil)
	f.Domain = gdlib.Box{{Min: -2 * math.Pi, Max: 2 * math.Pi}}
	return f
}

// sweepGrid is the course's learning rate × epochs experiment: final x of GD on dampedSine from
// x = 0, for 50 learning rates in [1e−10, 0.1] (np.linspace) × 40 epoch
// counts in [10, 500] (np.round(np.linspace(10, 500, 40))).
func sweepGrid() *table {
	f := dampedSine()
	t := &table{xs: linspace(1e-10, 0.1, 50), ys: linspace(10, 500, 40)}
	for i := range t.ys {
		t.ys[i] = math.Round(t.ys[i])
	}
	g := make([]float64, 1)
	for _, lr := range t.xs {
		for _, ep := range t.ys {
			x := []float64{0}
			for k := 0; k < int(ep); k++ {
				f.Grad(g, x)
				x[0] -= lr * g[0]
			}
			t.z = append(t.z, x[0])
		}
	}
	return t
}

// basinGrid is a basin map of peaks computed here, n × n starts over
// [−2.5, 2.5]² (the course's basin grid), GD(lr) for steps steps, each
// start labelled by the minimum of gdlib.Peaks() it ended within 0.01 of
// (the course's "near"), else gdlib.BasinNotConverged, gdlib.BasinLeftRegion
// outside [−3, 3]², or gdlib.BasinDiverged.
func basinGrid(n, steps int, lr float64) (*table, []gdlib.Point) {
	f := gdlib.Peaks()
	var mins []gdlib.Point
	for _, m := range f.Minima {
		mins = append(mins, m.X)
	}
	t := &table{xs: linspace(-2.5, 2.5, n), ys: linspace(-2.5, 2.5, n)}
	t.z = make([]float64, n*n)
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			basinColumns(f, t, mins, steps, lr, w, workers)
		}(w)
	}
	wg.Wait()
	return t, mins
}

// basinColumns fills the columns c ≡ w (mod workers) of t.
func basinColumns(f *gdlib.Function, t *table, mins []gdlib.Point, steps int, lr float64, w, workers int) {
	n := len(t.ys)
	g := make([]float64, 2)
	for c := w; c < len(t.xs); c += workers {
		x0 := t.xs[c]
		for r, y0 := range t.ys {
			x := []float64{x0, y0}
			for k := 0; k < steps; k++ {
				f.Grad(g, x)
				x[0] -= lr * g[0]
				x[1] -= lr * g[1]
			}
			v := float64(gdlib.BasinNotConverged)
			switch {
			case !isFinite(x[0]) || !isFinite(x[1]):
				v = float64(gdlib.BasinDiverged)
			case math.Abs(x[0]) > 3 || math.Abs(x[1]) > 3:
				v = float64(gdlib.BasinLeftRegion)
			default:
				for i, m := range mins {
					if math.Hypot(x[0]-m[0], x[1]-m[1]) < 0.01 {
						v = float64(i)
					}
				}
			}
			t.z[c*n+r] = v
		}
	}
}

// bowl is f(x, y) = x² + 10y² on [−3, 3]²: GD with lr > 0.1 multiplies y
// by |1 − 20·lr| > 1 each step, so it diverges (lesson 6).
func bowl() *gdlib.Function {
	f := gdlib.NewFunction("x² + 10y²", 2,
		func(x []float64) float64 { return x[0]*x[0] + 10*x[1]*x[1] },
		func(g, x []float64) { g[0], g[1] = 2*x[0], 20*x[1] }, nil)
	f.Domain = gdlib.Box{{Min: -3, Max: 3}, {Min: -3, Max: 3}}
	return f
}
