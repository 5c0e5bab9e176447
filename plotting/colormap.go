package plotting

import (
	"fmt"
	"image/color"
	"math"
	"strings"

	"gonum.org/v1/plot/palette"
	"gonum.org/v1/plot/palette/moreland"
)

// A colour map here is gonum's palette.ColorMap: At(v) gives the colour of
// v between Min() and Max(). Each constructor returns a new value with
// Min = 0 and Max = 1, so setting its limits never changes another figure's
// map. Use a ColorScale to map values with limits and clamping.

// stop is one control point of a piecewise-linear colour map: at position
// t ∈ [0, 1] the channel has value v ∈ [0, 1].
type stop struct{ t, v float64 }

// linearMap is a palette.ColorMap that interpolates each channel linearly
// between its stops (the way matplotlib's LinearSegmentedColormap does).
type linearMap struct {
	name     string
	r, g, b  []stop
	min, max float64
	alpha    float64
}

var _ palette.ColorMap = (*linearMap)(nil)

func newLinearMap(name string, r, g, b []stop) *linearMap {
	return &linearMap{name: name, r: r, g: g, b: b, min: 0, max: 1, alpha: 1}
}

// fromHex builds a linearMap from colours evenly spaced on [0, 1].
func fromHex(name string, hex ...uint32) *linearMap {
	n := len(hex)
	r := make([]stop, n)
	g := make([]stop, n)
	b := make([]stop, n)
	for i, h := range hex {
		t := float64(i) / float64(n-1)
		r[i] = stop{t, float64(h>>16&0xff) / 255}
		g[i] = stop{t, float64(h>>8&0xff) / 255}
		b[i] = stop{t, float64(h&0xff) / 255}
	}
	return newLinearMap(name, r, g, b)
}

func channel(s []stop, t float64) float64 {
	if t <= s[0].t {
		return s[0].v
	}
	for i := 1; i < len(s); i++ {
		if t <= s[i].t {
			a, b := s[i-1], s[i]
			return a.v + (b.v-a.v)*(t-a.t)/(b.t-a.t)
		}
	}
	return s[len(s)-1].v
}

// At returns the colour of v. It returns palette.ErrUnderflow or
// palette.ErrOverflow when v is outside [Min, Max], palette.ErrNaN for NaN.
func (m *linearMap) At(v float64) (color.Color, error) {
	switch {
	case math.IsNaN(v):
		return nil, palette.ErrNaN
	case v < m.min:
		return nil, palette.ErrUnderflow
	case v > m.max:
		return nil, palette.ErrOverflow
	}
	t := 0.0
	if m.max > m.min {
		t = (v - m.min) / (m.max - m.min)
	}
	return color.NRGBA64{
		R: uint16(math.Round(65535 * channel(m.r, t))),
		G: uint16(math.Round(65535 * channel(m.g, t))),
		B: uint16(math.Round(65535 * channel(m.b, t))),
		A: uint16(math.Round(65535 * m.alpha)),
	}, nil
}

func (m *linearMap) Max() float64     { return m.max }
func (m *linearMap) Min() float64     { return m.min }
func (m *linearMap) SetMax(v float64) { m.max = v }
func (m *linearMap) SetMin(v float64) { m.min = v }
func (m *linearMap) Alpha() float64   { return m.alpha }

// SetAlpha sets the opacity; it panics unless 0 ≤ a ≤ 1 (the contract of
// palette.ColorMap).
func (m *linearMap) SetAlpha(a float64) {
	if !(a >= 0 && a <= 1) {
		panic(fmt.Sprintf("plotting: %s.SetAlpha(%v): want 0 ≤ alpha ≤ 1", m.name, a))
	}
	m.alpha = a
}

// Palette returns n colours evenly spaced from Min to Max.
func (m *linearMap) Palette(n int) palette.Palette {
	cs := make([]color.Color, n)
	for i := range cs {
		v := m.min
		if n > 1 {
			v += (m.max - m.min) * float64(i) / float64(n-1)
		}
		cs[i], _ = m.At(v)
	}
	return plainPalette(cs)
}

// String returns the map's name, e.g. "viridis".
func (m *linearMap) String() string { return m.name }

type plainPalette []color.Color

func (p plainPalette) Colors() []color.Color { return p }

// Viridis returns the viridis colour map, the default of this package (and
// of matplotlib since 2.0): perceptually uniform, readable in grey and by
// readers with the common colour-vision deficiencies. Dark blue-violet is
// low, yellow is high.
//
// The 11 stops are viridis sampled at 0, 0.1, …, 1 (the values of
// matplotlib's _cm_listed.py, public domain, CC0); linear interpolation
// between them stays within a few 1/255 of the full 256-entry table.
func Viridis() palette.ColorMap {
	return fromHex("viridis",
		0x440154, 0x482475, 0x414487, 0x355f8d, 0x2a788e, 0x21918c,
		0x22a884, 0x44bf70, 0x7ad151, 0xbddf26, 0xfde725)
}

// Jet returns the jet colour map (dark blue, cyan, yellow, red, dark red),
// for fidelity with the course, whose imshow figures use matplotlib's
// default of the time. Jet is not perceptually uniform: its bright cyan and
// yellow bands show edges that are not in the data. Prefer Viridis.
//
// The stops are matplotlib's _jet_data segment table (_cm.py).
func Jet() palette.ColorMap {
	return newLinearMap("jet",
		[]stop{{0, 0}, {0.35, 0}, {0.66, 1}, {0.89, 1}, {1, 0.5}},
		[]stop{{0, 0}, {0.125, 0}, {0.375, 1}, {0.64, 1}, {0.91, 0}, {1, 0}},
		[]stop{{0, 0.5}, {0.11, 1}, {0.34, 1}, {0.65, 0}, {1, 0}},
	)
}

// CoolWarm returns Moreland's diverging cool-to-warm map (blue, light grey,
// red), gonum's moreland.SmoothBlueRed. Use it for signed quantities (a
// derivative, a difference) with limits symmetric about zero.
func CoolWarm() palette.ColorMap {
	cm := moreland.SmoothBlueRed()
	// moreland's maps start with the empty range [0, 0], where At fails;
	// give it [0, 1] like the other maps, so ColorScale can use it.
	cm.SetMin(0)
	cm.SetMax(1)
	return cm
}

// Terrain returns matplotlib's terrain map (deep blue, cyan, green, pale
// yellow, brown, white), stops from matplotlib's _terrain_data: low
// valleys read as water, high peaks as snow.
func Terrain() palette.ColorMap {
	type rgb struct{ t, r, g, b float64 }
	pts := []rgb{
		{0, 0.2, 0.2, 0.6}, {0.15, 0, 0.6, 1}, {0.25, 0, 0.8, 0.4},
		{0.5, 1, 1, 0.6}, {0.75, 0.5, 0.36, 0.33}, {1, 1, 1, 1},
	}
	var r, g, b []stop
	for _, p := range pts {
		r = append(r, stop{p.t, p.r})
		g = append(g, stop{p.t, p.g})
		b = append(b, stop{p.t, p.b})
	}
	return newLinearMap("terrain", r, g, b)
}

// ColorMapNames returns the names ColorMapByName accepts: viridis, jet,
// coolwarm and terrain.
func ColorMapNames() []string { return []string{"viridis", "jet", "coolwarm", "terrain"} }

// ColorMapByName returns a new colour map by its (case-insensitive) name,
// one of ColorMapNames, or an error naming the unknown name.
func ColorMapByName(name string) (palette.ColorMap, error) {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "viridis", "":
		return Viridis(), nil
	case "jet":
		return Jet(), nil
	case "coolwarm":
		return CoolWarm(), nil
	case "terrain":
		return Terrain(), nil
	}
	return nil, fmt.Errorf("plotting: colour map %q is unknown; want one of %s", name, strings.Join(ColorMapNames(), ", "))
}

// ColorScale maps values to colours of Map between the limits Min and Max
// (matplotlib's vmin and vmax). Values below Min get the colour of Min and
// values above Max the colour of Max (clamping, as imshow does); NaN and
// ±Inf values get Bad.
//
// The zero ColorScale is not usable; make one with NewColorScale.
type ColorScale struct {
	Map      palette.ColorMap
	Min, Max float64
	// Bad is the colour of NaN and ±Inf. NewColorScale sets it to a light
	// grey (#d9d9d9) that no map here uses at full saturation.
	Bad color.Color
}

// NewColorScale returns a scale over [vmin, vmax] with colour map cm (nil
// means Viridis). It returns an error naming the limits if either is not
// finite, vmin ≥ vmax, or vmax − vmin overflows.
func NewColorScale(cm palette.ColorMap, vmin, vmax float64) (*ColorScale, error) {
	if !isFinite(vmin) || !isFinite(vmax) || !(vmin < vmax) || !isFinite(vmax-vmin) {
		return nil, fmt.Errorf("plotting: colour limits vmin = %v, vmax = %v: want finite numbers with vmin < vmax and a finite vmax − vmin", vmin, vmax)
	}
	if cm == nil {
		cm = Viridis()
	}
	return &ColorScale{Map: cm, Min: vmin, Max: vmax, Bad: color.NRGBA{0xd9, 0xd9, 0xd9, 0xff}}, nil
}

// Color returns the colour of v: clamped to [Min, Max], Bad if v is NaN or
// ±Inf. It panics on a ColorScale without a Map (the zero ColorScale).
func (s *ColorScale) Color(v float64) color.Color {
	if s.Map == nil {
		panic("plotting: ColorScale.Color on a ColorScale without a Map: make one with NewColorScale")
	}
	if !isFinite(v) {
		return s.Bad
	}
	v = math.Max(s.Min, math.Min(s.Max, v))
	t := (v - s.Min) / (s.Max - s.Min)
	lo, hi := s.Map.Min(), s.Map.Max()
	c, err := s.Map.At(lo + t*(hi-lo))
	if err != nil { // rounding just outside [lo, hi]
		if t < 0.5 {
			c, err = s.Map.At(lo)
		} else {
			c, err = s.Map.At(hi)
		}
	}
	if err != nil || c == nil { // a map whose limits were set badly
		return s.Bad
	}
	return c
}

// Normalized returns where v lies between Min and Max, clamped to [0, 1];
// NaN for a non-finite v.
func (s *ColorScale) Normalized(v float64) float64 {
	if !isFinite(v) {
		return math.NaN()
	}
	return math.Max(0, math.Min(1, (v-s.Min)/(s.Max-s.Min)))
}

func isFinite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }
