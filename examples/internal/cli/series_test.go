package cli

import (
	"slices"
	"strings"
	"testing"
)

func TestParseSeries(t *testing.T) {
	s, err := ParseSeries(" Kiev, news-frames:conflict,,Kiev, evaluative:*, news-frames : economic ,Hong Kong")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(s.Terms, []string{"Kiev", "Hong Kong"}) || len(s.Lexicons) != 2 {
		t.Fatalf("%+v", s)
	}
	// Sorted by lexicon name; * follows every category (nil).
	if s.Lexicons[0].Lexicon.Name() != "evaluative" || s.Lexicons[0].Categories != nil ||
		s.Lexicons[1].Lexicon.Name() != "news-frames" || !slices.Equal(s.Lexicons[1].Categories, []string{"conflict", "economic"}) {
		t.Errorf("lexicons %+v", s.Lexicons)
	}
	if s, err := ParseSeries(""); err != nil || len(s.Terms)+len(s.Lexicons) != 0 {
		t.Errorf("empty: %+v, %v", s, err)
	}
	for spec, want := range map[string]string{
		"frames:conflict":     `no lexicon "frames"`,
		"news-frames:weather": `no category "weather" (it has `,
	} {
		if _, err := ParseSeries(spec); !IsUsage(err) || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: %v; want a usage error with %q", spec, err, want)
		}
	}
}

func TestParsePeriod(t *testing.T) {
	for _, p := range []string{"day", "week", "month"} {
		if got, err := ParsePeriod(p); err != nil || string(got) != p {
			t.Errorf("%s: %q, %v", p, got, err)
		}
	}
	for _, p := range []string{"", "year", "Month"} {
		if _, err := ParsePeriod(p); !IsUsage(err) {
			t.Errorf("%q: %v; want a usage error", p, err)
		}
	}
}
