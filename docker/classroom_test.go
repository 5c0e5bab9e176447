package docker

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// classroomTestVar turns the classroom check on (see checkClassroom).
const classroomTestVar = "GDLESSONS_CLASSROOM_TEST"

// classroomImage is the tag the hub spawns servers from: the test points it
// at the image TestImage built, then at a newer one, as a class would move
// a tag in its registry.
const classroomImage = "localhost/gdlessons-classroom:current"

// learners are the class: the first runs a lesson alone, the other four
// at the same time.
var learners = []string{"alice", "bob", "carol", "dave", "erin"}

// classroomLesson is the lesson the learners run: of the lessons, the one
// that runs in the least time in the image (the image test's build logs
// each lesson's time in its warm-up: 9 s for this one, 14 to 78 s for the
// others, lesson 1 46 s), so that four learners running it at once cost
// the test about a minute of two cores. Nine code cells, each a Go program
// gonb builds, with figures: a lesson as any other, only shorter.
const classroomLesson = "06-vanishing-exploding-gradients.ipynb"

// classroomPassword is DummyAuthenticator's shared password.
const classroomPassword = "gradient-descent"

// checkClassroom runs a class on a real JupyterHub (hub/requirements.txt,
// from PyPI, in a virtual environment of the test's own) with its
// configurable-http-proxy (hub/package-lock.json, from npm), on 127.0.0.1:
// learners log in with a password, and each learner's server is a
// container of the lessons image that DockerSpawner starts through podman's
// Docker-compatible API, on the host's network with a port of its own and a
// named volume over the home folder (hub/jupyterhub_config.py). Everything
// goes through the proxy and the hub's REST API:
//
//   - Start: the learner gets JupyterLab at /user/NAME/lab, served by
//     jupyterhub-singleuser, which the image's start command chose.
//   - Isolation: one learner's token and cookies are refused by another's
//     server.
//   - Concurrency: one learner runs lesson with nobody else running, then
//     four run it at the same time, each through the proxy
//     (hub/learner.py); it logs each one's median cell time and the peak
//     memory of each one's container.
//   - Persistence: an edited, saved lesson survives a stop and start, and a
//     newer image that adds a lesson adds it without overwriting the edit.
//   - Culling: jupyterhub-idle-culler, as a hub service, stops an idle
//     server after its timeout; on a second hub with a short timeout, run
//     while Persistence restarts servers on the first.
//
// It logs the seconds each phase took (phaseTimer).
func checkClassroom(t *testing.T, p *podman, cache, image, lesson string) {
	start := time.Now()
	lap := phaseTimer(t, start)
	venv := pythonVenv(t, cache, "hub-venv", filepath.Join("hub", "requirements.txt"))
	proxy := proxyCommand(t, cache)
	lap("hub venv and proxy ready")
	dir := t.TempDir()
	p.must(t, "tag", image, classroomImage)
	removeVolumes(t, p)
	t.Cleanup(func() { removeVolumes(t, p) })
	settings := hubSettings{venv: venv, proxy: proxy, dockerHost: startDockerAPI(t, p, dir), image: classroomImage,
		password: classroomPassword, state: dir, cullTimeout: 3600, cullEvery: 60}
	h := startHub(t, settings)
	lap("podman's API and the hub started")
	class := map[string]*learner{}
	for _, name := range learners {
		class[name] = login(t, h, name, classroomPassword)
	}
	alice, bob := class["alice"], class["bob"]
	lap(fmt.Sprintf("%d learners logged in", len(learners)))

	t.Run("Start", func(t *testing.T) { checkHubStart(t, p, h, alice) })
	lap("alice's server started and checked")
	single := runLessons(t, p, h, lesson, alice)
	lap("alice ran " + lesson + " alone")
	var wg sync.WaitGroup
	for _, l := range learners[1:] {
		wg.Add(1)
		go func() { defer wg.Done(); class[l].startServer(t, h) }()
	}
	wg.Wait()
	lap(fmt.Sprintf("%d more servers started at once", len(learners)-1))
	t.Run("Isolation", func(t *testing.T) { checkIsolation(t, h, alice, bob) })
	var four []learnerRun
	t.Run("Concurrency", func(t *testing.T) {
		four = runLessons(t, p, h, lesson, class["bob"], class["carol"], class["dave"], class["erin"])
		logRuns(t, "1 learner", single)
		logRuns(t, "4 learners", four)
	})
	lap(fmt.Sprintf("%d learners ran %s at once", len(four), lesson))
	for _, l := range learners[1:] {
		class[l].stopServer(t, h)
	}
	lap(fmt.Sprintf("%d servers stopped", len(learners)-1))
	// Persistence restarts alice's server on this hub while culling waits
	// for carol's to go idle on a second hub, whose culler has a short
	// timeout (on this one it would stop the servers that wait their turn).
	// Carol's server on this hub is stopped: the container's name is free.
	t.Run("Lifecycle", func(t *testing.T) {
		t.Run("Persistence", func(t *testing.T) {
			t.Parallel()
			checkPersistence(t, p, h, alice, image, lesson)
			alice.stopServer(t, h)
		})
		t.Run("Culling", func(t *testing.T) {
			t.Parallel()
			cull := settings
			cull.state, cull.cullTimeout, cull.cullEvery = t.TempDir(), 20, 5
			// The image itself, not the tag Persistence moves to a newer
			// image (and whose removal would take carol's server with it).
			cull.image = image
			ch := startHub(t, cull)
			checkCulling(t, p, ch, login(t, ch, "carol", classroomPassword), cull)
		})
	})
	lap("persistence and culling checked, side by side")
	h.stop()
	t.Logf("classroom: %.0f s in all", time.Since(start).Seconds())
}

// phaseTimer returns a function that logs what was done and the seconds it
// took since the previous call (since start for the first), so a run's log
// says where the classroom's time goes.
func phaseTimer(t *testing.T, start time.Time) func(what string) {
	last := start
	return func(what string) {
		now := time.Now()
		t.Logf("classroom: %-48s %5.0f s (%4.0f s since start)", what, now.Sub(last).Seconds(), now.Sub(start).Seconds())
		last = now
	}
}

// removeVolumes removes the learners' home volumes of earlier runs.
func removeVolumes(t *testing.T, p *podman) {
	for _, v := range strings.Fields(p.must(t, "volume", "ls", "--format", "{{.Name}}")) {
		if strings.HasPrefix(v, containerPrefix+"home-") {
			p.run(context.Background(), "volume", "rm", "--force", v)
		}
	}
}

// serverContainer is the name DockerSpawner gives a learner's container
// (hub/jupyterhub_config.py's name_template).
func serverContainer(name string) string { return containerPrefix + "server-" + name }

// checkHubStart starts the learner's server and checks that the learner's
// browser, logged in to the hub, gets JupyterLab at /user/NAME/lab through
// the proxy (after JupyterHub's OAuth redirects), that the API answers the
// learner's token, and that the container's server is jupyterhub-singleuser,
// started by the image's own command (start-notebook.py hands over under
// JupyterHub's environment).
func checkHubStart(t *testing.T, p *podman, h *hub, l *learner) {
	t.Logf("%s's server started in %.1f s", l.name, l.startServer(t, h))
	code, page := l.browse(t, "GET", h.url+"/user/"+l.name+"/lab", nil, nil)
	if code != http.StatusOK || !strings.Contains(string(page), "JupyterLab") {
		t.Errorf("GET /user/%s/lab with the learner's cookies: %d %.300s", l.name, code, page)
	}
	if code, body := l.api(t, "GET", h.url+"/user/"+l.name+"/api/status", nil); code != http.StatusOK {
		t.Errorf("GET /user/%s/api/status with the learner's token: %d %s", l.name, code, body)
	}
	name := serverContainer(l.name)
	logs := p.logs(name)
	if !strings.Contains(logs, "Executing: jupyterhub-singleuser") {
		t.Errorf("container %s's log does not show start-notebook.py handing over to jupyterhub-singleuser:\n%s", name, tail(logs, 20))
	}
	ps := p.must(t, "exec", name, "sh", "-c", `for f in /proc/[0-9]*/cmdline; do tr '\0' ' ' <"$f"; echo; done`)
	if !strings.Contains(ps, "jupyterhub-singleuser") {
		t.Errorf("no jupyterhub-singleuser process in %s:\n%s", name, ps)
	}
}

// checkIsolation checks, through the proxy, that a's token and a's cookies
// (a's hub session and a's own server's cookie) are refused by b's server,
// and that b's own token is answered (the check can fail the other way).
func checkIsolation(t *testing.T, h *hub, a, b *learner) {
	// a visits a's own server first, so a's jar holds that server's cookie.
	if code, _ := a.browse(t, "GET", h.url+"/user/"+a.name+"/lab", nil, nil); code != http.StatusOK {
		t.Fatalf("%s's own JupyterLab: %d", a.name, code)
	}
	contents := h.url + "/user/" + b.name + "/api/contents/lessons"
	if code, body := b.api(t, "GET", contents, nil); code != http.StatusOK {
		t.Errorf("%s's token on %s's own server: %d %s", b.name, b.name, code, body)
	}
	if code, _ := a.api(t, "GET", contents, nil); code != http.StatusForbidden && code != http.StatusNotFound {
		t.Errorf("%s's token on %s's server: %d, want 403 or 404", a.name, b.name, code)
	}
	if code, _ := apiAs(t, "", "GET", contents, nil); code != http.StatusForbidden {
		t.Errorf("no credentials on %s's server: %d, want 403", b.name, code)
	}
	// The browser follows every redirect: b's server sends a's browser to
	// the hub's OAuth authorization, which must refuse it.
	code, page := a.browse(t, "GET", h.url+"/user/"+b.name+"/api/contents/lessons", nil, nil)
	if code == http.StatusOK || strings.Contains(string(page), ".ipynb") {
		t.Errorf("%s's cookies on %s's server: %d %.300s, want a refusal", a.name, b.name, code, page)
	}
	code, page = a.browse(t, "GET", h.url+"/user/"+b.name+"/lab", nil, nil)
	if code != http.StatusForbidden {
		t.Errorf("%s's browser at %s's JupyterLab: %d %.200s, want 403", a.name, b.name, code, page)
	}
	t.Logf("isolation: %s's token, cookies and browser refused by %s's server; %s's own token answered",
		a.name, b.name, b.name)
}

// learnerRun is one learner's run of a lesson: hub/learner.py's RESULT and
// what its container used (see cgroupSampler).
type learnerRun struct {
	User    string    `json:"user"`
	Kernel  string    `json:"kernel"`
	CellS   []float64 `json:"cell_s"`
	Error   string    `json:"error"`
	Seconds float64   `json:"seconds"`
	PeakMB  float64   // the container's peak memory, page cache included
	AnonMB  float64   // its peak anonymous memory
	CPUS    float64   // CPU seconds the container used during the run
}

// runLessons runs lesson (a file in ~/lessons) for each learner at the same
// time through the proxy, with hub/learner.py, each learner's server
// running, and samples each one's container's memory meanwhile.
func runLessons(t *testing.T, p *podman, h *hub, lesson string, class ...*learner) []learnerRun {
	t.Helper()
	venv := filepath.Dir(filepath.Dir(h.cmd.Path))
	script, err := filepath.Abs(filepath.Join("hub", "learner.py"))
	if err != nil {
		t.Fatal(err)
	}
	load0 := loadAverage()
	defer func() { t.Logf("load average (1 min) %s before the run, %s after", load0, loadAverage()) }()
	runs := make([]learnerRun, len(class))
	var wg sync.WaitGroup
	for i, l := range class {
		if _, ready := l.server(t, h); !ready {
			l.startServer(t, h)
		}
		cg := sampleCgroup(t, p, serverContainer(l.name))
		wg.Add(1)
		go func() {
			defer wg.Done()
			out, err := exec.Command(filepath.Join(venv, "bin", "python"), script, h.url, l.name, l.token,
				"lessons/"+lesson).CombinedOutput()
			runs[i].PeakMB, runs[i].AnonMB, runs[i].CPUS = cg.Stop()
			_, line, ok := strings.Cut(string(out), "RESULT ")
			if err != nil || !ok {
				runs[i].User, runs[i].Error = l.name, fmt.Sprintf("learner.py: %v\n%s", err, tail(string(out), 20))
				return
			}
			if err := json.Unmarshal([]byte(line), &runs[i]); err != nil {
				runs[i].User, runs[i].Error = l.name, fmt.Sprintf("learner.py's RESULT: %v: %s", err, line)
			}
		}()
	}
	wg.Wait()
	for _, r := range runs {
		if r.Error != "" {
			t.Errorf("%s running %s through the proxy: %s", r.User, lesson, r.Error)
		}
	}
	return runs
}

// logRuns logs each run's median cell time, slowest cell, whole time, and
// its container's CPU time and peak memory.
func logRuns(t *testing.T, what string, runs []learnerRun) {
	for _, r := range runs {
		cells := slices.Clone(r.CellS)
		slices.Sort(cells)
		if len(cells) == 0 {
			continue
		}
		t.Logf("%s: %-6s %2d cells, median %5.2f s, slowest %5.1f s, lesson %5.1f s, %5.1f CPU s; container peak %4.0f MB (anonymous %4.0f MB)",
			what, r.User, len(cells), cells[len(cells)/2], cells[len(cells)-1], r.Seconds, r.CPUS, r.PeakMB, r.AnonMB)
	}
}

// checkPersistence edits a lesson in the learner's home through the
// contents API (as JupyterLab saves one), stops and starts the learner's
// server and checks the edit is still there; then points the hub's image
// tag at a newer image that adds a lesson, restarts the server, and checks
// the new lesson is there and the edit too.
func checkPersistence(t *testing.T, p *podman, h *hub, l *learner, image, lesson string) {
	path := h.url + "/user/" + l.name + "/api/contents/lessons/" + lesson
	code, body := l.api(t, "GET", path+"?content=1", nil)
	var model struct {
		Content struct {
			Cells []map[string]any `json:"cells"`
		} `json:"content"`
	}
	if err := json.Unmarshal(body, &model); code != http.StatusOK || err != nil || len(model.Content.Cells) == 0 {
		t.Fatalf("GET %s: %d %.300s", path, code, body)
	}
	var nb map[string]any
	json.Unmarshal(body, &struct {
		Content *map[string]any `json:"content"`
	}{&nb})
	mark := fmt.Sprintf("// edited by %s in the classroom test", l.name)
	cells := nb["cells"].([]any)
	cells = append([]any{map[string]any{"id": "classroom-edit", "cell_type": "code", "source": mark, "metadata": map[string]any{},
		"outputs": []any{}, "execution_count": nil}}, cells...)
	nb["cells"] = cells
	save, _ := json.Marshal(map[string]any{"type": "notebook", "format": "json", "content": nb})
	if code, body := l.api(t, "PUT", path, save); code != http.StatusOK {
		t.Fatalf("PUT %s: %d %.300s", path, code, body)
	}
	edited := func(when string) {
		code, body := l.api(t, "GET", path+"?content=1", nil)
		if code != http.StatusOK || !strings.Contains(string(body), mark) {
			t.Errorf("%s: %s lacks the edit: %d %.200s", when, lesson, code, body)
		}
	}
	l.stopServer(t, h)
	l.startServer(t, h)
	edited("after a stop and start")

	newer, extra := newerImage(t, p, image, lesson)
	p.must(t, "tag", newer, classroomImage)
	l.stopServer(t, h)
	l.startServer(t, h)
	edited("after moving to a newer image")
	code, body = l.api(t, "GET", h.url+"/user/"+l.name+"/api/contents/lessons", nil)
	if code != http.StatusOK || !strings.Contains(string(body), `"`+extra+`"`) {
		t.Errorf("after moving to a newer image, ~/lessons lacks %s: %d %.300s", extra, code, body)
	}
	running := strings.TrimSpace(p.must(t, "inspect", "--format", "{{.ImageName}}", serverContainer(l.name)))
	t.Logf("persistence: the edit of %s survived a restart and the move to %s (%s), which added %s",
		lesson, newer, running, extra)
}

// newerImage builds an image from image that adds a lesson, a copy of
// lesson under a new name, where the image keeps its lessons; it returns
// the image's name and the new lesson's.
func newerImage(t *testing.T, p *podman, image, lesson string) (newer, extra string) {
	dir := t.TempDir()
	extra = "99-classroom-newer-image.ipynb"
	data, err := os.ReadFile(filepath.Join("..", "notebooks", lesson))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, extra), data, 0o644); err != nil {
		t.Fatal(err)
	}
	containerfile := fmt.Sprintf("FROM %s\nCOPY %s /opt/gdlessons/src/notebooks/\n", image, extra)
	if err := os.WriteFile(filepath.Join(dir, "Containerfile"), []byte(containerfile), 0o644); err != nil {
		t.Fatal(err)
	}
	newer = "localhost/gdlessons-classroom:newer"
	p.must(t, "build", "--network", "none", "--pull=never", "-f", filepath.Join(dir, "Containerfile"), "-t", newer, dir)
	t.Cleanup(func() { p.run(context.Background(), "rmi", "--force", newer) })
	return newer, extra
}

// checkCulling starts the learner's server on a hub whose culler stops
// servers idle for s.cullTimeout seconds, checking every s.cullEvery, and
// waits for the culler to stop it: not before the timeout, and within the
// server's start-up time, the timeout, two checks and two of the hub's
// activity updates (10 s, hub/jupyterhub_config.py).
func checkCulling(t *testing.T, p *podman, h *hub, l *learner, s hubSettings) {
	// The server's last activity is at the earliest when it was asked for,
	// and at the latest when it was ready.
	started := time.Now()
	spawn := time.Duration(l.startServer(t, h) * float64(time.Second))
	limit := spawn + time.Duration(s.cullTimeout+2*s.cullEvery+2*10)*time.Second
	for {
		time.Sleep(time.Second)
		exists, _ := l.server(t, h)
		if !exists {
			break
		}
		if time.Since(started) > limit+time.Minute {
			t.Fatalf("%s's idle server not culled %.0f s after it was asked for (timeout %d s):\n%s",
				l.name, time.Since(started).Seconds(), s.cullTimeout, h.logTail(30))
		}
	}
	culled := time.Since(started)
	if culled < time.Duration(s.cullTimeout)*time.Second || culled > limit {
		t.Errorf("%s's idle server culled %.0f s after it was asked for, want between %d and %.0f s",
			l.name, culled.Seconds(), s.cullTimeout, limit.Seconds())
	}
	if _, err := p.run(context.Background(), "container", "exists", serverContainer(l.name)); err == nil {
		t.Errorf("container %s still exists after culling", serverContainer(l.name))
	}
	if !strings.Contains(h.logTail(200), "idle-culler") {
		t.Errorf("the hub's log does not show the idle-culler service:\n%s", h.logTail(30))
	}
	t.Logf("culling: %s's idle server (ready in %.0f s) stopped by jupyterhub-idle-culler %.0f s after it was asked for (timeout %d s, checks every %d s)",
		l.name, spawn.Seconds(), culled.Seconds(), s.cullTimeout, s.cullEvery)
}

// loadAverage returns the machine's load average over the last minute
// (/proc/loadavg), which tells how busy the cores were besides the class.
func loadAverage() string {
	data, _ := os.ReadFile("/proc/loadavg")
	f := strings.Fields(string(data))
	if len(f) == 0 {
		return "?"
	}
	return f[0]
}
