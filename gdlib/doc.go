// Package gdlib is the engine of the gradient-descent lessons: objectives in
// one, two and n variables with exact derivatives, the optimizers (gradient
// descent, momentum, Nesterov, AdaGrad, RMSProp, Adam, Newton), learning-rate
// schedules, runs that record every step and say why they stopped, and the
// experiments the lessons run on all cores (multi-start, sweeps, basins of
// attraction).
//
// A lesson cell reads:
//
//	f := gdlib.Peaks()
//	run := gdlib.MustRun(f, gdlib.Pt(0, 1.4), gdlib.GD(0.01), &gdlib.Settings{Steps: 1000})
//	fmt.Println(run) // GD(0.01) on peaks: 1000 steps, step limit, at (0.2964, 0.3202), …
//
// # Objectives
//
// An Objective is gonum's method set (Func, Grad), so the functions of
// gonum.org/v1/gonum/optimize/functions work too. A *Function adds a name,
// its formula in LaTeX, a domain to plot and its known minima.
//
// # Optimizers
//
// An optimizer is a Transform: a stateless recipe, after optax, whose Init
// makes the update of one run. Chain composes stages. Each update turns the
// gradient g into the step u, and the run moves x ← x − u.
//
// # Runs
//
// Run takes exactly Settings.Steps steps (default 100), as the seeds' loops
// do, unless a stopping rule is turned on (GradTol, StepTol, Region). A run
// that diverges is a result: its Trace has Status Diverged and says where.
// Bad input is an error that names the parameter and the value.
package gdlib
