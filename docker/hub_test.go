package docker

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"syscall"
	"testing"
	"time"
)

// The classroom's processes on the host: podman's Docker-compatible API,
// configurable-http-proxy from npm, and JupyterHub from PyPI.

// proxyCommand returns configurable-http-proxy installed by `npm ci` from
// hub/package-lock.json into a folder under cache named by the lock file's
// hash (reused while it is unchanged).
func proxyCommand(t *testing.T, cache string) string {
	t.Helper()
	lock := filepath.Join("hub", "package-lock.json")
	dir := filepath.Join(cache, "proxy-"+fileHash(t, lock))
	bin := filepath.Join(dir, "node_modules", ".bin", "configurable-http-proxy")
	if _, err := os.Stat(filepath.Join(dir, ".complete")); err == nil {
		return bin
	}
	removeOthers(t, cache, "proxy", dir)
	os.RemoveAll(dir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"package.json", "package-lock.json"} {
		data, err := os.ReadFile(filepath.Join("hub", f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("npm ci in %s: %v\n%s", dir, err, tail(string(out), 30))
	}
	if err := os.WriteFile(filepath.Join(dir, ".complete"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	return bin
}

// process is a long-running command of the test, its output in a log file.
type process struct {
	cmd *exec.Cmd
	log string
}

// startProcess starts cmd with its standard output and error in logFile,
// and stops it (SIGTERM, then SIGKILL after 30 s) when the test ends.
func startProcess(t *testing.T, cmd *exec.Cmd, logFile string) *process {
	t.Helper()
	f, err := os.Create(logFile)
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout, cmd.Stderr = f, f
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting %v: %v", cmd.Args, err)
	}
	pr := &process{cmd: cmd, log: logFile}
	t.Cleanup(func() { pr.stop(); f.Close() })
	return pr
}

// stop sends SIGTERM to the process's group and waits up to 30 s for it
// to end, then kills the group.
func (pr *process) stop() {
	if pr.cmd.ProcessState != nil {
		return
	}
	pgid := pr.cmd.Process.Pid
	syscall.Kill(-pgid, syscall.SIGTERM)
	done := make(chan struct{})
	go func() { pr.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		syscall.Kill(-pgid, syscall.SIGKILL)
		<-done
	}
}

// logTail returns the last lines of the process's log.
func (pr *process) logTail(n int) string {
	data, _ := os.ReadFile(pr.log)
	return tail(string(data), n)
}

// startDockerAPI starts `podman system service` on a unix socket in dir,
// with the test's podman configuration, and returns its DOCKER_HOST.
func startDockerAPI(t *testing.T, p *podman, dir string) string {
	t.Helper()
	sock := filepath.Join(dir, "docker.sock")
	pr := startProcess(t, p.cmd(context.Background(), "system", "service", "--time=0", "unix://"+sock),
		filepath.Join(dir, "podman-service.log"))
	client := http.Client{Transport: &http.Transport{DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
		return (&net.Dialer{}).DialContext(ctx, "unix", sock)
	}}, Timeout: 5 * time.Second}
	for deadline := time.Now().Add(time.Minute); ; time.Sleep(500 * time.Millisecond) {
		resp, err := client.Get("http://d/_ping")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return "unix://" + sock
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("podman's Docker API on %s did not answer /_ping in a minute: %v\n%s", sock, err, pr.logTail(20))
		}
	}
}

// hub is a running JupyterHub with its proxy.
type hub struct {
	*process
	url string // the proxy's public address, http://127.0.0.1:PORT
}

// hubSettings are the environment variables hub/jupyterhub_config.py reads.
type hubSettings struct {
	venv, proxy, dockerHost, image, password, state string
	cullTimeout, cullEvery                          int
}

// startHub starts JupyterHub with hub/jupyterhub_config.py on free ports of
// 127.0.0.1 and waits until its proxy answers /hub/health.
func startHub(t *testing.T, s hubSettings) *hub {
	t.Helper()
	config, err := filepath.Abs(filepath.Join("hub", "jupyterhub_config.py"))
	if err != nil {
		t.Fatal(err)
	}
	port := freePort(t)
	cmd := exec.Command(filepath.Join(s.venv, "bin", "jupyterhub"), "-f", config)
	cmd.Dir = s.state
	cmd.Env = append(os.Environ(),
		"PATH="+filepath.Join(s.venv, "bin")+":"+os.Getenv("PATH"),
		"DOCKER_HOST="+s.dockerHost,
		"CLASSROOM_STATE="+s.state,
		"CLASSROOM_PORT="+strconv.Itoa(port),
		"CLASSROOM_HUB_PORT="+strconv.Itoa(freePort(t)),
		"CLASSROOM_PROXY_API_PORT="+strconv.Itoa(freePort(t)),
		"CLASSROOM_PROXY="+s.proxy,
		"CLASSROOM_IMAGE="+s.image,
		"CLASSROOM_PASSWORD="+s.password,
		"CLASSROOM_PREFIX="+containerPrefix,
		"CLASSROOM_CULL_TIMEOUT="+strconv.Itoa(s.cullTimeout),
		"CLASSROOM_CULL_EVERY="+strconv.Itoa(s.cullEvery),
	)
	h := &hub{url: fmt.Sprintf("http://127.0.0.1:%d", port)}
	h.process = startProcess(t, cmd, filepath.Join(s.state, fmt.Sprintf("jupyterhub-%d.log", port)))
	for deadline := time.Now().Add(2 * time.Minute); ; time.Sleep(time.Second) {
		resp, err := http.Get(h.url + "/hub/health")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return h
			}
		}
		if h.cmd.ProcessState != nil || time.Now().After(deadline) {
			t.Fatalf("JupyterHub did not answer %s/hub/health in 2 minutes: %v\n%s", h.url, err, h.logTail(40))
		}
	}
}

// learner is a user of the hub with a browser's cookies and an API token.
type learner struct {
	name, token string
	jar         *cookiejar.Jar
}

// xsrfInput finds the login form's _xsrf field.
var xsrfInput = regexp.MustCompile(`name="_xsrf"\s+value="([^"]+)"`)

// login logs name in through the hub's login form, as a browser does, and
// asks the hub's REST API, with the session's cookies, for an API token.
func login(t *testing.T, h *hub, name, password string) *learner {
	t.Helper()
	jar, _ := cookiejar.New(nil)
	l := &learner{name: name, jar: jar}
	code, page := l.browse(t, "GET", h.url+"/hub/login", nil, nil)
	m := xsrfInput.FindSubmatch(page)
	if code != http.StatusOK || m == nil {
		t.Fatalf("GET /hub/login: %d, no _xsrf field in %.300s", code, page)
	}
	form := url.Values{"username": {name}, "password": {password}, "_xsrf": {string(m[1])}}
	// next=/hub/home: the default next page, /hub/spawn, would start the
	// learner's server at once.
	code, page = l.browse(t, "POST", h.url+"/hub/login?next=%2Fhub%2Fhome", []byte(form.Encode()),
		map[string]string{"Content-Type": "application/x-www-form-urlencoded"})
	if code != http.StatusOK || !l.hasCookie(h, "jupyterhub-session-id") {
		t.Fatalf("logging %s in: %d %.300s", name, code, page)
	}
	xsrf := l.cookie(h, "/hub/", "_xsrf")
	code, body := l.browse(t, "POST", h.url+"/hub/api/users/"+name+"/tokens",
		[]byte(`{"note": "classroom test", "expires_in": 7200}`), map[string]string{"X-XSRFToken": xsrf})
	var tok struct {
		Token string `json:"token"`
	}
	if err := json.Unmarshal(body, &tok); code != http.StatusCreated || err != nil || tok.Token == "" {
		t.Fatalf("POST /hub/api/users/%s/tokens with the session's cookies: %d %s", name, code, body)
	}
	l.token = tok.Token
	return l
}

// cookie returns the value of the cookie name the jar sends to path.
func (l *learner) cookie(h *hub, path, name string) string {
	u, _ := url.Parse(h.url + path)
	for _, c := range l.jar.Cookies(u) {
		if c.Name == name {
			return c.Value
		}
	}
	return ""
}

func (l *learner) hasCookie(h *hub, name string) bool { return l.cookie(h, "/hub/", name) != "" }

// browse sends a request with the learner's cookies, following redirects
// as a browser does, and returns the last response's code and body.
func (l *learner) browse(t *testing.T, method, u string, body []byte, header map[string]string) (int, []byte) {
	t.Helper()
	return send(t, &http.Client{Jar: l.jar, Timeout: time.Minute}, method, u, body, header)
}

// api sends a request with the learner's token (or another's: as), and
// follows no redirect.
func (l *learner) api(t *testing.T, method, u string, body []byte) (int, []byte) {
	t.Helper()
	return apiAs(t, l.token, method, u, body)
}

// apiAs sends a request with "Authorization: token TOKEN" (none when token
// is empty), following no redirect.
func apiAs(t *testing.T, token, method, u string, body []byte) (int, []byte) {
	t.Helper()
	header := map[string]string{}
	if token != "" {
		header["Authorization"] = "token " + token
	}
	noRedirect := &http.Client{Timeout: 2 * time.Minute,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	return send(t, noRedirect, method, u, body, header)
}

// send sends one request with client.
func send(t *testing.T, client *http.Client, method, u string, body []byte, header map[string]string) (int, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, u, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, u, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, b
}

// serverState is the part of the hub's user model the test reads.
type serverState struct {
	Servers map[string]struct {
		Ready   bool   `json:"ready"`
		Pending string `json:"pending"`
	} `json:"servers"`
}

// server returns the state of the learner's default server: whether it
// exists, and whether it is ready.
func (l *learner) server(t *testing.T, h *hub) (exists, ready bool) {
	t.Helper()
	code, body := l.api(t, "GET", h.url+"/hub/api/users/"+l.name, nil)
	var s serverState
	if err := json.Unmarshal(body, &s); code != http.StatusOK || err != nil {
		t.Fatalf("GET /hub/api/users/%s: %d %s", l.name, code, body)
	}
	srv, ok := s.Servers[""]
	return ok, ok && srv.Ready
}

// startServer asks the hub to start the learner's server and waits until
// it is ready; it returns the seconds that took.
func (l *learner) startServer(t *testing.T, h *hub) float64 {
	t.Helper()
	start := time.Now()
	code, body := l.api(t, "POST", h.url+"/hub/api/users/"+l.name+"/server", nil)
	if code != http.StatusCreated && code != http.StatusAccepted {
		t.Fatalf("POST /hub/api/users/%s/server: %d %s", l.name, code, body)
	}
	for deadline := time.Now().Add(5 * time.Minute); ; time.Sleep(time.Second) {
		if _, ready := l.server(t, h); ready {
			return time.Since(start).Seconds()
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s's server not ready in 5 minutes:\n%s", l.name, h.logTail(40))
		}
	}
}

// stopServer asks the hub to stop the learner's server and waits until it
// is gone.
func (l *learner) stopServer(t *testing.T, h *hub) {
	t.Helper()
	code, body := l.api(t, "DELETE", h.url+"/hub/api/users/"+l.name+"/server", nil)
	if code != http.StatusNoContent && code != http.StatusAccepted {
		t.Fatalf("DELETE /hub/api/users/%s/server: %d %s", l.name, code, body)
	}
	for deadline := time.Now().Add(2 * time.Minute); ; time.Sleep(time.Second) {
		if exists, _ := l.server(t, h); !exists {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s's server still there 2 minutes after DELETE:\n%s", l.name, h.logTail(40))
		}
	}
}
