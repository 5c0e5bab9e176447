package browser

import (
	"context"

	"github.com/chromedp/chromedp"
)

// Chromium is the path of Debian's chromium.
const Chromium = "/usr/bin/chromium"

// NewChrome starts headless Chromium with a fresh profile in userDataDir and
// returns a chromedp context for one tab, 1400 × 1000 CSS pixels, and the
// function that closes it. The flags keep Chromium off the network: this
// machine's closed network refuses its background connections.
func NewChrome(ctx context.Context, userDataDir string) (context.Context, context.CancelFunc) {
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(Chromium),
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
