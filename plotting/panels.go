package plotting

import (
	"errors"
	"fmt"
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Panels is a grid of figures drawn side by side (matplotlib's subplots):
// a title over the whole figure, an optional legend shared by all panels
// in one row under the title, then Rows × Cols cells filled row by row.
// It is a Figure; every field can be changed before it is drawn.
type Panels struct {
	// Title is drawn centred over the panels (matplotlib's suptitle);
	// empty for none.
	Title string
	// Rows and Cols are the grid's shape.
	Rows, Cols int
	// Cells holds the panels row by row; a nil cell stays empty.
	Cells []Figure
	// Legend is drawn once, in a row above the panels; empty for none.
	Legend []LegendEntry
	// Width and Height are the whole figure's size. Zero means
	// Cols × DefaultPanelWidth by Rows × DefaultPanelHeight, plus room
	// for the title and legend.
	Width, Height vg.Length
	// Gap is the space between panels: 0.25 in unless set.
	Gap vg.Length
}

// LegendEntry is one entry of a shared legend: a text and its thumbnail
// (any gonum plot.Thumbnailer: a line, a glyph, …).
type LegendEntry struct {
	Text  string
	Thumb plot.Thumbnailer
}

// Row returns the figures side by side in one row: 1 × len(figs).
func Row(figs ...Figure) *Panels { return Grid(1, len(figs), figs...) }

// Grid returns the figures in a rows × cols grid, filled row by row. Fewer
// figures than cells leave the last cells empty; more set Err.
func Grid(rows, cols int, figs ...Figure) *Panels {
	return &Panels{Rows: rows, Cols: cols, Cells: figs}
}

// Err returns why the panels cannot be drawn: a bad shape, too many
// figures, or the first error of a cell.
func (p *Panels) Err() error {
	if err := p.frameErr(); err != nil {
		return err
	}
	var errs []error
	for i, c := range p.Cells {
		if c != nil && isNil(c) {
			errs = append(errs, fmt.Errorf("panel %d is a nil %T: give a figure, or a nil Figure for an empty cell", i+1, c))
			continue
		}
		if e, ok := c.(interface{ Err() error }); ok && e.Err() != nil {
			errs = append(errs, fmt.Errorf("panel %d: %w", i+1, e.Err()))
		}
	}
	return errors.Join(errs...)
}

// frameErr returns why the panels themselves cannot be laid out, whatever
// their cells: a bad shape or size, a bad Gap, or panels that hold
// themselves. Draw draws it instead of the cells.
func (p *Panels) frameErr() error {
	if p.Rows < 1 || p.Cols < 1 {
		return fmt.Errorf("plotting: panels of %d × %d: want at least one row and one column", p.Rows, p.Cols)
	}
	if p.Rows > maxPanelsSide || p.Cols > maxPanelsSide {
		return fmt.Errorf("plotting: panels of %d × %d: at most %d rows and %d columns", p.Rows, p.Cols, maxPanelsSide, maxPanelsSide)
	}
	if len(p.Cells) > p.Rows*p.Cols {
		return fmt.Errorf("plotting: %d figures do not fit in %d × %d panels", len(p.Cells), p.Rows, p.Cols)
	}
	w, h := p.Size()
	if err := checkSize("Panels", w, h); err != nil {
		return err
	}
	if g := p.Gap; !isFinite(float64(g)) || g < 0 || g*vg.Length(max(p.Cols, p.Rows)) >= min(w, h) {
		return fmt.Errorf("plotting: Panels.Gap = %v pt: want 0 (meaning 18) or more, and gaps narrower than the %v × %v pt figure", float64(g), float64(w), float64(h))
	}
	return p.holdsItself()
}

// Size returns Width and Height, or the default size.
func (p *Panels) Size() (w, h vg.Length) {
	w, h = p.Width, p.Height
	if w == 0 {
		w = vg.Length(max(p.Cols, 1)) * DefaultPanelWidth
	}
	if h == 0 {
		h = vg.Length(max(p.Rows, 1))*DefaultPanelHeight + p.headerHeight()
	}
	return w, h
}

// String returns the title, for the text/plain entry of a bundle.
func (p *Panels) String() string {
	if p.Title != "" {
		return p.Title
	}
	return fmt.Sprintf("%d × %d panels", p.Rows, p.Cols)
}

func (p *Panels) headerHeight() vg.Length {
	var h vg.Length
	if p.Title != "" {
		h += titleStyle().Rectangle(p.Title).Size().Y + vg.Points(6)
	}
	if len(p.Legend) > 0 {
		w, _ := p.Width, 0
		if w == 0 {
			w = vg.Length(max(p.Cols, 1)) * DefaultPanelWidth
		}
		h += legendRowsHeight(w, p.Legend)
	}
	return h
}

// titleStyle is the style of a figure's overall title: 14 pt, centred.
func titleStyle() draw.TextStyle {
	return draw.TextStyle{Color: color.Black, Font: font.From(textFont, 14),
		XAlign: draw.XCenter, YAlign: draw.YTop, Handler: plot.DefaultTextHandler}
}

// legendStyle is the style of a shared legend's entries: 11 pt.
func legendStyle() draw.TextStyle {
	return draw.TextStyle{Color: color.Black, Font: font.From(textFont, 11),
		XAlign: draw.XLeft, YAlign: draw.YCenter, Handler: plot.DefaultTextHandler}
}

// Draw draws the title, the legend row and every panel.
func (p *Panels) Draw(c draw.Canvas) {
	if err := p.frameErr(); err != nil {
		drawError(c, err)
		return
	}
	c.SetColor(color.White)
	c.Fill(c.Rectangle.Path())
	l := p.layout(c)
	if p.Title != "" {
		c.FillText(titleStyle(), vg.Point{X: c.Center().X, Y: l.titleTop}, p.Title)
	}
	if len(p.Legend) > 0 {
		drawLegendRows(c, p.Legend, l.legendTop)
	}
	for i, f := range p.Cells {
		if isNil(f) {
			if f != nil {
				drawError(l.cells[i], fmt.Errorf("panel %d is a nil %T", i+1, f))
			}
			continue
		}
		f.Draw(l.cells[i])
	}
}

// PlotPanels returns the gonum plots of the cells as Draw draws them on c,
// each with the canvas it is drawn in (see Plot.PlotPanels), row by row: a
// cell that is a Plot, Map or nested Panels contributes its plots, a 3-D
// surface none. Panels of a bad shape return none.
func (p *Panels) PlotPanels(c draw.Canvas) ([]*plot.Plot, []draw.Canvas) {
	if p.frameErr() != nil {
		return nil, nil
	}
	var plots []*plot.Plot
	var canvases []draw.Canvas
	l := p.layout(c)
	for i, f := range p.Cells {
		if pp, ok := f.(PlotPanels); ok && !isNil(f) {
			ps, cs := pp.PlotPanels(l.cells[i])
			plots, canvases = append(plots, ps...), append(canvases, cs...)
		}
	}
	return plots, canvases
}

// PlotPanels is implemented by figures made of gonum plots: Curve, Lines,
// the maps (Heatmap, Contour, BasinMap), Row and Grid, ContourSurface (its
// contour panel) and plotting/interactive's GonumPlot. PlotPanels returns,
// for the figure drawn on c, each gonum plot and the canvas it is drawn on
// (two slices of the same length). A figure without gonum plots (a 3-D
// surface) returns none. With it, plotting/interactive turns a click on
// the figure into data coordinates.
type PlotPanels interface {
	PlotPanels(c draw.Canvas) ([]*plot.Plot, []draw.Canvas)
}

// maxPanelsSide is the most rows or columns of panels: 100, a grid whose
// cells are 0.4 in at MaxFigureSize (and 100 × 100 never overflows).
const maxPanelsSide = 100

// panelsLayout is where Panels drawn in a canvas put their parts.
// Panels.layout computes it once for Draw and PlotPanels.
type panelsLayout struct {
	titleTop, legendTop vg.Length     // tops of the title and the legend rows
	cells               []draw.Canvas // the canvas of each of Cells
}

// layout lays p out in c: title, legend rows, then the grid of cells
// with Gap between them.
func (p *Panels) layout(c draw.Canvas) panelsLayout {
	top := c.Max.Y - vg.Points(4)
	l := panelsLayout{titleTop: top}
	if p.Title != "" {
		top -= titleStyle().Rectangle(p.Title).Size().Y + vg.Points(6)
	}
	l.legendTop = top
	if len(p.Legend) > 0 {
		top -= legendRowsHeight(c.Max.X-c.Min.X, p.Legend)
	}
	gap := p.Gap
	if gap == 0 {
		gap = vg.Inch / 4
	}
	body := c
	body.Max.Y = top
	tiles := draw.Tiles{Rows: p.Rows, Cols: p.Cols, PadX: gap, PadY: gap, PadTop: vg.Points(2), PadBottom: vg.Points(2), PadLeft: vg.Points(2), PadRight: vg.Points(4)}
	l.cells = make([]draw.Canvas, len(p.Cells))
	for i := range p.Cells {
		l.cells[i] = tiles.At(body, i%p.Cols, i/p.Cols)
	}
	return l
}

// legendRowHeight is the height of one row of a key drawn in rows.
const legendRowHeight = vg.Length(20)

// legendRows splits entries into rows no wider than width (with
// fontSlack), returning each row's entries' widths.
func legendRows(width vg.Length, entries []LegendEntry) (rows [][]int, widths []vg.Length) {
	sty := legendStyle()
	widths = make([]vg.Length, len(entries))
	var cur []int
	var used vg.Length
	for i, e := range entries {
		widths[i] = thumbWidth(e.Thumb) + vg.Points(5) + vg.Length(float64(sty.Rectangle(e.Text).Size().X)*fontSlack)
		if len(cur) > 0 && used+legendSep+widths[i] > width-vg.Points(8) {
			rows = append(rows, cur)
			cur, used = nil, 0
		}
		if len(cur) > 0 {
			used += legendSep
		}
		cur = append(cur, i)
		used += widths[i]
	}
	if len(cur) > 0 {
		rows = append(rows, cur)
	}
	return rows, widths
}

const (
	legendThumbW = vg.Length(24)
	legendSep    = vg.Length(16)
)

// thumbWidth is the width of a key's thumbnail: a line needs 24 pt, a
// lone glyph or swatch 10.
func thumbWidth(t plot.Thumbnailer) vg.Length {
	switch t.(type) {
	case marker, multiMarker, swatch:
		return 10
	}
	return legendThumbW
}

// legendRowsHeight is the height drawLegendRows takes for entries.
func legendRowsHeight(width vg.Length, entries []LegendEntry) vg.Length {
	rows, _ := legendRows(width, entries)
	return vg.Length(len(rows)) * legendRowHeight
}

// drawLegendRows draws the entries in centred rows from top down, and
// returns the height used.
func drawLegendRows(c draw.Canvas, entries []LegendEntry, top vg.Length) vg.Length {
	sty := legendStyle()
	rows, widths := legendRows(c.Max.X-c.Min.X, entries)
	for r, row := range rows {
		y := top - legendRowHeight*vg.Length(r) - legendRowHeight/2
		var total vg.Length
		for k, i := range row {
			if k > 0 {
				total += legendSep
			}
			total += widths[i]
		}
		x := c.Center().X - total/2
		for _, i := range row {
			e := entries[i]
			tw := thumbWidth(e.Thumb)
			if e.Thumb != nil {
				tc := draw.Canvas{Canvas: c.Canvas, Rectangle: vg.Rectangle{
					Min: vg.Point{X: x, Y: y - 5},
					Max: vg.Point{X: x + tw, Y: y + 5},
				}}
				e.Thumb.Thumbnail(&tc)
			}
			c.FillText(sty, vg.Point{X: x + tw + vg.Points(5), Y: y}, e.Text)
			x += widths[i] + legendSep
		}
	}
	return vg.Length(len(rows)) * legendRowHeight
}

// panelsOf returns p. Panels, and any figure that embeds *Panels (as
// ContourAndSurface does), have it, so that holdsItself can follow them.
func (p *Panels) panelsOf() *Panels { return p }

// holdsItself returns an error if p holds itself among its cells, directly
// or through nested panels (p.Cells[1] = p): such a figure has no size at
// which it can be drawn, and drawing it would never end. It names the
// path of panels, by number, that leads back.
func (p *Panels) holdsItself() error {
	done := map[*Panels]bool{} // fully walked: no cycle below
	onPath := map[*Panels]bool{}
	var walk func(q *Panels, path string) error
	walk = func(q *Panels, path string) error {
		onPath[q] = true
		defer delete(onPath, q)
		for i, c := range q.Cells {
			n, ok := c.(interface{ panelsOf() *Panels })
			if !ok || isNil(c) {
				continue
			}
			r := n.panelsOf()
			if r == nil || done[r] {
				continue
			}
			at := fmt.Sprintf("%spanel %d", path, i+1)
			if onPath[r] {
				return fmt.Errorf("plotting: %s is the Panels it sits in: a figure cannot contain itself", at)
			}
			if err := walk(r, at+", in it "); err != nil {
				return err
			}
		}
		done[q] = true
		return nil
	}
	return walk(p, "")
}
