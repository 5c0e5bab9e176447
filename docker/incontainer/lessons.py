"""lessons.py: run by docker/image_test.go inside the lessons image, as the
container's command (after start.sh and its start-up hooks), with no network.

usage: python3 lessons.py DIR LESSON.ipynb...

For every lesson (a file in DIR) it starts a fresh kernel of the kind the
notebook names and executes every cell in order, recording the first error,
the seconds each code cell took (and the first code cell, and the first that
runs a program, a cell with %%), the seconds the whole lesson took, and,
sampled every 50 ms, the peak of the summed resident memory of every process in the
container but this one and tini (the kernel, go, the compiler and linker,
gopls, the cell's program) and the uids those processes ran as. It also
reports $GOCACHE/trim.txt as the start-up hook left it. Then it
executes the first lesson up to its first program cell once more in a
kernel whose Go build cache is empty: the reference for the first-cell time. It
prints one line, RESULT followed by a JSON object.
"""
import json
import os
import sys
import tempfile
import threading
import time

import nbformat
from jupyter_client.kernelspec import KernelSpecManager
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError


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


def execute(path, stop_after_program=False):
    """Executes the notebook at path in a fresh kernel; returns its record."""
    nb = nbformat.read(path, as_version=4)
    kernel = nb.metadata.get("kernelspec", {}).get("name", "")
    record = {"lesson": os.path.basename(path), "kernel": kernel, "error": ""}
    try:
        record["kernel_dir"] = KernelSpecManager().get_kernel_spec(kernel).resource_dir
    except Exception as e:  # noqa: BLE001 - reported, not raised
        record["error"] = f"kernel {kernel!r}: {e}"
        return record
    client = NotebookClient(nb, timeout=900, kernel_name=kernel,
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
                if "%%" in cell.source:  # the cell runs a program, not only declares
                    record.setdefault("first_program_cell_s", seconds)
                record.setdefault("cell_s", []).append(seconds)
                if stop_after_program and "first_program_cell_s" in record:
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


def main():
    folder, lessons = sys.argv[1], sys.argv[2:]
    with open("/proc/net/dev") as f:
        interfaces = [line.split(":")[0].strip() for line in f.readlines()[2:]]
    with open(os.path.join(os.environ["GOCACHE"], "trim.txt")) as f:
        trimmed = int(f.read().strip())
    result = {"uid": os.getuid(), "started": int(time.time()), "trim": trimmed, "interfaces": interfaces, "files": sorted(os.listdir(folder)),
              "env": {k: os.environ.get(k, "") for k in
                      ("GOPROXY", "GOSUMDB", "GOTOOLCHAIN", "GOMODCACHE", "GOCACHE", "HOME")},
              "lessons": [execute(os.path.join(folder, name)) for name in lessons]}
    if lessons:
        with tempfile.TemporaryDirectory() as empty:
            os.environ["GOCACHE"] = empty
            result["cold"] = execute(os.path.join(folder, lessons[0]), stop_after_program=True)
    print("RESULT " + json.dumps(result), flush=True)


main()
