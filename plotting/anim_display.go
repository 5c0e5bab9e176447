package plotting

// MIMEBundler is implemented by figures that make their own Jupyter MIME
// bundle instead of being drawn as a still image: an Animation. Show sends
// a MIMEBundler's bundle as it is.
type MIMEBundler interface {
	// MIMEBundle returns the bundle: MIME type → content (string for
	// text types).
	MIMEBundle() (map[string]any, error)
}

var _ MIMEBundler = (*Animation)(nil)

// MIMEBundle returns the animation as a Jupyter MIME bundle, like every
// figure's (see Bundle): "text/html", an <img> whose source is the
// animated SVG as a base64 data URI; "image/png", the last frame, for
// viewers that show no HTML; and "text/plain", a one-line description.
//
// Why an <img> in HTML and not image/svg+xml: JupyterLab refuses to show
// image/svg+xml from an untrusted notebook ("Cannot display an untrusted
// SVG"), so a saved notebook reopened elsewhere would lose it; its HTML
// sanitizer keeps <img> with a data: source (jupyterlab#5183) and drops
// inline <svg>. An SVG inside an <img> runs its SMIL animation and never
// scripts, in JupyterLab, the classic Notebook, nbconvert's HTML and
// browsers alike.
func (a *Animation) MIMEBundle() (map[string]any, error) {
	svg, err := a.SVG()
	if err != nil {
		return nil, err
	}
	last, err := PNG(a)
	if err != nil {
		return nil, err
	}
	w, h := a.Size()
	desc := a.String()
	return map[string]any{
		"text/html":  svgImgTag(svg, int(w.Dots(96)+0.5), int(h.Dots(96)+0.5), desc),
		"image/png":  last,
		"text/plain": desc,
	}, nil
}
