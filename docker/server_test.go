package docker

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// logs returns what the container name wrote to its standard output and
// standard error, interleaved as written. (The Jupyter server logs to
// standard error, which podman logs passes on as its own standard error.)
func (p *podman) logs(name string) string {
	var out bytes.Buffer
	c := p.cmd(context.Background(), "logs", name)
	c.Stdout, c.Stderr = &out, &out
	c.Run()
	return out.String()
}

// tokenInLog finds the token in the URL the Jupyter server logs at start
// ("http://127.0.0.1:PORT/?token=…", as `docker run` shows it to a learner).
var tokenInLog = regexp.MustCompile(`[?&]token=([0-9a-f]+)`)

// checkServer starts the image with its own command, start-notebook.py,
// told only to listen on 127.0.0.1 and a free port (host network: no bridge,
// and no port open to others), over an empty home volume. It checks that the
// API refuses a request without the token (403) and answers with it (200),
// that JupyterLab answers at /lab, that the lessons' kernel is registered
// and the lessons are in ~/lessons,
// and that a kernel started through the API runs as the notebook user.
func checkServer(t *testing.T, p *podman, image string, lessons []string, kernel string) {
	if kernel == "" {
		t.Fatal("no kernel name: the lessons check did not report one")
	}
	port := freePort(t)
	name := fmt.Sprintf("%sserver-%d", containerPrefix, port)
	p.must(t, "run", "-d", "--name", name, "--network", "host", "-v", userVolume(t)+":/home/jovyan",
		image, "start-notebook.py", "--ServerApp.ip=127.0.0.1", "--ServerApp.port="+strconv.Itoa(port),
		"--ServerApp.port_retries=0")
	t.Cleanup(func() { p.run(context.Background(), "rm", "--force", name) })

	var token string
	for deadline := time.Now().Add(2 * time.Minute); token == "" && time.Now().Before(deadline); {
		time.Sleep(time.Second)
		logs := p.logs(name)
		if m := tokenInLog.FindStringSubmatch(logs); m != nil {
			token = m[1]
		}
	}
	if token == "" {
		logs := p.logs(name)
		t.Fatalf("the server logged no URL with a token in 2 minutes:\n%s", tail(logs, 30))
	}
	api := fmt.Sprintf("http://127.0.0.1:%d/api/", port)

	if code, _ := call(t, "GET", api+"status", "", nil); code != http.StatusForbidden {
		t.Errorf("GET /api/status without the token: %d, want %d", code, http.StatusForbidden)
	}
	if code, _ := call(t, "GET", api+"status", "wrong"+token, nil); code != http.StatusForbidden {
		t.Errorf("GET /api/status with a wrong token: %d, want %d", code, http.StatusForbidden)
	}
	if code, body := call(t, "GET", api+"status", token, nil); code != http.StatusOK {
		t.Errorf("GET /api/status with the token: %d %s, want %d", code, body, http.StatusOK)
	}

	code, page := call(t, "GET", fmt.Sprintf("http://127.0.0.1:%d/lab", port), token, nil)
	if code != http.StatusOK || !strings.Contains(string(page), "JupyterLab") {
		t.Errorf("GET /lab with the token: %d %.300s, want JupyterLab's page", code, page)
	}

	var specs struct {
		Kernelspecs map[string]json.RawMessage `json:"kernelspecs"`
	}
	_, body := call(t, "GET", api+"kernelspecs", token, nil)
	if err := json.Unmarshal(body, &specs); err != nil || specs.Kernelspecs[kernel] == nil {
		t.Errorf("GET /api/kernelspecs lacks %q: %s", kernel, body)
	}
	var dir struct {
		Content []struct {
			Name string `json:"name"`
		} `json:"content"`
	}
	_, body = call(t, "GET", api+"contents/lessons", token, nil)
	if err := json.Unmarshal(body, &dir); err != nil {
		t.Errorf("GET /api/contents/lessons: %v: %s", err, body)
	}
	var names []string
	for _, c := range dir.Content {
		names = append(names, c.Name)
	}
	for _, l := range lessons {
		if !slices.Contains(names, l) {
			t.Errorf("the server's ~/lessons lacks %s: has %v", l, names)
		}
	}

	serverMB := containerRSS(t, p, name)
	code, body = call(t, "POST", api+"kernels", token, []byte(fmt.Sprintf(`{"name": %q}`, kernel)))
	if code != http.StatusCreated {
		t.Fatalf("POST /api/kernels {name: %q}: %d %s", kernel, code, body)
	}
	var uids string
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(time.Second) {
		uids = p.must(t, "exec", name, "python3", "-c", uidsOfScript, "gonb")
		if strings.TrimSpace(uids) != "" {
			break
		}
	}
	if got := strings.Fields(uids); len(got) == 0 || slices.ContainsFunc(got, func(u string) bool { return u != strconv.Itoa(notebookUID) }) {
		t.Errorf("uids of the gonb kernel processes = %v, want %d", got, notebookUID)
	}
	time.Sleep(5 * time.Second) // gonb starts gopls; let it settle before measuring
	t.Logf("resident memory: server %.0f MB; server with an idle kernel %.0f MB", serverMB, containerRSS(t, p, name))
}

// uidsOfScript prints the uid of every process whose command name is argv[1].
const uidsOfScript = `
import os, sys
for pid in filter(str.isdigit, os.listdir("/proc")):
    try:
        if open(f"/proc/{pid}/comm").read().strip() == sys.argv[1]:
            print(os.stat(f"/proc/{pid}").st_uid)
    except OSError:
        pass
`

// containerRSS returns the summed resident memory of the container's
// processes, in MB.
func containerRSS(t *testing.T, p *podman, name string) float64 {
	const script = `
import os
total = 0
for pid in filter(str.isdigit, os.listdir("/proc")):
    try:
        for line in open(f"/proc/{pid}/status"):
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
    except OSError:
        pass
print(total)
`
	out := p.must(t, "exec", name, "python3", "-c", script)
	kb, err := strconv.ParseFloat(strings.TrimSpace(out), 64)
	if err != nil {
		t.Fatalf("RSS of %s: %q", name, out)
	}
	return kb / 1024
}

// call sends one request to the server, with "Authorization: token T" when
// token is not empty, and returns the status code and body.
func call(t *testing.T, method, url, token string, body []byte) (int, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if token != "" {
		req.Header.Set("Authorization", "token "+token)
	}
	client := http.Client{Timeout: 30 * time.Second}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, url, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, b
}

// freePort returns a TCP port on 127.0.0.1 that nothing listens on now.
func freePort(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// checkSingleUser starts the image with its own command and the
// environment JupyterHub gives a server it spawns (JUPYTERHUB_API_TOKEN and
// the rest, pointing at a hub that is not there), and checks that
// start-notebook.py hands over to jupyterhub-singleuser, which then runs.
// (The classroom check runs it under a real hub.)
func checkSingleUser(t *testing.T, p *podman, image string) {
	port := freePort(t)
	name := fmt.Sprintf("%ssingleuser-%d", containerPrefix, port)
	prefix := "/user/learner/"
	args := []string{"run", "-d", "--name", name, "--network", "host"}
	for _, kv := range []string{
		"JUPYTERHUB_API_TOKEN=not-a-real-token",
		fmt.Sprintf("JUPYTERHUB_API_URL=http://127.0.0.1:%d/hub/api", freePort(t)),
		"JUPYTERHUB_BASE_URL=/",
		"JUPYTERHUB_CLIENT_ID=jupyterhub-user-learner",
		"JUPYTERHUB_USER=learner",
		"JUPYTERHUB_SERVICE_PREFIX=" + prefix,
		fmt.Sprintf("JUPYTERHUB_SERVICE_URL=http://127.0.0.1:%d%s", port, prefix),
		"JUPYTERHUB_OAUTH_CALLBACK_URL=" + prefix + "oauth_callback",
	} {
		args = append(args, "-e", kv)
	}
	p.must(t, append(args, image)...)
	t.Cleanup(func() { p.run(context.Background(), "rm", "--force", name) })
	const want = "Executing: jupyterhub-singleuser"
	var logs, ps string
	for deadline := time.Now().Add(2 * time.Minute); time.Now().Before(deadline); time.Sleep(time.Second) {
		logs = p.logs(name)
		ps, _ = p.run(context.Background(), "exec", name, "sh", "-c",
			`for f in /proc/[0-9]*/cmdline; do tr '\0' ' ' <"$f"; echo; done`)
		if strings.Contains(logs, want) && strings.Contains(ps, "/jupyterhub-singleuser") {
			t.Logf("under JupyterHub's environment the image's command ran: %s", want)
			return
		}
	}
	t.Errorf("under JupyterHub's environment, no %q in the log, or no jupyterhub-singleuser process:\n%s\nprocesses:\n%s",
		want, tail(logs, 20), ps)
}
