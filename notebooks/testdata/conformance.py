"""Jupyter kernel conformance for the project's Go kernel (gonb + gopls).

Runs jupyter_kernel_test (from the project's environment, kernel/venv.sh)
against the kernel named by argv[1] and prints one JSON object: for every test, its
outcome ("pass", "fail", "error" or "skip") and message. The Go test
notebooks/conformance_test.go decides which outcomes are required.

Base tests of jupyter_kernel_test 0.7.0 that gonb v0.11.4 cannot pass are
left without samples, so the base skips them, and each has a "test_gonb_*"
test here that pins the behaviour gonb does have instead (so an upgrade that
changes it shows up).
"""

import json
import os
import sys
import time
import unittest
from queue import Empty

import jupyter_kernel_test as jkt

KERNEL = sys.argv[1] if len(sys.argv) > 1 else "gdlessons"

# How long to wait for a reply that gonb sends: a cell compiles a Go
# program (seconds), and gopls loads the workspace on its first request.
REPLY = 120
# How long to wait for a reply that gonb v0.11.4 never sends.
SILENCE = 5

# The base tests wait jkt.TIMEOUT (15 s) for a reply: too short for a cell
# that compiles on a busy 2-core machine. (Read at call time by test_inspect.)
jkt.TIMEOUT = REPLY

# The first completion request after the kernel starts: see setUpClass.
FIRST_COMPLETION = {}


class GoKernelTests(jkt.KernelTests):
    kernel_name = KERNEL
    language_name = "go"
    file_extension = ".go"

    # Executed cells. In gonb, statements after %% form the body of main().
    code_hello_world = '%%\nfmt.Println("hello, world")'
    code_stderr = '%%\nfmt.Fprintln(os.Stderr, "to stderr")'
    code_display_data = [
        {"code": '%%\ngonbui.DisplayHTML("<b>bold</b>")\ngonbui.Sync()', "mime": "text/html"},
    ]

    # Editing: completion and inspection go to gopls through gonb. Only the
    # message schema is checked by the base tests; test_gonb_complete_gdlib
    # and test_gonb_inspect_gdlib check the content.
    completion_samples = [{"text": "%%\nf := gdlib.Pea"}]
    code_inspect_sample = "%%\nf := gdlib.Peaks"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # gonb gives each gopls request 8 s (CommunicationTimeout in
        # internal/goexec/goplsclient/conn.go); the first one after the kernel
        # starts also waits for gopls to load the workspace and may run out
        # of time (status "error", with no ename: invalid per the messaging
        # spec). It is measured here, not asserted, and the tests below start
        # after it.
        code = "%%\nf := gdlib.Pea"
        start = time.time()
        msg_id = cls.kc.complete(code, len(code))
        while True:
            reply = cls.kc.get_shell_msg(timeout=REPLY)
            if reply["parent_header"].get("msg_id") == msg_id:
                break
        FIRST_COMPLETION.update(seconds=time.time() - start, status=reply["content"]["status"],
                                matches=len(reply["content"].get("matches", [])))

    def execute_helper(self, code, timeout=REPLY, **kwargs):
        # The base's default timeout was bound to 15 s when it was defined.
        return super().execute_helper(code, timeout=timeout, **kwargs)

    def reply_to(self, msg_id, timeout=REPLY):
        """The shell reply whose parent is msg_id (others are dropped)."""
        end = time.time() + timeout
        while True:
            left = end - time.time()
            if left <= 0:
                raise Empty
            reply = self.kc.get_shell_msg(timeout=left)
            if reply["parent_header"].get("msg_id") == msg_id:
                return reply

    def run_cell(self, code, timeout=REPLY):
        """Executes code; returns the reply and the cell's stdout text."""
        self.flush_channels()
        msg_id = self.kc.execute(code)
        reply = self.reply_to(msg_id, timeout)
        out = []
        while True:
            msg = self.kc.get_iopub_msg(timeout=timeout)
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "stream" and msg["content"]["name"] == "stdout":
                out.append(msg["content"]["text"])
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                return reply, "".join(out)

    def test_gonb_complete_gdlib(self):
        # "Pea" at the end of a main-body line completes to gdlib's Peaks,
        # replacing the three typed letters.
        code = "%%\nf := gdlib.Pea"
        reply = self.reply_to(self.kc.complete(code, len(code)))
        c = reply["content"]
        self.assertEqual(c["status"], "ok")
        self.assertIn("Peaks", c["matches"])
        self.assertEqual((c["cursor_start"], c["cursor_end"]), (len(code) - 3, len(code)))

    def test_gonb_inspect_gdlib(self):
        # Shift-Tab on gdlib.Peaks shows its signature and doc comment.
        code = "%%\nf := gdlib.Peaks()"
        reply = self.reply_to(self.kc.inspect(code, code.index("Peaks") + 2))
        c = reply["content"]
        self.assertEqual(c["status"], "ok")
        self.assertTrue(c["found"])
        doc = c["data"].get("text/markdown", "")
        self.assertIn("func gdlib.Peaks() *gdlib.Function", doc)
        self.assertIn("Peaks returns", doc)  # the first words of its doc comment

    def test_gonb_error_is_reported(self):
        # A panic ends the cell with status "error" and an error message. Before
        # it, gonb sends the program's stderr and a line "exit status 2" on
        # stderr (even os.Exit(3) gives "exit status 3" there, then the
        # error), which is why the base test_error, wanting exactly one
        # output message, has no sample.
        self.flush_channels()
        msg_id = self.kc.execute('%%\npanic("boom")')
        reply = self.reply_to(msg_id)
        self.assertEqual(reply["content"]["status"], "error")
        kinds = []
        while True:
            msg = self.kc.get_iopub_msg(timeout=REPLY)
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                break
            kinds.append(msg["msg_type"])
            if msg["msg_type"] == "error":
                self.assertEqual(msg["content"]["evalue"], "exit status 2")
        self.assertIn("error", kinds)
        self.assertIn("stream", kinds)

    def test_gonb_is_complete_unanswered(self):
        # gonb v0.11.4 ignores is_complete_request ("not a console like
        # kernel": internal/dispatcher/dispatcher.go), so no reply comes.
        # Notebook front-ends do not send it; consoles would wait.
        msg_id = self.kc.is_complete("%%\nfor {")
        with self.assertRaises(Empty):
            self.reply_to(msg_id, SILENCE)

    def test_gonb_history_unanswered(self):
        # gonb v0.11.4 has no handler for history_request: it logs
        # "Unhandled shell-socket message" and sends no reply.
        msg_id = self.kc.history(hist_access_type="tail", n=1)
        with self.assertRaises(Empty):
            self.reply_to(msg_id, SILENCE)

    def test_gonb_interrupt(self):
        # An interrupt (interrupt_mode "message") ends a cell that spins
        # forever, and the kernel then runs the next cell.
        self.flush_channels()
        msg_id = self.kc.execute('%%\nfmt.Println("spinning")\nfor {\n}')
        while True:
            msg = self.kc.get_iopub_msg(timeout=REPLY)
            if (msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "stream"
                    and "spinning" in msg["content"]["text"]):
                break
        self.km.interrupt_kernel()
        reply = self.reply_to(msg_id, 60)
        self.assertNotEqual(reply["content"]["status"], "ok")
        reply, out = self.run_cell("%%\nfmt.Println(6 * 7)")
        self.assertEqual(reply["content"]["status"], "ok")
        self.assertEqual(out.strip(), "42")


class Collect(unittest.TextTestResult):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.outcomes = {}

    def _name(self, test):
        return test.id().rsplit(".", 1)[-1]

    def addSuccess(self, test):
        super().addSuccess(test)
        self.outcomes.setdefault(self._name(test), {"outcome": "pass", "message": ""})

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self.outcomes[self._name(test)] = {"outcome": "fail", "message": self._exc_info_to_string(err, test)}

    def addError(self, test, err):
        super().addError(test, err)
        self.outcomes[self._name(test)] = {"outcome": "error", "message": self._exc_info_to_string(err, test)}

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self.outcomes[self._name(test)] = {"outcome": "skip", "message": reason}

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            kind = "fail" if issubclass(err[0], test.failureException) else "error"
            self.outcomes[self._name(test)] = {"outcome": kind, "message": self._exc_info_to_string(err, test)}


if __name__ == "__main__":
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(GoKernelTests)
    runner = unittest.TextTestRunner(stream=sys.stderr, verbosity=2, resultclass=Collect)
    start = time.time()
    result = runner.run(suite)
    print(json.dumps({"seconds": time.time() - start, "first_completion": FIRST_COMPLETION,
                      "tests": result.outcomes}, indent=1))
