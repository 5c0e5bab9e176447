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
// Write a function once and get its derivatives exactly, with no calculus by
// hand: Formula parses a formula ("3*x^2 - 3*x + 4") and New1, New2 and NewN
// take Go code written with Num, a hyperdual number from gonum's
// num/hyperdual that carries first and second derivatives along with the
// value. CheckGradient and CheckHessian compare any derivative with finite
// differences (gonum's diff/fd).
//
// The catalogue holds every function of the lessons — Quadratic, TwoSines,
// DampedSine, ExpLog, ExpLogSine, Chirp, Peaks, Bowl, Sauna, ThreeBumps —
// and classics: Rosenbrock, Himmelblau, Beale, Rastrigin, Ellipse (a bowl
// of chosen condition number), Plateau and Cliff. Catalogue lists them.
//
// # Optimizers
//
// An optimizer is a Transform: a stateless recipe, after optax, whose Init
// makes the update of one run. Each update turns the gradient g into the
// step u, and the run moves x ← x − u. Chain composes stages
// (TraceMomentum, ScaleByRMS, ScaleByAdaGrad, ScaleByAdam, ScaleByLR,
// ClipByNorm), so "Adam with a cosine schedule" is one line:
//
//	gdlib.Chain(gdlib.ScaleByAdam(0.9, 0.999, 1e-8), gdlib.ScaleByLR(gdlib.Cosine(0.1, 500, 0)))
//
// The ready-made ones are GD, GDWith (any schedule), GradScaled and
// GradScaledLagged (lr·|f′| of the current or the previous step), Momentum, Nesterov, AdaGrad, RMSProp,
// Adam, AdamWith, Newton (damped) and UndampedNewton. Each documents its
// update rule and defaults.
//
// # Schedules
//
// A Schedule is a function of the step: Constant, LinearDecay (the course's
// "time-based" rate), StepDecay, Exponential, InverseTime, Cosine, Warmup,
// and Join to switch from one to another. Values(n) samples one for a plot.
//
// # Runs
//
// Run takes exactly Settings.Steps steps (default 100), as the course's loops
// do, unless a stopping rule is turned on (GradTol, StepTol, Region). A run
// that diverges is a result: its Trace has Status Diverged and says where.
// Bad input is an error that names the parameter and the value; MustRun
// panics with that error instead, for inputs a lesson knows are good.
// Nothing hangs or exhausts memory on bad input: NaN and ±Inf are refused
// where a number goes in, sizes are checked against MaxBytes,
// MaxTraceCoords and MaxDim before anything is allocated, a panic in code
// the learner wrote (an objective, a schedule, a Progress callback) comes
// back as an error, and a schedule whose rate turns negative or NaN
// stops its run with Diverged. A constructor that cannot return an error
// (Linspace, NewFunction, Ellipse, NoisyLine) panics with such a message
// instead, as its documentation says.
//
// # Training a model
//
// A Dataset holds examples (NoisyLine and TwoClouds make them with a
// seed; Standardize and Split prepare them). MSE and CrossEntropy are the
// losses of linear and logistic regression over it, objectives in the
// model's parameters (w, b) with exact gradients and Hessians
// (Curvatures gives the Hessian's eigenvalues); NewLoss takes any
// per-example loss written with Num. Loss.Minibatch makes the objective
// of stochastic and mini-batch gradient descent: each step's gradient
// over a seeded batch (StepGradient), the loss over all the data, so SGD
// is an ordinary Run with any optimizer.
//
// # Experiments
//
// MultiStart and Finals run one optimizer from many starts (GridStarts,
// RandomStarts with a seed); Sweep and Sweep2 vary any parameter in one or
// two dimensions, and SweepSteps a parameter and the number of steps, with
// one run per value read at each number of steps; Basins maps a grid of starts to the minimum each reaches,
// with separate classes for not converged, left the region and diverged;
// Compare runs several optimizers from one start. Every experiment takes
// its arguments in one order — the objective, where the runs start, the
// optimizer, the Settings — and uses every core: Settings sets the workers,
// a Context to cancel and a Progress callback. The results are
// deterministic and in input order whatever the number of cores.
package gdlib
