// Package plotting draws every figure of the gradient-descent lessons with
// gonum.org/v1/plot, and shows it inline in a Go (gonb) notebook cell with one
// call, or saves it to SVG, PNG or PDF with another.
package plotting
