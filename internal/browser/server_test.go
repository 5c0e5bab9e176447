package browser

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gdlessons/lessons/internal/venv"
)

// TestLabSettings checks every setting of LabSettings against the schema
// that the installed JupyterLab ships for its plugin
// (share/jupyter/lab/schemas/PLUGIN.json in the environment): the plugin
// exists, the key is one of its properties, and the value has the type (or
// is one of the values) the schema allows. JupyterLab ignores a setting it
// does not know, so a misspelt one would silently not apply.
func TestLabSettings(t *testing.T) {
	jup, err := venv.Jupyter()
	if err != nil {
		t.Fatal(err)
	}
	schemas := filepath.Join(filepath.Dir(filepath.Dir(jup)), "share", "jupyter", "lab", "schemas")
	for name, text := range LabSettings {
		var settings map[string]any
		if err := json.Unmarshal([]byte(text), &settings); err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		plugin := strings.TrimSuffix(name, ".jupyterlab-settings")
		data, err := os.ReadFile(filepath.Join(schemas, plugin+".json"))
		if err != nil {
			t.Errorf("%s: no schema for the plugin: %v", name, err)
			continue
		}
		var schema struct {
			Properties map[string]struct {
				Type any   `json:"type"`
				Enum []any `json:"enum"`
			} `json:"properties"`
		}
		if err := json.Unmarshal(data, &schema); err != nil {
			t.Fatal(err)
		}
		for key, v := range settings {
			p, ok := schema.Properties[key]
			if !ok {
				t.Errorf("%s: %q is not a setting of %s", name, key, plugin)
				continue
			}
			if len(p.Enum) > 0 {
				found := false
				for _, e := range p.Enum {
					found = found || e == v
				}
				if !found {
					t.Errorf("%s: %s = %v, want one of %v", name, key, v, p.Enum)
				}
				continue
			}
			want := map[string]string{"bool": "boolean", "string": "string", "float64": "number"}[jsonType(v)]
			if typ, ok := p.Type.(string); ok && typ != want && !(typ == "integer" && want == "number") {
				t.Errorf("%s: %s = %v is a %s, the schema wants %s", name, key, v, want, typ)
			}
		}
	}
}

func jsonType(v any) string {
	switch v.(type) {
	case bool:
		return "bool"
	case string:
		return "string"
	case float64:
		return "float64"
	}
	return "other"
}
