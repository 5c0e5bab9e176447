package gdlib

import (
	"math"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// TestLinspaceMatchesNumpy: Linspace must give NumPy's linspace bit for bit
// (the course's grids, starts and learning rates are all linspace), and
// Round NumPy's round, half to even. The reference is NumPy itself, run
// with /usr/bin/python3 (Debian's python3-numpy), on the course's grids and
// on edge cases: decreasing, constant, one point.
func TestLinspaceMatchesNumpy(t *testing.T) {
	cases := []struct {
		a, b  float64
		n     int
		round bool
	}{
		{-2, 2, 2001, false},                    // the course's starts on 3x² − 3x + 4
		{-2 * math.Pi, 2 * math.Pi, 401, false}, // starts on sin(x)·e^(−0.05x²)
		{1e-10, 0.1, 50, false},                 // the learning-rate sweeps: rates
		{10, 500, 40, true},                     // the rates × epochs sweep: epochs
		{-5, 5, 50, false},                      // the 50-start experiment: starts
		{-2.5, 2.5, 25, false},                  // the course's basin grid
		{3, -1, 7, false},
		{1, 1, 5, false},
		{0.5, 7, 1, false},
		{-0.5, 4.5, 11, true}, // halves: NumPy rounds them to even
	}
	var py strings.Builder
	py.WriteString("import numpy as np\n")
	for _, c := range cases {
		expr := "np.linspace(" + strconv.FormatFloat(c.a, 'g', -1, 64) + "," + strconv.FormatFloat(c.b, 'g', -1, 64) + "," + strconv.Itoa(c.n) + ")"
		if c.round {
			expr = "np.round(" + expr + ")"
		}
		py.WriteString("print(' '.join(repr(float(v)) for v in " + expr + "))\n")
	}
	out, err := exec.Command("/usr/bin/python3", "-c", py.String()).CombinedOutput()
	if err != nil {
		t.Fatalf("NumPy (needs /usr/bin/python3 and python3-numpy): %v\n%s", err, out)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != len(cases) {
		t.Fatalf("NumPy printed %d lines, want %d:\n%s", len(lines), len(cases), out)
	}
	for i, c := range cases {
		got := Linspace(c.a, c.b, c.n)
		if c.round {
			got = Round(got)
		}
		fields := strings.Fields(lines[i])
		if len(fields) != len(got) {
			t.Errorf("Linspace(%g, %g, %d): %d values, NumPy %d", c.a, c.b, c.n, len(got), len(fields))
			continue
		}
		for k, s := range fields {
			want, err := strconv.ParseFloat(s, 64)
			if err != nil {
				t.Fatal(err)
			}
			if !sameFloat(got[k], want) {
				t.Errorf("Linspace(%g, %g, %d)[%d] = %.17g, NumPy %.17g (round %v)", c.a, c.b, c.n, k, got[k], want, c.round)
			}
		}
	}
}

func TestLinspacePanicsClearly(t *testing.T) {
	for _, c := range []struct {
		a, b float64
		n    int
		want string
	}{
		{0, 1, 0, "n = 0"},
		{0, 1, -3, "n = -3"},
		{math.NaN(), 1, 5, "a = NaN"},
		{0, math.Inf(1), 5, "b = +Inf"},
	} {
		func() {
			defer func() {
				if msg, _ := recover().(string); !strings.Contains(msg, c.want) {
					t.Errorf("Linspace(%v, %v, %d) panicked with %q, want a message containing %q", c.a, c.b, c.n, msg, c.want)
				}
			}()
			Linspace(c.a, c.b, c.n)
		}()
	}
}
