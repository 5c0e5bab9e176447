package plotting

import (
	"image"
	"image/color"
	"math"
	"sort"

	"golang.org/x/image/vector"
	"gonum.org/v1/plot/vg"
)

// face is one quadrilateral of the surface, ready to paint.
type face struct {
	pts   [4][2]float32 // pixel coordinates in the faces' image
	depth float64       // mean distance from the eye of its corners
	far   float64       // distance of its farthest corner
	col   color.RGBA
}

// Shading: a light from the upper left of the camera (in screen terms
// −0.45 right, +0.65 up, +0.6 towards the viewer), so that lit slopes face
// up-left as in most drawings. A face gets ambient + (1 − ambient)·max(0,
// n·l) of its colour-map colour; 0.45 keeps faces turned away from the
// light readable (matplotlib's shade=True darkens to 0.3 at most).
const (
	lightRight, lightUp, lightToward = -0.45, 0.65, 0.6
	ambient                          = 0.45
)

// drawFaces paints the surface's faces back to front into one image at
// PixelsPerPoint, reduces it to 256 colours (see quantize) and draws it on
// the canvas.
func (sc *scene) drawFaces(g *surfaceGrid, scale *ColorScale) {
	faces, r, w, h := sc.faces(g, scale)
	if faces == nil {
		return
	}
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	sc.zbuf = depthBuffer{depth: make([]float32, w*h), w: w, h: h, r: r, ppp: sc.s.pixelsPerPoint()}
	paintFaces(img, faces, sc.zbuf.depth)
	sc.c.DrawImage(r, quantize(img, 256))
}

// depthBuffer holds, for each pixel of the faces' image, how far the
// surface seen there reaches: the farthest corner of the nearest face that
// covers the pixel (0 where none does). A point of a run is hidden by the
// surface if it is farther than that.
type depthBuffer struct {
	depth []float32
	w, h  int
	r     vg.Rectangle // where the image is on the canvas
	ppp   float64
}

// hidden reports whether a point at canvas position p and distance d from
// the eye is behind the surface. The tolerance, 1 % of the distance, keeps
// points lying on the surface visible.
func (zb depthBuffer) hidden(p vg.Point, d float64) bool {
	if zb.depth == nil {
		return false
	}
	x := int(float64(p.X-zb.r.Min.X) * zb.ppp)
	y := int(float64(zb.r.Max.Y-p.Y) * zb.ppp)
	if x < 0 || y < 0 || x >= zb.w || y >= zb.h {
		return false
	}
	z := zb.depth[y*zb.w+x]
	return z > 0 && d > float64(z)*1.01
}

// faces returns the surface's faces in painter's order (farthest first),
// in the pixel coordinates of a w × h image that covers r on the canvas.
func (sc *scene) faces(g *surfaceGrid, scale *ColorScale) (faces []face, r vg.Rectangle, w, h int) {
	nx, ny := len(g.xs), len(g.ys)
	ppp := sc.s.pixelsPerPoint()

	// Project every grid point once.
	type proj struct {
		pt    vg.Point
		depth float64
		box   [3]float64
		ok    bool
	}
	ps := make([]proj, nx*ny)
	minX, minY := vg.Length(math.Inf(1)), vg.Length(math.Inf(1))
	maxX, maxY := vg.Length(math.Inf(-1)), vg.Length(math.Inf(-1))
	for j, y := range g.ys {
		for i, x := range g.xs {
			z := g.Z(i, j)
			if !isFinite(z) {
				continue
			}
			sx, sy, d := sc.p.project(x, y, z)
			pt := sc.toCanvas(sx, sy)
			ps[j*nx+i] = proj{pt: pt, depth: d, box: sc.p.box(x, y, z), ok: true}
			minX, maxX, minY, maxY = min(minX, pt.X), max(maxX, pt.X), min(minY, pt.Y), max(maxY, pt.Y)
		}
	}
	// The image stops at the canvas: faces beyond it are not seen, and a
	// surface far outside ZLim, or behind the eye, projects nearly to
	// infinity (an image of 76 GB, found by FuzzFigureNumbers).
	cr := sc.c.Rectangle
	minX, maxX = max(minX, cr.Min.X), min(maxX, cr.Max.X)
	minY, maxY = max(minY, cr.Min.Y), min(maxY, cr.Max.Y)
	if !(minX <= maxX && minY <= maxY) {
		return nil, r, 0, 0 // f is nowhere finite, or nowhere on the canvas: nothing to paint
	}
	// The image covers the projected surface, whole pixels, one spare.
	x0, y1 := minX-1, maxY+1
	w = int(math.Ceil(float64(maxX-x0+1)*ppp)) + 1
	h = int(math.Ceil(float64(y1-(minY-1))*ppp)) + 1
	toPix := func(p vg.Point) [2]float32 {
		return [2]float32{float32(float64(p.X-x0) * ppp), float32(float64(y1-p.Y) * ppp)}
	}

	light := [3]float64{}
	for i := range light {
		light[i] = lightRight*sc.p.u[i] + lightUp*sc.p.v[i] + lightToward*sc.p.w[i]
	}
	light = unit(light)

	faces = make([]face, 0, (nx-1)*(ny-1))
	for j := 0; j+1 < ny; j++ {
		for i := 0; i+1 < nx; i++ {
			a, b, c, d := ps[j*nx+i], ps[j*nx+i+1], ps[(j+1)*nx+i+1], ps[(j+1)*nx+i]
			if !a.ok || !b.ok || !c.ok || !d.ok {
				continue // a hole where f is not finite
			}
			zMean := (g.Z(i, j) + g.Z(i+1, j) + g.Z(i+1, j+1) + g.Z(i, j+1)) / 4
			col := color.RGBAModel.Convert(scale.Color(zMean)).(color.RGBA)
			if !sc.s.Flat {
				n := unit(cross(sub(c.box, a.box), sub(d.box, b.box)))
				if dot(n, sc.p.w) < 0 { // seen from below: light the side we see
					n = [3]float64{-n[0], -n[1], -n[2]}
				}
				col = shade(col, ambient+(1-ambient)*math.Max(0, dot(n, light)))
			}
			faces = append(faces, face{
				pts:   [4][2]float32{toPix(a.pt), toPix(b.pt), toPix(c.pt), toPix(d.pt)},
				depth: (a.depth + b.depth + c.depth + d.depth) / 4,
				far:   math.Max(math.Max(a.depth, b.depth), math.Max(c.depth, d.depth)),
				col:   col,
			})
		}
	}
	// Painter's order: farthest first. The stable sort keeps grid order
	// between equal depths, so the same figure always gives the same bytes.
	sort.SliceStable(faces, func(p, q int) bool { return faces[p].depth > faces[q].depth })
	r = vg.Rectangle{
		Min: vg.Point{X: x0, Y: y1 - vg.Length(float64(h)/ppp)},
		Max: vg.Point{X: x0 + vg.Length(float64(w)/ppp), Y: y1},
	}
	return faces, r, w, h
}

// faceGrow is how far, in pixels, each face is pushed outwards from its
// centre before it is painted. Anti-aliased neighbours that meet exactly
// would each cover a shared edge pixel partly and let the background show
// through as a seam; overlapping by half a pixel hides it, and the face in
// front still wins because it is painted later.
const faceGrow = 0.8

// paintFaces fills each face, in order, with its colour, anti-aliased,
// and records in depth (one value per pixel of img) the far depth of the
// last face that covers each pixel at least half.
func paintFaces(img *image.RGBA, faces []face, depth []float32) {
	var z vector.Rasterizer
	bounds := img.Bounds()
	var buf []uint8 // the coverage mask of one face, reused
	for _, f := range faces {
		var cx, cy float32
		for _, p := range f.pts {
			cx += p[0] / 4
			cy += p[1] / 4
		}
		var pts [4][2]float32
		minX, minY := float32(math.Inf(1)), float32(math.Inf(1))
		maxX, maxY := float32(math.Inf(-1)), float32(math.Inf(-1))
		for k, p := range f.pts {
			dx, dy := p[0]-cx, p[1]-cy
			if n := float32(math.Hypot(float64(dx), float64(dy))); n > 0 {
				dx, dy = dx/n*faceGrow, dy/n*faceGrow
			}
			pts[k] = [2]float32{p[0] + dx, p[1] + dy}
			minX, maxX = min(minX, pts[k][0]), max(maxX, pts[k][0])
			minY, maxY = min(minY, pts[k][1]), max(maxY, pts[k][1])
		}
		r := image.Rect(int(math.Floor(float64(minX))), int(math.Floor(float64(minY))),
			int(math.Ceil(float64(maxX))), int(math.Ceil(float64(maxY)))).Intersect(bounds)
		if r.Empty() {
			continue
		}
		z.Reset(r.Dx(), r.Dy())
		ox, oy := float32(r.Min.X), float32(r.Min.Y)
		z.MoveTo(pts[0][0]-ox, pts[0][1]-oy)
		for _, p := range pts[1:] {
			z.LineTo(p[0]-ox, p[1]-oy)
		}
		z.ClosePath()
		// A contiguous mask (stride = width): the rasterizer's fast path
		// writes rows back to back.
		if n := r.Dx() * r.Dy(); cap(buf) < n {
			buf = make([]uint8, n)
		}
		m := &image.Alpha{Pix: buf[:r.Dx()*r.Dy()], Stride: r.Dx(), Rect: image.Rect(0, 0, r.Dx(), r.Dy())}
		clear(m.Pix)
		z.Draw(m, m.Rect, image.Opaque, image.Point{})
		far := float32(f.far)
		for y := 0; y < r.Dy(); y++ {
			for x := 0; x < r.Dx(); x++ {
				a := m.Pix[m.PixOffset(x, y)]
				if a == 0 {
					continue
				}
				i := img.PixOffset(r.Min.X+x, r.Min.Y+y)
				over(img.Pix[i:i+4], f.col, a)
				if a >= 128 {
					depth[(r.Min.Y+y)*bounds.Dx()+r.Min.X+x] = far
				}
			}
		}
	}
}

// over composites colour c (premultiplied), at coverage a/255, over the
// pixel p (premultiplied RGBA), as image/draw's Over does.
func over(p []uint8, c color.RGBA, a uint8) {
	ca := uint32(c.A) * uint32(a) / 255 // the source's alpha at this coverage
	k := 255 - ca
	p[0] = uint8((uint32(c.R)*uint32(a)/255 + uint32(p[0])*k/255))
	p[1] = uint8((uint32(c.G)*uint32(a)/255 + uint32(p[1])*k/255))
	p[2] = uint8((uint32(c.B)*uint32(a)/255 + uint32(p[2])*k/255))
	p[3] = uint8(ca + uint32(p[3])*k/255)
}

// shade scales the colour's red, green and blue by k in [0, 1].
func shade(c color.RGBA, k float64) color.RGBA {
	k = math.Max(0, math.Min(1, k))
	return color.RGBA{
		R: uint8(float64(c.R)*k + 0.5),
		G: uint8(float64(c.G)*k + 0.5),
		B: uint8(float64(c.B)*k + 0.5),
		A: c.A,
	}
}

func sub(a, b [3]float64) [3]float64 { return [3]float64{a[0] - b[0], a[1] - b[1], a[2] - b[2]} }

func unit(a [3]float64) [3]float64 {
	n := math.Sqrt(dot(a, a))
	if n == 0 {
		return a
	}
	return [3]float64{a[0] / n, a[1] / n, a[2] / n}
}
