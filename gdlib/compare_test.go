package gdlib

import (
	"strings"
	"testing"
)

// TestCompareOrder: Compare returns, in the order of opts, exactly the
// traces Run gives for each optimizer.
func TestCompareOrder(t *testing.T) {
	f := Peaks()
	opts := []Transform{GD(0.01), Momentum(0.01, 0.9), Nesterov(0.01, 0.9), AdaGrad(0.1), RMSProp(0.01, 0.9), Adam(0.05)}
	set := &Settings{Steps: 500}
	traces, err := Compare(f, Pt(0, 1.4), opts, set)
	if err != nil {
		t.Fatal(err)
	}
	for i, o := range opts {
		want := MustRun(f, Pt(0, 1.4), o, set)
		got := traces[i]
		if got.Optimizer != o.Name() || !samePoint(got.Final(), want.Final()) || got.Len() != want.Len() {
			t.Errorf("traces[%d] = %v, want %v", i, got, want)
		}
	}
}

func TestCompareRejectsBadInput(t *testing.T) {
	f := Peaks()
	for _, c := range []struct {
		name  string
		start Point
		opts  []Transform
		want  string
	}{
		{"no optimizers", Pt(0, 1), nil, "opts is empty"},
		{"bad lr", Pt(0, 1), []Transform{GD(0.1), GD(-2)}, "opts[1] (GD(-2)): learning rate lr = -2"},
		{"nil optimizer", Pt(0, 1), []Transform{nil}, "opts[0] (nil)"},
		{"bad start", Pt(0), []Transform{GD(0.1)}, "start = 0 has 1 coordinates"},
	} {
		_, err := Compare(f, c.start, c.opts, nil)
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "Compare") {
			t.Errorf("%s: error %v, want one from Compare containing %q", c.name, err, c.want)
		}
	}
}
