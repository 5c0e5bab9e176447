// Package plotting draws every figure of the gradient-descent lessons with
// gonum.org/v1/plot, and shows it inline in a Go (gonb) notebook cell with one
// call, or saves it to SVG, PNG or PDF with another.
//
// # Showing a figure
//
// Every builder returns a Figure; Show puts it under the cell:
//
//	plotting.Show(plotting.Heatmap(f))
//
// Save writes the same figure to a file, the format chosen by the extension:
//
//	err := plotting.Save(fig, "peaks.svg") // or .png, .pdf
//
// SVG, PNG and PDF return the bytes instead. Outside a notebook (in a test,
// an Example, a program) Show does nothing, so code that shows figures runs
// anywhere.
//
// # Colours
//
// Viridis is the default colour map: its lightness rises steadily, so a
// higher value never looks darker, and it reads in grey and for most forms
// of colour blindness. Jet reproduces the seeds' figures; CoolWarm is for
// signed values (a derivative); Terrain reads as a landscape. A ColorScale
// maps values to colours between limits (the seeds' vmin and vmax), clamping
// values outside them and giving NaN and ±Inf a colour of their own.
//
// # What a cell holds: the MIME bundle
//
// Show sends one Jupyter display_data message with three representations of
// the figure, and each viewer picks the best one it is willing to show:
//
//   - image/svg+xml: the vector figure (sharp at any zoom, text selectable);
//   - image/png: the same figure rasterised at PNGDPI (144 dpi), with its
//     CSS size in the metadata so it appears at the same size;
//   - text/plain: a one-line description, for terminals and screen readers.
//
// Why this bundle, viewer by viewer:
//
//   - JupyterLab (and Notebook 7, built on it) draws image/svg+xml as an
//     <img> whose source is the SVG; SVG in an image can run no script and
//     its ids cannot collide with the page. Its SVG renderer is marked
//     unsafe, so in a notebook reopened untrusted it falls back to the next
//     safe type: the PNG. HTML, by contrast, is shown untrusted after
//     sanitising, and JupyterLab's sanitiser removes <svg> elements
//     (jupyterlab/jupyterlab#9650, #10464): gonb's DisplaySVG, which wraps
//     the SVG in HTML, shows nothing in a reopened, untrusted notebook.
//
//   - The classic Notebook (≤ 6) inserts image/svg+xml into the page when
//     the notebook is trusted, so ids inside one figure could clash with
//     another's; this package's SVG holds no id attributes at all (vgsvg
//     clips in geometry, not with clipPath), and a test checks it. Untrusted,
//     it shows only "safe" outputs (text, PNG, JPEG): the PNG
//     (jupyter/notebook#3038).
//
//   - GitHub's notebook viewer renders PNG outputs reliably, while its
//     handling of SVG outputs has varied (broken or missing SVG plots are
//     reported in many projects, e.g. IRkernel#145, xflr6/graphviz#182); the
//     PNG keeps a figure visible there.
//
//   - nbconvert's HTML export prefers text/html, then image/svg+xml, then
//     image/png. It passes image/svg+xml through an HTML cleaner (lxml's
//     clean_html up to 6.5, bleach from 7.x) that strips SVG attributes and
//     style values, so exported SVG is often broken (jupyter/nbconvert#1849,
//     #1894). This is why gonb's DisplaySVG sends the SVG as text/html,
//     which nbconvert copies unchanged, at the price of the untrusted-view
//     problem above. We keep the SVG as an image and recommend exporting
//     with PNG preferred:
//
//     jupyter nbconvert --to html --NbConvertBase.display_data_priority="['image/png','text/plain']" lesson.ipynb
//
// # Safety of user text
//
// Titles, labels and legend entries are escaped (vgsvg escapes < > & ' "),
// and characters XML forbids are replaced by U+FFFD, so every SVG parses as
// XML and a title such as "</svg><script>alert(1)</script>" is drawn as
// text. FuzzSVGText checks this.
package plotting
