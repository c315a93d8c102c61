package voices

import "testing"

// TestRelativeAfterSource checks that a relative clause set off after the source of a
// quotation is passed over, its verbs with it, when the source is a noun phrase as when
// it is a name ("“…,” one dockworker, who asked not to be named, said"), and that a
// request not to be named is no content of its own ("asked not to be identified", "not
// to be publicly named"; but "not to be named as a defendant" asks something else),
// while a refusal stays one ("declined to be named", as refusals are read) and "asked"
// with an object before "not" keeps its content. Each text is invented.
func TestRelativeAfterSource(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a noun phrase, a request not to be named", "“The port will close,” one dockworker, who asked not to be named, said.",
			[]vspan{{Quote, "one dockworker", "one dockworker", "said", "The port will close,"}}},
		{"a noun phrase, a verb of saying in the relative clause", "“The port will close,” one official, who was not authorized to speak publicly, said.",
			[]vspan{{Quote, "one official", "one official", "said", "The port will close,"}}},
		{"a request not to be named before the verb", "One official, who asked not to be identified, said the port would close.",
			[]vspan{{Reported, "One official", "One official", "said", "the port would close"}}},
		{"a request not to be named alone", "Ana Ruiz asked not to be named in the report.",
			nil},
		{"as and a clause: a reason", "“The port will close,” said one official, who asked not to be named as he was not authorized to speak.",
			[]vspan{{Quote, "one official", "one official", "said", "The port will close,"}}},
		{"as and a source", "“The port will close,” said one official, who asked not to be named as a source.",
			[]vspan{{Quote, "one official", "one official", "said", "The port will close,"}}},
		{"as after a comma", "“The port will close,” said one official, who asked not to be named, as is customary.",
			[]vspan{{Quote, "one official", "one official", "said", "The port will close,"}}},
		{"the text ends after as", "Ana Ruiz asked not to be named as",
			nil},
		{"the text ends after an adverb (no participle: a content)", "Ana Ruiz asked not to be publicly",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "asked", "not to be publicly"}}},
		{"an adverb before the participle", "Ana Ruiz asked not to be publicly named.",
			nil},
		{"named as: another request", "Ana Ruiz asked not to be named as a defendant.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "asked", "not to be named as a defendant"}}},
		{"a request to be named is one", "Ana Ruiz asked to be named in the report.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "asked", "to be named in the report"}}},
		{"an object before not", "Ana Ruiz asked the council not to close the port.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "asked", "the council not to close the port"}}},
		{"a refusal stays one", "Ana Ruiz declined to be named.",
			[]vspan{{Reported, "Ana Ruiz", "Ana Ruiz", "declined", "to be named"}}},
	})
}
