package docker

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// podman runs the podman command with a configuration and storage of this
// test's own, in dir (see newPodman), never the machine's.
type podman struct {
	t   testing.TB
	env []string
	dir string
}

// containersConf is the containers.conf(5) of the test's podman: runtime
// runc and explicit open-file and process ulimits rather than the host's, the
// host's network by default, cgroupfs because no systemd runs here.
const containersConf = `[containers]
default_ulimits = ["nofile=20000:20000", "nproc=4096:4096"]
netns = "host"

[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
tmp_dir = %q
`

// storageConf is the containers-storage.conf(5): overlay (the kernel's
// overlayfs, which works for root here) in folders under the test's dir.
const storageConf = `[storage]
driver = "overlay"
graphroot = %q
runroot = %q
`

// containerPrefix starts the name of every container this test names.
const containerPrefix = "gdlessons-test-"

// registriesConf names no registry: every image must be local.
const registriesConf = "unqualified-search-registries = []\n"

// newPodman writes the configuration under dir (kept between runs, so that
// the images and layers built before are reused) and takes an exclusive
// lock on dir for the rest of the test, so two runs never share storage at
// once. It clears containers that an interrupted run may have left.
func newPodman(t testing.TB, dir string) *podman {
	t.Helper()
	for _, d := range []string{"storage", "run", "tmp", "conf"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	lock, err := os.OpenFile(filepath.Join(dir, "lock"), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	if syscall.Flock(int(lock.Fd()), syscall.LOCK_EX|syscall.LOCK_NB) != nil {
		t.Logf("waiting for another run of this test to release %s", dir)
		if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX); err != nil {
			t.Fatal(err)
		}
	}
	t.Cleanup(func() { lock.Close() })
	files := map[string]string{
		"containers.conf": fmt.Sprintf(containersConf, filepath.Join(dir, "tmp")),
		"storage.conf":    fmt.Sprintf(storageConf, filepath.Join(dir, "storage"), filepath.Join(dir, "run")),
		"registries.conf": registriesConf,
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, "conf", name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	p := &podman{t: t, dir: dir, env: append(os.Environ(),
		"CONTAINERS_CONF="+filepath.Join(dir, "conf", "containers.conf"),
		"CONTAINERS_STORAGE_CONF="+filepath.Join(dir, "conf", "storage.conf"),
		"CONTAINERS_REGISTRIES_CONF="+filepath.Join(dir, "conf", "registries.conf"),
		"TMPDIR="+filepath.Join(dir, "tmp"),
	)}
	// Containers an interrupted run left (only this test's, by name).
	for _, name := range strings.Fields(p.must(t, "ps", "--all", "--format", "{{.Names}}")) {
		if strings.HasPrefix(name, containerPrefix) {
			p.must(t, "rm", "--force", name)
		}
	}
	return p
}

// cmd returns the podman command with args, ready to run.
func (p *podman) cmd(ctx context.Context, args ...string) *exec.Cmd {
	c := exec.CommandContext(ctx, "podman", args...)
	c.Env = p.env
	c.WaitDelay = 10 * time.Second
	return c
}

// run runs podman with args and returns its standard output. Its standard
// error goes to the test's log file podman.log in the podman dir; a failure
// carries the command and the last lines of its output.
func (p *podman) run(ctx context.Context, args ...string) (string, error) {
	var stdout, stderr bytes.Buffer
	c := p.cmd(ctx, args...)
	c.Stdout, c.Stderr = &stdout, &stderr
	err := c.Run()
	p.log(args, stdout.String(), stderr.String())
	if err != nil {
		return stdout.String(), fmt.Errorf("podman %s: %v\n%s", strings.Join(args, " "), err, tail(stdout.String()+stderr.String(), 40))
	}
	return stdout.String(), nil
}

// must is run that fails the test t on error.
func (p *podman) must(t testing.TB, args ...string) string {
	t.Helper()
	out, err := p.run(context.Background(), args...)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// log appends a command and its output to dir/podman.log.
func (p *podman) log(args []string, stdout, stderr string) {
	f, err := os.OpenFile(filepath.Join(p.dir, "podman.log"), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		return
	}
	defer f.Close()
	fmt.Fprintf(f, "\n=== %s podman %s\n%s%s", time.Now().Format(time.RFC3339), strings.Join(args, " "), stdout, stderr)
}

// imageExists reports whether podman's storage holds the image ref.
func (p *podman) imageExists(ref string) bool {
	_, err := p.run(context.Background(), "image", "exists", ref)
	return err == nil
}

// tail returns the last n lines of s.
func tail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
