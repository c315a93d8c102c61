package cli

// What a provenance record says about the analysis: the analyzer with every default
// resolved, and the statistics of the table, so that a reader of a published table need
// not know the programs' defaults.

import (
	"encoding/json"
	"fmt"
	"maps"

	"github.com/framediff/framediff/framing"
	"github.com/framediff/framediff/framing/report"
)

// Analysis is the statistics of a run's table, recorded in its provenance under
// "analysis". Every field is written: a zero means what its comment says.
type Analysis struct {
	// Measures are the measures of the table's scores (framing.Measure names), in the
	// order of its rows.
	Measures []string `json:"measures"`
	// Prior is the Dirichlet prior of the log-odds measure ("informative", "uniform" or
	// "background"; see framing.LogOddsOptions), and Alpha0 its total pseudo-count
	// (Alpha, the pseudo-count per term, for the uniform prior); "" and 0 where no
	// log-odds score is in the table.
	Prior  string  `json:"prior"`
	Alpha0 float64 `json:"alpha0"`
	// Adjust is the multiple-comparison adjustment of the token-level p-values over every
	// term scored (stats.Adjust: "BH" is Benjamini–Hochberg); "none" where no p-value.
	Adjust string `json:"adjust"`
	// AdjustOver is the family Adjust is over, in words with its number of terms ("the
	// 412 terms seen in 2 or more events"): adjusted p-values from two families (events
	// pools the terms of -min-events events, report every term) differ for one term.
	// "" where the family is every term of the table.
	AdjustOver string `json:"adjust_over,omitempty"`
	// Permutations is the number of label shuffles of the document-level test, whose
	// p-values are adjusted by DocAdjust over the terms tested; 0 (and DocAdjust "none")
	// where no such test ran. Seed is its random seed, 0 where none ran.
	Permutations int    `json:"permutations"`
	DocAdjust    string `json:"doc_adjust"`
	Seed         uint64 `json:"seed"`
}

// LogOddsAnalysis returns the Analysis of a log-odds table scored with o (its defaults
// filled in, as a framing.Comparison carries them), its token-level p-values adjusted by
// Benjamini–Hochberg, and its document-level test as dt configured it (framing's
// DocTestOptions with defaults filled in; permutations < 0 for none).
func LogOddsAnalysis(o framing.LogOddsOptions, dt framing.DocTestOptions) Analysis {
	a := Analysis{Measures: []string{string(framing.MeasureLogOdds)}, Adjust: "BH", DocAdjust: "none"}
	a.Prior, a.Alpha0 = PriorName(o)
	if dt.Permutations > 0 {
		a.Permutations, a.DocAdjust, a.Seed = dt.Permutations, "BH", dt.Seed
	}
	return a
}

// PriorName returns the name of the log-odds prior of o and its pseudo-count: Alpha0,
// or Alpha for the uniform prior.
func PriorName(o framing.LogOddsOptions) (string, float64) {
	switch o.Prior {
	case framing.PriorInformative:
		return "informative", o.Alpha0
	case framing.PriorUniform:
		return "uniform", o.Alpha
	case framing.PriorBackground:
		return "background", o.Alpha0
	}
	return fmt.Sprintf("prior %d", o.Prior), o.Alpha0
}

// resolveAnalyzer adds to a record's settings "analyzer_resolved", the
// framing.AnalyzerSettings of its "analyzer" (the analyzer's own JSON leaves out zero
// values: the language, stemmer and stop list it took by default), and returns the
// settings; they are unchanged when there is no "analyzer" or one already resolved.
func resolveAnalyzer(settings map[string]any) (map[string]any, error) {
	v, ok := settings["analyzer"]
	if _, done := settings["analyzer_resolved"]; !ok || done {
		return settings, nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	var an framing.Analyzer
	if err := json.Unmarshal(b, &an); err != nil {
		return nil, fmt.Errorf("cli: provenance: analyzer: %w", err)
	}
	s, err := an.Settings()
	if err != nil {
		return nil, err
	}
	p := report.Provenance{Settings: maps.Clone(settings)}
	if err := p.Set("analyzer_resolved", s); err != nil {
		return nil, err
	}
	return p.Settings, nil
}

// PooledFamily says, in words, which terms a Benjamini–Hochberg adjustment of pooled
// terms is over: n terms, seen in minEvents or more events.
func PooledFamily(n, minEvents int) string {
	if minEvents <= 1 {
		return fmt.Sprintf("the %d terms of the comparison, every term seen in any event", n)
	}
	return fmt.Sprintf("the %d terms seen in %d or more events (-min-events)", n, minEvents)
}
