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

// Notebook is a running Jupyter Notebook server (Debian's notebook 6.4).
type Notebook struct {
	URL   string // http://127.0.0.1:PORT
	Token string
	Dir   string // the folder it serves

	home string // Jupyter's data, config and runtime folders
	cmd  *exec.Cmd
	mu   sync.Mutex
	log  bytes.Buffer
}

// StartNotebook starts /usr/bin/jupyter notebook on a free port of
// 127.0.0.1, serving dir, with Jupyter's data, config and runtime folders
// under home (so the kernels registered there are the ones it sees) and
// staticDir, if not empty, served under /static/ (NotebookApp's
// extra_static_paths). It waits until the server answers, at most a minute.
func StartNotebook(dir, home, staticDir string) (*Notebook, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	tok := make([]byte, 16)
	if _, err := rand.Read(tok); err != nil {
		return nil, err
	}
	n := &Notebook{URL: "http://127.0.0.1:" + strconv.Itoa(port), Token: hex.EncodeToString(tok), Dir: dir, home: home}
	args := []string{"notebook", "--no-browser", "--allow-root",
		"--ip=127.0.0.1", "--port=" + strconv.Itoa(port), "--port-retries=0",
		"--notebook-dir=" + dir,
		"--NotebookApp.token=" + n.Token,
		// The lessons run for minutes in a test; do not cull anything.
		"--MappingKernelManager.cull_idle_timeout=0",
	}
	if staticDir != "" {
		args = append(args, fmt.Sprintf("--NotebookApp.extra_static_paths=[%q]", staticDir))
	}
	n.cmd = exec.Command("/usr/bin/jupyter", args...)
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
		return nil, fmt.Errorf("starting jupyter notebook: %v", err)
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
	return nil, fmt.Errorf("jupyter notebook did not answer on %s within a minute; its log:\n%s", n.URL, n.Log())
}

// Stop ends the server and its kernels. The server gets SIGTERM first, so
// that it shuts its kernels down (gonb then stops its gopls); after 15 s
// the whole process group is killed, and then every process left whose
// command line names the server's private folder (gonb's gopls runs in a
// process group of its own).
func (n *Notebook) Stop() {
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
func (n *Notebook) Log() string {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.log.String()
}

type lockedWriter struct{ n *Notebook }

func (w lockedWriter) Write(p []byte) (int, error) {
	w.n.mu.Lock()
	defer w.n.mu.Unlock()
	return w.n.log.Write(p)
}

func (n *Notebook) writer() lockedWriter { return lockedWriter{n} }

// LoginURL is the address that logs the browser in (it sets the cookie
// that the pages and gonb's websocket then use) and opens path.
func (n *Notebook) LoginURL(path string) string {
	return n.URL + path + "?token=" + n.Token
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}
