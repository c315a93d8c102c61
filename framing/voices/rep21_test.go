package voices

import "testing"

// TestReportedEvidenceParticiple21 covers a participle of showing or finding right after
// a record or a measurement (evidence.go): the record reports its object or clause, to
// the end of the participle's clause, with the record for source; after a noun that is
// no record, or as a noun before a verb, it reports nothing. Each sentence is written for
// this test.
func TestReportedEvidenceParticiple21(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"polls showing an object and its predicate, in a fronted phrase",
			"Despite polls showing her well behind, Ana Ruiz campaigned in Halden.",
			[]vspan{{Reported, "polls", "polls", "showing", "her well behind"}}},
		{"a poll showing, in the subject",
			"A new poll showing Ivo Marek well behind worried his aides.",
			[]vspan{{Reported, "A new poll", "a new poll", "showing", "Ivo Marek well behind"}}},
		{"a study finding that, the record without the phrase it ends",
			"In the wake of a study finding that the ferry ran late, Lena Varga resigned.",
			[]vspan{{Reported, "a study", "a study", "finding", "the ferry ran late"}}},
		{"records showing whether",
			"There are no public records showing whether the gift to Ana Ruiz was legal.",
			[]vspan{{Reported, "public records", "public records", "showing", "whether the gift to Ana Ruiz was legal"}}},
		{"not after a noun that is no record",
			"Despite voters showing her little warmth, Ana Ruiz campaigned in Halden.",
			nil},
		{"nor a participle of another verb of thinking after a record",
			"Despite polls hoping for a close race, Ana Ruiz campaigned in Halden.",
			nil},
		{"nor showing as a noun before a verb",
			"A poor poll showing could cost Ana Ruiz the seat in Halden.",
			nil},
	})
}
