package figures

import (
	"bytes"
	"errors"
	"image/png"
	"strings"
	"testing"
)

func prevalenceRows() []PrevalenceRow {
	return []PrevalenceRow{
		{Frame: "conflict", Side: "state", Estimate: 0.62, Low: 0.41, High: 0.80},
		{Frame: "conflict", Side: "wire", Estimate: 0.35, Low: 0.20, High: 0.52},
		{Frame: "resolution", Side: "state", Estimate: 0.10, Low: 0.02, High: 0.25},
		{Frame: "resolution", Side: "wire", Estimate: 0.44, Low: 0.30, High: 0.61},
	}
}

func TestPrevalence(t *testing.T) {
	for _, format := range []string{"png", "svg", "pdf"} {
		t.Run(format, func(t *testing.T) {
			var a, b bytes.Buffer
			if err := Prevalence(&a, format, prevalenceRows(), &PrevalenceOptions{Title: "Frames"}); err != nil {
				t.Fatal(err)
			}
			if err := Prevalence(&b, format, prevalenceRows(), &PrevalenceOptions{Title: "Frames"}); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Error("two runs gave different bytes")
			}
			switch format {
			case "png":
				img, err := png.Decode(bytes.NewReader(a.Bytes()))
				if err != nil {
					t.Fatal(err)
				}
				if r := img.Bounds(); r.Dx() < 400 || r.Dy() < 100 {
					t.Errorf("image %v too small", r)
				}
			case "svg":
				for _, w := range []string{"conflict", "resolution", "state", "wire", "Frames", "share of documents"} {
					if !strings.Contains(a.String(), w) {
						t.Errorf("SVG lacks %q", w)
					}
				}
			}
		})
	}
}

func TestPrevalenceBadInput(t *testing.T) {
	var buf bytes.Buffer
	if err := Prevalence(&buf, "png", nil, nil); !errors.Is(err, ErrNoData) {
		t.Errorf("no rows: %v", err)
	}
	for _, r := range []PrevalenceRow{
		{Frame: "f", Side: "s", Estimate: 0.5, Low: 0.6, High: 0.7},
		{Frame: "f", Side: "s", Estimate: 1.2, Low: 0.6, High: 1.3},
		{Frame: "f", Side: "s", Estimate: -0.1, Low: -0.2, High: 0},
	} {
		if err := Prevalence(&buf, "png", []PrevalenceRow{r}, nil); err == nil {
			t.Errorf("%+v: no error", r)
		}
	}
	if err := Prevalence(&buf, "gif", prevalenceRows(), nil); !errors.Is(err, ErrFormat) {
		t.Errorf("gif: %v", err)
	}
	var many []PrevalenceRow
	for _, s := range "abcdefghi" {
		many = append(many, PrevalenceRow{Frame: "f", Side: string(s), Estimate: 0.5, Low: 0.4, High: 0.6})
	}
	if err := Prevalence(&buf, "png", many, nil); err == nil {
		t.Error("nine sides: no error")
	}
}
