package gdlib

import (
	"fmt"
	"strings"
)

// State is what an update sees at one step of a run.
type State struct {
	Step int       // the step being taken, from 0
	X    []float64 // the current iterate (read only)
	Grad []float64 // ∇f at X (read only)
	F    Objective // the objective (Newton's method asks it for the Hessian)

	// LR is the learning rate this step uses. The stage that applies a
	// learning rate sets it; the run records it in Trace.LR.
	LR float64

	// badRate, if not nil, is why ScaleByLR could not use its schedule's
	// rate at this step: the run stops there with Diverged.
	badRate error
}

// An Update turns the gradient into the step of one iteration. Run copies
// ∇f(x) into u, calls every stage's Update on it in order, then moves
// x ← x − u. An Update keeps the state of one run (a velocity, running
// averages) in its closure, so it must not be shared between runs.
type Update func(u []float64, s *State)

// A Transform is a stateless recipe for one stage of an optimizer, after
// optax's GradientTransformation: Init returns a fresh Update, with its own
// state, for a run in dim dimensions. Every optimizer of this package (GD,
// Momentum, Adam, …) is a Transform, usually a Chain of simpler ones, so a
// thousand runs in parallel share nothing but the recipe.
type Transform interface {
	// Name describes the transform with its parameters, e.g. "GD(0.01)".
	Name() string
	// Init returns the Update of one run in dim dimensions.
	Init(dim int) Update
}

// validator is implemented by transforms whose parameters can be wrong
// (a negative learning rate, β ≥ 1). Run calls Validate before the first
// step and returns its error.
type validator interface {
	Validate() error
}

// validate returns t's parameter error, if any.
func validate(t Transform) error {
	if t == nil {
		return fmt.Errorf("gdlib: optimizer is nil: use gdlib.GD(0.01), for example")
	}
	if v, ok := t.(validator); ok {
		return v.Validate()
	}
	return nil
}

// transform is a Transform made of a name, an optional check of its
// parameters, and an Init function.
type transform struct {
	name  string
	check func() error
	init  func(dim int) Update
}

func (t transform) Name() string { return t.name }
func (t transform) Init(dim int) Update {
	u := t.init(dim)
	if u == nil {
		panic(fmt.Sprintf("gdlib: transform %q: init(%d) returned a nil Update", t.name, dim))
	}
	return u
}

func (t transform) Validate() error {
	if t.init == nil {
		return fmt.Errorf("gdlib: NewTransform(%q): init is nil: give a function that returns the Update of one run", t.name)
	}
	if t.check == nil {
		return nil
	}
	return t.check()
}

// NewTransform makes a Transform from a name, a check of its parameters
// (nil if none can be wrong) and an init function. It is how the built-in
// stages are made, and how a learner writes a new one. A nil init is an
// error of Validate (so Run reports it), and an init that returns a nil
// Update panics naming the transform (Run returns that as its error).
func NewTransform(name string, check func() error, init func(dim int) Update) Transform {
	return transform{name: name, check: check, init: init}
}

// Chain runs the stages in order, each on the output of the one before, as
// optax.chain does: Chain(ScaleByAdam(0.9, 0.999, 1e-8), ScaleByLR(Cosine(…)))
// is Adam with a cosine schedule. Its name joins the stages' names with " → "
// unless it is given one with Named.
func Chain(stages ...Transform) Transform {
	names := make([]string, len(stages))
	for i, s := range stages {
		if s != nil {
			names[i] = s.Name()
		}
	}
	return chain{name: strings.Join(names, " → "), stages: stages}
}

type chain struct {
	name   string
	stages []Transform
}

func (c chain) Name() string { return c.name }

func (c chain) Validate() error {
	if len(c.stages) == 0 {
		return fmt.Errorf("gdlib: Chain() has no stages")
	}
	for i, s := range c.stages {
		if s == nil {
			return fmt.Errorf("gdlib: Chain: stage %d of %d is nil", i, len(c.stages))
		}
		if err := validate(s); err != nil {
			return err
		}
	}
	return nil
}

// constantRate is its single stage's constant rate, if it has one.
func (c chain) constantRate() float64 {
	if len(c.stages) != 1 {
		return 0
	}
	return rateOf(c.stages[0])
}

func (c chain) Init(dim int) Update {
	if len(c.stages) == 1 {
		return c.stages[0].Init(dim)
	}
	ups := make([]Update, len(c.stages))
	for i, s := range c.stages {
		ups[i] = s.Init(dim)
	}
	return func(u []float64, s *State) {
		for _, up := range ups {
			up(u, s)
		}
	}
}

// Named returns t under another name, e.g. Named("Adam + cosine", Chain(…)).
func Named(name string, t Transform) Transform { return named{name: name, Transform: t} }

type named struct {
	name string
	Transform
}

func (n named) Name() string    { return n.name }
func (n named) Validate() error { return validate(n.Transform) }

// constantRate is the renamed transform's constant rate, if it has one.
func (n named) constantRate() float64 { return rateOf(n.Transform) }
