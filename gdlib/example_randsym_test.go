package gdlib_test

import (
	"fmt"

	"github.com/gdlessons/lessons/gdlib"
)

// How often is a random flat point in n dimensions a minimum? Far less
// often than n coin tosses would say.
func ExampleAllCurveUp() {
	for _, n := range []int{1, 4} {
		p, _ := gdlib.AllCurveUp(n, 20000, 1)
		fmt.Printf("n = %d: %.2g%%\n", n, 100*p)
	}
	// Output:
	// n = 1: 50%
	// n = 4: 0.045%
}
