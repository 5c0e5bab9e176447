package notebooks_test

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// seedNumbersFile is the reference list of the numbers the course prints,
// with the parameters that produce them, which a lesson must reproduce.
var seedNumbersFile = filepath.Join("testdata", "seed-numbers.md")

// notShown lists the rows of seedNumbersFile that no lesson prints, by
// seedRow.key ("seed | experiment | parameters"), each with the reason. Every other row must be
// in some lesson cell's "expect" metadata (which TestBrowserNotebooks
// then checks against what the cell prints). Every row is shown today.
var notShown = map[string]string{}

// seedRow is one row of the reference's table.
type seedRow struct {
	line                  int
	seed, experiment      string
	parameters            string
	printed, fullPrecise  []float64 // fullPrecise nil when the column is empty
	printedText, fullText []string
}

// key names a row in notShown: its first three columns (the experiment
// alone is not enough: a second run of one experiment reads "same").
func (r seedRow) key() string { return r.seed + " | " + r.experiment + " | " + r.parameters }

func (r seedRow) String() string {
	return fmt.Sprintf("%s:%d: %s (%s) → %s", seedNumbersFile, r.line, r.experiment, r.parameters, strings.Join(r.printedText, ", "))
}

// number matches a decimal number as the reference and the lessons write
// it, with an ASCII or a Unicode minus.
var number = regexp.MustCompile(`[-−]?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?`)

// numbersIn returns the numbers of s, in order, with their text.
func numbersIn(s string) (vals []float64, texts []string) {
	for _, m := range number.FindAllString(s, -1) {
		m = strings.Replace(m, "−", "-", 1)
		v, err := strconv.ParseFloat(m, 64)
		if err != nil {
			continue
		}
		vals, texts = append(vals, v), append(texts, m)
	}
	return vals, texts
}

// readSeedRows parses the table of seedNumbersFile: | seed | experiment |
// parameters | printed | full precision |, where full precision may be
// "same" (as printed) or empty.
func readSeedRows(t *testing.T) []seedRow {
	data, err := os.ReadFile(seedNumbersFile)
	if err != nil {
		t.Fatal(err)
	}
	var rows []seedRow
	for i, line := range strings.Split(string(data), "\n") {
		// A table cell writes | as \| (the gradient-scaled rate's |g|).
		cols := strings.Split(strings.ReplaceAll(line, `\|`, "¦"), "|")
		if len(cols) != 7 || !regexp.MustCompile(`^\s*[0-9]{3}\s*$`).MatchString(cols[1]) {
			continue // not a row of the table (the header, its rule, the prose)
		}
		r := seedRow{line: i + 1, seed: strings.TrimSpace(cols[1]), experiment: strings.TrimSpace(cols[2]), parameters: strings.TrimSpace(cols[3])}
		r.printed, r.printedText = numbersIn(cols[4])
		switch full := strings.TrimSpace(cols[5]); full {
		case "":
		case "same":
			r.fullPrecise, r.fullText = r.printed, r.printedText
		default:
			r.fullPrecise, r.fullText = numbersIn(full)
		}
		if len(r.printed) == 0 {
			t.Fatalf("%s:%d: no number in the printed column: %q", seedNumbersFile, r.line, cols[4])
		}
		rows = append(rows, r)
	}
	// The table has 17 rows: a parser that finds fewer has lost some.
	if len(rows) < 17 {
		t.Fatalf("%s: %d rows parsed, want at least 17", seedNumbersFile, len(rows))
	}
	return rows
}

// expectCell is the numbers of one lesson cell's "expect" metadata.
type expectCell struct {
	where string
	vals  []float64
}

func lessonExpects(t *testing.T) []expectCell {
	paths, err := filepath.Glob("*.ipynb")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no lessons: %v", err)
	}
	var cells []expectCell
	for _, p := range paths {
		nb, err := readNotebook(p)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		for i, c := range nb.Cells {
			vals, _ := numbersIn(strings.Join(c.Metadata.Expect, " "))
			if len(vals) > 0 {
				cells = append(cells, expectCell{cellName(p, i, c), vals})
			}
		}
	}
	return cells
}

// shows reports whether a cell's expected numbers hold want, in order (a
// point's coordinates), each equal to the reference's to the precision the
// reference writes it with: within half a unit of its last digit (73.6
// covers 73.62222222222222; 4.0 covers 4; 0.296 does not cover 0.3).
func shows(cell []float64, want []float64, texts []string) bool {
	j := 0
	for _, v := range cell {
		if j < len(want) && math.Abs(v-want[j]) <= halfUnit(texts[j]) {
			j++
		}
	}
	return j == len(want)
}

// halfUnit is half a unit in the last decimal place of the number s.
func halfUnit(s string) float64 {
	s = strings.TrimLeft(s, "-")
	mant, exp := s, 0
	if k := strings.IndexAny(s, "eE"); k >= 0 {
		mant = s[:k]
		exp, _ = strconv.Atoi(s[k+1:])
	}
	decimals := 0
	if k := strings.Index(mant, "."); k >= 0 {
		decimals = len(mant) - k - 1
	}
	return 0.5 * math.Pow(10, float64(exp-decimals))
}

// uncoveredRows returns the rows no cell shows (printed or full precision)
// and which cell shows each of the others.
func uncoveredRows(rows []seedRow, cells []expectCell) (missing []seedRow, shownBy map[int]string) {
	shownBy = map[int]string{}
	for _, r := range rows {
		for _, c := range cells {
			if shows(c.vals, r.printed, r.printedText) || (r.fullPrecise != nil && shows(c.vals, r.fullPrecise, r.fullText)) {
				shownBy[r.line] = c.where
				break
			}
		}
		if _, ok := shownBy[r.line]; !ok {
			missing = append(missing, r)
		}
	}
	return missing, shownBy
}

// TestSeedNumbersAreExpected checks that every number the reference says a
// lesson reproduces is in some lesson cell's "expect" metadata, or listed
// in notShown with a reason. (The labs' further parameter sets, which the
// reference names only by whether they converge, are checked by the lessons'
// "Converged" / "Has not converged" expectations, not here.)
func TestSeedNumbersAreExpected(t *testing.T) {
	rows := readSeedRows(t)
	missing, shownBy := uncoveredRows(rows, lessonExpects(t))
	for _, r := range missing {
		if why, ok := notShown[r.key()]; ok {
			t.Logf("not shown by any lesson: %v (%s)", r, why)
			continue
		}
		t.Errorf("no lesson cell expects %v: add it to a cell's \"expect\" metadata, or to notShown with the reason", r)
	}
	for _, r := range rows {
		if by, ok := shownBy[r.line]; ok {
			if _, listed := notShown[r.key()]; listed {
				t.Errorf("%v is listed in notShown but %s expects it: remove it from the list", r, by)
			}
			t.Logf("%-58s %s", r.seed+" "+r.experiment, by)
		}
	}
}

// TestSeedNumbersCheckCatchesMissing shows that the check fails: without
// lesson 05's cells, the three rows of the course's learning-rate methods
// are reported; a digit changed in an expected number is not accepted.
func TestSeedNumbersCheckCatchesMissing(t *testing.T) {
	rows := readSeedRows(t)
	var without []expectCell
	for _, c := range lessonExpects(t) {
		if !strings.HasPrefix(c.where, "05-") {
			without = append(without, c)
		}
	}
	missing, _ := uncoveredRows(rows, without)
	var got []string
	for _, r := range missing {
		got = append(got, r.experiment)
	}
	// The table's rows for the course's learning-rate methods (lesson 05):
	// fixed, gradient-scaled and time-based learning rates.
	for _, want := range []string{"fixed lr", "gradient-scaled lr", "time-based lr"} {
		found := false
		for _, g := range got {
			found = found || strings.HasPrefix(g, want)
		}
		if !found {
			t.Errorf("without lesson 05, the row %q is not reported missing; reported: %q", want, got)
		}
	}
	// 0.5010808641292953 with its last digit changed: 1e-16 off, more than
	// half a unit of the 16th decimal.
	if shows([]float64{0.5010808641292954}, []float64{0.5010808641292953}, []string{"0.5010808641292953"}) {
		t.Errorf("a number one unit off in its last digit was accepted")
	}
	// The sauna run ends at (4.0, 4.0): "(4, 6)" holds one 4, not the point.
	if shows([]float64{4, 6}, []float64{4, 4}, []string{"4.0", "4.0"}) {
		t.Errorf("(4, 6) was accepted for the point (4.0, 4.0)")
	}
}
