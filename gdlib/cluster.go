package gdlib

import (
	"cmp"
	"slices"
)

// cluster turns the stationary end points of m (marked Basin 0 by the
// runs) into clusters, as Basins documents: leader clustering in start
// order with radius m.Tol, clusters sorted by f at their leader. It sets
// m.Minima and renumbers m.Basin.
func (m *BasinMap) cluster(f Objective) {
	var leaders []float64 // x₀, y₀, x₁, y₁, …
	tol2 := m.Tol * m.Tol
	for i, b := range m.Basin {
		if b != 0 {
			continue
		}
		x, y := m.Ends[2*i], m.Ends[2*i+1]
		k := nearest(leaders, x, y, tol2)
		if k < 0 {
			k = len(leaders) / 2
			leaders = append(leaders, x, y)
		}
		m.Basin[i] = Basin(k)
	}
	type leader struct {
		p     Point
		f     float64
		first int
	}
	ls := make([]leader, len(leaders)/2)
	for k := range ls {
		p := Pt(leaders[2*k], leaders[2*k+1])
		ls[k] = leader{p: p, f: f.Func(p), first: k}
	}
	slices.SortStableFunc(ls, func(a, b leader) int { return cmp.Compare(a.f, b.f) })
	rank := make([]Basin, len(ls))
	m.Minima = make([]Point, len(ls))
	for r, l := range ls {
		rank[l.first] = Basin(r)
		m.Minima[r] = l.p
	}
	for i, b := range m.Basin {
		if b >= 0 {
			m.Basin[i] = rank[b]
		}
	}
}
