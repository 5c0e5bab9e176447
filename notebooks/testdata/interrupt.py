"""Interrupts a Go cell that never ends, through jupyter_client.

Starts the kernel named by argv[1], runs a cell that prints "spinning" and
then loops forever, interrupts the kernel once the line is printed, and then
runs one more cell. Prints one JSON object of what happened; the Go test
notebooks/interrupt_test.go checks it.
"""

import json
import os
import sys
import time

from jupyter_client.manager import start_new_kernel

KERNEL = sys.argv[1]
WAIT = 300  # seconds: a cell compiles a Go program first (cold cache: longer)


def children(pid):
    """Descendant processes of pid as {pid: command name}, read from /proc."""
    parent = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    stat = f.read()
            except OSError:
                continue
            name = stat[stat.index("(") + 1 : stat.rindex(")")]
            ppid = int(stat[stat.rindex(")") + 2 :].split()[1])
            parent[int(entry)] = (ppid, name)
    found, todo = {}, [pid]
    while todo:
        p = todo.pop()
        for c, (pp, name) in parent.items():
            if pp == p and c not in found:
                found[c] = name
                todo.append(c)
    return found


def reply_to(kc, msg_id, timeout):
    end = time.time() + timeout
    while True:
        r = kc.get_shell_msg(timeout=max(0.1, end - time.time()))
        if r["parent_header"].get("msg_id") == msg_id:
            return r


def stdout_of(kc, msg_id, timeout, until=None):
    """Collects the stdout of msg_id until the kernel is idle (or until the
    text contains `until`)."""
    text = ""
    while True:
        m = kc.get_iopub_msg(timeout=timeout)
        if m["parent_header"].get("msg_id") != msg_id:
            continue
        if m["msg_type"] == "stream" and m["content"]["name"] == "stdout":
            text += m["content"]["text"]
            if until and until in text:
                return text
        if m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
            return text


def main():
    km, kc = start_new_kernel(kernel_name=KERNEL, startup_timeout=120)
    out = {}
    try:
        kernel_pid = km.provisioner.pid
        t0 = time.time()
        spin = kc.execute('%%\nfmt.Println("spinning")\nfor {\n}\n')
        stdout_of(kc, spin, WAIT, until="spinning")
        out["started_s"] = time.time() - t0
        time.sleep(1)  # the loop is now really running
        cells = {p: n for p, n in children(kernel_pid).items() if n.startswith("gonb_")}
        out["cell_processes_before"] = sorted(cells.values())

        t1 = time.time()
        km.interrupt_kernel()
        r = reply_to(kc, spin, 60)
        out["interrupt_s"] = time.time() - t1
        out["reply_status"] = r["content"]["status"]
        deadline = time.time() + 10
        while time.time() < deadline and any(p in children(kernel_pid) for p in cells):
            time.sleep(0.1)
        out["cell_processes_after"] = sorted(n for p, n in children(kernel_pid).items() if p in cells)

        t2 = time.time()
        nxt = kc.execute("%%\nfmt.Println(6 * 7)\n")
        out["next_stdout"] = stdout_of(kc, nxt, WAIT)
        out["next_status"] = reply_to(kc, nxt, WAIT)["content"]["status"]
        out["next_s"] = time.time() - t2
    finally:
        kc.stop_channels()
        km.shutdown_kernel()  # graceful: gonb then stops its gopls (a kill would orphan it)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
