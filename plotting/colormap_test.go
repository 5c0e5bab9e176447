package plotting

import (
	"image/color"
	"math"
	"strings"
	"testing"
)

func rgb8(c color.Color) (r, g, b uint8) {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	return n.R, n.G, n.B
}

func TestViridisEndpoints(t *testing.T) {
	// Source: matplotlib _cm_listed.py, _viridis_data first and last rows
	// (0.267004, 0.004874, 0.329415) = #440154 and (0.993248, 0.906157,
	// 0.143936) = #fde725.
	cm := Viridis()
	for _, tc := range []struct {
		v       float64
		r, g, b uint8
	}{{0, 0x44, 0x01, 0x54}, {1, 0xfd, 0xe7, 0x25}} {
		c, err := cm.At(tc.v)
		if err != nil {
			t.Fatal(err)
		}
		if r, g, b := rgb8(c); r != tc.r || g != tc.g || b != tc.b {
			t.Errorf("Viridis().At(%v) = #%02x%02x%02x, want #%02x%02x%02x", tc.v, r, g, b, tc.r, tc.g, tc.b)
		}
	}
}

func TestJetMatchesSegmentTable(t *testing.T) {
	// Source: matplotlib _cm.py _jet_data. At 0.5, red is on the ramp
	// (0.35, 0) → (0.66, 1): 0.15/0.31; green is 1 on [0.375, 0.64]; blue
	// is on (0.34, 1) → (0.65, 0): 1 − 0.16/0.31.
	cm := Jet()
	for _, tc := range []struct{ v, r, g, b float64 }{
		{0, 0, 0, 0.5},
		{0.5, 0.15 / 0.31, 1, 1 - 0.16/0.31},
		{1, 0.5, 0, 0},
	} {
		c, _ := cm.At(tc.v)
		r, g, b, _ := c.RGBA()
		got := [3]float64{float64(r) / 65535, float64(g) / 65535, float64(b) / 65535}
		want := [3]float64{tc.r, tc.g, tc.b}
		for i := range got {
			// 1/65535 is the resolution of a 16-bit channel.
			if math.Abs(got[i]-want[i]) > 1.0/65535 {
				t.Errorf("Jet().At(%v) = %v, want %v", tc.v, got, want)
				break
			}
		}
	}
}

// lightness returns CIE L* (D65) of c, from the sRGB transfer function and
// the Y row of the sRGB → XYZ matrix (IEC 61966-2-1).
func lightness(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		x := float64(v) / 65535
		if x <= 0.04045 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	y := 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
	if y > 216.0/24389 {
		return 116*math.Cbrt(y) - 16
	}
	return 24389.0 / 27 * y
}

func TestViridisLightnessIncreases(t *testing.T) {
	// Perceptual soundness: lightness must grow steadily along the map, so
	// a higher value never looks darker (the defining property of viridis,
	// van der Walt & Smith 2015). Jet fails it, which is why it is not the
	// default: its lightness rises to yellow and falls again to dark red.
	cs := Viridis().Palette(64).Colors()
	for i := 1; i < len(cs); i++ {
		if lightness(cs[i]) <= lightness(cs[i-1]) {
			t.Fatalf("viridis lightness falls between colours %d and %d: %.2f → %.2f", i-1, i, lightness(cs[i-1]), lightness(cs[i]))
		}
	}
	jet := Jet().Palette(64).Colors()
	rises := 0
	for i := 1; i < len(jet); i++ {
		if lightness(jet[i]) > lightness(jet[i-1]) {
			rises++
		}
	}
	if rises == len(jet)-1 {
		t.Errorf("jet's lightness increases monotonically: the test cannot tell a perceptual map from jet")
	}
}

func TestColorScaleClampsAndMarksBad(t *testing.T) {
	// Limits −5..5 are the course's vmin/vmax for peaks.
	s, err := NewColorScale(Jet(), -5, 5)
	if err != nil {
		t.Fatal(err)
	}
	if s.Color(-50) != s.Color(-5) || s.Color(50) != s.Color(5) {
		t.Errorf("values outside [-5, 5] are not clamped to the end colours")
	}
	if s.Color(-5) == s.Color(5) {
		t.Errorf("both ends have the same colour")
	}
	for _, v := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		if s.Color(v) != s.Bad {
			t.Errorf("Color(%v) = %v, want Bad %v", v, s.Color(v), s.Bad)
		}
	}
	if got := s.Normalized(0); got != 0.5 {
		t.Errorf("Normalized(0) = %v, want 0.5 (midway between -5 and 5)", got)
	}
}

func TestColorScaleRejectsBadLimits(t *testing.T) {
	for _, lim := range [][2]float64{{1, 1}, {2, 1}, {math.NaN(), 1}, {0, math.Inf(1)}} {
		_, err := NewColorScale(nil, lim[0], lim[1])
		if err == nil || !strings.Contains(err.Error(), "vmin") {
			t.Errorf("NewColorScale(nil, %v, %v) error = %v, want one naming vmin", lim[0], lim[1], err)
		}
	}
}

func TestColorMapByName(t *testing.T) {
	for _, name := range ColorMapNames() {
		if _, err := ColorMapByName(strings.ToUpper(name)); err != nil {
			t.Errorf("ColorMapByName(%q): %v", name, err)
		}
	}
	if _, err := ColorMapByName("rainbow"); err == nil || !strings.Contains(err.Error(), `"rainbow"`) {
		t.Errorf("ColorMapByName(rainbow) error = %v, want one naming it", err)
	}
}

func TestColorMapsAreIndependent(t *testing.T) {
	a, b := Viridis(), Viridis()
	a.SetMax(10)
	if b.Max() != 1 {
		t.Errorf("setting one Viridis()'s Max changed another's to %v", b.Max())
	}
}
