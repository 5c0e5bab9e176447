package browser

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// ShutdownKernel shuts down the kernel id through the server's REST API
// (DELETE /api/kernels/ID), waits until its process is gone (at most 10 s),
// then kills what it left behind: gonb does not stop its gopls, which would
// otherwise stay, one per lesson, holding memory. Other kernels and their
// programs are left alone, so notebooks can run side by side. The suite
// calls it after each notebook.
func (n *Server) ShutdownKernel(id string) error {
	if id == "" {
		return nil
	}
	// A kernel the page has already shut down answers 404: only its
	// programs are left to end.
	if err := n.api(http.MethodDelete, "/api/kernels/"+id, nil); err != nil && !errors.Is(err, errNotFound) {
		return err
	}
	// Jupyter starts a kernel with its connection file, kernel-ID.json,
	// on the command line.
	conn := []byte("kernel-" + id + ".json")
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline) && len(processesNaming(conn)) > 0; {
		time.Sleep(100 * time.Millisecond)
	}
	killOrphans(filepath.Join(n.home, "data"), n.home)
	return nil
}

// killOrphans kills the processes whose command line names dir and whose
// parent's does not name home, and their children: programs of a kernel
// that has ended (a running kernel's parent is the server, which serves a
// folder under home; its gopls's parent is the kernel; an ended kernel's
// gopls has lost its parent, and its child, gopls's telemetry process,
// names dir too).
func killOrphans(dir, home string) {
	pids := processesNaming([]byte(dir))
	parent := map[int]int{}
	for _, pid := range pids {
		stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
		if err != nil {
			continue
		}
		// /proc/PID/stat: pid (comm) state ppid …; comm may hold spaces.
		fields := strings.Fields(string(stat[bytes.LastIndexByte(stat, ')')+1:]))
		if len(fields) < 2 {
			continue
		}
		parent[pid], _ = strconv.Atoi(fields[1])
	}
	orphan := map[int]bool{}
	for pid, pp := range parent {
		cmdline, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pp))
		orphan[pid] = err != nil || !bytes.Contains(cmdline, []byte(home))
	}
	for changed := true; changed; {
		changed = false
		for pid, pp := range parent {
			if !orphan[pid] && orphan[pp] {
				orphan[pid], changed = true, true
			}
		}
	}
	for pid, o := range orphan {
		if o {
			_ = syscall.Kill(pid, syscall.SIGKILL)
		}
	}
}

// errNotFound is the REST API's 404.
var errNotFound = errors.New("404 Not Found")

// api calls the server's REST API with the token and decodes the JSON
// answer into v (if not nil).
func (n *Server) api(method, path string, v any) error {
	req, err := http.NewRequest(method, n.URL+path, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "token "+n.Token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotFound {
		return fmt.Errorf("%s %s: %w", method, path, errNotFound)
	}
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("%s %s: %s", method, path, resp.Status)
	}
	if v == nil {
		return nil
	}
	return json.NewDecoder(resp.Body).Decode(v)
}
