package plotting

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgsvg"
)

// TestCleanSVGPatternsStillMatch pins each byte replacement of cleanSVG to
// what the vgsvg of go.mod writes: a heat map (an embedded raster) with
// text in the three Liberation families. If gonum/plot changes how it
// writes one of them, cleanSVG would silently stop patching it; this test
// then fails and names the pattern.
func TestCleanSVGPatternsStillMatch(t *testing.T) {
	fig := Heatmap(bowl())
	w, h := fig.Size()
	c := vgsvg.New(w, h)
	dc := draw.New(c)
	fig.Draw(dc)
	for _, f := range []font.Font{
		{Typeface: "Liberation", Variant: "Serif", Size: 10},
		{Typeface: "Liberation", Variant: "Mono", Size: 10},
	} {
		dc.FillText(draw.TextStyle{Font: f, Handler: plot.DefaultTextHandler}, vg.Point{X: 10, Y: 10}, "x")
	}
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	raw := buf.String()
	patterns := []string{rasterMIME[0], imageTag[0], rootTag[0], defaultFontStyle}
	for _, f := range fontFallbacks {
		patterns = append(patterns, "font-family:"+f[0]+";")
	}
	for _, p := range patterns {
		if !strings.Contains(raw, p) {
			t.Errorf("vgsvg's output no longer contains %q: cleanSVG's replacement of it does nothing; update cleanSVG", p)
		}
	}
	clean := string(cleanSVG(buf.Bytes()))
	for _, p := range patterns {
		if p != imageTag[0] && p != rootTag[0] && strings.Contains(clean, p) {
			t.Errorf("cleanSVG left %q in the document", p)
		}
	}
	if n, m := strings.Count(clean, imageTag[0]), strings.Count(clean, imageTag[1]); n != m {
		t.Errorf("%d of %d <image> elements are not stretched", n-m, n)
	}
	if !strings.HasPrefix(clean[strings.Index(clean, "<svg "):], rootTag[1]) || strings.Count(clean, "Arial") != 1 {
		t.Errorf("the root element does not name the figures' font once for all texts")
	}
	for _, want := range []string{`data:image/png;base64,`, `preserveAspectRatio="none"`, `Arial`, `'Times New Roman'`, `'Courier New'`} {
		if !strings.Contains(clean, want) {
			t.Errorf("cleanSVG's output lacks %q", want)
		}
	}
}

// TestImportKeepsGonumFont: importing the package changes no global of
// gonum/plot; plot.DefaultFont stays gonum's Liberation Serif
// (gonum.org/v1/plot's plot.go), while the figures draw in Liberation Sans.
func TestImportKeepsGonumFont(t *testing.T) {
	if v := plot.DefaultFont.Variant; v != "Serif" {
		t.Errorf("plot.DefaultFont.Variant = %q, want gonum's default \"Serif\"", v)
	}
	svg, err := SVG(Curve(quadratic()))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(svg, []byte("Liberation Serif")) || !bytes.Contains(svg, []byte("Liberation Sans")) {
		t.Error("a curve's text is not all in Liberation Sans")
	}
}

// TestErrorFigure: the error figure shows the whole message, wrapped, and
// grows taller for a long one.
func TestErrorFigure(t *testing.T) {
	short := ErrorFigure(errors.New("plotting: the function is nil"))
	long := ErrorFigure(errors.New(strings.Repeat("a word of the message ", 40) + "END"))
	_, hs := short.Size()
	_, hl := long.Size()
	if hs != vg.Inch || hl <= hs {
		t.Errorf("heights %v and %v pt, want one inch for one line and more for 13 lines", hs, hl)
	}
	svg, err := SVG(long)
	if err != nil {
		t.Fatal(err)
	}
	if err := wellFormed(svg); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(svg), "<text"); n < 12 {
		t.Errorf("the long message is %d lines, want it wrapped at %d characters into 13", n, errorWrap)
	}
	if !bytes.Contains(svg, []byte("END")) {
		t.Error("the message's end is missing")
	}
}
