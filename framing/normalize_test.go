package framing

import (
	"testing"

	"github.com/framediff/framediff/framing/internal/scan"
)

// TestWorkerNormalize checks the worker's normalize, which lowers ASCII surfaces into a
// reused buffer, against the expected forms and against scan.Normalize, which it must
// agree with on every surface, ASCII or not (non-ASCII surfaces are handed to it).
func TestWorkerNormalize(t *testing.T) {
	w, err := (&Analyzer{}).newWorker(mustLanguage(t, "english"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ surface, want string }{
		{"halden", "halden"},
		{"Halden", "halden"},
		{"RUIZ", "ruiz"},
		{"McVarga", "mcvarga"},
		{"so-called", "so-called"},
		{"Ivo's", "ivo's"},
		{"Ivo\u2019s", "ivo's"},
		{"Marek\uFF07s", "marek's"},
		{"Ärzte", "ärzte"},
		{"F.B.I.", "f.b.i."},
		{"Route66", "route66"},
		{"", ""},
	} {
		t.Run(tc.surface, func(t *testing.T) {
			if got := w.normalize(tc.surface); got != tc.want {
				t.Errorf("normalize(%q) = %q, want %q", tc.surface, got, tc.want)
			}
			if got, ref := w.normalize(tc.surface), scan.Normalize(tc.surface, false); got != ref {
				t.Errorf("normalize(%q) = %q, scan.Normalize = %q", tc.surface, got, ref)
			}
		})
	}
}

// TestWorkerNormalizeNonASCII checks capitals outside ASCII, where normalize hands the
// surface to scan.Normalize: the two must agree.
func TestWorkerNormalizeNonASCII(t *testing.T) {
	w, err := (&Analyzer{}).newWorker(mustLanguage(t, "english"))
	if err != nil {
		t.Fatal(err)
	}
	for _, surface := range []string{"\u0130stanbul", "STRA\u1E9EE", "\u039F\u0394\u039F\u03A3", "\u01C5emal", "AB\xff", "Halden\u2019S"} {
		if got, ref := w.normalize(surface), scan.Normalize(surface, false); got != ref {
			t.Errorf("normalize(%q) = %q, scan.Normalize = %q", surface, got, ref)
		}
	}
}

func mustLanguage(t *testing.T, name string) language {
	t.Helper()
	lang, err := lookupLanguage(name)
	if err != nil {
		t.Fatal(err)
	}
	return lang
}
