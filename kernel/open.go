package main

import (
	"os"
	"os/exec"
)

// openLessons starts Jupyter in dir and waits for it: JupyterLab when a
// jupyter-lab command is on PATH, else the classic Notebook that Debian's
// jupyter-notebook package installs as /usr/bin/jupyter. Jupyter refuses to
// run as root unless told, so --allow-root is added for root.
func openLessons(dir string) error {
	name, args := "/usr/bin/jupyter", []string{"notebook"}
	if lab, err := exec.LookPath("jupyter-lab"); err == nil {
		name, args = lab, nil
	}
	if os.Geteuid() == 0 {
		args = append(args, "--allow-root")
	}
	step("opening the lessons: %s %v (in %s; stop it with Ctrl-C)", name, args, dir)
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	return cmd.Run()
}
