package plotting

import (
	"image"
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// colorBarSteps is the number of colours in a colour bar's image: 256, one
// per 8-bit level, smooth at any size.
const colorBarSteps = 256

// colorBarWidth is the room a colour bar of s needs at the right of a
// plot: gap, bar, ticks, the widest label (with fontSlack) and the title.
func colorBarWidth(s *ColorScale, label string) vg.Length {
	sty := draw.TextStyle{Font: font.From(textFont, 10), Handler: plot.DefaultTextHandler}
	var widest vg.Length
	for _, t := range (NiceTicks{Target: 6}).Ticks(s.Min, s.Max) {
		widest = max(widest, sty.Rectangle(t.Label).Size().X)
	}
	w := 14 + 12 + 4 + vg.Length(float64(widest)*fontSlack) + 6
	if label != "" {
		w += sty.Rectangle(label).Size().Y + 8
	}
	return w
}

// drawColorBar draws s as a vertical bar 12 pt wide from y0 to y1 with its
// left edge at x, ticks and labels to its right, and label (rotated)
// beyond them.
func drawColorBar(c draw.Canvas, s *ColorScale, label string, x, y0, y1 vg.Length) {
	if s == nil || y1 <= y0 {
		return
	}
	const barW = vg.Length(12)
	img := image.NewNRGBA(image.Rect(0, 0, 1, colorBarSteps))
	for i := 0; i < colorBarSteps; i++ {
		v := s.Min + (s.Max-s.Min)*(float64(colorBarSteps-1-i)+0.5)/colorBarSteps
		img.Set(0, i, s.Color(v))
	}
	rect := vg.Rectangle{Min: vg.Point{X: x, Y: y0}, Max: vg.Point{X: x + barW, Y: y1}}
	c.DrawImage(rect, img)
	c.SetLineStyle(draw.LineStyle{Color: color.Gray{0x40}, Width: vg.Points(0.5)})
	c.Stroke(rect.Path())

	sty := draw.TextStyle{Color: color.Black, Font: font.From(textFont, 10),
		XAlign: draw.XLeft, YAlign: draw.YCenter, Handler: plot.DefaultTextHandler}
	tick := draw.LineStyle{Color: color.Black, Width: vg.Points(0.5)}
	labelX := x + barW + vg.Points(3)
	var widest vg.Length
	for _, t := range (NiceTicks{Target: 6}).Ticks(s.Min, s.Max) {
		if t.Label == "" || t.Value < s.Min-1e-12*math.Abs(s.Max-s.Min) || t.Value > s.Max+1e-12*math.Abs(s.Max-s.Min) {
			continue
		}
		y := y0 + (y1-y0)*vg.Length((t.Value-s.Min)/(s.Max-s.Min))
		c.StrokeLine2(tick, x+barW, y, x+barW+vg.Points(3), y)
		c.FillText(sty, vg.Point{X: labelX + vg.Points(1), Y: y}, t.Label)
		widest = max(widest, sty.Rectangle(t.Label).Size().X)
	}
	if label != "" {
		lsty := sty
		lsty.Rotation = math.Pi / 2
		lsty.XAlign = draw.XCenter
		lsty.YAlign = draw.YBottom
		c.FillText(lsty, vg.Point{X: labelX + vg.Length(float64(widest)*fontSlack) + vg.Points(8), Y: (y0 + y1) / 2}, label)
	}
}
