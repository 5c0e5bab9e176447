package plotting

import (
	"errors"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
)

// LogLines is Lines with a log-scale y axis: each data set a line through
// square markers in the next run colour, with legend entries names[i]
// when given. On it a quantity that grows or shrinks by a constant factor
// per step is a straight line — a vanishing gradient falls, an exploding
// one rises — and its slope is that factor.
//
// A value that is not positive (or not finite) has no place on a log axis:
// it breaks the line. The y range covers the positive values, widened by
// 5 % of its decades on either side; a figure with no positive value at
// all records an error (see Err).
func LogLines(title string, data []plotter.XYer, names ...string) *Plot {
	pos := make([]plotter.XYer, len(data))
	lo, hi := math.Inf(1), math.Inf(-1)
	for i, xy := range data {
		if xy == nil {
			continue // Lines reports it
		}
		pos[i] = positiveY{xy}
		for k := 0; k < xy.Len(); k++ {
			if x, y := xy.XY(k); isFinite(x) && isFinite(y) && y > 0 {
				lo, hi = math.Min(lo, y), math.Max(hi, y)
			}
		}
	}
	p := Lines(title, pos, names...)
	if !(lo <= hi) {
		p.fail(errors.New("plotting.LogLines: no data set has a positive, finite y value to draw on a log axis"))
		return p
	}
	m := math.Pow(hi/lo, 0.05)
	if hi == lo {
		m = 2 // one value: a decade around it, about
	}
	p.Y.Min, p.Y.Max = lo/m, hi*m
	p.Y.Scale = plot.LogScale{}
	p.Y.Tick.Marker = LogTicks{}
	return p
}

// positiveY is an XYer whose values y ≤ 0 read as NaN, which breaks the
// line where they were.
type positiveY struct{ plotter.XYer }

func (p positiveY) XY(i int) (x, y float64) {
	x, y = p.XYer.XY(i)
	if !(y > 0) {
		y = math.NaN()
	}
	return x, y
}
