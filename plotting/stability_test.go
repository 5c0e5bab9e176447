package plotting

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestStabilityGolden compares the figure of lesson 2's parabola,
// f(x) = 3x² − 3x + 4 with f″ = 6 (so 1/λ = 1/6 and 2/λ = 1/3), with the
// rates the lesson tries (0.01, 0.1, 0.3, 0.34), against its golden, as
// TestGolden does for the other figures.
func TestStabilityGolden(t *testing.T) {
	build := func() Figure { return Stability(6, 0.01, 0.1, 0.3, 0.34) }
	got, err := SVG(build())
	if err != nil {
		t.Fatal(err)
	}
	again, _ := SVG(build())
	if string(got) != string(again) {
		t.Error("rendering the stability figure twice gave different bytes")
	}
	path := filepath.Join("testdata", "golden", "stability.svg")
	gotPath := filepath.Join("testdata", "golden", "stability.got.svg")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if err := sameSVG(got, want); err != nil {
		os.WriteFile(gotPath, got, 0o644)
		t.Errorf("stability differs from %s: %v\nthe new output is in %s", path, err, gotPath)
	}
}

// TestStabilityText checks what the figure says: the bands' names, the two
// rates 1/λ and 2/λ of λ = 6, and each marked rate.
func TestStabilityText(t *testing.T) {
	svg, err := SVG(Stability(6, 0.3))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"monotone", "oscillating", "diverges", "1/λ = 0.1667", "2/λ = 0.3333", "η = 0.3", "λ = 6"} {
		if !strings.Contains(string(svg), want) {
			t.Errorf("the figure does not say %q", want)
		}
	}
}

// TestStabilityBadInput: a curvature that is not a finite number > 0, or a
// rate that is not a finite number ≥ 0, is an error naming the parameter.
func TestStabilityBadInput(t *testing.T) {
	for _, c := range []struct {
		p    *Plot
		want string
	}{
		{Stability(0), "lambda = 0"},
		{Stability(-6), "lambda = -6"},
		{Stability(6, -0.1), "rates[0] = -0.1"},
	} {
		if err := c.p.Err(); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("got error %v, want one containing %q", err, c.want)
		}
	}
}
