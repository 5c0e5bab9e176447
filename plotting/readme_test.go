package plotting_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/gdlessons/lessons/gdlib"
	"github.com/gdlessons/lessons/plotting"
)

// updateREADME rewrites the pictures of README.md.
var updateREADME = flag.Bool("update-readme", false, "rewrite the README pictures in testdata/readme")

// readmeFigures are the pictures README.md shows, each made by the calls a
// lesson makes, with the course's parameters.
func readmeFigures(t *testing.T) map[string]func() ([]byte, error) {
	peaks := gdlib.Peaks()
	// The course's peaks run: GD lr 0.01, 1000 epochs from the course's
	// printed start, which reaches the global minimum; and the start of the
	// course's peaks exercise (0, 1.4), which stops in the shallow local
	// minimum.
	global := gdlib.MustRun(peaks, gdlib.Pt(1.74178471, -1.96541217), gdlib.GD(0.01), &gdlib.Settings{Steps: 1000})
	stuck := gdlib.MustRun(peaks, gdlib.Pt(0, 1.4), gdlib.GD(0.01), &gdlib.Settings{Steps: 1000})
	// The course's momentum example: plain GD (η 0.05) and momentum (β 0.9, η 0.05) on
	// sin(x²) + sin x from 1.11, 200 steps.
	chirp := gdlib.Chirp()
	gd := gdlib.MustRun(chirp, gdlib.Pt(1.11), gdlib.GD(0.05), &gdlib.Settings{Steps: 200})
	mom := gdlib.MustRun(chirp, gdlib.Pt(1.11), gdlib.Momentum(0.05, 0.9), &gdlib.Settings{Steps: 200})
	return map[string]func() ([]byte, error){
		// The course's 3-D view: elev 30, azim 250, jet.
		"peaks-surface.svg": func() ([]byte, error) {
			s := plotting.Surface(peaks, plotting.Named("from (1.74, −1.97)", global), plotting.Named("from (0, 1.4)", stuck))
			s.View.Elev, s.View.Azim = 30, 250
			s.ColorMap = plotting.Jet()
			return plotting.SVG(s)
		},
		// The course's heat map: extent −3..3, colour limits −5..5.
		"peaks-heatmap.svg": func() ([]byte, error) {
			return plotting.SVG(plotting.Heatmap(peaks).Limits(-5, 5).With(plotting.Named("from (1.74, −1.97)", global), plotting.Named("from (0, 1.4)", stuck)).WithMinima())
		},
		"momentum.svg": func() ([]byte, error) {
			return plotting.Animate(chirp, plotting.Named("plain GD, η 0.05", gd), plotting.Named("momentum, β 0.9", mom)).SVG()
		},
	}
}

// TestREADMEFigures checks that the pictures in testdata/readme, which
// README.md shows, are what the code draws today; -update rewrites them.
func TestREADMEFigures(t *testing.T) {
	for name, render := range readmeFigures(t) {
		got, err := render()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		path := filepath.Join("testdata", "readme", name)
		if *updateREADME {
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test ./plotting -run READMEFigures -update-readme)", err)
		}
		if !bytes.Equal(got, want) {
			bad := path + ".got.svg"
			os.WriteFile(bad, got, 0o644)
			t.Errorf("%s differs from what the code draws (written to %s); run go test ./plotting -run READMEFigures -update-readme", path, bad)
		}
	}
}
