"""Measures the edit loop: one cell re-run with one literal changed, as a learner does.

Usage: edited.py KERNEL ROUNDS ARM...

Each ARM is NAME:VAR=VALUE;VAR=VALUE...: a kernel started from KERNEL's
kernelspec with those environment variables set over the kernelspec's own
(an empty VALUE unsets one; NAME alone runs the kernelspec as it is), e.g.
"spec", "cgo:CGO_ENABLED=1" and "dwarf:GOFLAGS=;CGO_ENABLED=1". All arms'
kernels run at once and take turns cell by cell (every cell kind in every
arm once per round), so they share whatever load the machine has.

In every round each arm runs, with a literal that no earlier run used (so
gonb writes, compiles and links a new program each time):
  println   fmt.Println(K): the floor of a cell that the learner edits
  print     a 100-step gradient-descent run on gdlib.Quadratic, printed
  curve     the same run drawn on the function's curve (plotting.Show)
  contour   a 1000-step run on gdlib.Peaks drawn on its contour map
  inside    no figure shown: times plotting.SVG and plotting.Bundle of a
            curve and of a contour map inside the cell and prints them
Each kernel logs with gonb's own -v=2 log (klog, microsecond timestamps),
from which every cell's time is split into gonb's steps.

Then, in a copy of the first arm's gonb folder, the last curve cell's main.go
is built again ROUNDS times per arm with a new literal each time, with
`go build -debug-actiongraph`, which records when each of go's actions (the
compile of package main, the link) started and ended.

Prints one JSON object; times in seconds.
"""

import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import start_new_kernel

from latency import run

SETUP = ('import (\n\t"fmt"\n\t"os"\n\t"time"\n\n\t"github.com/gdlessons/lessons/gdlib"\n'
         '\t"github.com/gdlessons/lessons/plotting"\n)\n\n'
         'var f = gdlib.Quadratic()\nvar p = gdlib.Peaks()\n\n'
         '%%\nfmt.Println(f.Name, p.Name, time.Second)\nfmt.Println("GONB_TMP_DIR", os.Getenv("GONB_TMP_DIR"))\n')

RUN1 = "run := gdlib.MustRun(f, gdlib.Pt({x}), gdlib.GD(0.01), &gdlib.Settings{{Steps: 100}})\n"
RUN2 = "run := gdlib.MustRun(p, gdlib.Pt(0, {x}), gdlib.GD(0.01), &gdlib.Settings{{Steps: 1000}})\n"

CELLS = {
    "println": "%%\nfmt.Println({x})\n",
    "print": "%%\n" + RUN1 + "fmt.Println(run)\n",
    "curve": "%%\n" + RUN1 + "plotting.Show(plotting.Curve(f).With(run))\n",
    "contour": "%%\n" + RUN2 + "plotting.Show(plotting.Contour(p, 10).With(run))\n",
    "inside": (
        "%%\n" + RUN1 +
        "t := time.Now()\n"
        "figs := []plotting.Figure{{plotting.Curve(f).With(run), plotting.Contour(p, 10)}}\n"
        "for i, fig := range figs {{\n"
        "\tt = time.Now()\n\t_, _ = plotting.SVG(fig)\n\tsvg := time.Since(t).Seconds()\n"
        "\tt = time.Now()\n\t_, _ = plotting.Bundle(fig)\n\tbundle := time.Since(t).Seconds()\n"
        '\tfmt.Printf("INSIDE %d %g %g\\n", i, svg, bundle)\n'
        "}}\n"
    ),
}
FIGURES = {"curve", "contour"}

# gonb's klog lines: "I1202 14:35:00.123456    1234 file.go:99] message".
KLOG = re.compile(r"^[IWEF]\d{4} (\d\d):(\d\d):(\d\d\.\d+)\s+\d+ \S+\] (.*)$")

# The steps of one cell in gonb's log, in order (internal/goexec/execcode.go:
# executeCellImpl, GoImports, Compile); each step ends where the next begins.
# (gonb prefixes each message with its kernel's coloured id.)
MARKS = [
    ("parse", lambda m: "ExecuteCell: [" in m),
    ("goimports", lambda m: "Executing " in m and "goimports -w" in m),
    ("go_get", lambda m: "Executing " in m and m.endswith(" get")),
    ("gap", lambda m: "ExecuteCell: after s.GoImports()" in m),
    ("build", lambda m: "Executing " in m and " build -o " in m),
    ("run", lambda m: "ExecuteCell: after s.Compile()" in m),
    ("end", lambda m: "PostExecuteCell()" in m),
]


def literal(i):
    return f"{1 + i / 1000:.3f}"


def parse_log(path):
    """Per cell, the seconds of each step of MARKS, from gonb's log."""
    cells, cur = [], None
    with open(path, errors="replace") as fh:
        for line in fh:
            m = KLOG.match(line.rstrip("\n"))
            if not m:
                continue
            t = int(m[1]) * 3600 + int(m[2]) * 60 + float(m[3])
            msg = m[4]
            for name, match in MARKS:
                if match(msg):
                    if name == "parse":
                        cur = {}
                        cells.append(cur)
                    if cur is not None and name not in cur:
                        cur[name] = t
                    break
    steps = []
    for c in cells:
        names = [n for n, _ in MARKS if n in c]
        steps.append({a: c[b] - c[a] for a, b in zip(names, names[1:])} | {"gonb_total": c[names[-1]] - c[names[0]]})
    return steps


def over(env, changes):
    """env with changes applied: "VAR=VALUE" sets, "VAR=" unsets."""
    env = dict(env)
    for c in changes:
        var, _, value = c.partition("=")
        if value:
            env[var] = value
        else:
            env.pop(var, None)
    return env


def start_arm(arg, kernel, specs_dir, logs_dir):
    name, _, changes = arg.partition(":")
    changes = [c for c in changes.split(";") if c]
    spec = KernelSpecManager().get_kernel_spec(kernel)
    env = over(spec.env, changes)
    d = os.path.join(specs_dir, "kernels", f"{kernel}-{name}")
    os.makedirs(d)
    with open(os.path.join(d, "kernel.json"), "w") as fh:
        json.dump({"argv": spec.argv, "display_name": name, "language": spec.language,
                   "interrupt_mode": spec.interrupt_mode, "env": env}, fh)
    log = os.path.join(logs_dir, name + ".log")
    km, kc = start_new_kernel(kernel_name=f"{kernel}-{name}", startup_timeout=120,
                              extra_arguments=[f"--extra_log={log}", "-v=2"])
    # What the build breakdown sets over its own environment: the arm's Go
    # settings as the kernel has them (PATH and the rest stay this process's).
    spec_env = [f"{v}={env.get(v, '')}" for v in ("GOFLAGS", "CGO_ENABLED", "GOPROXY")]
    return {"name": name, "env": {k: env[k] for k in sorted(env) if k != "PATH"},
            "spec_env": spec_env, "km": km, "kc": kc, "log": log}


def build_breakdown(d, arms, rounds):
    """go build, in d (a copy of gonb's folder after a curve cell), of its
    main.go with a new literal each time, per arm, split into the compile of
    package main and the link by -debug-actiongraph; and the program's run."""
    out = {a["name"]: [] for a in arms}
    with open(os.path.join(d, "main.go")) as fh:
        code = fh.read()
    lit = re.search(r"gdlib\.Pt\((1\.\d\d\d)\)", code)[1]
    n = 0
    for _ in range(rounds):
        for a in arms:
            n += 1
            with open(os.path.join(d, "main.go"), "w") as fh:
                fh.write(code.replace(f"gdlib.Pt({lit})", f"gdlib.Pt({2 + n / 1000:.3f})"))
            env = over(dict(os.environ), a["spec_env"])
            ag, binary = os.path.join(d, "ag.json"), os.path.join(d, "bin")
            t = time.time()
            subprocess.run(["go", "build", "-o", binary, f"-debug-actiongraph={ag}"],
                           cwd=d, env=env, check=True, capture_output=True)
            row = {"go_build": time.time() - t, "compile_main": 0.0, "link": 0.0,
                   "binary_bytes": os.path.getsize(binary)}
            with open(ag) as fh:
                for act in json.load(fh):
                    if not act.get("TimeStart") or not act.get("TimeDone"):
                        continue
                    dt = parse_time(act["TimeDone"]) - parse_time(act["TimeStart"])
                    if act["Mode"] == "build" and act.get("Package") == "main" or \
                            act["Mode"] == "build" and act.get("Package", "").startswith("gonb_"):
                        row["compile_main"] += dt
                    elif act["Mode"] in ("link", "link-install"):
                        row["link"] += dt
            t = time.time()
            subprocess.run([binary], cwd=d, check=True, capture_output=True)
            row["run_outside_kernel"] = time.time() - t
            out[a["name"]].append(row)
    return {name: {"rows": rows} | {k: statistics.median([r[k] for r in rows]) for k in rows[0]}
            for name, rows in out.items()}


def parse_time(s):
    # "2026-12-02T14:35:00.123456789Z": seconds of the day are enough here.
    hms = s.split("T")[1].rstrip("Z").split("+")[0]
    h, m, sec = hms.split(":")
    return int(h) * 3600 + int(m) * 60 + float(sec)


def main():
    kernel, rounds, arm_args = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    specs = tempfile.mkdtemp(prefix="edited-specs-")
    logs = tempfile.mkdtemp(prefix="edited-logs-")
    os.environ["JUPYTER_PATH"] = specs + os.pathsep + os.environ.get("JUPYTER_PATH", "")
    arms, stopped = [], False
    try:
        for a in arm_args:
            arms.append(start_arm(a, kernel, specs, logs))
        for a in arms:
            _, _, text = run(a["kc"], SETUP, want_text=True)
            a["dir"] = re.search(r"GONB_TMP_DIR (\S+)", text)[1]
        saved = tempfile.mkdtemp(prefix="edited-build-")
        times = {a["name"]: {k: [] for k in CELLS} for a in arms}
        inside = {a["name"]: [] for a in arms}
        n = 0
        for _ in range(rounds):
            for kind, tmpl in CELLS.items():
                for a in arms:
                    n += 1
                    s, kinds, text = run(a["kc"], tmpl.format(x=literal(n)), want_text=True)
                    if (kind in FIGURES) != ("display_data" in kinds):
                        raise RuntimeError(f"{kind} cell: messages {kinds}")
                    times[a["name"]][kind].append(s)
                    if kind == "curve" and a is arms[0]:
                        for f in os.listdir(a["dir"]):
                            if f.endswith(".go") or f.startswith("go."):
                                shutil.copy(os.path.join(a["dir"], f), saved)
                    for m in re.finditer(r"INSIDE (\d) (\S+) (\S+)", text):
                        inside[a["name"]].append({"fig": ["curve", "contour"][int(m[1])],
                                                  "svg": float(m[2]), "bundle": float(m[3])})
        out = {"load_average": os.getloadavg(), "rounds": rounds, "arms": {}}
        for a in arms:  # gonb flushes its log when it stops
            a["kc"].stop_channels()
            a["km"].shutdown_kernel()
        stopped = True
        for a in arms:
            steps = parse_log(a["log"])[1:]  # the first is the setup cell
            by_kind = {k: [] for k in CELLS}
            i = 0
            for _ in range(rounds):
                for kind in CELLS:
                    by_kind[kind].append(steps[i] if i < len(steps) else {})
                    i += 1
            t = times[a["name"]]
            out["arms"][a["name"]] = {
                "env": a["env"],
                "cells": t,
                "median": {k: statistics.median(v) for k, v in t.items()},
                "ratio_to_println": {k: statistics.median(v) / statistics.median(t["println"]) for k, v in t.items()},
                "steps_median": {k: {s: statistics.median([c.get(s, 0.0) for c in v]) for s in
                                     ["parse", "goimports", "go_get", "gap", "build", "run", "gonb_total"]}
                                 for k, v in by_kind.items()},
                "inside": inside[a["name"]],
            }
        out["build"] = build_breakdown(saved, arms, rounds)
        out["load_average_end"] = os.getloadavg()
        shutil.rmtree(saved, ignore_errors=True)
    finally:
        if not stopped:
            for a in arms:
                a["kc"].stop_channels()
                a["km"].shutdown_kernel()
        shutil.rmtree(specs, ignore_errors=True)
        shutil.rmtree(logs, ignore_errors=True)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
