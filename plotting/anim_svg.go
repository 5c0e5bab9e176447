package plotting

import (
	"bytes"
	"fmt"
	"image/color"
	"math"
	"strconv"
	"strings"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// SVG returns the animation as one SVG document that plays by itself and
// loops: the plot is drawn once, and only the moving parts are animated,
// with SMIL (<animate>, <animateTransform>, calcMode="discrete"), so 200
// steps of two runs take tens of kilobytes.
//
// It needs no script: SMIL runs inside an <img> in Chromium, Firefox and
// Safari (see DESIGN.md). Viewers that do not animate (rsvg-convert, some
// previewers) show the last frame, which is what the static attributes
// hold.
//
// The document has no id attributes: clipping is done by nested <svg>
// viewports, so two animations in one page never collide.
func (a *Animation) SVG() ([]byte, error) {
	if err := a.Err(); err != nil {
		return nil, err
	}
	var st *stage
	doc, err := render(a, svgFormat, func(dc draw.Canvas) { st = a.stage(dc) })
	if err != nil {
		return nil, err
	}
	end := bytes.LastIndex(doc, []byte("</svg>"))
	if end < 0 {
		return nil, fmt.Errorf("plotting: vgsvg wrote no </svg>")
	}
	_, h := a.Size()
	var out bytes.Buffer
	out.Write(doc[:end])
	st.writeSMIL(&out, h)
	out.Write(doc[end:])
	return out.Bytes(), nil
}

// FrameSVG returns frame k (0 ≤ k < Frames()) as a still SVG: frame 0 is
// the start, frame Frames()−1 the end. It is what the animation shows at
// that step, for a handout, a test, or a viewer that does not animate.
func (a *Animation) FrameSVG(k int) ([]byte, error) {
	if err := a.Err(); err != nil {
		return nil, err
	}
	if n := a.Frames(); k < 0 || k >= n {
		return nil, fmt.Errorf("plotting: Animation.FrameSVG(%d): want a frame from 0 to %d", k, n-1)
	}
	return render(a, svgFormat, func(dc draw.Canvas) { a.stage(dc).drawFrame(dc, k) })
}

// svgFont is the font of the counter: the package's sans-serif, with the
// fallbacks cleanSVG gives gonum's text.
const svgFont = `font-family="'Liberation Sans',Arial,Helvetica,sans-serif"`

// writeSMIL writes the animated layer. SVG user space has y down from the
// top; gonum's canvas has y up, so every y is H − y.
func (st *stage) writeSMIL(w *bytes.Buffer, H vg.Length) {
	hold := st.a.holdFrames()
	frames := st.n + hold
	dur := strconv.FormatFloat(float64(frames)/st.a.fps(), 'f', -1, 64) + "s"
	anim := func(attr, values string) string {
		return fmt.Sprintf(`<animate attributeName="%s" values="%s" dur="%s" calcMode="discrete" repeatCount="indefinite"/>`, attr, values, dur)
	}
	move := func(values string) string {
		return fmt.Sprintf(`<animateTransform attributeName="transform" type="translate" values="%s" dur="%s" calcMode="discrete" repeatCount="indefinite"/>`, values, dur)
	}
	// values lists frame 0 … n−1, then the last frame hold more times.
	values := func(f func(k int) string) string {
		var b strings.Builder
		for k := 0; k < frames; k++ {
			if k > 0 {
				b.WriteByte(';')
			}
			b.WriteString(f(min(k, st.n-1)))
		}
		return b.String()
	}
	da := st.da
	ox, oy := da.Min.X, H-da.Max.Y          // the data area's top left, in SVG space
	in := func(p vg.Point) (x, y float64) { // a canvas point in the data area's SVG space
		return clampCoord((p.X - ox).Points()), clampCoord((H - p.Y - oy).Points())
	}
	last := st.n - 1

	w.WriteString("<g>\n")
	fmt.Fprintf(w, `<svg x="%s" y="%s" width="%s" height="%s" overflow="hidden">`+"\n",
		num(ox.Points()), num(oy.Points()), num((da.Max.X - da.Min.X).Points()), num((da.Max.Y - da.Min.Y).Points()))
	for r, pts := range st.pts {
		if len(pts) == 0 {
			continue
		}
		col := colorHex(st.cols[r])
		// The trail: the whole path, revealed up to the current iterate
		// by a dash as long as the path and an offset that shrinks.
		cum := make([]float64, len(pts))
		var pb strings.Builder
		for i, p := range pts {
			x, y := in(p)
			if i > 0 {
				px, py := in(pts[i-1])
				cum[i] = cum[i-1] + math.Hypot(x-px, y-py)
				pb.WriteByte(' ')
			}
			pb.WriteString(num(x) + "," + num(y))
		}
		total := cum[len(cum)-1]
		offset := func(k int) string { return num(total - cum[st.at(r, k)]) }
		fmt.Fprintf(w, `<polyline points="%s" fill="none" stroke="%s" stroke-opacity="0.7" stroke-width="%s" stroke-linejoin="round" stroke-dasharray="%s %s" stroke-dashoffset="%s">%s</polyline>`+"\n",
			pb.String(), col, num(trailWidth), num(total), num(total), offset(last), anim("stroke-dashoffset", values(offset)))

		// The iterate on the curve: a disc with a white ring.
		pos := func(k int) string {
			x, y := in(pts[st.at(r, k)])
			return num(x) + "," + num(y)
		}
		fmt.Fprintf(w, `<circle r="%s" fill="%s" stroke="#FFFFFF" stroke-width="1.5" transform="translate(%s)">%s</circle>`+"\n",
			num(markerRadius+0.75), col, pos(last), move(values(pos)))

		if !st.axis {
			continue
		}
		// Its x on the axis: a triangle at the bottom of the data area.
		bottom := num((da.Max.Y - da.Min.Y).Points())
		posX := func(k int) string {
			x, _ := in(pts[st.at(r, k)])
			return num(x) + "," + bottom
		}
		fmt.Fprintf(w, `<path d="M%s,0L%s,0L0,%sZ" fill="%s" transform="translate(%s)">%s</path>`+"\n",
			num(-axisMarker), num(axisMarker), num(-1.6*axisMarker), col, posX(last), move(values(posX)))
	}
	w.WriteString("</svg>\n")
	st.writeCounter(w, H, values, move)
	w.WriteString("</g>\n")
}

// writeCounter writes "step k / N": "step" and "/ N" are fixed; k is a
// column of all the numbers behind a window one line high, moved up one
// line per frame.
func (st *stage) writeCounter(w *bytes.Buffer, H vg.Length, values func(func(int) string) string, move func(string) string) {
	sty := counterStyle()
	at := st.counterAt()
	total := fmt.Sprintf("/ %d", st.n-1)
	space := sty.Width(" ").Points()
	lineH := sty.Height("0")
	right := at.X.Points()                                        // right edge of "/ N"
	slotR := right - sty.Width(total).Points() - space            // right edge of the numbers
	slotL := slotR - sty.Width(strconv.Itoa(st.n-1)).Points() - 1 // left edge of their window
	top := (H - at.Y).Points()                                    // SVG y of the counter's top
	base := top + sty.Handler.Extents(sty.Font).Ascent.Points()   // baseline of the first line

	// A white backing so the counter stays readable over the curve.
	stepW := sty.Width("step").Points() + space
	fmt.Fprintf(w, `<rect x="%s" y="%s" width="%s" height="%s" fill="#FFFFFF" fill-opacity="0.8"/>`+"\n",
		num(slotL-stepW-2), num(top-1), num(right-slotL+stepW+4), num(lineH.Points()+2))
	fmt.Fprintf(w, `<text x="%s" y="%s" font-size="%s" %s fill="%s" text-anchor="end">step</text>`+"\n",
		num(slotL-space), num(base), num(counterSize), svgFont, colorHex(sty.Color))
	fmt.Fprintf(w, `<text x="%s" y="%s" font-size="%s" %s fill="%s">%s</text>`+"\n",
		num(slotR+space), num(base), num(counterSize), svgFont, colorHex(sty.Color), total)
	fmt.Fprintf(w, `<svg x="%s" y="%s" width="%s" height="%s" overflow="hidden">`+"\n",
		num(slotL), num(top), num(slotR-slotL), num(lineH.Points()))
	lh := lineH.Points()
	shift := func(k int) string { return "0," + num(-float64(k)*lh) }
	fmt.Fprintf(w, `<g font-size="%s" %s fill="%s" text-anchor="end" transform="translate(%s)">%s`+"\n",
		num(counterSize), svgFont, colorHex(sty.Color), shift(st.n-1), move(values(shift)))
	asc := sty.Handler.Extents(sty.Font).Ascent.Points()
	for k := 0; k < st.n; k++ {
		fmt.Fprintf(w, `<text x="%s" y="%s">%d</text>`, num(slotR-slotL), num(asc+float64(k)*lh), k)
	}
	w.WriteString("\n</g>\n</svg>\n")
}

// num formats a coordinate with at most two decimals, without trailing
// zeros: a hundredth of a point is far below what a screen shows.
func num(v float64) string {
	s := strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
	if s == "-0" {
		return "0"
	}
	return s
}

// clampCoord keeps a coordinate of a run that flew off far outside the
// plot to ±10⁵ pt: still outside, but a short number.
func clampCoord(v float64) float64 { return math.Max(-1e5, math.Min(1e5, v)) }

// colorHex returns col as #RRGGBB (alpha is set separately).
func colorHex(col color.Color) string {
	c := color.NRGBAModel.Convert(col).(color.NRGBA)
	return fmt.Sprintf("#%02X%02X%02X", c.R, c.G, c.B)
}
