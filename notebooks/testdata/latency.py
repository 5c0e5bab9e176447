"""Measures the installed kernel's latencies, with a reference from the same run.

Usage: latency.py KERNEL PLOT_CELLS

Prints one JSON object (seconds):
  go_build_hello   `go build` of a hello-world program with the same Go cache:
                   the floor of any Go cell, which gonb compiles and runs
  start            kernel start to its first kernel_info_reply
  first_cell       the first cell of a fresh kernel: it imports gdlib and
                   plotting and prints a function's name
  plot_cells       PLOT_CELLS cells, each drawing a curve with plotting.Show,
                   in the same (now warm) kernel
The Go build cache is the one in the environment (GOCACHE), so a caller can
make it cold by pointing GOCACHE at an empty folder.
"""

import json
import os
import subprocess
import sys
import tempfile
import time

from jupyter_client.manager import start_new_kernel

WAIT = 1800  # seconds: with a cold cache the first cell compiles gonum and gonum/plot

FIRST = ('import (\n\t"fmt"\n\n\t"github.com/gdlessons/lessons/gdlib"\n'
         '\t"github.com/gdlessons/lessons/plotting"\n)\n\n%%\nfmt.Println(gdlib.Quadratic().Name)\n')
PLOT = "%%\nplotting.Show(plotting.Curve(gdlib.Quadratic()))\n"


def go_build_hello():
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, "main.go"), "w") as f:
            f.write('package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hello") }\n')
        subprocess.run(["go", "mod", "init", "hello"], cwd=d, check=True, capture_output=True)
        t = time.time()
        subprocess.run(["go", "build", "-o", "hello"], cwd=d, check=True, capture_output=True)
        return time.time() - t


def run(kc, code, want_text=False):
    """Seconds from execute_request to the kernel going idle, and the kinds of
    message the cell sent (with want_text, also the text it printed); fails on
    error."""
    t = time.time()
    msg_id = kc.execute(code)
    kinds, text = [], []
    while True:
        m = kc.get_iopub_msg(timeout=WAIT)
        if m["parent_header"].get("msg_id") != msg_id:
            continue
        kinds.append(m["msg_type"])
        if m["msg_type"] == "error":
            raise RuntimeError(f"cell failed: {m['content']}")
        if m["msg_type"] == "stream":
            text.append(m["content"]["text"])
        if m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
            s = time.time() - t
            return (s, kinds, "".join(text)) if want_text else (s, kinds)


def main():
    kernel, plot_cells = sys.argv[1], int(sys.argv[2])
    out = {"go_build_hello": go_build_hello()}
    t = time.time()
    km, kc = start_new_kernel(kernel_name=kernel, startup_timeout=120)
    out["start"] = time.time() - t
    try:
        out["first_cell"], _ = run(kc, FIRST)
        out["plot_cells"] = []
        for _ in range(plot_cells):
            s, kinds = run(kc, PLOT)
            if "display_data" not in kinds:
                raise RuntimeError(f"the plotting cell showed no figure: {kinds}")
            out["plot_cells"].append(s)
    finally:
        kc.stop_channels()
        km.shutdown_kernel()  # graceful: gonb then stops its gopls (a kill would orphan it)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
