package plotting_test

import (
	"fmt"

	"github.com/gdlessons/lessons/gdlib"
	"github.com/gdlessons/lessons/plotting"
)

// The course's "3D Surface Plot": peaks in jet, seen from elev 30, azim 250,
// with the run of the course's peaks exercise drawn on it. In a notebook, the
// last line would be plotting.Show(s).
func ExampleSurface() {
	f := gdlib.Peaks()
	run := gdlib.MustRun(f, gdlib.Pt(0, 1.4), gdlib.GD(0.01), &gdlib.Settings{Steps: 1000})

	s := plotting.Surface(f, run)
	s.View = plotting.View{Elev: 30, Azim: 250}
	s.ColorMap = plotting.Jet()
	s.Title = "3D Surface Plot"

	svg, err := plotting.SVG(s)
	fmt.Println(s)
	fmt.Println(err, len(svg) < 150_000)
	// Output:
	// 3-D surface of peaks, elev 30°, azim 250°, 1 run(s)
	// <nil> true
}

// The labs' figure: contour lines beside the surface, the same run on
// both (the course's three-bump lab, cmap='terrain', view azim −63,
// elev 21).
func ExampleContourSurface() {
	f := gdlib.ThreeBumps()
	run := gdlib.MustRun(f, gdlib.Pt(0.5, 3), gdlib.GD(0.2), &gdlib.Settings{Steps: 30})

	lab := plotting.ContourSurface(f, 18, run)
	lab.Surface.View = plotting.View{Elev: 21, Azim: -63}
	lab.Colors(plotting.Terrain()) // contour lines and surface alike

	w, h := lab.Size()
	fmt.Printf("%v, %.4g × %.4g pt\n", lab.Err(), w.Points(), h.Points())
	// Output:
	// <nil>, 720 × 360 pt
}

// The picture behind a partial derivative: the bowl x² + y² cut by the
// plane y = 3 leaves the parabola x² + 9, whose tangent at x = 2 has the
// slope ∂f/∂x(2, 3) = 4; the tangent plane at (2, 3) holds it.
func ExampleSlice() {
	s := plotting.Slice(gdlib.Bowl(), gdlib.Pt(2, 3), 0)
	_, err := plotting.SVG(s)
	fmt.Println(s)
	fmt.Println(s.Title, err)
	// Output:
	// 3-D surface of x² + y² cut through (2, 3) along x
	// x² + y² cut by the plane y = 3 <nil>
}
