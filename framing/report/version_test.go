package report

import (
	"os/exec"
	"path/filepath"
	"regexp"
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
	// Asked afresh (version() keeps the answer of the process's first call).
	if got := strings.TrimSuffix(gitRevision(), "+dirty"); got != head {
		t.Errorf("gitRevision() = %q, want %s with or without +dirty", gitRevision(), head)
	}
	v := version()
	if strings.HasPrefix(v, "(devel)") {
		if !regexp.MustCompile(`^\(devel\) git [0-9a-f]{40}(\+dirty)?$`).MatchString(v) {
			t.Errorf("version() = %q, want \"(devel) git\" and a revision", v)
		}
		return
	}
	// A build that recorded its own revision (go test -buildvcs=true) gives it as it is.
	if !regexp.MustCompile(`^[0-9a-f]{40}(\+dirty)?$|^v\d`).MatchString(v) {
		t.Errorf("version() = %q, want a revision or a module version", v)
	}
}
