package plotting

import (
	"image/color"
	"testing"

	"github.com/gdlessons/lessons/gdlib"
	"gonum.org/v1/plot/palette"
)

// contourLayers returns the contour layers of m, in order.
func contourLayers(m *Map) []*contourLayer { return m.contours }

func sameColor(a, b color.Color) bool {
	r1, g1, b1, a1 := a.RGBA()
	r2, g2, b2, a2 := b.RGBA()
	return r1 == r2 && g1 == g2 && b1 == b2 && a1 == a2
}

func TestContourColorsChosen(t *testing.T) {
	// The course's labs colour the three bumps' contours with terrain
	// (cmap=cm.terrain): Map.Colors must reach the lines of a contour-only
	// map, and the lowest line gets terrain's colour at 0.85/(n+1) of the
	// range (lineColors: levels k/(n+1), up to 85 % of the map).
	const n = 18 // the labs' 18 levels
	m := Contour(gdlib.ThreeBumps(), n).Colors(Terrain())
	if m.Err() != nil {
		t.Fatalf("Contour(…).Colors(Terrain()): %v", m.Err())
	}
	cls := contourLayers(m)
	if len(cls) != 1 {
		t.Fatalf("%d contour layers, want 1", len(cls))
	}
	cols := cls[0].lineColors()
	tm := Terrain()
	tm.SetMin(0)
	tm.SetMax(1)
	low, _ := tm.At(0.85 / (n + 1))
	if !sameColor(cols[0], darkenTo(low, maxLineLuma)) {
		t.Errorf("lowest line %v, want terrain's %v", cols[0], low)
	}
	vm := Viridis()
	vm.SetMin(0)
	vm.SetMax(1)
	vlow, _ := vm.At(0.85 / (n + 1))
	if sameColor(cols[0], vlow) {
		t.Errorf("lowest line is still Viridis' %v", vlow)
	}
}

func TestContourLinesReadableOnWhite(t *testing.T) {
	// CoolWarm's middle is light grey (luma 0.87): no line may be lighter
	// than maxLineLuma, whatever the map.
	for _, cm := range []func() palette.ColorMap{Viridis, CoolWarm, Terrain, Jet} {
		for _, cl := range contourLayers(Contour(gdlib.Peaks(), 18).Colors(cm())) {
			for i, c := range cl.lineColors() {
				r, g, b, _ := c.RGBA()
				if l := (0.2126*float64(r) + 0.7152*float64(g) + 0.0722*float64(b)) / 0xffff; l > maxLineLuma+1e-3 {
					t.Errorf("line %d has luma %.3f > %v", i, l, maxLineLuma)
				}
			}
		}
	}
}

func TestLabColorsBothPanels(t *testing.T) {
	// The course's sauna lab: cmap coolwarm on the surface and the contours.
	f := gdlib.ThreeBumps()
	lab := ContourSurface(f, 18).Colors(CoolWarm())
	if lab.Err() != nil {
		t.Fatal(lab.Err())
	}
	if lab.Surface.ColorMap == nil {
		t.Fatal("surface kept the default map")
	}
	if lab.Contour.contourMap == nil {
		t.Fatal("contours kept the default map")
	}
	if _, err := SVG(lab); err != nil {
		t.Fatal(err)
	}
}
