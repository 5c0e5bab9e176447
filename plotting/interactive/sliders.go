package interactive

import (
	"fmt"
	"html"
	"math"
	"strings"
	"time"

	"github.com/gdlessons/lessons/plotting"
)

// Sliders shows the figure render(values) under one slider per Slider, and
// draws it again each time a slider moves, until the learner clicks Done,
// DefaultTimeout passes without a move, or the kernel is interrupted. Then
// the last figure stays as an ordinary output. It returns the last values.
//
// Outside a browser (see the package documentation) it shows the figure for
// the initial values and returns them at once.
//
// A panic in render (a bad learning rate passed to gdlib.MustRun, say) is
// shown in place of the figure, and the sliders stay live. The error is for
// sliders that cannot be shown, and names the slider and the field.
func Sliders(render func(Values) plotting.Figure, sliders ...Slider) (Values, error) {
	return Config{}.Sliders(render, sliders...)
}

// Sliders is the package-level Sliders with the timeouts of c.
func (c Config) Sliders(render func(Values) plotting.Figure, sliders ...Slider) (Values, error) {
	if render == nil {
		return nil, fmt.Errorf("interactive: Sliders: render is nil")
	}
	if err := checkSliders(sliders); err != nil {
		return nil, err
	}
	a := newSliderApp(render, sliders)
	if _, err := newSession(c).run(a); err != nil {
		return nil, err
	}
	return a.values(), nil
}

// sliderApp is the app of Sliders.
type sliderApp struct {
	render  func(Values) plotting.Figure
	sliders []Slider
	vals    Values
}

func newSliderApp(render func(Values) plotting.Figure, sliders []Slider) *sliderApp {
	a := &sliderApp{render: render, sliders: sliders, vals: Values{}}
	for _, s := range sliders {
		a.vals[s.Name] = s.Value // exactly as given, not rounded
		if s.Integer {
			a.vals[s.Name] = math.Round(s.Value)
		}
	}
	return a
}

func (a *sliderApp) values() Values {
	v := make(Values, len(a.vals))
	for k, x := range a.vals {
		v[k] = x
	}
	return v
}

func (a *sliderApp) controls() string {
	var b strings.Builder
	for _, s := range a.sliders {
		lo, hi, step, pos := s.scale()
		label := s.Label
		if label == "" {
			label = s.Name
		}
		flag := func(ok bool) string {
			if ok {
				return "1"
			}
			return "0"
		}
		fmt.Fprintf(&b, `<label style="display:inline-block;margin-right:1.5em">%s `+
			`<input type="range" data-name="%s" data-log="%s" data-int="%s" data-disabled="%s" min="%.10g" max="%.10g" step="%.10g" value="%.10g" disabled style="vertical-align:middle;width:12em"> `+
			`<output data-for="%s">%s</output></label>`,
			html.EscapeString(label), s.Name, flag(s.Log), flag(s.Integer), flag(s.Disabled),
			lo, hi, step, pos, s.Name, html.EscapeString(s.format(a.vals[s.Name])))
	}
	return b.String()
}

func (a *sliderApp) figure() (plotting.Figure, annotation, any) {
	return a.draw(), annotation{}, map[string]any{"values": a.values()}
}

// draw calls render, turning a panic into a figure that says what failed.
func (a *sliderApp) draw() (fig plotting.Figure) {
	defer func() {
		if p := recover(); p != nil {
			fig = messageFigure(fmt.Sprintf("%v", p))
		}
	}()
	return figureOrMessage("the render function", a.render(a.values()))
}

func (a *sliderApp) handle(ev event) bool {
	if ev.Type != "slider" {
		return false
	}
	for _, s := range a.sliders {
		if s.Name == ev.Name && !s.Disabled {
			v := s.valueAt(ev.Value)
			if v == a.vals[s.Name] {
				return false
			}
			a.vals[s.Name] = v
			return true
		}
	}
	return false
}

func (a *sliderApp) tick() bool          { return false }
func (a *sliderApp) wait() time.Duration { return 0 }
func (a *sliderApp) summary() string {
	var parts []string
	for _, s := range a.sliders {
		parts = append(parts, s.Name+" = "+s.format(a.vals[s.Name]))
	}
	return strings.Join(parts, ", ")
}
func (a *sliderApp) liveHint() string { return "To move the sliders" }
