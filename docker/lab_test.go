package docker

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/gdlessons/lessons/internal/browser"
	"github.com/gdlessons/lessons/internal/ipynb"
)

// labWait bounds the whole JupyterLab pass: the server's start, the
// kernel's, and lesson 1's cells, each a Go program gonb builds (the lesson
// took 64 s through JupyterHub's proxy with the machine's load at 18).
const labWait = 10 * time.Minute

// checkLab runs a lesson in JupyterLab served by the image, in headless
// Chromium, with the JavaScript of the notebooks' browser suite
// (internal/browser): the container starts with its own command on
// 127.0.0.1 as checkServer starts it, exposing JupyterLab's application to
// the page (LabApp.expose_app_in_browser) and with the suite's JupyterLab
// settings in the learner's home (browser.LabSettings); the browser logs in
// with the server's token, opens ~/lessons/lesson, runs every cell (Run ▸
// Run All Cells) and waits for the last; then no cell may show an error
// and each must show the figures its source draws (ipynb.ExpectedFigures).
// A screenshot of the notebook goes to artifacts/browser/container-LESSON.png.
func checkLab(t *testing.T, p *podman, image, lesson string) {
	chromium, err := browser.FindChromium()
	if err != nil {
		t.Fatal(err)
	}
	home := userVolume(t)
	settings := filepath.Join(home, ".jupyter", "lab", "user-settings")
	for name, text := range browser.LabSettings {
		path := filepath.Join(settings, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// The notebook user writes its workspaces under ~/.jupyter/lab.
	filepath.Walk(filepath.Join(home, ".jupyter"), func(path string, _ os.FileInfo, err error) error {
		if err == nil {
			err = os.Chown(path, notebookUID, 100)
		}
		return err
	})

	port := freePort(t)
	name := fmt.Sprintf("%slab-%d", containerPrefix, port)
	p.must(t, "run", "-d", "--name", name, "--network", "host", "-v", home+":/home/jovyan",
		image, "start-notebook.py", "--ServerApp.ip=127.0.0.1", "--ServerApp.port="+strconv.Itoa(port),
		"--ServerApp.port_retries=0", "--LabApp.expose_app_in_browser=True")
	t.Cleanup(func() { p.run(context.Background(), "rm", "--force", name) })
	var token string
	for deadline := time.Now().Add(2 * time.Minute); token == "" && time.Now().Before(deadline); time.Sleep(time.Second) {
		if m := tokenInLog.FindStringSubmatch(p.logs(name)); m != nil {
			token = m[1]
		}
	}
	if token == "" {
		t.Fatalf("the server logged no URL with a token in 2 minutes:\n%s", tail(p.logs(name), 30))
	}
	base := fmt.Sprintf("http://127.0.0.1:%d", port)

	ctx, cancel := browser.NewChrome(context.Background(), chromium, t.TempDir())
	defer cancel()
	ctx, cancelRun := context.WithTimeout(ctx, labWait)
	defer cancelRun()
	arts, err := browser.Artifacts("..")
	if err != nil {
		t.Fatal(err)
	}
	shot := "container-" + strings.TrimSuffix(lesson, ".ipynb")
	start := time.Now()
	if err := chromedp.Do(ctx, browser.Focused,
		chromedp.Navigate(base+"/api/status?token="+token), // sets the login cookie
		chromedp.Navigate(base+"/lab/workspaces/gdt/tree/lessons/"+lesson+"?reset"),
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := chromedp.Poll[bool](browser.LabReady, chromedp.WithPollingTimeout(0))(ctx, tg)
			return err
		}),
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := chromedp.Evaluate[bool](browser.LabRunAll)(ctx, tg)
			return err
		}),
	); err != nil {
		screenshot(t, ctx, arts, shot+"-failed")
		t.Fatalf("opening and running %s in the container's JupyterLab: %v\n%s", lesson, err, tail(p.logs(name), 30))
	}
	opened := time.Since(start)
	var st struct {
		Busy  bool `json:"busy"`
		Cells []struct {
			Index   int    `json:"index"`
			Type    string `json:"type"`
			Source  string `json:"source"`
			Count   string `json:"count"`
			Running bool   `json:"running"`
		} `json:"cells"`
		Live []struct {
			UID string `json:"uid"`
		} `json:"live"`
	}
	for done := false; !done; time.Sleep(time.Second) {
		if err := browser.EvalJSON(ctx, browser.LabStatus, &st); err != nil {
			screenshot(t, ctx, arts, shot+"-timeout")
			t.Fatalf("%s did not finish in %v: %v\n%s", lesson, labWait, err, tail(p.logs(name), 30))
		}
		// A live figure waits for the learner: end it as one does.
		for _, lf := range st.Live {
			chromedp.Do(ctx, chromedp.Click(chromedp.CSS(fmt.Sprintf(`#gdi-ctl-%s button[data-action="done"]`, lf.UID))))
		}
		done = !st.Busy
		for _, c := range st.Cells {
			done = done && (c.Type != "code" || (c.Count != "null" && !c.Running))
		}
	}
	ran := time.Since(start)
	var outs []struct {
		Errors  []string `json:"errors"`
		Figures int      `json:"figures"`
		Text    string   `json:"text"`
	}
	// The browser decodes an <img> figure asynchronously: give the last
	// ones 10 s (a bound, not a measurement).
	var figures, want int
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(200 * time.Millisecond) {
		if err := browser.EvalJSON(ctx, browser.LabOutputs, &outs); err != nil {
			t.Fatal(err)
		}
		figures, want = 0, 0
		for _, c := range st.Cells {
			if c.Type == "code" {
				figures += min(outs[c.Index].Figures, ipynb.ExpectedFigures(c.Source))
				want += ipynb.ExpectedFigures(c.Source)
			}
		}
		if figures == want || time.Now().After(deadline) {
			break
		}
	}
	codeCells := 0
	for _, c := range st.Cells {
		if c.Type != "code" {
			continue
		}
		codeCells++
		o := outs[c.Index]
		for _, e := range o.Errors {
			t.Errorf("cell %d wrote an error:\n%s", c.Index, e)
		}
		if w := ipynb.ExpectedFigures(c.Source); o.Figures < w {
			t.Errorf("cell %d shows %d figures, want %d; its output reads:\n%s", c.Index, o.Figures, w, o.Text)
		}
	}
	if want == 0 {
		t.Errorf("%s draws no figure: nothing showed that figures render in the container's JupyterLab", lesson)
	}
	screenshot(t, ctx, arts, shot)
	t.Logf("%s in the container's JupyterLab: opened with its kernel in %.1f s, %d code cells run in %.1f s, %d figures shown; screenshot %s",
		lesson, opened.Seconds(), codeCells, ran.Seconds(), figures, filepath.Join(arts, shot+".png"))
}

// screenshot saves the tab's viewport as arts/name.png.
func screenshot(t *testing.T, ctx context.Context, arts, name string) {
	if err := browser.Screenshot(ctx, filepath.Join(arts, name+".png")); err != nil {
		t.Logf("screenshot %s: %v", name, err)
	}
}
