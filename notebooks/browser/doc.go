// Package browser runs the lessons the way a learner does, for the tests in
// package notebooks: it registers the project's Go kernel in a private
// Jupyter data folder, starts Debian's Jupyter Notebook on 127.0.0.1 with a
// token, and drives Debian's headless Chromium with chromedp.
//
// Nothing here reaches beyond 127.0.0.1; every folder it writes is one the
// caller gives (a test's t.TempDir()).
package browser
