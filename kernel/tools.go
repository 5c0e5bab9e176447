package main

import (
	"fmt"
	"os"
	"path/filepath"
)

// Tools are the packages of the programs the kernel needs, each pinned by a
// tool directive in go.mod: the kernel itself, the import fixer it runs on
// every cell, and the language server behind completion and inspection.
var Tools = []string{
	"github.com/janpfeifer/gonb",
	"golang.org/x/tools/cmd/goimports",
	"golang.org/x/tools/gopls",
}

// toolBuildFlags are the go build flags of the tools: -trimpath keeps the
// module cache's location out of the binaries and out of the build cache's
// keys.
var toolBuildFlags = []string{"-trimpath"}

// toolBuildEnv is added to the environment of the tools' build: no cgo, so
// the binaries are static and the same whether or not a C compiler is
// installed (none of the tools needs cgo).
var toolBuildEnv = []string{"CGO_ENABLED=0"}

// CellBuildEnv is the environment in which the kernel builds a cell's
// program (see NewSpec) and in which warmCaches compiles LessonPackages, so
// that the build cache it fills is the one the cells use.
var CellBuildEnv = []string{"CGO_ENABLED=0"}

// LessonPackages are the packages a lesson imports; warmCaches compiles them
// (and so downloads their modules) at install time.
var LessonPackages = []string{
	ModulePath + "/gdlib/...",
	ModulePath + "/plotting/...",
	"github.com/janpfeifer/gonb/gonbui",
	"github.com/janpfeifer/gonb/gonbui/dom",
	"github.com/janpfeifer/gonb/gonbui/widgets",
}

// buildTools builds Tools into binDir. The binaries are built in a
// temporary folder beside binDir and then renamed into place, so a kernel
// that is running while this runs again keeps its (replaced) executables.
//
// They are built with toolBuildFlags and toolBuildEnv: static binaries that
// do not depend on where the module cache is, so every machine and image
// that builds them from the same go.mod and Go compiles the same packages,
// and a Go build cache filled on one serves another (the image build takes
// the host's cache that way: see docker/Dockerfile).
func buildTools(repo, binDir string) error {
	parent := filepath.Dir(binDir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(parent, ".build-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	args := append(append([]string{"build"}, toolBuildFlags...), "-o", tmp+string(filepath.Separator))
	if err := goRunEnv(repo, toolBuildEnv, append(args, Tools...)...); err != nil {
		return err
	}
	if err := os.MkdirAll(binDir, 0o755); err != nil {
		return err
	}
	for _, pkg := range Tools {
		name := filepath.Base(pkg)
		if err := os.Rename(filepath.Join(tmp, name), filepath.Join(binDir, name)); err != nil {
			return fmt.Errorf("installing %s: %v", name, err)
		}
	}
	return nil
}

// warmCaches downloads every module the repository needs and compiles
// LessonPackages, so that a notebook's first cell needs no network and finds
// its dependencies already compiled. A download that fails is an error; a
// lesson package that does not compile (say, mid-edit) is only reported,
// since the notebooks will show the same compiler errors.
func warmCaches(repo string) error {
	if err := goRun(repo, "mod", "download"); err != nil {
		return err
	}
	if err := goRunEnv(repo, CellBuildEnv, append([]string{"build"}, LessonPackages...)...); err != nil {
		step("warning: %v (the kernel is installed all the same)", err)
	}
	return nil
}
