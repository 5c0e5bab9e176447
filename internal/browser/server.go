package browser

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"time"
)

// Server is a running JupyterLab server (jupyter lab, from the project's
// environment: see package venv).
type Server struct {
	URL   string // http://127.0.0.1:PORT
	Token string
	Dir   string // the folder it serves

	home string // Jupyter's data, config and runtime folders
	cmd  *exec.Cmd
	mu   sync.Mutex
	log  bytes.Buffer
}

// LabSettings are the JupyterLab settings the tests run with, by plugin:
// written into the server's user settings folder, so JupyterLab starts with
// them as if a learner had set them in Settings ▸ Settings Editor.
//
//   - recordTiming: each executed cell keeps the times of its execution in
//     its metadata (iopub.execute_input, shell.execute_reply, the keys
//     nbclient writes), which the suite reads from the saved notebook;
//   - windowingMode "none": every cell is laid out, so the test can count
//     the figures of the cells below the window (with JupyterLab's default,
//     contentVisibility, the browser skips their layout);
//   - no news and no update check: nothing reaches beyond 127.0.0.1, and no
//     notification covers the screenshots.
var LabSettings = map[string]string{
	"@jupyterlab/notebook-extension/tracker.jupyterlab-settings":      `{"recordTiming": true, "windowingMode": "none"}`,
	"@jupyterlab/apputils-extension/notification.jupyterlab-settings": `{"fetchNews": "false", "checkForUpdates": false}`,
}

// StartLab starts JupyterLab (jupyter, the path of the environment's
// jupyter command) on a free port of 127.0.0.1, serving dir, with
// Jupyter's data, config and runtime folders and JupyterLab's settings
// (LabSettings) and workspaces under home (so the kernels registered there
// are the ones it sees). The page exposes the application as
// globalThis.jupyterapp (LabApp.expose_app_in_browser), which the tests'
// JavaScript reads. It waits until the server answers, at most a minute.
func StartLab(jupyter, dir, home string) (*Server, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	tok := make([]byte, 16)
	if _, err := rand.Read(tok); err != nil {
		return nil, err
	}
	settings := filepath.Join(home, "lab", "settings")
	for name, text := range LabSettings {
		p := filepath.Join(settings, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return nil, err
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			return nil, err
		}
	}
	n := &Server{URL: "http://127.0.0.1:" + strconv.Itoa(port), Token: hex.EncodeToString(tok), Dir: dir, home: home}
	args := []string{"lab", "--no-browser", "--allow-root",
		"--ip=127.0.0.1", "--port=" + strconv.Itoa(port), "--ServerApp.port_retries=0",
		"--ServerApp.root_dir=" + dir,
		"--IdentityProvider.token=" + n.Token,
		// The lessons run for minutes in a test; do not cull anything.
		"--MappingKernelManager.cull_idle_timeout=0",
		"--LabApp.expose_app_in_browser=True",
		"--LabApp.user_settings_dir=" + settings,
		"--LabApp.workspaces_dir=" + filepath.Join(home, "lab", "workspaces"),
		"--LabApp.news_url=None",
		"--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
		"--LabApp.extension_manager=readonly",
	}
	n.cmd = exec.Command(jupyter, args...)
	n.cmd.Dir = dir
	n.cmd.Env = append(os.Environ(),
		"JUPYTER_DATA_DIR="+filepath.Join(home, "data"),
		"JUPYTER_CONFIG_DIR="+filepath.Join(home, "config"),
		"JUPYTER_RUNTIME_DIR="+filepath.Join(home, "runtime"),
		"JUPYTER_PATH=", // only our data folder's kernels
		"GDLESSONS_STATIC=",
	)
	n.cmd.Stdout = n.writer()
	n.cmd.Stderr = n.writer()
	n.cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := n.cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting jupyter lab: %v", err)
	}
	deadline := time.Now().Add(time.Minute)
	for time.Now().Before(deadline) {
		resp, err := http.Get(n.URL + "/api/status?token=" + n.Token)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return n, nil
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	n.Stop()
	return nil, fmt.Errorf("jupyter lab did not answer on %s within a minute; its log:\n%s", n.URL, n.Log())
}

// Stop ends the server and its kernels. The server gets SIGTERM first, so
// that it shuts its kernels down (gonb then stops its gopls); after 15 s
// the whole process group is killed, and then every process left whose
// command line names the server's private folder (gonb's gopls runs in a
// process group of its own).
func (n *Server) Stop() {
	if n.cmd == nil || n.cmd.Process == nil {
		return
	}
	_ = n.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { _ = n.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(15 * time.Second):
	}
	_ = syscall.Kill(-n.cmd.Process.Pid, syscall.SIGKILL)
	<-done
	killNaming(n.home)
}

// killNaming kills the processes whose command line contains dir: the
// ones this package started, and only those, since dir is a folder it
// made.
func killNaming(dir string) {
	if dir == "" {
		return
	}
	for _, pid := range processesNaming([]byte(dir)) {
		_ = syscall.Kill(pid, syscall.SIGKILL)
	}
}

// processesNaming returns the processes, other than this one, whose
// command line contains s.
func processesNaming(s []byte) []int {
	var pids []int
	files, _ := filepath.Glob("/proc/[0-9]*/cmdline")
	for _, f := range files {
		cmdline, err := os.ReadFile(f)
		if err != nil || !bytes.Contains(cmdline, s) {
			continue
		}
		if pid, err := strconv.Atoi(filepath.Base(filepath.Dir(f))); err == nil && pid != os.Getpid() {
			pids = append(pids, pid)
		}
	}
	return pids
}

// Log returns what the server (and the kernels it started) wrote so far.
func (n *Server) Log() string {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.log.String()
}

type lockedWriter struct{ n *Server }

func (w lockedWriter) Write(p []byte) (int, error) {
	w.n.mu.Lock()
	defer w.n.mu.Unlock()
	return w.n.log.Write(p)
}

func (n *Server) writer() lockedWriter { return lockedWriter{n} }

// LoginURL is the address that logs the browser in (it sets the cookie
// that the pages and gonb's websocket then use) and opens path.
func (n *Server) LoginURL(path string) string {
	return n.URL + path + "?token=" + n.Token
}

// NotebookURL is the address at which JupyterLab opens the notebook name
// (a file of the served folder) alone, in a workspace of its own: each
// browser gets one (workspace), and reset empties it first, so that no tab
// of an earlier page comes back.
func (n *Server) NotebookURL(workspace, name string) string {
	return n.URL + "/lab/workspaces/" + workspace + "/tree/" + name + "?reset"
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}
