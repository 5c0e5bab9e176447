package plotting

import (
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
)

// LogLines is Lines on a logarithmic y axis, for values that fall by
// orders of magnitude (a loss above its minimum, epoch by epoch): the axis
// runs from half the smallest positive value to twice the largest, and a
// value ≤ 0, which a log axis cannot show, breaks the line as NaN does.
func LogLines(title string, data []plotter.XYer, names ...string) *Plot {
	pos := make([]plotter.XYer, len(data))
	for i, xy := range data {
		if xy != nil {
			pos[i] = positive{xy}
		}
	}
	p := Lines(title, pos, names...)
	if p.Err() != nil {
		return p
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, xy := range pos {
		for i := 0; i < xy.Len(); i++ {
			if _, y := xy.XY(i); isFinite(y) {
				lo, hi = math.Min(lo, y), math.Max(hi, y)
			}
		}
	}
	if lo > hi { // nothing to draw: any positive range
		lo, hi = 1, 10
	}
	p.Y.Min, p.Y.Max = lo/2, hi*2
	p.Y.Scale, p.Y.Tick.Marker = plot.LogScale{}, plot.LogTicks{}
	return p
}

// positive is an XYer whose values ≤ 0 read as NaN.
type positive struct{ plotter.XYer }

func (p positive) XY(i int) (x, y float64) {
	x, y = p.XYer.XY(i)
	if y <= 0 {
		y = math.NaN()
	}
	return x, y
}
