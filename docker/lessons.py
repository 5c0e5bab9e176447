"""lessons.py: execute lessons in the kernels they name, as a learner would,
and report what it took. Installed in the image as /opt/gdlessons/lessons.py.

usage: python3 lessons.py [--report FILE] [--first-program-cell] LESSON.ipynb...

Each lesson runs in a fresh kernel, every code cell in order, until the first
error (or, with --first-program-cell, until the first cell that runs a
program: a cell with %%). For each lesson it records the first error, the
seconds each code cell took, the first code cell's and the first program
cell's seconds, the whole lesson's seconds, and, sampled every 50 ms, the peak
of the summed resident memory of every process in the container but this one
and pid 1 (the kernel, go, the compiler and linker, gopls, the cell's program)
and the uids those processes ran as.

It prints a line for each lesson and writes the records as JSON to FILE
(standard output for -). It exits with status 1 when a lesson failed, 2 on
bad usage. docker/Dockerfile runs it on every lesson to warm Go's build cache
(a lesson that fails fails the build) and keeps the report in
/opt/gdlessons/warm-up.json; docker/image_test.go reads that report and runs
it again in a fresh container.
"""
import argparse
import json
import os
import sys
import threading
import time

import nbformat
from jupyter_client.kernelspec import KernelSpecManager
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

# CELL_TIMEOUT: seconds one cell may take. The slowest cell of the lessons,
# the first one compiled with an empty build cache, took 74 s on 2 busy cores.
CELL_TIMEOUT = 900


def processes():
    """Yields (pid, uid, resident kB) of every process but this one and pid 1."""
    for name in os.listdir("/proc"):
        if not name.isdigit() or int(name) in (1, os.getpid()):
            continue
        try:
            with open(f"/proc/{name}/status") as f:
                fields = dict(line.split(":", 1) for line in f if ":" in line)
        except OSError:
            continue  # the process ended meanwhile
        rss = int(fields.get("VmRSS", "0 kB").split()[0])
        yield int(name), int(fields["Uid"].split()[0]), rss


class Sampler(threading.Thread):
    """Samples processes() every 50 ms until stopped: peak summed RSS, uids."""

    def __init__(self):
        super().__init__(daemon=True)
        self.peak_kb, self.uids, self.stopped = 0, set(), threading.Event()

    def run(self):
        while not self.stopped.is_set():
            total = 0
            for _, uid, rss in processes():
                total += rss
                self.uids.add(uid)
            self.peak_kb = max(self.peak_kb, total)
            time.sleep(0.05)

    def stop(self):
        self.stopped.set()
        self.join()


def execute(path, first_program_cell=False):
    """Executes the notebook at path in a fresh kernel; returns its record."""
    nb = nbformat.read(path, as_version=4)
    kernel = nb.metadata.get("kernelspec", {}).get("name", "")
    record = {"lesson": os.path.basename(path), "kernel": kernel, "error": ""}
    try:
        record["kernel_dir"] = KernelSpecManager().get_kernel_spec(kernel).resource_dir
    except Exception as e:  # noqa: BLE001 - reported, not raised
        record["error"] = f"kernel {kernel!r}: {e}"
        return record
    client = NotebookClient(nb, timeout=CELL_TIMEOUT, kernel_name=kernel,
                            resources={"metadata": {"path": os.path.dirname(path)}})
    sampler = Sampler()
    sampler.start()
    start = time.monotonic()
    cell = {}
    try:
        with client.setup_kernel():
            for index, cell in enumerate(nb.cells):
                if cell.cell_type != "code":
                    continue
                t0 = time.monotonic()
                client.execute_cell(cell, index)
                seconds = time.monotonic() - t0
                record.setdefault("first_code_cell_s", seconds)
                if "%%" in cell.source:
                    record.setdefault("first_program_cell_s", seconds)
                record.setdefault("cell_s", []).append(seconds)
                if first_program_cell and "first_program_cell_s" in record:
                    break
    except CellExecutionError as e:
        # gonb shows what go printed (say, `go get`'s complaint) as HTML.
        shown = [json.dumps(o.get("data", o))[:1500] for o in cell.get("outputs", [])]
        record["error"] = (str(e)[-2000:] + "\ncell outputs: " + "\n".join(shown))[-6000:]
    except Exception as e:  # noqa: BLE001 - a dead kernel or a timeout is a result
        record["error"] = f"{type(e).__name__}: {e}"[-3000:]
    record["seconds"] = time.monotonic() - start
    sampler.stop()
    record["peak_rss_mb"] = sampler.peak_kb / 1024
    record["uids"] = sorted(sampler.uids)
    return record


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--report", default="-", help="where the JSON goes (default -, standard output)")
    parser.add_argument("--first-program-cell", action="store_true",
                        help="stop each lesson after its first cell that runs a program")
    parser.add_argument("lessons", nargs="+", metavar="LESSON.ipynb")
    args = parser.parse_args(argv)
    records = []
    for path in args.lessons:
        r = execute(path, args.first_program_cell)
        records.append(r)
        print(f"lessons.py: {r['lesson']}: {r['seconds']:.0f} s, first program cell "
              f"{r.get('first_program_cell_s', 0):.1f} s, peak RSS {r['peak_rss_mb']:.0f} MB"
              + (f"\nlessons.py: {r['lesson']} FAILED: {r['error']}" if r["error"] else ""),
              file=sys.stderr, flush=True)
    text = json.dumps({"lessons": records}, indent=1)
    if args.report == "-":
        print(text, flush=True)
    else:
        with open(args.report, "w") as f:
            f.write(text + "\n")
    return 1 if any(r["error"] for r in records) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
