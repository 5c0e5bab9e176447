package plotting

import (
	"bytes"
	"image"
	"image/color"
	"math"
	"regexp"
	"strings"
	"testing"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"

	"github.com/gdlessons/lessons/gdlib"
)

// peaksSurface is the course's 3-D peaks figure: peaks, cmap='jet',
// view_init(elev=30, azim=250), with the run of the course's peaks exercise
// (start [0, 1.4], lr 0.01, 1000 epochs) drawn on it.
func peaksSurface(t testing.TB) *Surface3D {
	f := gdlib.Peaks()
	run, err := gdlib.Run(f, gdlib.Pt(0, 1.4), gdlib.GD(0.01), &gdlib.Settings{Steps: 1000})
	if err != nil {
		t.Fatal(err)
	}
	s := Surface(f, run)
	s.ColorMap = Jet()
	s.View = View{Elev: 30, Azim: 250}
	s.Title = "3D Surface Plot"
	return s
}

func TestSurfaceDeterministicAndSmall(t *testing.T) {
	a, err := SVG(peaksSurface(t))
	if err != nil {
		t.Fatal(err)
	}
	b, err := SVG(peaksSurface(t))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatal("two renderings of the same surface differ")
	}
	// The package's size budget: each lesson figure ≤ 150 KB of SVG.
	if len(a) > 150<<10 {
		t.Errorf("the peaks surface is %d bytes of SVG, want ≤ 150 KB", len(a))
	}
	for _, want := range []string{"3D Surface Plot", ">x<", ">y<", ">f(x, y)<", "GD(0.01)", "data:image/png;base64,"} {
		if !bytes.Contains(a, []byte(want)) {
			t.Errorf("SVG lacks %q", want)
		}
	}
}

// TestSurfacePainterOrder checks that faces are painted back to front:
// each face is at least as far from the eye as the next, and on a plane
// seen from azim 250, elev 30 the first face painted is the one at the
// far corner (3, 3) and the last the one at the near corner (−3, −3)
// (TestProjectSeedView derives which corner is which). The plane is
// horizontal, f = 0, so that the stretch of the z axis does not tilt it.
func TestSurfacePainterOrder(t *testing.T) {
	plane := gdlib.NewFunction("plane", 2, func(x []float64) float64 { return 0 }, func(g, x []float64) { g[0], g[1] = 0, 0 }, nil)
	plane.Domain = gdlib.Box{{Min: -3, Max: 3}, {Min: -3, Max: 3}}
	s := Surface(plane)
	s.View = View{Elev: 30, Azim: 250}
	s.Resolution = 6 // faces 1 unit wide
	g := sampleSurface(plane, s.domain(), s.Resolution+1)
	w, h := s.Size()
	c := draw.New(vgimg.New(w, h))
	sc := newScene(c, s, g.xs, g.ys, g.dataRange())
	scale, err := NewColorScale(nil, -1, 1)
	if err != nil {
		t.Fatal(err)
	}
	faces, _, _, _ := sc.faces(g, scale)
	if len(faces) != 36 {
		t.Fatalf("%d faces, want 6 × 6", len(faces))
	}
	for i := 1; i < len(faces); i++ {
		if faces[i].depth > faces[i-1].depth {
			t.Fatalf("face %d (depth %g) is painted after face %d (depth %g), which is nearer", i, faces[i].depth, i-1, faces[i-1].depth)
		}
	}
	// The canvas position of a face's centre, compared with the projected
	// centres of the far and near corner faces.
	centre := func(f face) [2]float32 {
		return [2]float32{(f.pts[0][0] + f.pts[2][0]) / 2, (f.pts[0][1] + f.pts[2][1]) / 2}
	}
	want := func(x, y float64) [2]float64 { // pixel position of a data point on the plane
		p := sc.at(x, y, 0)
		ppp := s.pixelsPerPoint()
		_, r, _, _ := sc.faces(g, scale)
		return [2]float64{float64(p.X-r.Min.X) * ppp, float64(r.Max.Y-p.Y) * ppp}
	}
	for _, c := range []struct {
		name string
		f    face
		x, y float64
	}{{"first", faces[0], 2.5, 2.5}, {"last", faces[len(faces)-1], -2.5, -2.5}} {
		got, w := centre(c.f), want(c.x, c.y)
		if math.Hypot(float64(got[0])-w[0], float64(got[1])-w[1]) > 3 { // pixels; the perspective moves the mean of the corners a little off the centre
			t.Errorf("the %s face painted is centred at pixel %v, want the face around (%g, %g) at %v", c.name, got, c.x, c.y, w)
		}
	}
}

func TestSurfaceErrors(t *testing.T) {
	peaks := gdlib.Peaks()
	oneD := gdlib.NewFunction("parabola", 1, func(x []float64) float64 { return x[0] * x[0] }, func(g, x []float64) { g[0] = 2 * x[0] }, nil)
	run1D := gdlib.MustRun(oneD, gdlib.Pt(1), gdlib.GD(0.1), nil)
	cases := []struct {
		s    *Surface3D
		want string // the field the error must name
	}{
		{Surface(nil), "Surface3D.F is nil"},
		{Surface(oneD), "Surface3D.F = parabola"},
		{&Surface3D{F: peaks, Resolution: -1}, "Surface3D.Resolution = -1"},
		{&Surface3D{F: peaks, Domain: gdlib.Box{{Min: 1, Max: 1}, {Min: 0, Max: 1}}}, "Surface3D.Domain[0] = [1, 1]"},
		{&Surface3D{F: peaks, ZLim: gdlib.Range{Min: 2, Max: math.NaN()}}, "Surface3D.ZLim"},
		{&Surface3D{F: peaks, View: View{Elev: math.Inf(1)}}, "Surface3D.View"},
		{&Surface3D{F: peaks, View: View{Dist: 0.5}}, "Dist 0 (meaning 10) or at least 2"},
		{Surface(peaks, run1D), "Surface3D.Runs[0]"},
	}
	for _, c := range cases {
		err := c.s.Err()
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Err() = %v, want an error containing %q", err, c.want)
			continue
		}
		// Drawing such a figure shows the message instead of panicking.
		svg, err := SVG(c.s)
		if err != nil {
			t.Errorf("SVG of a figure with an error: %v; want the message drawn", err)
		}
		first := strings.Fields(c.want)[0]
		if !bytes.Contains(svg, []byte(first)) {
			t.Errorf("the drawn figure does not show %q", first)
		}
	}
}

// TestSurfaceHoles: where f is not finite the faces are left out; the
// rest is drawn and no NaN reaches the SVG.
func TestSurfaceHoles(t *testing.T) {
	f := gdlib.NewFunction("log", 2, func(x []float64) float64 { return math.Log(x[0]) + x[1] }, func(g, x []float64) { g[0], g[1] = 1/x[0], 1 }, nil)
	f.Domain = gdlib.Box{{Min: -1, Max: 1}, {Min: -1, Max: 1}}
	svg, err := SVG(Surface(f))
	if err != nil {
		t.Fatal(err)
	}
	// Look outside the embedded image, whose base64 may spell anything.
	text := regexp.MustCompile(`base64,[^"]*`).ReplaceAll(svg, nil)
	if bytes.Contains(text, []byte("NaN")) || bytes.Contains(text, []byte("Inf")) {
		t.Error("the SVG holds NaN or Inf")
	}
	if !bytes.Contains(svg, []byte("data:image/png;base64,")) {
		t.Error("the finite half of the surface is not drawn")
	}
}

// TestSurfaceViews draws peaks from above, below, the side and the edge
// cases of the angles: the SVG stays well-formed and free of NaN.
func TestSurfaceViews(t *testing.T) {
	for _, v := range []View{
		{Elev: 90, Azim: -90}, {Elev: -90, Azim: 0}, {Elev: 0, Azim: 0}, {Elev: -30, Azim: 180},
		{Elev: 120, Azim: 45}, {Elev: 30, Azim: 250, Ortho: true}, {Elev: 30, Azim: 250, Dist: 2},
	} {
		s := Surface(gdlib.Peaks())
		s.View = v
		s.Resolution = 20
		svg, err := SVG(s)
		if err != nil {
			t.Fatalf("view %+v: %v", v, err)
		}
		if err := wellFormed(svg); err != nil {
			t.Errorf("view %+v: %v", v, err)
		}
		text := regexp.MustCompile(`base64,[^"]*`).ReplaceAll(svg, nil)
		if bytes.Contains(text, []byte("NaN")) || bytes.Contains(text, []byte("Inf")) {
			t.Errorf("view %+v: the SVG holds NaN or Inf", v)
		}
	}
}

func TestQuantize(t *testing.T) {
	// A smooth two-parameter family of colours, like a shaded colour map:
	// 64 × 64 distinct colours, far more than 256.
	img := imageRGBA(64, 64, func(x, y int) color.RGBA {
		k := 0.45 + 0.55*float64(y)/63
		return shade(color.RGBA{R: uint8(4 * x), G: uint8(255 - 4*x), B: 128, A: 255}, k)
	})
	p := quantize(img, 256)
	if len(p.Palette) > 256 {
		t.Fatalf("palette has %d colours", len(p.Palette))
	}
	// Each channel within 8/255 of the original on average: 4096 colours
	// on a 2-D manifold, 256 cells of about 4 × 4 colours each, so the
	// expected error is about 2 steps of 4 levels.
	var sum float64
	for y := 0; y < 64; y++ {
		for x := 0; x < 64; x++ {
			a, b := img.RGBAAt(x, y), color.RGBAModel.Convert(p.At(x, y)).(color.RGBA)
			sum += math.Abs(float64(a.R)-float64(b.R)) + math.Abs(float64(a.G)-float64(b.G)) + math.Abs(float64(a.B)-float64(b.B))
		}
	}
	if mean := sum / (3 * 64 * 64); mean > 8 {
		t.Errorf("mean error %.3g per channel, want ≤ 8", mean)
	}
	// An image with few colours comes back exactly.
	few := imageRGBA(16, 16, func(x, y int) color.RGBA { return color.RGBA{R: uint8(x * 16), A: 255} })
	q := quantize(few, 256)
	for y := 0; y < 16; y++ {
		for x := 0; x < 16; x++ {
			if got := color.RGBAModel.Convert(q.At(x, y)); got != few.At(x, y) {
				t.Fatalf("pixel (%d, %d) = %v, want %v", x, y, got, few.At(x, y))
			}
		}
	}
}

func BenchmarkSurface100(b *testing.B) {
	s := peaksSurface(b)
	s.Resolution = 100
	var n int
	for b.Loop() {
		svg, err := SVG(s)
		if err != nil {
			b.Fatal(err)
		}
		n = len(svg)
	}
	b.ReportMetric(float64(n), "svg-bytes")
}

func imageRGBA(w, h int, f func(x, y int) color.RGBA) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.SetRGBA(x, y, f(x, y))
		}
	}
	return img
}

func TestMajorTicks(t *testing.T) {
	// peaks' axes: x and y on [−3, 3] (the course's linspace(-3, 3, 201)),
	// z on its range [−6.551, 8.106] (the minimum from gdlib.Peaks().Minima;
	// the maximum of peaks on [−3, 3]² is about 8.106).
	for _, c := range []struct {
		lo, hi float64
		want   string
	}{
		{-3, 3, "-3 -2 -1 0 1 2 3"},
		{-6.551, 8.106, "-6 -4 -2 0 2 4 6 8"},
		{0, 5, "0 1 2 3 4 5"},
		{0, 0.9, "0.0 0.2 0.4 0.6 0.8"},
		{74, 85, "74 76 78 80 82 84"},
	} {
		var got []string
		for _, tk := range majorTicks(c.lo, c.hi) {
			got = append(got, tk.Label)
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("majorTicks(%g, %g) = %s, want %s", c.lo, c.hi, g, c.want)
		}
	}
}

// TestSurfaceHiddenRun checks the depth buffer against ray casting: a
// point of a run is hidden if the segment from the eye to it passes under
// the surface somewhere before it. The course's sauna lab (view azim −60, elev 28, GD with lr 0.25 from (0.5, 0.6)) descends
// behind the high front edge of the sauna into its valley, so its first
// iterates are seen and its last ones are not.
func TestSurfaceHiddenRun(t *testing.T) {
	f := gdlib.Sauna()
	run := gdlib.MustRun(f, gdlib.Pt(0.5, 0.6), gdlib.GD(0.25), &gdlib.Settings{Steps: 20})
	s := Surface(f, run)
	s.View = View{Elev: 28, Azim: -60}
	w, h := s.Size()
	c := draw.New(vgimg.New(w, h))
	g := sampleSurface(f, s.domain(), s.resolution()+1)
	sc := newScene(c, s, g.xs, g.ys, gdlib.Range{Min: math.Min(g.dataRange().Min, run.FinalF()), Max: g.dataRange().Max})
	scale, err := NewColorScale(nil, -1, 1)
	if err != nil {
		t.Fatal(err)
	}
	sc.drawFaces(g, scale)

	rayHidden := func(x, y, z float64) bool {
		p := sc.p.box(x, y, z)
		for k := 1; k < 2000; k++ { // 2000 steps from the eye to just before the point
			s := float64(k) / 2000 * 0.995
			var q [3]float64
			for i := range q {
				q[i] = sc.p.eye[i] + s*(p[i]-sc.p.eye[i])
			}
			qx := sc.lo[0] + q[0]/sc.p.scale[0]
			qy := sc.lo[1] + q[1]/sc.p.scale[1]
			qz := sc.lo[2] + q[2]/sc.p.scale[2]
			if qx >= sc.lo[0] && qx <= sc.hi[0] && qy >= sc.lo[1] && qy <= sc.hi[1] && qz < f.At(qx, qy) {
				return true
			}
		}
		return false
	}
	var seen, hidden, agree int
	for i := 0; i < run.Len(); i++ {
		x, y := run.XY(i)
		_, h := sc.where(x, y, run.F[i])
		want := rayHidden(x, y, run.F[i])
		if want {
			hidden++
		} else {
			seen++
		}
		if h == want {
			agree++
		} else {
			t.Logf("iterate %d (%.3g, %.3g): depth buffer says hidden=%v, ray casting %v", i, x, y, h, want)
		}
	}
	if seen == 0 || hidden == 0 {
		t.Fatalf("ray casting finds %d seen and %d hidden iterates; the case should have both", seen, hidden)
	}
	// Iterates right at the crest may differ by a pixel; all but one agree.
	if agree < run.Len()-1 {
		t.Errorf("the depth buffer agrees with ray casting on %d of %d iterates", agree, run.Len())
	}
}

func TestContourSurface(t *testing.T) {
	f := gdlib.ThreeBumps()
	run := gdlib.MustRun(f, gdlib.Pt(0.5, 3), gdlib.GD(0.2), &gdlib.Settings{Steps: 30})
	lab := ContourSurface(f, 18, run) // the labs' 18 levels
	if err := lab.Err(); err != nil {
		t.Fatal(err)
	}
	if lab.Cells[0] != Figure(lab.Contour) || lab.Cells[1] != Figure(lab.Surface) {
		t.Fatal("the panels are not the Contour and Surface fields")
	}
	if len(lab.Surface.Runs) != 1 || lab.Surface.Runs[0] != run {
		t.Error("the surface does not draw the run")
	}
	lab.Surface.View = View{Elev: 21, Azim: -63} // the course's three-bump lab
	lab.Surface.ColorMap = Terrain()
	a, err := SVG(lab)
	if err != nil {
		t.Fatal(err)
	}
	b, err := SVG(lab)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Error("two renderings differ")
	}
	if len(a) > 150<<10 { // the package's budget: 150 KB per lesson figure
		t.Errorf("the lab figure is %d bytes, want ≤ 150 KB", len(a))
	}
	if n := bytes.Count(a, []byte("data:image/png;base64,")); n != 1 {
		t.Errorf("%d embedded images, want 1 (the surface's faces)", n)
	}
	if err := ContourSurface(nil, 18).Err(); err == nil {
		t.Error("ContourSurface(nil) has no error")
	}
}

// BenchmarkSurface100VectorFaces is the reference for BenchmarkSurface100,
// measured in the same run: the same 100 × 100 faces, projected and sorted
// the same way, written as 10 000 SVG polygons instead of one image. It is
// what a surface drawn with vector paths (matplotlib's SVG backend) costs.
func BenchmarkSurface100VectorFaces(b *testing.B) {
	s := peaksSurface(b)
	s.Resolution = 100
	var n int
	for b.Loop() {
		w, h := s.Size()
		c := vgsvg.New(w, h)
		dc := draw.New(c)
		g := sampleSurface(s.F, s.domain(), s.Resolution+1)
		sc := newScene(dc, s, g.xs, g.ys, g.dataRange())
		scale, err := NewColorScale(s.ColorMap, g.dataRange().Min, g.dataRange().Max)
		if err != nil {
			b.Fatal(err)
		}
		faces, r, _, _ := sc.faces(g, scale)
		ppp := s.pixelsPerPoint()
		for _, f := range faces {
			poly := make([]vg.Point, 4)
			for k, p := range f.pts {
				poly[k] = vg.Point{X: r.Min.X + vg.Length(float64(p[0])/ppp), Y: r.Max.Y - vg.Length(float64(p[1])/ppp)}
			}
			dc.FillPolygon(f.col, poly)
		}
		var buf bytes.Buffer
		if _, err := c.WriteTo(&buf); err != nil {
			b.Fatal(err)
		}
		n = buf.Len()
	}
	b.ReportMetric(float64(n), "svg-bytes")
}
