package browser

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// InstallKernel registers the project's Go kernel in the Jupyter data folder
// dataDir and returns its kernelspec name.
//
// It runs the project's own installer (go run ./kernel, which builds gonb,
// goimports and gopls from go.mod's tool directives and writes the
// kernelspec "gdlessons") when repo has one. Otherwise it builds gonb and
// goimports itself and writes an equivalent kernelspec, "gdlessons-test".
func InstallKernel(repo, dataDir string) (string, error) {
	if _, err := os.Stat(filepath.Join(repo, "kernel", "main.go")); err == nil {
		cmd := exec.Command("go", "run", "./kernel")
		cmd.Dir = repo
		cmd.Env = append(os.Environ(), "JUPYTER_DATA_DIR="+dataDir)
		if out, err := cmd.CombinedOutput(); err != nil {
			return "", fmt.Errorf("go run ./kernel: %v\n%s", err, out)
		}
		return "gdlessons", nil
	}
	const name = "gdlessons-test"
	kdir := filepath.Join(dataDir, "kernels", name)
	bin := filepath.Join(kdir, "bin")
	cmd := exec.Command("go", "build", "-o", bin+string(filepath.Separator),
		"github.com/janpfeifer/gonb", "golang.org/x/tools/cmd/goimports")
	cmd.Dir = repo
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("building gonb: %v\n%s", err, out)
	}
	goBin, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOROOT: %v", err)
	}
	spec := map[string]any{
		"argv":           []string{filepath.Join(bin, "gonb"), "--kernel", "{connection_file}", "--go_work=" + repo},
		"display_name":   "Go (gradient-descent lessons, test)",
		"language":       "go",
		"interrupt_mode": "message",
		"env": map[string]string{
			"PATH": bin + ":" + filepath.Join(strings.TrimSpace(string(goBin)), "bin") + ":${PATH}",
		},
	}
	data, _ := json.MarshalIndent(spec, "", "  ")
	if err := os.WriteFile(filepath.Join(kdir, "kernel.json"), data, 0o644); err != nil {
		return "", err
	}
	return name, nil
}
