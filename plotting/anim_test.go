package plotting

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"image/gif"
	"io"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/gdlessons/lessons/gdlib"
)

// momentumAnimation returns the course's two runs on sin(x²) + sin x: plain GD with
// η = 0.05 and momentum with β = 0.9, η = 0.05, both from x = 1.11 for
// 200 steps (the course's SGD(0.05) and momentum(0.9, 0.05) loops).
func momentumAnimation(t testing.TB) *Animation {
	f := gdlib.Chirp()
	s := &gdlib.Settings{Steps: 200}
	gd, err := gdlib.Run(f, gdlib.Pt(1.11), gdlib.GD(0.05), s)
	if err != nil {
		t.Fatal(err)
	}
	mm, err := gdlib.Run(f, gdlib.Pt(1.11), gdlib.Momentum(0.05, 0.9), s)
	if err != nil {
		t.Fatal(err)
	}
	return Animate(f, gd, mm)
}

// wellFormed reports an error if doc does not parse as XML or holds a
// script element.
func wellFormed(doc []byte) error {
	d := xml.NewDecoder(bytes.NewReader(doc))
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if se, ok := tok.(xml.StartElement); ok && strings.EqualFold(se.Name.Local, "script") {
			return fmt.Errorf("a <script> element")
		}
	}
}

func TestAnimationMomentumSVG(t *testing.T) {
	a := momentumAnimation(t)
	// 200 steps and the start: 201 frames, as the course's loops record
	// 200 iterates after the start.
	if n := a.Frames(); n != 201 {
		t.Fatalf("Frames() = %d, want 201", n)
	}
	svg, err := a.SVG()
	if err != nil {
		t.Fatal(err)
	}
	again, err := a.SVG()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(svg, again) {
		t.Error("two renderings of the same animation differ")
	}
	if err := wellFormed(svg); err != nil {
		t.Fatalf("the SVG is not well-formed: %v", err)
	}
	// The brief's target: a 200-frame animation of 1-D runs is tens of KB.
	if len(svg) > 100<<10 {
		t.Errorf("the animation is %d bytes, want under 100 KB", len(svg))
	}
	if bytes.Contains(svg, []byte(" id=")) {
		t.Error("the SVG has id attributes, which could collide with another figure's")
	}

	// The counter: "step", "/ 200" and one number per frame, 0 to 200.
	for _, want := range []string{">step<", ">/ 200<", "GD(0.05)", "Momentum(0.05, β=0.9)"} {
		if !bytes.Contains(svg, []byte(want)) {
			t.Errorf("the SVG lacks %q", want)
		}
	}
	nums := regexp.MustCompile(`<text x="[^"]*" y="[^"]*">(\d+)</text>`).FindAllSubmatch(svg, -1)
	if len(nums) != 201 {
		t.Fatalf("%d counter numbers, want 201", len(nums))
	}
	for k, m := range nums {
		if string(m[1]) != strconv.Itoa(k) {
			t.Fatalf("counter number %d reads %s", k, m[1])
		}
	}

	// Every animation lists 201 frames plus the hold: 1.5 s at 20 fps is
	// 30 more (Animation.Hold and FPS defaults), and lasts 231/20 s.
	anims := regexp.MustCompile(`values="([^"]*)" dur="([^"]*)"`).FindAllSubmatch(svg, -1)
	// 2 runs × (trail, marker, axis marker) + the counter.
	if len(anims) != 7 {
		t.Fatalf("%d animations, want 7", len(anims))
	}
	for _, m := range anims {
		if n := len(strings.Split(string(m[1]), ";")); n != 231 {
			t.Errorf("an animation has %d values, want 231", n)
		}
		if string(m[2]) != "11.55s" {
			t.Errorf("dur = %s, want 11.55s", m[2])
		}
	}

	// The markers move along x as the runs do: frame k's translate x is
	// (xₖ − (−4)) / 8 of the data area's width (the domain is [−4, 4]).
	inner := regexp.MustCompile(`<svg x="[^"]*" y="[^"]*" width="([^"]*)"`).FindSubmatch(svg)
	width, _ := strconv.ParseFloat(string(inner[1]), 64)
	moves := regexp.MustCompile(`<circle [^>]*><animateTransform [^>]*values="([^"]*)"`).FindAllSubmatch(svg, -1)
	if len(moves) != 2 {
		t.Fatalf("%d moving markers, want 2", len(moves))
	}
	for r, m := range moves {
		vals := strings.Split(string(m[1]), ";")
		for k := 0; k < 201; k++ {
			x, _ := strconv.ParseFloat(strings.Split(vals[k], ",")[0], 64)
			want := (a.Runs[r].X(k)[0] + 4) / 8 * width
			if math.Abs(x-want) > 0.01 { // coordinates are written to 0.01 pt
				t.Fatalf("run %d, frame %d: marker at x = %g pt, want %.2f", r, k, x, want)
			}
		}
	}
}

func TestAnimationFrames(t *testing.T) {
	a := momentumAnimation(t)
	for _, k := range []int{0, 37, 200} {
		svg, err := a.FrameSVG(k)
		if err != nil {
			t.Fatal(err)
		}
		if want := fmt.Sprintf("step %d / 200", k); !bytes.Contains(svg, []byte(want)) {
			t.Errorf("frame %d lacks %q", k, want)
		}
		if err := wellFormed(svg); err != nil {
			t.Errorf("frame %d: %v", k, err)
		}
	}
	for _, k := range []int{-1, 201} {
		if _, err := a.FrameSVG(k); err == nil || !strings.Contains(err.Error(), "FrameSVG("+strconv.Itoa(k)+")") {
			t.Errorf("FrameSVG(%d): error %v, want one naming the frame", k, err)
		}
	}
}

func TestAnimationGIF(t *testing.T) {
	a := momentumAnimation(t)
	var buf bytes.Buffer
	if err := a.GIF(&buf); err != nil {
		t.Fatal(err)
	}
	g, err := gif.DecodeAll(&buf)
	if err != nil {
		t.Fatalf("image/gif cannot decode it: %v", err)
	}
	if len(g.Image) != 201 {
		t.Errorf("%d frames, want 201", len(g.Image))
	}
	// 6 × 4 in at GIFDPI 96 (DefaultWidth, DefaultHeight).
	if g.Config.Width != 576 || g.Config.Height != 384 {
		t.Errorf("GIF is %d × %d, want 576 × 384", g.Config.Width, g.Config.Height)
	}
	if g.LoopCount != 0 {
		t.Errorf("LoopCount = %d, want 0 (forever)", g.LoopCount)
	}
	// The runs move in each of the first steps, so each of those frames
	// changes more than the 1 × 1 pixel a frame without change stores.
	for k := 1; k <= 10; k++ {
		if b := g.Image[k].Bounds(); b.Dx()*b.Dy() <= 1 {
			t.Errorf("frame %d changes nothing; the runs and the counter should move", k)
		}
	}
	// 20 fps is 5/100 s a frame; the last also holds 1.5 s.
	for k, d := range g.Delay {
		want := 5
		if k == len(g.Delay)-1 {
			want = 155
		}
		if d != want {
			t.Fatalf("frame %d delay %d/100 s, want %d", k, d, want)
		}
	}
}

func TestAnimationErrors(t *testing.T) {
	a := momentumAnimation(t)
	peaks := gdlib.Peaks()
	run2D := gdlib.MustRun(peaks, gdlib.Pt(0, 1.4), gdlib.GD(0.01), nil)
	rosen3 := gdlib.RosenbrockN(3)
	run3D := gdlib.MustRun(rosen3, gdlib.Pt(0, 0, 0), gdlib.GD(0.001), nil)
	cases := []struct {
		a    *Animation
		want string
	}{
		{Animate(nil), "Animation.F is nil"},
		{Animate(rosen3, run3D), "is a function of 3 variables"},
		{Animate(gdlib.Chirp(), run2D), "Animation.Runs[0] (GD(0.01)) is a run in 2 variable(s)"},
		{&Animation{F: peaks, Runs: []*gdlib.Trace{run2D}, Levels: -1}, "Animation.Levels = -1"},
		{Animate(gdlib.Chirp()), "Animation.Runs is empty"},
		{Animate(gdlib.Chirp(), a.Runs[0], nil), "Animation.Runs[1] is nil"},
		{&Animation{F: gdlib.Chirp(), Runs: a.Runs, FPS: -1}, "Animation.FPS = -1"},
		{&Animation{F: gdlib.Chirp(), Runs: a.Runs, Hold: math.NaN()}, "Animation.Hold = NaN"},
	}
	for _, c := range cases {
		if _, err := c.a.SVG(); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("SVG() error %v, want one containing %q", err, c.want)
		}
		if err := c.a.GIF(io.Discard); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("GIF() error %v, want one containing %q", err, c.want)
		}
	}
}

// TestAnimationEscapesText: a title that tries to close the SVG and run
// a script stays text.
func TestAnimationEscapesText(t *testing.T) {
	a := momentumAnimation(t)
	a.Title = `</svg><script>alert(1)</script>`
	svg, err := a.SVG()
	if err != nil {
		t.Fatal(err)
	}
	if err := wellFormed(svg); err != nil {
		t.Fatal(err)
	}
	b, err := Bundle(a)
	if err != nil {
		t.Fatal(err)
	}
	h, _ := b["text/html"].(string)
	if !strings.HasPrefix(h, `<img src="data:image/svg+xml;base64,`) || strings.Contains(h, "<script") {
		t.Errorf("text/html is not a single <img> with a data URI: %.80s…", h)
	}
}

// TestAnimation2D animates the course's two-variable lab runs on the three
// bumps (GD with lr 0.2 from (0.5, 3) for 30 steps and from
// (2, 3) for 20) over its contour lines: 31 frames, each run's marker
// moving with its (x, y), and no x-axis markers (those are for one
// variable).
func TestAnimation2D(t *testing.T) {
	f := gdlib.ThreeBumps()
	r1 := gdlib.MustRun(f, gdlib.Pt(0.5, 3), gdlib.GD(0.2), &gdlib.Settings{Steps: 30})
	r2 := gdlib.MustRun(f, gdlib.Pt(2, 3), gdlib.GD(0.2), &gdlib.Settings{Steps: 20})
	a := Animate(f, r1, r2)
	if a.Frames() != 31 {
		t.Fatalf("Frames() = %d, want 31", a.Frames())
	}
	svg, err := a.SVG()
	if err != nil {
		t.Fatal(err)
	}
	if err := wellFormed(svg); err != nil {
		t.Fatal(err)
	}
	// 2 trails, 2 markers and the counter.
	if n := bytes.Count(svg, []byte("<animate")); n != 5 {
		t.Errorf("%d animations, want 5", n)
	}
	inner := regexp.MustCompile(`<svg x="[^"]*" y="[^"]*" width="([^"]*)"`).FindSubmatch(svg)
	width, _ := strconv.ParseFloat(string(inner[1]), 64)
	moves := regexp.MustCompile(`<circle [^>]*><animateTransform [^>]*values="([^"]*)"`).FindAllSubmatch(svg, -1)
	for r, m := range moves {
		vals := strings.Split(string(m[1]), ";")
		run := a.Runs[r]
		for k := 0; k < a.Frames(); k++ {
			i := min(k, run.Len()-1) // a shorter run stays at its end
			x, _ := strconv.ParseFloat(strings.Split(vals[k], ",")[0], 64)
			if want := run.X(i)[0] / 5 * width; math.Abs(x-want) > 0.01 { // the domain is [0, 5]
				t.Fatalf("run %d, frame %d: marker at x = %g pt, want %.2f", r, k, x, want)
			}
		}
	}
	var buf bytes.Buffer
	if err := a.GIF(&buf); err != nil {
		t.Fatal(err)
	}
	g, err := gif.DecodeAll(&buf)
	if err != nil || len(g.Image) != 31 {
		t.Fatalf("GIF: %v, %d frames, want 31", err, len(g.Image))
	}
}

func BenchmarkAnimation200(b *testing.B) {
	a := momentumAnimation(b)
	var n int
	for b.Loop() {
		svg, err := a.SVG()
		if err != nil {
			b.Fatal(err)
		}
		n = len(svg)
	}
	b.ReportMetric(float64(n), "svg-bytes")
}

// BenchmarkAnimation200Stills is the reference for BenchmarkAnimation200,
// measured in the same run: the 201 frames as separate still SVGs (what
// an animation made of whole frames, like the course's GIF, redraws).
func BenchmarkAnimation200Stills(b *testing.B) {
	a := momentumAnimation(b)
	var n int
	for b.Loop() {
		n = 0
		for k := 0; k < a.Frames(); k++ {
			svg, err := a.FrameSVG(k)
			if err != nil {
				b.Fatal(err)
			}
			n += len(svg)
		}
	}
	b.ReportMetric(float64(n), "svg-bytes")
}

func BenchmarkAnimationGIF200(b *testing.B) {
	a := momentumAnimation(b)
	var n int
	for b.Loop() {
		var buf bytes.Buffer
		if err := a.GIF(&buf); err != nil {
			b.Fatal(err)
		}
		n = buf.Len()
	}
	b.ReportMetric(float64(n), "gif-bytes")
}

// TestAnimationBundle: Show sends an Animation's own bundle (the animated
// SVG in an <img>), not a still drawing of it.
func TestAnimationBundle(t *testing.T) {
	b, err := Bundle(momentumAnimation(t))
	if err != nil {
		t.Fatal(err)
	}
	h, _ := b["text/html"].(string)
	if !strings.HasPrefix(h, `<img src="data:image/svg+xml;base64,`) {
		t.Errorf("text/html = %.60q…, want the animated SVG in an <img>", h)
	}
	if _, ok := b["image/svg+xml"]; ok {
		t.Error("the bundle also holds image/svg+xml, which untrusted JupyterLab refuses to show")
	}
	if png, _ := b["image/png"].([]byte); !bytes.HasPrefix(png, []byte("\x89PNG")) {
		t.Error("image/png is not a PNG")
	}
	if p, _ := b["text/plain"].(string); !strings.Contains(p, "201 frames") {
		t.Errorf("text/plain = %q", p)
	}
}

// TestAnimationDiverged: the course's large-learning-rate exercise in one
// variable — GD on
// 3x² − 3x + 4 with lr 0.35 multiplies the distance to the minimum by
// |1 − 6·0.35| = 1.1 each step, so it passes gdlib's default bound 1e12
// after about 290 steps and stops as Diverged. The animation says where,
// and plays every recorded iterate.
func TestAnimationDiverged(t *testing.T) {
	q := quadratic()
	run := mustRun(q, gdlib.Pt(1), gdlib.GD(0.35), 1000)
	if run.Status != gdlib.Diverged {
		t.Fatalf("the run %v did not diverge", run)
	}
	a := Animate(q, run)
	if a.Frames() != run.Len() {
		t.Errorf("Frames() = %d, want %d", a.Frames(), run.Len())
	}
	svg, err := a.SVG()
	if err != nil {
		t.Fatal(err)
	}
	if want := fmt.Sprintf("(diverged at iterate %d)", run.Where); !bytes.Contains(svg, []byte(want)) {
		t.Errorf("the legend does not say %q", want)
	}
	if err := wellFormed(svg); err != nil {
		t.Fatal(err)
	}
}
