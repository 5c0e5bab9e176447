"""Measures the first completion of a fresh kernel, as a learner meets it.

Usage: completion.py KERNEL [WAIT [CELL]]

Starts KERNEL, executes a cell that imports gdlib and plotting (as every
lesson's first cell does), waits until WAIT seconds (default 0) have passed
since the kernel started, then asks for the completions of `gdlib.` at the
end of a new cell (complete_request, the Tab key), again and again until the
reply lists gdlib's names. Then asks once more (the warm figure).

gonb starts gopls with the kernel but first connects to it 12 s later
(goplsclient.ConnectTimeout, which it waits before its first attempt, in
gonb's internal/goexec/goplsclient/exec.go); a request made before then
waits for that connection, and gopls starts loading the packages only once
connected, answering with no matches until it has. So WAIT=0 times what a
learner meets who presses Tab at once, and WAIT=13 one who reads the lesson
first: the part that gopls and its cache decide. With CELL=cell, a cell
that prints is also run right after the first request, as a learner who
presses Tab and then Shift-Enter: gonb answers one request at a time, so
while a completion waits for gopls, so does that cell.

Prints one JSON object (seconds):
  start             kernel start to its first kernel_info_reply
  import_cell       the import cell
  asked_after       kernel start to the first complete_request
  first_completion  first complete_request to the first reply with matches
  attempts          how many requests that took
  matches           how many names that reply listed
  second_completion one more complete_request, gopls now warm
  cell_after_tab    with CELL: the cell run right after the first request
The gopls cache is the one the environment names (GOPLSCACHE, else
$XDG_CACHE_HOME or ~/.cache), so a caller makes it cold or warm by choosing
HOME and GOPLSCACHE.
"""

import json
import sys
import time

from jupyter_client.manager import start_new_kernel

from latency import run

IMPORTS = ('import (\n\t"fmt"\n\n\t"github.com/gdlessons/lessons/gdlib"\n'
           '\t"github.com/gdlessons/lessons/plotting"\n)\n\n'
           '%%\nfmt.Println(gdlib.Quadratic().Name, plotting.Jet() != nil)\n')
CODE = "%%\nf := gdlib."
GIVE_UP = 180  # seconds of empty replies before failing
# AFTER_CONNECT: a WAIT that asks once gonb has connected to gopls (12 s
# after the kernel started, see above), as a learner who reads first.
AFTER_CONNECT = 13


def complete(kc, then=None):
    """Sends a complete_request for CODE, calls then() if given (while the
    request is outstanding), and returns the reply's content."""
    msg_id = kc.complete(CODE, len(CODE))
    if then:
        then()
    while True:
        m = kc.get_shell_msg(timeout=GIVE_UP)
        if m["parent_header"].get("msg_id") == msg_id:
            return m["content"]


def measure(kernel, wait=0.0, cell_after=False):
    """The first completion of `gdlib.` in a new kernel (see the module's
    doc), asked wait seconds after the kernel started, with a printing cell
    run right after the first request if cell_after; returns the record."""
    out = {}
    started = time.time()
    km, kc = start_new_kernel(kernel_name=kernel, startup_timeout=120)
    out["start"] = time.time() - started
    try:
        out["import_cell"], _ = run(kc, IMPORTS)
        time.sleep(max(0.0, started + wait - time.time()))
        t = time.time()
        out["asked_after"] = t - started
        attempts, reply = 0, {}

        def cell():
            out["cell_after_tab"], _ = run(kc, '%%\nfmt.Println("after Tab")\n')

        while time.time() - t < GIVE_UP:
            attempts += 1
            reply = complete(kc, cell if cell_after and attempts == 1 else None)
            if reply.get("matches"):
                break
            time.sleep(0.1)
        out["first_completion"] = time.time() - t
        out["attempts"] = attempts
        out["matches"] = len(reply.get("matches", []))
        if not out["matches"]:
            raise RuntimeError(f"no completions of gdlib. after {GIVE_UP} s: {reply}")
        if "Quadratic" not in reply["matches"]:
            raise RuntimeError(f"the completions of gdlib. miss Quadratic: {reply['matches'][:20]}")
        t = time.time()
        complete(kc)
        out["second_completion"] = time.time() - t
    finally:
        kc.stop_channels()
        km.shutdown_kernel()
    return out


def main():
    wait = float(sys.argv[2]) if len(sys.argv) > 2 else 0.0
    cell_after = len(sys.argv) > 3 and sys.argv[3] == "cell"
    print(json.dumps(measure(sys.argv[1], wait, cell_after)))


if __name__ == "__main__":
    main()
