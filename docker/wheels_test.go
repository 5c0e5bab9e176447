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

// Python packages come from PyPI through pip, always by a requirements file
// that pins every package with its hashes (pip install --require-hashes),
// and only as wheels (--only-binary=:all:), so nothing is compiled.

// pipFlags are the flags of every pip command here.
var pipFlags = []string{"--require-hashes", "--only-binary=:all:", "--no-input", "--disable-pip-version-check"}

// standInPython is the Python version of the stand-in base image: Debian
// bookworm's python3.
const standInPython = "3.11"

// fileHash returns 12 hex digits of the SHA-256 of the file at path.
func fileHash(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:6])
}

// pythonVenv returns a virtual environment under cache made with this
// machine's python3 (first on PATH) and holding exactly the packages of the
// requirements file, named by the file's hash so that an unchanged file
// reuses it; environments of other contents with the same prefix are removed.
func pythonVenv(t *testing.T, cache, prefix, requirements string) string {
	t.Helper()
	dir := filepath.Join(cache, prefix+"-"+fileHash(t, requirements))
	if _, err := os.Stat(filepath.Join(dir, ".complete")); err == nil {
		return dir
	}
	removeOthers(t, cache, prefix, dir)
	os.RemoveAll(dir)
	run(t, "python3", "-m", "venv", dir)
	run(t, filepath.Join(dir, "bin", "pip"), append(append([]string{"install", "--quiet"}, pipFlags...),
		"-r", requirements)...)
	if err := os.WriteFile(filepath.Join(dir, ".complete"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// wheelhouse returns a folder under cache holding the wheels of the
// requirements file, downloaded (and checked against its hashes) by pip on
// the host, so that an image build installs them with --no-index and
// needs no network and no certificates of its own. It is named by the
// file's hash and reused while the file is unchanged. pip picks the wheels
// for the Python that runs it, so that Python must be the image's:
// standInPython.
func wheelhouse(t *testing.T, cache, requirements string) string {
	t.Helper()
	out, err := exec.Command("python3", "-c", `import sys; print("%d.%d" % sys.version_info[:2])`).Output()
	if v := strings.TrimSpace(string(out)); err != nil || v != standInPython {
		t.Fatalf("python3 on PATH is %q (%v), want Python %s, the stand-in base's (Debian 12's python3), "+
			"for which pip downloads the image's wheels", v, err, standInPython)
	}
	dir := filepath.Join(cache, "wheels-"+fileHash(t, requirements))
	if _, err := os.Stat(filepath.Join(dir, ".complete")); err == nil {
		return dir
	}
	removeOthers(t, cache, "wheels", dir)
	os.RemoveAll(dir)
	pip := filepath.Join(pythonVenv(t, cache, "pip", os.DevNull), "bin", "pip")
	run(t, pip, append(append([]string{"download", "--quiet", "--dest", dir}, pipFlags...), "-r", requirements)...)
	if err := os.WriteFile(filepath.Join(dir, ".complete"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// removeOthers removes the folders prefix-* under cache but keep.
func removeOthers(t *testing.T, cache, prefix, keep string) {
	t.Helper()
	old, _ := filepath.Glob(filepath.Join(cache, prefix+"-*"))
	for _, o := range old {
		if o != keep {
			if err := os.RemoveAll(o); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// run runs a command and fails the test with its output if it fails.
func run(t *testing.T, name string, args ...string) {
	t.Helper()
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, tail(string(out), 30))
	}
}
