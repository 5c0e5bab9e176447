package exercise

import (
	"fmt"

	"github.com/gdlessons/lessons/gdlib"
)

// LimitFunc is a learner's stability limit: the largest learning rate at
// which gradient descent settles at a minimum of curvature curv (f″ there).
type LimitFunc func(curv float64) float64

// StableRate is the exercise of writing the stability rule's bound. Near a
// minimum of curvature λ one step multiplies the distance to it by
// (1 − ηλ); the run settles when |1 − ηλ| < 1, that is
//
//	η < 2/λ.
//
// The check asks for the limit at the known minima of four of the lessons'
// functions (the damped sine's two, the parabola's, the cliff's, the local
// one of sin x + ½ sin 3x), with λ from gdlib.Curvature, and compares with
// gdlib.StableRate's.
var StableRate = Exercise[LimitFunc]{
	Name: "the stability limit",
	Value: func(k int) string {
		m := stableMinima()[k]
		return fmt.Sprintf("the limit at the minimum x = %.4g of %s", m.x, m.f.Name)
	},
	Run: func(limit LimitFunc) ([]float64, error) {
		if limit == nil {
			return nil, fmt.Errorf("the function is nil: write one")
		}
		var vals []float64
		for _, m := range stableMinima() {
			c, err := gdlib.Curvature(m.f, gdlib.Pt(m.x))
			if err != nil {
				return nil, err
			}
			vals = append(vals, limit(c[0]))
		}
		return vals, nil
	},
	Answer: func(curv float64) float64 { return 2 / curv },
	Mistakes: []Mistake[LimitFunc]{
		{func(curv float64) float64 { return 0 },
			"0 is no limit: the rule says the run settles while |1 − η·curv| < 1; solve that for η"},
		{func(curv float64) float64 { return 1 / curv },
			"1/λ is where the run starts to oscillate (1 − ηλ turns negative); it still settles until |1 − ηλ| reaches 1, at η = 2/λ"},
		{func(curv float64) float64 { return 2 * curv },
			"the limit falls as the curvature grows: a sharper valley needs shorter steps; divide by curv"},
		{func(curv float64) float64 { return curv / 2 },
			"the limit falls as the curvature grows: 2/curv, not curv/2"},
	},
	Hint: "solve |1 − η·curv| < 1 for η: the run settles for 0 < η < 2/curv",
}

// stableMin is a minimum at which StableRate asks for the limit.
type stableMin struct {
	f *gdlib.Function
	x float64
}

func stableMinima() []stableMin {
	ds, ts := gdlib.DampedSine(), gdlib.TwoSines()
	return []stableMin{
		{ds, ds.Minima[0].X[0]}, {ds, ds.Minima[1].X[0]},
		{gdlib.Quadratic(), 0.5}, {gdlib.Cliff(), 0}, {ts, ts.Minima[3].X[0]},
	}
}
