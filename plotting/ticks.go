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

// Ticks returns the ticks between min and max.
func (t NiceTicks) Ticks(min, max float64) []plot.Tick {
	n := t.Target
	if n <= 0 {
		n = 7
	}
	if !(max > min) || !isFinite(min) || !isFinite(max) {
		return plot.DefaultTicks{}.Ticks(min, max)
	}
	step := niceStep((max - min) / float64(n))
	dec := 0
	if step < 1 {
		dec = int(math.Ceil(-math.Log10(step) - 1e-9))
		// 2.5 × 10ᵏ needs one more decimal than 10ᵏ⁺¹.
		if m := step / math.Pow(10, math.Floor(math.Log10(step))); math.Abs(m-2.5) < 1e-9 {
			dec++
		}
	}
	var ticks []plot.Tick
	first := math.Ceil(min/step-1e-9) * step
	for v := first - step/2; v <= max+step*1e-9; v += step / 2 {
		k := math.Round(v / (step / 2))
		val := k * step / 2
		if val < min-step*1e-9 {
			continue
		}
		if int64(k)%2 == 0 {
			ticks = append(ticks, plot.Tick{Value: val, Label: formatTick(val, dec, step)})
		} else {
			ticks = append(ticks, plot.Tick{Value: val})
		}
	}
	return ticks
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
	return strings.Replace(s, "-", "−", 1)
}

// niceAxes sets NiceTicks on both axes of p.
func niceAxes(p *plot.Plot) {
	p.X.Tick.Marker = NiceTicks{}
	p.Y.Tick.Marker = NiceTicks{}
}
