// Package plotting draws every figure of the gradient-descent lessons with
// gonum.org/v1/plot, and shows it inline in a Go (gonb) notebook cell with one
// call, or saves it to SVG, PNG or PDF with another.
//
// # Showing a figure
//
// Build a figure from gdlib's functions and runs, then show it:
//
//	f := gdlib.Peaks()
//	run := gdlib.MustRun(f, gdlib.Pt(0, 1.4), gdlib.GD(0.01), &gdlib.Settings{Steps: 1000})
//	plotting.Show(plotting.Heatmap(f).With(run))
//
// Save writes the same figure to a file, the format chosen by the extension:
//
//	err := plotting.Save(fig, "peaks.svg") // or .png, .pdf
//
// SVG, PNG and PDF return the bytes instead. Outside a notebook (in a test,
// an Example, a program) Show does nothing, so code that shows figures runs
// anywhere.
//
// # The figures
//
//   - Curve(f): a function of one variable and its derivative, a dashed
//     line at zero; .With(runs...) draws runs on the curve (points on f,
//     steps along the x axis).
//   - ByIteration(runs, Coord(0), Deriv, LR, Loss, GradNorm, StepLength): quantities
//     by iteration (0 is the start), one panel each, one shared key.
//   - Heatmap(f): f(x, y) as an image with a colour bar; .Limits(vmin,
//     vmax), .Colors(Jet()), .WithContours(n), .WithLabels(),
//     .WithField(n) (−∇f as arrows), .WithMinima(), .With(runs...) (paths
//     with start, end and arrows), .WithMany(label, runs...) (a bundle of
//     runs, as the course's basins-of-attraction figure).
//   - Contour(f, n): n contour lines without the image; the same methods,
//     .Colors colouring the lines. Levels are evenly spaced, or
//     log-spaced when most of f's values are far below its largest
//     (Rosenbrock's valley); .Levels(LogSpacing) or .Levels(EvenSpacing)
//     chooses.
//   - HeatmapGrid(grid): a data grid, such as gdlib.Sweep2's.
//   - BasinMap(basins): gdlib.Basins' map, one colour per minimum reached,
//     others for "not converged", "left the region" and "diverged".
//   - Lines(title, data): XY data (gdlib.Sweep's results) as lines with
//     markers.
//   - LogLines(title, data): the same on a log y axis, where growth or
//     decay by a constant factor per step is a straight line.
//   - Stability(λ, rates...): the stability rule, |1 − ηλ| against η, with
//     bands for monotone convergence, oscillation and divergence.
//   - Fit(data, run, iterates...): a data set of one feature as dots and
//     the fitted line at those iterates of a regression run;
//     Boundary(data, run, iterates...): two classes as dots and the
//     decision boundary of a logistic regression run.
//   - Row(figs...), Grid(rows, cols, figs...): panels with a title.
//   - EachRun(f, 18, cols, runs...): each run on a contour map of its own,
//     titled with its name and how it ended: a race side by side.
//   - Surface(f, runs...): the 3-D surface of f(x, y) with the runs on it,
//     seen from a camera set as matplotlib's view_init (View{Elev, Azim});
//     ColorMap, ZLim and Resolution are fields to change.
//   - Slice(f, point, 0): the surface cut by the vertical plane y = y₀
//     (1: x = x₀) through point, with the slice's curve, its tangent line
//     (slope ∂f/∂x or ∂f/∂y) and the tangent plane.
//   - ContourSurface(f, 18, runs...): contour lines beside the surface,
//     the same runs on both; .Colors(CoolWarm()) colours both panels.
//   - Animate(f, runs...): the runs played step by step, one frame per
//     iterate, on the curve of f (one variable) or over its contour lines
//     (two). Show plays it in the cell; GIF writes it as an animated GIF;
//     FrameSVG(k) is one still frame.
//
// In every figure a run is named by its optimizer ("GD(0.01)");
// Named("large steps", run) gives it another name without changing run.
// A key of more than MaxBoxKey entries is drawn above the axes, where it
// hides no data.
//
// A run that diverged is drawn up to its last good iterate and marked there
// with a red × and "diverged at iterate k"; the axes stay on the function's
// domain, so a run that leaves it is cut at the frame (and its end is
// labelled at the edge it left by).
//
// # Customising
//
// Builders return values you can still change before showing them. A
// *Plot embeds gonum's *plot.Plot, so its title, labels and ranges are
// fields, and any gonum plotter can be added:
//
//	fig := plotting.Curve(gdlib.Quadratic())
//	fig.Title.Text = "A parabola and its slope"
//	fig.Y.Min, fig.Y.Max = -5, 25
//	fig.Width = 8 * vg.Inch
//	fig.Add(myPlotter) // any gonum plot.Plotter
//	plotting.Show(fig)
//
// Panels' Title, Legend and Cells (each a *Plot or *Map) are fields too.
// The key of a plot is its Key field, a list of (text, thumbnail) entries.
//
// Builders chain, so they cannot return errors: a builder given bad input
// (a nil function, a run in the wrong number of variables, colour limits
// with vmin ≥ vmax) records it, the figure's Err method returns it, the
// figure draws the message in place of the plot (so Show puts the
// explanation in the cell), and Save returns it.
//
// # Clickable figures
//
// Every figure made of gonum plots — Curve, Lines, the maps, Panels, and
// ContourSurface's contour panel — has a PlotPanels method: it returns
// each gonum plot with the canvas Draw draws it in, so that a point of the
// figure maps to data. plotting/interactive uses it to turn a click into
// a start, so its Descent draws these figures as they are. (A 3-D surface
// has none: a click on it does nothing.)
//
// # Colours
//
// Viridis is the default colour map: its lightness rises steadily, so a
// higher value never looks darker, and it reads in grey and for most forms
// of colour blindness. Jet reproduces the course's figures; CoolWarm is for
// signed values (a derivative); Terrain reads as a landscape. A ColorScale
// maps values to colours between limits (matplotlib's vmin and vmax), clamping
// values outside them and giving NaN and ±Inf a colour of their own. Runs
// get the colours of RunColor (matplotlib's tab10), in order.
//
// # What a cell holds
//
// Show sends one Jupyter display message with three representations of
// the figure (see DisplayData and Bundle): text/html, one <img> holding
// the SVG as a data URI; image/png, the same figure rasterised at 72 dpi
// in 64 colours, for viewers that show no HTML; and text/plain, a line of
// text. Together they take at most 150 KB in a saved notebook. The
// <img> is what survives a saved notebook reopened untrusted, an HTML
// export, and two figures in one page. An Animation's SVG plays inside the
// <img> with SMIL, so it needs no script and plays again when the saved
// notebook is reopened. plotting/DESIGN.md gives the reasons viewer by
// viewer.
//
// # Safety of user text
//
// Titles, labels and key entries are escaped (vgsvg escapes < > & ' "), and
// characters XML forbids are replaced by U+FFFD, so every SVG parses as XML
// and a title such as "</svg><script>alert(1)</script>" is drawn as text.
// FuzzSVGText checks this.
package plotting
