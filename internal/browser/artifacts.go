package browser

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"

	"github.com/chromedp/chromedp"
)

// Artifacts returns the folder the browser tests keep their screenshots
// and measurements in, creating it: $ARTIFACTS/browser, or
// root/artifacts/browser when ARTIFACTS is unset (root is the repository's
// root; that folder is git-ignored).
func Artifacts(root string) (string, error) {
	dir := os.Getenv("ARTIFACTS")
	if dir == "" {
		dir = filepath.Join(root, "artifacts")
	}
	dir = filepath.Join(dir, "browser")
	return dir, os.MkdirAll(dir, 0o755)
}

// EvalJSON evaluates a JavaScript expression that returns a JSON string
// (awaiting it if it is a promise) and decodes that string into v.
func EvalJSON(ctx context.Context, expr string, v any) error {
	s, err := chromedp.Run(ctx, chromedp.Evaluate[string](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		return err
	}
	return json.Unmarshal([]byte(s), v)
}

// Screenshot saves the tab's viewport as a PNG file at path. It captures
// even when ctx is cancelled (a test that timed out still leaves its last
// picture).
func Screenshot(ctx context.Context, path string) error {
	buf, err := chromedp.Run(context.WithoutCancel(ctx), chromedp.CaptureScreenshot())
	if err != nil {
		return err
	}
	return os.WriteFile(path, buf, 0o644)
}
