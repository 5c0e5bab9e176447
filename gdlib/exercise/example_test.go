package exercise_test

import (
	"fmt"

	"github.com/gdlessons/lessons/gdlib/exercise"
)

func ExampleExercise_Check() {
	right := func(x, lr, grad float64) float64 { return x - lr*grad }
	uphill := func(x, lr, grad float64) float64 { return x + lr*grad }
	fmt.Println(exercise.GDStep.Check(right))
	fmt.Println(exercise.GDStep.Check(uphill))
	// Output:
	// ✓ one gradient-descent step: correct (all 100 values match)
	// ✗ one gradient-descent step: x after step 1 should be 0.99444, got 1.05756
	//   hint: the step went uphill: move against the slope, x − η·f′(x), not x + η·f′(x)
}
