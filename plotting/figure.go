package plotting

import (
	"fmt"
	"reflect"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Figure is anything this package draws: a single plot, a grid of panels,
// a 3-D surface. Builders return concrete types (with exported fields to
// customise); Show, SVG and Save take any Figure.
type Figure interface {
	// Draw draws the figure so that it fills c.
	Draw(c draw.Canvas)
	// Size returns the figure's width and height.
	Size() (w, h vg.Length)
}

// MaxFigureSize is the largest width or height of a figure: 40 inches
// (2880 pt), about seven default figures side by side. At PNGDPI a figure
// of 40 × 40 inches is 5760 × 5760 pixels, 133 MB as RGBA, the most any
// output of this package allocates for one image; a width typed as 1e6
// (pixels meant, or a slip of the keyboard) would need terabytes. SVG, PNG,
// PDF, Show and an Animation's GIF refuse a larger figure with an error
// naming its size.
const MaxFigureSize = 40 * vg.Inch

// checkSize returns an error unless w × h is a size a figure can be drawn
// at: positive, finite and at most MaxFigureSize on each side. who names
// the figure or its fields in the message.
func checkSize(who string, w, h vg.Length) error {
	if !(w > 0 && h > 0) || !isFinite(float64(w)) || !isFinite(float64(h)) {
		return fmt.Errorf("plotting: %s size %v × %v pt: want positive, finite width and height", who, float64(w), float64(h))
	}
	if w > MaxFigureSize || h > MaxFigureSize {
		return fmt.Errorf("plotting: %s size %v × %v pt: at most %v pt (MaxFigureSize, 40 in) on each side", who, float64(w), float64(h), float64(MaxFigureSize))
	}
	return nil
}

// isNil reports whether v (a Figure, a data set) is nil or a typed nil: a
// nil pointer (a *Plot variable never assigned) passed in an interface,
// whose methods would dereference it.
func isNil(x any) bool {
	if x == nil {
		return true
	}
	switch v := reflect.ValueOf(x); v.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Func, reflect.Interface, reflect.Chan:
		return v.IsNil()
	}
	return false
}
