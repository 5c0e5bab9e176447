package plotting

import (
	"gonum.org/v1/plot/palette"
	"gonum.org/v1/plot/vg"

	"github.com/gdlessons/lessons/gdlib"
)

// ContourAndSurface is a function seen two ways side by side, as the
// course's labs draw it: contour lines of f on the left, its 3-D surface on
// the right, the same runs on both.
// It is a Figure (through its Panels); Contour and Surface are the two
// panels, to customise like any Map and Surface3D. Its PlotPanels reports
// the contour panel only, so a click on a live figure (plotting/interactive)
// is read there; the surface is not a gonum plot.
type ContourAndSurface struct {
	*Panels
	Contour *Map
	Surface *Surface3D
}

// ContourSurface returns the two panels for f with levels contour lines
// (the course's labs draw 18) and runs drawn on both, 10 × 5 inches as the
// labs' figsize=(10, 5). The surface keeps Surface's defaults; the labs
// set, for example,
//
//	fig.Surface.View = plotting.View{Elev: 28, Azim: -60} // the sauna, coloured by CoolWarm
//	fig.Surface.View = plotting.View{Elev: 21, Azim: -63} // the three bumps, coloured by Terrain
//
// and colour both panels with one map (Colors).
func ContourSurface(f *gdlib.Function, levels int, runs ...*gdlib.Trace) *ContourAndSurface {
	c := Contour(f, levels).With(runs...)
	s := Surface(f, runs...)
	s.Title = ""
	s.HideLegend = true
	p := Row(c, s) // the contour panel is titled with f's name
	p.Width, p.Height = 10*vg.Inch, 5*vg.Inch
	return &ContourAndSurface{Panels: p, Contour: c, Surface: s}
}

// Colors colours both panels with cm: the contour lines (Map.Colors) and
// the surface (Surface3D.ColorMap), as the labs colour the sauna with
// CoolWarm and the three bumps with Terrain. Viridis is the default.
func (cs *ContourAndSurface) Colors(cm palette.ColorMap) *ContourAndSurface {
	cs.Contour.Colors(cm)
	cs.Surface.ColorMap = cm
	return cs
}
