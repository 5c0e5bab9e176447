package interactive

import (
	"encoding/gob"
	"io"
	"strings"
	"testing"

	"github.com/gdlessons/lessons/plotting"
	"github.com/janpfeifer/gonb/gonbui/protocol"
	"gonum.org/v1/plot/vg"
)

// TestStaticBundleGobs encodes the static figure's display as gonb's pipe
// does (gob): a value gob cannot send (an unregistered map type in the
// metadata) would close the pipe and lose every later output of the cell.
func TestStaticBundleGobs(t *testing.T) {
	d, err := plotting.DisplayData(annotate(GonumPlot(testPlot(), 6*vg.Inch, 3*vg.Inch), annotation{lines: []string{"Converged"}}))
	if err != nil {
		t.Fatal(err)
	}
	data, meta := d.Data, d.Metadata
	// plotting's bundle: the SVG (as image/svg+xml or inside text/html), a
	// PNG for viewers that do not trust SVG, and text.
	_, svg := data[protocol.MIMEImageSVG]
	if h, ok := data[protocol.MIMETextHTML].(string); ok && strings.Contains(h, "svg") {
		svg = true
	}
	_, png := data[protocol.MIMEImagePNG]
	_, txt := data[protocol.MIMETextPlain]
	if !svg || !png || !txt {
		t.Errorf("the static bundle has SVG %v, PNG %v, text %v; want all three", svg, png, txt)
	}
	if err := gob.NewEncoder(io.Discard).Encode(&protocol.DisplayData{Data: data, Metadata: meta, DisplayID: "x"}); err != nil {
		t.Errorf("gob cannot send the static figure: %v", err)
	}
}

// TestLiveHTML checks the live figure's wrapper: what the page script reads
// (size, frames) is there, and a figure that fails to draw shows why.
func TestLiveHTML(t *testing.T) {
	s := newSession(Config{})
	s.lastSeq = 7
	h := s.figureHTML(GonumPlot(testPlot(), 6*vg.Inch, 3*vg.Inch), annotation{}, map[string]any{"a": 1})
	for _, want := range []string{`id="gdi-fig-` + s.uid + `"`, `data-seq="7"`, `data-w="432"`, `data-h="216"`, `data-frames="[{&#34;MinX&#34;`, `data-state="{&#34;a&#34;:1}"`, "<svg"} {
		if !strings.Contains(h, want) {
			t.Errorf("the live figure's HTML has no %s", want)
		}
	}
	if h := s.figureHTML(nil, annotation{}, nil); !strings.Contains(h, "gdi-error") || !strings.Contains(h, "nil") {
		t.Errorf("a nil figure gives %q", h)
	}
	a := newSliderApp(nil, []Slider{{Name: "lr", Min: 0.01, Max: 1, Value: 0.1, Log: true}})
	c := s.controlsHTML(a)
	for _, want := range []string{`data-name="lr"`, `data-log="1"`, `min="-2"`, `max="0"`, `value="-1"`, "disabled", `data-action="done"`, "Static figure (lr = 0.1)"} {
		if !strings.Contains(c, want) {
			t.Errorf("the controls' HTML has no %s:\n%s", want, c)
		}
	}
}
