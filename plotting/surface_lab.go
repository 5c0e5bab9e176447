package plotting

import (
	"gonum.org/v1/plot/palette"
	"gonum.org/v1/plot/vg"

	"github.com/gdlessons/lessons/gdlib"
)

// Lab is the labs' figure (seed 003's plot_f_cont_and_surf): contour lines
// of f on the left, its 3-D surface on the right, the same runs on both.
// It is a Figure (through its Panels); Contour and Surface are the two
// panels, to customise like any Map and Surface3D. Its PlotPanels reports
// the contour panel only, so a click on a live lab (plotting/interactive)
// is read there; the surface is not a gonum plot.
type Lab struct {
	*Panels
	Contour *Map
	Surface *Surface3D
}

// ContourSurface returns the labs' figure for f with levels contour lines
// (the labs draw 18) and runs drawn on both panels, 10 × 5 inches as the
// labs' figsize=(10, 5). The surface keeps
// Surface's defaults; the labs set, for example,
//
//	lab.Surface.View = plotting.View{Elev: 28, Azim: -60} // f_example_3, cmap coolwarm
//	lab.Surface.View = plotting.View{Elev: 21, Azim: -63} // f_example_4, cmap terrain
//
// and colour both panels with one map (Colors).
func ContourSurface(f *gdlib.Function, levels int, runs ...*gdlib.Trace) *Lab {
	c := Contour(f, levels).With(runs...)
	s := Surface(f, runs...)
	s.Title = ""
	s.HideLegend = true
	p := Row(c, s) // the contour panel is titled with f's name
	p.Width, p.Height = 10*vg.Inch, 5*vg.Inch
	return &Lab{Panels: p, Contour: c, Surface: s}
}

// Colors colours both panels with cm: the contour lines (Map.Colors) and
// the surface (Surface3D.ColorMap), as the labs' cmap=cm.coolwarm for the
// sauna and cm.terrain for the three bumps. Viridis is the default.
func (l *Lab) Colors(cm palette.ColorMap) *Lab {
	l.Contour.Colors(cm)
	l.Surface.ColorMap = cm
	return l
}
