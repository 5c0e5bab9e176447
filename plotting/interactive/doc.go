// Package interactive makes the lessons' figures live in a Go (gonb) notebook:
// sliders that re-draw a figure as they move, and the labs' animated gradient
// descent that restarts from the point clicked on the plot.
//
// A lesson cell reads:
//
//	%%
//	f := gdlib.Peaks()
//	interactive.Sliders(func(v interactive.Values) plotting.Figure {
//		run := gdlib.MustRun(f, gdlib.Pt(v["x0"], v["y0"]), gdlib.GD(v["lr"]), &gdlib.Settings{Steps: v.Int("steps")})
//		return plotting.Contour(f, 18).With(run)
//	},
//		interactive.Slider{Name: "lr", Min: 0.001, Max: 0.1, Value: 0.01, Log: true},
//		interactive.Slider{Name: "steps", Min: 1, Max: 1000, Step: 1, Value: 100},
//		interactive.Slider{Name: "x0", Min: -3, Max: 3, Value: 0},
//		interactive.Slider{Name: "y0", Min: -3, Max: 3, Value: 1.4},
//	)
//
// and Descent is the labs' click-to-start animation, drawing each frame
// with any of plotting's figures:
//
//	f := gdlib.ExpLog()
//	interactive.Descent{F: f, Start: gdlib.Pt(1.6), LR: 0.1, Steps: 25,
//		Draw: func(run *gdlib.Trace) plotting.Figure { return plotting.Curve(f).With(run) },
//	}.Show()
//
// Progress is a progress bar for a long experiment (a sweep over
// thousands of runs): its Report method is the experiment's progress
// callback, and its Context, cancelled when the kernel is interrupted,
// stops the experiment and keeps what finished.
//
// # How it works
//
// The figure is drawn in Go (any plotting.Figure) and sent to the notebook as
// HTML holding the SVG. The controls are plain HTML inputs; a small script
// sends their events over gonb's front-end channel (gonbui/comms) to the
// cell's program, which draws the figure again and replaces the output
// (gonbui.UpdateHTML). A click on a plot is turned into data coordinates in
// the browser, with the data-to-canvas mapping of each gonum plot the figure
// is made of (see plotting.PlotPanels). The controls are enabled only once the
// program has answered the page's first message, so a slider never moves
// into a channel that is not there.
//
// # A cell that waits never hangs
//
// A live figure keeps its cell running. It ends when the learner clicks
// Done, after Config.Timeout without any event (default 2 minutes), or when
// the kernel is interrupted (■ in the toolbar, or "i i"). In all three
// cases the live output is replaced by the last figure as an ordinary
// output, with a line saying how to make it live again; so a saved notebook,
// reopened without a kernel, still shows it.
//
// Without a browser (nbconvert, a test, or a front-end whose channel does
// not answer within three Config.Handshake waits, 3 × 5 s) the figure for the
// initial values is shown as a static output and the call returns at once.
// Setting the environment variable GDLESSONS_STATIC=1 skips the wait
// entirely, for headless runs.
//
// gonb's own widgets (gonbui/widgets) are not used: their Done waits for the
// browser with no timeout, and their slider carries integers only.
package interactive
