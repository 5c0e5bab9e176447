package gdlib

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file turns a formula's text into a tree (node). The grammar, from
// the loosest binding to the tightest:
//
//	expr    = term { ("+" | "-") term }
//	term    = unary { ("*" | "/") unary | unary }   (juxtaposition multiplies: 3x, 2(x+1))
//	unary   = ("-" | "+") unary | power
//	power   = postfix [ ("^" | "**") unary ]         (right-associative: 2^3^2 = 2^9)
//	postfix = primary { "²" | "³" }
//	primary = number | name | name "(" expr ")" | "(" expr ")"
//
// so −x² is −(x²), 2x² is 2·(x²) and 1/2x is (1/2)·x.

// kind is the kind of a node of a formula's tree.
type kind int

const (
	kNum kind = iota // a number (val); name is "pi" or "e" for those constants
	kVar             // variable number idx (x is 0, y is 1, x1 is 0, …)
	kNeg
	kAdd
	kSub
	kMul
	kDiv
	kPow
	kCall // fn(a)
)

type node struct {
	kind kind
	val  float64 // kNum
	name string  // kNum: "pi", "e" or ""; kVar: "x", "y", "x3"; kCall: the function
	idx  int     // kVar
	a, b *node
	pos  int // column (from 1) where the node starts, for messages
}

// formulaFuncs lists the functions a formula may call, with their TeX names.
var formulaFuncs = map[string]string{
	"sin": `\sin`, "cos": `\cos`, "tan": `\tan`, "exp": `\exp`, "log": `\ln`, "ln": `\ln`,
	"sqrt": `\sqrt`, "abs": `|`, "tanh": `\tanh`,
}

// token is one lexical token: a number, a name or an operator.
type token struct {
	text string
	num  float64
	kind byte // 'n' number, 'a' name, 'o' operator, 0 end
	pos  int  // column, from 1
}

// lex splits s into tokens. It accepts the Unicode spellings a formula
// copied from a document may contain: − for -, · and × for *, π, ² and ³.
func lex(s string) ([]token, error) {
	var toks []token
	col := 0
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		col++
		start := col
		switch {
		case r == utf8.RuneError && w == 1:
			return nil, fmt.Errorf("column %d: invalid UTF-8 byte %#x", col, s[i])
		case unicode.IsSpace(r):
			i += w
		case r >= '0' && r <= '9' || r == '.':
			j := i
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.') {
				j++
			}
			// An exponent only if a digit follows (2e3, 2e-3); 2e alone is 2·e.
			if j < len(s) && (s[j] == 'e' || s[j] == 'E') {
				k := j + 1
				if k < len(s) && (s[k] == '+' || s[k] == '-') {
					k++
				}
				if k < len(s) && s[k] >= '0' && s[k] <= '9' {
					for k < len(s) && s[k] >= '0' && s[k] <= '9' {
						k++
					}
					j = k
				}
			}
			text := s[i:j]
			v, err := strconv.ParseFloat(text, 64)
			if err != nil || math.IsInf(v, 0) {
				return nil, fmt.Errorf("column %d: %q is not a number", start, text)
			}
			toks = append(toks, token{text: text, num: v, kind: 'n', pos: start})
			col += utf8.RuneCountInString(text) - 1
			i = j
		case r < utf8.RuneSelf && (unicode.IsLetter(r) || r == '_'):
			j := i
			for j < len(s) && s[j] < utf8.RuneSelf && (unicode.IsLetter(rune(s[j])) || unicode.IsDigit(rune(s[j])) || s[j] == '_') {
				j++
			}
			toks = append(toks, token{text: s[i:j], kind: 'a', pos: start})
			col += j - i - 1
			i = j
		case r == 'π':
			toks = append(toks, token{text: "pi", kind: 'a', pos: start})
			i += w
		case r == '*' && strings.HasPrefix(s[i:], "**"):
			toks = append(toks, token{text: "^", kind: 'o', pos: start})
			col++
			i += 2
		case strings.ContainsRune("+-*/^()²³", r):
			toks = append(toks, token{text: string(r), kind: 'o', pos: start})
			i += w
		case r == '−':
			toks = append(toks, token{text: "-", kind: 'o', pos: start})
			i += w
		case r == '·' || r == '×':
			toks = append(toks, token{text: "*", kind: 'o', pos: start})
			i += w
		default:
			return nil, fmt.Errorf("column %d: unexpected character %q", col, r)
		}
	}
	return append(toks, token{pos: col + 1}), nil
}

// parser is a recursive-descent parser over the tokens of one formula.
type parser struct {
	toks  []token
	i     int
	depth int
}

// maxDepth bounds the nesting of a formula, so that a pathological input
// ("((((…") is an error rather than a stack overflow.
const maxDepth = 200

func (p *parser) peek() token { return p.toks[p.i] }
func (p *parser) next() token { t := p.toks[p.i]; p.i++; return t }

func (p *parser) isOp(s string) bool { t := p.peek(); return t.kind == 'o' && t.text == s }

// describe names a token in a message.
func describe(t token) string {
	if t.kind == 0 {
		return "the end of the formula"
	}
	return strconv.Quote(t.text)
}

func (p *parser) errorf(t token, format string, args ...any) error {
	return fmt.Errorf("column %d: %s", t.pos, fmt.Sprintf(format, args...))
}

// parse parses a whole formula.
func parse(s string) (*node, error) {
	toks, err := lex(s)
	if err != nil {
		return nil, err
	}
	p := &parser{toks: toks}
	if p.peek().kind == 0 {
		return nil, fmt.Errorf("the formula is empty: write one in x, such as 3*x^2 - 3*x + 4")
	}
	n, err := p.expr()
	if err != nil {
		return nil, err
	}
	if t := p.peek(); t.kind != 0 {
		if t.kind == 'o' && t.text == ")" {
			return nil, p.errorf(t, "unexpected \")\": it closes no \"(\"")
		}
		return nil, p.errorf(t, "unexpected %s: an operator is missing before it", describe(t))
	}
	return n, nil
}

func (p *parser) expr() (*node, error) {
	p.depth++
	defer func() { p.depth-- }()
	if p.depth > maxDepth {
		return nil, p.errorf(p.peek(), "the formula is nested more than %d levels deep", maxDepth)
	}
	l, err := p.term()
	if err != nil {
		return nil, err
	}
	for p.isOp("+") || p.isOp("-") {
		op := p.next()
		r, err := p.term()
		if err != nil {
			return nil, err
		}
		k := kAdd
		if op.text == "-" {
			k = kSub
		}
		l = &node{kind: k, a: l, b: r, pos: l.pos}
	}
	return l, nil
}

// startsPrimary reports whether t can begin an operand that multiplies
// the one before it without a "*" (3x, 2(x+1), x y).
func startsPrimary(t token) bool {
	return t.kind == 'a' || t.kind == 'o' && t.text == "("
}

func (p *parser) term() (*node, error) {
	l, err := p.unary()
	if err != nil {
		return nil, err
	}
	for {
		k := kMul
		switch {
		case p.isOp("*"):
			p.next()
		case p.isOp("/"):
			p.next()
			k = kDiv
		case startsPrimary(p.peek()):
		default:
			return l, nil
		}
		r, err := p.unary()
		if err != nil {
			return nil, err
		}
		l = &node{kind: k, a: l, b: r, pos: l.pos}
	}
}

func (p *parser) unary() (*node, error) {
	if p.isOp("-") || p.isOp("+") {
		p.depth++
		defer func() { p.depth-- }()
		if p.depth > maxDepth {
			return nil, p.errorf(p.peek(), "the formula is nested more than %d levels deep", maxDepth)
		}
		op := p.next()
		a, err := p.unary()
		if err != nil {
			return nil, err
		}
		if op.text == "+" {
			return a, nil
		}
		return &node{kind: kNeg, a: a, pos: op.pos}, nil
	}
	return p.power()
}

func (p *parser) power() (*node, error) {
	base, err := p.postfix()
	if err != nil {
		return nil, err
	}
	if !p.isOp("^") {
		return base, nil
	}
	p.next()
	p.depth++
	defer func() { p.depth-- }()
	if p.depth > maxDepth {
		return nil, p.errorf(p.peek(), "the formula is nested more than %d levels deep", maxDepth)
	}
	ex, err := p.unary()
	if err != nil {
		return nil, err
	}
	return &node{kind: kPow, a: base, b: ex, pos: base.pos}, nil
}

func (p *parser) postfix() (*node, error) {
	n, err := p.primary()
	if err != nil {
		return nil, err
	}
	for p.isOp("²") || p.isOp("³") {
		t := p.next()
		e := 2.0
		if t.text == "³" {
			e = 3
		}
		n = &node{kind: kPow, a: n, b: &node{kind: kNum, val: e, pos: t.pos}, pos: n.pos}
	}
	return n, nil
}

func (p *parser) primary() (*node, error) {
	t := p.next()
	switch t.kind {
	case 'n':
		return &node{kind: kNum, val: t.num, pos: t.pos}, nil
	case 'a':
		return p.name(t)
	case 'o':
		if t.text == "(" {
			n, err := p.expr()
			if err != nil {
				return nil, err
			}
			if c := p.next(); c.kind != 'o' || c.text != ")" {
				return nil, p.errorf(c, "expected \")\" to close the \"(\" of column %d, found %s", t.pos, describe(c))
			}
			return n, nil
		}
	}
	if t.kind == 0 {
		return nil, p.errorf(t, "the formula ends too early: expected a number, a variable, a function or \"(\"")
	}
	return nil, p.errorf(t, "unexpected %s: expected a number, a variable, a function or \"(\"", describe(t))
}

// name parses a variable, a constant or a function call starting at t.
func (p *parser) name(t token) (*node, error) {
	switch t.text {
	case "pi":
		return &node{kind: kNum, val: math.Pi, name: "pi", pos: t.pos}, nil
	case "e":
		return &node{kind: kNum, val: math.E, name: "e", pos: t.pos}, nil
	case "x":
		return &node{kind: kVar, name: "x", idx: 0, pos: t.pos}, nil
	case "y":
		return &node{kind: kVar, name: "y", idx: 1, pos: t.pos}, nil
	}
	if _, ok := formulaFuncs[t.text]; ok {
		open := p.next()
		if open.kind != 'o' || open.text != "(" {
			return nil, p.errorf(open, "%s needs parentheses: write %s(x), found %s after it", t.text, t.text, describe(open))
		}
		a, err := p.expr()
		if err != nil {
			return nil, err
		}
		if c := p.next(); c.kind != 'o' || c.text != ")" {
			return nil, p.errorf(c, "expected \")\" to close %s( of column %d, found %s", t.text, open.pos, describe(c))
		}
		return &node{kind: kCall, name: t.text, a: a, pos: t.pos}, nil
	}
	if len(t.text) > 1 && t.text[0] == 'x' {
		if i, err := strconv.Atoi(t.text[1:]); err == nil && t.text[1] != '0' && i >= 1 && i <= maxVars {
			return &node{kind: kVar, name: t.text, idx: i - 1, pos: t.pos}, nil
		}
	}
	return nil, p.errorf(t, "unknown name %q: use the variables x, y or x1, x2, …, x%d, the constants pi and e, "+
		"and the functions sin cos tan exp log ln sqrt abs tanh", t.text, maxVars)
}

// maxVars is the largest number of variables a formula may have.
const maxVars = 1000
