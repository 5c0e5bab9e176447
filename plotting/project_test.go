package plotting

import (
	"math"
	"testing"
)

// The hand-derived cases below follow matplotlib's conventions, as written
// in mplot3d: Axes3D.view_init's table of primary views ("XY: elev 90,
// azim −90; XZ: elev 0, azim −90; YZ: elev 0, azim 0"), get_proj (eye at
// centre + dist·(cos e cos a, cos e sin a, sin e), default dist 10, box
// aspect 4:4:3 scaled to length 1.8294640721620434·25/24) and
// proj3d._view_axes (u = V × w, v = w × u).

const projTol = 1e-12 // float64 round-off on numbers of order 1

func near(a, b float64) bool { return math.Abs(a-b) <= projTol*math.Max(1, math.Abs(b)) }

// TestProjectPrimaryViews checks the three primary views of matplotlib's
// view_init table: which data axis points right and which up on screen.
func TestProjectPrimaryViews(t *testing.T) {
	type dir struct{ right, up int } // data axis index pointing right / up
	cases := []struct {
		name       string
		elev, azim float64
		want       dir
	}{
		{"XY", 90, -90, dir{0, 1}},
		{"XZ", 0, -90, dir{0, 2}},
		{"YZ", 0, 0, dir{1, 2}},
	}
	for _, c := range cases {
		p := newProjector(View{Elev: c.elev, Azim: c.azim, Ortho: true}, 0, 1, 0, 1, 0, 1)
		x0, y0, _ := p.project(0, 0, 0)
		for axis := 0; axis < 3; axis++ {
			q := [3]float64{}
			q[axis] = 1
			x1, y1, _ := p.project(q[0], q[1], q[2])
			dx, dy := x1-x0, y1-y0
			switch axis {
			case c.want.right:
				if !(dx > 0.1) || math.Abs(dy) > 1e-9 {
					t.Errorf("%s view: axis %d moves the point by (%g, %g) on screen, want right only", c.name, axis, dx, dy)
				}
			case c.want.up:
				if !(dy > 0.1) || math.Abs(dx) > 1e-9 {
					t.Errorf("%s view: axis %d moves the point by (%g, %g) on screen, want up only", c.name, axis, dx, dy)
				}
			default: // the axis along the line of sight does not move the point
				if math.Abs(dx) > 1e-9 || math.Abs(dy) > 1e-9 {
					t.Errorf("%s view: axis %d moves the point by (%g, %g), want (0, 0): it points at the eye", c.name, axis, dx, dy)
				}
			}
		}
	}
}

// TestProjectDefaultViewCorner checks matplotlib's default view (elev 30,
// azim −60) in orthographic projection of a cube-aspect box against the
// screen position derived by hand:
//
//	w = (cos30·cos(−60), cos30·sin(−60), sin30) = (√3/4, −3/4, 1/2)
//	u = V × w normalised = (√3/2, 1/2, 0)
//	v = w × u = (−1/4, √3/4, √3/2)
//
// so the corner at offset (a/2)(1, 1, 1) from the centre, with
// a = 1.8294640721620434·(25/24)/√3 the side of the scaled cube, is at
// screen (a/2)(√3/2 + 1/2, −1/4 + √3/4 + √3/2) from the centre's.
func TestProjectDefaultViewCorner(t *testing.T) {
	p := newProjector(View{Elev: 30, Azim: -60, Ortho: true, Aspect: [3]float64{1, 1, 1}}, -3, 3, -3, 3, -5, 5)
	a := 1.8294640721620434 * 25 / 24 / math.Sqrt(3)
	cx, cy, _ := p.project(0, 0, 0)
	x, y, _ := p.project(3, 3, 5)
	s3 := math.Sqrt(3)
	wantX, wantY := a/2*(s3/2+0.5), a/2*(-0.25+s3/4+s3/2)
	if !near(x-cx, wantX) || !near(y-cy, wantY) {
		t.Errorf("corner (3, 3, 5) at (%.15g, %.15g) from the centre, want (%.15g, %.15g)", x-cx, y-cy, wantX, wantY)
	}
}

// TestProjectPerspective checks the perspective divide with matplotlib's
// default Dist 10 and box aspect 4:4:3: seen from +x at elev 0, azim 0,
// the point in the middle of the edge x = x1, y = y1 is, in scaled-box
// coordinates, (a, a, c/2) with a = 4·D/√41 (D = 1.8294640721620434·25/24),
// the eye at (a/2 + 10, a/2, c/2); so its view coordinates are
// u·d = a/2 and depth 10 − a/2, and its screen x is (a/2)/(10 − a/2).
func TestProjectPerspective(t *testing.T) {
	p := newProjector(View{Elev: 0, Azim: 0}, 0, 1, 0, 1, 0, 1)
	a := 4 * 1.8294640721620434 * 25 / 24 / math.Sqrt(41)
	x, y, depth := p.project(1, 1, 0.5)
	if want := (a / 2) / (10 - a/2); !near(x, want) || math.Abs(y) > projTol {
		t.Errorf("screen position (%.15g, %.15g), want (%.15g, 0)", x, y, want)
	}
	if want := 10 - a/2; !near(depth, want) {
		t.Errorf("depth %.15g, want %.15g", depth, want)
	}
	// Nearer points look farther from the centre: the far edge x = 0 at the
	// same y projects closer to the middle of the screen.
	xFar, _, _ := p.project(0, 1, 0.5)
	if !(xFar < x) {
		t.Errorf("far edge at screen x %g, near edge at %g: perspective should shrink the far one", xFar, x)
	}
}

// TestProjectPeaksView checks the view of the course's peaks surface,
// view_init(elev=30, azim=250): the eye is along
// (cos30·cos250, cos30·sin250, sin30) ≈ (−0.296, −0.814, 0.5), so the
// nearest corner of the box is (xmin, ymin, zmax) and the farthest
// (xmax, ymax, zmin); screen right is (−sin250, cos250, 0) ≈ (0.940, −0.342, 0),
// so x grows to the right and y recedes into the picture.
func TestProjectPeaksView(t *testing.T) {
	p := newProjector(View{Elev: 30, Azim: 250}, -3, 3, -3, 3, -6.6, 8.2)
	type corner struct{ x, y, z float64 }
	var nearest, farthest corner
	dMin, dMax := math.Inf(1), math.Inf(-1)
	for _, x := range []float64{-3, 3} {
		for _, y := range []float64{-3, 3} {
			for _, z := range []float64{-6.6, 8.2} {
				_, _, d := p.project(x, y, z)
				if d < dMin {
					dMin, nearest = d, corner{x, y, z}
				}
				if d > dMax {
					dMax, farthest = d, corner{x, y, z}
				}
			}
		}
	}
	if nearest != (corner{-3, -3, 8.2}) || farthest != (corner{3, 3, -6.6}) {
		t.Errorf("nearest corner %v, farthest %v; want (−3, −3, 8.2) and (3, 3, −6.6)", nearest, farthest)
	}
	x0, _, _ := p.project(-3, -3, -6.6)
	x1, _, _ := p.project(3, -3, -6.6)
	if !(x1 > x0) {
		t.Errorf("x = 3 is at screen x %g, x = −3 at %g: x should grow to the right", x1, x0)
	}
}

// TestNormAngle checks the wrap to (−180, 180] of matplotlib's _norm_angle.
func TestNormAngle(t *testing.T) {
	for _, c := range []struct{ in, want float64 }{{250, -110}, {-60, -60}, {180, 180}, {540, 180}, {-180, 180}, {-190, 170}, {30, 30}} {
		if got := normAngle(c.in); got != c.want {
			t.Errorf("normAngle(%g) = %g, want %g", c.in, got, c.want)
		}
	}
}
