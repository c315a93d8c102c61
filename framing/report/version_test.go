package report

import (
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestVersionFromCheckout checks that a test build, which records no VCS revision, names
// the revision of the git checkout it was built from, as git itself gives it.
func TestVersionFromCheckout(t *testing.T) {
	_, file, _, _ := runtime.Caller(0)
	out, err := exec.Command("git", "-C", filepath.Dir(file), "rev-parse", "HEAD").Output()
	if err != nil {
		t.Skipf("not a git checkout or no git: %v", err)
	}
	head := strings.TrimSpace(string(out))
	v := version()
	if strings.HasPrefix(v, "(devel)") {
		if got := strings.TrimSuffix(strings.TrimPrefix(v, "(devel) git "), "+dirty"); got != head {
			t.Errorf("version() = %q, want \"(devel) git %s\" with or without +dirty", v, head)
		}
		return
	}
	// A build that recorded its own revision (go test -buildvcs=true) gives it as it is.
	if !strings.HasPrefix(v, head) {
		t.Errorf("version() = %q, want the revision %s", v, head)
	}
}
