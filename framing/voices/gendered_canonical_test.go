package voices

import "testing"

// TestGenderedCanonicalNames checks that a speaker's canonical name keeps the gender the
// text gives it: a pronoun ("he said") rules out the text's fuller name of the other
// gender ("Maria Brandt", his wife), and tells which of two fuller names a surname alone
// stands for, when the fuller name's own first name has the pronoun's gender ("Auma" and
// "Ashley" tell none). A pronoun stands for no untitled surname written alone that the
// courtesy titles before it ("Mr. Brandt"; "Mr. and Mrs." give both; "Chairman" none)
// give the other gender only, or, without such titles, whose fuller names all do; the
// search then stops at the subjects and quotations' speakers (no speaker rather than a
// guess further back), and a title of office keeps the surname for either pronoun. A
// Spanish name of four words holds two given names and two surnames ("Mr. Calvo" is Luis
// Octavio Calvo Vega). Each text is invented; blank lines part paragraphs.
func TestGenderedCanonicalNames(t *testing.T) {
	runSpanCases(t, []spanCase{
		{"a pronoun rules out his wife's full name", "President Brandt arrived in Halden on Friday. “Every child matters,” he said, as his wife, Maria Brandt, watched.",
			[]vspan{{Quote, "Brandt", "Brandt", "said", "Every child matters,"}}},
		{"titles of both genders: the fuller form stays", "Maria Brandt runs the clinic. Mr. Brandt, her husband, flies planes. Mrs. Brandt met pilots.\n\nBrandt said the clinic would open in May.",
			[]vspan{{Reported, "Brandt", "Maria Brandt", "said", "the clinic would open in May"}}},
		{"a pronoun tells which of two full names: he", "Tomas Brandt and Maria Brandt toured the port on Monday.\n\nBrandt later met reporters. “It went well,” he said.",
			[]vspan{{Quote, "Brandt", "Tomas Brandt", "said", "It went well,"}}},
		{"a pronoun tells which of two full names: she", "Tomas Brandt and Maria Brandt toured the port on Monday.\n\nBrandt later met reporters. “It went well,” she said.",
			[]vspan{{Quote, "Brandt", "Maria Brandt", "said", "It went well,"}}},
		{"a full name whose first name tells no gender is not taken by a pronoun", "Maria Brandt and Auma Brandt toured the port on Monday.\n\nBrandt later met reporters. “It went well,” he said.",
			[]vspan{{Quote, "Brandt", "Brandt", "said", "It went well,"}}},
		{"a pronoun stands for no surname whose full name is the other gender's", "Maria Brandt runs the clinic. Brandt met Tomas Weiss on Monday. “It went well,” he said.",
			// Brandt, the subject, is passed over for Maria Brandt's gender; the names
			// further back (Tomas Weiss, an object) are guesses: no speaker.
			[]vspan{{Quote, "", "", "said", "It went well,"}}},
		{"a pronoun passes over such a surname to the subject before it", "Tomas Weiss flew in on Sunday. Maria Brandt runs the clinic.\n\nBrandt met him on Monday. “It went well,” he said.",
			[]vspan{{Quote, "Tomas Weiss", "Tomas Weiss", "said", "It went well,"}}},
		{"a subject that is also a quotation's speaker, passed over", "Maria Brandt runs the clinic. “We are ready,” Brandt said. “It went well,” he said.",
			[]vspan{{Quote, "Brandt", "Maria Brandt", "said", "We are ready,"}, {Quote, "", "", "said", "It went well,"}}},
		{"a quotation's speaker alone, passed over", "Maria Brandt runs the clinic. Reporters met Tomas Weiss.\n\n“We are ready,” said Brandt, and the crowd cheered. “It went well,” he said.",
			[]vspan{{Quote, "Brandt", "Maria Brandt", "said", "We are ready,"}, {Quote, "", "", "said", "It went well,"}}},
		{"a surname with a title of office keeps a pronoun of either gender", "Maria Brandt runs the clinic.\n\nPresident Brandt toured the port. “It went well,” he said.",
			[]vspan{{Quote, "Brandt", "Brandt", "said", "It went well,"}}},
		{"a title of the surname alone tells its gender before a full name does", "Maria Brandt runs the clinic. Mr. Brandt flies planes.\n\nBrandt met Tomas Weiss on Monday. “It went well,” he said.",
			[]vspan{{Quote, "Brandt", "Brandt", "said", "It went well,"}}},
		{"a pronoun read as the surname is no evidence against its full name", "Brandt met reporters on Monday. “It went well,” he said.\n\nMaria Brandt runs the clinic. Dr. Brandt said the clinic would open in May.",
			// "he" is read as Brandt, named before Maria Brandt is: the pronoun keeps her
			// full name from that quotation, and is no evidence against her elsewhere.
			[]vspan{{Quote, "Brandt", "Brandt", "said", "It went well,"}, {Reported, "Dr. Brandt", "Maria Brandt", "said", "the clinic would open in May"}}},
		{"courtesy titles tell a surname's gender where its full name's given name tells none", "Tavro Brandt runs the city. Mr. Brandt flies planes. Ana Ruiz flew in on Sunday.\n\nBrandt met her on Monday. “It went well,” she said.",
			[]vspan{{Quote, "Ana Ruiz", "Ana Ruiz", "said", "It went well,"}}},
		{"a surname with a title of office earlier stands for a person of either gender", "President Brandt flew to Halden on Friday.\n\nMaria Brandt stayed home to host a dinner.\n\nThe trip was planned weeks ago, aides said.\n\nBrandt toured the docks with the governor. “It is terrible,” he said.",
			[]vspan{{Reported, "aides", "aides", "said", "The trip was planned weeks ago"}, {Quote, "Brandt", "Brandt", "said", "It is terrible,"}}},
		{"a couple's titles after one of them", "Mr. Brandt flies planes. Mr. and Mrs. Brandt live in Halden. Tomas Weiss flew in.\n\nBrandt met him on Monday. “It went well,” she said.",
			[]vspan{{Quote, "Brandt", "Brandt", "said", "It went well,"}}},
		{"a couple's titles give both genders", "Mr. and Mrs. Brandt live in Halden. Tomas Weiss flew in.\n\nBrandt met him on Monday. “It went well,” he said.",
			[]vspan{{Quote, "Brandt", "Brandt", "said", "It went well,"}}},
		{"a relative's title leaves a surname written alone its full name", "Tomas Brandt runs the clinic. His late mother, Mrs. Brandt, founded it.\n\n“It will open in May,” Brandt said. “We owe her everything,” he added.",
			[]vspan{{Quote, "Brandt", "Tomas Brandt", "said", "It will open in May,"}, {Quote, "Brandt", "Tomas Brandt", "added", "We owe her everything,"}}},
		{"a given name of both sexes is overruled by no pronoun", "Ashley Marsh, the team's captain, scored twice on Friday. Marsh later met reporters. “It went well,” he said.",
			[]vspan{{Quote, "Marsh", "Ashley Marsh", "said", "It went well,"}}},
		{"a given name alone of the other gender is no antecedent", "Ana Ruiz flew in on Sunday. Tom met the board on Monday. “It went well,” she said.",
			[]vspan{{Quote, "Ana Ruiz", "Ana Ruiz", "said", "It went well,"}}},
		{"four words of a Spanish name: two given names, two surnames", "The snow fell all night, and Luis Octavio Calvo Vega had no heat. Mr. Calvo said he was cold.",
			[]vspan{{Reported, "Mr. Calvo", "Luis Octavio Calvo Vega", "said", "he was cold"}}},
	})
}
