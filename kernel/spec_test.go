package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestSpecWriteIsJupyterKernelJSON(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "kernels", KernelName)
	spec := NewSpec("/src/lessons", "/data/kernels/gdlessons/bin", "/usr/local/go/bin")
	// Writing twice must leave the same single file: re-running is safe.
	for range 2 {
		if err := spec.Write(dir); err != nil {
			t.Fatal(err)
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].Name() != "kernel.json" {
		t.Fatalf("kernel folder holds %v, want only kernel.json", entries)
	}
	data, err := os.ReadFile(filepath.Join(dir, "kernel.json"))
	if err != nil {
		t.Fatal(err)
	}
	// The keys Jupyter reads, as named in jupyter_client's kernelspec docs
	// (https://jupyter-client.readthedocs.io/en/stable/kernels.html#kernel-specs).
	var got struct {
		Argv          []string          `json:"argv"`
		DisplayName   string            `json:"display_name"`
		Language      string            `json:"language"`
		InterruptMode string            `json:"interrupt_mode"`
		Env           map[string]string `json:"env"`
	}
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatalf("kernel.json is not JSON: %v\n%s", err, data)
	}
	wantArgv := []string{"/data/kernels/gdlessons/bin/gonb", "--kernel", "{connection_file}", "--go_work=/src/lessons"}
	if !reflect.DeepEqual(got.Argv, wantArgv) {
		t.Errorf("argv = %q, want %q", got.Argv, wantArgv)
	}
	if got.DisplayName != "Go (gradient-descent lessons)" || got.Language != "go" || got.InterruptMode != "message" {
		t.Errorf("display_name, language, interrupt_mode = %q, %q, %q", got.DisplayName, got.Language, got.InterruptMode)
	}
	if want := "/data/kernels/gdlessons/bin:/usr/local/go/bin:${PATH}"; got.Env["PATH"] != want {
		t.Errorf("env PATH = %q, want %q", got.Env["PATH"], want)
	}
	if got.Env["GOPROXY"] != "off" {
		t.Errorf("env GOPROXY = %q, want off", got.Env["GOPROXY"])
	}
	// -ldflags=-s: link without DWARF and symbol table (see NewSpec).
	if got.Env["GOFLAGS"] != "-ldflags=-s" {
		t.Errorf("env GOFLAGS = %q, want -ldflags=-s", got.Env["GOFLAGS"])
	}
	// Cells build without cgo, as warmCaches compiles the lessons' packages
	// (see NewSpec).
	if got.Env["CGO_ENABLED"] != "0" {
		t.Errorf("env CGO_ENABLED = %q, want 0", got.Env["CGO_ENABLED"])
	}
}

func TestJupyterDataDir(t *testing.T) {
	// The order of jupyter_core.paths.jupyter_data_dir on Linux.
	t.Setenv("HOME", "/home/learner")
	t.Setenv("JUPYTER_DATA_DIR", "")
	t.Setenv("XDG_DATA_HOME", "")
	for _, c := range []struct{ jupyter, xdg, want string }{
		{"", "", "/home/learner/.local/share/jupyter"},
		{"", "/xdg", "/xdg/jupyter"},
		{"/j", "/xdg", "/j"},
	} {
		t.Setenv("JUPYTER_DATA_DIR", c.jupyter)
		t.Setenv("XDG_DATA_HOME", c.xdg)
		got, err := jupyterDataDir()
		if err != nil || got != c.want {
			t.Errorf("JUPYTER_DATA_DIR=%q XDG_DATA_HOME=%q: got %q, %v; want %q", c.jupyter, c.xdg, got, err, c.want)
		}
	}
}
