package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// KernelName is the folder name of this project's kernelspec, and so the
// name a notebook's metadata.kernelspec.name uses to pick this kernel.
const KernelName = "gdlessons"

// DisplayName is the name Jupyter shows for this kernel.
const DisplayName = "Go (gradient-descent lessons)"

// Spec is a Jupyter kernelspec, the kernel.json file described at
// https://jupyter-client.readthedocs.io/en/stable/kernels.html#kernel-specs.
type Spec struct {
	// Argv starts the kernel; Jupyter replaces {connection_file}.
	Argv        []string `json:"argv"`
	DisplayName string   `json:"display_name"`
	Language    string   `json:"language"`
	// InterruptMode "message" makes Jupyter interrupt a cell with an
	// interrupt_request on the control channel, as gonb's own installer sets.
	InterruptMode string `json:"interrupt_mode"`
	// Env is added to the environment Jupyter starts the kernel with;
	// jupyter_client replaces ${NAME} with the variable's current value.
	Env map[string]string `json:"env"`
}

// NewSpec returns the kernelspec that runs gonb from binDir with -go_work
// pointing at repo, with binDir and goBin first on the kernel's PATH (gonb
// looks up go, goimports and gopls there).
//
// The kernel runs with GOPROXY=off: a cell resolves its imports from the
// module cache that the installer filled, at exactly the versions go.mod
// pins, and never reaches the network. (Without it, gonb's "go get" asks the
// proxy for the newest gonb when a cell imports gonbui.) A learner who wants
// another module first runs a cell with
//
//	%env GOPROXY=https://proxy.golang.org,direct
//
// Every cell is compiled and linked anew, and the link is most of a
// figure cell's time, so two settings make it lighter; BenchmarkEditLoop in
// notebooks/ measures each against the kernel without it, side by side:
//
//   - GOFLAGS=-ldflags=-s: the linker writes neither DWARF debug
//     information nor the symbol table into a cell's program. Nothing a
//     learner runs reads them: a panic's stack trace comes from the
//     program's line table, which stays. It changes only the link, so the
//     compiled packages in the build cache serve both.
//   - CGO_ENABLED=0 (CellBuildEnv): a cell's program is pure Go. Through
//     gonbui every figure cell imports net and os/user, which with cgo link
//     against the C library; without it they use their Go implementations
//     and the link reads fewer archives. cgo is part of every package's key
//     in the build cache, so the installer compiles the lessons' packages
//     with the same setting.
func NewSpec(repo, binDir, goBin string) Spec {
	s := Spec{
		Argv: []string{
			filepath.Join(binDir, "gonb"),
			"--kernel", "{connection_file}",
			"--go_work=" + repo,
		},
		DisplayName:   DisplayName,
		Language:      "go",
		InterruptMode: "message",
		Env: map[string]string{
			"PATH":    strings.Join([]string{binDir, goBin, "${PATH}"}, string(os.PathListSeparator)),
			"GOPROXY": "off",
			"GOFLAGS": "-ldflags=-s",
		},
	}
	for _, kv := range CellBuildEnv {
		k, v, _ := strings.Cut(kv, "=")
		s.Env[k] = v
	}
	return s
}

// Write writes the spec as kernelDir/kernel.json, creating kernelDir. The
// file is written beside its final name and renamed, so a reader never sees
// half of it.
func (s Spec) Write(kernelDir string) error {
	data, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(kernelDir, 0o755); err != nil {
		return err
	}
	tmp := filepath.Join(kernelDir, ".kernel.json.tmp")
	if err := os.WriteFile(tmp, append(data, '\n'), 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp, filepath.Join(kernelDir, "kernel.json")); err != nil {
		return fmt.Errorf("writing kernelspec: %v", err)
	}
	return nil
}

// jupyterDataDir returns Jupyter's data folder by the rule of jupyter_core's
// jupyter_data_dir on Linux: $JUPYTER_DATA_DIR, else $XDG_DATA_HOME/jupyter,
// else ~/.local/share/jupyter.
func jupyterDataDir() (string, error) {
	if d := os.Getenv("JUPYTER_DATA_DIR"); d != "" {
		return filepath.Abs(d)
	}
	if d := os.Getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "jupyter"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("cannot find Jupyter's data folder: set JUPYTER_DATA_DIR (%v)", err)
	}
	return filepath.Join(home, ".local", "share", "jupyter"), nil
}
