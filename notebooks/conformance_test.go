package notebooks_test

import (
	"encoding/json"
	"sort"
	"testing"
)

// conformance lists every test of testdata/conformance.py (the KernelTests
// of jupyter_kernel_test 0.7.0, pinned in kernel/requirements.txt, plus
// this project's test_gonb_* tests; its IopubWelcomeTests, for kernels that
// declare iopub_welcome, are not run) with the outcome the installed kernel
// (gonb v0.11.4 + gopls v0.23.0) must give.
// A "skip" is a base test that gonb cannot pass or that does not apply to
// Go; its reason is here, and where gonb has a behaviour of its own a
// test_gonb_* test pins it.
var conformance = map[string]struct{ outcome, why string }{
	"test_kernel_info":                 {"pass", "language_info: go, .go"},
	"test_execute_stdout":              {"pass", "hello, world on stdout"},
	"test_execute_stderr":              {"pass", "os.Stderr reaches the stderr stream"},
	"test_display_data":                {"pass", "gonbui.DisplayHTML sends display_data text/html"},
	"test_error":                       {"skip", `a failing cell sends "exit status N" on stderr before the error message; the base test wants the error alone (test_gonb_error_is_reported checks both)`},
	"test_completion":                  {"pass", "complete_reply schema; content in test_gonb_complete_gdlib"},
	"test_inspect":                     {"pass", "inspect_reply schema, found; content in test_gonb_inspect_gdlib"},
	"test_is_complete":                 {"skip", "gonb v0.11.4 sends no is_complete_reply (pinned by test_gonb_is_complete_unanswered)"},
	"test_history":                     {"skip", "gonb v0.11.4 sends no history_reply (pinned by test_gonb_history_unanswered)"},
	"test_execute_result":              {"skip", "Go cells have no value: they print (stream) or display (display_data); gonb sends no execute_result"},
	"test_pager":                       {"skip", "gonb has no pager payloads (help comes from inspect_request)"},
	"test_clear_output":                {"skip", "gonbui has no call that sends clear_output (it updates a display in place instead)"},
	"test_gonb_complete_gdlib":         {"pass", `"%%\nf := gdlib.Pea" completes to Peaks, replacing "Pea"`},
	"test_gonb_inspect_gdlib":          {"pass", "inspecting gdlib.Peaks shows its signature and doc comment"},
	"test_gonb_error_is_reported":      {"pass", `a panic ends the cell with status error, "exit status 2" on stderr and an error message`},
	"test_gonb_is_complete_unanswered": {"pass", "no is_complete_reply within 5 s"},
	"test_gonb_history_unanswered":     {"pass", "no history_reply within 5 s"},
	"test_gonb_interrupt":              {"pass", "an interrupt ends `for {}` and the next cell prints 42"},
}

func TestKernelConformance(t *testing.T) {
	env := kernelEnv(t)
	out := runPython(t, env, "conformance.py", KernelName)
	var got struct {
		Seconds         float64 `json:"seconds"`
		FirstCompletion struct {
			Seconds float64 `json:"seconds"`
			Status  string  `json:"status"`
			Matches int     `json:"matches"`
		} `json:"first_completion"`
		Tests map[string]struct {
			Outcome string `json:"outcome"`
			Message string `json:"message"`
		} `json:"tests"`
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("conformance.py printed no JSON: %v\n%s", err, out)
	}
	t.Logf("conformance suite: %d tests in %.1fs", len(got.Tests), got.Seconds)
	fc := got.FirstCompletion
	t.Logf("first completion after kernel start: %s, %d matches, in %.1fs", fc.Status, fc.Matches, fc.Seconds)
	var names []string
	for name := range got.Tests {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		g := got.Tests[name]
		want, ok := conformance[name]
		switch {
		case !ok:
			t.Errorf("%s: %s, but the test is not listed in conformance (say what it must give)", name, g.Outcome)
		case g.Outcome != want.outcome:
			t.Errorf("%s: %s, want %s (%s)\n%s", name, g.Outcome, want.outcome, want.why, g.Message)
		default:
			t.Logf("%-34s %s: %s", name, g.Outcome, want.why)
		}
	}
	for name := range conformance {
		if _, ok := got.Tests[name]; !ok {
			t.Errorf("%s did not run", name)
		}
	}
}
