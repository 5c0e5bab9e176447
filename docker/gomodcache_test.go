package docker

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// moduleCache returns a Go module cache holding exactly what the
// repository's go.mod needs (`go mod download`), for the image build's
// gomodcache build context, so that the build downloads nothing. It is
// filled from the host's module cache, falling back to $GOPROXY for
// what that lacks, and kept under cache, named by the hash of go.sum, so an
// unchanged go.sum reuses it (and the build's layer cache stays valid);
// caches for other go.sum contents are removed.
func moduleCache(t *testing.T, cache, repo string) string {
	t.Helper()
	sum, err := os.ReadFile(filepath.Join(repo, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	h := sha256.Sum256(sum)
	dir := filepath.Join(cache, "gomodcache-"+hex.EncodeToString(h[:6]))
	old, _ := filepath.Glob(filepath.Join(cache, "gomodcache-*"))
	for _, o := range old {
		if o != dir {
			removeModCache(t, o)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, ".complete")); err == nil {
		return dir
	}
	removeModCache(t, dir)
	hostCache, err := goEnv("GOMODCACHE")
	if err != nil {
		t.Fatal(err)
	}
	proxy, err := goEnv("GOPROXY")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "mod", "download")
	cmd.Dir = repo
	cmd.Env = append(os.Environ(), "GOMODCACHE="+dir, "GOFLAGS=-mod=readonly",
		"GOPROXY=file://"+filepath.Join(hostCache, "cache", "download")+","+proxy)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go mod download into %s: %v\n%s", dir, err, tail(string(out), 30))
	}
	if err := os.WriteFile(filepath.Join(dir, ".complete"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// removeModCache removes a module cache, whose folders Go makes read-only.
func removeModCache(t *testing.T, dir string) {
	t.Helper()
	if _, err := os.Stat(dir); err != nil {
		return
	}
	cmd := exec.Command("go", "clean", "-modcache")
	cmd.Env = append(os.Environ(), "GOMODCACHE="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go clean -modcache of %s: %v\n%s", dir, err, out)
	}
	if err := os.RemoveAll(dir); err != nil && !strings.Contains(err.Error(), "no such file") {
		t.Fatal(err)
	}
}
