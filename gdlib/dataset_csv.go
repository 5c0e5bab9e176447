package gdlib

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// ReadCSV reads a Dataset from comma-separated values: one example a
// line, its features and then its target, all numbers. A first line that
// is not all numbers is a header and is skipped. The error names the line
// and the field that could not be read.
//
//	name,size,price
//	1,2.5,310
func ReadCSV(r io.Reader, name string) (*Dataset, error) {
	cr := csv.NewReader(r)
	cr.TrimLeadingSpace = true
	var rows [][]float64
	var y []float64
	for line := 1; ; line++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("gdlib: ReadCSV(%q): %w", name, err)
		}
		if len(rec) < 2 {
			return nil, fmt.Errorf("gdlib: ReadCSV(%q): line %d has %d field, want features and a target", name, line, len(rec))
		}
		v := make([]float64, len(rec))
		for i, f := range rec {
			x, err := strconv.ParseFloat(strings.TrimSpace(f), 64)
			if err != nil {
				if line == 1 {
					v = nil // a header
					break
				}
				return nil, fmt.Errorf("gdlib: ReadCSV(%q): line %d, field %d = %q: not a number", name, line, i+1, f)
			}
			v[i] = x
		}
		if v != nil {
			rows, y = append(rows, v[:len(v)-1]), append(y, v[len(v)-1])
		}
	}
	return NewDataset(name, rows, y)
}
