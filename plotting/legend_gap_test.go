package plotting

import (
	"regexp"
	"strconv"
	"testing"

	"github.com/gdlessons/lessons/gdlib"
)

func TestKeyTextClearOfSample(t *testing.T) {
	// A run named "Newton (undamped)" (lesson 9's long name) in the key
	// box of a Curve: its text must start at least 5 pt after the end of
	// its sample line (gonum's one space, 2.8 pt at 10 pt, plus
	// keyTextGap), and after the right edge of the sample's dot (radius 2).
	q := quadratic()
	a := mustRun(q, gdlib.Pt(1.026), gdlib.GD(0.01), 100) // the course's first run (golden "curve")
	a.Optimizer = "Newton (undamped)"
	svg, err := SVG(Curve(q).With(a))
	if err != nil {
		t.Fatal(err)
	}
	// The sample line is the stroked path just before the dot path and the
	// text: <path d="M x0,y L x1,y" …/> <path d="M cx+r,y A…"/> <text x=…>.
	re := regexp.MustCompile(`<path d="M[0-9.]+,[0-9.]+L([0-9.]+),[0-9.]+" style="fill:none[^"]*" />\s*<path d="M([0-9.]+),[^"]*" style="fill:[^"]*" />\s*<text x="([0-9.]+)"[^>]*>\s*[^<]*Newton \(undamped\)</text>`)
	m := re.FindSubmatch(absolutePaths(t, svg))
	if m == nil {
		t.Fatalf("key entry not found in the SVG")
	}
	lineEnd, _ := strconv.ParseFloat(string(m[1]), 64)
	dotRight, _ := strconv.ParseFloat(string(m[2]), 64)
	textX, _ := strconv.ParseFloat(string(m[3]), 64)
	if gap := textX - lineEnd; gap < 5 {
		t.Errorf("text starts %.2f pt after the sample line ends, want ≥ 5", gap)
	}
	if gap := textX - dotRight; gap < 5 {
		t.Errorf("text starts %.2f pt after the sample's dot, want ≥ 5", gap)
	}
}
