package plotting_test

import (
	"bytes"
	"fmt"

	"github.com/gdlessons/lessons/gdlib"
	"github.com/gdlessons/lessons/plotting"
)

// The course's momentum example: plain gradient descent against momentum on sin(x²) + sin x,
// both from x = 1.11 with η = 0.05 (β = 0.9), all 200 steps. SVG plays in
// the notebook; GIF writes the file the course writes.
func ExampleAnimate() {
	f := gdlib.Chirp()
	steps := &gdlib.Settings{Steps: 200}
	gd := gdlib.MustRun(f, gdlib.Pt(1.11), gdlib.GD(0.05), steps)
	mom := gdlib.MustRun(f, gdlib.Pt(1.11), gdlib.Momentum(0.05, 0.9), steps)

	a := plotting.Animate(f, gd, mom)
	fmt.Println(a)
	fmt.Printf("GD ends at x = %.4g, momentum at x = %.4g\n", gd.Final()[0], mom.Final()[0])

	svg, err := a.SVG()
	fmt.Println(err, len(svg) < 100_000)
	var gif bytes.Buffer
	fmt.Println(a.GIF(&gif))
	// Output:
	// animation of 2 run(s) on sin(x²) + sin x, 201 frames at 20 fps
	// GD ends at x = -0.4585, momentum at x = -2.141
	// <nil> true
	// <nil>
}
