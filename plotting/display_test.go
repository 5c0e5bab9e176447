package plotting

import (
	"bytes"
	"encoding/base64"
	"encoding/xml"
	"image/png"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gonum.org/v1/plot/plotter"
)

// sinePlot is a small real figure: sin on [0, 2π] with a title and labels.
func sinePlot(title string) *Plot {
	p := NewPlot(title)
	p.X.Label.Text = "x"
	p.Y.Label.Text = "sin x"
	fn := plotter.NewFunction(math.Sin)
	fn.XMin, fn.XMax = 0, 2*math.Pi
	p.Add(fn)
	p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = 0, 2*math.Pi, -1, 1
	return p
}

// parseXML reports the first XML error in b, nil if it is well formed.
func parseXML(b []byte) error {
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		if _, err := d.Token(); err == io.EOF {
			return nil
		} else if err != nil {
			return err
		}
	}
}

func TestSVGIsWellFormed(t *testing.T) {
	b, err := SVG(sinePlot("sin x"))
	if err != nil {
		t.Fatal(err)
	}
	if err := parseXML(b); err != nil {
		t.Fatalf("SVG does not parse: %v", err)
	}
	if !bytes.Contains(b, []byte(">sin x</text>")) {
		t.Errorf("SVG lacks the title text")
	}
}

func TestSaveByExtension(t *testing.T) {
	dir := t.TempDir()
	// Magic numbers: SVG from vgsvg starts with an XML declaration; PNG's
	// signature is \x89PNG (RFC 2083 §3.1); PDF files start with %PDF-
	// (ISO 32000-1 §7.5.2).
	for ext, magic := range map[string]string{".svg": "<?xml", ".png": "\x89PNG", ".PDF": "%PDF-"} {
		path := filepath.Join(dir, "f"+ext)
		if err := Save(sinePlot("saved"), path); err != nil {
			t.Fatalf("Save(%s): %v", path, err)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(b, []byte(magic)) {
			t.Errorf("Save(%s) wrote %q…, want it to start with %q", ext, b[:min(8, len(b))], magic)
		}
	}
	err := Save(sinePlot("x"), filepath.Join(dir, "f.gif"))
	if err == nil || !strings.Contains(err.Error(), "f.gif") || !strings.Contains(err.Error(), ".gif") {
		t.Errorf("Save to .gif: error %v, want one naming the path and extension", err)
	}
}

func TestBundleHasSVGPNGAndText(t *testing.T) {
	fig := sinePlot("bundle")
	b, err := Bundle(fig)
	if err != nil {
		t.Fatal(err)
	}
	page, ok := b["text/html"].(string)
	if !ok {
		t.Fatalf("text/html missing")
	}
	// One element only: <img src="data:image/svg+xml;base64,…">.
	if strings.Count(page, "<") != 1 || !strings.HasPrefix(page, `<img src="data:image/svg+xml;base64,`) {
		t.Errorf("text/html = %.80q…, want a single <img> with an SVG data URI", page)
	}
	src := page[len(`<img src="data:image/svg+xml;base64,`):]
	src = src[:strings.IndexByte(src, '"')]
	svg, err := base64.StdEncoding.DecodeString(src)
	if err != nil || parseXML(svg) != nil {
		t.Errorf("the <img> source is not a base64 SVG document: %v", err)
	}
	pngData, ok := b["image/png"].([]byte)
	if !ok {
		t.Fatalf("image/png missing")
	}
	img, err := png.Decode(bytes.NewReader(pngData))
	if err != nil {
		t.Fatal(err)
	}
	// The PNG is fallbackDPI dots per inch; a 6 in wide plot is 6·96 pixels.
	w, h := fig.Size()
	if got, want := img.Bounds().Dx(), int(math.Round(w.Dots(float64(fallbackDPI)))); got != want {
		t.Errorf("PNG width %d px, want %d", got, want)
	}
	if got, want := img.Bounds().Dy(), int(math.Round(h.Dots(float64(fallbackDPI)))); got != want {
		t.Errorf("PNG height %d px, want %d", got, want)
	}
	if s, _ := b["text/plain"].(string); !strings.Contains(s, "bundle") {
		t.Errorf("text/plain = %q, want the title in it", s)
	}
}

func TestBundleEscapesTitleInHTML(t *testing.T) {
	// The title is the alt text of the <img>: it must stay one attribute.
	b, err := Bundle(sinePlot(`"><script>alert(1)</script><img src=x onerror="alert(2)`))
	if err != nil {
		t.Fatal(err)
	}
	page := b["text/html"].(string)
	if n := strings.Count(page, "<"); n != 1 {
		t.Errorf("text/html has %d '<', want 1 (the <img>): %.200q", n, page[strings.Index(page, "alt="):])
	}
	if strings.Count(page, `"`) != 10 {
		// src, width, height, style, alt: five attributes, ten quotes.
		t.Errorf("text/html has %d '\"', want 10: %.200q", strings.Count(page, `"`), page[strings.Index(page, "alt="):])
	}
}

func TestBadFiguresGiveErrors(t *testing.T) {
	if _, err := SVG(nil); err == nil || !strings.Contains(err.Error(), "nil") {
		t.Errorf("SVG(nil) error = %v", err)
	}
	p := sinePlot("zero")
	p.Width = 0
	if _, err := SVG(p); err == nil || !strings.Contains(err.Error(), "size") {
		t.Errorf("SVG of a zero-width figure: error = %v", err)
	}
	// A builder's error is drawn (so Show shows it) and returned by Save.
	bad := Curve(nil)
	svg, err := SVG(bad)
	if err != nil || !bytes.Contains(svg, []byte("nil")) {
		t.Errorf("SVG(Curve(nil)) = error %v; want the message drawn", err)
	}
	path := filepath.Join(t.TempDir(), "bad.svg")
	if err := Save(bad, path); err == nil || !strings.Contains(err.Error(), "nil") {
		t.Errorf("Save(Curve(nil)) error = %v, want the builder's error", err)
	}
	if _, err := os.Stat(path); err == nil {
		t.Errorf("Save wrote %s for a figure with an error", path)
	}
}

func TestShowOutsideNotebookIsNoop(t *testing.T) {
	// gonbui.IsNotebook is false outside gonb: Show must neither panic nor
	// print, even for a nil figure.
	Show(nil)
	Show(sinePlot("quiet"))
}

func TestSVGHasNoIDs(t *testing.T) {
	// Two figures in one notebook page must not collide: with no id
	// attributes and no url(#…) references, there is nothing to collide.
	b, err := SVG(sinePlot("ids"))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{" id=", "url(#", "href=\"#"} {
		if bytes.Contains(b, []byte(s)) {
			t.Errorf("SVG contains %q", s)
		}
	}
}
