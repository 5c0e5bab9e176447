package plotting

import (
	"testing"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/recorder"
)

func TestBasinMapInPanelKeepsMap(t *testing.T) {
	// Lesson 12 shows a basin map per optimizer side by side:
	// Grid(1, 3, maps...) gives each a DefaultPanelWidth (3.5 in) cell.
	// The key (7 entries of "1  (0.228, −1.63): 1234 (47%)") took the
	// whole cell and left the map a sliver 36 pt wide; the map's square
	// data area must keep at least a third of the cell's width (the cell's
	// 3 in height, less title, x axis and two rows of key, leaves a square
	// of about 1.4 in).
	g, mins := basinGrid(21, 60, 0.01) // a coarse copy of the golden "basins" fixture
	m := BasinMap(g, mins...)
	cell := draw.Canvas{Canvas: &recorder.Canvas{}, Rectangle: vg.Rectangle{Max: vg.Point{X: DefaultPanelWidth, Y: DefaultPanelHeight}}}
	main, _, below := m.sideLayout(cell)
	if below == 0 {
		t.Errorf("key kept at the right of a %.0f pt cell; want it below", float64(DefaultPanelWidth))
	}
	main = equalAspect(m.Plot, main)
	dc := m.Plot.dataCanvas(main)
	if w := dc.Max.X - dc.Min.X; w < DefaultPanelWidth/3 {
		t.Errorf("basin map in a %.0f pt cell is %.1f pt wide, want ≥ a third of the cell", float64(DefaultPanelWidth), float64(w))
	}
	// A full 6 in figure keeps the key at the right (the golden "basins").
	full := cell
	full.Max = vg.Point{X: DefaultWidth, Y: DefaultHeight}
	if _, side, below := m.sideLayout(full); side == 0 || below != 0 {
		t.Errorf("6 in basin map: side %v, below %v; want the key at the right", side, below)
	}
	// Grid(1, 3, …) of them draws and renders.
	if _, err := SVG(Grid(1, 3, m, BasinMap(g, mins...), BasinMap(g, mins...))); err != nil {
		t.Fatal(err)
	}
}
