package plotting

import (
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// tickLabelGap is the least space between two neighbouring x tick labels:
// about one character of the 10 pt tick font.
const tickLabelGap = vg.Length(6)

// fitXTicks chooses how many labelled ticks the x axis of p gets when it
// is drawn in c: the most, up to NiceTicks' default 7, whose labels (with
// fontSlack, for wider fallback fonts) fit side by side with tickLabelGap
// between them. A 3.5 in panel keeps 0, 20, … 100; a squeezed one gets 0,
// 50, 100 instead of labels that run together. It applies only to an axis
// whose marker is a NiceTicks with no Target set, and returns a function
// that puts the marker back.
func fitXTicks(p *plot.Plot, c draw.Canvas) (restore func()) {
	nt, ok := p.X.Tick.Marker.(NiceTicks)
	if !ok || nt.Target != 0 || !(p.X.Max > p.X.Min) {
		return func() {}
	}
	saved := p.X.Tick.Marker
	restore = func() { p.X.Tick.Marker = saved }
	dc := p.DataCanvas(c)
	length := dc.Max.X - dc.Min.X
	sty := p.X.Tick.Label
	for n := 7; n >= 2; n-- {
		var need vg.Length
		for _, tk := range (NiceTicks{Target: n}).Ticks(p.X.Min, p.X.Max) {
			if tk.Label == "" {
				continue
			}
			need += vg.Length(float64(sty.Rectangle(tk.Label).Size().X)*fontSlack) + tickLabelGap
		}
		if need <= length || n == 2 {
			p.X.Tick.Marker = NiceTicks{Target: n}
			return restore
		}
	}
	return restore
}
