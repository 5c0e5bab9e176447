package interactive

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

// Slider is one control of Sliders: a value between Min and Max.
//
// The zero Step means 1/100 of the range, in the slider's scale. With Log
// the slider moves in powers of ten (Min and Max must then be > 0): right for
// a learning rate from 1e-4 to 1. Label, if empty, is Name.
type Slider struct {
	Name     string  // key in Values: "lr", "steps", "beta", "x0"
	Label    string  // text before the slider; default Name
	Min, Max float64 // range, Min < Max
	Step     float64 // increment; 0 means (Max − Min)/100 (in log10 with Log)
	Value    float64 // initial value, Min ≤ Value ≤ Max
	Log      bool    // logarithmic scale
	Integer  bool    // round values to integers (set for a number of steps)
	Format   string  // how the value is printed; default "%.4g"
	Disabled bool    // shown but not movable
}

// check returns an error naming the slider and the bad field.
func (s Slider) check() error {
	name := s.Name
	switch {
	case name == "":
		return fmt.Errorf("interactive: a Slider has no Name: give each slider a name such as \"lr\"")
	case strings.ContainsAny(name, "\"'<>&"):
		return fmt.Errorf("interactive: Slider.Name = %q: use letters, digits and _ only", name)
	case math.IsNaN(s.Min) || math.IsInf(s.Min, 0) || math.IsNaN(s.Max) || math.IsInf(s.Max, 0):
		return fmt.Errorf("interactive: slider %q: Min = %v, Max = %v: want finite numbers", name, s.Min, s.Max)
	case !(s.Min < s.Max):
		return fmt.Errorf("interactive: slider %q: Min = %v is not less than Max = %v", name, s.Min, s.Max)
	case math.IsNaN(s.Value) || s.Value < s.Min || s.Value > s.Max:
		return fmt.Errorf("interactive: slider %q: Value = %v is outside [Min, Max] = [%v, %v]", name, s.Value, s.Min, s.Max)
	case math.IsInf(s.Max-s.Min, 0):
		return fmt.Errorf("interactive: slider %q: Min = %v, Max = %v: the width Max − Min overflows a float64", name, s.Min, s.Max)
	case math.IsNaN(s.Step) || s.Step < 0 || math.IsInf(s.Step, 0):
		return fmt.Errorf("interactive: slider %q: Step = %v: want a finite number ≥ 0 (0 means 1/100 of the range)", name, s.Step)
	case s.Log && s.Min <= 0:
		return fmt.Errorf("interactive: slider %q: Log needs Min > 0, got Min = %v", name, s.Min)
	case strings.Contains(s.format(s.Value), "%!"):
		return fmt.Errorf("interactive: slider %q: Format = %q prints %s: want a verb for a float64, such as %%.3g", name, s.Format, s.format(s.Value))
	}
	return nil
}

// scale returns the slider's position range and step in its own scale
// (log10 of the value with Log).
func (s Slider) scale() (lo, hi, step, pos float64) {
	lo, hi, pos = s.Min, s.Max, s.Value
	if s.Log {
		lo, hi, pos = math.Log10(lo), math.Log10(hi), math.Log10(pos)
	}
	step = s.Step
	if step == 0 {
		step = (hi - lo) / 100
	}
	if s.Integer && !s.Log {
		step = math.Max(1, math.Round(step))
	}
	return lo, hi, step, pos
}

// valueAt converts a slider position to its value, clamped to [Min, Max]
// and rounded for Integer sliders. It is what the browser sends, checked
// again in Go: a value from the page is not trusted.
//
// A Log slider's value is rounded to 3 significant digits (a learning rate
// of 0.00606, not 0.00606319172253942, in titles and legends), a linear
// one to 10, which removes the noise of the page's float arithmetic.
func (s Slider) valueAt(pos float64) float64 {
	if math.IsNaN(pos) {
		return s.Min
	}
	v := pos
	digits := 10
	if s.Log {
		v, digits = math.Pow(10, pos), 3
	}
	if s.Integer {
		v = math.Round(v)
	} else {
		v, _ = strconv.ParseFloat(strconv.FormatFloat(v, 'g', digits, 64), 64)
	}
	return math.Min(math.Max(v, s.Min), s.Max)
}

// format prints v for the slider's label.
func (s Slider) format(v float64) string {
	f := s.Format
	if f == "" {
		f = "%.4g"
		if s.Integer {
			f = "%.0f"
		}
	}
	return fmt.Sprintf(f, v)
}

// Values are the sliders' current values, by Name.
type Values map[string]float64

// Int returns the value named name rounded to the nearest integer: the
// number of steps, for instance. It panics, naming name and what v holds,
// if there is no such value (a misspelt name would otherwise give 0) or
// it is NaN or beyond ±2⁵³ (an int that a float64 holds exactly); inside
// Sliders' render function the panic is shown in place of the figure.
func (v Values) Int(name string) int {
	x, ok := v[name]
	switch {
	case !ok:
		panic(fmt.Sprintf("interactive: Values.Int(%q): no value of that name; the values are %v", name, v))
	case math.IsNaN(x) || math.Abs(x) > 1<<53:
		panic(fmt.Sprintf("interactive: Values.Int(%q): the value %v is not a whole number an int holds", name, x))
	}
	return int(math.Round(x))
}

// String lists the values as "lr = 0.01, steps = 100", sorted by name.
func (v Values) String() string {
	names := make([]string, 0, len(v))
	for k := range v {
		names = append(names, k)
	}
	sort.Strings(names)
	var b strings.Builder
	for i, k := range names {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s = %.4g", k, v[k])
	}
	return b.String()
}

// checkSliders validates every slider and that names are unique.
func checkSliders(sliders []Slider) error {
	if len(sliders) == 0 {
		return fmt.Errorf("interactive: Sliders needs at least one Slider")
	}
	seen := map[string]bool{}
	for _, s := range sliders {
		if err := s.check(); err != nil {
			return err
		}
		if seen[s.Name] {
			return fmt.Errorf("interactive: two sliders are named %q: names must be unique", s.Name)
		}
		seen[s.Name] = true
	}
	return nil
}
