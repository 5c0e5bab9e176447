package gdlib

import (
	"fmt"
	"math"
	"sort"
)

// Formula makes a Function from a formula typed as text, with exact
// derivatives (automatic differentiation, as New1, New2 and NewN) and its
// LaTeX (the TeX field) written automatically. It replaces the course's
// sympy:
//
//	f, err := gdlib.Formula("peaks", "3(1-x)^2 exp(-x^2-(y+1)^2) - 10(x/5 - x^3 - y^5) exp(-x^2-y^2) - 1/3 exp(-(x+1)^2-y^2)")
//
// The variables decide the dimension: x alone is a function of one
// variable, x and y of two, x1, x2, …, xn of n (the largest index). A
// formula may use the operators + − * / and ^ (or **), parentheses,
// unary minus, numbers (2, 0.5, 1e-3), the constants pi and e, and the
// functions sin cos tan exp log ln sqrt abs tanh (log and ln are both the
// natural logarithm).
//
// A product may omit the "*" before a name or a parenthesis (3x, 2(x+1),
// x y); ^ binds tighter than unary minus (−x^2 is −(x²)) and groups to the
// right (2^3^2 = 2⁹); 1/2x is (1/2)·x. The Unicode −, ·, ×, π, ² and ³ are
// accepted too.
//
// If the formula divides, or uses log, sqrt or a non-integer power, its
// Valid reports the points where it is undefined (ln u with u ≤ 0, …), so
// Run rejects such a start with a message saying why. The Function has no
// Domain or Minima: set them if a lesson needs them. name may be empty: the
// formula is then the name.
//
// The error names the column and the token where the formula went wrong.
func Formula(name, expr string) (*Function, error) {
	root, err := parse(expr)
	if err != nil {
		return nil, fmt.Errorf("gdlib.Formula(%q): %v", expr, err)
	}
	dim, numbered, err := dimension(root)
	if err != nil {
		return nil, fmt.Errorf("gdlib.Formula(%q): %v", expr, err)
	}
	if name == "" {
		name = expr
	}
	prog := compile(root)
	tex := texLHS(dim, numbered) + " = " + texOf(root)
	var fn *Function
	switch dim {
	case 1:
		fn = New1(name, tex, func(x Num) Num {
			v := [1]Num{x}
			var st [smallStack]Num
			return prog.eval(v[:], st[:])
		})
	case 2:
		fn = New2(name, tex, func(x, y Num) Num {
			v := [2]Num{x, y}
			var st [smallStack]Num
			return prog.eval(v[:], st[:])
		})
	default:
		fn = NewN(name, tex, dim, func(x []Num) Num {
			var st [smallStack]Num
			return prog.eval(x, st[:])
		})
	}
	if prog.partial {
		fn.Valid = prog.defined
	}
	return fn, nil
}

// MustFormula is Formula for a formula known to be right, as in a lesson:
// it panics with Formula's error instead of returning it.
func MustFormula(name, expr string) *Function {
	f, err := Formula(name, expr)
	if err != nil {
		panic(err)
	}
	return f
}

// dimension returns the number of variables of a formula: 1 for x, 2 for
// x and y (or y alone), n for x1 … xn. A formula without variables is a
// (constant) function of x. numbered reports the naming x1 … xn.
func dimension(root *node) (dim int, numbered bool, err error) {
	seen := map[string]*node{}
	var walk func(n *node)
	walk = func(n *node) {
		if n == nil {
			return
		}
		if n.kind == kVar {
			if _, ok := seen[n.name]; !ok {
				seen[n.name] = n
			}
		}
		walk(n.a)
		walk(n.b)
	}
	walk(root)
	_, hasX := seen["x"]
	_, hasY := seen["y"]
	maxIdx := -1
	var names []string
	for name, n := range seen {
		if name != "x" && name != "y" {
			names = append(names, name)
			maxIdx = max(maxIdx, n.idx)
		}
	}
	sort.Strings(names)
	switch {
	case len(names) > 0 && (hasX || hasY):
		other := "x"
		if !hasX {
			other = "y"
		}
		n := seen[names[0]]
		return 0, false, fmt.Errorf("column %d: %q mixes with %q: name the variables x, y or x1, x2, …, not both", n.pos, n.name, other)
	case len(names) > 0:
		return maxIdx + 1, true, nil
	case hasY:
		return 2, false, nil
	}
	return 1, false, nil
}

// smallStack is the evaluation stack a formula gets without allocating;
// deeper formulas allocate theirs.
const smallStack = 32

// op is one instruction of a compiled formula, run on a stack of Num.
type op struct {
	code opcode
	val  float64 // opNum: the number; opPow: the exponent
	idx  int     // opVar: the variable; opCall: the function
	pos  int     // the column it came from, for domain messages
}

type opcode uint8

const (
	opNum opcode = iota
	opVar
	opNeg
	opAdd
	opSub
	opMul
	opDiv
	opPow    // top ^ val (a constant exponent)
	opPowNum // a ^ b with b not constant: e^(b ln a)
	opExpOf  // e ^ top
	opSin
	opCos
	opTan
	opExp
	opLog
	opSqrt
	opAbs
	opTanh
)

var callOps = map[string]opcode{
	"sin": opSin, "cos": opCos, "tan": opTan, "exp": opExp, "log": opLog, "ln": opLog,
	"sqrt": opSqrt, "abs": opAbs, "tanh": opTanh,
}

// program is a compiled formula: postfix instructions and the stack depth
// they need.
type program struct {
	code    []op
	depth   int
	partial bool // it divides, takes a log, a square root or a real power
}

// compile turns a tree into a program. A constant exponent is evaluated
// once here, so x^2 multiplies and x^(1/2) uses the real power.
func compile(root *node) *program {
	p := &program{}
	var emit func(n *node) int // returns the stack depth n needs
	emit = func(n *node) int {
		switch n.kind {
		case kNum:
			p.code = append(p.code, op{code: opNum, val: n.val, pos: n.pos})
			return 1
		case kVar:
			p.code = append(p.code, op{code: opVar, idx: n.idx, pos: n.pos})
			return 1
		case kNeg:
			d := emit(n.a)
			p.code = append(p.code, op{code: opNeg, pos: n.pos})
			return d
		case kCall:
			d := emit(n.a)
			c := callOps[n.name]
			if c == opLog || c == opSqrt {
				p.partial = true
			}
			p.code = append(p.code, op{code: c, pos: n.pos})
			return d
		case kPow:
			if n.a.kind == kNum && n.a.name == "e" {
				d := emit(n.b)
				p.code = append(p.code, op{code: opExpOf, pos: n.pos})
				return d
			}
			if v, ok := constant(n.b); ok {
				d := emit(n.a)
				if v != math.Trunc(v) || v < 0 || math.Abs(v) > 64 {
					p.partial = true
				}
				p.code = append(p.code, op{code: opPow, val: v, pos: n.pos})
				return d
			}
			p.partial = true
		}
		// Binary operators.
		da := emit(n.a)
		db := emit(n.b)
		var c opcode
		switch n.kind {
		case kAdd:
			c = opAdd
		case kSub:
			c = opSub
		case kMul:
			c = opMul
		case kDiv:
			c = opDiv
			p.partial = true
		case kPow:
			c = opPowNum
		}
		p.code = append(p.code, op{code: c, pos: n.pos})
		return max(da, db+1)
	}
	p.depth = emit(root)
	return p
}

// constant returns the value of a subtree without variables.
func constant(n *node) (float64, bool) {
	if n == nil {
		return 0, true
	}
	if n.kind == kVar {
		return 0, false
	}
	if _, ok := constant(n.a); !ok {
		return 0, false
	}
	if _, ok := constant(n.b); !ok {
		return 0, false
	}
	prog := compile(n)
	st := make([]Num, prog.depth)
	return prog.eval(nil, st).Real, true
}

// eval runs the program on the variables vars, using stack if it is deep
// enough (else it allocates one).
func (p *program) eval(vars []Num, stack []Num) Num {
	if len(stack) < p.depth {
		stack = make([]Num, p.depth)
	}
	sp := 0
	for _, o := range p.code {
		switch o.code {
		case opNum:
			stack[sp] = C(o.val)
			sp++
		case opVar:
			stack[sp] = vars[o.idx]
			sp++
		case opAdd, opSub, opMul, opDiv, opPowNum:
			sp--
			a, b := stack[sp-1], stack[sp]
			switch o.code {
			case opAdd:
				a = a.Add(b)
			case opSub:
				a = a.Sub(b)
			case opMul:
				a = a.Mul(b)
			case opDiv:
				a = a.Div(b)
			case opPowNum:
				a = PowNum(a, b)
			}
			stack[sp-1] = a
		default:
			stack[sp-1] = unary(o, stack[sp-1])
		}
	}
	return stack[0]
}

// unary applies a one-operand instruction.
func unary(o op, a Num) Num {
	switch o.code {
	case opNeg:
		return a.Neg()
	case opPow:
		return Pow(a, o.val)
	case opExpOf, opExp:
		return Exp(a)
	case opSin:
		return Sin(a)
	case opCos:
		return Cos(a)
	case opTan:
		return Tan(a)
	case opLog:
		return Log(a)
	case opSqrt:
		return Sqrt(a)
	case opAbs:
		return Abs(a)
	case opTanh:
		return Tanh(a)
	}
	panic("gdlib: unknown formula instruction") // unreachable: compile emits only the codes above
}

// defined is the Valid function of a formula that can be undefined: it
// runs the program on x in float64 and names the first operation that has
// no value there.
func (p *program) defined(x []float64) error {
	var small [smallStack]float64
	stack := small[:]
	if p.depth > smallStack {
		stack = make([]float64, p.depth)
	}
	sp := 0
	for _, o := range p.code {
		switch o.code {
		case opNum:
			stack[sp] = o.val
			sp++
			continue
		case opVar:
			stack[sp] = x[o.idx]
			sp++
			continue
		case opAdd, opSub, opMul, opDiv, opPowNum:
			sp--
			a, b := stack[sp-1], stack[sp]
			var v float64
			switch o.code {
			case opAdd:
				v = a + b
			case opSub:
				v = a - b
			case opMul:
				v = a * b
			case opDiv:
				if b == 0 {
					return fmt.Errorf("the division at column %d is by zero", o.pos)
				}
				v = a / b
			case opPowNum:
				if !(a > 0) {
					return fmt.Errorf("the power at column %d has base %v, but a variable exponent needs a base > 0", o.pos, a)
				}
				v = math.Pow(a, b)
			}
			stack[sp-1] = v
			continue
		}
		a := stack[sp-1]
		switch o.code {
		case opLog:
			if !(a > 0) {
				return fmt.Errorf("the log at column %d is of %v, but needs a number > 0", o.pos, a)
			}
		case opSqrt:
			if a < 0 {
				return fmt.Errorf("the sqrt at column %d is of %v, but needs a number ≥ 0", o.pos, a)
			}
		case opPow:
			if a < 0 && o.val != math.Trunc(o.val) {
				return fmt.Errorf("the power at column %d raises %v to %v, which needs a base ≥ 0", o.pos, a, o.val)
			}
			if a == 0 && o.val < 0 {
				return fmt.Errorf("the power at column %d raises 0 to %v", o.pos, o.val)
			}
		}
		stack[sp-1] = unary(o, C(a)).Real
	}
	if v := stack[0]; math.IsNaN(v) || math.IsInf(v, 0) {
		return fmt.Errorf("the formula's value there is %v", v)
	}
	return nil
}
