package browser

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

// BuildLabPage builds the JupyterLab renderer page of labpage/ in a copy
// under work: npm ci from the committed package-lock.json (the exact
// versions of @jupyterlab/rendermime, outputarea and services), then the
// esbuild bundle. It returns the folder to serve as the Notebook server's
// extra static path: the page is then /static/gdlab/index.html.
func BuildLabPage(labpage, work string) (string, error) {
	if err := os.MkdirAll(filepath.Join(work, "src"), 0o755); err != nil {
		return "", err
	}
	for _, f := range []string{"package.json", "package-lock.json", "src/main.js", "src/index.html"} {
		data, err := os.ReadFile(filepath.Join(labpage, f))
		if err != nil {
			return "", err
		}
		if err := os.WriteFile(filepath.Join(work, f), data, 0o644); err != nil {
			return "", err
		}
	}
	for _, args := range [][]string{
		{"ci", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"},
		{"run", "build", "--silent"},
	} {
		cmd := exec.Command("npm", args...)
		cmd.Dir = work
		if out, err := cmd.CombinedOutput(); err != nil {
			return "", fmt.Errorf("npm %v in %s: %v\n%s", args, work, err, out)
		}
	}
	return filepath.Join(work, "dist"), nil
}

// JavaScript for the lab page (labpage/src/main.js), whose object is
// globalThis.gdlab.

// LabReady is true once the page's bundle has loaded.
const LabReady = `!!(globalThis.gdlab)`

// LabRun starts running notebook %q in a kernel %q, the steps of plan %s
// (JSON: [{index, source, kind}], or null for every code cell); it does
// not wait.
const LabRun = `(gdlab.run(%q, %q, %s), true)`

// LabStatus is the page's status as JSON (see main.js, status).
const LabStatus = `gdlab.status()`

// LabInterrupt interrupts the page's kernel through the REST API, as
// JupyterLab's ■ does.
const LabInterrupt = `(async () => {
	const id = JSON.parse(gdlab.status()).kernelId;
	const tok = new URLSearchParams(location.search).get("token");
	const r = await fetch("/api/kernels/" + id + "/interrupt", {method: "POST", headers: {Authorization: "token " + tok}});
	return r.ok;
})()`
