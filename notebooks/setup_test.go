// The tests of this folder run the lessons (*.ipynb) through the real Go
// kernel, with JupyterLab, nbconvert and Jupyter's kernel tests from the
// project's Python environment (kernel/venv.sh; see internal/venv).
// This file installs the kernel they share.
package notebooks_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/gdlessons/lessons/internal/ipynb"
	"github.com/gdlessons/lessons/internal/venv"
)

// KernelName is the kernelspec that `go run ./kernel` registers.
const KernelName = "gdlessons"

// The notebook model and the checks of executed notebooks live in
// internal/ipynb; these are the names the tests of this folder use.
var (
	readNotebook = ipynb.Read
	cellName     = ipynb.CellName
	tail         = ipynb.Tail
)

// jupyter returns the environment's jupyter command, or fails the test
// saying how to install it.
func jupyter(t testing.TB) string {
	t.Helper()
	p, err := venv.Jupyter()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

var (
	installOnce sync.Once
	installDir  string // the temporary Jupyter folders, removed by TestMain
	installEnv  []string
	installErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if shared != nil {
		shared.stop()
	}
	if installDir != "" {
		os.RemoveAll(installDir)
	}
	os.Exit(code)
}

// repoRoot returns the repository's root, the parent of this folder.
func repoRoot(t testing.TB) string {
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// kernelEnv installs the kernel once per test binary, by running the
// project's own entry point (go run ./kernel) with JUPYTER_DATA_DIR set to a
// fresh temporary folder, and returns the environment under which Jupyter
// finds it. Jupyter's config and runtime folders are temporary too, so the
// tests neither read nor change the user's Jupyter set-up.
func kernelEnv(t testing.TB) []string {
	t.Helper()
	installOnce.Do(func() {
		installDir, installErr = os.MkdirTemp("", "gdlessons-jupyter-")
		if installErr != nil {
			return
		}
		env := append(os.Environ(),
			"JUPYTER_DATA_DIR="+filepath.Join(installDir, "data"),
			"JUPYTER_CONFIG_DIR="+filepath.Join(installDir, "config"),
			"JUPYTER_RUNTIME_DIR="+filepath.Join(installDir, "runtime"),
			// Silences debugpy's "frozen modules" warning on every Python start.
			"PYDEVD_DISABLE_FILE_VALIDATION=1",
		)
		cmd := exec.Command("go", "run", "./kernel")
		cmd.Dir = repoRoot(t)
		cmd.Env = env
		if out, err := cmd.CombinedOutput(); err != nil {
			installErr = fmt.Errorf("go run ./kernel: %v\n%s", err, out)
			return
		}
		installEnv = env
	})
	if installErr != nil {
		t.Fatalf("installing the kernel: %v", installErr)
	}
	return installEnv
}

// runPython runs a script of testdata with the environment's Python (which
// has jupyter_client and jupyter_kernel_test) under env and returns its
// standard output; a failure reports the script's output.
func runPython(t testing.TB, env []string, script string, args ...string) []byte {
	t.Helper()
	python, err := venv.Python()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(python, append([]string{filepath.Join("testdata", script)}, args...)...)
	cmd.Env = env
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\nstdout:\n%s\nstderr (last 4000 bytes):\n%s", script, strings.Join(args, " "), err, out, tail(stderr.String(), 4000))
	}
	return out
}
