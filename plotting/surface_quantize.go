package plotting

import (
	"image"
	"image/color"
	"math"
	"sort"
)

// quantize returns img with at most n colours (2 ≤ n ≤ 256), chosen by
// median cut (Heckbert, "Color image quantization for frame buffer
// display", SIGGRAPH 1982) over the image's own colours, alpha included.
// A shaded surface has a few thousand distinct colours spread along its
// colour map, so 256 well-placed ones are indistinguishable from them, and
// the PNG holding the image shrinks to about a third.
//
// The result depends only on the pixels, so the same image always gives
// the same bytes.
func quantize(img *image.RGBA, n int) *image.Paletted {
	// Histogram of the colours, gathered in buckets of 8 levels per
	// channel (anti-aliasing makes tens of thousands of nearly equal
	// colours); each bucket keeps the mean of the colours it holds.
	type acc struct{ r, g, b, a, n int }
	buckets := map[uint32]*acc{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			c := img.RGBAAt(x, y)
			k := bucketKey(c)
			s := buckets[k]
			if s == nil {
				s = &acc{}
				buckets[k] = s
			}
			s.r += int(c.R)
			s.g += int(c.G)
			s.b += int(c.B)
			s.a += int(c.A)
			s.n++
		}
	}
	cols := make([]qcolor, 0, len(buckets))
	for k, s := range buckets {
		m := color.RGBA{R: uint8(s.r / s.n), G: uint8(s.g / s.n), B: uint8(s.b / s.n), A: uint8(s.a / s.n)}
		cols = append(cols, qcolor{c: m, n: s.n, key: k})
	}
	sort.Slice(cols, func(i, j int) bool { return cols[i].key < cols[j].key })

	boxes := []qbox{newQbox(cols)}
	for len(boxes) < n {
		// Split the box whose widest channel is widest (ties: the first).
		best := -1
		for i, bx := range boxes {
			if len(bx.cols) > 1 && (best < 0 || bx.width > boxes[best].width) {
				best = i
			}
		}
		if best < 0 || boxes[best].width == 0 {
			break // every box holds one colour: nothing left to split
		}
		lo, hi := boxes[best].split()
		boxes[best] = lo
		boxes = append(boxes, hi)
	}

	centres := make([][4]float64, len(boxes))
	for i, bx := range boxes {
		m := bx.mean()
		centres[i] = [4]float64{float64(m.R), float64(m.G), float64(m.B), float64(m.A)}
	}
	assign := refine(cols, centres, kmeansRounds)
	pal := make(color.Palette, len(centres))
	for i, c := range centres {
		pal[i] = color.RGBA{R: round8(c[0]), G: round8(c[1]), B: round8(c[2]), A: round8(c[3])}
	}
	index := make(map[uint32]uint8, len(cols))
	for i, q := range cols {
		index[q.key] = uint8(assign[i])
	}
	out := image.NewPaletted(b, pal)
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			out.SetColorIndex(x, y, index[bucketKey(img.RGBAAt(x, y))])
		}
	}
	return out
}

// bucketKey is the colour's bucket: the top 5 bits of each channel.
func bucketKey(c color.RGBA) uint32 {
	return uint32(c.R>>3)<<15 | uint32(c.G>>3)<<10 | uint32(c.B>>3)<<5 | uint32(c.A>>3)
}

// kmeansRounds is the number of Lloyd (k-means) rounds that refine the
// median cut's palette: each moves every palette colour to the mean of the
// colours nearest to it. Median cut alone leaves visible blotches on a
// shaded surface; four rounds remove most of them.
const kmeansRounds = 4

// refine runs rounds of Lloyd's algorithm on centres, over the distinct
// colours cols weighted by their pixel counts, and returns the index of
// the centre nearest to each colour.
func refine(cols []qcolor, centres [][4]float64, rounds int) []int {
	assign := make([]int, len(cols))
	vec := func(c color.RGBA) [4]float64 {
		return [4]float64{float64(c.R), float64(c.G), float64(c.B), float64(c.A)}
	}
	for r := 0; r <= rounds; r++ {
		for i, q := range cols {
			v := vec(q.c)
			best, bestD := 0, math.Inf(1)
			for k, c := range centres {
				d := (v[0]-c[0])*(v[0]-c[0]) + (v[1]-c[1])*(v[1]-c[1]) + (v[2]-c[2])*(v[2]-c[2]) + (v[3]-c[3])*(v[3]-c[3])
				if d < bestD {
					best, bestD = k, d
				}
			}
			assign[i] = best
		}
		if r == rounds {
			break
		}
		sums := make([][5]float64, len(centres))
		for i, q := range cols {
			v, w := vec(q.c), float64(q.n)
			s := &sums[assign[i]]
			s[0] += v[0] * w
			s[1] += v[1] * w
			s[2] += v[2] * w
			s[3] += v[3] * w
			s[4] += w
		}
		for k, s := range sums {
			if s[4] > 0 {
				centres[k] = [4]float64{s[0] / s[4], s[1] / s[4], s[2] / s[4], s[3] / s[4]}
			}
		}
	}
	return assign
}

func round8(v float64) uint8 { return uint8(math.Max(0, math.Min(255, math.Round(v)))) }

type qcolor struct {
	c   color.RGBA // mean colour of the bucket
	n   int        // pixels in the bucket
	key uint32     // bucketKey, for a deterministic order
}

func channelOf(c color.RGBA, ch int) uint8 {
	switch ch {
	case 0:
		return c.R
	case 1:
		return c.G
	case 2:
		return c.B
	}
	return c.A
}

// qbox is a set of colours of the median cut, with its widest channel.
type qbox struct {
	cols  []qcolor
	ch    int   // widest channel: 0 R, 1 G, 2 B, 3 A
	width uint8 // its range
}

func newQbox(cols []qcolor) qbox {
	b := qbox{cols: cols}
	for c := 0; c < 4; c++ {
		lo, hi := uint8(255), uint8(0)
		for _, q := range cols {
			v := channelOf(q.c, c)
			lo, hi = min(lo, v), max(hi, v)
		}
		if hi >= lo && hi-lo > b.width {
			b.ch, b.width = c, hi-lo
		}
	}
	return b
}

// split cuts the box in two halves of its distinct colours along its
// widest channel. Counting colours rather than pixels spreads the palette
// over the whole colour map instead of spending it on the largest flat
// region.
func (b qbox) split() (lo, hi qbox) {
	cols := append([]qcolor(nil), b.cols...)
	ch := b.ch
	sort.Slice(cols, func(i, j int) bool {
		vi, vj := channelOf(cols[i].c, ch), channelOf(cols[j].c, ch)
		if vi != vj {
			return vi < vj
		}
		return cols[i].key < cols[j].key
	})
	cut := len(cols) / 2
	return newQbox(cols[:cut]), newQbox(cols[cut:])
}

// mean returns the pixel-weighted mean colour of the box.
func (b qbox) mean() color.RGBA {
	var r, g, bl, a, n int
	for _, q := range b.cols {
		r += int(q.c.R) * q.n
		g += int(q.c.G) * q.n
		bl += int(q.c.B) * q.n
		a += int(q.c.A) * q.n
		n += q.n
	}
	return color.RGBA{R: uint8((r + n/2) / n), G: uint8((g + n/2) / n), B: uint8((bl + n/2) / n), A: uint8((a + n/2) / n)}
}
