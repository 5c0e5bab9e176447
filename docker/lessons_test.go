package docker

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// lessonRecord is what incontainer/lessons.py reports of one lesson.
type lessonRecord struct {
	Lesson     string    `json:"lesson"`
	Kernel     string    `json:"kernel"`
	KernelDir  string    `json:"kernel_dir"`
	Error      string    `json:"error"`
	FirstCellS float64   `json:"first_code_cell_s"`
	ProgramS   float64   `json:"first_program_cell_s"`
	CellS      []float64 `json:"cell_s"`
	Seconds    float64   `json:"seconds"`
	PeakRSSMB  float64   `json:"peak_rss_mb"`
	UIDs       []int     `json:"uids"`
}

// lessonsResult is the RESULT line of incontainer/lessons.py.
type lessonsResult struct {
	UID        int               `json:"uid"`
	Started    int64             `json:"started"`
	Trim       int64             `json:"trim"`
	Interfaces []string          `json:"interfaces"`
	Files      []string          `json:"files"`
	Env        map[string]string `json:"env"`
	Lessons    []lessonRecord    `json:"lessons"`
	Cold       lessonRecord      `json:"cold"`
}

// notebookUID is the uid of the Docker Stacks notebook user, jovyan (NB_UID
// in the base image's Dockerfile).
const notebookUID = 1000

// checkLessons starts the image as a learner's server would, but with
// --network none (a loopback-only network namespace, no bridge: the
// container cannot reach anything, so a cell that needs the network fails)
// and an empty volume over the home folder (as JupyterHub mounts one), and
// runs incontainer/lessons.py as the command: every lesson, copied into
// ~/lessons by the start-up hook, executes without error in the installed
// kernel, every process runs as the notebook user. It returns the kernel
// name the lessons use.
func checkLessons(t *testing.T, p *podman, image string, lessons []string) string {
	home := userVolume(t)
	checks, err := filepath.Abs("incontainer")
	if err != nil {
		t.Fatal(err)
	}
	args := []string{"run", "--rm", "--network", "none",
		"-v", home + ":/home/jovyan", "-v", checks + ":/mnt/checks:ro",
		image, "python3", "/mnt/checks/lessons.py", "/home/jovyan/lessons"}
	out, err := p.run(context.Background(), append(args, lessons...)...)
	if err != nil {
		t.Fatal(err)
	}
	_, line, ok := strings.Cut(out, "RESULT ")
	if !ok {
		t.Fatalf("lessons.py printed no RESULT line:\n%s", tail(out, 40))
	}
	var r lessonsResult
	if err := json.Unmarshal([]byte(line), &r); err != nil {
		t.Fatalf("lessons.py's RESULT: %v\n%s", err, line)
	}

	if r.UID != notebookUID {
		t.Errorf("the container runs as uid %d, want %d", r.UID, notebookUID)
	}
	if !slices.Equal(r.Interfaces, []string{"lo"}) {
		t.Errorf("network interfaces in the container = %v, want only lo", r.Interfaces)
	}
	for _, l := range lessons {
		if !slices.Contains(r.Files, l) {
			t.Errorf("~/lessons lacks %s after start-up: has %v", l, r.Files)
		}
	}
	for _, v := range []string{"GOMODCACHE", "GOCACHE"} {
		if strings.HasPrefix(r.Env[v], r.Env["HOME"]) {
			t.Errorf("%s=%s is inside $HOME=%s, which JupyterHub mounts over", v, r.Env[v], r.Env["HOME"])
		}
	}
	checkTrimMark(t, p, image, r)
	if !strings.HasPrefix(r.Env["GOPROXY"], "file://") || r.Env["GOSUMDB"] != "off" || r.Env["GOTOOLCHAIN"] != "local" {
		t.Errorf("Go is not told to stay offline: %v", r.Env)
	}

	var kernel string
	var peak, slowest float64
	for _, l := range append(r.Lessons, r.Cold) {
		if l.Error != "" {
			t.Errorf("%s (kernel %q): %s", l.Lesson, l.Kernel, l.Error)
		}
		if strings.HasPrefix(l.KernelDir, r.Env["HOME"]) {
			t.Errorf("%s: kernelspec %s is inside $HOME", l.Lesson, l.KernelDir)
		}
		if !slices.Equal(l.UIDs, []int{notebookUID}) {
			t.Errorf("%s: the kernel's processes ran as uids %v, want only %d", l.Lesson, l.UIDs, notebookUID)
		}
		kernel = l.Kernel
	}
	var cells []float64
	for _, l := range r.Lessons {
		t.Logf("%-45s first cell %5.1f s, first program cell %5.1f s, lesson %5.1f s, peak RSS %4.0f MB",
			l.Lesson, l.FirstCellS, l.ProgramS, l.Seconds, l.PeakRSSMB)
		peak = max(peak, l.PeakRSSMB)
		slowest = max(slowest, l.FirstCellS, l.ProgramS)
		cells = append(cells, l.CellS...)
	}
	if len(r.Lessons) > 0 && r.Cold.ProgramS > 0 {
		warm := r.Lessons[0].ProgramS
		t.Logf("first program cell of %s in a fresh container and kernel: %.1f s with the image's build cache, %.1f s with an empty one (%.2f×)",
			r.Cold.Lesson, warm, r.Cold.ProgramS, warm/r.Cold.ProgramS)
	}
	slices.Sort(cells)
	if len(cells) > 0 {
		t.Logf("%d code cells: median %.1f s, slowest first cell of a lesson %.1f s; peak RSS of kernel, Go build, gopls and cell programs %.0f MB",
			len(cells), cells[len(cells)/2], slowest, peak)
	}
	return kernel
}

// checkTrimMark checks that the start-up hook wrote the start time into the
// build cache's trim.txt (see docker/start-hook): newer than the image's own
// and at most a minute before lessons.py started.
func checkTrimMark(t *testing.T, p *podman, image string, r lessonsResult) {
	out := p.must(t, "run", "--rm", "--network", "host", "--entrypoint", "sh", image, "-c", `cat "$GOCACHE/trim.txt"`)
	built, err := strconv.ParseInt(strings.TrimSpace(out), 10, 64)
	if err != nil {
		t.Fatalf("the image's $GOCACHE/trim.txt: %q", out)
	}
	if r.Trim <= built || r.Started-r.Trim > 60 {
		t.Errorf("trim.txt at start = %d, want the start time (> the image's %d, ≤ 60 s before %d)", r.Trim, built, r.Started)
	}
}

// userVolume returns an empty folder owned by the notebook user, to mount
// over its home.
func userVolume(t *testing.T) string {
	dir := filepath.Join(t.TempDir(), "home")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	// 100 is the group "users", NB_GID of the Docker Stacks images.
	if err := os.Chown(dir, notebookUID, 100); err != nil {
		t.Fatal(err)
	}
	return dir
}
