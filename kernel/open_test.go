package main

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/gdlessons/lessons/internal/venv"
)

func TestJupyterCommand(t *testing.T) {
	env := t.TempDir()
	t.Setenv(venv.Env, env)
	envLab := filepath.Join(env, "bin", "jupyter-lab")
	none := func(string) (string, error) { return "", errors.New("not found") }
	debian := func(name string) (string, error) {
		if name == "jupyter" {
			return "/usr/bin/jupyter", nil
		}
		return "", errors.New("not found")
	}
	onPath := func(name string) (string, error) {
		if name == "jupyter-lab" {
			return "/opt/lab/bin/jupyter-lab", nil
		}
		return "", errors.New("not found")
	}
	for _, c := range []struct {
		what         string
		inEnv        bool
		look         func(string) (string, error)
		root         bool
		wantName     string
		wantArgs     []string
		wantFallback bool
	}{
		{"nothing", false, none, false, "jupyter", []string{"notebook"}, true},
		{"Debian's Notebook", false, debian, true, "/usr/bin/jupyter", []string{"notebook", "--allow-root"}, true},
		{"JupyterLab on PATH", false, onPath, false, "/opt/lab/bin/jupyter-lab", nil, false},
		{"the environment's JupyterLab", true, onPath, false, envLab, nil, false},
		{"the environment's JupyterLab, root", true, debian, true, envLab, []string{"--allow-root"}, false},
	} {
		os.RemoveAll(filepath.Join(env, "bin"))
		if c.inEnv {
			if err := os.MkdirAll(filepath.Dir(envLab), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(envLab, nil, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		name, args, fallback := jupyterCommand(c.look, c.root)
		if name != c.wantName || !reflect.DeepEqual(args, c.wantArgs) || fallback != c.wantFallback {
			t.Errorf("%s: got %s %q fallback %v, want %s %q fallback %v", c.what, name, args, fallback, c.wantName, c.wantArgs, c.wantFallback)
		}
	}
}
