package plotting

import (
	"syscall"
	"testing"
	"time"

	"github.com/gdlessons/lessons/gdlib"
)

// rosenbrockPanels is lesson 12's largest figure: six contour panels of
// Rosenbrock's valley (18 log-spaced levels each), one optimizer's run of
// up to 5000 steps from (−1.2, 1) on each, as the lesson's race draws them.
func rosenbrockPanels() Figure {
	f := gdlib.Rosenbrock()
	opts := []gdlib.Transform{gdlib.GD(0.001), gdlib.Momentum(0.001, 0.9), gdlib.Nesterov(0.001, 0.9),
		gdlib.AdaGrad(0.5), gdlib.RMSProp(0.001, 0.99), gdlib.Adam(0.05)}
	figs := make([]Figure, len(opts))
	for i, o := range opts {
		m := Contour(f, 18).With(mustRun(f, gdlib.Pt(-1.2, 1), o, 5000)).WithMinima()
		m.Key = nil
		figs[i] = m
	}
	return Grid(2, 3, figs...)
}

// benchBundle measures Bundle on fig and reports the sizes of its parts
// as they are stored in a notebook (the PNG in base64, as gonb sends it),
// and the process's CPU time per call (user + system, from getrusage), which
// a machine busy with other work does not inflate as it does wall time.
func benchBundle(b *testing.B, fig Figure) {
	var html, png int
	cpu0 := cpuTime()
	for b.Loop() {
		bd, err := Bundle(fig)
		if err != nil {
			b.Fatal(err)
		}
		html, png = len(bd["text/html"].(string)), len(bd["image/png"].([]byte))
	}
	b.ReportMetric(float64((cpuTime()-cpu0).Milliseconds())/float64(b.N), "cpu-ms/op")
	b64 := (png + 2) / 3 * 4
	b.ReportMetric(float64(html), "html-bytes")
	b.ReportMetric(float64(png), "png-bytes")
	b.ReportMetric(float64(html+b64), "stored-bytes")
}

func BenchmarkBundleHeatmapRun(b *testing.B) {
	pk := gdlib.Peaks()
	benchBundle(b, Heatmap(pk).With(mustRun(pk, gdlib.Pt(0, 1.4), gdlib.GD(0.01), 1000)))
}

func BenchmarkBundleRosenbrockPanels(b *testing.B) { benchBundle(b, rosenbrockPanels()) }

func BenchmarkBundleContourSurface(b *testing.B) {
	tb := gdlib.ThreeBumps()
	benchBundle(b, ContourSurface(tb, 18, mustRun(tb, gdlib.Pt(0.5, 3), gdlib.GD(0.2), 30)))
}

// cpuTime is the CPU time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
