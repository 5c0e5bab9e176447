package interactive

import (
	"math"
	"strings"
	"testing"
)

func contains(s, sub string) bool { return strings.Contains(s, sub) }

func TestSliderErrorsNameTheField(t *testing.T) {
	for _, c := range []struct {
		s    []Slider
		want string
	}{
		{nil, "at least one"},
		{[]Slider{{Min: 0, Max: 1}}, "no Name"},
		{[]Slider{{Name: "lr", Min: 1, Max: 0}}, `"lr": Min = 1 is not less than Max = 0`},
		{[]Slider{{Name: "lr", Min: 0, Max: 1, Value: 2}}, "Value = 2"},
		{[]Slider{{Name: "lr", Min: 0, Max: 1, Log: true}}, "Log needs Min > 0"},
		{[]Slider{{Name: "lr", Min: 0, Max: 1, Step: -1}}, "Step = -1"},
		{[]Slider{{Name: "lr", Min: math.NaN(), Max: 1}}, "finite"},
		{[]Slider{{Name: "a", Max: 1}, {Name: "a", Max: 1}}, `two sliders are named "a"`},
		{[]Slider{{Name: `a"b`, Max: 1}}, "letters"},
	} {
		err := checkSliders(c.s)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%+v: error %v, want one with %q", c.s, err, c.want)
		}
	}
}

// TestSliderValueAt checks what a slider position means: powers of ten
// for Log, rounding for Integer, and clamping of a position the page may
// send outside the range.
func TestSliderValueAt(t *testing.T) {
	lr := Slider{Name: "lr", Min: 1e-4, Max: 1, Value: 0.01, Log: true}
	// Tolerance 1e-12: math.Log10(1e-4) is -3.9999999999999996.
	near := func(a, b float64) bool { return math.Abs(a-b) < 1e-12 }
	if lo, hi, step, pos := lr.scale(); !near(lo, -4) || hi != 0 || !near(step, 0.04) || !near(pos, -2) {
		t.Errorf("log scale: %v %v %v %v, want -4 0 0.04 -2", lo, hi, step, pos)
	}
	if v := lr.valueAt(-3); v != 1e-3 {
		t.Errorf("lr at position -3 = %v, want 1e-3", v)
	}
	if v := lr.valueAt(math.Log10(0.00606319172253942)); v != 0.00606 {
		t.Errorf("a log slider's value %v is not rounded to 3 digits (0.00606)", v)
	}
	if v := lr.valueAt(5); v != 1 {
		t.Errorf("position 5 is clamped to %v, want Max = 1", v)
	}
	steps := Slider{Name: "steps", Min: 1, Max: 200, Value: 25, Integer: true}
	if v := steps.valueAt(24.6); v != 25 {
		t.Errorf("steps at 24.6 = %v, want 25", v)
	}
	if _, _, step, _ := steps.scale(); step != 2 {
		t.Errorf("default step of an Integer slider on [1, 200] = %v, want round(199/100) = 2", step)
	}
}

func TestSliderAppHandle(t *testing.T) {
	a := newSliderApp(nil, []Slider{{Name: "lr", Min: 1e-3, Max: 1, Value: 0.1, Log: true}, {Name: "beta", Max: 1, Value: 0.9, Disabled: true}})
	if a.handle(event{Type: "slider", Name: "lr", Value: -1}) {
		t.Error("lr moved to 10⁻¹ = 0.1, its value already, and asked for a redraw")
	}
	if !a.handle(event{Type: "slider", Name: "lr", Value: -2}) || a.vals["lr"] != 0.01 {
		t.Errorf("moving lr to 10⁻² gave %v, or no redraw", a.vals["lr"])
	}
	a.handle(event{Type: "slider", Name: "lr", Value: -1})
	if a.handle(event{Type: "slider", Name: "beta", Value: 0.5}) || a.vals["beta"] != 0.9 {
		t.Error("a disabled slider moved")
	}
	if a.handle(event{Type: "slider", Name: "nope", Value: 1}) {
		t.Error("an unknown slider asked for a redraw")
	}
	if got := a.values().String(); got != "beta = 0.9, lr = 0.1" {
		t.Errorf("values %q", got)
	}
	if got := a.summary(); got != "lr = 0.1, beta = 0.9" {
		t.Errorf("summary %q", got)
	}
}

// TestValueAt: the exported ValueAt is the kernel's own conversion.
func TestValueAt(t *testing.T) {
	lr := Slider{Name: "lr", Min: 1e-3, Max: 1, Value: 0.01, Log: true}
	if v := lr.ValueAt(math.Log10(0.00606319172253942)); v != lr.valueAt(math.Log10(0.00606319172253942)) || v != 0.00606 {
		t.Errorf("ValueAt = %v, want valueAt's 0.00606", v)
	}
}
