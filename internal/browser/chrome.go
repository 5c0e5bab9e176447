package browser

import (
	"context"
	"fmt"
	"os/exec"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// ChromiumNames are the names under which FindChromium looks for the
// browser on PATH: Debian's package installs chromium, others
// chromium-browser.
var ChromiumNames = []string{"chromium", "chromium-browser"}

// FindChromium returns the path of the first of ChromiumNames on PATH.
func FindChromium() (string, error) {
	for _, name := range ChromiumNames {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", fmt.Errorf("no Chromium on PATH (looked for %v): on Debian, apt-get install chromium", ChromiumNames)
}

// NewChrome starts headless Chromium (the program at exe, see
// FindChromium) with a fresh profile in userDataDir and returns a chromedp
// context for one tab, 1400 × 1000 CSS pixels, and the function that
// closes it. The flags keep Chromium off the network (no background
// connections, updates or sync): the tests reach 127.0.0.1 only.
func NewChrome(ctx context.Context, exe, userDataDir string) (context.Context, context.CancelFunc) {
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(userDataDir),
		chromedp.WindowSize(1400, 1000),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	cctx, cancelTab := chromedp.NewContext(actx)
	return cctx, func() { cancelTab(); cancelAlloc() }
}

// Focused makes the tab behave as a focused window, as a learner's is:
// headless Chromium has no window focus, so without it JupyterLab's focus
// tracking finds no current notebook (the target of its commands) and a
// click into an editor does not focus it.
var Focused = chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
	_, err := cdp.Call(ctx, t, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true})
	return err
})
