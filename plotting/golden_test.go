package plotting

import (
	"bytes"
	"encoding/base64"
	"flag"
	"fmt"
	"image"
	"image/png"
	"maps"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/gdlessons/lessons/gdlib"
)

var update = flag.Bool("update", false, "rewrite the golden SVG files in testdata/golden")

// goldenFixtures is one figure of each type the lessons draw, from the
// course's own numbers where it gives them.
func goldenFixtures() map[string]func() Figure {
	q := quadratic()
	pk := gdlib.Peaks()
	// The course's first run: GD on 3x² − 3x + 4 from 1.026, lr 0.01, 100 epochs.
	slow := mustRun(q, gdlib.Pt(1.026), gdlib.GD(0.01), 100)
	// lr 0.3 overshoots the minimum every step (|1 − 6·0.3| = 0.8 < 1: it
	// still converges, oscillating); lr 0.35 gives |1 − 2.1| = 1.1 > 1: it
	// diverges, reaching NaN when the iterates overflow.
	bouncy := mustRun(q, gdlib.Pt(-1.5), gdlib.GD(0.3), 30)
	// The course's peaks exercise: GD from [0, 1.4], lr 0.01, 1000 epochs;
	// with lr 0.5 it ends on the flat region outside the plotted square.
	a := mustRun(pk, gdlib.Pt(0, 1.4), gdlib.GD(0.01), 1000)
	b := mustRun(pk, gdlib.Pt(0, 1.4), gdlib.GD(0.5), 100)
	return map[string]func() Figure{
		"curve": func() Figure { return Curve(q).With(slow, bouncy) },
		"curve_diverged": func() Figure {
			return Curve(q).With(mustRun(q, gdlib.Pt(1), gdlib.GD(0.35), 1000))
		},
		"iterations2": func() Figure { return ByIteration([]*gdlib.Trace{slow}, Coord(0), Deriv) },
		"iterations3": func() Figure {
			decay := mustRun(q, gdlib.Pt(1.586), gdlib.GDWith("time-decayed 0.01", func(i int) float64 { return 0.01 * (1 - float64(i+1)/100) }), 100)
			p := ByIteration([]*gdlib.Trace{slow, bouncy, decay}, Coord(0), Deriv, LR)
			p.Title = "x, f′ and learning rate by iteration"
			return p
		},
		"iterations_gradnorm": func() Figure {
			// Lesson 6: loss and gradient norm (log scale) by iteration; the
			// diverging run stops where it diverged.
			bw := bowl()
			ok := mustRun(bw, gdlib.Pt(-2.5, 0.5), gdlib.GD(0.05), 150)
			bad := mustRun(bw, gdlib.Pt(-2.5, 0.5), gdlib.GD(0.105), 400)
			return ByIteration([]*gdlib.Trace{ok, bad}, Loss, GradNorm)
		},
		"heatmap_jet": func() Figure { return Heatmap(pk).Colors(Jet()).With(a, b) },
		"heatmap":     func() Figure { return Heatmap(pk).With(a).WithMinima() },
		"contour":     func() Figure { return Contour(pk, 18).WithLabels().WithField(15).With(a) },
		"contour_rosenbrock": func() Figure {
			// Rosenbrock's values span 0 … 2509 with the median at 145:
			// AutoSpacing picks log-spaced levels, so the valley has lines.
			return Contour(gdlib.Rosenbrock(), 18).WithLabels()
		},
		"contour_rosenbrock_run": func() Figure {
			// Lesson 12's Rosenbrock panel: GD(0.001) from (−1.2, 1) runs
			// along the valley's dark lines; its outline clears them.
			rb := gdlib.Rosenbrock()
			return Contour(rb, 18).With(mustRun(rb, gdlib.Pt(-1.2, 1), gdlib.GD(0.001), 5000)).WithMinima()
		},
		"heatmap_contours": func() Figure {
			return Heatmap(pk).Colors(Terrain()).WithContours(12)
		},
		"runs_diverged": func() Figure {
			// On x² + 10y², GD(0.105) multiplies y by −1.1 each step and
			// reaches the bound 1e12 after about 280 steps; GD(0.05) converges.
			bw := bowl()
			return Heatmap(bw).With(mustRun(bw, gdlib.Pt(-2.5, 0.5), gdlib.GD(0.105), 400), mustRun(bw, gdlib.Pt(2.5, 2), gdlib.GD(0.05), 400))
		},
		"basins_trajectories": func() Figure {
			// The course's basins figure: GD(0.01), 100 epochs, from a 25 × 25
			// grid over [−2.5, 2.5]², over peaks drawn on [−3, 3] (the
			// range it was computed on, where the course's figure
			// stretches it to [−4, 4]).
			starts, _ := gdlib.GridStarts(gdlib.Box{{Min: -2.5, Max: 2.5}, {Min: -2.5, Max: 2.5}}, 25, 25)
			runs, _ := gdlib.MultiStart(pk, starts, gdlib.GD(0.01), &gdlib.Settings{Steps: 100})
			m := Heatmap(pk).Colors(Jet()).WithMany("trajectories", runs...)
			m.Title.Text = "Basins of attraction for gradient descent"
			return m
		},
		"basins": func() Figure {
			g, mins := basinGrid(51, 100, 0.01)
			return BasinMap(g, mins...)
		},
		"sweep": func() Figure {
			m := HeatmapGrid(sweepGrid()).Limits(-1.45, -1.2)
			m.Title.Text = "Final guess"
			m.X.Label.Text, m.Y.Label.Text, m.ColorBarLabel = "learning rate", "training epochs", "final x"
			return m
		},
		// The course's 3-D peaks surface (jet, view_init(elev=30,
		// azim=250)) with the run from [0, 1.4]; its lab figure on the
		// three bumps (terrain, azim −63, elev 21); its momentum
		// animation, drawn as a
		// Figure: its last frame.
		"surface": func() Figure {
			s := Surface(pk, a)
			s.View, s.ColorMap = View{Elev: 30, Azim: 250}, Jet()
			return s
		},
		"surface_lab": func() Figure {
			tb := gdlib.ThreeBumps()
			lab := ContourSurface(tb, 18, mustRun(tb, gdlib.Pt(0.5, 3), gdlib.GD(0.2), 30))
			lab.Surface.View, lab.Surface.ColorMap = View{Elev: 21, Azim: -63}, Terrain()
			return lab
		},
		"animation_last_frame": func() Figure {
			ch := gdlib.Chirp()
			return Animate(ch, mustRun(ch, gdlib.Pt(1.11), gdlib.GD(0.05), 200), mustRun(ch, gdlib.Pt(1.11), gdlib.Momentum(0.05, 0.9), 200))
		},
		// Lesson 2's stability rule on 3x² − 3x + 4 (f″ = 6: 1/λ = 1/6,
		// 2/λ = 1/3) with the rates the lesson tries.
		"stability": func() Figure { return Stability(6, 0.01, 0.1, 0.3, 0.34) },
		"grid2x2": func() Figure {
			g := Grid(2, 2, Curve(q).With(slow), Curve(twoSines()), Heatmap(pk).Colors(CoolWarm()), Contour(pk, 10))
			g.Title = "Four panels"
			return g
		},
	}
}

func TestGolden(t *testing.T) {
	dir := filepath.Join("testdata", "golden")
	if *update {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	fixtures := goldenFixtures()
	maps.Copy(fixtures, lessonFigureGoldens())
	for name, build := range fixtures {
		t.Run(name, func(t *testing.T) {
			got, err := SVG(build())
			if err != nil {
				t.Fatal(err)
			}
			again, err := SVG(build())
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, again) {
				t.Errorf("rendering %s twice gave different bytes", name)
			}
			path := filepath.Join(dir, name+".svg")
			gotPath := filepath.Join(dir, name+".got.svg")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				os.Remove(gotPath)
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if err := sameSVG(got, want); err != nil {
				os.WriteFile(gotPath, got, 0o644)
				t.Errorf("%s differs from %s: %v\nthe new output is in %s", name, path, err, gotPath)
				return
			}
			os.Remove(gotPath)
		})
	}
}

var (
	reImage  = regexp.MustCompile(`data:image/png;base64,[A-Za-z0-9+/=]+`)
	reTag    = regexp.MustCompile(`<[^>]*>`)
	reNumber = regexp.MustCompile(`-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?`)
)

// Tolerances of sameSVG. Coordinates are in points (1/72 in). Path
// coordinates are rounded to pathGrid (0.1 pt) and written as steps from
// the point before, so a platform whose arithmetic rounds one point the
// other way moves it, and changes two steps, by one grid step: 0.11 pt
// allows that, and is still far below a screen pixel (0.75 pt). A colour
// channel may differ by 2/255 (a platform that fuses multiply-adds rounds
// colour-map arithmetic differently); that is invisible.
const (
	numberTol  = 0.11
	channelTol = 2 * 257
)

// sameSVG compares two SVG documents after canonicalising: text between
// tags exactly, the non-numeric part of each tag exactly, numbers in tags
// within numberTol, embedded PNG images decoded and compared pixel by pixel
// within channelTol.
func sameSVG(got, want []byte) error {
	gi, wi := reImage.FindAll(got, -1), reImage.FindAll(want, -1)
	if len(gi) != len(wi) {
		return fmt.Errorf("%d embedded images, want %d", len(gi), len(wi))
	}
	for i := range gi {
		if err := sameImage(gi[i], wi[i]); err != nil {
			return fmt.Errorf("image %d: %v", i, err)
		}
	}
	g := reImage.ReplaceAll(got, []byte("IMAGE"))
	w := reImage.ReplaceAll(want, []byte("IMAGE"))
	gt, wt := splitTags(g), splitTags(w)
	if len(gt) != len(wt) {
		return fmt.Errorf("%d tags and texts, want %d", len(gt), len(wt))
	}
	for i := range gt {
		if gt[i].tag != wt[i].tag {
			return fmt.Errorf("item %d: %q is a tag in one and text in the other", i, gt[i].s)
		}
		if !gt[i].tag {
			if gt[i].s != wt[i].s {
				return fmt.Errorf("text %q, want %q", gt[i].s, wt[i].s)
			}
			continue
		}
		if err := sameTag(gt[i].s, wt[i].s); err != nil {
			return err
		}
	}
	return nil
}

type item struct {
	s   string
	tag bool
}

func splitTags(b []byte) []item {
	var out []item
	last := 0
	for _, loc := range reTag.FindAllIndex(b, -1) {
		if loc[0] > last {
			out = append(out, item{string(b[last:loc[0]]), false})
		}
		out = append(out, item{string(b[loc[0]:loc[1]]), true})
		last = loc[1]
	}
	if last < len(b) {
		out = append(out, item{string(b[last:]), false})
	}
	return out
}

func sameTag(got, want string) error {
	if reNumber.ReplaceAllString(got, "#") != reNumber.ReplaceAllString(want, "#") {
		return fmt.Errorf("tag %.120q, want %.120q", got, want)
	}
	gn, wn := reNumber.FindAllString(got, -1), reNumber.FindAllString(want, -1)
	for i := range gn {
		a, _ := strconv.ParseFloat(gn[i], 64)
		b, _ := strconv.ParseFloat(wn[i], 64)
		if math.Abs(a-b) > numberTol {
			return fmt.Errorf("number %s, want %s in tag %.120q", gn[i], wn[i], want)
		}
	}
	return nil
}

func decodeDataPNG(b []byte) (image.Image, error) {
	raw, err := base64.StdEncoding.DecodeString(string(b[len("data:image/png;base64,"):]))
	if err != nil {
		return nil, err
	}
	return png.Decode(bytes.NewReader(raw))
}

func sameImage(got, want []byte) error {
	g, err := decodeDataPNG(got)
	if err != nil {
		return err
	}
	w, err := decodeDataPNG(want)
	if err != nil {
		return err
	}
	if g.Bounds() != w.Bounds() {
		return fmt.Errorf("size %v, want %v", g.Bounds(), w.Bounds())
	}
	b := g.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r1, g1, b1, a1 := g.At(x, y).RGBA()
			r2, g2, b2, a2 := w.At(x, y).RGBA()
			for _, d := range [][2]uint32{{r1, r2}, {g1, g2}, {b1, b2}, {a1, a2}} {
				if diff := int(d[0]) - int(d[1]); diff > channelTol || -diff > channelTol {
					return fmt.Errorf("pixel (%d, %d) is %v, want %v", x, y, g.At(x, y), w.At(x, y))
				}
			}
		}
	}
	return nil
}

// TestSameSVGDetectsChanges makes sure the comparison can fail: a moved
// coordinate, a changed text and a changed pixel are each caught, while a
// coordinate within tolerance is not.
func TestSameSVGDetectsChanges(t *testing.T) {
	base, err := SVG(Heatmap(gdlib.Peaks()))
	if err != nil {
		t.Fatal(err)
	}
	if err := sameSVG(base, base); err != nil {
		t.Fatalf("a document differs from itself: %v", err)
	}
	// A coordinate of the first path, moved by 0.5 pt, then by 0.001 pt.
	loc := regexp.MustCompile(`d="M([0-9.]+),`).FindSubmatchIndex(base)
	v, _ := strconv.ParseFloat(string(base[loc[2]:loc[3]]), 64)
	moved := func(d float64) []byte {
		return append(append(append([]byte(nil), base[:loc[2]]...), strconv.FormatFloat(v+d, 'f', -1, 64)...), base[loc[3]:]...)
	}
	if sameSVG(moved(0.5), base) == nil {
		t.Errorf("a coordinate moved by 0.5 pt went unnoticed")
	}
	if err := sameSVG(moved(0.001), base); err != nil {
		t.Errorf("a coordinate moved by 0.001 pt was reported: %v", err)
	}
	if sameSVG(bytes.Replace(base, []byte(">peaks<"), []byte(">peak5<"), 1), base) == nil {
		t.Errorf("a changed title went unnoticed")
	}
	// A different colour map changes pixels of the embedded image.
	jet, _ := SVG(Heatmap(gdlib.Peaks()).Colors(Jet()))
	if sameSVG(jet, base) == nil {
		t.Errorf("a heat map in jet compared equal to one in viridis")
	}
}
