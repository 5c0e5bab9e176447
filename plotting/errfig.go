package plotting

import (
	"image/color"
	"strings"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// ErrorFigure returns a figure that shows err's message in dark red: what
// a figure built from bad input draws instead of itself, and what a live
// figure of plotting/interactive shows when its drawing function fails, so
// the learner reads why in the cell. It is DefaultWidth wide and as high as
// its lines need, at least one inch.
func ErrorFigure(err error) Figure {
	msg := "<nil>"
	if err != nil {
		msg = err.Error()
	}
	return errorFigure{msg: clipMessage(msg)}
}

// maxErrorRunes is the longest error message a figure shows: 2000
// characters, about 30 lines of errorWrap, well inside MaxFigureSize. A
// longer one (a panic carrying a whole data set) ends with "…".
const maxErrorRunes = 2000

func clipMessage(msg string) string {
	if r := []rune(msg); len(r) > maxErrorRunes {
		return string(r[:maxErrorRunes]) + " …"
	}
	return msg
}

type errorFigure struct{ msg string }

func (e errorFigure) Size() (w, h vg.Length) {
	sty := errorStyle()
	n := strings.Count(wrapText(e.msg, errorWrap), "\n") + 1
	return DefaultWidth, max(vg.Inch, sty.Height("Ay")*vg.Length(n)+vg.Points(16))
}

func (e errorFigure) Draw(c draw.Canvas) { drawText(c, e.msg) }

func (e errorFigure) String() string { return "error: " + e.msg }

// errorWrap is the longest line of an error message, in characters: about
// 380 pt of 10 pt text, inside a 6 in figure.
const errorWrap = 70

// errorStyle is the style of an error message: 10 pt, dark red, centred.
func errorStyle() draw.TextStyle {
	sty := surfaceTextStyle(10)
	sty.Color = color.NRGBA{0xa0, 0, 0, 0xff}
	sty.XAlign, sty.YAlign = draw.XCenter, draw.YCenter
	return sty
}

// drawError writes err in the middle of c, in dark red: a figure that
// cannot be drawn says why, in the cell where the learner looks.
func drawError(c draw.Canvas, err error) { drawText(c, clipMessage(err.Error())) }

func drawText(c draw.Canvas, msg string) {
	c.FillText(errorStyle(), c.Center(), wrapText(msg, errorWrap))
}

// wrapText breaks s into lines of at most width characters at spaces (a
// longer word stays whole on a line of its own).
func wrapText(s string, width int) string {
	var b strings.Builder
	n := 0
	for i, w := range strings.Fields(s) {
		l := len([]rune(w))
		if i > 0 {
			if n+1+l > width {
				b.WriteByte('\n')
				n = 0
			} else {
				b.WriteByte(' ')
				n++
			}
		}
		b.WriteString(w)
		n += l
	}
	return b.String()
}
