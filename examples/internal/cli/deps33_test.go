package cli

import (
	"os/exec"
	"strings"
	"testing"
)

// TestCommandsWithoutFiguresSkipPlotting enforces that the commands that draw no figure do
// not link the plotting packages (gonum.org/v1/plot, its fonts and framing/report/figures):
// cli takes a figure's format reader from the commands that draw (WriteFigure), so the
// others start without their package init and binary size.
func TestCommandsWithoutFiguresSkipPlotting(t *testing.T) {
	for _, cmd := range []string{"compare", "voices", "targets"} {
		out, err := exec.Command("go", "list", "-deps", "../../"+cmd).Output()
		if err != nil {
			t.Fatalf("go list %s: %v", cmd, err)
		}
		for _, p := range strings.Fields(string(out)) {
			if strings.HasPrefix(p, "gonum.org/v1/plot") || strings.HasSuffix(p, "/framing/report/figures") {
				t.Errorf("examples/%s links %s", cmd, p)
			}
		}
	}
}
