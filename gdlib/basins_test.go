package gdlib

import (
	"fmt"
	"math"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// numpyMinima are the three points basins_numpy.py counts end points near
// (its near(…) calls, rounded to 4 digits): the minima of peaks.
var numpyMinima = []Point{Pt(0.2283, -1.6255), Pt(-1.3474, 0.2045), Pt(0.2964, 0.3202)}

// runNumpyBasins runs the NumPy reference script
// gdlib/testdata/basins_numpy.py for an n × n grid and the given steps and
// returns its three counts. It needs /usr/bin/python3 with NumPy
// (Debian's python3-numpy).
func runNumpyBasins(t *testing.T, n, steps int) [3]int {
	t.Helper()
	out, err := exec.Command("/usr/bin/python3", "testdata/basins_numpy.py", strconv.Itoa(n), strconv.Itoa(steps)).CombinedOutput()
	if err != nil {
		t.Fatalf("basins_numpy.py (needs /usr/bin/python3 and python3-numpy): %v\n%s", err, out)
	}
	m := regexp.MustCompile(`near\(0\.2283,-1\.6255\)=(\d+) near\(-1\.3474,0\.2045\)=(\d+) near\(0\.2964,0\.3202\)=(\d+)`).FindStringSubmatch(string(out))
	if m == nil {
		t.Fatalf("basins_numpy.py printed %q: no counts", out)
	}
	var c [3]int
	for i := range c {
		c[i], _ = strconv.Atoi(m[i+1])
	}
	return c
}

// TestBasinsMatchNumpy: Basins must reproduce the NumPy reference's counts
// exactly for the same grid (gdlib/testdata/basins_numpy.py): peaks, plain
// GD, lr 0.01, 100 steps, n × n starts on [−2.5, 2.5]², ends within 0.01 of
// each of the three minima. 25 × 25 is the grid of the course's
// basins-of-attraction exercise; 200 × 200 is a quick check on a finer grid.
func TestBasinsMatchNumpy(t *testing.T) {
	for _, n := range []int{25, 200} {
		want := runNumpyBasins(t, n, 100)
		m, err := Basins(Peaks(), Box{{-2.5, 2.5}, {-2.5, 2.5}}, n, n, GD(0.01), &Settings{Steps: 100}, &BasinOptions{Minima: numpyMinima, Tol: 0.01})
		if err != nil {
			t.Fatal(err)
		}
		for k := range want {
			if got := m.Count(Basin(k)); got != want[k] {
				t.Errorf("%d×%d: %d starts near %v, NumPy %d", n, n, got, numpyMinima[k], want[k])
			}
		}
		// The rest did not reach a minimum; nothing diverges or leaves
		// (no Region was given, and lr 0.01 is stable on peaks).
		rest := n*n - want[0] - want[1] - want[2]
		if got := m.Count(BasinNotConverged); got != rest {
			t.Errorf("%d×%d: %d not converged, want %d = all − NumPy's counts", n, n, got, rest)
		}
		t.Logf("%d×%d: %v", n, n, m)
	}
}

// TestBasinsNotConvergedAfter100Steps: the course's basins-of-attraction
// exercise (peaks, 25 × 25 starts on [−2.5, 2.5]², GD lr 0.01, 100 epochs),
// re-run, leaves "about 290 of 625" starts not within 0.01 of a minimum.
// With the catalogue's full-precision minima (not the NumPy script's
// rounded ones) the count must agree with that to within ±15 (5 %, the
// looseness of "about"), and equal 625 minus the starts the map assigns.
func TestBasinsNotConvergedAfter100Steps(t *testing.T) {
	f := Peaks()
	m := MustBasins(f, Box{{-2.5, 2.5}, {-2.5, 2.5}}, 25, 25, GD(0.01), &Settings{Steps: 100}, nil)
	nc := m.Count(BasinNotConverged)
	if nc < 275 || nc > 305 {
		t.Errorf("not converged: %d of 625, the course's exercise leaves about 290", nc)
	}
	sum := nc
	for k := range f.Minima {
		sum += m.Count(Basin(k))
	}
	if sum != 625 {
		t.Errorf("classes add up to %d, want 625: %v", sum, m)
	}
}

// TestBasinsFlatRegion: the same exercise run with enough steps sends
// "about a third of the starts" to the flat region. With 100 000 steps and
// the plotted domain [−3, 3]² as Region, those starts must be
// BasinLeftRegion — a class of their own, apart from the minima and from
// not converged — and number a third of 625 to within ±10 % of 625 (the
// looseness of "about").
func TestBasinsFlatRegion(t *testing.T) {
	f := Peaks()
	m := MustBasins(f, Box{{-2.5, 2.5}, {-2.5, 2.5}}, 25, 25, GD(0.01), &Settings{Steps: 100000, Region: f.Domain}, nil)
	left := m.Count(BasinLeftRegion)
	if left < 625/3-62 || left > 625/3+62 {
		t.Errorf("left the region: %d of 625, want about a third (208): %v", left, m)
	}
	for i, b := range m.Basin {
		end := Pt(m.Ends[2*i], m.Ends[2*i+1])
		if (b == BasinLeftRegion) == f.Domain.Contains(end) || (b == BasinLeftRegion && m.Iters[i] != -1) {
			t.Errorf("start %d: %v, iterations %d, but ended at %v", i, b, m.Iters[i], end)
		}
	}
	t.Log(m)
}

// TestBasinsIters: a start at a minimum converges at iterate 0; a start
// farther away takes longer; Iters is -1 for starts that reached none.
func TestBasinsIters(t *testing.T) {
	f := Peaks()
	glob := f.Minima[0].X
	// A 3 × 3 grid centred on the global minimum, 0.2 wide: the centre
	// start is the minimum itself.
	box := Box{{glob[0] - 0.1, glob[0] + 0.1}, {glob[1] - 0.1, glob[1] + 0.1}}
	m := MustBasins(f, box, 3, 3, GD(0.01), &Settings{Steps: 200}, nil)
	for i, b := range m.Basin {
		if b != 0 {
			t.Errorf("start %d ended in %v, want minimum 0: %v", i, b, m)
		}
	}
	if m.Iters[4] != 0 {
		t.Errorf("the start at the minimum converged at iterate %d, want 0", m.Iters[4])
	}
	if m.Iters[0] <= 0 {
		t.Errorf("a start 0.14 away converged at iterate %d, want > 0", m.Iters[0])
	}
	m = MustBasins(f, Box{{-2.5, 2.5}, {-2.5, 2.5}}, 25, 25, GD(0.01), &Settings{Steps: 100}, nil)
	for i, b := range m.Basin {
		if (b < 0) != (m.Iters[i] < 0) {
			t.Fatalf("start %d: basin %v but Iters %d", i, b, m.Iters[i])
		}
	}
}

// TestBasinsClustered: without known minima the stationary ends are
// clustered. On peaks with 1000 steps (enough for the starts of the course's
// 25 × 25 basin grid that reach a minimum) the clusters are the catalogue's three minima,
// in the catalogue's order (by f), each within Tol.
func TestBasinsClustered(t *testing.T) {
	f := Peaks()
	anon := NewFunction("peaks without minima", 2, f.Func, f.Grad, nil)
	box := Box{{-2.5, 2.5}, {-2.5, 2.5}}
	set := &Settings{Steps: 1000}
	m := MustBasins(anon, box, 25, 25, GD(0.01), set, nil)
	known := MustBasins(f, box, 25, 25, GD(0.01), set, nil)
	if !m.Clustered || len(m.Minima) != len(f.Minima) {
		t.Fatalf("clusters %v, want the %d minima of peaks", m.Minima, len(f.Minima))
	}
	for k, p := range m.Minima {
		if d := pointDist(p, f.Minima[k].X); d > m.Tol {
			t.Errorf("cluster %d at %v is %.3g from minimum %v", k, p, d, f.Minima[k].X)
		}
		if m.Count(Basin(k)) != known.Count(Basin(k)) {
			t.Errorf("cluster %d has %d starts, minimum %d has %d", k, m.Count(Basin(k)), k, known.Count(Basin(k)))
		}
	}
}

func TestBasinsRejectsBadInput(t *testing.T) {
	f := Peaks()
	box := Box{{-2.5, 2.5}, {-2.5, 2.5}}
	cases := []struct {
		name   string
		f      Objective
		box    Box
		nx, ny int
		set    *Settings
		o      *BasinOptions
		want   string
	}{
		{"inverted range", f, Box{{2.5, -2.5}, {-2.5, 2.5}}, 5, 5, nil, nil, "box[0] = [2.5, -2.5]"},
		{"empty range", f, Box{{-2.5, 2.5}, {1, 1}}, 5, 5, nil, nil, "box[1] = [1, 1]"},
		{"one range", f, Box{{-2.5, 2.5}}, 5, 5, nil, nil, "box has 1 ranges, want 2"},
		{"nx 0", f, box, 0, 5, nil, nil, "n[0] = 0"},
		{"ny negative", f, box, 5, -1, nil, nil, "n[1] = -1"},
		{"too large", f, box, 100000, 100000, nil, nil, "more than gdlib.MaxBytes"},
		{"1-D function", quadratic, Box{{0, 1}, {0, 1}}, 5, 5, nil, nil, "function of 1 variables"},
		{"bad tol", f, box, 5, 5, nil, &BasinOptions{Tol: -1}, "Tol = -1"},
		{"bad minimum", f, box, 5, 5, nil, &BasinOptions{Minima: []Point{Pt(1)}}, "Minima[0] = 1"},
		{"bad steps", f, box, 5, 5, &Settings{Steps: -2}, nil, "Steps = -2"},
		{"bad workers", f, box, 5, 5, &Settings{Workers: -1}, nil, "Workers = -1"},
	}
	for _, c := range cases {
		_, err := Basins(c.f, c.box, c.nx, c.ny, GD(0.01), c.set, c.o)
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "Basins") {
			t.Errorf("%s: error %v, want one from Basins containing %q", c.name, err, c.want)
		}
	}
}

func pointDist(a, b Point) float64 {
	var s float64
	for i := range a {
		s += (a[i] - b[i]) * (a[i] - b[i])
	}
	return math.Sqrt(s)
}

// TestBasinsFastPathMatchesGeneric: plain GD in two variables takes the
// step without an Update call (constantRater); the same rate as a constant schedule
// takes the general path. Both must give the same map, bit for bit, with
// targets, with clustering, and with a bound that makes some runs diverge.
func TestBasinsFastPathMatchesGeneric(t *testing.T) {
	f := Peaks()
	anon := NewFunction("peaks without minima", 2, f.Func, f.Grad, nil)
	box := Box{{-3, 3}, {-3, 3}}
	for _, c := range []struct {
		name string
		f    Objective
		lr   float64
		set  *Settings
	}{
		{"targets", f, 0.01, &Settings{Steps: 300}},
		{"clusters", anon, 0.01, &Settings{Steps: 300}},
		{"bound", f, 0.3, &Settings{Steps: 200, Bound: 4}},
	} {
		fast := MustBasins(c.f, box, 40, 30, GD(c.lr), c.set, nil)
		slow := MustBasins(c.f, box, 40, 30, GDWith("constant", Constant(c.lr)), c.set, nil)
		if rateOf(GD(c.lr)) == 0 || rateOf(GDWith("constant", Constant(c.lr))) != 0 {
			t.Fatal("the two optimizers do not take the two paths")
		}
		if !sameFloats(fast.Ends, slow.Ends) || fmt.Sprint(fast.Basin, fast.Iters, fast.Minima) != fmt.Sprint(slow.Basin, slow.Iters, slow.Minima) {
			t.Errorf("%s: the shortcut's map differs:\n%v\n%v", c.name, fast, slow)
		}
		t.Logf("%s: %v", c.name, fast)
	}
}
