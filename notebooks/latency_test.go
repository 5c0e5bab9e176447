package notebooks_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"testing"
)

// plotCells is how many plotting cells the warm-kernel median is taken over.
const plotCells = 9

// latency is what testdata/latency.py measures, in seconds.
type latency struct {
	GoBuildHello float64   `json:"go_build_hello"`
	Start        float64   `json:"start"`
	FirstCell    float64   `json:"first_cell"`
	PlotCells    []float64 `json:"plot_cells"`
}

func measureLatency(b *testing.B, env []string) latency {
	b.Helper()
	out := runPython(b, env, "latency.py", KernelName, strconv.Itoa(plotCells))
	var l latency
	if err := json.Unmarshal(out, &l); err != nil {
		b.Fatalf("latency.py printed no JSON: %v\n%s", err, out)
	}
	return l
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return s[len(s)/2]
}

// BenchmarkKernelLatency measures, with the Go build cache as it is (warm
// after the install), the first cell of a fresh kernel and the median
// plotting cell of the warm kernel, each also as a multiple of `go build` of
// a hello-world program in the same run (the floor of any gonb cell, which
// is compiled and run as a program). Run it with -benchtime=1x.
func BenchmarkKernelLatency(b *testing.B) {
	env := kernelEnv(b)
	for range b.N {
		l := measureLatency(b, env)
		plot := median(l.PlotCells)
		b.ReportMetric(l.Start, "start-s")
		b.ReportMetric(l.FirstCell, "first-cell-s")
		b.ReportMetric(plot, "plot-cell-median-s")
		b.ReportMetric(l.GoBuildHello, "go-build-hello-s")
		b.ReportMetric(l.FirstCell/l.GoBuildHello, "first-cell/go-build")
		b.ReportMetric(plot/l.GoBuildHello, "plot-cell/go-build")
		b.Logf("plot cells: %.2f s", l.PlotCells)
	}
}

// BenchmarkKernelLatencyColdCache measures the first cell of a fresh kernel
// whose Go build cache is empty (GOCACHE pointing at a new folder: gdlib,
// plotting, gonum and gonum/plot all compile), then the first cell of a
// second fresh kernel once that cache is warm, and reports their ratio.
func BenchmarkKernelLatencyColdCache(b *testing.B) {
	base := kernelEnv(b)
	for range b.N {
		cache := filepath.Join(b.TempDir(), "gocache")
		if err := os.MkdirAll(cache, 0o755); err != nil {
			b.Fatal(err)
		}
		env := append(append([]string(nil), base...), "GOCACHE="+cache)
		cold := measureLatency(b, env)
		warm := measureLatency(b, env)
		b.ReportMetric(cold.FirstCell, "cold-first-cell-s")
		b.ReportMetric(warm.FirstCell, "warm-first-cell-s")
		b.ReportMetric(cold.FirstCell/warm.FirstCell, "cold/warm")
	}
}
