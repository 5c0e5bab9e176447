package gdlib

import (
	"strings"
	"testing"
)

// TestTableEnds checks the end Table reports for runs that stopped early:
// from 1.6 with lr 0.5, e^x − ln x's first step lands at
// 1.6 − 0.5·(e^1.6 − 1/1.6) ≈ −0.564, outside the domain (x > 0), so the
// run diverged and its last finite iterate is the start, 1.6; from 0.03
// with lr 0.1 the first step lands at 3.26, outside the plotted [0.001, 2.5].
func TestTableEnds(t *testing.T) {
	f := ExpLog()
	div := MustRun(f, Pt(1.6), GD(0.5), &Settings{Steps: 25})
	out := MustRun(f, Pt(0.03), GD(0.1), &Settings{Steps: 25, Region: f.Domain})
	lines := strings.Split(strings.TrimSpace(Table(div, out)), "\n")
	if len(lines) != 3 {
		t.Fatalf("Table has %d lines, want 3:\n%s", len(lines), strings.Join(lines, "\n"))
	}
	for i, want := range []string{"diverged 1 1.6 ", "left the region 1 3.26 "} {
		if !strings.Contains(strings.Join(strings.Fields(lines[i+1]), " "), want) {
			t.Errorf("line %d = %q, want it to contain %q", i+1, lines[i+1], want)
		}
	}
}
