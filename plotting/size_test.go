package plotting

import (
	"regexp"
	"sync"
	"testing"

	"github.com/gdlessons/lessons/gdlib"
	"gonum.org/v1/plot/palette"
	"gonum.org/v1/plot/plotter"
)

// The package's size budget: every lesson
// figure ≤ 150 KB of SVG, a 201 × 201 heat map with a run ≤ 100 KB, a
// 500 × 500 basin map ≤ 200 KB (the course's 25 × 25 basin figure is 1.9 MB
// of SVG from matplotlib).
const (
	maxLessonSVG  = 150 << 10
	maxHeatmapSVG = 100 << 10
	maxBasinSVG   = 200 << 10
)

func TestLessonFiguresAreSmall(t *testing.T) {
	for name, build := range goldenFixtures() {
		b, err := SVG(build())
		if err != nil {
			t.Fatal(err)
		}
		if len(b) > maxLessonSVG {
			t.Errorf("%s: %d bytes of SVG, want ≤ %d", name, len(b), maxLessonSVG)
		}
	}
}

// rasterSizes returns the pixel sizes of the images embedded in an SVG.
func rasterSizes(t *testing.T, svg []byte) [][2]int {
	var out [][2]int
	for _, m := range regexp.MustCompile(`data:image/png;base64,[A-Za-z0-9+/=]+`).FindAll(svg, -1) {
		img, err := decodeDataPNG(m)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, [2]int{img.Bounds().Dx(), img.Bounds().Dy()})
	}
	return out
}

func TestHeatmap201WithRunIsSmall(t *testing.T) {
	pk := gdlib.Peaks()
	// The course's peaks exercise: lr 0.01, 1000 epochs from [0, 1.4].
	run := mustRun(pk, gdlib.Pt(0, 1.4), gdlib.GD(0.01), 1000)
	b, err := SVG(Heatmap(pk).With(run))
	if err != nil {
		t.Fatal(err)
	}
	if len(b) > maxHeatmapSVG {
		t.Errorf("201 × 201 heat map with a run: %d bytes, want ≤ %d", len(b), maxHeatmapSVG)
	}
	// The map must really hold 201 × 201 samples (HeatmapResolution),
	// besides the colour bar's 1 × 256 strip (colorBarSteps).
	found := false
	for _, s := range rasterSizes(t, b) {
		found = found || s == [2]int{201, 201}
	}
	if !found {
		t.Errorf("no 201 × 201 raster in the SVG; rasters: %v", rasterSizes(t, b))
	}
	t.Logf("201 × 201 heat map with a 1000-step run: %d bytes", len(b))
}

var (
	basin500     *table
	basin500Mins []gdlib.Point
	basin500Once sync.Once
)

// basin500Grid is a 500 × 500 basin map of peaks, GD(0.01) for 100 steps
// (the course's basin settings on a finer grid), computed once per test binary.
func basin500Grid() (*table, []gdlib.Point) {
	basin500Once.Do(func() { basin500, basin500Mins = basinGrid(500, 100, 0.01) })
	return basin500, basin500Mins
}

func TestBasinMap500IsSmall(t *testing.T) {
	g, mins := basin500Grid()
	b, err := SVG(BasinMap(g, mins...))
	if err != nil {
		t.Fatal(err)
	}
	if len(b) > maxBasinSVG {
		t.Errorf("500 × 500 basin map: %d bytes, want ≤ %d", len(b), maxBasinSVG)
	}
	found := false
	for _, s := range rasterSizes(t, b) {
		found = found || s == [2]int{500, 500}
	}
	if !found {
		t.Errorf("no 500 × 500 raster in the SVG; rasters: %v", rasterSizes(t, b))
	}
	t.Logf("500 × 500 basin map: %d bytes", len(b))
}

// gonumHeatMap is the reference for the benchmarks: the same grid drawn
// by gonum's plotter.HeatMap, one vector rectangle per cell.
func gonumHeatMap(g plotter.GridXYZ) *Plot {
	p := NewPlot("gonum HeatMap")
	p.Add(plotter.NewHeatMap(g, palette.Heat(12, 1)))
	return p
}

func benchmarkSVG(b *testing.B, build func() Figure) {
	b.ReportAllocs()
	var n int
	for i := 0; i < b.N; i++ {
		svg, err := SVG(build())
		if err != nil {
			b.Fatal(err)
		}
		n = len(svg)
	}
	b.ReportMetric(float64(n), "svg-bytes")
}

// BenchmarkBasinMap500 draws the 500 × 500 basin map (the computation of
// the basins is done once, outside the timing).
func BenchmarkBasinMap500(b *testing.B) {
	g, mins := basin500Grid()
	b.ResetTimer()
	benchmarkSVG(b, func() Figure { return BasinMap(g, mins...) })
}

// BenchmarkBasinMap500GonumHeatMap is the reference: the same 250 000
// cells as gonum's vector HeatMap.
func BenchmarkBasinMap500GonumHeatMap(b *testing.B) {
	g, _ := basin500Grid()
	b.ResetTimer()
	benchmarkSVG(b, func() Figure { return gonumHeatMap(g) })
}

// BenchmarkHeatmap201Run draws peaks at 201 × 201 with a 1000-step run.
func BenchmarkHeatmap201Run(b *testing.B) {
	pk := gdlib.Peaks()
	run := mustRun(pk, gdlib.Pt(0, 1.4), gdlib.GD(0.01), 1000)
	benchmarkSVG(b, func() Figure { return Heatmap(pk).With(run) })
}

// BenchmarkHeatmap201GonumHeatMap is the reference: the same 201 × 201
// samples as gonum's vector HeatMap.
func BenchmarkHeatmap201GonumHeatMap(b *testing.B) {
	g, err := sampleGrid(gdlib.Peaks(), gdlib.Box{{Min: -3, Max: 3}, {Min: -3, Max: 3}}, 201, 201)
	if err != nil {
		b.Fatal(err)
	}
	benchmarkSVG(b, func() Figure { return gonumHeatMap(g) })
}
