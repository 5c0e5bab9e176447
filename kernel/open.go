package main

import (
	"os"
	"os/exec"

	"github.com/gdlessons/lessons/internal/venv"
)

// jupyterCommand returns the command that opens the lessons: JupyterLab
// from the project's environment (kernel/venv.sh installs it; see package
// venv), or a jupyter-lab that lookPath finds on PATH. Without either it
// falls back to the classic Notebook, `jupyter notebook` with the jupyter
// on PATH (Debian's jupyter-notebook package), and fallback is true.
// Jupyter refuses to run as root unless told, so --allow-root is added
// when root is true.
func jupyterCommand(lookPath func(string) (string, error), root bool) (name string, args []string, fallback bool) {
	if lab, err := venv.Command("jupyter-lab", lookPath); err == nil {
		name = lab
	} else {
		name, args, fallback = "jupyter", []string{"notebook"}, true
		if p, err := lookPath("jupyter"); err == nil {
			name = p
		}
	}
	if root {
		args = append(args, "--allow-root")
	}
	return name, args, fallback
}

// openLessons runs Jupyter (see jupyterCommand) in dir until it stops.
func openLessons(dir string) error {
	name, args, fallback := jupyterCommand(exec.LookPath, os.Geteuid() == 0)
	if fallback {
		step("JupyterLab is not installed (bash kernel/venv.sh installs it from PyPI): falling back to the classic Notebook")
	}
	step("opening the lessons: %s %v in %s (stop it with Ctrl-C)", name, args, dir)
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	return cmd.Run()
}
