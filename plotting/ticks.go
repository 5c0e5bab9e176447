package plotting

import (
	"math"
	"strconv"
	"strings"

	"gonum.org/v1/plot"
)

// NiceTicks is the tick marker of every axis this package draws: about
// Target labelled ticks at 1, 2, 2.5 or 5 × 10ᵏ apart (the choice of
// matplotlib's MaxNLocator), unlabelled minor ticks halfway between, and
// labels written with as few decimals as the step needs and a true minus
// sign (−).
type NiceTicks struct {
	// Target is the wanted number of labelled ticks; zero means 7.
	Target int
}

// maxTicks is the most ticks, labelled and minor, an axis gets: more
// than a 40 in axis (MaxFigureSize) can show. NiceTicks caps Target at
// half of it.
const maxTicks = 1000

// Ticks returns the ticks between min and max: none if they are not
// finite with min < max, or if the range is too narrow for its
// magnitude to hold distinct ticks.
func (t NiceTicks) Ticks(min, max float64) []plot.Tick {
	n := t.Target
	if n <= 0 {
		n = 7
	}
	if n > maxTicks/2 {
		n = maxTicks / 2
	}
	if !(max > min) || !isFinite(min) || !isFinite(max) {
		return nil
	}
	step := niceStep(max/float64(n) - min/float64(n)) // max − min may overflow
	// Half steps k·step/2 from kLo to kHi: the labelled ticks (k even) and
	// the minor ticks between. Counted, not stepped to, so that a step
	// too small to change a huge value (min = 1e17, step 2) cannot loop.
	kLo, kHi := math.Ceil(min/(step/2)-2e-9), math.Floor(max/(step/2)+2e-9)
	if !isFinite(kLo) || !isFinite(kHi) || kHi-kLo >= maxTicks || kLo+1 == kLo || kHi-1 == kHi {
		return nil // beyond 2⁵³ half steps, k++ would not move
	}
	dec := stepDecimals(step)
	var ticks []plot.Tick
	for i := 0; i <= int(kHi-kLo); i++ {
		k := kLo + float64(i)
		val := k * (step / 2) // k·step may overflow
		if math.Mod(k, 2) == 0 {
			ticks = append(ticks, plot.Tick{Value: val, Label: formatTick(val, dec, step)})
		} else {
			ticks = append(ticks, plot.Tick{Value: val})
		}
	}
	return ticks
}

// stepDecimals is the number of decimals that write every multiple of
// step exactly: the decimals of its significant digits. A step of
// m × 10ᵏ (m = 1, 2, 5) needs −k of them, and 2.5 × 10ᵏ one more, so a
// step of 2.5 labels 2.5 and 7.5 (not 2 and 8) and 25 labels 25, 50, 75.
func stepDecimals(step float64) int {
	k := math.Floor(math.Log10(step) + 1e-9)
	dec := -k
	if m := step / math.Pow(10, k); math.Abs(m-2.5) < 1e-9 {
		dec++
	}
	return max(0, int(dec))
}

// niceStep returns the smallest of 1, 2, 2.5, 5 × 10ᵏ that is ≥ raw.
func niceStep(raw float64) float64 {
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if m*p >= raw*(1-1e-9) {
			return m * p
		}
	}
	return 10 * p
}

// formatTick writes v with dec decimals, in scientific notation when the
// step is tiny or v huge, with − for minus and 0 never signed.
func formatTick(v float64, dec int, step float64) string {
	if math.Abs(v) < step*1e-6 {
		v = 0
	}
	var s string
	if step < 1e-4 || math.Abs(v) >= 1e6 {
		s = strconv.FormatFloat(v, 'g', 3, 64)
	} else {
		s = strconv.FormatFloat(v, 'f', dec, 64)
	}
	s = strings.Replace(s, "e+", "e", 1)
	return strings.ReplaceAll(s, "-", "−")
}

// niceAxes sets NiceTicks on both axes of p.
func niceAxes(p *plot.Plot) {
	p.X.Tick.Marker = NiceTicks{}
	p.Y.Tick.Marker = NiceTicks{}
}

// LogTicks is the tick marker of log-scale axes: a labelled tick at each
// power of ten (every second or third one when the range spans more than 8
// or 16 decades), unlabelled ticks at 2…9 × 10ᵏ when it spans at most 5,
// and labels as plain decimals from 0.001 to 1000, else as 1e−5, 1e6.
// (gonum's LogTicks writes 9.999999999999999e-05; and the fonts have no
// superscript minus for 10⁻⁵.)
type LogTicks struct{}

// Ticks returns the ticks between min and max (both > 0).
func (LogTicks) Ticks(min, max float64) []plot.Tick {
	if !(min > 0) || !(max > min) || !isFinite(min) || !isFinite(max) {
		return nil
	}
	lo, hi := int(math.Floor(math.Log10(min))), int(math.Ceil(math.Log10(max)))
	decades := hi - lo
	every := 1
	switch {
	case decades > 16:
		every = 3
	case decades > 8:
		every = 2
	}
	var ticks []plot.Tick
	for k := lo; k <= hi; k++ {
		v := math.Pow(10, float64(k))
		if v >= min*(1-1e-12) && v <= max*(1+1e-12) {
			t := plot.Tick{Value: v}
			if k%every == 0 {
				t.Label = formatPow10(k)
			}
			ticks = append(ticks, t)
		}
		if decades <= 5 {
			for m := 2; m <= 9; m++ {
				if w := float64(m) * v; w >= min && w <= max {
					ticks = append(ticks, plot.Tick{Value: w})
				}
			}
		}
	}
	return ticks
}

func formatPow10(k int) string {
	if k >= -3 && k <= 3 {
		return strconv.FormatFloat(math.Pow(10, float64(k)), 'f', max(0, -k), 64)
	}
	return strings.Replace("1e"+strconv.Itoa(k), "-", "−", 1)
}
