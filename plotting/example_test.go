package plotting_test

import (
	"bytes"
	"fmt"

	"github.com/gdlessons/lessons/gdlib"
	"github.com/gdlessons/lessons/plotting"
	"gonum.org/v1/plot/plotter"
)

// within reports whether fig's SVG is at most limit KB: the package's size
// budget (150 KB a lesson figure, 100 KB a 201 × 201 heat map
// with a run, 200 KB a 500 × 500 basin map).
func within(fig plotting.Figure, limit int) string {
	b, err := plotting.SVG(fig)
	if err != nil {
		return err.Error()
	}
	return fmt.Sprintf("SVG ≤ %d KB: %v", limit, len(b) <= limit<<10)
}

// The course's first figure, with its run drawn on the curve: one line to
// build it, one to show it in a notebook cell.
func ExampleCurve() {
	f := gdlib.Quadratic()
	run := gdlib.MustRun(f, gdlib.Pt(1.026), gdlib.GD(0.01), &gdlib.Settings{Steps: 100})
	fig := plotting.Curve(f).With(run)
	plotting.Show(fig) // in a notebook: the figure; here: nothing

	for _, e := range fig.Key {
		fmt.Println(e.Text)
	}
	fmt.Println(within(fig, 150))
	// Output:
	// f(x)
	// f′(x)
	// GD(0.01)
	// SVG ≤ 150 KB: true
}

// Customise a figure after building it: it embeds gonum's *plot.Plot.
func ExampleCurve_customise() {
	fig := plotting.Curve(gdlib.Quadratic())
	fig.Title.Text = "A parabola and its slope"
	fig.Y.Label.Text = "f(x) and f′(x)"
	fig.Y.Min, fig.Y.Max = -5, 25
	svg, _ := plotting.SVG(fig)
	fmt.Println(bytes.Contains(svg, []byte(">A parabola and its slope<")))
	// Output:
	// true
}

// The course's 3-panel figure: x, f′ and the learning rate by iteration for
// three schedules, with one key for the three panels.
func ExampleByIteration() {
	f := gdlib.Quadratic()
	set := &gdlib.Settings{Steps: 100}
	fixed := gdlib.MustRun(f, gdlib.Pt(1.586), gdlib.GD(0.01), set)
	decay := gdlib.MustRun(f, gdlib.Pt(1.586), gdlib.GDWith("time-decayed", func(i int) float64 {
		return 0.01 * (1 - float64(i+1)/100) // the course's lr·(1 − (i+1)/N)
	}), set)
	fig := plotting.ByIteration([]*gdlib.Trace{fixed, decay}, plotting.Coord(0), plotting.Deriv, plotting.LR)
	fmt.Println(fig.Rows, "×", fig.Cols, "panels")
	for _, e := range fig.Legend {
		fmt.Println(e.Text)
	}
	fmt.Println(within(fig, 150))
	// Output:
	// 1 × 3 panels
	// GD(0.01)
	// GD(time-decayed)
	// SVG ≤ 150 KB: true
}

// The course's peaks figure: peaks as an image with jet colours between −5 and 5,
// a colour bar, and the run from [0, 1.4] with its start and end marked.
// The 201 × 201 image is one embedded PNG.
func ExampleHeatmap() {
	f := gdlib.Peaks()
	run := gdlib.MustRun(f, gdlib.Pt(0, 1.4), gdlib.GD(0.01), &gdlib.Settings{Steps: 1000})
	fig := plotting.Heatmap(f).Limits(-5, 5).Colors(plotting.Jet()).With(run)
	svg, _ := plotting.SVG(fig)
	fmt.Println(bytes.Count(svg, []byte("<image ")), "images (the map and the colour bar)")
	fmt.Println(within(fig, 100))
	// Output:
	// 2 images (the map and the colour bar)
	// SVG ≤ 100 KB: true
}

// The labs' contour plot: 18 levels, labelled, with −∇f as arrows.
func ExampleContour() {
	f := gdlib.Peaks()
	fig := plotting.Contour(f, 18).WithLabels().WithField(15).WithMinima()
	fmt.Printf("%.4g\n", plotting.ContourLevels(-5, 5, 4))
	fmt.Println(within(fig, 150))
	// Output:
	// [-3 -1 1 3]
	// SVG ≤ 150 KB: true
}

// A basin map from gdlib.Basins: one colour per minimum reached, others
// for starts that did not converge, left the region or diverged.
func ExampleBasinMap() {
	f := gdlib.Peaks()
	box := gdlib.Box{{Min: -2.5, Max: 2.5}, {Min: -2.5, Max: 2.5}}
	m, err := gdlib.Basins(f, box, 200, 200, gdlib.GD(0.01), &gdlib.Settings{Region: f.Domain}, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fig := plotting.BasinMap(m)
	fmt.Println(fig.Title.Text)
	fmt.Println(within(fig, 200))
	// Output:
	// basins of attraction: GD(0.01) on peaks, 100 steps
	// SVG ≤ 200 KB: true
}

// The course's learning rate × epochs experiment with the colour limits it
// uses, on axes that
// match the data (learning rate across, epochs up).
func ExampleHeatmapGrid() {
	f := gdlib.DampedSine()
	g, err := gdlib.Sweep2(gdlib.Linspace(1e-10, 0.1, 50), gdlib.Round(gdlib.Linspace(10, 500, 40)),
		func(lr, epochs float64) (float64, error) {
			t, err := gdlib.Run(f, gdlib.Pt(0), gdlib.GD(lr), &gdlib.Settings{Steps: int(epochs)})
			if err != nil {
				return 0, err
			}
			return t.Final()[0], nil
		}, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	g.XName, g.YName, g.ZName = "learning rate", "training epochs", "final x"
	fig := plotting.HeatmapGrid(g).Limits(-1.45, -1.2)
	fig.Title.Text = "Final guess"
	fmt.Println(fig.X.Label.Text, "×", fig.Y.Label.Text)
	fmt.Println(within(fig, 150))
	// Output:
	// learning rate × training epochs
	// SVG ≤ 150 KB: true
}

// The course's experiment with 50 starts: where GD ends from each.
func ExampleLines() {
	f := gdlib.DampedSine()
	res, err := gdlib.Sweep(gdlib.Linspace(-5, 5, 50), func(x0 float64) (*gdlib.Trace, error) {
		return gdlib.Run(f, gdlib.Pt(x0), gdlib.GD(0.01), &gdlib.Settings{Steps: 1000})
	}, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fig := plotting.Lines("Final x by start", []plotter.XYer{res})
	fig.X.Label.Text, fig.Y.Label.Text = "starting guess", "final x"
	fmt.Println(within(fig, 150))
	// Output:
	// SVG ≤ 150 KB: true
}

// Panels side by side: the same run on the heat map and on the contours.
func ExampleRow() {
	f := gdlib.Peaks()
	run := gdlib.MustRun(f, gdlib.Pt(0, 1.4), gdlib.GD(0.01), &gdlib.Settings{Steps: 1000})
	fig := plotting.Row(plotting.Heatmap(f).With(run), plotting.Contour(f, 18).With(run))
	fig.Title = "One run, two views"
	w, h := fig.Size()
	fmt.Printf("%.4g × %.4g pt\n", w.Points(), h.Points())
	// Output:
	// 504 × 237.6 pt
}
