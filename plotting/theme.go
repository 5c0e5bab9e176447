package plotting

import (
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
)

// textFont is the typeface of every text of the package's figures:
// Liberation Sans, which gonum/plot embeds. Sans-serif reads better on
// screen at small sizes than gonum's default serif. The figures set it
// themselves (see Font and theme); gonum's plot.DefaultFont is left alone,
// so importing this package changes no plot made with plot.New.
var textFont = font.Font{Typeface: "Liberation", Variant: "Sans"}

// Font returns the font of the package's figures (Liberation Sans) at
// size: for text drawn beside them in the same style.
func Font(size vg.Length) font.Font { return font.From(textFont, size) }

// theme gives the gonum plot p, made by plot.New, the package's font in
// its title, axis labels, tick labels and legend, keeping gonum's sizes.
func theme(p *plot.Plot) {
	for _, f := range []*font.Font{
		&p.Title.TextStyle.Font, &p.Legend.TextStyle.Font,
		&p.X.Label.TextStyle.Font, &p.X.Tick.Label.Font,
		&p.Y.Label.TextStyle.Font, &p.Y.Tick.Label.Font,
	} {
		*f = font.From(textFont, f.Size)
	}
}

// Default figure sizes. A single plot is 6 × 4 inches (576 × 384 CSS
// pixels), close to matplotlib's default 6.4 × 4.8 and wide enough for a
// notebook column; a panel of a grid is 3.5 × 3 inches, so three side by
// side are as wide as the course's figsize=(10, 3).
const (
	DefaultWidth       = 6 * vg.Inch
	DefaultHeight      = 4 * vg.Inch
	DefaultPanelWidth  = 3.5 * vg.Inch
	DefaultPanelHeight = 3 * vg.Inch
)

// runColors are the colours given to successive runs (and curves) of a
// figure: the "tab10" qualitative palette of matplotlib (after Tableau),
// distinguishable by most readers with colour-vision deficiencies and
// the colours the course's figures use.
var runColors = []color.Color{
	rgb(0x1f77b4), rgb(0xff7f0e), rgb(0x2ca02c), rgb(0xd62728), rgb(0x9467bd),
	rgb(0x8c564b), rgb(0xe377c2), rgb(0x7f7f7f), rgb(0xbcbd22), rgb(0x17becf),
}

// RunColor returns the colour of the i-th run (i ≥ 0; a negative i counts
// as −i), cycling through matplotlib's ten "tab10" colours.
func RunColor(i int) color.Color {
	i %= len(runColors)
	if i < 0 {
		i = -i // -MinInt overflows; the remainder's negation does not
	}
	return runColors[i]
}

func rgb(h uint32) color.NRGBA {
	return color.NRGBA{R: uint8(h >> 16), G: uint8(h >> 8), B: uint8(h), A: 0xff}
}

// fontSlack widens the room left for text where it could run into
// something. Widths are measured with Liberation Sans; a viewer without it
// draws the SVG's text in Arial (same widths) or, on some Linux systems,
// DejaVu Sans, up to about 12 % wider (measured with rsvg-convert,
// which falls back to DejaVu Sans).
const fontSlack = 1.15
