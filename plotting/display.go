package plotting

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"html"
	"image"
	stddraw "image/draw"
	"image/png"
	"os"
	"path/filepath"
	"strings"

	"github.com/janpfeifer/gonb/gonbui"
	"github.com/janpfeifer/gonb/gonbui/protocol"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgpdf"
	"gonum.org/v1/plot/vg/vgsvg"
)

// PNGDPI is the resolution of PNG output (the notebook's fallback image
// and Save to .png): 144 dots per inch, 1.5 × a browser's 96 CSS pixels per
// inch, so the fallback stays sharp on high-density screens. The bundle
// tells the notebook the size in CSS pixels, so it is shown at the same
// size as the SVG.
var PNGDPI = 144

// Show displays fig inline in the current gonb notebook cell: one call,
// Show(fig). Outside a notebook (a test, a program, an Example) it does
// nothing. If fig cannot be drawn, the cell shows the error as text.
//
// Show sends the MIME bundle described in the package documentation
// (text/html holding the SVG in an <img>, an image/png fallback and
// text/plain) and then waits for gonb to acknowledge it (gonbui.Sync), so a
// figure shown as the last line of a cell is never lost.
func Show(fig Figure) {
	if !gonbui.IsNotebook {
		return
	}
	data, meta, err := bundle(fig)
	if err != nil {
		msg := "plotting.Show: " + err.Error()
		fmt.Fprintln(os.Stderr, msg)
		data = map[protocol.MIMEType]any{protocol.MIMETextPlain: msg}
		meta = nil
	}
	gonbui.SendData(&protocol.DisplayData{Data: data, Metadata: meta})
	gonbui.Sync()
}

// Bundle returns the Jupyter MIME bundle Show sends for fig: the keys
// "text/html" (string: an <img> whose source is the SVG as a base64 data
// URI), "image/png" ([]byte; gonb encodes it in base64) and "text/plain"
// (string). It is exported so that tests, and tools writing notebooks, can
// inspect exactly what a cell would hold.
func Bundle(fig Figure) (map[string]any, error) {
	data, _, err := bundle(fig)
	if err != nil {
		return nil, err
	}
	out := make(map[string]any, len(data))
	for k, v := range data {
		out[string(k)] = v
	}
	return out, nil
}

func bundle(fig Figure) (data map[protocol.MIMEType]any, meta map[string]any, err error) {
	if b, ok := fig.(MIMEBundler); ok { // an Animation: its own bundle
		m, err := b.MIMEBundle()
		if err != nil {
			return nil, nil, err
		}
		data = make(map[protocol.MIMEType]any, len(m))
		for k, v := range m {
			data[protocol.MIMEType(k)] = v
		}
		return data, nil, nil
	}
	svg, err := SVG(fig)
	if err != nil {
		return nil, nil, err
	}
	png, err := fallbackPNG(fig)
	if err != nil {
		return nil, nil, err
	}
	w, h := fig.Size()
	cssW, cssH := int(w.Dots(96)+0.5), int(h.Dots(96)+0.5)
	data = map[protocol.MIMEType]any{
		protocol.MIMETextHTML:  svgImgTag(svg, cssW, cssH, describe(fig)),
		protocol.MIMEImagePNG:  png,
		protocol.MIMETextPlain: describe(fig),
	}
	meta = map[string]any{
		// gob (gonb's pipe) can send map[string]int: gonbui/protocol registers it.
		string(protocol.MIMEImagePNG): map[string]int{"width": cssW, "height": cssH},
	}
	return data, meta, nil
}

// svgImgTag returns the text/html entry of the bundle: one <img> element
// whose source is the SVG as a base64 data URI, at its size in CSS pixels,
// with alt text (escaped: it holds the user's title).
func svgImgTag(svg []byte, w, h int, alt string) string {
	return fmt.Sprintf(`<img src="data:image/svg+xml;base64,%s" width="%d" height="%d" style="max-width:100%%;height:auto" alt="%s">`,
		base64.StdEncoding.EncodeToString(svg), w, h, html.EscapeString(alt))
}

// describe is the text/plain entry of the bundle: what a terminal, or a
// reader whose viewer shows no image, sees.
func describe(fig Figure) string {
	w, h := fig.Size()
	name := fmt.Sprintf("%T", fig)
	if s, ok := fig.(fmt.Stringer); ok {
		name = s.String()
	}
	return sanitizeText(fmt.Sprintf("<figure %s, %.0f×%.0f pt>", name, w.Points(), h.Points()))
}

// SVG draws fig and returns it as a standalone SVG document. User text is
// escaped, characters that XML forbids are replaced by U+FFFD, the document
// holds no id attributes (so two figures in one notebook never collide) and
// raster images (heat maps) are embedded as PNG data.
//
// A figure built from bad input (its Err method returns an error) is drawn
// as that error's message, so Show puts the explanation where the learner
// looks. SVG returns an error if fig is nil, has a size that is not
// positive, or panics while drawing (gonum/plot panics on some invalid
// data).
func SVG(fig Figure) ([]byte, error) {
	w, h, err := checkFigure(fig)
	if err != nil {
		return nil, err
	}
	c := vgsvg.New(w, h)
	if err := drawSafely(fig, draw.New(c)); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("plotting: writing SVG: %w", err)
	}
	return cleanSVG(buf.Bytes()), nil
}

// PNG draws fig and returns it as a PNG image at PNGDPI dots per inch on a
// white background.
func PNG(fig Figure) ([]byte, error) {
	w, h, err := checkFigure(fig)
	if err != nil {
		return nil, err
	}
	c := vgimg.PngCanvas{Canvas: vgimg.NewWith(vgimg.UseWH(w, h), vgimg.UseDPI(PNGDPI))}
	if err := drawSafely(fig, draw.New(c)); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("plotting: writing PNG: %w", err)
	}
	return buf.Bytes(), nil
}

// fallbackPNG is the bundle's PNG: fig at PNGDPI, reduced to 256 colours
// (median cut, as the 3-D surface's raster). A figure's few hundred
// distinct colours survive; the PNG is 3 to 5 times smaller (a 201 × 201
// heat map with a run: 87 KB → 18 KB), which matters because every figure
// of a saved notebook carries it.
func fallbackPNG(fig Figure) ([]byte, error) {
	w, h, err := checkFigure(fig)
	if err != nil {
		return nil, err
	}
	c := vgimg.NewWith(vgimg.UseWH(w, h), vgimg.UseDPI(PNGDPI))
	if err := drawSafely(fig, draw.New(c)); err != nil {
		return nil, err
	}
	src := c.Image()
	rgba, ok := src.(*image.RGBA)
	if !ok {
		rgba = image.NewRGBA(src.Bounds())
		stddraw.Draw(rgba, rgba.Bounds(), src, src.Bounds().Min, stddraw.Src)
	}
	var buf bytes.Buffer
	if err := (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(&buf, quantize(rgba, 256)); err != nil {
		return nil, fmt.Errorf("plotting: writing PNG: %w", err)
	}
	return buf.Bytes(), nil
}

// PDF draws fig and returns it as a PDF document with its fonts embedded.
func PDF(fig Figure) ([]byte, error) {
	w, h, err := checkFigure(fig)
	if err != nil {
		return nil, err
	}
	c := vgpdf.New(w, h)
	if err := drawSafely(fig, draw.New(c)); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("plotting: writing PDF: %w", err)
	}
	return buf.Bytes(), nil
}

// Save draws fig into the file path, in the format its extension names:
// .svg, .png (at PNGDPI) or .pdf (case-insensitive). It returns an error
// naming the path for any other extension, for a figure whose Err is not
// nil (nothing is written), and any error from drawing or writing.
func Save(fig Figure, path string) error {
	var (
		data []byte
		err  error
	)
	if e, ok := fig.(interface{ Err() error }); ok && e.Err() != nil {
		return fmt.Errorf("plotting: Save(%q): %w", path, e.Err())
	}
	switch ext := strings.ToLower(filepath.Ext(path)); ext {
	case ".svg":
		data, err = SVG(fig)
	case ".png":
		data, err = PNG(fig)
	case ".pdf":
		data, err = PDF(fig)
	default:
		return fmt.Errorf("plotting: Save(%q): extension %q is not one of .svg, .png, .pdf", path, ext)
	}
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return fmt.Errorf("plotting: Save: %w", err)
	}
	return nil
}

func checkFigure(fig Figure) (w, h vg.Length, err error) {
	if fig == nil {
		return 0, 0, fmt.Errorf("plotting: the figure is nil")
	}
	w, h = fig.Size()
	if !(w > 0 && h > 0) || !isFinite(float64(w)) || !isFinite(float64(h)) {
		return 0, 0, fmt.Errorf("plotting: figure size %v × %v pt: want positive, finite width and height", float64(w), float64(h))
	}
	return w, h, nil
}

// drawSafely draws fig on c and turns a panic inside gonum/plot into an
// error, so that one bad figure never brings down a notebook cell.
func drawSafely(fig Figure, c draw.Canvas) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("plotting: drawing %T failed: %v", fig, r)
		}
	}()
	fig.Draw(c)
	return nil
}
