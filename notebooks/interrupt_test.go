package notebooks_test

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestInterruptStopsLongCell runs a cell that loops forever in the installed
// kernel, interrupts it as the toolbar's ■ does (interrupt_mode "message"),
// and checks that the cell ends with an error status, that its program is
// gone, and that the kernel then runs the next cell.
func TestInterruptStopsLongCell(t *testing.T) {
	env := kernelEnv(t)
	out := runPython(t, env, "interrupt.py", KernelName)
	var got struct {
		StartedS    float64  `json:"started_s"`
		InterruptS  float64  `json:"interrupt_s"`
		ReplyStatus string   `json:"reply_status"`
		Before      []string `json:"cell_processes_before"`
		After       []string `json:"cell_processes_after"`
		NextStdout  string   `json:"next_stdout"`
		NextStatus  string   `json:"next_status"`
		NextS       float64  `json:"next_s"`
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("interrupt.py printed no JSON: %v\n%s", err, out)
	}
	t.Logf("spinning after %.1fs; interrupt answered in %.2fs; next cell in %.1fs", got.StartedS, got.InterruptS, got.NextS)
	if len(got.Before) != 1 {
		t.Errorf("while spinning, the kernel runs cell programs %q, want exactly one", got.Before)
	}
	if got.ReplyStatus != "error" {
		t.Errorf("the interrupted cell's reply status is %q, want error", got.ReplyStatus)
	}
	if len(got.After) != 0 {
		t.Errorf("cell programs %q still run 10 s after the interrupt", got.After)
	}
	if got.NextStatus != "ok" || strings.TrimSpace(got.NextStdout) != "42" {
		t.Errorf("after the interrupt, the next cell gave status %q and stdout %q, want ok and 42", got.NextStatus, got.NextStdout)
	}
}
