// Package venv finds the project's Python environment, which
// kernel/venv.sh creates from kernel/requirements.txt: JupyterLab,
// nbconvert and Jupyter's kernel tests, pinned, from PyPI.
package venv

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

// Env names the variable that overrides the environment's folder.
const Env = "GDLESSONS_VENV"

// Dir returns the environment's folder: $GDLESSONS_VENV when set, else
// $XDG_DATA_HOME/gdlessons/venv, else ~/.local/share/gdlessons/venv (the
// rule of kernel/venv.sh). The folder may not exist.
func Dir() (string, error) {
	if d := os.Getenv(Env); d != "" {
		return d, nil
	}
	data := os.Getenv("XDG_DATA_HOME")
	if data == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", err
		}
		data = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(data, "gdlessons", "venv"), nil
}

// ErrNoJupyterLab says where JupyterLab was looked for and how to install it.
var ErrNoJupyterLab = errors.New("JupyterLab is neither in the project's environment nor on PATH: run `bash kernel/venv.sh`")

// Command returns the path of the program name (jupyter, jupyter-lab,
// python) that runs with JupyterLab: the one in the environment's bin
// folder when the environment has JupyterLab, else the one beside the
// jupyter-lab found on PATH (lookPath is exec.LookPath but for the tests).
func Command(name string, lookPath func(string) (string, error)) (string, error) {
	dir, err := Dir()
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "bin")
	if _, err := os.Stat(filepath.Join(bin, "jupyter-lab")); err != nil {
		lab, err := lookPath("jupyter-lab")
		if err != nil {
			return "", ErrNoJupyterLab
		}
		if name == "jupyter-lab" {
			return lab, nil
		}
		bin = filepath.Dir(lab)
	}
	p := filepath.Join(bin, name)
	if _, err := os.Stat(p); err != nil {
		return "", fmt.Errorf("%s: no %s beside JupyterLab", p, name)
	}
	return p, nil
}

// Jupyter returns the jupyter command of the environment (see Command).
func Jupyter() (string, error) { return Command("jupyter", exec.LookPath) }

// Python returns the Python that runs JupyterLab (see Command), which has
// jupyter_client and jupyter_kernel_test.
func Python() (string, error) { return Command("python", exec.LookPath) }
