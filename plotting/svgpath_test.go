package plotting

import (
	"bytes"
	"fmt"
	"maps"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// pathCmd is one command of path data with absolute coordinates.
type pathCmd struct {
	op   byte // M, L, Q, C, A or Z
	args []float64
}

// pathNumber matches a number of SVG path data, compact or not.
var pathNumber = regexp.MustCompile(`^[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?`)

// parsePathData reads path data, absolute (vgsvg's) or compact
// (compactPaths': relative l, h, v, q, c, a and z with implicit repetition),
// into absolute commands: the test's own reading of the SVG grammar,
// independent of compactPathData.
func parsePathData(d string) ([]pathCmd, error) {
	var (
		out        []pathCmd
		cx, cy     float64
		sx, sy     float64
		op         byte
		arity      = map[byte]int{'M': 2, 'L': 2, 'Q': 4, 'C': 6, 'A': 7, 'Z': 0, 'l': 2, 'h': 1, 'v': 1, 'q': 4, 'c': 6, 'a': 7, 'z': 0}
		readNumber = func() (float64, error) {
			d = strings.TrimLeft(d, " ,")
			m := pathNumber.FindString(d)
			if m == "" {
				return 0, fmt.Errorf("no number at %.20q", d)
			}
			d = d[len(m):]
			return strconv.ParseFloat(m, 64)
		}
	)
	for d = strings.TrimSpace(d); d != ""; d = strings.TrimLeft(d, " ,") {
		if _, ok := arity[d[0]]; ok {
			op, d = d[0], d[1:]
		} else if op == 0 || op == 'z' || op == 'Z' {
			return nil, fmt.Errorf("numbers with no command at %.20q", d)
		}
		args := make([]float64, arity[op])
		for k := range args {
			v, err := readNumber()
			if err != nil {
				return nil, err
			}
			args[k] = v
		}
		abs := op &^ 0x20 // upper case
		switch op {
		case 'h':
			args, abs = []float64{args[0] + cx, cy}, 'L'
		case 'v':
			args, abs = []float64{cx, args[0] + cy}, 'L'
		case 'a':
			args[5] += cx
			args[6] += cy
		case 'l', 'q', 'c':
			for k := 0; k < len(args); k += 2 {
				args[k] += cx
				args[k+1] += cy
			}
		}
		switch abs {
		case 'Z':
			cx, cy = sx, sy
		case 'M':
			cx, cy, sx, sy = args[0], args[1], args[0], args[1]
		default:
			cx, cy = args[len(args)-2], args[len(args)-1]
		}
		out = append(out, pathCmd{abs, args})
	}
	return out, nil
}

// rawSVG is fig as vgsvg writes it, before cleanSVG.
func rawSVG(t *testing.T, fig Figure) []byte {
	t.Helper()
	b, err := render(fig, format{name: "SVG", canvas: svgFormat.canvas}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// documentPaths returns the commands of every path of doc in order, with
// the style each was drawn in, and doc with its path elements removed.
func documentPaths(t *testing.T, doc []byte) (cmds []pathCmd, styles []string, rest string) {
	t.Helper()
	for _, m := range pathElem.FindAllSubmatch(doc, -1) {
		c, err := parsePathData(string(m[1]))
		if err != nil {
			t.Fatalf("path %q: %v", m[1], err)
		}
		cmds = append(cmds, c...)
		for range c {
			styles = append(styles, string(m[2]))
		}
	}
	return cmds, styles, string(pathElem.ReplaceAll(doc, nil))
}

// TestCompactPathsDrawsTheSame rewrites the vgsvg output of every golden
// figure with compactPaths and reads both back: the same commands in the
// same order, each drawn in the same style, every coordinate within half
// a grid step (pathGrid/2 = 0.05 pt) of vgsvg's, arc flags equal, and the
// rest of the document unchanged; and the compact form is smaller.
func TestCompactPathsDrawsTheSame(t *testing.T) {
	fixtures := goldenFixtures()
	maps.Copy(fixtures, lessonFigureGoldens())
	for name, build := range fixtures {
		raw := rawSVG(t, build())
		compact := compactPaths(raw)
		if len(compact) >= len(raw) {
			t.Errorf("%s: compact paths take %d bytes, vgsvg's %d", name, len(compact), len(raw))
		}
		want, wantStyles, wantRest := documentPaths(t, raw)
		got, gotStyles, gotRest := documentPaths(t, compact)
		if gotRest != wantRest {
			t.Errorf("%s: the document outside the paths changed", name)
		}
		if len(got) != len(want) {
			t.Errorf("%s: %d path commands, vgsvg wrote %d", name, len(got), len(want))
			continue
		}
		for i := range want {
			g, w := got[i], want[i]
			if g.op != w.op || len(g.args) != len(w.args) || gotStyles[i] != wantStyles[i] {
				t.Fatalf("%s: command %d is %c%v in %q, vgsvg wrote %c%v in %q", name, i, g.op, g.args, gotStyles[i], w.op, w.args, wantStyles[i])
			}
			for k := range w.args {
				tol := pathGrid/2 + 1e-9
				if w.op == 'A' && k >= 2 && k <= 4 {
					tol = 0 // rotation and flags
				}
				if math.Abs(g.args[k]-w.args[k]) > tol {
					t.Fatalf("%s: command %d (%c) argument %d is %g, vgsvg wrote %g", name, i, w.op, k, g.args[k], w.args[k])
				}
			}
		}
	}
}

// TestCompactPathData pins the compact form of a few paths.
func TestCompactPathData(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"M121.64,256.59L145.64,256.59", "M121.6,256.6h24"},
		{"M1,1L1,3.04L3,3Z", "M1,1v2h2z"},
		{"M10,10L10.04,10.04L10.3,9.51", "M10,10l0,0,.3-.5"},
		{"M284.76,256.59A5.5,5.5 0 1 1 273.76,256.59A5.5,5.5 0 1 1 284.76,256.59Z", "M284.8,256.6a5.5,5.5 0 1 1-11,0,5.5,5.5 0 1 1,11,0z"},
		{"M0,0C1,1,2,2,3,0Q4,1,5,0", "M0,0c1,1,2,2,3,0q1,1,2,0"},
		{"M1.2345e-05,-0.04L100,-0.06", "M0,0l100-.1"},
	} {
		got, ok := compactPathData(nil, []byte(c.in))
		if !ok || string(got) != c.want {
			t.Errorf("compactPathData(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
	for _, bad := range []string{"M1,2X3", "M1", "M1,2L3,", "MNaN,1"} {
		if _, ok := compactPathData(nil, []byte(bad)); ok {
			t.Errorf("compactPathData(%q) succeeded; want it left as it is", bad)
		}
	}
}

// TestCompactPathsMergesOnlyOpaqueStrokes: adjacent strokes of one style
// become one element; fills, translucent strokes and strokes of another
// style stay apart.
func TestCompactPathsMergesOnlyOpaqueStrokes(t *testing.T) {
	el := func(d, style string) string { return `<path d="` + d + `" style="` + style + "\" />\n" }
	stroke, thin := "fill:none;stroke:#000000;stroke-width:1", "fill:none;stroke:#000000;stroke-width:0.5"
	ghost, fill := "fill:none;stroke:#000000;stroke-opacity:0.5", "fill:#000000"
	in := el("M0,0L1,0", stroke) + el("M0,1L1,1", stroke) + el("M0,2L1,2", thin) +
		el("M0,3L1,3", ghost) + el("M0,4L1,4", ghost) + el("M0,5L1,5Z", fill) + el("M0,6L1,6Z", fill)
	want := el("M0,0h1M0,1h1", stroke) + el("M0,2h1", thin) +
		el("M0,3h1", ghost) + el("M0,4h1", ghost) + el("M0,5h1z", fill) + el("M0,6h1z", fill)
	if got := string(compactPaths([]byte(in))); got != want {
		t.Errorf("compactPaths gave\n%s\nwant\n%s", got, want)
	}
	if !bytes.Equal(compactPaths([]byte("<svg></svg>")), []byte("<svg></svg>")) {
		t.Error("a document without paths changed")
	}
}

// absolutePaths returns doc with every path's data written as absolute
// commands (M, L, Q, C, A, Z), as vgsvg writes them, for tests that read
// coordinates out of an SVG.
func absolutePaths(t *testing.T, doc []byte) []byte {
	t.Helper()
	return pathElem.ReplaceAllFunc(doc, func(el []byte) []byte {
		m := pathElem.FindSubmatch(el)
		cmds, err := parsePathData(string(m[1]))
		if err != nil {
			t.Fatalf("path %q: %v", m[1], err)
		}
		var b strings.Builder
		for _, c := range cmds {
			b.WriteByte(c.op)
			for k, v := range c.args {
				if k > 0 {
					b.WriteByte(',')
				}
				b.WriteString(strconv.FormatFloat(math.Round(v*1e6)/1e6, 'f', -1, 64))
			}
		}
		return []byte(`<path d="` + b.String() + `" style="` + string(m[2]) + "\" />\n")
	})
}
