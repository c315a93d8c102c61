package framing

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestReadmeQuickStart keeps the README's quick start in step with the package Example:
// every statement of the README's main function must appear, in order, in Example, whose
// output go test checks.
func TestReadmeQuickStart(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	example, err := os.ReadFile("example_test.go")
	if err != nil {
		t.Fatal(err)
	}
	block := regexp.MustCompile("(?s)```go\n(.*?)```").FindSubmatch(readme)
	if block == nil {
		t.Fatal("README has no Go block")
	}
	body := func(src, fn string) []string {
		i := strings.Index(src, fn)
		if i < 0 {
			t.Fatalf("no %q", fn)
		}
		var lines []string
		for _, l := range strings.Split(src[i:], "\n")[1:] {
			if l == "}" {
				break
			}
			if c := strings.Index(l, "//"); c >= 0 {
				l = l[:c]
			}
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, l)
			}
		}
		return lines
	}
	want := body(string(block[1]), "func main() {")
	got := body(string(example), "func Example() {")
	k := 0
	for _, l := range got {
		if k < len(want) && l == want[k] {
			k++
		}
	}
	if k != len(want) || len(want) < 8 {
		t.Errorf("README quick start and Example differ at %q", want[min(k, len(want)-1)])
	}
}
