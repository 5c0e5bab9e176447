package plotting

import (
	"reflect"
	"testing"
)

func TestNiceTicksLabels(t *testing.T) {
	// The course's x range [−2, 2] with the default 7 labels: the raw step
	// 4/7 ≈ 0.57 rounds up to 1 (the smallest of 1, 2, 2.5, 5 × 10ᵏ that
	// is ≥ 0.57), so labels are whole numbers with true minus signs.
	var got []string
	for _, tk := range (NiceTicks{}).Ticks(-2, 2) {
		if tk.Label != "" {
			got = append(got, tk.Label)
		}
	}
	want := []string{"−2", "−1", "0", "1", "2"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("NiceTicks(−2, 2) labels = %q, want %q", got, want)
	}
}

func TestLogTicksLabels(t *testing.T) {
	// 1e−6 … 3: seven decades, every power of ten labelled, decimals
	// from 0.001 up; no 9.999999999999999e-05.
	var got []string
	for _, tk := range (LogTicks{}).Ticks(1e-6, 3) {
		if tk.Label != "" {
			got = append(got, tk.Label)
		}
	}
	want := []string{"1e−6", "1e−5", "1e−4", "0.001", "0.01", "0.1", "1"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("LogTicks(1e−6, 3) labels = %q, want %q", got, want)
	}
}

func TestNiceTicksDecimals(t *testing.T) {
	// The course's sweep colour limits −1.45 … −1.2: raw step 0.25/7 ≈ 0.036
	// rounds up to 0.05, which needs two decimals.
	var got []string
	for _, tk := range (NiceTicks{}).Ticks(-1.45, -1.2) {
		if tk.Label != "" {
			got = append(got, tk.Label)
		}
	}
	want := []string{"−1.45", "−1.40", "−1.35", "−1.30", "−1.25", "−1.20"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("NiceTicks(−1.45, −1.2) labels = %q, want %q", got, want)
	}
}

func TestNiceTicksStep25(t *testing.T) {
	// [0, 10] with Target 4: the raw step 10/4 = 2.5 is one of the nice
	// steps (1, 2, 2.5, 5 × 10ᵏ), so the ticks are 0, 2.5, 5, 7.5, 10 and
	// need one decimal each; with none, 2.5 read "2" and 7.5 read "8".
	var got []string
	for _, tk := range (NiceTicks{Target: 4}).Ticks(0, 10) {
		if tk.Label != "" {
			got = append(got, tk.Label)
		}
	}
	want := []string{"0.0", "2.5", "5.0", "7.5", "10.0"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("NiceTicks{4}(0, 10) labels = %q, want %q", got, want)
	}
}

func TestStepDecimals(t *testing.T) {
	// The decimals of each step's significant digits: 25 and 250 are whole,
	// 2.5 needs one, 0.25 two, 0.05 two, 0.1 one, 2 none.
	for step, want := range map[float64]int{250: 0, 25: 0, 2.5: 1, 0.25: 2, 0.025: 3, 0.05: 2, 0.1: 1, 2: 0, 1: 0, 0.2: 1} {
		if got := stepDecimals(step); got != want {
			t.Errorf("stepDecimals(%v) = %d, want %d", step, got, want)
		}
	}
}
