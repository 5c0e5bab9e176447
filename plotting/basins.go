package plotting

import (
	"fmt"
	"image/color"
	"math"
	"strings"

	"github.com/gdlessons/lessons/gdlib"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// basinColors are the colours of the basins of minima 0, 1, 2, …: light
// tints of the run colours (matplotlib's tab20, light entries), so runs and
// markers drawn over them stay visible.
var basinColors = []color.Color{
	rgb(0xaec7e8), rgb(0xffbb78), rgb(0x98df8a), rgb(0xc5b0d5), rgb(0xc49c94),
	rgb(0xf7b6d2), rgb(0xdbdb8d), rgb(0x9edae5), rgb(0xff9896),
}

// Colours of the outcomes that are not a minimum: distinct from every
// basin colour and from each other in lightness, so they read in grey too.
var (
	notConvergedColor color.Color = rgb(0x969696) // mid grey
	leftRegionColor   color.Color = rgb(0x525252) // dark grey
	divergedBasin     color.Color = rgb(0x000000) // black
	notRunColor       color.Color = rgb(0xffffff) // white
)

// basinColor colours a grid value: a gdlib.Basin as a number (NaN: not run).
func basinColor(v float64) color.Color {
	if math.IsNaN(v) {
		return notRunColor
	}
	switch b := gdlib.Basin(v); {
	case b == gdlib.BasinNotRun:
		return notRunColor
	case b >= 0:
		return basinColors[int(b)%len(basinColors)]
	case b == gdlib.BasinNotConverged:
		return notConvergedColor
	case b == gdlib.BasinLeftRegion:
		return leftRegionColor
	}
	return divergedBasin
}

// BasinMap draws a basin-of-attraction map: each start of the grid g
// (a *gdlib.BasinMap, or any GridXYZ whose Z is a gdlib.Basin as a number:
// a minimum's index ≥ 0 or a negative outcome) coloured by the minimum its run reached, with
// distinct colours for runs that did not converge, left the region or
// diverged. The minima (for a *gdlib.BasinMap, its Minima unless others are
// given) are marked with numbered crosses. The key, at the right, gives
// each colour's meaning and how many starts ended there.
//
//	m, err := gdlib.Basins(gdlib.Peaks(), box, 500, 500, gdlib.GD(0.01), nil, nil)
//	plotting.Show(plotting.BasinMap(m))
//
// The raster holds one pixel per start, so a 500 × 500 map is one PNG of
// a few tens of kilobytes.
func BasinMap(g plotter.GridXYZ, minima ...gdlib.Point) *Map {
	m := &Map{Plot: NewPlot("basins of attraction")}
	m.X.Label.Text, m.Y.Label.Text = "x₀", "y₀"
	if err := checkGrid("plotting.BasinMap", g); err != nil {
		m.fail(err)
		return m
	}
	for i, p := range minima {
		if len(p) < 2 || !isFinite(p[0]) || !isFinite(p[1]) {
			m.fail(fmt.Errorf("plotting.BasinMap: minima[%d] = %v: want 2 finite coordinates", i, p))
			return m
		}
	}
	nc, nr := g.Dims()
	counts := map[int]int{}
	for c := 0; c < nc; c++ {
		for r := 0; r < nr; r++ {
			v := g.Z(c, r)
			if math.IsNaN(v) {
				v = float64(gdlib.BasinNotRun)
			}
			if !isBasin(v) {
				m.fail(fmt.Errorf("plotting.BasinMap: Z(%d, %d) = %v: want a gdlib.Basin, the index 0 … %d of a minimum or a negative outcome (is this a grid of values for HeatmapGrid?)", c, r, v, maxBasins-1))
				return m
			}
			counts[int(v)]++ // Z holds whole numbers: minimum indices or outcomes
		}
	}
	if bm, ok := g.(*gdlib.BasinMap); ok {
		if len(minima) == 0 {
			minima = bm.Minima
		}
		m.Title.Text = fmt.Sprintf("basins of attraction: %s on %s, %d steps", bm.Optimizer, bm.Objective, bm.Steps)
	}
	m.Grid = g
	m.heat = &heatLayer{grid: g, color: basinColor}
	m.Add(m.heat)
	m.EqualAspect = true
	total := nc * nr
	entry := func(v int, text, short string) {
		if counts[v] == 0 && v >= len(minima) {
			return
		}
		pct := 100 * float64(counts[v]) / float64(total)
		sw := swatch{basinColor(float64(v))}
		m.sideKey = append(m.sideKey, LegendEntry{fmt.Sprintf("%s: %d (%.0f%%)", text, counts[v], pct), sw})
		if counts[v] > 0 || v >= 0 { // the short key leaves out outcomes no start had
			m.shortKey = append(m.shortKey, LegendEntry{fmt.Sprintf("%s: %.0f%%", short, pct), sw})
		}
	}
	for i, p := range minima {
		entry(i, fmt.Sprintf("%d  %s", i+1, strings.ReplaceAll(p.String(), "-", "−")), fmt.Sprint(i+1))
	}
	for v := range counts { // basins beyond the minima given
		if v >= len(minima) && v >= 0 {
			entry(v, fmt.Sprintf("minimum %d", v+1), fmt.Sprint(v+1))
		}
	}
	entry(int(gdlib.BasinNotConverged), gdlib.BasinNotConverged.String(), "not conv.")
	entry(int(gdlib.BasinLeftRegion), gdlib.BasinLeftRegion.String(), "left")
	entry(int(gdlib.BasinDiverged), gdlib.BasinDiverged.String(), "diverged")
	entry(int(gdlib.BasinNotRun), gdlib.BasinNotRun.String(), "not run")
	for i, p := range minima {
		if len(p) < 2 {
			m.fail(fmt.Errorf("plotting.BasinMap: minimum %d = %v has %d coordinates, want 2", i, p, len(p)))
			continue
		}
		m.addFixed(minimumMarker(p[0], p[1], fmt.Sprint(i+1)))
	}
	return m
}

// maxBasins bounds the minima a basin map's key lists: 100 rows already
// run off a 40 in figure (MaxFigureSize).
const maxBasins = 100

// isBasin reports whether v is a gdlib.Basin as a number: a minimum's
// index below maxBasins, or one of the four outcomes.
func isBasin(v float64) bool {
	switch b := gdlib.Basin(v); {
	case v != math.Trunc(v):
		return false
	case v >= 0:
		return v < maxBasins
	default:
		return b == gdlib.BasinNotConverged || b == gdlib.BasinLeftRegion || b == gdlib.BasinDiverged || b == gdlib.BasinNotRun
	}
}

// swatch is a legend thumbnail: a filled square with a thin border.
type swatch struct{ color.Color }

func (s swatch) Thumbnail(c *draw.Canvas) {
	h := c.Max.Y - c.Min.Y
	r := vg.Rectangle{Min: vg.Point{X: c.Min.X, Y: c.Min.Y}, Max: vg.Point{X: c.Min.X + h, Y: c.Max.Y}}
	c.SetColor(s.Color)
	c.Fill(r.Path())
	c.SetLineStyle(draw.LineStyle{Color: color.Gray{0x60}, Width: vg.Points(0.5)})
	c.Stroke(r.Path())
}

// minimumMarker marks a minimum: a black cross on a white disc, labelled.
func minimumMarker(x, y float64, label string) multiMarker {
	return multiMarker{
		marker{X: x, Y: y, GlyphStyle: draw.GlyphStyle{Color: color.White, Radius: vg.Points(5), Shape: draw.CircleGlyph{}}},
		marker{X: x, Y: y, GlyphStyle: draw.GlyphStyle{Color: color.Black, Radius: vg.Points(4), Shape: draw.CrossGlyph{}}, Label: label},
	}
}

// sideKeyWidth is the strip a key listed at the right of a map needs.
func sideKeyWidth(entries []LegendEntry) vg.Length {
	sty := legendStyle()
	var w vg.Length
	for _, e := range entries {
		w = max(w, sty.Rectangle(e.Text).Size().X)
	}
	return 14 + legendThumbW*0.5 + 6 + vg.Length(float64(w)*fontSlack) + 6
}

// drawSideKey lists entries one per line, from (x, top) down, with square
// thumbnails.
func drawSideKey(c draw.Canvas, entries []LegendEntry, x, top vg.Length) {
	sty := legendStyle()
	const size = vg.Length(11)
	for i, e := range entries {
		y := top - vg.Length(i)*(size+6) - size/2
		if e.Thumb != nil {
			e.Thumb.Thumbnail(&draw.Canvas{Canvas: c.Canvas, Rectangle: vg.Rectangle{
				Min: vg.Point{X: x, Y: y - size/2}, Max: vg.Point{X: x + size, Y: y + size/2}}})
		}
		c.FillText(sty, vg.Point{X: x + size + 6, Y: y}, e.Text)
	}
}
