package plotting

import (
	"image"
	"image/color"
	stddraw "image/draw"
	"math"
	"sort"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg/draw"
)

// heatLayer draws a GridXYZ as one raster image (embedded in an SVG as a
// PNG), each cell in the colour Color gives its value. Cells are centred
// on X(c), Y(r), as in gonum's HeatMap; the image spans from the first
// cell's outer edge to the last's.
type heatLayer struct {
	grid  plotter.GridXYZ
	color func(v float64) color.Color
	// Smooth leaves one pixel per cell, which a viewer smooths when it
	// enlarges the image (right for a sampled function). Otherwise each
	// cell becomes a block of pixels, so that a coarse grid (a sweep of
	// 50 × 40) keeps sharp cell edges at any zoom.
	Smooth bool
}

// edges returns the cell boundaries of coordinates centres (sorted
// ascending or descending as given), extending half a cell beyond the ends.
func edges(centres []float64) []float64 {
	n := len(centres)
	e := make([]float64, n+1)
	if n == 1 {
		e[0], e[1] = centres[0]-0.5, centres[0]+0.5
		return e
	}
	for i := 1; i < n; i++ {
		e[i] = (centres[i-1] + centres[i]) / 2
	}
	e[0] = centres[0] - (e[1] - centres[0])
	e[n] = centres[n-1] + (centres[n-1] - e[n-1])
	return e
}

func (h *heatLayer) axes() (xe, ye []float64) {
	c, r := h.grid.Dims()
	xs, ys := make([]float64, c), make([]float64, r)
	for i := range xs {
		xs[i] = h.grid.X(i)
	}
	for j := range ys {
		ys[j] = h.grid.Y(j)
	}
	return edges(xs), edges(ys)
}

func (h *heatLayer) DataRange() (xmin, xmax, ymin, ymax float64) {
	xe, ye := h.axes()
	return math.Min(xe[0], xe[len(xe)-1]), math.Max(xe[0], xe[len(xe)-1]),
		math.Min(ye[0], ye[len(ye)-1]), math.Max(ye[0], ye[len(ye)-1])
}

// uniform reports whether the edges are evenly spaced (to 0.1 % of a cell).
func uniform(e []float64) bool {
	d := (e[len(e)-1] - e[0]) / float64(len(e)-1)
	for i := 1; i < len(e); i++ {
		if math.Abs(e[i]-e[i-1]-d) > 1e-3*math.Abs(d) {
			return false
		}
	}
	return true
}

// MinRasterPixels is the width and height below which the raster of a
// coarse grid is enlarged by repeating pixels: 400 px is about the size
// of a heat map on the page, so each cell keeps sharp edges.
const MinRasterPixels = 400

// Image renders the grid: one pixel per cell, or blocks of pixels (see
// Smooth), and, for unevenly spaced cells, a resampling at 4 pixels per
// cell on average.
func (h *heatLayer) Image() (img *image.NRGBA, xmin, xmax, ymin, ymax float64) {
	xe, ye := h.axes()
	nc, nr := len(xe)-1, len(ye)-1
	w, hgt := nc, nr
	if !uniform(xe) {
		w = min(4*nc, 2000)
	}
	if !uniform(ye) {
		hgt = min(4*nr, 2000)
	}
	if !h.Smooth {
		if k := (MinRasterPixels + w - 1) / w; k > 1 {
			w *= min(k, 16)
		}
		if k := (MinRasterPixels + hgt - 1) / hgt; k > 1 {
			hgt *= min(k, 16)
		}
	}
	colOf := cellIndex(xe, w)
	rowOf := cellIndex(ye, hgt)
	img = image.NewNRGBA(image.Rect(0, 0, w, hgt))
	cache := map[float64]color.NRGBA{}
	for py := 0; py < hgt; py++ {
		r := rowOf[hgt-1-py] // image rows run downwards, y upwards
		for px := 0; px < w; px++ {
			v := h.grid.Z(colOf[px], r)
			col, ok := cache[v]
			if !ok {
				col = color.NRGBAModel.Convert(h.color(v)).(color.NRGBA)
				if len(cache) < 1<<16 {
					cache[v] = col
				}
			}
			img.SetNRGBA(px, py, col)
		}
	}
	xmin, xmax = math.Min(xe[0], xe[nc]), math.Max(xe[0], xe[nc])
	ymin, ymax = math.Min(ye[0], ye[nr]), math.Max(ye[0], ye[nr])
	return img, xmin, xmax, ymin, ymax
}

// cellIndex maps each of n pixels, spanning the edges from the lowest
// coordinate to the highest, to the cell under the pixel's centre. Edges
// may run in either direction.
func cellIndex(e []float64, n int) []int {
	cells := len(e) - 1
	asc := append([]float64(nil), e...)
	desc := e[cells] < e[0]
	if desc {
		sort.Float64s(asc)
	}
	lo, hi := asc[0], asc[cells]
	idx := make([]int, n)
	for p := range idx {
		v := lo + (hi-lo)*(float64(p)+0.5)/float64(n)
		i := max(0, min(cells-1, sort.SearchFloat64s(asc, v)-1))
		if desc {
			i = cells - 1 - i
		}
		idx[p] = i
	}
	return idx
}

// Plot draws the raster reduced to 256 colours (quantize: median cut over
// its own colours). A colour map's smooth ramp keeps steps of about 1/256
// of its range, the resolution of the colour maps themselves, and the PNG
// embedded in the SVG is about half as large.
func (h *heatLayer) Plot(c draw.Canvas, p *plot.Plot) {
	img, xmin, xmax, ymin, ymax := h.Image()
	rgba := image.NewRGBA(img.Bounds())
	stddraw.Draw(rgba, rgba.Bounds(), img, img.Bounds().Min, stddraw.Src)
	plotter.NewImage(quantize(rgba, 256), xmin, ymin, xmax, ymax).Plot(c, p)
}
