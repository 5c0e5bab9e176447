package plotting

import (
	"fmt"
	"image/color"

	"github.com/gdlessons/lessons/gdlib"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/palette"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// HeatmapResolution is the number of samples per axis of a function's heat
// map: 201, the course's np.linspace(-3, 3, 201).
const HeatmapResolution = 201

// Map is a figure over the plane: a heat map and/or contour lines of
// f(x, y) or of a data grid, with runs, arrows and minima drawn over it, and
// a colour bar (or, for a basin map, a legend) at the right. It embeds
// *Plot for titles, labels and extra gonum plotters.
//
// Builders chain: Heatmap(f).Limits(-5, 5).Colors(Jet()).With(run).
type Map struct {
	*Plot
	// F is the function drawn, nil for a data grid.
	F *gdlib.Function
	// Scale colours the heat map; nil when there is none (contours only).
	// Change Scale.Map, Scale.Min or Scale.Max to recolour: the image is
	// made when the figure is drawn.
	Scale *ColorScale
	// ColorBar draws Scale's colour bar at the right, titled
	// ColorBarLabel. Heatmap sets it.
	ColorBar      bool
	ColorBarLabel string
	// EqualAspect draws one unit of x as long as one unit of y (imshow's
	// default aspect='equal'). Heatmap sets it; HeatmapGrid does not
	// (aspect='auto').
	EqualAspect bool

	// Grid is what the heat map and contours draw: f sampled, or the data.
	Grid plotter.GridXYZ

	sideKey     []LegendEntry // listed at the right (basin maps)
	shortKey    []LegendEntry // sideKey's short form, in rows below a narrow map
	startEndKey bool          // add "start" and "end" to the legend when drawing
	// contourLabels: write levels on contour lines (WithLabels)
	contourLabels bool
	heat          *heatLayer
	contourMap    palette.ColorMap // colours contour lines when there is no heat map; nil: Viridis
	contours      []*contourLayer  // the contour layers added, in order
	spacing       Spacing          // of contour levels (Levels)
}

// Heatmap draws f(x, y) over f.Domain as an image (matplotlib's imshow
// with origin='lower' and extent set to the domain), sampled at
// HeatmapResolution × HeatmapResolution points, coloured by Viridis between
// f.ZRange (matplotlib's vmin, vmax) or, if that is unset, the sampled
// values' range, with a colour bar. The image is embedded in the SVG as one
// PNG, so a 201 × 201 map costs tens of kilobytes, not megabytes.
//
// If f is nil, not of two variables, or has no Domain, Err says so.
func Heatmap(f *gdlib.Function) *Map {
	m := newMap(f)
	if m.err != nil {
		return m
	}
	g, err := sampleGrid(f, f.Domain, HeatmapResolution, HeatmapResolution)
	if err != nil {
		m.fail(fmt.Errorf("plotting.Heatmap: %w", err))
		return m
	}
	m.Grid = g
	m.setHeat(true)
	if f.ZRange != (gdlib.Range{}) {
		if err := checkRange(f.Name+": ZRange", f.ZRange); err != nil {
			m.fail(fmt.Errorf("plotting.Heatmap: %w", err))
			return m
		}
		m.Limits(f.ZRange.Min, f.ZRange.Max)
	}
	m.ColorBarLabel = "f(x, y)"
	m.EqualAspect = true
	return m
}

// HeatmapGrid draws a data grid (a *gdlib.Grid from Sweep2, or anything
// with gonum's GridXYZ method set: Dims, Z, X, Y) as an image with a colour
// bar, coloured by Viridis between the grid's smallest and largest finite
// values (set others with Limits). Cells are centred on X(c), Y(r); NaN
// cells are light grey. A *gdlib.Grid's XName, YName and ZName label the
// axes and the bar. The final x of runs swept over learning rate and
// number of steps (gdlib.Sweep2) is drawn so:
//
//	plotting.HeatmapGrid(grid).Limits(-1.45, -1.2)
func HeatmapGrid(g plotter.GridXYZ) *Map {
	m := &Map{Plot: NewPlot("")}
	m.KeyAbove = true
	if err := checkGrid("plotting.HeatmapGrid", g); err != nil {
		m.fail(err)
		return m
	}
	if _, _, ok := gridRange(g); !ok {
		c, r := g.Dims()
		m.fail(fmt.Errorf("plotting.HeatmapGrid: all %d × %d values of the grid are NaN or ±Inf: nothing to colour", c, r))
		return m
	}
	m.Grid = g
	m.setHeat(false)
	if gg, ok := g.(*gdlib.Grid); ok {
		m.X.Label.Text, m.Y.Label.Text, m.ColorBarLabel = gg.XName, gg.YName, gg.ZName
	}
	return m
}

// newMap makes an empty Map for f, checking that f can be drawn on a plane.
func newMap(f *gdlib.Function) *Map {
	m := &Map{Plot: NewPlot(""), F: f}
	m.KeyAbove = true
	m.X.Label.Text, m.Y.Label.Text = "x", "y"
	switch {
	case f == nil:
		m.fail(fmt.Errorf("plotting: the function is nil"))
		return m
	case f.Dim != 2 || len(f.Domain) != 2:
		m.fail(fmt.Errorf("plotting: %s: want a function of two variables with a Domain; it has Dim = %d and %d domain ranges", f.Name, f.Dim, len(f.Domain)))
		return m
	}
	for i, r := range f.Domain {
		if err := checkRange(fmt.Sprintf("%s: Domain[%d]", f.Name, i), r); err != nil {
			m.fail(fmt.Errorf("plotting: %w", err))
			return m
		}
	}
	m.Title.Text = f.Name
	m.X.Min, m.X.Max = f.Domain[0].Min, f.Domain[0].Max
	m.Y.Min, m.Y.Max = f.Domain[1].Min, f.Domain[1].Max
	return m
}

// setHeat adds the heat map layer with limits from the data.
func (m *Map) setHeat(smooth bool) {
	lo, hi, ok := gridRange(m.Grid)
	if !ok {
		lo, hi = 0, 1
	}
	if lo == hi {
		lo, hi = lo-0.5, hi+0.5
	}
	s, err := NewColorScale(Viridis(), lo, hi)
	if err != nil {
		m.fail(fmt.Errorf("plotting: the values of the grid span [%v, %v]: %w", lo, hi, err))
		s = &ColorScale{Map: Viridis(), Min: 0, Max: 1, Bad: color.Gray{Y: 0xd9}}
	}
	m.Scale = s
	m.ColorBar = true
	m.heat = &heatLayer{grid: m.Grid, Smooth: smooth, color: func(v float64) color.Color { return m.Scale.Color(v) }}
	m.Add(m.heat)
}

// Limits sets the colour limits (matplotlib's vmin, vmax): values below
// vmin get vmin's colour, above vmax vmax's. Bad limits (not finite,
// vmin ≥ vmax) set Err, naming them.
func (m *Map) Limits(vmin, vmax float64) *Map {
	if m.Scale == nil {
		m.fail(fmt.Errorf("plotting: Limits(%v, %v) on a map without a heat map", vmin, vmax))
		return m
	}
	s, err := NewColorScale(m.Scale.Map, vmin, vmax)
	if err != nil {
		m.fail(err)
		return m
	}
	m.Scale.Min, m.Scale.Max = s.Min, s.Max
	return m
}

// Colors sets the map's colour map: Viridis (the default), Jet,
// CoolWarm, Terrain or any gonum palette.ColorMap. It colours the heat
// map; on a map without one (Contour), it colours the contour lines, from
// low to high. A nil map sets Err.
func (m *Map) Colors(cm palette.ColorMap) *Map {
	if cm == nil {
		m.fail(fmt.Errorf("plotting: Colors: the colour map is nil"))
		return m
	}
	if m.Scale != nil {
		m.Scale.Map = cm
		return m
	}
	m.contourMap = cm
	return m
}

// String returns the title, for the text/plain entry of a bundle.
func (m *Map) String() string { return m.Plot.String() }

// Draw draws the map; the colour bar or the basins' key to its right.
func (m *Map) Draw(c draw.Canvas) {
	if err := m.Err(); err != nil {
		drawError(c, err)
		return
	}
	l := m.layout(c)
	if l.header {
		// Title and key span the whole figure, above the map and its bar.
		if title := m.Title.Text; title != "" {
			sty := m.Title.TextStyle
			c.FillText(sty, vg.Point{X: c.Center().X, Y: c.Max.Y + sty.FontExtents().Descent}, title)
		}
		drawLegendRows(c, l.key, l.keyTop)
	}
	if l.below > 0 {
		drawLegendRows(c, m.shortKey, c.Min.Y+l.below)
	}
	l.inner.drawLaidOut(l.axes)
	dc := l.axes.dataCanvas()
	switch {
	case len(m.sideKey) > 0 && l.below == 0:
		drawSideKey(c, m.sideKey, dc.Max.X+vg.Points(14), dc.Max.Y)
	case l.side > 0 && len(m.sideKey) == 0:
		drawColorBar(c, m.Scale, m.ColorBarLabel, dc.Max.X+vg.Points(14), dc.Min.Y, dc.Max.Y)
	}
}

// PlotPanels returns the map's axes as Draw draws them on c, and the
// canvas they are drawn in (see Plot.PlotPanels): the data panel only, not
// the colour bar or the key. A map with an error returns none.
func (m *Map) PlotPanels(c draw.Canvas) ([]*plot.Plot, []draw.Canvas) {
	if m.Err() != nil {
		return nil, nil
	}
	l := m.layout(c)
	return []*plot.Plot{l.axes.gp}, []draw.Canvas{l.axes.c}
}

// mapLayout is where a Map drawn in a canvas puts its parts. Map.layout
// computes it once for Draw and PlotPanels.
type mapLayout struct {
	// header: the title, then key in rows from keyTop down, span the
	// figure above the map and its bar (KeyAbove).
	header bool
	key    []LegendEntry
	keyTop vg.Length
	// side is the width of the strip at the right (colour bar or key),
	// below the height of the short key's rows under the map.
	side, below vg.Length
	// inner is the map's axes: a copy of m.Plot whose title and key move
	// to the header when there is one; axes is inner laid out.
	inner *Plot
	axes  plotLayout
}

// layout lays m out in c: header, side strip and key rows below, equal
// aspect, then the axes in what is left.
func (m *Map) layout(c draw.Canvas) mapLayout {
	in := *m.Plot
	gp := *m.Plot.Plot
	in.Plot = &gp // title and key change on the copy only
	l := mapLayout{inner: &in, key: m.Key}
	if m.startEndKey {
		s, e := startEndEntries()
		l.key = append(m.Key[:len(m.Key):len(m.Key)], LegendEntry{"start", s}, LegendEntry{"end", e})
	}
	in.Key = l.key
	if m.KeyAbove && len(l.key) > 0 {
		l.header = true
		if title := m.Title.Text; title != "" {
			c.Max.Y -= m.Title.TextStyle.Rectangle(title).Size().Y + m.Title.Padding
		}
		l.keyTop = c.Max.Y
		c.Max.Y -= legendRowsHeight(c.Max.X-c.Min.X, l.key)
		in.Title.Text, in.Key = "", nil
	}
	main, side, below := m.sideLayout(c)
	if m.EqualAspect {
		main = equalAspect(&in, main)
	}
	l.side, l.below, l.axes = side, below, in.layout(main)
	return l
}

// maxSideKeyFrac is the largest share of a map's width its side key may
// take; a wider key (a basin map in a panel of a grid) goes below the map.
const maxSideKeyFrac = 0.5

// sideLayout returns the canvas left for the map drawn in c, the width of
// the strip at its right (colour bar or key) and the height of the key's
// rows below it. A basin map's key is listed at the right when it takes at
// most maxSideKeyFrac of c's width (a 6 in figure), else in centred rows
// under the map, so Grid(1, 3, basinMaps...) keeps three readable maps.
func (m *Map) sideLayout(c draw.Canvas) (main draw.Canvas, side, below vg.Length) {
	main = c
	switch {
	case len(m.sideKey) > 0:
		side = sideKeyWidth(m.sideKey)
		if w := c.Max.X - c.Min.X; side > vg.Length(maxSideKeyFrac)*w {
			side = 0
			below = legendRowsHeight(w, m.shortKey) + vg.Points(4)
		}
	case m.ColorBar && m.Scale != nil:
		side = colorBarWidth(m.Scale, m.ColorBarLabel)
	}
	main.Max.X -= side
	main.Min.Y += below
	return main, side, below
}

// equalAspect shrinks c (keeping it centred) so that the data area of p
// has the shape of its x and y ranges.
func equalAspect(p *Plot, c draw.Canvas) draw.Canvas {
	dc := p.dataCanvas(c)
	dw, dh := float64(dc.Max.X-dc.Min.X), float64(dc.Max.Y-dc.Min.Y)
	xr, yr := p.X.Max-p.X.Min, p.Y.Max-p.Y.Min
	if dw <= 0 || dh <= 0 || !(xr > 0) || !(yr > 0) {
		return c
	}
	want := xr / yr
	if dw/dh > want { // too wide: narrow it
		cut := vg.Length(dw - dh*want)
		c.Min.X += cut / 2
		c.Max.X -= cut / 2
	} else {
		cut := vg.Length(dh - dw/want)
		c.Min.Y += cut / 2
		c.Max.Y -= cut / 2
	}
	return c
}
