package main

import (
	"errors"
	"reflect"
	"testing"
)

func TestJupyterCommand(t *testing.T) {
	none := func(string) (string, error) { return "", errors.New("not found") }
	lab := func(name string) (string, error) {
		if name == "jupyter-lab" {
			return "/opt/lab/bin/jupyter-lab", nil
		}
		return "", errors.New("not found")
	}
	for _, c := range []struct {
		lab      bool
		look     func(string) (string, error)
		root     bool
		wantName string
		wantArgs []string
	}{
		{false, none, false, "/usr/bin/jupyter", []string{"notebook"}},
		{false, none, true, "/usr/bin/jupyter", []string{"notebook", "--allow-root"}},
		{true, lab, false, "/opt/lab/bin/jupyter-lab", nil},
		{true, lab, true, "/opt/lab/bin/jupyter-lab", []string{"--allow-root"}},
	} {
		name, args := jupyterCommand(c.look, c.root)
		if name != c.wantName || !reflect.DeepEqual(args, c.wantArgs) {
			t.Errorf("lab=%v root=%v: got %s %q, want %s %q", c.lab, c.root, name, args, c.wantName, c.wantArgs)
		}
	}
}
