package plotting

import (
	"fmt"

	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Lines draws each data set (gonum's XYer: a *gdlib.SweepResult, a
// *gdlib.Trace, plotter.XYs, …) as a line through square markers in the
// next run colour — the course's ax.plot(x, y, 's-') — with legend entries
// names[i] when given. NaN and ±Inf points break the line. The final x of
// runs against their start, or against the learning rate (gdlib.Sweep's
// results), is Lines("", res).
func Lines(title string, data []plotter.XYer, names ...string) *Plot {
	p := NewPlot(title)
	if len(names) > len(data) {
		p.fail(fmt.Errorf("plotting.Lines: %d names for %d data sets: give one name per data set, or fewer", len(names), len(data)))
	}
	for i, xy := range data {
		if isNil(xy) {
			p.fail(fmt.Errorf("plotting.Lines: data set %d is nil (%T)", i, xy))
			continue
		}
		name := ""
		if i < len(names) {
			name = names[i]
		}
		p.AddXY(name, xy)
	}
	addMargin(&p.Y, 0.05)
	return p
}

// AddXY draws xy as a line through square markers (markers left out above
// MaxDots points) in the next run colour, with a key entry name unless it
// is empty.
func (p *Plot) AddXY(name string, xy plotter.XYer) {
	if isNil(xy) {
		p.fail(fmt.Errorf("plotting: AddXY(%q): the data is nil (%T)", name, xy))
		return
	}
	col := p.nextColor()
	line := draw.LineStyle{Color: col, Width: vg.Points(1.25)}
	dots := draw.GlyphStyle{Color: col, Radius: vg.Points(2.5), Shape: draw.BoxGlyph{}}
	if xy.Len() > MaxDots {
		dots.Radius = 0
	}
	var xs, ys []float64
	flush := func() {
		if len(xs) > 0 {
			p.Add(&path{xs: xs, ys: ys, LineStyle: line})
			if dots.Radius > 0 {
				for i := range xs {
					p.Add(marker{X: xs[i], Y: ys[i], GlyphStyle: dots})
				}
			}
		}
		xs, ys = nil, nil
	}
	for i := 0; i < xy.Len(); i++ {
		x, y := xy.XY(i)
		if !isFinite(x) || !isFinite(y) {
			flush()
			continue
		}
		xs, ys = append(xs, x), append(ys, y)
	}
	flush()
	if name != "" {
		p.Key = append(p.Key, LegendEntry{name, lineThumb{LineStyle: line, Glyph: dots}})
	}
}
