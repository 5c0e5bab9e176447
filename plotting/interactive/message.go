package interactive

import (
	"image/color"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/gdlessons/lessons/plotting"
)

// messageFigure is a figure that shows a message in red: what a live figure
// shows when drawing it failed, so the learner sees why and can move the
// slider back.
func messageFigure(msg string) plotting.Figure { return message{text: msg} }

type message struct{ text string }

var messageStyle = draw.TextStyle{
	Color:   color.NRGBA{R: 180, A: 255},
	Font:    font.From(plot.DefaultFont, 12),
	Handler: plot.DefaultTextHandler,
	XAlign:  draw.XLeft,
	YAlign:  draw.YTop,
}

// Size is 6 × 1 inches: the width of the lessons' single figures.
func (m message) Size() (w, h vg.Length) { return 6 * vg.Inch, vg.Inch }

func (m message) Draw(c draw.Canvas) {
	lines := wrap(m.text, 90)
	y := c.Max.Y - 8
	for _, l := range lines {
		c.FillText(messageStyle, vg.Point{X: c.Min.X + 8, Y: y}, l)
		y -= messageStyle.Height(l) * 1.2
	}
}

// wrap breaks s into lines of at most n runes at spaces.
func wrap(s string, n int) []string {
	var lines []string
	var cur []rune
	for _, w := range strings.Fields(s) {
		r := []rune(w)
		if len(cur) > 0 && len(cur)+1+len(r) > n {
			lines = append(lines, string(cur))
			cur = cur[:0]
		}
		if len(cur) > 0 {
			cur = append(cur, ' ')
		}
		cur = append(cur, r...)
	}
	if len(cur) > 0 || len(lines) == 0 {
		lines = append(lines, string(cur))
	}
	return lines
}
