package notebooks_test

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// labStep is one piece of code the JupyterLab renderer page runs
// (labpage/src/main.js, run's plan): a live cell of a lesson, whole (kind
// "cell"), or the declarations of the cells before it (kind
// "declarations"), shown under the index of the last of those cells.
type labStep struct {
	Index  int    `json:"index"`
	Source string `json:"source"`
	Kind   string `json:"kind"`
}

// labPlan returns what the JupyterLab pass runs of a notebook: each cell
// with a live figure, preceded by one step that declares everything the
// code cells before it declare (gonb keeps a cell's top-level declarations
// for the cells after it; what follows a cell's %% line is main's body,
// which it forgets). The classic pass has already run every cell and
// checked every output; this pass checks that the widgets work with
// JupyterLab's renderers, which needs only the live cells and what they
// call, compiled once instead of once per cell.
//
// The declarations are merged as gonb merges them: a name declared again
// replaces the earlier declaration (gonb keeps them in maps by name), and
// the imports go first (Go requires it). A cell that holds one of gonb's
// special commands other than %% ("%goflags", "!go get", …) is an error:
// what it does to the kernel cannot be merged.
func labPlan(nb *notebook) ([]labStep, error) {
	var plan []labStep
	var pending []string
	last := -1
	for i, c := range nb.Cells {
		if c.CellType != "code" {
			continue
		}
		src := string(c.Source)
		if liveCall.MatchString(src) {
			if len(pending) > 0 {
				decls, err := mergeDeclarations(pending)
				if err != nil {
					return nil, fmt.Errorf("cells before %d: %v", i, err)
				}
				if decls != "" {
					plan = append(plan, labStep{Index: last, Source: decls, Kind: "declarations"})
				}
				pending = nil
			}
			plan = append(plan, labStep{Index: i, Source: src, Kind: "cell"})
			continue
		}
		d, err := declarationPart(src)
		if err != nil {
			return nil, fmt.Errorf("cell %d: %v", i, err)
		}
		if strings.TrimSpace(d) != "" {
			pending = append(pending, d)
			last = i
		}
	}
	return plan, nil
}

// mainLine is gonb's line that starts main's body: %% or %main, with
// optional arguments (gonb internal/specialcmd).
var mainLine = regexp.MustCompile(`^\s*%(%|main\b)`)

// declarationPart returns the lines of a cell before its %% line (all of
// them when it has none): the declarations gonb keeps.
func declarationPart(src string) (string, error) {
	var b strings.Builder
	for _, line := range strings.SplitAfter(src, "\n") {
		if mainLine.MatchString(line) {
			break
		}
		if t := strings.TrimSpace(line); strings.HasPrefix(t, "%") || strings.HasPrefix(t, "!") {
			return "", fmt.Errorf("gonb special command %q cannot be merged into one declarations step", t)
		}
		b.WriteString(line)
	}
	return b.String(), nil
}

// mergeDeclarations joins the declarations of several cells into one
// source: the imports first (one per package name, the last cell's when
// two cells import different packages under one name), then every other
// declaration in the cells' order, the last of two with one name winning,
// as it does in gonb.
func mergeDeclarations(parts []string) (string, error) {
	fset := token.NewFileSet()
	imports := map[string]string{} // package name → import spec
	var importOrder []string
	type decl struct{ key, text string }
	var decls []decl
	for k, part := range parts {
		src := "package main\n" + part
		f, err := parser.ParseFile(fset, fmt.Sprintf("cell%d.go", k), src, parser.ParseComments)
		if err != nil {
			return "", err
		}
		for _, d := range f.Decls {
			if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT {
				for _, s := range g.Specs {
					is := s.(*ast.ImportSpec)
					p, _ := strconv.Unquote(is.Path.Value)
					name := importName(p)
					if is.Name != nil {
						name = is.Name.Name
					}
					if name == "_" || name == "." {
						name += p
					}
					if _, seen := imports[name]; !seen {
						importOrder = append(importOrder, name)
					}
					imports[name] = src[fset.Position(is.Pos()).Offset:fset.Position(is.End()).Offset]
				}
				continue
			}
			from := d.Pos()
			if doc := docOf(d); doc != nil {
				from = doc.Pos()
			}
			decls = append(decls, decl{declKey(d), src[fset.Position(from).Offset:fset.Position(d.End()).Offset]})
		}
	}
	var b bytes.Buffer
	if len(importOrder) > 0 {
		b.WriteString("import (\n")
		for _, name := range importOrder {
			fmt.Fprintf(&b, "\t%s\n", imports[name])
		}
		b.WriteString(")\n")
	}
	lastOf := map[string]int{}
	for i, d := range decls {
		if d.key != "" {
			lastOf[d.key] = i
		}
	}
	for i, d := range decls {
		if d.key != "" && lastOf[d.key] != i {
			continue // declared again later: gonb keeps the later one
		}
		b.WriteString("\n" + d.text + "\n")
	}
	return b.String(), nil
}

var majorVersion = regexp.MustCompile(`^v[0-9]+$`)

// importName is the name a package is imported under by default: the last
// element of its path, without a major-version suffix (math/rand/v2 is
// rand).
func importName(p string) string {
	base := path.Base(p)
	if majorVersion.MatchString(base) && path.Dir(p) != "." {
		base = path.Base(path.Dir(p))
	}
	return base
}

// declKey names a declaration for merging: the function (with its
// receiver's type for a method) or the one name of a type, var or const
// spec; "" for a declaration of several names, which is kept as written.
func declKey(d ast.Decl) string {
	switch d := d.(type) {
	case *ast.FuncDecl:
		if d.Recv != nil && len(d.Recv.List) > 0 {
			return "method " + typeName(d.Recv.List[0].Type) + "." + d.Name.Name
		}
		return "func " + d.Name.Name
	case *ast.GenDecl:
		if len(d.Specs) != 1 {
			return ""
		}
		switch s := d.Specs[0].(type) {
		case *ast.TypeSpec:
			return "type " + s.Name.Name
		case *ast.ValueSpec:
			if len(s.Names) == 1 {
				return "value " + s.Names[0].Name
			}
		}
	}
	return ""
}

// typeName is the name of a method's receiver type (T, *T, T[P]).
func typeName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.StarExpr:
		return typeName(e.X)
	case *ast.IndexExpr:
		return typeName(e.X)
	case *ast.IndexListExpr:
		return typeName(e.X)
	case *ast.Ident:
		return e.Name
	}
	return ""
}

func docOf(d ast.Decl) *ast.CommentGroup {
	switch d := d.(type) {
	case *ast.FuncDecl:
		return d.Doc
	case *ast.GenDecl:
		return d.Doc
	}
	return nil
}

// TestLabPlan checks the JupyterLab pass's plan on a small notebook: the
// imports of two cells merged and first, main bodies dropped, a function
// declared twice kept once (the later one), the live cells whole and in
// order, and a special command refused.
func TestLabPlan(t *testing.T) {
	code := func(src string) cell { return cell{CellType: "code", Source: multiline(src)} }
	nb := &notebook{Cells: []cell{
		code("import \"fmt\"\n\nfunc f() int { return 1 }\n"),
		{CellType: "markdown", Source: "text"},
		code("%%\nfmt.Println(f())\n"),
		code("import \"math\"\n\n// f again.\nfunc f() int { return 2 }\n\nvar half = math.Sqrt(0.25)\n%%\nfmt.Println(f(), half)\n"),
		code("%%\ninteractive.Sliders(nil)\n"),
		code("func g() {}\n"),
		code("%%\ninteractive.Descent{}.Show()\n"),
	}}
	plan, err := labPlan(nb)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range plan {
		got = append(got, fmt.Sprintf("%d %s", s.Index, s.Kind))
	}
	if want := "3 declarations|4 cell|5 declarations|6 cell"; strings.Join(got, "|") != want {
		t.Fatalf("plan %q, want %q", strings.Join(got, "|"), want)
	}
	d := plan[0].Source
	for _, want := range []string{"import (\n\t\"fmt\"\n\t\"math\"\n)", "// f again.\nfunc f() int { return 2 }", "var half = math.Sqrt(0.25)"} {
		if !strings.Contains(d, want) {
			t.Errorf("declarations lack %q:\n%s", want, d)
		}
	}
	for _, bad := range []string{"return 1", "Println", "%%"} {
		if strings.Contains(d, bad) {
			t.Errorf("declarations hold %q:\n%s", bad, d)
		}
	}
	if plan[1].Source != string(nb.Cells[4].Source) {
		t.Errorf("live cell changed: %q", plan[1].Source)
	}
	if strings.TrimSpace(plan[2].Source) != "func g() {}" {
		t.Errorf("second declarations step %q, want only g", plan[2].Source)
	}
	nb.Cells[0] = code("!go get example.com/x\n")
	if _, err := labPlan(nb); err == nil || !strings.Contains(err.Error(), "special command") {
		t.Errorf("a special command gave %v, want an error naming it", err)
	}
}

// TestLabPlanLessons builds the JupyterLab pass's plan of every lesson and
// browser fixture with live figures, without a kernel: each has its live
// cells, and each declarations step is Go that parses (one file, imports
// first), so the browser suite's JupyterLab pass can run it.
func TestLabPlanLessons(t *testing.T) {
	paths, _ := filepath.Glob("*.ipynb")
	fixtures, _ := filepath.Glob(filepath.Join("testdata", "browser", "*.ipynb"))
	for _, p := range append(paths, fixtures...) {
		nb, err := readNotebook(p)
		if err != nil {
			t.Fatal(err)
		}
		live := 0
		for _, c := range nb.Cells {
			if c.CellType == "code" && liveCall.MatchString(string(c.Source)) {
				live++
			}
		}
		plan, err := labPlan(nb)
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		cells, decls := 0, 0
		for _, s := range plan {
			switch s.Kind {
			case "cell":
				cells++
			case "declarations":
				decls++
				if _, err := parser.ParseFile(token.NewFileSet(), p, "package main\n"+s.Source, 0); err != nil {
					t.Errorf("%s: declarations step before cell %d does not parse: %v", p, s.Index, err)
				}
			}
		}
		if cells != live {
			t.Errorf("%s: %d live cells, the plan runs %d", p, live, cells)
		}
		if live > 0 {
			t.Logf("%s: %d of %d code cells run in the JupyterLab pass (%d live, %d declarations steps)", p, cells+decls, codeCells(nb), live, decls)
		}
	}
}

func codeCells(nb *notebook) int {
	n := 0
	for _, c := range nb.Cells {
		if c.CellType == "code" {
			n++
		}
	}
	return n
}
