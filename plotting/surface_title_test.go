package plotting

import (
	"testing"

	"github.com/gdlessons/lessons/gdlib"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/recorder"
)

func TestSurfaceTitleClearOfBox(t *testing.T) {
	// The course's views (the peaks surface: elev 30, azim 250; the labs:
	// 28, −60 and 21, −63) and one from high up: the highest point of the
	// box and its labels must stay at least 8 pt (a 2-D plot's title
	// padding, NewPlot) below the bottom of the title's text.
	for _, f := range []*gdlib.Function{gdlib.Peaks(), gdlib.ThreeBumps()} {
		for _, v := range []View{{Elev: 30, Azim: 250}, {Elev: 28, Azim: -60}, {Elev: 21, Azim: -63}, {Elev: 60, Azim: 45}} {
			s := Surface(f)
			s.View = v
			w, h := s.Size()
			c := draw.Canvas{Canvas: &recorder.Canvas{}, Rectangle: vg.Rectangle{Max: vg.Point{X: w, Y: h}}}
			g := sampleSurface(s.F, s.domain(), s.resolution()+1)
			sc := newScene(c, s, g.xs, g.ys, g.dataRange())
			_, _, _, y1 := sc.bounds(sc.k)
			titleBottom := c.Max.Y - 4 - sc.title.Height(s.Title) // drawTitle: YTop at 4 pt below the edge
			if gap := titleBottom - (sc.o.Y + y1); gap < 8 {
				t.Errorf("%s, elev %v azim %v: box top %.1f pt below the title, want ≥ 8", f.Name, v.Elev, v.Azim, float64(gap))
			}
		}
	}
}
