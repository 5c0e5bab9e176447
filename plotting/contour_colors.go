package plotting

import (
	"image/color"
)

// lineColors returns the colour of each level's line: the layer's one
// colour, or the map's contour colour map (Viridis unless Map.Colors chose
// another) from the lowest level to the highest, evenly by rank, up to 85 % of it (Viridis' last yellows and
// Terrain's snow are too light on white), each darkened to at most
// maxLineLuma.
func (cl *contourLayer) lineColors() []color.Color {
	cols := make([]color.Color, len(cl.levels))
	var scale *ColorScale
	if cl.color == nil {
		cm := cl.m.contourMap
		if cm == nil {
			cm = Viridis()
		}
		scale, _ = NewColorScale(cm, cl.scale.Min, cl.scale.Max)
	}
	for i := range cl.levels {
		if cl.color != nil {
			cols[i] = cl.color
			continue
		}
		// By rank, so log-spaced levels use the whole map too; for even
		// levels (z = lo + (hi − lo)·(i+1)/(n+1)) it is the same colour.
		cols[i] = darkenTo(scale.Color(scale.Min+0.85*(scale.Max-scale.Min)*float64(i+1)/float64(len(cl.levels)+1)), maxLineLuma)
	}
	return cols
}

// maxLineLuma is the greatest luma (Rec. 709 weights of the sRGB values, 0
// black … 1 white) of a contour line coloured by a map: CoolWarm's light
// grey middle (luma 0.87) would vanish on the white page; 0.65 keeps every
// line at least as dark as Viridis' 85 % green-yellow.
const maxLineLuma = 0.65

// darkenTo scales col towards black, keeping its hue, until its luma is at
// most y.
func darkenTo(col color.Color, y float64) color.Color {
	r, g, b, a := col.RGBA()
	l := (0.2126*float64(r) + 0.7152*float64(g) + 0.0722*float64(b)) / 0xffff
	if l <= y {
		return col
	}
	k := y / l
	return color.NRGBA64{R: uint16(float64(r) * k), G: uint16(float64(g) * k), B: uint16(float64(b) * k), A: uint16(a)}
}
