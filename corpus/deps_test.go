package corpus

import (
	"os/exec"
	"strings"
	"testing"
)

// TestImportsOnlyStandardLibrary enforces the layout: corpus depends on nothing but the
// standard library (and so never on framing).
func TestImportsOnlyStandardLibrary(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "-f", "{{if not .Standard}}{{.ImportPath}}{{end}}", ".").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	for _, p := range strings.Fields(string(out)) {
		if p != "github.com/framediff/framediff/corpus" {
			t.Errorf("corpus imports %s", p)
		}
	}
}
