package docker

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestImage builds docker/Dockerfile with podman on local stand-ins for its
// two base images (see standin_test.go), the Go modules coming in as a build
// context, GOPROXY=off and no network, so the build itself proves it
// downloads nothing, and the host's Go build cache lent to the tools'
// build; then it checks the image: its entrypoint, command and user are the
// base's, the build left nothing behind, every lesson executed with no
// network at all (lessons_test.go), the server refuses the API without
// its token, serves JupyterLab and runs kernels as the notebook user, and
// under JupyterHub's environment the image's command starts
// jupyterhub-singleuser (server_test.go), and a learner's browser runs
// the first lesson in the container's JupyterLab (lab_test.go). With
// GDLESSONS_CLASSROOM_TEST=1 as well, it ends with a class on a real
// JupyterHub (classroom_test.go).
//
// It runs only when GDLESSONS_IMAGE_TEST=1, and needs root, podman, runc and
// debootstrap. Its podman storage, the stand-ins, the wheels, the hub's
// packages and the module cache are kept in
// $XDG_CACHE_HOME/gdlessons-docker (default ~/.cache), so a second run
// reuses every unchanged layer.
func TestImage(t *testing.T) {
	if os.Getenv(imageTestVar) != "1" {
		t.Skipf("SKIPPED: the image build and check runs only with %s=1 (root, podman, runc, debootstrap; "+
			"10 to 40 minutes on 2 cores). See docker/README.md.", imageTestVar)
	}
	requireHostTools(t)
	repo, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	lessons := lessonFiles(t, repo)
	cache := cacheDir(t)
	p := newPodman(t, filepath.Join(cache, "podman"))
	base, goImage := buildStandIns(t, p, cache)
	modcache := moduleCache(t, cache, repo)
	// The host's Go build cache, lent to the tools' build (see the
	// Dockerfile's gocache stage): .ci/run's `go run ./kernel` has compiled
	// the same tools with the same Go there, so the build links them
	// instead of compiling them again.
	gocache, err := goEnv("GOCACHE")
	if err != nil {
		t.Fatal(err)
	}

	const image = "localhost/gdlessons:test"
	start := time.Now()
	// --network none: the build runs with a loopback interface only (no
	// bridge is made), so neither the build nor the lessons its warm-up
	// executes can reach anything.
	_, err = p.run(context.Background(), "build", "--network", "none", "--pull=never",
		"--build-arg", "BASE_IMAGE="+base, "--build-arg", "GO_IMAGE="+goImage,
		"--build-arg", "GOPROXY=off", "--build-context", "gomodcache="+modcache,
		"--build-context", "gocache="+gocache,
		"-f", filepath.Join(repo, "docker", "Dockerfile"),
		"--ignorefile", filepath.Join(repo, "docker", "Dockerfile.dockerignore"), "-t", image, repo)
	if err != nil {
		t.Fatalf("building the image: %v", err)
	}
	t.Logf("image built in %.0f s", time.Since(start).Seconds())
	p.run(context.Background(), "image", "prune", "--force") // dangling images of earlier runs

	imageSize, baseSize := inspectSize(t, p, image), inspectSize(t, p, base)
	t.Logf("image size %.0f MB: %.2f × the base's %.0f MB (+%.0f MB)",
		imageSize/1e6, imageSize/baseSize, baseSize/1e6, (imageSize-baseSize)/1e6)

	t.Run("Sizes", func(t *testing.T) { logSizes(t, p, image) })
	t.Run("KeepsBaseStartup", func(t *testing.T) { checkStartup(t, p, image, base) })
	t.Run("NoLeftovers", func(t *testing.T) { checkLeftovers(t, p, image, base) })
	var kernel string
	t.Run("LessonsRunOffline", func(t *testing.T) { kernel = checkLessons(t, p, image, lessons) })
	t.Run("Server", func(t *testing.T) { checkServer(t, p, image, lessons, kernel) })
	t.Run("HubStart", func(t *testing.T) { checkSingleUser(t, p, image) })
	t.Run("BrowserLab", func(t *testing.T) { checkLab(t, p, image, lessons[0]) })
	t.Run("Classroom", func(t *testing.T) {
		if os.Getenv(classroomTestVar) != "1" {
			t.Skipf("SKIPPED: the classroom on JupyterHub runs only with %s=1 (see docker/README.md)", classroomTestVar)
		}
		if !slices.Contains(lessons, classroomLesson) {
			t.Fatalf("the classroom's lesson %s is not among the lessons %v", classroomLesson, lessons)
		}
		checkClassroom(t, p, cache, image, classroomLesson)
	})
}

// imageTestVar is the environment variable that turns TestImage on.
const imageTestVar = "GDLESSONS_IMAGE_TEST"

// requireHostTools fails the test, naming what to install, when this
// machine cannot build images the way the test does.
func requireHostTools(t *testing.T) {
	t.Helper()
	var missing []string
	for _, tool := range []string{"podman", "runc", "debootstrap", "tar"} {
		if _, err := exec.LookPath(tool); err != nil {
			missing = append(missing, tool)
		}
	}
	if len(missing) > 0 {
		t.Fatalf("the image test needs %v on PATH: apt-get install podman runc debootstrap", missing)
	}
	if os.Geteuid() != 0 {
		t.Fatal("the image test needs root: debootstrap and podman's overlay storage run as root")
	}
}

// lessonFiles returns the names of the lessons, notebooks/*.ipynb.
func lessonFiles(t *testing.T, repo string) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(repo, "notebooks", "*.ipynb"))
	if err != nil {
		t.Fatal(err)
	}
	if len(m) == 0 {
		t.Fatal("no lessons in notebooks/*.ipynb: the image has nothing to serve")
	}
	for i := range m {
		m[i] = filepath.Base(m[i])
	}
	return m
}

// cacheDir returns the folder this test keeps between runs.
func cacheDir(t *testing.T) string {
	t.Helper()
	dir, err := os.UserCacheDir()
	if err != nil {
		t.Fatalf("no cache folder for the image test: set XDG_CACHE_HOME (%v)", err)
	}
	return filepath.Join(dir, "gdlessons-docker")
}

// inspectSize returns the size of an image in bytes.
func inspectSize(t *testing.T, p *podman, ref string) float64 {
	t.Helper()
	var size float64
	if err := json.Unmarshal([]byte(p.must(t, "image", "inspect", "--format", "{{.Size}}", ref)), &size); err != nil {
		t.Fatal(err)
	}
	return size
}

// checkStartup compares the image's ENTRYPOINT, CMD, user and working
// directory with the base's: the Docker Stacks start-up must be untouched.
func checkStartup(t *testing.T, p *podman, image, base string) {
	const format = "{{json .Config.Entrypoint}} {{json .Config.Cmd}} {{.Config.User}} {{.Config.WorkingDir}}"
	got := strings.TrimSpace(p.must(t, "image", "inspect", "--format", format, image))
	want := strings.TrimSpace(p.must(t, "image", "inspect", "--format", format, base))
	if got != want {
		t.Errorf("image's entrypoint, cmd, user, workdir = %s, want the base's %s", got, want)
	}
}

// checkLeftovers lists /tmp, the home folder and root's home in the image
// and in the base: the build must leave nothing there. It also looks for
// the module cache's zips (in cache/download), which the build deletes: the
// unpacked modules are what builds read. (A module may ship zips of its own,
// as gonum's fuzz corpora: those are part of its source and stay.) The
// modules' testdata folders and gonb's docs must be gone too.
func checkLeftovers(t *testing.T, p *podman, image, base string) {
	const script = `find /tmp /home/jovyan /root 2>/dev/null | sort
m=${GOMODCACHE:-/nonexistent}
find "$m/cache/download" -name '*.zip' 2>/dev/null
find "$m" -path "$m/cache" -prune -o -type d \( -name testdata -o -path "$m/github.com/janpfeifer/gonb@*/docs" \) -print 2>/dev/null
true`
	got := p.must(t, "run", "--rm", "--network", "host", "--user", "0", "--entrypoint", "sh", image, "-c", script)
	want := p.must(t, "run", "--rm", "--network", "host", "--user", "0", "--entrypoint", "sh", base, "-c", script)
	if got != want {
		t.Errorf("files the build left behind:\n%s", lineDiff(want, got))
	}
}

// lineDiff returns the lines of got that are not in want.
func lineDiff(want, got string) string {
	w := strings.Split(want, "\n")
	var extra []string
	for _, l := range strings.Split(got, "\n") {
		if !slices.Contains(w, l) {
			extra = append(extra, l)
		}
	}
	return strings.Join(extra, "\n")
}

// imageParts are the folders the image adds to its base, as docker/Dockerfile
// lays them out.
var imageParts = []string{
	"/usr/local/go", // the Go toolchain
	"/usr/local/share/jupyter/kernels/gdlessons", // gonb, gopls, goimports
	"/opt/gdlessons/src",                         // the library and the lessons
	"/opt/gdlessons/gomodcache",                  // the Go modules
	"/opt/gdlessons/gocache",                     // the warmed build cache
	"/opt/gdlessons/goplscache",                  // gopls's cache, filled by the warm-up
}

// logSizes logs the size of each of imageParts, so a report can say where
// the image's megabytes go.
func logSizes(t *testing.T, p *podman, image string) {
	out := p.must(t, append([]string{"run", "--rm", "--network", "host", "--user", "0", "--entrypoint", "du",
		image, "-sm"}, imageParts...)...)
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if mb, dir, ok := strings.Cut(line, "\t"); ok {
			t.Logf("%5s MB  %s", mb, dir)
		}
	}
}
