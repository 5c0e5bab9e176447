package notebooks_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
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

// editLoopRounds is how many times testdata/edited.py runs each kind of
// edited cell in each arm; the medians are taken over these runs.
const editLoopRounds = 7

// editLoop is what testdata/edited.py measures for one arm, in seconds.
type editLoop struct {
	Env            map[string]string  `json:"env"`
	Median         map[string]float64 `json:"median"`
	RatioToPrintln map[string]float64 `json:"ratio_to_println"`
	// StepsMedian is, per kind of cell, the median seconds of each of
	// gonb's steps, read from gonb's own -v=2 log.
	StepsMedian map[string]map[string]float64 `json:"steps_median"`
	Inside      []struct {
		Fig    string  `json:"fig"`
		SVG    float64 `json:"svg"`
		Bundle float64 `json:"bundle"`
	} `json:"inside"`
}

// editBuild is testdata/edited.py's `go build` of a curve cell's main.go,
// split by go's -debug-actiongraph (medians, seconds).
type editBuild struct {
	GoBuild          float64 `json:"go_build"`
	CompileMain      float64 `json:"compile_main"`
	Link             float64 `json:"link"`
	BinaryBytes      float64 `json:"binary_bytes"`
	RunOutsideKernel float64 `json:"run_outside_kernel"`
}

// editArms are BenchmarkEditLoop's kernels (testdata/edited.py's ARM
// arguments): the kernelspec as the installer writes it, and the same with
// each of its build settings for the edit loop taken back in turn, so each
// is measured against the same cells in the same run.
var editArms = []string{
	"spec",                                  // GOFLAGS=-ldflags=-s, CGO_ENABLED=0 (kernel/spec.go)
	"symtab:GOFLAGS=-ldflags=-w",            // with the symbol table (-s is -w and no symbol table)
	"cgo:GOFLAGS=-ldflags=-w;CGO_ENABLED=1", // and linked with cgo (net, os/user through gonbui)
	"dwarf:GOFLAGS=;CGO_ENABLED=1",          // and with DWARF: go build's defaults
}

// BenchmarkEditLoop measures the learner's edit loop on a warm kernel: the
// same cell re-run with one literal changed (so every run compiles and
// links a new program), for a cell printing fmt.Println(K), a cell printing
// a gradient-descent run, and cells showing that run on a curve and on a
// contour map; each is reported as a median and as a multiple of the
// fmt.Println cell of the same run, so that load from other processes,
// which slows both, cancels out. The arms of editArms run side by side,
// taking turns cell by cell. The targets of the edit loop are a figure cell
// within 0.5 s and a printing cell within 0.3 s (medians, warm kernel, idle
// machine). Run it with -benchtime=1x -v: the log shows gonb's steps, the
// in-cell cost of plotting.SVG and plotting.Bundle, and the compile/link
// split.
func BenchmarkEditLoop(b *testing.B) {
	env := kernelEnv(b)
	for range b.N {
		out := runPython(b, env, "edited.py", append([]string{KernelName, strconv.Itoa(editLoopRounds)}, editArms...)...)
		var r struct {
			Load    []float64            `json:"load_average"`
			LoadEnd []float64            `json:"load_average_end"`
			Arms    map[string]editLoop  `json:"arms"`
			Build   map[string]editBuild `json:"build"`
		}
		if err := json.Unmarshal(out, &r); err != nil {
			b.Fatalf("edited.py printed no JSON: %v\n%s", err, out)
		}
		b.Logf("load average %.2f at the end of the cells, %.2f at the end of the builds", r.Load, r.LoadEnd)
		for _, arg := range editArms {
			arm, _, _ := strings.Cut(arg, ":")
			a := r.Arms[arm]
			for _, kind := range []string{"println", "print", "curve", "contour"} {
				b.ReportMetric(a.Median[kind], arm+"-"+kind+"-s")
				if kind != "println" {
					b.ReportMetric(a.RatioToPrintln[kind], arm+"-"+kind+"/println")
				}
				s := a.StepsMedian[kind]
				b.Logf("%s %s: median %.3f s (×%.2f println); gonb steps: parse %.3f, goimports %.3f, go get %.3f, rewrite %.3f, go build %.3f, run %.3f (gonb total %.3f)",
					arm, kind, a.Median[kind], a.RatioToPrintln[kind], s["parse"], s["goimports"], s["go_get"], s["gap"], s["build"], s["run"], s["gonb_total"])
			}
			for _, in := range a.Inside {
				b.Logf("%s inside a cell: %s figure: plotting.SVG %.4f s, plotting.Bundle %.4f s", arm, in.Fig, in.SVG, in.Bundle)
			}
			bd := r.Build[arm]
			b.Logf("%s go build of a curve cell: %.3f s = compile main %.3f + link %.3f + load/cache checks %.3f; binary %.1f MB; run outside the kernel %.3f s",
				arm, bd.GoBuild, bd.CompileMain, bd.Link, bd.GoBuild-bd.CompileMain-bd.Link, bd.BinaryBytes/1e6, bd.RunOutsideKernel)
			b.ReportMetric(bd.Link, arm+"-link-s")
		}
		for _, kind := range []string{"println", "curve"} {
			spec := r.Arms["spec"].Median[kind]
			b.ReportMetric(spec/r.Arms["symtab"].Median[kind], kind+"-spec/symtab")
			b.ReportMetric(spec/r.Arms["cgo"].Median[kind], kind+"-spec/cgo")
			b.ReportMetric(spec/r.Arms["dwarf"].Median[kind], kind+"-spec/dwarf")
		}
	}
}

// firstCompletion is what testdata/completion.py measures, in seconds.
type firstCompletion struct {
	Start            float64 `json:"start"`
	ImportCell       float64 `json:"import_cell"`
	AskedAfter       float64 `json:"asked_after"`
	FirstCompletion  float64 `json:"first_completion"`
	Attempts         int     `json:"attempts"`
	Matches          int     `json:"matches"`
	SecondCompletion float64 `json:"second_completion"`
	CellAfterTab     float64 `json:"cell_after_tab"`
}

// gonbConnectDelay is how long gonb waits after starting gopls before it
// first connects to it (goplsclient.ConnectTimeout, 12 s, waited before the
// first attempt: gonb's internal/goexec/goplsclient/exec.go); a completion
// asked earlier waits for that connection.
const gonbConnectDelay = 12.0

// BenchmarkFirstCompletion measures the first completion of `gdlib.` in a
// fresh kernel whose HOME is a new, empty folder, as in a new container of
// the image, four times, each in a new kernel and HOME:
//
//   - asked as soon as the import cell has run, with gopls's cache
//     (GOPLSCACHE, see gopls's internal/filecache) in a new empty folder,
//     and a printing cell run right after that request: gonb answers one
//     request at a time, so the cell waits with the completion;
//   - the same, with that folder now filled by the first kernel's gopls;
//   - asked 13 s after the kernel started, once gonb has connected to gopls
//     (gonbConnectDelay): a learner who reads the lesson before pressing
//     Tab, and the part of the wait that gopls and its cache decide; first
//     with another new empty cache, then with it filled.
//
// The Go build and module caches stay the warm ones of this machine, as the
// image's are outside HOME. The time runs until the first reply with
// matches. The target of the edit loop is 3 s for the first completion; the
// first two cannot meet it while gonb waits 12 s before connecting.
func BenchmarkFirstCompletion(b *testing.B) {
	base := kernelEnv(b)
	var caches []string
	for _, v := range []string{"GOCACHE", "GOMODCACHE"} {
		out, err := exec.Command("go", "env", v).Output()
		if err != nil {
			b.Fatal(err)
		}
		caches = append(caches, v+"="+strings.TrimSpace(string(out)))
	}
	after := gonbConnectDelay + 1
	runs := []struct {
		name  string
		empty bool // a new, empty gopls cache; else the previous run's
		wait  float64
		cell  string // "cell": run a cell right after the first request
	}{
		{"empty cache, then a cell", true, 0, "cell"}, {"filled cache", false, 0, ""},
		{"empty cache, asked after gonb connects", true, after, ""}, {"filled cache, asked after gonb connects", false, after, ""},
	}
	for range b.N {
		var gopls string
		got := make([]firstCompletion, len(runs))
		for i, r := range runs {
			if r.empty {
				gopls = filepath.Join(b.TempDir(), "goplscache")
			}
			env := append(append(append([]string(nil), base...), caches...),
				"HOME="+b.TempDir(), "XDG_CACHE_HOME=", "GOPLSCACHE="+gopls, "GOTOOLCHAIN=local")
			out := runPython(b, env, "completion.py", KernelName, strconv.FormatFloat(r.wait, 'f', -1, 64), r.cell)
			if err := json.Unmarshal(out, &got[i]); err != nil {
				b.Fatalf("completion.py printed no JSON: %v\n%s", err, out)
			}
			b.Logf("%s: %+v", r.name, got[i])
		}
		b.ReportMetric(got[0].FirstCompletion, "empty-cache-first-completion-s")
		b.ReportMetric(got[1].FirstCompletion, "filled-cache-first-completion-s")
		b.ReportMetric(got[1].FirstCompletion/got[0].FirstCompletion, "filled/empty")
		b.ReportMetric(got[2].FirstCompletion, "after-connect-empty-cache-first-completion-s")
		b.ReportMetric(got[3].FirstCompletion, "after-connect-filled-cache-first-completion-s")
		b.ReportMetric(got[1].SecondCompletion, "second-completion-s")
		b.ReportMetric(got[0].CellAfterTab, "cell-after-early-tab-s")
	}
}
