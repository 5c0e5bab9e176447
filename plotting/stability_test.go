package plotting

import (
	"strings"
	"testing"
)

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
