package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

func main() {
	open := flag.Bool("open", false, "after setting up, open the lessons in JupyterLab (the classic Notebook when JupyterLab is not installed)")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "Usage: go run ./kernel [-open]\n\n"+
			"Builds gonb, goimports and gopls from go.mod, fills the Go caches and registers the\n"+
			"Jupyter kernel %q (%s) in $JUPYTER_DATA_DIR or ~/.local/share/jupyter.\n\n", KernelName, DisplayName)
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "kernel: unexpected argument %q (the only flag is -open)\n", flag.Arg(0))
		os.Exit(2)
	}
	if err := run(*open); err != nil {
		fmt.Fprintf(os.Stderr, "kernel: %v\n", err)
		os.Exit(1)
	}
}

// run sets up the kernel and, when open is true, starts Jupyter on the lessons.
func run(open bool) error {
	start := time.Now()
	repo, err := findRepo()
	if err != nil {
		return err
	}
	dataDir, err := jupyterDataDir()
	if err != nil {
		return err
	}
	kernelDir := filepath.Join(dataDir, "kernels", KernelName)
	binDir := filepath.Join(kernelDir, "bin")

	step("building gonb, goimports and gopls into %s", binDir)
	if err := buildTools(repo, binDir); err != nil {
		return err
	}
	step("filling the Go module and build caches for the lessons")
	if err := warmCaches(repo); err != nil {
		return err
	}
	goBin, err := goBinDir(repo)
	if err != nil {
		return err
	}
	spec := NewSpec(repo, binDir, goBin)
	if err := spec.Write(kernelDir); err != nil {
		return err
	}
	step("registered kernel %q (%s) in %s [%.1fs]", KernelName, DisplayName, kernelDir, time.Since(start).Seconds())
	if !open {
		return nil
	}
	return openLessons(filepath.Join(repo, "notebooks"))
}

// step prints one line of progress to standard error.
func step(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "kernel: "+format+"\n", args...)
}
