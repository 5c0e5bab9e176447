package plotting

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/gif"
	"io"
	"math"

	vgdraw "gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// GIFDPI is the resolution of GIF output: 96 dots per inch, one pixel per
// CSS pixel, so a 6 × 4 inch animation is 576 × 384 pixels.
const GIFDPI = 96

// GIF writes the animation as an animated GIF that loops forever, one
// frame per step at FPS, the last frame held for Hold, like the course's
// write_gif. The plot is drawn once with gonum's vgimg; each frame's moving
// parts are drawn on a transparent layer and composited over it with
// image/draw. Frames share one palette of 256 colours chosen from the last
// frame (see quantize), and each stores only the rectangle that changed
// since the one before, so 200 frames stay small.
func (a *Animation) GIF(w io.Writer) error {
	if err := a.Err(); err != nil {
		return err
	}
	W, H := a.Size()
	bgc := vgimg.NewWith(vgimg.UseWH(W, H), vgimg.UseDPI(GIFDPI))
	st := a.stage(vgdraw.New(bgc))
	bg, ok := bgc.Image().(*image.RGBA)
	if !ok {
		return fmt.Errorf("plotting: vgimg drew into a %T, want *image.RGBA", bgc.Image())
	}
	// The moving parts are drawn on a transparent layer, cleared for each
	// frame, and composited over a copy of the plot.
	layer := vgimg.NewWith(vgimg.UseWH(W, H), vgimg.UseDPI(GIFDPI), vgimg.UseBackgroundColor(color.Transparent))
	ly, ok := layer.Image().(*image.RGBA)
	if !ok || ly.Bounds() != bg.Bounds() {
		return fmt.Errorf("plotting: vgimg's layer is a %T of %v, want *image.RGBA of %v", layer.Image(), layer.Image().Bounds(), bg.Bounds())
	}
	frame := func(img *image.RGBA, k int) *image.RGBA {
		clear(ly.Pix)
		st.drawFrame(vgdraw.New(layer), k)
		copy(img.Pix, bg.Pix)
		draw.Draw(img, img.Bounds(), ly, image.Point{}, draw.Over)
		return img
	}

	// 255 colours and, last, a transparent one: pixels of a frame that did
	// not change are transparent, so the previous frame shows through and
	// the long runs of one index compress to almost nothing.
	cur, prev := image.NewRGBA(bg.Bounds()), image.NewRGBA(bg.Bounds())
	pal := append(quantize(frame(cur, st.n-1), 255).Palette, color.RGBA{})
	clear := uint8(len(pal) - 1)
	idx := paletteIndex(pal[:clear])
	delay := int(math.Round(100 / a.fps())) // GIF delays are in 1/100 s
	out := &gif.GIF{
		Config:    image.Config{ColorModel: pal, Width: bg.Bounds().Dx(), Height: bg.Bounds().Dy()},
		LoopCount: 0, // forever
	}
	for k := 0; k < st.n; k++ {
		frame(cur, k)
		r := cur.Bounds()
		if k > 0 {
			r = changed(prev, cur)
		}
		p := image.NewPaletted(r, pal)
		for y := r.Min.Y; y < r.Max.Y; y++ {
			for x := r.Min.X; x < r.Max.X; x++ {
				c := cur.RGBAAt(x, y)
				if k > 0 && prev.RGBAAt(x, y) == c {
					p.SetColorIndex(x, y, clear)
				} else {
					p.SetColorIndex(x, y, idx(c))
				}
			}
		}
		out.Image = append(out.Image, p)
		out.Delay = append(out.Delay, delay)
		out.Disposal = append(out.Disposal, gif.DisposalNone)
		prev, cur = cur, prev
	}
	out.Delay[len(out.Delay)-1] += int(math.Round(100 * float64(a.holdFrames()) / a.fps()))
	if err := gif.EncodeAll(w, out); err != nil {
		return fmt.Errorf("plotting: writing GIF: %w", err)
	}
	return nil
}

// changed returns the smallest rectangle holding every pixel that differs
// between a and b, or a 1 × 1 rectangle at the origin if none does (a GIF
// frame cannot be empty).
func changed(a, b *image.RGBA) image.Rectangle {
	bd := a.Bounds()
	r := image.Rectangle{}
	for y := bd.Min.Y; y < bd.Max.Y; y++ {
		ra := a.Pix[a.PixOffset(bd.Min.X, y) : a.PixOffset(bd.Max.X-1, y)+4]
		rb := b.Pix[b.PixOffset(bd.Min.X, y) : b.PixOffset(bd.Max.X-1, y)+4]
		if bytes.Equal(ra, rb) {
			continue
		}
		x0, x1 := 0, len(ra)/4
		for x0 < x1 && bytes.Equal(ra[4*x0:4*x0+4], rb[4*x0:4*x0+4]) {
			x0++
		}
		for x1 > x0 && bytes.Equal(ra[4*x1-4:4*x1], rb[4*x1-4:4*x1]) {
			x1--
		}
		r = r.Union(image.Rect(bd.Min.X+x0, y, bd.Min.X+x1, y+1))
	}
	if r.Empty() {
		return image.Rect(0, 0, 1, 1)
	}
	return r
}

// paletteIndex returns a function giving the palette index nearest to a
// colour, remembering the answers: a frame has few distinct colours.
func paletteIndex(pal color.Palette) func(color.RGBA) uint8 {
	memo := map[color.RGBA]uint8{}
	return func(c color.RGBA) uint8 {
		if i, ok := memo[c]; ok {
			return i
		}
		i := uint8(pal.Index(c))
		memo[c] = i
		return i
	}
}
