//go:build unix

package gdlib

import "syscall"

// cpuNanos returns the CPU time (user + system) this process has used, in
// ns. On a shared machine a benchmark's CPU time is less disturbed by other
// processes than its wall time.
func cpuNanos() float64 {
	var r syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &r) != nil {
		return 0
	}
	return float64(r.Utime.Nano() + r.Stime.Nano())
}
