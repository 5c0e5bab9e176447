package main

import (
	"os"
	"os/exec"
)

// jupyterCommand returns the command that opens the lessons: JupyterLab when
// a jupyter-lab command is on PATH (lookPath finds it), else the classic
// Notebook that Debian's jupyter-notebook package installs as
// /usr/bin/jupyter. Jupyter refuses to run as root unless told, so
// --allow-root is added when root is true.
func jupyterCommand(lookPath func(string) (string, error), root bool) (name string, args []string) {
	name, args = "/usr/bin/jupyter", []string{"notebook"}
	if lab, err := lookPath("jupyter-lab"); err == nil {
		name, args = lab, nil
	}
	if root {
		args = append(args, "--allow-root")
	}
	return name, args
}

// openLessons runs Jupyter (see jupyterCommand) in dir until it stops.
func openLessons(dir string) error {
	name, args := jupyterCommand(exec.LookPath, os.Geteuid() == 0)
	step("opening the lessons: %s %v in %s (stop it with Ctrl-C)", name, args, dir)
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	return cmd.Run()
}
