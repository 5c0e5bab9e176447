// Package browser runs the lessons the way a learner does, for the tests:
// it starts JupyterLab (from the project's environment, see package venv)
// on 127.0.0.1 with a token and the project's Go kernel registered in a
// private Jupyter data folder, and drives headless Chromium (found on PATH)
// with chromedp. The JavaScript it evaluates in the page reads and drives
// JupyterLab's own objects and the live figures' elements; what to do is
// decided in Go.
//
// Nothing here reaches beyond 127.0.0.1; every folder it writes is one the
// caller gives (a test's t.TempDir()).
package browser
