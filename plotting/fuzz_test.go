package plotting

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/gdlessons/lessons/gdlib"
)

// checkSafeSVG returns an error unless b is well-formed XML with no
// <script> element, no on* event attribute and no javascript: URL: the
// markup a title could inject if it were not escaped.
func checkSafeSVG(b []byte) error {
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("not well-formed XML: %v", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if strings.EqualFold(se.Name.Local, "script") || strings.EqualFold(se.Name.Local, "foreignObject") {
			return fmt.Errorf("a <%s> element", se.Name.Local)
		}
		for _, a := range se.Attr {
			if strings.HasPrefix(strings.ToLower(a.Name.Local), "on") {
				return fmt.Errorf("an event attribute %s=%q on <%s>", a.Name.Local, a.Value, se.Name.Local)
			}
			v := strings.ToLower(strings.Join(strings.Fields(a.Value), ""))
			if strings.Contains(v, "javascript:") {
				return fmt.Errorf("a javascript: URL in %s", a.Name.Local)
			}
		}
	}
}

// FuzzSVGText puts arbitrary text where users put text — a plot's title
// and axis labels, a key entry, a run's name, a panel grid's title — and
// checks that the SVG always parses as XML and carries no script.
//
//	go test -run '^$' -fuzz FuzzSVGText ./plotting/
func FuzzSVGText(f *testing.F) {
	for _, s := range []string{
		"</svg><script>alert(1)</script>",
		`"><svg onload="alert(1)">`,
		"<a href='javascript:alert(1)'>x</a>",
		"]]><![CDATA[",
		"<!-- -->&amp;&#x3c;",
		"\x00\x01\x1b[31m",
		"\xff\xfe invalid UTF-8",
		"line one\nline two",
		"∂f/∂x — ‖∇f‖ ≤ 1e−3",
		"",
	} {
		f.Add(s)
	}
	run := mustRun(quadratic(), gdlib.Pt(1), gdlib.GD(0.1), 5)
	f.Fuzz(func(t *testing.T, s string) {
		cp := Curve(quadratic())
		cp.Title.Text = s
		cp.X.Label.Text = s
		cp.Y.Label.Text = s
		r := *run
		r.Optimizer = s
		cp.With(&r)
		grid := Row(cp)
		grid.Title = s
		grid.Legend = []LegendEntry{{Text: s}}
		for _, fig := range []Figure{cp, grid} {
			b, err := SVG(fig)
			if err != nil {
				t.Fatalf("SVG with text %q: %v", s, err)
			}
			if err := checkSafeSVG(b); err != nil {
				t.Fatalf("text %q: %v", s, err)
			}
		}
	})
}

// TestCheckSafeSVGCatchesInjection makes sure the fuzz test's check can
// fail: each document below is what an unescaped title would produce.
func TestCheckSafeSVGCatchesInjection(t *testing.T) {
	for _, doc := range []string{
		`<svg xmlns="http://www.w3.org/2000/svg"><text>a</text></svg><script>alert(1)</script>`,
		`<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`,
		`<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>`,
		`<svg xmlns="http://www.w3.org/2000/svg"><a href=" java script:x"/></svg>`,
		"<svg xmlns=\"http://www.w3.org/2000/svg\"><text>\x01</text></svg>",
	} {
		if checkSafeSVG([]byte(doc)) == nil {
			t.Errorf("checkSafeSVG accepted %q", doc)
		}
	}
}
