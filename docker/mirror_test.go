package docker

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// aptSourcesGlobs are the files apt reads its sources from (sources.list(5)):
// the one-line format in *.list, the deb822 format in *.sources.
var aptSourcesGlobs = []string{
	"/etc/apt/sources.list",
	"/etc/apt/sources.list.d/*.list",
	"/etc/apt/sources.list.d/*.sources",
}

// debianMirror returns the URI of the first enabled "deb" source in the apt
// configuration of the host that serves suite, so debootstrap fetches
// from the mirror apt already uses.
func debianMirror(suite string) (string, error) {
	var files []string
	for _, g := range aptSourcesGlobs {
		m, _ := filepath.Glob(g)
		files = append(files, m...)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		var uri string
		if strings.HasSuffix(f, ".sources") {
			uri = mirrorDeb822(string(data), suite)
		} else {
			uri = mirrorOneLine(string(data), suite)
		}
		if uri != "" {
			return uri, nil
		}
	}
	return "", fmt.Errorf("no enabled apt source serves suite %q in %v", suite, files)
}

// mirrorOneLine finds suite in sources.list lines such as
// "deb [signed-by=...] http://host/debian bookworm main".
func mirrorOneLine(text, suite string) string {
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		f := strings.Fields(line)
		if len(f) < 3 || f[0] != "deb" {
			continue
		}
		f = f[1:]
		if strings.HasPrefix(f[0], "[") { // options, possibly several words
			for len(f) > 0 && !strings.HasSuffix(f[0], "]") {
				f = f[1:]
			}
			if len(f) > 0 {
				f = f[1:]
			}
		}
		if len(f) >= 2 && f[1] == suite {
			return f[0]
		}
	}
	return ""
}

// mirrorDeb822 finds suite in deb822 stanzas (Types, URIs, Suites, Enabled).
func mirrorDeb822(text, suite string) string {
	for _, stanza := range strings.Split(text, "\n\n") {
		fields := map[string]string{}
		for _, line := range strings.Split(stanza, "\n") {
			if strings.HasPrefix(line, "#") {
				continue
			}
			if k, v, ok := strings.Cut(line, ":"); ok && !strings.HasPrefix(line, " ") {
				fields[strings.ToLower(strings.TrimSpace(k))] = strings.TrimSpace(v)
			}
		}
		if strings.EqualFold(fields["enabled"], "no") {
			continue
		}
		if !contains(strings.Fields(fields["types"]), "deb") || !contains(strings.Fields(fields["suites"]), suite) {
			continue
		}
		if uris := strings.Fields(fields["uris"]); len(uris) > 0 {
			return uris[0]
		}
	}
	return ""
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestMirrorOneLine(t *testing.T) {
	// Lines in the forms sources.list(5) documents; the hosts are examples.
	text := `# deb http://commented.example/debian bookworm main
deb-src http://src.example/debian bookworm main
deb [arch=amd64 signed-by=/usr/share/keyrings/k.gpg] http://opts.example/debian bookworm-updates main
deb [ trusted=yes ] http://mirror.example/debian bookworm main contrib`
	if got, want := mirrorOneLine(text, "bookworm"), "http://mirror.example/debian"; got != want {
		t.Errorf("mirrorOneLine(bookworm) = %q, want %q", got, want)
	}
	if got, want := mirrorOneLine(text, "bookworm-updates"), "http://opts.example/debian"; got != want {
		t.Errorf("mirrorOneLine(bookworm-updates) = %q, want %q", got, want)
	}
	if got := mirrorOneLine(text, "trixie"); got != "" {
		t.Errorf("mirrorOneLine(trixie) = %q, want none", got)
	}
}

func TestMirrorDeb822(t *testing.T) {
	// Stanzas in the form sources.list(5) documents; the hosts are examples.
	text := `Types: deb
URIs: http://disabled.example/debian
Suites: bookworm
Components: main
Enabled: no

Types: deb-src deb
# a comment line
URIs: http://mirror.example/debian http://second.example/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://security.example/debian-security
Suites: bookworm-security
Components: main`
	if got, want := mirrorDeb822(text, "bookworm"), "http://mirror.example/debian"; got != want {
		t.Errorf("mirrorDeb822(bookworm) = %q, want %q", got, want)
	}
	if got, want := mirrorDeb822(text, "bookworm-security"), "http://security.example/debian-security"; got != want {
		t.Errorf("mirrorDeb822(bookworm-security) = %q, want %q", got, want)
	}
	if got := mirrorDeb822(text, "trixie"); got != "" {
		t.Errorf("mirrorDeb822(trixie) = %q, want none", got)
	}
}
