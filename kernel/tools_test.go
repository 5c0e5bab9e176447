package main

import (
	"os"
	"slices"
	"testing"

	"golang.org/x/mod/modfile"
)

// TestToolsArePinnedInGoMod checks that every program the installer builds
// has a tool directive in go.mod, so its version is the pinned one.
func TestToolsArePinnedInGoMod(t *testing.T) {
	data, err := os.ReadFile("../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	f, err := modfile.Parse("go.mod", data, nil)
	if err != nil {
		t.Fatal(err)
	}
	var pinned []string
	for _, tool := range f.Tool {
		pinned = append(pinned, tool.Path)
	}
	for _, pkg := range Tools {
		if !slices.Contains(pinned, pkg) {
			t.Errorf("go.mod has no tool directive for %s (tools: %v)", pkg, pinned)
		}
	}
	// gonb v0.11.4 is the kernel version this project is built and tested
	// against; a change of version must be deliberate.
	for _, r := range f.Require {
		if r.Mod.Path == "github.com/janpfeifer/gonb" && r.Mod.Version != "v0.11.4" {
			t.Errorf("go.mod requires gonb %s, want v0.11.4", r.Mod.Version)
		}
	}
}
