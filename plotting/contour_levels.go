package plotting

import (
	"fmt"
	"math"
	"sort"

	"gonum.org/v1/plot/plotter"
)

// Spacing is how contour levels are spread between the lowest and highest
// value: AutoSpacing (the default), EvenSpacing or LogSpacing.
type Spacing int

const (
	// AutoSpacing chooses LogSpacing when the values span orders of
	// magnitude — the median of the sampled values lies in the lowest
	// tenth of their range (Rosenbrock on its domain: median 145, 5.8 % of
	// its range 0 … 2509 — most of the plane is far
	// below its corners' 2500, so even levels leave the valley without a
	// line) — and EvenSpacing otherwise (peaks, the three bumps, bowls).
	AutoSpacing Spacing = iota
	// EvenSpacing puts levels at equal steps: ContourLevels.
	EvenSpacing
	// LogSpacing puts levels at equal ratios above the lowest value:
	// LogContourLevels.
	LogSpacing
)

// LogDecades is the number of decades of f − min that LogContourLevels
// spans: the lowest level is (hi − lo)·10⁻⁴ above lo, or nearly.
const LogDecades = 4.0

// LogContourLevels returns n levels strictly inside [lo, hi] whose heights
// above lo grow by equal ratios: lo + (hi − lo)·10^(−LogDecades·(1 − k/(n + 1)))
// for k = 1 … n. With 18 levels on Rosenbrock's [0, 2509] the lowest is
// 0.4 and each is 1.6 times the one before, so the curved valley gets
// lines.
//
// It panics, naming the argument, if lo or hi is not finite, lo > hi,
// hi − lo overflows, or n is outside 0 … maxLevels (200): levels are
// computed from a figure's range, and the figures check theirs first.
func LogContourLevels(lo, hi float64, n int) []float64 {
	checkLevels("LogContourLevels", lo, hi, n)
	lv := make([]float64, n)
	for k := range lv {
		lv[k] = lo + (hi-lo)*math.Pow(10, -LogDecades*(1-float64(k+1)/float64(n+1)))
	}
	return lv
}

// wideRange reports whether the finite values of g in [lo, hi] have their
// median in the lowest tenth of the range: AutoSpacing's test.
func wideRange(g plotter.GridXYZ, lo, hi float64) bool {
	var vs []float64
	c, r := g.Dims()
	for i := 0; i < c; i++ {
		for j := 0; j < r; j++ {
			if v := g.Z(i, j); isFinite(v) {
				vs = append(vs, v)
			}
		}
	}
	if len(vs) == 0 || !(hi > lo) {
		return false
	}
	sort.Float64s(vs)
	return vs[len(vs)/2]-lo < (hi-lo)/10
}

// Levels sets how the map's contour levels are spaced (AutoSpacing unless
// called): for lines added before and after.
func (m *Map) Levels(s Spacing) *Map {
	if s < AutoSpacing || s > LogSpacing {
		m.fail(fmt.Errorf("plotting: Levels(%d): want AutoSpacing, EvenSpacing or LogSpacing", s))
		return m
	}
	m.spacing = s
	for _, cl := range m.contours {
		cl.setLevels(s)
	}
	return m
}

// maxLevels is the most contour lines a figure draws: 200, ten times the
// labs' 18 and more than a 6 in plot can separate.
const maxLevels = 200

// ContourLevels returns n levels evenly spaced strictly inside [lo, hi]:
// lo + (hi − lo)·k/(n + 1) for k = 1 … n.
//
// It panics, naming the argument, if lo or hi is not finite, lo > hi,
// hi − lo overflows, or n is outside 0 … maxLevels (200).
func ContourLevels(lo, hi float64, n int) []float64 {
	checkLevels("ContourLevels", lo, hi, n)
	lv := make([]float64, n)
	for k := range lv {
		lv[k] = lo + (hi-lo)*float64(k+1)/float64(n+1)
	}
	return lv
}

// checkLevels panics with a message naming who's bad argument.
func checkLevels(who string, lo, hi float64, n int) {
	switch {
	case !isFinite(lo) || !isFinite(hi) || lo > hi || !isFinite(hi-lo):
		panic(fmt.Sprintf("plotting.%s(lo = %v, hi = %v, n = %d): want finite lo ≤ hi with a finite hi − lo", who, lo, hi, n))
	case n < 0 || n > maxLevels:
		panic(fmt.Sprintf("plotting.%s(lo = %v, hi = %v, n = %d): want n = 0 … %d levels", who, lo, hi, n, maxLevels))
	}
}

// setLevels chooses the layer's levels with spacing s.
func (cl *contourLayer) setLevels(s Spacing) {
	if s == AutoSpacing {
		s = EvenSpacing
		if wideRange(cl.grid, cl.lo, cl.hi) {
			s = LogSpacing
		}
	}
	if s == LogSpacing {
		cl.levels = LogContourLevels(cl.lo, cl.hi, cl.n)
	} else {
		cl.levels = ContourLevels(cl.lo, cl.hi, cl.n)
	}
}
