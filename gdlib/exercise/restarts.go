package exercise

import (
	"fmt"
	"slices"

	"github.com/gdlessons/lessons/gdlib"
)

// LowestFunc is a learner's choice among the ends of several runs: the end
// x at which f is lowest.
type LowestFunc func(f func(x float64) float64, ends []float64) float64

// Restarts is the exercise of keeping the best of several restarts: given
// the ends of runs from different starts, return the one where f is
// lowest,
//
//	best = argmin over x in ends of f(x).
//
// The check makes five sets of ends on f(x) = sin x + ½ sin 3x (GD(0.1),
// 100 steps from 8 random starts in [−5, 5], seeds 12, 1, 17, 2 and 27:
// sets whose first or last end, or smallest x, is in a local minimum) and compares
// f at the end chosen from each set with f at the reference's. (Ends in two
// global minima have the same f, so either is right.) An answer that
// returns an x that is not one of the ends is told so.
var Restarts = Exercise[LowestFunc]{
	Name:  "keep the lowest end",
	Value: func(k int) string { return fmt.Sprintf("f at the end chosen from set %d", k+1) },
	Run: func(lowest LowestFunc) ([]float64, error) {
		if lowest == nil {
			return nil, fmt.Errorf("the function is nil: write one")
		}
		f := gdlib.TwoSines()
		at := func(x float64) float64 { return f.At(x) }
		seeds := []uint64{12, 1, 17, 2, 27}
		vals := make([]float64, len(seeds))
		for k, seed := range seeds {
			ends, err := restartEnds(f, seed)
			if err != nil {
				return nil, err
			}
			x := lowest(at, slices.Clone(ends))
			if !slices.Contains(ends, x) {
				return nil, fmt.Errorf("for set %d your answer returned x = %.6g, which is not one of the ends %.4g", k+1, x, ends)
			}
			vals[k] = f.At(x)
		}
		return vals, nil
	},
	Answer: func(f func(float64) float64, ends []float64) float64 {
		best := ends[0]
		for _, x := range ends {
			if f(x) < f(best) {
				best = x
			}
		}
		return best
	},
	Mistakes: []Mistake[LowestFunc]{
		{func(f func(float64) float64, ends []float64) float64 { return ends[0] },
			"best is still the first end: look at every end, and keep x in best when f(x) < f(best)"},
		{func(f func(float64) float64, ends []float64) float64 {
			best := ends[0]
			for _, x := range ends {
				if f(x) > f(best) {
					best = x
				}
			}
			return best
		}, "you kept the highest end: keep x when f(x) < f(best), not >"},
		{func(f func(float64) float64, ends []float64) float64 { return slices.Min(ends) },
			"you kept the smallest x: compare the heights f(x), not the positions x"},
		{func(f func(float64) float64, ends []float64) float64 { return ends[len(ends)-1] },
			"best is the last end: change best only when f is lower there"},
	},
	Hint: "keep the end with the lowest f: start with best = ends[0], and for every x in ends, if f(x) < f(best), best = x",
}

// restartEnds returns where GD(0.1) ends after 100 steps from 8 random
// starts in f's domain (the lesson's restarts), with the given seed.
func restartEnds(f *gdlib.Function, seed uint64) ([]float64, error) {
	starts, err := gdlib.RandomStarts(f.Domain, 8, seed)
	if err != nil {
		return nil, err
	}
	ends := make([]float64, len(starts))
	for i, s := range starts {
		r, err := gdlib.Run(f, s, gdlib.GD(0.1), &gdlib.Settings{Steps: 100})
		if err != nil {
			return nil, err
		}
		ends[i] = r.Final()[0]
	}
	return ends, nil
}
