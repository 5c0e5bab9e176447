package plotting

import (
	"bytes"
	"math"
	"regexp"
	"strconv"
)

// pathGrid is the grid, in points, that compactPaths puts path coordinates
// on: 0.1 pt is 0.13 CSS pixel, a quarter of a device pixel on a 2× screen,
// and the tolerance to which lines are already simplified (Douglas–Peucker,
// layers.go). vgsvg writes five significant digits ("121.64", "45.123").
const pathGrid = 0.1

// pathElem matches one <path> element as vgsvg writes it, on its own line.
var pathElem = regexp.MustCompile(`<path d="([^"]*)" style="([^"]*)" />\n`)

// compactPaths rewrites every path element of vgsvg's output doc to draw
// the same shape in fewer bytes:
//
//   - each subpath starts with an absolute moveto; every later command is
//     relative to the current point (SVG's lower-case commands), a
//     horizontal or vertical line is written h or v with one number, and a
//     repeated command letter is left out, so a contour line's point takes
//     about 8 bytes ("1.2-.3") instead of 14 ("L145.64,256.59");
//   - coordinates are rounded to pathGrid, and relative steps are taken
//     between rounded points, so rounding errors never add up;
//   - adjacent elements that only stroke (fill:none, no opacity) with the
//     same style become one element of several subpaths: a contour level's
//     pieces, a run's segments. Stroking subpaths one by one or together
//     covers the same pixels in one opaque colour (where subpaths overlap,
//     their anti-aliased edges are painted once instead of darkening with
//     each repetition); fills are never merged, since overlapping subpaths
//     of one fill can cancel (the nonzero rule).
//
// A path data string it cannot parse is left as it is.
func compactPaths(doc []byte) []byte {
	ms := pathElem.FindAllSubmatchIndex(doc, -1)
	if ms == nil {
		return doc
	}
	out := make([]byte, 0, len(doc))
	last := 0
	for i := 0; i < len(ms); {
		m := ms[i]
		out = append(out, doc[last:m[0]]...)
		style := doc[m[4]:m[5]]
		d, ok := compactPathData(nil, doc[m[2]:m[3]])
		if !ok {
			d = append(d[:0], doc[m[2]:m[3]]...)
		}
		j := i + 1
		if mergeable(style) {
			for ; j < len(ms) && ms[j][0] == ms[j-1][1] && bytes.Equal(doc[ms[j][4]:ms[j][5]], style); j++ {
				if d2, ok := compactPathData(d, doc[ms[j][2]:ms[j][3]]); ok {
					d = d2
				} else {
					d = append(d, doc[ms[j][2]:ms[j][3]]...)
				}
			}
		}
		out = append(out, `<path d="`...)
		out = append(out, d...)
		out = append(out, `" style="`...)
		out = append(out, style...)
		out = append(out, "\" />\n"...)
		last = ms[j-1][1]
		i = j
	}
	return append(out, doc[last:]...)
}

// mergeable reports whether paths of this style may be merged: they only
// stroke, in an opaque colour.
func mergeable(style []byte) bool {
	return bytes.Contains(style, []byte("fill:none")) && !bytes.Contains(style, []byte("opacity"))
}

// pathArity is the number of numbers each command of vgsvg's path data
// takes.
var pathArity = map[byte]int{'M': 2, 'L': 2, 'Q': 4, 'C': 6, 'A': 7, 'Z': 0}

// compactPathData appends to dst the compact form (see compactPaths) of
// vgsvg's path data d, which uses only absolute commands. It reports false
// if d holds anything else; dst is then to be discarded.
func compactPathData(dst, d []byte) ([]byte, bool) {
	var (
		cx, cy int64 // the current point, in grid units
		sx, sy int64 // the start of the current subpath
		prev   byte  // the last command written
		nums   [7]float64
	)
	for i := 0; i < len(d); {
		cmd := d[i]
		n, ok := pathArity[cmd]
		if !ok {
			return dst, false
		}
		i++
		for k := 0; k < n; k++ {
			if k > 0 {
				if i >= len(d) || (d[i] != ',' && d[i] != ' ') {
					return dst, false
				}
				i++
			}
			j := i
			for j < len(d) && (d[j] == '-' || d[j] == '+' || d[j] == '.' || d[j] == 'e' || d[j] == 'E' || (d[j] >= '0' && d[j] <= '9')) {
				if j > i && (d[j] == '-' || d[j] == '+') && d[j-1] != 'e' && d[j-1] != 'E' {
					break
				}
				j++
			}
			v, err := strconv.ParseFloat(string(d[i:j]), 64)
			if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
				return dst, false
			}
			nums[k], i = v, j
		}
		for i < len(d) && d[i] == ' ' {
			i++
		}
		switch cmd {
		case 'M':
			cx, cy = grid(nums[0]), grid(nums[1])
			sx, sy = cx, cy
			dst = append(dst, 'M')
			dst = appendGrid(dst, cx, false)
			dst = appendGrid(dst, cy, true)
			prev = 'M'
			continue
		case 'Z':
			dst = append(dst, 'z')
			cx, cy, prev = sx, sy, 'z'
			continue
		}
		rel := byte(cmd + 'a' - 'A')
		if cmd == 'L' {
			// A horizontal or vertical line takes one number (h, v).
			x, y := grid(nums[0]), grid(nums[1])
			switch {
			case y == cy && x != cx:
				dst = appendCmd(dst, 'h', prev)
				dst = appendGrid(dst, x-cx, prev == 'h')
				cx, prev = x, 'h'
				continue
			case x == cx && y != cy:
				dst = appendCmd(dst, 'v', prev)
				dst = appendGrid(dst, y-cy, prev == 'v')
				cy, prev = y, 'v'
				continue
			}
		}
		first := prev != rel
		dst = appendCmd(dst, rel, prev)
		prev = rel
		switch cmd {
		case 'A':
			// rx ry rotation large-arc sweep x y: radii and flags as they
			// are (radii on the grid), the end point relative.
			dst = appendGrid(dst, grid(nums[0]), !first)
			dst = appendGrid(dst, grid(nums[1]), true)
			for _, f := range nums[2:5] {
				dst = append(dst, ' ')
				dst = strconv.AppendFloat(dst, f, 'g', -1, 64)
			}
			x, y := grid(nums[5]), grid(nums[6])
			dst = appendGrid(dst, x-cx, true)
			dst = appendGrid(dst, y-cy, true)
			cx, cy = x, y
		default:
			// L, Q, C: every point (control points and end) relative to
			// the current point at the start of the command.
			for k := 0; k < n; k += 2 {
				x, y := grid(nums[k]), grid(nums[k+1])
				dst = appendGrid(dst, x-cx, !first || k > 0)
				dst = appendGrid(dst, y-cy, true)
				if k == n-2 {
					cx, cy = x, y
				}
			}
		}
	}
	return dst, true
}

// appendCmd appends the command letter cmd unless it repeats prev, the
// last command written (SVG then repeats it implicitly).
func appendCmd(dst []byte, cmd, prev byte) []byte {
	if cmd == prev {
		return dst
	}
	return append(dst, cmd)
}

// grid returns v in units of pathGrid, rounded.
func grid(v float64) int64 { return int64(math.Round(v / pathGrid)) }

// appendGrid appends g grid units as a decimal number of points with no
// leading zero ("-.3", "12.5", "7"); sep asks for a separator before it,
// which a minus sign makes unnecessary.
func appendGrid(dst []byte, g int64, sep bool) []byte {
	if sep && g >= 0 {
		dst = append(dst, ',')
	}
	if g < 0 {
		dst = append(dst, '-')
		g = -g
	}
	if q := g / 10; q > 0 {
		dst = strconv.AppendInt(dst, q, 10)
	} else if g == 0 {
		return append(dst, '0')
	}
	if r := g % 10; r != 0 {
		dst = append(dst, '.', byte('0'+r))
	}
	return dst
}
