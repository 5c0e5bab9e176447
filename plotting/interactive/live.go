package interactive

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"os/signal"
	"text/template"
	"time"

	"github.com/janpfeifer/gonb/gonbui"
	"github.com/janpfeifer/gonb/gonbui/comms"
	"github.com/janpfeifer/gonb/gonbui/dom"
	"github.com/janpfeifer/gonb/gonbui/protocol"

	"github.com/gdlessons/lessons/plotting"
)

// app is what a live figure does: Sliders and Descent implement it.
type app interface {
	// controls returns the HTML of the controls (inside the controls div).
	controls() string
	// figure returns the figure to show now, with the notes written on it,
	// and a JSON-able state the page can read (the tests do).
	figure() (fig plotting.Figure, notes annotation, state any)
	// handle applies an event from the page; it reports whether the
	// figure must be drawn again.
	handle(ev event) bool
	// tick advances an animation and reports whether the figure must be
	// drawn again; wait is the delay before the next tick, 0 for none.
	tick() bool
	wait() time.Duration
	// summary is the line under a static figure: the values it shows.
	summary() string
	// liveHint says what the live figure can do, for the static line.
	liveHint() string
}

// event is a message from the page: {"type": "slider", "name": "lr",
// "value": -2, "seq": 7}. Value is the slider position (log10 of the value
// for a Log slider); X and Y are data coordinates of a click on panel Panel.
type event struct {
	Type  string  `json:"type"` // ready, slider, click, play, pause, done
	Name  string  `json:"name"`
	Value float64 `json:"value"`
	Panel int     `json:"panel"`
	X     float64 `json:"x"`
	Y     float64 `json:"y"`
	Seq   int     `json:"seq"`
}

// ending says why a live figure ended.
type ending string

const (
	endDone        ending = "Done was clicked"
	endTimeout     ending = "no event for %v"
	endInterrupted ending = "the kernel was interrupted"
	endNoBrowser   ending = "no browser answered"
	endStatic      ending = "GDLESSONS_STATIC=1"
)

//go:embed live.js
var liveJS string

var liveTmpl = template.Must(template.New("live.js").Parse(liveJS))

// session is one live figure: two outputs of the cell (controls, then the
// figure), each a gonb display that is updated in place.
type session struct {
	cfg     Config
	uid     string
	addr    string
	ctlID   string // display ids
	figID   string
	lastSeq int
	js      string // the page script
}

// handshakeTries is how many times a live figure asks the page to connect
// before it shows a static figure.
const handshakeTries = 3

func newSession(cfg Config) *session {
	uid := gonbui.UniqueId()
	return &session{
		cfg:   cfg.orDefault(),
		uid:   uid,
		addr:  "/gdlessons/interactive/" + uid,
		ctlID: "gdi_ctl_" + uid,
		figID: "gdi_fig_" + uid,
	}
}

// run shows a live, then a static, figure; it returns why it ended.
func (s *session) run(a app) (ending, error) {
	if s.cfg.Timeout < 0 {
		return "", fmt.Errorf("interactive: Config.Timeout = %v: want ≥ 0 (0 means %v)", s.cfg.Timeout, DefaultTimeout)
	}
	if s.cfg.Handshake < 0 {
		return "", fmt.Errorf("interactive: Config.Handshake = %v: want ≥ 0 (0 means %v)", s.cfg.Handshake, DefaultHandshake)
	}
	if !gonbui.IsNotebook {
		return endNoBrowser, nil
	}
	if staticFromEnv() {
		s.finish(a, endStatic)
		return endStatic, nil
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	events := comms.Listen[string](s.addr).WithBuffer(256)
	defer events.Close()

	gonbui.UpdateHTML(s.ctlID, s.controlsHTML(a))
	s.show(a)
	var js bytes.Buffer
	if err := liveTmpl.Execute(&js, map[string]any{
		"UID": s.uid, "Addr": s.addr, "WaitMS": s.cfg.Handshake.Milliseconds(),
	}); err != nil {
		return "", fmt.Errorf("interactive: live.js: %v", err)
	}
	s.js = js.String()
	dom.TransientJavascript(s.js)

	why := s.loop(ctx, a, events)
	s.finish(a, why)
	return why, nil
}

// loop handles events until Done, the timeout, or an interrupt.
func (s *session) loop(ctx context.Context, a app, events *comms.AddressChan[string]) ending {
	// Wait for the page's "ready". gonb's channel to the page gives up
	// after 500 ms without an answer (gonb's websocket.js), which a busy
	// machine can exceed: ask gonb to install it again and resend the
	// page script, handshakeTries times in all.
	hs := time.NewTimer(s.cfg.Handshake)
	defer hs.Stop()
	for ready, tries := false, 1; !ready; {
		select {
		case <-ctx.Done():
			return endInterrupted
		case <-hs.C:
			if tries >= handshakeTries {
				return endNoBrowser
			}
			tries++
			comms.Start()
			dom.TransientJavascript(s.js)
			hs.Reset(s.cfg.Handshake)
		case msg := <-events.C:
			ev, ok := parseEvent(msg)
			ready = ok && ev.Type == "ready"
			if ready {
				s.lastSeq = ev.Seq
			}
		}
	}
	// Answer "ready" with a figure carrying its number: the page enables
	// the controls only then, when the channel has worked both ways.
	s.show(a)
	idle := time.NewTimer(s.cfg.Timeout)
	defer idle.Stop()
	var tick *time.Timer
	var tickC <-chan time.Time
	arm := func() {
		if tick != nil {
			tick.Stop()
		}
		tick, tickC = nil, nil
		if d := a.wait(); d > 0 {
			tick = time.NewTimer(d)
			tickC = tick.C
		}
	}
	arm()
	for {
		select {
		case <-ctx.Done():
			return endInterrupted
		case <-idle.C:
			return ending(fmt.Sprintf(string(endTimeout), s.cfg.Timeout))
		case <-tickC:
			if a.tick() {
				s.show(a)
			}
			arm()
			idle.Reset(s.cfg.Timeout)
		case msg := <-events.C:
			redraw, done := s.apply(a, msg)
			// Take every event already waiting before drawing: when the
			// slider moves faster than the figure is drawn, only the
			// latest position is drawn.
			for more := true; more && !done; {
				select {
				case m := <-events.C:
					r, d := s.apply(a, m)
					redraw, done = redraw || r, d
				default:
					more = false
				}
			}
			if done {
				return endDone
			}
			if redraw {
				s.show(a)
			}
			arm()
			idle.Reset(s.cfg.Timeout)
		}
	}
}

// apply parses and handles one message; it reports a redraw and Done.
func (s *session) apply(a app, msg string) (redraw, done bool) {
	ev, ok := parseEvent(msg)
	if !ok {
		return false, false
	}
	if ev.Seq > s.lastSeq {
		s.lastSeq = ev.Seq
	}
	if ev.Type == "done" {
		return false, true
	}
	return a.handle(ev), false
}

func parseEvent(msg string) (event, bool) {
	var ev event
	if err := json.Unmarshal([]byte(msg), &ev); err != nil {
		fmt.Fprintf(os.Stderr, "interactive: ignored a message from the page that is not an event: %v\n", err)
		return ev, false
	}
	return ev, true
}

// show draws the figure and replaces the figure output with it.
func (s *session) show(a app) {
	fig, notes, state := a.figure()
	gonbui.UpdateHTML(s.figID, s.figureHTML(fig, notes, state))
}

// figureHTML is the live figure: the SVG in a div that carries what the
// page needs to map a click (size and frames) and what a test reads (the
// last event drawn and the app's state).
func (s *session) figureHTML(fig plotting.Figure, notes annotation, state any) string {
	r, err := render(fig, notes)
	if err != nil {
		return fmt.Sprintf(`<div class="gdi-figure gdi-error" id="gdi-fig-%s" data-seq="%d"><pre style="color:#b00">%s</pre></div>`,
			s.uid, s.lastSeq, html.EscapeString(err.Error()))
	}
	if r.Frames == nil {
		r.Frames = []Frame{} // "[]", not "null": no panel to click
	}
	fr, _ := json.Marshal(r.Frames)
	st, _ := json.Marshal(state)
	return fmt.Sprintf(`<div class="gdi-figure" id="gdi-fig-%s" data-seq="%d" data-w="%g" data-h="%g" data-frames="%s" data-state="%s" style="cursor:crosshair">%s</div>`,
		s.uid, s.lastSeq, r.W, r.H, html.EscapeString(string(fr)), html.EscapeString(string(st)), r.SVG)
}

// controlsHTML wraps the app's controls with a Done button and the line a
// saved copy shows (the page hides it while the figure is live).
func (s *session) controlsHTML(a app) string {
	return fmt.Sprintf(`<div class="gdi-controls" id="gdi-ctl-%s" style="font-family:sans-serif;font-size:13px;line-height:2">%s`+
		`<button type="button" data-action="done" disabled title="end the live figure; the next cell can run">Done</button>`+
		`<div class="gdi-static-note" style="color:#555">%s</div></div>`,
		s.uid, a.controls(), html.EscapeString(staticLine(a, "")))
}

// staticLine is the line under a static figure.
func staticLine(a app, why ending) string {
	line := "Static figure"
	if sum := a.summary(); sum != "" {
		line += " (" + sum + ")"
	}
	line += ". " + a.liveHint() + ": run this cell again in a notebook with the Go kernel."
	if why != "" && why != endStatic {
		line += " [ended: " + string(why) + "]"
	}
	return line
}

// finish replaces both outputs with static ones: the line, then the last
// figure as plotting's MIME bundle (what plotting.Show sends), so that a
// saved notebook shows it with or without a kernel.
func (s *session) finish(a app, why ending) {
	if e, ok := a.(interface{ toEnd() }); ok {
		e.toEnd()
	}
	line := staticLine(a, why)
	gonbui.SendData(&protocol.DisplayData{
		Data: map[protocol.MIMEType]any{
			protocol.MIMETextHTML:  `<p class="gdi-static" style="font-family:sans-serif;font-size:13px;color:#555">` + html.EscapeString(line) + `</p>`,
			protocol.MIMETextPlain: line,
		},
		DisplayID: s.ctlID,
	})
	fig, notes, _ := a.figure()
	d, err := plotting.DisplayData(annotate(fig, notes))
	if err != nil {
		d = &protocol.DisplayData{Data: map[protocol.MIMEType]any{protocol.MIMETextPlain: "interactive: " + err.Error()}}
	}
	d.DisplayID = s.figID
	gonbui.SendData(d)
	gonbui.Sync()
}
