package voices

import (
	"fmt"
	"os"
	"testing"
)

// TestDebugText prints the spans of FRAMEDIFF_TEXT (a development aid; skipped without it).
func TestDebugText(t *testing.T) {
	text := os.Getenv("FRAMEDIFF_TEXT")
	if text == "" {
		t.Skip("set FRAMEDIFF_TEXT")
	}
	for _, s := range Quotes(text, "english") {
		fmt.Printf("%-8s %-30q %-14q %q\n", s.Voice, s.Speaker+" / "+s.Canonical, s.Verb, text[s.Start:s.End])
	}
}
