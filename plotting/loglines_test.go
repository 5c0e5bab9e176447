package plotting_test

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/gdlessons/lessons/plotting"
	"gonum.org/v1/plot/plotter"
)

// geometric returns (k, a·rᵏ) for k = 1 … n.
func geometric(a, r float64, n int) plotter.XYs {
	xys := make(plotter.XYs, n)
	for k := range xys {
		xys[k].X, xys[k].Y = float64(k+1), a*math.Pow(r, float64(k+1))
	}
	return xys
}

// A gradient that loses half its size at every layer falls on a straight
// line, one that doubles rises: 50 layers span 2⁵⁰ ≈ 10¹⁵ either way.
func ExampleLogLines() {
	fig := plotting.LogLines("|gradient| by depth",
		[]plotter.XYer{geometric(1, 0.5, 50), geometric(1, 2, 50)}, "factor 0.5", "factor 2")
	fig.X.Label.Text, fig.Y.Label.Text = "depth", "|gradient|"
	fmt.Printf("y from %.4g to %.4g, %s\n", fig.Y.Min, fig.Y.Max, within(fig, 150))
	// Output:
	// y from 2.776e-17 to 3.603e+16, SVG ≤ 150 KB: true
}

func TestLogLinesSkipsWhatALogAxisCannotShow(t *testing.T) {
	xy := plotter.XYs{{X: 1, Y: 0.1}, {X: 2, Y: 0}, {X: 3, Y: -5}, {X: 4, Y: math.NaN()}, {X: 5, Y: math.Inf(1)}, {X: 6, Y: 10}}
	fig := plotting.LogLines("", []plotter.XYer{xy})
	if err := fig.Err(); err != nil {
		t.Fatal(err)
	}
	// 0.1 … 10 is 2 decades; 5 % of them on either side is 10^±0.1.
	if lo, hi := fig.Y.Min, fig.Y.Max; math.Abs(lo-0.1/math.Pow(10, 0.1)) > 1e-12 || math.Abs(hi-10*math.Pow(10, 0.1)) > 1e-9 {
		t.Errorf("y range %g … %g, want 0.1/10^0.1 … 10·10^0.1", lo, hi)
	}
	if _, err := plotting.SVG(fig); err != nil {
		t.Fatal(err)
	}
}

func TestLogLinesErrors(t *testing.T) {
	for _, c := range []struct {
		data []plotter.XYer
		want string
	}{
		{[]plotter.XYer{plotter.XYs{{X: 1, Y: 0}, {X: 2, Y: -1}}}, "no data set has a positive"},
		{[]plotter.XYer{geometric(1, 2, 3), nil}, "data set 1 is nil"},
	} {
		fig := plotting.LogLines("", c.data)
		if err := fig.Err(); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("error %v, want one containing %q", err, c.want)
		}
		if err := plotting.Save(fig, t.TempDir()+"/x.svg"); err == nil {
			t.Errorf("Save of a figure with an error returned no error")
		}
	}
}
