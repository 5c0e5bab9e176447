package plotting

import (
	"strings"
	"testing"

	"github.com/gdlessons/lessons/gdlib"
)

// lessonFigureGoldens are the golden figures of the lessons' newer
// figures (TestGolden checks them with the others).
func lessonFigureGoldens() map[string]func() Figure {
	bowl := gdlib.Bowl()
	return map[string]func() Figure{
		// The partial-derivatives lesson's picture: x² + y² cut by y = 3
		// and by x = 2 through (2, 3), where ∇f = (4, 6).
		"slice_x": func() Figure { return Slice(bowl, gdlib.Pt(2, 3), 0) },
		"slice_y": func() Figure { return Slice(bowl, gdlib.Pt(2, 3), 1) },
	}
}

func TestSliceErr(t *testing.T) {
	bowl := gdlib.Bowl()
	for _, c := range []struct {
		s    *Slice3D
		want string
	}{
		{Slice(bowl, gdlib.Pt(2, 3), 2), "Slice3D.Along = 2"},
		{Slice(bowl, gdlib.Pt(2), 0), "Slice3D.At = 2:"},
		{Slice(gdlib.Quadratic(), gdlib.Pt(1, 1), 0), "a surface needs 2"},
		{&Slice3D{}, "Slice3D.Surface3D is nil"},
	} {
		err := c.s.Err()
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Err() = %v, want it to contain %q", err, c.want)
		}
		if _, err := SVG(c.s); err != nil {
			t.Errorf("SVG of a bad slice: %v; want the error drawn, not returned", err)
		}
	}
}

// TestSliceDomain checks that Slice grows the domain so the point lies a
// sixth of a side inside it: the bowl's [−3, 3] has sides of 6, so (2, 3)
// needs y up to 3 + 1 = 4; x stays [−3, 3].
func TestSliceDomain(t *testing.T) {
	s := Slice(gdlib.Bowl(), gdlib.Pt(2, 3), 0)
	want := gdlib.Box{{Min: -3, Max: 3}, {Min: -3, Max: 4}}
	if len(s.Domain) != 2 || s.Domain[0] != want[0] || s.Domain[1] != want[1] {
		t.Errorf("Domain = %v, want %v", s.Domain, want)
	}
	if s.Title != "x² + y² cut by the plane y = 3" {
		t.Errorf("Title = %q", s.Title)
	}
	svg, err := SVG(s)
	if err != nil {
		t.Fatal(err)
	}
	// The legend states the slope of the slice, ∂f/∂x(2, 3) = 2·2 = 4.
	if !strings.Contains(string(svg), "slope ∂f/∂x = 4") {
		t.Errorf("the SVG does not state the slope ∂f/∂x = 4")
	}
}
