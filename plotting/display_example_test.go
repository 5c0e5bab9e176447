package plotting_test

import (
	"errors"
	"fmt"
	"sort"

	"github.com/gdlessons/lessons/gdlib"
	"github.com/gdlessons/lessons/plotting"
)

// DisplayData is what Show sends to the notebook: three representations
// of the figure and, in the metadata, the PNG's size in CSS pixels (a
// 6 × 4 in plot at 96 pixels per inch).
func ExampleDisplayData() {
	d, err := plotting.DisplayData(plotting.Curve(gdlib.Quadratic()))
	if err != nil {
		fmt.Println(err)
		return
	}
	var types []string
	for t := range d.Data {
		types = append(types, string(t))
	}
	sort.Strings(types)
	fmt.Println(types)
	fmt.Println(d.Metadata["image/png"])
	// Output:
	// [image/png text/html text/plain]
	// map[height:384 width:576]
}

// ErrorFigure is the figure that says why another could not be drawn: as
// wide as a single plot (6 in) and one inch high for a short message.
func ExampleErrorFigure() {
	fig := plotting.ErrorFigure(errors.New("plotting: the function is nil"))
	w, h := fig.Size()
	fmt.Printf("%v: %.4g × %.4g pt\n", fig, w.Points(), h.Points())
	// Output: error: plotting: the function is nil: 432 × 72 pt
}
