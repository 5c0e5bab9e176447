// Command kernel sets up the Go kernel for the gradient-descent lessons and,
// on request, opens them.
//
// Run it from anywhere inside this repository:
//
//	go run ./kernel          # build the tools, register the kernel
//	go run ./kernel -open    # the same, then open the lessons in the browser
//
// It does four things, each safe to repeat:
//
//  1. Builds the three programs the kernel needs, at the versions pinned by
//     the tool directives of go.mod: gonb (the Jupyter kernel for Go),
//     goimports (adds missing imports to a cell) and gopls (completion and
//     contextual help). They go into the kernel's own folder,
//     DATA/kernels/gdlessons/bin, replaced atomically so that a kernel that
//     is running keeps working.
//  2. Fills the Go module and build caches with everything the lessons
//     import (gdlib, plotting, gonb's gonbui and their dependencies),
//     compiled as the cells build, so a notebook needs no network and its
//     first cell compiles quickly.
//  3. Writes the kernelspec DATA/kernels/gdlessons/kernel.json, shown in
//     Jupyter as "Go (gradient-descent lessons)". It starts gonb with
//     -go_work set to this repository, so every notebook imports
//     github.com/gdlessons/lessons/gdlib and .../plotting with no setup
//     cell, and puts the tools folder and Go's own bin folder first on the
//     kernel's PATH, where gonb looks for go, goimports and gopls. Cells
//     build offline (GOPROXY=off), without cgo and linked without debug
//     information (CGO_ENABLED=0, GOFLAGS=-ldflags=-s), which keeps the
//     edit loop short: see NewSpec.
//  4. With -open, starts JupyterLab in the notebooks folder: the one of the
//     project's Python environment (kernel/venv.sh installs it from PyPI,
//     pinned, into ~/.local/share/gdlessons/venv; see internal/venv), or a
//     jupyter-lab on PATH. Without JupyterLab it says so and falls back to
//     the classic Notebook (`jupyter notebook`, as Debian ships it).
//
// DATA is Jupyter's data folder: $JUPYTER_DATA_DIR when set, else
// $XDG_DATA_HOME/jupyter, else ~/.local/share/jupyter, the same rule that
// `jupyter --data-dir` follows. An existing "gonb" kernel is left alone: this
// kernel has its own name, gdlessons.
package main
