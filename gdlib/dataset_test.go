package gdlib

import (
	"math"
	"slices"
	"strings"
	"testing"
)

func TestNewDatasetBadInput(t *testing.T) {
	for _, c := range []struct {
		name string
		rows [][]float64
		y    []float64
		want string
	}{
		{"empty", nil, nil, "no rows"},
		{"targets", [][]float64{{1}, {2}}, []float64{1}, "2 rows but 1 targets"},
		{"ragged", [][]float64{{1, 2}, {3}}, []float64{1, 2}, "row 1 has 1 features"},
		{"nan", [][]float64{{1}, {math.NaN()}}, []float64{1, 2}, "row 1"},
		{"empty row", [][]float64{{}}, []float64{1}, "row 0 is empty"},
	} {
		_, err := NewDataset(c.name, c.rows, c.y)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one containing %q", c.name, err, c.want)
		}
	}
	d, err := NewDataset("ok", [][]float64{{1, 2}, {3, 4}}, []float64{0, 1})
	if err != nil || d.Len() != 2 || d.Features != 2 || !slices.Equal(d.Row(1), []float64{3, 4}) {
		t.Fatalf("NewDataset = %v, %v", d, err)
	}
	if x, y := d.XY(1); x != 3 || y != 4 {
		t.Errorf("XY(1) = (%v, %v), want the two features (3, 4)", x, y)
	}
}

// The data makers are deterministic in their seed, and draw what their
// documentation says: NoisyLine's residuals have the noise's spread,
// TwoClouds puts half the examples in each class.
func TestDataMakers(t *testing.T) {
	a, b := NoisyLine(400, Range{0, 10}, 0.5, 2, 0.5, 1), NoisyLine(400, Range{0, 10}, 0.5, 2, 0.5, 1)
	if !slices.Equal(a.X, b.X) || !slices.Equal(a.Y, b.Y) {
		t.Error("NoisyLine with the same seed gave different data")
	}
	if c := NoisyLine(400, Range{0, 10}, 0.5, 2, 0.5, 2); slices.Equal(a.X, c.X) {
		t.Error("NoisyLine with seeds 1 and 2 gave the same data")
	}
	var ss float64
	for i := range a.Y {
		if x := a.X[i]; x < 0 || x > 10 {
			t.Fatalf("x[%d] = %v outside [0, 10]", i, x)
		}
		r := a.Y[i] - (0.5*a.X[i] + 2)
		ss += r * r
	}
	// The sample standard deviation of 400 normal draws is within 4
	// standard errors (σ/√(2n) = 0.018) of σ = 0.5.
	if sd := math.Sqrt(ss / 400); math.Abs(sd-0.5) > 4*0.5/math.Sqrt(800) {
		t.Errorf("residual spread %v, want 0.5", sd)
	}
	c := TwoClouds(201, 2, 1, 3)
	var ones float64
	for _, y := range c.Y {
		ones += y
	}
	if c.Len() != 201 || c.Features != 2 || ones != 101 {
		t.Errorf("TwoClouds(201): %v with %v of class 1, want 201 examples, 2 features, 101 of class 1", c, ones)
	}
	for _, f := range []func(){
		func() { NoisyLine(1, Range{0, 1}, 1, 0, 0, 0) },
		func() { NoisyLine(5, Range{1, 1}, 1, 0, 0, 0) },
		func() { NoisyLine(5, Range{0, 1}, 1, 0, -1, 0) },
		func() { TwoClouds(5, math.Inf(1), 1, 0) },
		func() { TwoClouds(5, 1, 0, 0) },
	} {
		func() {
			defer func() {
				if r := recover(); r == nil || !strings.Contains(r.(string), " = ") {
					t.Errorf("panic %v, want one naming the parameter and its value", r)
				}
			}()
			f()
		}()
	}
}

func TestStandardizeAndUnscale(t *testing.T) {
	d := NoisyLine(50, Range{0, 10}, 0.5, 2, 0.5, 1)
	s, sc := d.Standardize()
	col := s.Column(0)
	var m, v float64
	for _, x := range col {
		m += x / 50
	}
	for _, x := range col {
		v += (x - m) * (x - m) / 50
	}
	if math.Abs(m) > 1e-14 || math.Abs(v-1) > 1e-14 {
		t.Errorf("standardised feature: mean %v, variance %v; want 0 and 1", m, v)
	}
	// A model on the standardised feature predicts what its unscaled
	// parameters predict on the original one.
	p := Pt(1.3, -0.7)
	q := sc.Unscale(p)
	for i := 0; i < d.Len(); i++ {
		if a, b := p[0]*s.X[i]+p[1], q[0]*d.X[i]+q[1]; math.Abs(a-b) > 1e-12 {
			t.Fatalf("example %d: standardised model %v, unscaled %v", i, a, b)
		}
	}
}

func TestSplit(t *testing.T) {
	d := TwoClouds(100, 2, 1, 3)
	tr, te, err := d.Split(0.8, 9)
	if err != nil || tr.Len() != 80 || te.Len() != 20 {
		t.Fatalf("Split(0.8) = %v, %v, %v", tr, te, err)
	}
	tr2, _, _ := d.Split(0.8, 9)
	if !slices.Equal(tr.X, tr2.X) {
		t.Error("Split with the same seed gave different parts")
	}
	// Together the parts hold every example once.
	var all, got []float64
	for i := 0; i < d.Len(); i++ {
		all = append(all, d.X[2*i]*1e6+d.X[2*i+1])
	}
	for _, p := range []*Dataset{tr, te} {
		for i := 0; i < p.Len(); i++ {
			got = append(got, p.X[2*i]*1e6+p.X[2*i+1])
		}
	}
	slices.Sort(all)
	slices.Sort(got)
	if !slices.Equal(all, got) {
		t.Error("the parts of Split do not hold every example exactly once")
	}
	for _, f := range []float64{0, 1, 0.001, math.NaN()} {
		if _, _, err := d.Split(f, 1); err == nil || !strings.Contains(err.Error(), "frac") {
			t.Errorf("Split(%v): error %v, want one naming frac", f, err)
		}
	}
}

func TestReadCSV(t *testing.T) {
	d, err := ReadCSV(strings.NewReader("size, rooms, price\n50, 2, 150\n80, 3, 230\n"), "houses")
	if err != nil || d.Len() != 2 || d.Features != 2 || !slices.Equal(d.Row(1), []float64{80, 3}) || d.Y[1] != 230 {
		t.Fatalf("ReadCSV = %v, %v", d, err)
	}
	for _, c := range []struct{ in, want string }{
		{"1,2\n3,x\n", `line 2, field 2 = "x"`},
		{"1\n", "line 1 has 1 field"},
		{"1,2\n3,4,5\n", "wrong number of fields"},
		{"a,b\n", "no rows"},
		{"1,NaN\n", "want finite numbers"},
	} {
		if _, err := ReadCSV(strings.NewReader(c.in), "bad"); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("ReadCSV(%q): error %v, want one containing %q", c.in, err, c.want)
		}
	}
}
