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
//   - ByIteration(runs, Coord(0), Deriv, LR, Loss, GradNorm): quantities
//     by iteration (0 is the start), one panel each, one shared key.
//   - Heatmap(f): f(x, y) as an image with a colour bar; .Limits(vmin,
//     vmax), .Colors(Jet()), .WithContours(n), .WithLabels(),
//     .WithField(n) (−∇f as arrows), .WithMinima(), .With(runs...) (paths
//     with start, end and arrows), .WithMany(label, runs...) (a bundle of
//     runs, as the seed's basins figure).
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
//   - LogLines(title, data): the same on a logarithmic y axis (a loss
//     above its minimum, by epoch).
//   - Fit(data, run, iterates...): a data set of one feature as dots and
//     the fitted line at those iterates of a regression run;
//     Boundary(data, run, iterates...): two classes as dots and the
//     decision boundary of a logistic regression run.
//   - Row(figs...), Grid(rows, cols, figs...): panels with a title.
//   - Surface(f, runs...): the 3-D surface of f(x, y) with the runs on it,
//     seen from a camera set as matplotlib's view_init (View{Elev, Azim});
//     ColorMap, ZLim and Resolution are fields to change.
//   - ContourSurface(f, 18, runs...): the labs' figure, contour lines
//     beside the surface with the same runs on both; .Colors(CoolWarm())
//     colours both panels.
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
// of colour blindness. Jet reproduces the seeds' figures; CoolWarm is for
// signed values (a derivative); Terrain reads as a landscape. A ColorScale
// maps values to colours between limits (the seeds' vmin and vmax), clamping
// values outside them and giving NaN and ±Inf a colour of their own. Runs
// get the colours of RunColors (matplotlib's tab10), in order.
//
// # Size
//
// Heat maps and basin maps are rasterised: the grid becomes one PNG image
// inside the SVG, so a 201 × 201 heat map with a 1000-step run is about
// 40 KB and a 500 × 500 basin map about 16 KB (the seed's 25 × 25 basin
// figure is 1.9 MB of SVG from matplotlib). Lines are simplified to 0.1 pt
// (Douglas–Peucker) and dots merged into one path, so every lesson figure
// stays under 150 KB.
//
// # Animations: why SMIL
//
// A notebook shows a figure as an image, and an image never runs a
// script, so an animation cannot be a JavaScript program. Animate's SVG
// instead carries SMIL elements (<animate>, <animateTransform>): a
// declarative list of where each moving part is at each frame, which
// Chromium, Firefox and Safari play inside an image, in JupyterLab, the
// classic Notebook and nbconvert's HTML alike. The plot is drawn once and
// only the moving parts change, so 200 steps of two runs take tens of
// kilobytes. The animation is saved in the notebook and plays again when
// it is reopened, with no kernel running. A viewer that does not animate
// (rsvg-convert, a viewer that falls back to the PNG) shows the last
// frame. (CSS keyframes also play in an image, but would need a rule per
// position.)
//
// # What a cell holds: the MIME bundle
//
// In short: every figure goes to the notebook as an HTML <img> holding the
// SVG, plus a PNG and a line of text. The <img> is what survives a saved
// notebook being reopened elsewhere (untrusted), an HTML export, and
// figures with clashing ids; the PNG is for viewers that show no HTML.
//
// Show sends one Jupyter display_data message with three representations of
// the figure; each viewer shows the first it can in its order of preference:
//
//   - text/html: one <img> whose source is the SVG as a base64 data URI,
//     at the figure's size in CSS pixels (vector: sharp at any zoom);
//   - image/png: the same figure rasterised at PNGDPI (144 dpi), its CSS
//     size in the metadata;
//   - text/plain: a one-line description, for terminals and screen readers.
//
// Why not image/svg+xml, or gonb's DisplaySVG (the SVG inline in HTML)?
// Viewer by viewer:
//
//   - JupyterLab (and Notebook 7) prefer text/html to image/svg+xml. When a
//     saved notebook is reopened untrusted, image/svg+xml is not shown at
//     all (its renderer is marked unsafe: jupyterlab/jupyterlab#9650) and
//     HTML is sanitised, which removes an inline <svg> (#10464) — so
//     DisplaySVG's figures vanish — but keeps an <img> with a data: source
//     (the sanitiser skips src validation since #5183). Our figures stay.
//   - The classic Notebook 6 (6.4.12 here) uses the same sanitiser for
//     untrusted HTML (static/components/sanitizer: allowedSchemesAppliedTo
//     Attributes is ['href', 'cite'], so img src is not checked) and
//     shows nothing for untrusted image/svg+xml ("Ignoring untrusted
//     image/svg+xml output", outputarea.js; jupyter/notebook#3038).
//   - nbconvert's HTML export takes text/html first and copies it as is;
//     image/svg+xml goes through an HTML cleaner that breaks SVG (lxml's
//     clean_html strips path data in 6.5, the version in Debian 12; bleach
//     strips style values in 7.x: jupyter/nbconvert#1849, #1894). This is
//     why gonb's DisplaySVG chose HTML; an <img> keeps that advantage.
//   - An SVG inside an <img> is a separate document: it cannot run a
//     script and its ids cannot clash with another figure's (ours have no
//     ids at all: vgsvg clips in geometry, not with clipPath; a test
//     checks it), which an inline <svg> in the page could.
//   - GitHub's viewer sanitises HTML outputs; viewers that show no HTML
//     (or drop it) fall back to the PNG, which every viewer shows.
//
// Animations (see Animation) send the same kind of bundle: their animated
// SVG plays inside the <img>.
//
// # Safety of user text
//
// Titles, labels and key entries are escaped (vgsvg escapes < > & ' "), and
// characters XML forbids are replaced by U+FFFD, so every SVG parses as XML
// and a title such as "</svg><script>alert(1)</script>" is drawn as text.
// FuzzSVGText checks this.
package plotting
