package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// ModulePath is the module this command sets the kernel up for.
const ModulePath = "github.com/gdlessons/lessons"

// findRepo returns the root of this repository: the folder of the go.mod that
// the go command finds from the working directory, which must declare
// ModulePath.
func findRepo() (string, error) {
	out, err := goOutput("", "env", "GOMOD")
	if err != nil {
		return "", err
	}
	gomod := strings.TrimSpace(out)
	if gomod == "" || gomod == os.DevNull {
		return "", fmt.Errorf("no go.mod found from the working directory: run this inside the lessons repository")
	}
	data, err := os.ReadFile(gomod)
	if err != nil {
		return "", err
	}
	if !bytes.Contains(data, []byte("module "+ModulePath+"\n")) {
		return "", fmt.Errorf("%s is not the go.mod of %s: run this inside the lessons repository", gomod, ModulePath)
	}
	return filepath.Dir(gomod), nil
}

// goBinDir returns the folder that holds the go command this program runs
// ($GOROOT/bin), so the kernel finds the same Go even when Jupyter is started
// with a PATH that lacks it.
func goBinDir(repo string) (string, error) {
	out, err := goOutput(repo, "env", "GOROOT")
	if err != nil {
		return "", err
	}
	return filepath.Join(strings.TrimSpace(out), "bin"), nil
}

// goOutput runs the go command with args in dir and returns its standard
// output; a failure carries the command and its standard error.
func goOutput(dir string, args ...string) (string, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return string(out), nil
}

// goRun runs the go command with args in dir, its output going to standard
// error so that progress shows.
func goRun(dir string, args ...string) error {
	return goRunEnv(dir, nil, args...)
}

// goRunEnv is goRun with env added to this process's environment.
func goRunEnv(dir string, env []string, args ...string) error {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	cmd.Stdout = os.Stderr
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("go %s: %v", strings.Join(args, " "), err)
	}
	return nil
}
