package gdlib

import (
	"fmt"
	"strconv"
	"strings"
)

// texLHS returns the left-hand side: f(x) or f(x, y), or for numbered
// variables f(x_1), f(x_1, x_2), f(x_1, x_2, x_3), f(x_1, …, x_n).
func texLHS(dim int, numbered bool) string {
	switch {
	case !numbered && dim == 1:
		return "f(x)"
	case !numbered:
		return "f(x, y)"
	case dim <= 3:
		v := []string{"x_1", "x_2", "x_3"}[:dim]
		return "f(" + strings.Join(v, ", ") + ")"
	}
	return fmt.Sprintf(`f(x_1, \ldots, x_{%d})`, dim)
}

// Precedence levels of the tree's nodes in TeX.
const (
	precAdd = iota + 1
	precMul
	precNeg
	precPow
	precAtom
)

func prec(n *node) int {
	switch n.kind {
	case kAdd, kSub:
		return precAdd
	case kMul:
		return precMul
	case kNeg:
		return precNeg
	case kPow:
		return precPow
	case kNum:
		if n.name == "" && (n.val < 0 || strings.ContainsAny(texNum(n.val), `\`)) {
			return precMul // 1.5 \cdot 10^{-3} must be parenthesised like a product
		}
	}
	return precAtom // numbers, variables, calls, fractions
}

// texNum writes a number: 0.05, 3, 1.5 \cdot 10^{-7}.
func texNum(v float64) string {
	s := strconv.FormatFloat(v, 'g', -1, 64)
	if i := strings.IndexByte(s, 'e'); i >= 0 {
		exp, _ := strconv.Atoi(s[i+1:])
		if s[:i] == "1" {
			return fmt.Sprintf("10^{%d}", exp)
		}
		return fmt.Sprintf(`%s \cdot 10^{%d}`, s[:i], exp)
	}
	return s
}

// paren wraps s in \left( \right) if the node binds more loosely than min.
func paren(n *node, min int) string {
	s := texOf(n)
	if prec(n) < min {
		return `\left(` + s + `\right)`
	}
	return s
}

// texOf writes the tree n in LaTeX.
func texOf(n *node) string {
	switch n.kind {
	case kNum:
		switch n.name {
		case "pi":
			return `\pi`
		case "e":
			return "e"
		}
		return texNum(n.val)
	case kVar:
		if n.name == "x" || n.name == "y" {
			return n.name
		}
		return fmt.Sprintf("x_{%d}", n.idx+1)
	case kNeg:
		return "-" + paren(n.a, precMul)
	case kAdd:
		r := texOf(n.b)
		if n.b.kind == kNeg {
			r = `\left(` + r + `\right)`
		}
		return texOf(n.a) + " + " + r
	case kSub:
		r := paren(n.b, precMul)
		if n.b.kind == kNeg {
			r = `\left(` + r + `\right)`
		}
		return texOf(n.a) + " - " + r
	case kMul:
		l, r := paren(n.a, precMul), paren(n.b, precMul+1)
		if n.a.kind == kCall {
			l = texCall(n.a, true) // \sin(x) y, not \sin x y
		}
		if n.b.kind == kNeg {
			r = `\left(` + texOf(n.b) + `\right)`
		}
		// Juxtapose (3x, x\sin y) unless the right factor starts with a digit.
		if r != "" && (r[0] >= '0' && r[0] <= '9' || r[0] == '-') {
			return l + ` \cdot ` + r
		}
		return l + " " + r
	case kDiv:
		return `\frac{` + texOf(n.a) + `}{` + texOf(n.b) + `}`
	case kPow:
		base := paren(n.a, precAtom)
		if n.a.kind == kCall || n.a.kind == kDiv {
			base = `\left(` + texOf(n.a) + `\right)`
		}
		return base + "^{" + texOf(n.b) + "}"
	case kCall:
		return texCall(n, false)
	}
	return "?"
}

// texCall writes a function call; parens forces \left( \right) around a
// plain argument too (\sin(x) rather than \sin x).
func texCall(n *node, parens bool) string {
	arg := texOf(n.a)
	switch n.name {
	case "sqrt":
		return `\sqrt{` + arg + `}`
	case "abs":
		return `\left|` + arg + `\right|`
	case "exp":
		return "e^{" + arg + "}"
	}
	fn := formulaFuncs[n.name]
	if !parens && (n.a.kind == kVar || n.a.kind == kNum && n.a.name != "") {
		return fn + " " + arg
	}
	return fn + `\left(` + arg + `\right)`
}
