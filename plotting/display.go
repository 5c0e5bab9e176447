package plotting

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"html"
	"image"
	stddraw "image/draw"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/janpfeifer/gonb/gonbui"
	"github.com/janpfeifer/gonb/gonbui/protocol"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/recorder"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgpdf"
	"gonum.org/v1/plot/vg/vgsvg"
)

// PNGDPI is the resolution of PNG output (PNG and Save to .png): 144 dots
// per inch, 1.5 × a browser's 96 CSS pixels per inch, so the image stays
// sharp on high-density screens.
const PNGDPI = 144

// fallbackDPI is the resolution of the bundle's PNG: 72 dots per inch, one
// pixel per point, three quarters of a CSS pixel. Only viewers that show no
// HTML display it (the SVG is what JupyterLab, the Notebook, nbconvert and
// VS Code show), scaled to the SVG's size, so it is made for size and speed
// rather than sharpness (see DESIGN.md for what it saves;
// BenchmarkBundle… measures it).
const fallbackDPI = 72

// fallbackColors is the number of colours of the bundle's PNG: a flat
// figure's lines and text keep their colours and most of their
// anti-aliasing with 64, and the PNG is about a quarter smaller than with
// 256 (DESIGN.md).
const fallbackColors = 64

// Show displays fig inline in the current gonb notebook cell: one call,
// Show(fig). Outside a notebook (a test, a program, an Example) it does
// nothing. If fig cannot be drawn, the cell shows the error as text.
//
// Show sends fig's DisplayData (the MIME bundle described in the package
// documentation: text/html holding the SVG in an <img>, an image/png
// fallback and text/plain) and then waits for gonb to acknowledge it
// (gonbui.Sync), so a figure shown as the last line of a cell is never lost.
func Show(fig Figure) {
	if !gonbui.IsNotebook {
		return
	}
	d, err := DisplayData(fig)
	if err != nil {
		msg := "plotting.Show: " + err.Error()
		fmt.Fprintln(os.Stderr, msg)
		d = &protocol.DisplayData{Data: map[protocol.MIMEType]any{protocol.MIMETextPlain: msg}}
	}
	gonbui.SendData(d)
	gonbui.Sync()
}

// Bundle returns the Jupyter MIME bundle Show sends for fig, DisplayData's
// Data with string keys: "text/html" (string: an <img> whose source is the
// SVG as a base64 data URI), "image/png" ([]byte; gonb encodes it in
// base64) and "text/plain" (string). It is exported so that tests, and
// tools writing notebooks, can inspect exactly what a cell would hold.
func Bundle(fig Figure) (map[string]any, error) {
	d, err := DisplayData(fig)
	if err != nil {
		return nil, err
	}
	out := make(map[string]any, len(d.Data))
	for k, v := range d.Data {
		out[string(k)] = v
	}
	return out, nil
}

// DisplayData returns the message Show sends to gonb for fig: Data is the
// MIME bundle (see Bundle) and Metadata gives the PNG's size in CSS pixels
// (96 per inch), so a viewer showing the fallback shows it at the SVG's
// size. An *Animation's text/html holds its animated SVG and its PNG is
// the last frame. Set DisplayID to replace an earlier output in place, as
// plotting/interactive does.
func DisplayData(fig Figure) (*protocol.DisplayData, error) {
	var svg, png []byte
	var err error
	if a, ok := fig.(*Animation); ok {
		if svg, err = a.SVG(); err == nil {
			png, err = fallbackPNG(fig)
		}
	} else {
		svg, png, err = svgAndFallback(fig)
	}
	if err != nil {
		return nil, err
	}
	w, h := fig.Size()
	cssW, cssH := int(w.Dots(96)+0.5), int(h.Dots(96)+0.5)
	return &protocol.DisplayData{
		Data: map[protocol.MIMEType]any{
			protocol.MIMETextHTML:  svgImgTag(svg, cssW, cssH, describe(fig)),
			protocol.MIMEImagePNG:  png,
			protocol.MIMETextPlain: describe(fig),
		},
		Metadata: map[string]any{
			// gob (gonb's pipe) can send map[string]int: gonbui/protocol
			// registers it, and not map[string]any.
			string(protocol.MIMEImagePNG): map[string]int{"width": cssW, "height": cssH},
		},
	}, nil
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
func SVG(fig Figure) ([]byte, error) { return render(fig, svgFormat, nil) }

// PNG draws fig and returns it as a PNG image at PNGDPI dots per inch on a
// white background.
func PNG(fig Figure) ([]byte, error) { return render(fig, pngFormat, nil) }

// PDF draws fig and returns it as a PDF document with its fonts embedded.
func PDF(fig Figure) ([]byte, error) { return render(fig, pdfFormat, nil) }

// fallbackPNG is the bundle's PNG: fig at fallbackDPI, reduced to
// fallbackColors colours (median cut, as the 3-D surface's raster). The
// PNG is 4 to 6 times smaller than a full-colour one at 96 dpi, which
// matters because every figure of a saved notebook carries it.
func fallbackPNG(fig Figure) ([]byte, error) { return render(fig, fallbackFormat, nil) }

// svgAndFallback returns SVG(fig) and fallbackPNG(fig), drawing fig once:
// its drawing is recorded (gonum/plot's vg/recorder) and replayed on both
// canvases, so a figure whose Draw computes much (contour lines, a basin
// map) computes it once per bundle, not twice.
func svgAndFallback(fig Figure) (svg, png []byte, err error) {
	w, h, err := checkFigure(fig)
	if err != nil {
		return nil, nil, err
	}
	rec := sizedRecorder{w: w, h: h}
	if err := drawSafely(fig, func() { fig.Draw(draw.New(&rec)) }); err != nil {
		return nil, nil, err
	}
	replay := func(dc draw.Canvas) {
		if err := rec.ReplayOn(dc.Canvas); err != nil {
			panic(err)
		}
	}
	if svg, err = render(fig, svgFormat, replay); err != nil {
		return nil, nil, err
	}
	if png, err = render(fig, fallbackFormat, replay); err != nil {
		return nil, nil, err
	}
	return svg, png, nil
}

// sizedRecorder is a recorder.Canvas with the size draw.New asks for.
type sizedRecorder struct {
	recorder.Canvas
	w, h vg.Length
}

func (r *sizedRecorder) Size() (w, h vg.Length) { return r.w, r.h }

// format is an output of the drawing pipeline: the canvas a figure is
// drawn on and how that canvas becomes bytes.
type format struct {
	name   string
	canvas func(w, h vg.Length) vg.CanvasWriterTo
	// encode turns the drawn canvas into the file; nil writes it as it is.
	encode func(c vg.CanvasWriterTo) ([]byte, error)
}

var (
	svgFormat = format{
		name:   "SVG",
		canvas: func(w, h vg.Length) vg.CanvasWriterTo { return vgsvg.New(w, h) },
		encode: func(c vg.CanvasWriterTo) ([]byte, error) {
			b, err := writeCanvas("SVG", c)
			return cleanSVG(b), err
		},
	}
	pngFormat = format{
		name: "PNG",
		canvas: func(w, h vg.Length) vg.CanvasWriterTo {
			return vgimg.PngCanvas{Canvas: vgimg.NewWith(vgimg.UseWH(w, h), vgimg.UseDPI(PNGDPI))}
		},
	}
	fallbackFormat = format{
		name: "PNG",
		canvas: func(w, h vg.Length) vg.CanvasWriterTo {
			return vgimg.PngCanvas{Canvas: vgimg.NewWith(vgimg.UseWH(w, h), vgimg.UseDPI(fallbackDPI))}
		},
		encode: func(c vg.CanvasWriterTo) ([]byte, error) {
			src := c.(vgimg.PngCanvas).Image()
			rgba, ok := src.(*image.RGBA)
			if !ok {
				rgba = image.NewRGBA(src.Bounds())
				stddraw.Draw(rgba, rgba.Bounds(), src, src.Bounds().Min, stddraw.Src)
			}
			var buf bytes.Buffer
			if err := (&png.Encoder{CompressionLevel: png.DefaultCompression}).Encode(&buf, quantize(rgba, fallbackColors)); err != nil {
				return nil, fmt.Errorf("plotting: writing PNG: %w", err)
			}
			return buf.Bytes(), nil
		},
	}
	pdfFormat = format{
		name:   "PDF",
		canvas: func(w, h vg.Length) vg.CanvasWriterTo { return vgpdf.New(w, h) },
	}
)

// render is the package's one drawing pipeline, behind SVG, PNG, PDF, the
// bundle's PNG and an Animation's SVG and frames: it checks fig (not nil,
// a positive finite size), makes f's canvas at fig's size, calls paint on
// it (fig.Draw if paint is nil; an Animation passes what it draws),
// turning a panic inside gonum/plot into an error, and encodes the canvas.
func render(fig Figure, f format, paint func(draw.Canvas)) ([]byte, error) {
	w, h, err := checkFigure(fig)
	if err != nil {
		return nil, err
	}
	if paint == nil {
		paint = fig.Draw
	}
	c := f.canvas(w, h)
	if err := drawSafely(fig, func() { paint(draw.New(c)) }); err != nil {
		return nil, err
	}
	if f.encode != nil {
		return f.encode(c)
	}
	return writeCanvas(f.name, c)
}

// writeCanvas returns what c writes.
func writeCanvas(name string, c io.WriterTo) ([]byte, error) {
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("plotting: writing %s: %w", name, err)
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
	if e, ok := fig.(interface{ Err() error }); ok && !isNil(fig) && e.Err() != nil {
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
	if isNil(fig) {
		return 0, 0, fmt.Errorf("plotting: the figure is nil (%T)", fig)
	}
	w, h = fig.Size()
	return w, h, checkSize("figure", w, h)
}

// drawSafely calls paint, which draws fig, and turns a panic inside
// gonum/plot into an error, so that one bad figure never brings down a
// notebook cell.
func drawSafely(fig Figure, paint func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("plotting: drawing %T failed: %v", fig, r)
		}
	}()
	paint()
	return nil
}
