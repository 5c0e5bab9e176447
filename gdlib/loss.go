package gdlib

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// Loss is the mean over the examples of a Dataset of a per-example loss of
// a linear model: with parameters x = (w₁, …, w_k, b) (the k weights, then
// the bias) and example i's features aᵢ and target yᵢ,
//
//	zᵢ = w·aᵢ + b,   J(x) = (1/n) Σᵢ ℓ(zᵢ, yᵢ)
//
// ℓ is written once with Num arithmetic (see NewLoss), so ℓ′ and ℓ″ are
// exact, and so are the gradient and Hessian of J:
//
//	∇J = (1/n) Σᵢ ℓ′(zᵢ, yᵢ)·(aᵢ, 1),   ∇²J = (1/n) Σᵢ ℓ″(zᵢ, yᵢ)·(aᵢ, 1)(aᵢ, 1)ᵀ
//
// A *Loss is an Objective over the whole data set (full-batch gradient
// descent); Minibatch makes the objective of stochastic and mini-batch
// gradient descent from it. It embeds a *Function (Name, TeX, Dim = k + 1,
// and a Domain to set before drawing the loss surface), so the figures of
// plotting take loss.Function. Its methods allocate nothing and only read,
// so it is safe for concurrent runs.
type Loss struct {
	*Function
	Data *Dataset

	example func(z Num, y float64) Num
	err     error
}

var (
	_ Objective = (*Loss)(nil)
	_ Hessianer = (*Loss)(nil)
)

// NewLoss makes the mean loss over d of the per-example loss ℓ(z, y) of a
// linear model z = w·a + b, written with Num arithmetic:
//
//	l := gdlib.NewLoss("absolute error", `J = \frac1n\sum_i |z_i - y_i|`, d,
//		func(z gdlib.Num, y float64) gdlib.Num { return gdlib.Abs(z.AddConst(-y)) })
//
// Bad input (d nil or empty, ℓ nil) is not a panic: Run, given the loss,
// returns an error that says what is wrong.
func NewLoss(name, tex string, d *Dataset, example func(z Num, y float64) Num) *Loss {
	l := &Loss{Data: d, example: example}
	switch {
	case d == nil:
		l.err = fmt.Errorf("gdlib: the %s has no data: the dataset is nil", name)
	case d.Len() == 0 || d.Features < 1 || len(d.X) != d.Len()*d.Features:
		l.err = fmt.Errorf("gdlib: the %s's data is empty or malformed: %d targets, %d features, %d numbers in X", name, d.Len(), d.Features, len(d.X))
	case example == nil:
		l.err = fmt.Errorf("gdlib: the %s has no per-example loss: example is nil", name)
	}
	dim := 2
	if l.err == nil {
		name = fmt.Sprintf("%s on %s", name, d.Name)
		dim = d.Features + 1
	}
	l.Function = NewFunction(name, dim, l.value, l.grad, l.hess)
	l.TeX = tex
	return l
}

// On sets l's Domain, the box of parameters that the figures draw the loss
// over (one Range per weight, then the bias), and returns l:
//
//	loss := gdlib.MSE(data).On(gdlib.Box{{Min: -2, Max: 3}, {Min: -1, Max: 5}})
func (l *Loss) On(domain Box) *Loss {
	l.Domain = domain
	return l
}

// MSE is the cost of linear regression: half the mean squared error of the
// prediction z = w·a + b,
//
//	J(w, b) = (1/2n) Σᵢ (w·aᵢ + b − yᵢ)²
//
// as the DeepLearning.AI course writes it. The ½ makes the gradient the
// mean residual times (aᵢ, 1) and the Hessian XᵀX/n, where X is the data
// with a column of ones added: its largest eigenvalue λmax sets the
// largest stable learning rate of gradient descent, 2/λmax. The minimum is
// the least-squares fit, the solution of the normal equations XᵀX x = Xᵀy.
func MSE(d *Dataset) *Loss {
	return NewLoss("MSE", `J(w, b) = \frac{1}{2n}\sum_{i=1}^{n} \left(w \cdot a_i + b - y_i\right)^2`, d,
		func(z Num, y float64) Num { return z.AddConst(-y).Square().Scale(0.5) })
}

// CrossEntropy is the cost of logistic regression: with p = σ(z), the
// probability the model gives class 1, and targets y ∈ [0, 1] (the
// classes 0 and 1),
//
//	J(w, b) = −(1/n) Σᵢ [yᵢ ln pᵢ + (1 − yᵢ) ln(1 − pᵢ)] = (1/n) Σᵢ [ln(1 + e^zᵢ) − yᵢzᵢ]
//
// The second form is computed (as ln(1 + e^z) = z + ln(1 + e^−z) for
// z > 0), so no logarithm of 0 is taken however far the fit goes. Its
// gradient is the mean of (pᵢ − yᵢ)·(aᵢ, 1). Run returns an error if a
// target is outside [0, 1].
func CrossEntropy(d *Dataset) *Loss {
	l := NewLoss("cross-entropy", `J(w, b) = \frac{1}{n}\sum_{i=1}^{n} \left[\ln\left(1 + e^{z_i}\right) - y_i z_i\right],\quad z_i = w \cdot a_i + b`, d,
		func(z Num, y float64) Num { return softplus(z).Sub(z.Scale(y)) })
	if l.err == nil {
		for i, y := range d.Y {
			if !(y >= 0 && y <= 1) {
				l.err = fmt.Errorf("gdlib: %s: target %d is %v: cross-entropy wants classes 0 and 1 (or probabilities in [0, 1])", l.Name, i, y)
				break
			}
		}
	}
	return l
}

// softplus returns ln(1 + eᶻ) without overflow for large z.
func softplus(z Num) Num {
	if z.Real > 0 {
		return z.Add(Log(Exp(z.Neg()).AddConst(1)))
	}
	return Log(Exp(z).AddConst(1))
}

// CheckPoint returns an error, naming param and its value, if x cannot be
// a point of l: the loss was made with bad input, or x does not have one
// coordinate per weight plus the bias. Run calls it for the start.
func (l *Loss) CheckPoint(param string, x []float64) error {
	if l.err != nil {
		return l.err
	}
	if len(x) != l.Dim {
		return fmt.Errorf("gdlib: %s = %v has %d coordinates, but the %s has %d parameters (%d weights and the bias)", param, Point(x), len(x), l.Name, l.Dim, l.Dim-1)
	}
	return nil
}

// z returns example i's w·aᵢ + b.
func (l *Loss) z(x []float64, i int) float64 {
	k := l.Data.Features
	a := l.Data.X[i*k : (i+1)*k]
	z := x[k]
	for j, v := range a {
		z += x[j] * v
	}
	return z
}

// value returns J(x) over every example.
func (l *Loss) value(x []float64) float64 {
	if l.err != nil {
		return math.NaN()
	}
	var s float64
	for i, y := range l.Data.Y {
		s += l.example(C(l.z(x, i)), y).Real
	}
	return s / float64(l.Data.Len())
}

// addGrad adds ℓ′(zᵢ, yᵢ)·(aᵢ, 1) to g.
func (l *Loss) addGrad(g, x []float64, i int) {
	k := l.Data.Features
	d := l.example(Num{Real: l.z(x, i), E1mag: 1}, l.Data.Y[i]).E1mag
	for j, v := range l.Data.X[i*k : (i+1)*k] {
		g[j] += d * v
	}
	g[k] += d
}

// grad writes ∇J(x) over every example into g.
func (l *Loss) grad(g, x []float64) {
	clear(g)
	if l.err != nil {
		nanVec(g)
		return
	}
	n := l.Data.Len()
	for i := 0; i < n; i++ {
		l.addGrad(g, x, i)
	}
	scale(g, 1/float64(n))
}

// hess writes ∇²J(x) into dst.
func (l *Loss) hess(dst *mat.SymDense, x []float64) {
	k := l.Data.Features
	for r := 0; r <= k; r++ {
		for c := r; c <= k; c++ {
			dst.SetSym(r, c, 0)
		}
	}
	if l.err != nil {
		return
	}
	n := l.Data.Len()
	feature := func(i, j int) float64 {
		if j == k {
			return 1
		}
		return l.Data.X[i*k+j]
	}
	for i := 0; i < n; i++ {
		d2 := l.example(Num{Real: l.z(x, i), E1mag: 1, E2mag: 1}, l.Data.Y[i]).E1E2mag / float64(n)
		for r := 0; r <= k; r++ {
			for c := r; c <= k; c++ {
				dst.SetSym(r, c, dst.At(r, c)+d2*feature(i, r)*feature(i, c))
			}
		}
	}
}

func scale(v []float64, c float64) {
	for i := range v {
		v[i] *= c
	}
}
