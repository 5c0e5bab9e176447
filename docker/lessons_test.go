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

// lessonRecord is what lessons.py (docker/lessons.py, in the image as
// /opt/gdlessons/lessons.py) reports of one lesson.
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

// warmUpReport is the image's /opt/gdlessons/warm-up.json: lessons.py's
// report of the build's run of every lesson.
const warmUpReport = "/opt/gdlessons/warm-up.json"

// checkResult is the RESULT line of incontainer/check.py.
type checkResult struct {
	UID        int               `json:"uid"`
	Started    int64             `json:"started"`
	Trim       int64             `json:"trim"`
	Interfaces []string          `json:"interfaces"`
	Files      []string          `json:"files"`
	Env        map[string]string `json:"env"`
	Lessons    []lessonRecord    `json:"lessons"`
	Cold       lessonRecord      `json:"cold"`
	Completion completionRecord  `json:"completion"`
}

// completionRecord is notebooks/testdata/completion.py's measure of the
// first completion of `gdlib.` in a new kernel (seconds), or its error.
type completionRecord struct {
	Error            string  `json:"error"`
	AskedAfter       float64 `json:"asked_after"`
	FirstCompletion  float64 `json:"first_completion"`
	Attempts         int     `json:"attempts"`
	Matches          int     `json:"matches"`
	SecondCompletion float64 `json:"second_completion"`
}

// notebookUID is the uid of the Docker Stacks notebook user, jovyan (NB_UID
// in the base image's Dockerfile).
const notebookUID = 1000

// checkLessons checks that every lesson runs in the image, offline, as the
// notebook user, in two parts:
//
//   - The build: docker/Dockerfile executes every lesson (its warm-up, which
//     fails the build on a failing lesson) as the notebook user with the
//     image's Go settings, and the test builds with --network none, so no
//     cell can have reached the network. The report it leaves in the image
//     must name every lesson, with no error and only the notebook user's uid.
//   - A learner's container: the image started as a server would be, but
//     with --network none (a loopback-only network namespace, no bridge) and
//     an empty volume over the home folder (as JupyterHub mounts one),
//     running incontainer/check.py: the start-up hook has copied the lessons
//     into ~/lessons, Go is told to stay offline, and the first lesson
//     executes there in full with the image's build cache, and again up to
//     its first program cell with an empty one, for the first-cell time;
//     then a new kernel completes `gdlib.` (Tab) with the image's gopls
//     cache, asked once gonb has connected to gopls.
//
// It returns the kernel name the lessons use.
func checkLessons(t *testing.T, p *podman, image string, lessons []string) string {
	var report struct {
		Lessons []lessonRecord `json:"lessons"`
	}
	out := p.must(t, "run", "--rm", "--network", "host", "--entrypoint", "cat", image, warmUpReport)
	if err := json.Unmarshal([]byte(out), &report); err != nil {
		t.Fatalf("the image's %s: %v\n%s", warmUpReport, err, tail(out, 20))
	}
	var built []string
	for _, l := range report.Lessons {
		built = append(built, l.Lesson)
	}
	if !slices.Equal(built, lessons) {
		t.Errorf("the build executed %v, want every lesson %v", built, lessons)
	}
	home := imageEnv(t, p, image)["HOME"]
	kernel := checkRecords(t, "build", report.Lessons, home)
	logRecords(t, "build", report.Lessons)

	r := runCheck(t, p, image, lessons[:1])
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
	for _, v := range []string{"GOMODCACHE", "GOCACHE", "GOPLSCACHE"} {
		if r.Env[v] == "" || strings.HasPrefix(r.Env[v], r.Env["HOME"]) {
			t.Errorf("%s=%q is unset or inside $HOME=%s, which JupyterHub mounts over", v, r.Env[v], r.Env["HOME"])
		}
	}
	checkTrimMark(t, p, image, r)
	if !strings.HasPrefix(r.Env["GOPROXY"], "file://") || r.Env["GOSUMDB"] != "off" || r.Env["GOTOOLCHAIN"] != "local" {
		t.Errorf("Go is not told to stay offline: %v", r.Env)
	}
	if k := checkRecords(t, "container", append(r.Lessons, r.Cold), r.Env["HOME"]); k != kernel {
		t.Errorf("the container's lessons ran kernel %q, the build's %q", k, kernel)
	}
	logRecords(t, "container", r.Lessons)
	if len(r.Lessons) > 0 && r.Cold.ProgramS > 0 {
		warm := r.Lessons[0].ProgramS
		t.Logf("first program cell of %s in a fresh container and kernel: %.1f s with the image's build cache, %.1f s with an empty one (%.2f×)",
			r.Cold.Lesson, warm, r.Cold.ProgramS, warm/r.Cold.ProgramS)
	}
	c := r.Completion
	switch {
	case c.Error != "":
		t.Errorf("completing gdlib. in a fresh container: %s", c.Error)
	case c.Matches == 0:
		t.Errorf("completing gdlib. in a fresh container listed nothing: %+v", c)
	default:
		t.Logf("first completion of gdlib. in a fresh container, asked %.0f s after the kernel started: %.2f s (%d names, %d requests); the next one %.3f s",
			c.AskedAfter, c.FirstCompletion, c.Matches, c.Attempts, c.SecondCompletion)
	}
	return kernel
}

// runCheck runs incontainer/check.py on lessons in a learner's container
// (see checkLessons) and returns its result.
func runCheck(t *testing.T, p *podman, image string, lessons []string) checkResult {
	checks, err := filepath.Abs("incontainer")
	if err != nil {
		t.Fatal(err)
	}
	testdata, err := filepath.Abs(filepath.Join("..", "notebooks", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	args := []string{"run", "--rm", "--network", "none",
		"-v", userVolume(t) + ":/home/jovyan", "-v", checks + ":/mnt/checks:ro",
		"-v", testdata + ":/mnt/testdata:ro",
		image, "python3", "/mnt/checks/check.py", "/home/jovyan/lessons"}
	out, err := p.run(context.Background(), append(args, lessons...)...)
	if err != nil {
		t.Fatal(err)
	}
	_, line, ok := strings.Cut(out, "RESULT ")
	if !ok {
		t.Fatalf("check.py printed no RESULT line:\n%s", tail(out, 40))
	}
	var r checkResult
	if err := json.Unmarshal([]byte(line), &r); err != nil {
		t.Fatalf("check.py's RESULT: %v\n%s", err, line)
	}
	return r
}

// checkRecords checks lessons.py's records of where (the build or a
// container): no error, the kernelspec outside home, every process of the
// notebook user. It returns the kernel the lessons name.
func checkRecords(t *testing.T, where string, records []lessonRecord, home string) (kernel string) {
	if len(records) == 0 {
		t.Errorf("%s: no lesson was executed", where)
	}
	for _, l := range records {
		if l.Error != "" {
			t.Errorf("%s: %s (kernel %q): %s", where, l.Lesson, l.Kernel, l.Error)
		}
		if home == "" || strings.HasPrefix(l.KernelDir, home) {
			t.Errorf("%s: %s: kernelspec %s is inside $HOME=%q", where, l.Lesson, l.KernelDir, home)
		}
		if !slices.Equal(l.UIDs, []int{notebookUID}) {
			t.Errorf("%s: %s: the kernel's processes ran as uids %v, want only %d", where, l.Lesson, l.UIDs, notebookUID)
		}
		kernel = l.Kernel
	}
	return kernel
}

// logRecords logs each lesson's times and peak memory, and a summary.
func logRecords(t *testing.T, where string, records []lessonRecord) {
	var cells []float64
	var peak, slowest, total float64
	for _, l := range records {
		t.Logf("%s: %-45s first cell %5.1f s, first program cell %5.1f s, lesson %5.1f s, peak RSS %4.0f MB",
			where, l.Lesson, l.FirstCellS, l.ProgramS, l.Seconds, l.PeakRSSMB)
		peak = max(peak, l.PeakRSSMB)
		slowest = max(slowest, l.FirstCellS, l.ProgramS)
		total += l.Seconds
		cells = append(cells, l.CellS...)
	}
	slices.Sort(cells)
	if len(cells) > 0 {
		t.Logf("%s: %d lessons in %.0f s, %d code cells: median %.1f s, slowest first cell of a lesson %.1f s; "+
			"peak RSS of kernel, Go build, gopls and cell programs %.0f MB",
			where, len(records), total, len(cells), cells[len(cells)/2], slowest, peak)
	}
}

// imageEnv returns the environment the image's configuration sets.
func imageEnv(t *testing.T, p *podman, image string) map[string]string {
	var env []string
	out := p.must(t, "image", "inspect", "--format", "{{json .Config.Env}}", image)
	if err := json.Unmarshal([]byte(out), &env); err != nil {
		t.Fatalf("the image's environment: %v: %s", err, out)
	}
	m := map[string]string{}
	for _, kv := range env {
		if k, v, ok := strings.Cut(kv, "="); ok {
			m[k] = v
		}
	}
	return m
}

// checkTrimMark checks that the start-up hook wrote the start time into the
// build cache's trim.txt (see docker/start-hook): newer than the image's own
// and at most a minute before check.py started.
func checkTrimMark(t *testing.T, p *podman, image string, r checkResult) {
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
