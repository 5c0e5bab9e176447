package plotting

import (
	"bytes"
	"testing"

	"github.com/gdlessons/lessons/gdlib"
)

// FuzzSurfaceAndAnimationText puts any text in the titles and labels of a
// surface and an animation: the SVG must always parse as XML and hold no
// <script> element (a check against script injection).
func FuzzSurfaceAndAnimationText(f *testing.F) {
	f.Add(`</svg><script>alert(1)</script>`)
	f.Add("a\x00b\x1bc")     // control characters XML forbids
	f.Add("\xff\xfe broken") // invalid UTF-8
	f.Add(`"quoted" & 'single' <tag>`)
	chirp := gdlib.Chirp()
	run1 := gdlib.MustRun(chirp, gdlib.Pt(1.11), gdlib.GD(0.05), &gdlib.Settings{Steps: 5})
	peaks := gdlib.Peaks()
	run2 := gdlib.MustRun(peaks, gdlib.Pt(0, 1.4), gdlib.GD(0.01), &gdlib.Settings{Steps: 5})
	f.Fuzz(func(t *testing.T, s string) {
		a := Animate(chirp, run1)
		a.Title, a.XLabel, a.YLabel = s, s, s
		svg, err := a.SVG()
		if err != nil {
			t.Fatal(err)
		}
		if err := wellFormed(svg); err != nil {
			t.Fatalf("animation with text %q: %v", s, err)
		}
		sf := Surface(peaks, run2)
		sf.Resolution = 4
		sf.Title, sf.XLabel, sf.YLabel, sf.ZLabel = s, s, s, s
		svg, err = SVG(sf)
		if err != nil {
			t.Fatal(err)
		}
		if err := wellFormed(svg); err != nil {
			t.Fatalf("surface with text %q: %v", s, err)
		}
		if bytes.Contains(bytes.ToLower(svg), []byte("<script")) {
			t.Fatalf("surface with text %q holds <script", s)
		}
	})
}
