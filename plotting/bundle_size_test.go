package plotting

import (
	"bytes"
	"encoding/base64"
	"maps"
	"strings"
	"testing"
)

// maxBundleBytes is the most one figure may add to a saved notebook: its
// MIME bundle as stored there (the HTML, the PNG in base64 and the text).
// It is the limit the notebook suite puts on every output of an executed
// lesson (internal/ipynb.MaxOutputBytes), checked here on the figures
// without running a lesson.
const maxBundleBytes = 150 << 10

// bundleFixtures are the figures whose bundles are measured: one of each
// type the lessons draw (the goldens) and lesson 12's six Rosenbrock panels,
// the largest.
func bundleFixtures() map[string]func() Figure {
	f := goldenFixtures()
	maps.Copy(f, lessonFigureGoldens())
	f["rosenbrock_panels"] = rosenbrockPanels
	return f
}

// storedBytes is the size of bundle b in a notebook: gonb sends the PNG in
// base64, the rest as text.
func storedBytes(b map[string]any) int {
	png := len(b["image/png"].([]byte))
	return len(b["text/html"].(string)) + (png+2)/3*4 + len(b["text/plain"].(string))
}

// TestBundle: every bundle fixture's bundle takes at most maxBundleBytes,
// and its SVG, drawn from a recording of the figure, is byte for byte
// SVG(fig), drawn directly, and its PNG fallbackPNG(fig). (An animation's
// bundle holds its animated SVG.)
func TestBundle(t *testing.T) {
	for name, build := range bundleFixtures() {
		fig := build()
		b, err := Bundle(fig)
		if err != nil {
			t.Fatal(err)
		}
		if n := storedBytes(b); n > maxBundleBytes {
			t.Errorf("%s: its bundle takes %d KB in a notebook, want ≤ %d KB", name, n>>10, maxBundleBytes>>10)
		}
		svg, err := SVG(fig)
		if a, ok := fig.(*Animation); ok {
			svg, err = a.SVG()
		}
		if err != nil {
			t.Fatal(err)
		}
		html := b["text/html"].(string)
		const pre = `<img src="data:image/svg+xml;base64,`
		i := strings.Index(html[len(pre):], `"`)
		if !strings.HasPrefix(html, pre) || i < 0 {
			t.Fatalf("%s: text/html is not an <img> with an SVG data URI: %.80s", name, html)
		}
		got, err := base64.StdEncoding.DecodeString(html[len(pre) : len(pre)+i])
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, svg) {
			t.Errorf("%s: the bundle's SVG differs from SVG(fig)", name)
		}
		png, err := fallbackPNG(fig)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b["image/png"].([]byte), png) {
			t.Errorf("%s: the bundle's PNG differs from fallbackPNG(fig)", name)
		}
	}
}
