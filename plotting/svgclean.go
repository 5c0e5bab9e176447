package plotting

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// cleanSVG post-processes vgsvg's output:
//
//   - path data is made compact (compactPaths): relative coordinates on a
//     0.1 pt grid, and adjacent strokes of one style merged;
//   - raster images are labelled with the MIME type of their data
//     (vgsvg writes PNG bytes as "data:image/jpg") and stretched to the
//     rectangle they are given;
//   - the Liberation fonts that gonum/plot measures text with get
//     metric-compatible fallbacks (Arial, Times New Roman, Courier New) and
//     a generic family, so a browser without them still draws sans-serif;
//     Liberation Sans, the figures' font, is named once on the root
//     element (rootTag) and inherited, instead of on every text;
//   - the font properties vgsvg writes on every text that are CSS's
//     initial values (defaultFontStyle) are left out;
//   - every byte sequence that is not valid UTF-8, and every character
//     that XML 1.0 forbids (control characters other than tab, newline
//     and carriage return), becomes U+FFFD. vgsvg escapes <, >, &, ' and "
//     in user text but passes these through, which would make the document
//     fail to parse.
//
// TestCleanSVGPatternsStillMatch checks that vgsvg still writes each
// pattern replaced here, so a change in gonum/plot fails loudly.
func cleanSVG(b []byte) []byte {
	b = compactPaths(b)
	b = bytes.ReplaceAll(b, []byte(rasterMIME[0]), []byte(rasterMIME[1]))
	b = bytes.ReplaceAll(b, []byte(imageTag[0]), []byte(imageTag[1]))
	// The figures' own font is set once, on the root element, and
	// inherited by every text in it.
	b = bytes.ReplaceAll(b, []byte("font-family:"+fontFallbacks[0][0]+";"), nil)
	b = bytes.Replace(b, []byte(rootTag[0]), []byte(rootTag[1]), 1)
	for _, f := range fontFallbacks[1:] {
		b = bytes.ReplaceAll(b, []byte("font-family:"+f[0]+";"), []byte("font-family:"+f[1]+";"))
	}
	b = bytes.ReplaceAll(b, []byte(defaultFontStyle), nil)
	return []byte(sanitizeText(string(b)))
}

// rasterMIME relabels vgsvg's embedded rasters, which hold PNG bytes.
var rasterMIME = [2]string{"data:image/jpg;base64,", "data:image/png;base64,"}

// imageTag stretches a raster to its rectangle: vgsvg gives <image> no
// preserveAspectRatio, so viewers keep the raster's proportions
// ("xMidYMid meet") instead of filling the rectangle the plot computed; a
// 1 × 256 colour bar became a line.
var imageTag = [2]string{"<image ", `<image preserveAspectRatio="none" `}

// defaultFontStyle is what vgsvg writes in every text's style for a
// regular font: CSS's initial values, which nothing in the document
// overrides, so leaving them out changes nothing (a bold or italic font is
// written differently and kept).
const defaultFontStyle = "font-variant:normal;font-weight:normal;font-style:normal;"

// rootTag gives the root element the figures' font (fontFallbacks[0]) for
// every text in it to inherit.
var rootTag = [2]string{"<svg ", `<svg style="font-family:` + fontFallbacks[0][1] + `" `}

var fontFallbacks = [][2]string{
	{"Liberation Sans", "'Liberation Sans',Arial,Helvetica,sans-serif"},
	{"Liberation Serif", "'Liberation Serif','Times New Roman',serif"},
	{"Liberation Mono", "'Liberation Mono','Courier New',monospace"},
}

// sanitizeText replaces invalid UTF-8 and characters XML 1.0 forbids with
// U+FFFD. It returns s itself when there is nothing to replace.
func sanitizeText(s string) string {
	ok := true
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && n == 1) || !xmlChar(r) {
			ok = false
			break
		}
		i += n
	}
	if ok {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && n == 1) || !xmlChar(r) {
			sb.WriteRune(utf8.RuneError)
		} else {
			sb.WriteString(s[i : i+n])
		}
		i += n
	}
	return sb.String()
}

// xmlChar reports whether r is a Char of the XML 1.0 grammar (§2.2).
func xmlChar(r rune) bool {
	switch {
	case r == 0x9 || r == 0xA || r == 0xD:
		return true
	case r >= 0x20 && r <= 0xD7FF:
		return true
	case r >= 0xE000 && r <= 0xFFFD:
		return true
	case r >= 0x10000 && r <= 0x10FFFF:
		return true
	}
	return false
}
