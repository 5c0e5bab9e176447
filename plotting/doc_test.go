package plotting

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPackageDocNamesEveryBuilder reads the package's source and checks
// that its documentation (doc.go) introduces every exported function that
// builds a figure or names a run (Surface, ContourSurface, Animate, …),
// so a learner reading `go doc plotting` meets each of them, and that it
// explains the two choices an instructor asks about: SMIL animation and
// the <img> in the HTML bundle.
func TestPackageDocNamesEveryBuilder(t *testing.T) {
	doc, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	text := string(doc)
	figures := map[string]bool{"*Plot": true, "*Map": true, "*Panels": true, "*CurvePlot": true,
		"*Surface3D": true, "*ContourAndSurface": true, "*Animation": true, "*gdlib.Trace": true}
	files, _ := filepath.Glob("*.go")
	fset := token.NewFileSet()
	checked := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || fn.Recv != nil || !fn.Name.IsExported() || fn.Type.Results == nil || len(fn.Type.Results.List) != 1 {
				continue
			}
			res := typeString(fn.Type.Results.List[0].Type)
			if !figures[res] || fn.Name.Name == "NewPlot" {
				continue
			}
			checked++
			if !strings.Contains(text, fn.Name.Name+"(") {
				t.Errorf("package doc does not mention %s (returns %s)", fn.Name.Name, res)
			}
		}
	}
	if checked < 10 { // Curve, ByIteration, Heatmap, Contour, HeatmapGrid, BasinMap, Lines, Row, Grid, …
		t.Errorf("checked %d builders, want ≥ 10: the parser found too few", checked)
	}
	for _, want := range []string{"SMIL", "<img>", "untrusted"} {
		if !strings.Contains(text, want) {
			t.Errorf("package doc does not explain %q", want)
		}
	}
}

// typeString writes a result type as source: *Map, *gdlib.Trace.
func typeString(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.StarExpr:
		return "*" + typeString(e.X)
	case *ast.SelectorExpr:
		return typeString(e.X) + "." + e.Sel.Name
	case *ast.Ident:
		return e.Name
	}
	return ""
}
