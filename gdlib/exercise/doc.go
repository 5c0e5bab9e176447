// Package exercise checks a learner's answers to the lessons' "Your turn"
// exercises. The learner writes a few lines — a gradient step, a momentum
// update, a schedule, a stopping rule — as a small Go function, and a check
// cell runs it:
//
//	func step(x, lr, grad float64) float64 {
//		return x - lr*grad
//	}
//
//	%%
//	fmt.Println(exercise.GDStep.Check(step))
//
// The check runs the answer the way the lesson would (a whole descent, say)
// next to the reference answer, and compares the values they produce one by
// one. It answers "correct", or says what is wrong: the first value that
// differs, at which step, what was expected and what came out, and a hint.
// When the answer behaves like a typical mistake (a sign error, β and η
// swapped, a stale gradient, an off-by-one in a count) the hint names that
// mistake.
//
// An answer that panics, returns NaN, produces too few or too many values or
// runs for longer than Timeout gets a result that says so, never a crash or
// a hang.
//
// Each exercise is an Exercise value; its doc comment states the task and
// the maths.
package exercise
