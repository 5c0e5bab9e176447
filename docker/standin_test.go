package docker

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The stand-ins replace the two images docker/Dockerfile starts from, which
// no registry here can serve: standin/base.Containerfile for
// quay.io/jupyter/base-notebook and standin/go.Containerfile for the
// official golang image. Both start from a Debian root file system that
// debootstrap makes from the mirror the host's apt uses.

// debianSuite is the Debian release of the root file system: bookworm, the
// Debian the official golang:*-bookworm image is built on.
const debianSuite = "bookworm"

// debootstrapArgs make the smallest Debian that apt can extend ("minbase":
// only Essential packages and apt, debootstrap(8)).
var debootstrapArgs = []string{"--variant=minbase", debianSuite}

// rootfsImage returns the name of the image of the debootstrap root file
// system, making it when storage lacks it. The tag hashes the debootstrap
// arguments, so a changed recipe makes a new image and an unchanged one is
// reused from the cache.
func rootfsImage(t *testing.T, p *podman) string {
	t.Helper()
	sum := sha256.Sum256([]byte(strings.Join(debootstrapArgs, " ")))
	ref := "localhost/gdlessons-standin-rootfs:" + hex.EncodeToString(sum[:6])
	if p.imageExists(ref) {
		t.Logf("stand-in root file system: %s (cached)", ref)
		return ref
	}
	mirror, err := debianMirror(debianSuite)
	if err != nil {
		t.Fatalf("finding the Debian mirror for debootstrap: %v", err)
	}
	dir := t.TempDir()
	root := filepath.Join(dir, "rootfs")
	start := time.Now()
	args := append(append([]string{}, debootstrapArgs...), root, mirror)
	if out, err := exec.Command("debootstrap", args...).CombinedOutput(); err != nil {
		t.Fatalf("debootstrap %s: %v\n%s", strings.Join(args, " "), err, tail(string(out), 30))
	}
	// What apt downloaded is not part of the system: drop it.
	for _, g := range []string{"var/cache/apt/archives/*.deb", "var/lib/apt/lists/*"} {
		m, _ := filepath.Glob(filepath.Join(root, g))
		for _, f := range m {
			os.RemoveAll(f)
		}
	}
	tarball := filepath.Join(dir, "rootfs.tar")
	if out, err := exec.Command("tar", "--numeric-owner", "-C", root, "-cf", tarball, ".").CombinedOutput(); err != nil {
		t.Fatalf("tar of the root file system: %v\n%s", err, out)
	}
	p.must(t, "import", tarball, ref)
	t.Logf("stand-in root file system: %s from %s, made in %.0f s", ref, mirror, time.Since(start).Seconds())
	return ref
}

// buildStandIns builds both stand-ins and returns their names: the base
// (jovyan, Jupyter from PyPI in /opt/conda, start.sh) and the Go image (the host's
// Go installation, `go env GOROOT`, in /usr/local/go). The base's Python
// packages come in as the build context wheels (see wheelhouse).
func buildStandIns(t *testing.T, p *podman, cache string) (base, goImage string) {
	t.Helper()
	rootfs := rootfsImage(t, p)
	goroot, err := goEnv("GOROOT")
	if err != nil {
		t.Fatal(err)
	}
	goVersion, err := goEnv("GOVERSION")
	if err != nil {
		t.Fatal(err)
	}
	base = "localhost/gdlessons-standin-base:" + recipeHash(t, rootfs, "base.Containerfile", "packages.txt",
		"requirements.txt",
		"start.sh", "start-notebook.py", "start-singleuser.py", "jupyter_server_config.py")
	goImage = "localhost/gdlessons-standin-go:" + goVersion + "-" + recipeHash(t, rootfs, "go.Containerfile")
	ctx := context.Background()
	var wheels string
	if !p.imageExists(base) {
		wheels = wheelhouse(t, cache, filepath.Join("standin", "requirements.txt"))
	}
	for _, b := range []struct {
		ref, file string
		extra     []string
	}{
		{base, "base.Containerfile", []string{"--build-context", "wheels=" + wheels}},
		{goImage, "go.Containerfile", []string{"--build-context", "goroot=" + goroot}},
	} {
		if p.imageExists(b.ref) {
			t.Logf("stand-in %s (cached)", b.ref)
			continue
		}
		start := time.Now()
		args := []string{"build", "--network", "host", "--pull=never", "--build-arg", "ROOTFS=" + rootfs}
		args = append(append(args, b.extra...), "-f", filepath.Join("standin", b.file), "-t", b.ref, "standin")
		if _, err := p.run(ctx, args...); err != nil {
			t.Fatalf("building the stand-in %s: %v", b.ref, err)
		}
		t.Logf("stand-in %s built in %.0f s", b.ref, time.Since(start).Seconds())
	}
	return base, goImage
}

// recipeHash returns 12 hex digits of the hash of the root file system's
// name and the named files of standin/, so a stand-in is rebuilt exactly when
// its recipe changed.
func recipeHash(t *testing.T, rootfs string, files ...string) string {
	t.Helper()
	h := sha256.New()
	h.Write([]byte(rootfs))
	for _, f := range files {
		data, err := os.ReadFile(filepath.Join("standin", f))
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(h, "\n%s %d\n", f, len(data))
		h.Write(data)
	}
	return hex.EncodeToString(h.Sum(nil)[:6])
}

// goEnv returns `go env name` of the Go that runs this test.
func goEnv(name string) (string, error) {
	out, err := exec.Command("go", "env", name).Output()
	if err != nil {
		return "", fmt.Errorf("go env %s: %v", name, err)
	}
	return strings.TrimSpace(string(out)), nil
}
