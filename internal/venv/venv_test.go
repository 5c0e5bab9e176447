package venv

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestDir(t *testing.T) {
	t.Setenv(Env, "/opt/v")
	if d, _ := Dir(); d != "/opt/v" {
		t.Errorf("with %s=/opt/v: %s", Env, d)
	}
	t.Setenv(Env, "")
	t.Setenv("XDG_DATA_HOME", "/data")
	if d, _ := Dir(); d != "/data/gdlessons/venv" {
		t.Errorf("with XDG_DATA_HOME=/data: %s", d)
	}
	t.Setenv("XDG_DATA_HOME", "")
	t.Setenv("HOME", "/home/u")
	if d, _ := Dir(); d != "/home/u/.local/share/gdlessons/venv" {
		t.Errorf("with HOME=/home/u: %s", d)
	}
}

// TestCommand finds jupyter in the environment when it has JupyterLab,
// else beside the jupyter-lab on PATH, else says how to install it.
func TestCommand(t *testing.T) {
	touch := func(p string) {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, nil, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	v, other := t.TempDir(), t.TempDir()
	t.Setenv(Env, v)
	touch(filepath.Join(other, "jupyter-lab"))
	touch(filepath.Join(other, "jupyter"))
	onPath := func(name string) (string, error) { return filepath.Join(other, name), nil }
	nowhere := func(string) (string, error) { return "", errors.New("not found") }

	if _, err := Command("jupyter", nowhere); !errors.Is(err, ErrNoJupyterLab) {
		t.Errorf("no JupyterLab anywhere: %v, want ErrNoJupyterLab", err)
	}
	if p, err := Command("jupyter", onPath); err != nil || p != filepath.Join(other, "jupyter") {
		t.Errorf("JupyterLab on PATH only: %s, %v", p, err)
	}
	touch(filepath.Join(v, "bin", "jupyter-lab"))
	touch(filepath.Join(v, "bin", "jupyter"))
	if p, err := Command("jupyter", onPath); err != nil || p != filepath.Join(v, "bin", "jupyter") {
		t.Errorf("JupyterLab in the environment: %s, %v, want the environment's", p, err)
	}
	if _, err := Command("python", onPath); err == nil {
		t.Errorf("no python in the environment: no error")
	}
}
