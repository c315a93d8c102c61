package framing

// Scaffolding returns the words of an outlet's attribution practice, to give to
// [Analyzer.ExtraStopWords] when comparing outlets' own voices ([OwnVoice]): the
// attribution verbs "says", "said", "saying", "tells", "told" and "according" (the cues
// of the attribution rule of [Analyzer.LoadedTerms]) and the honorifics "mr", "mrs", "ms",
// "messrs" and "dr". How often an outlet writes "said" around what it quotes, and whether its style
// sheet writes "Mr.", are its practice, not its framing, yet in the own voice they lead the
// lists of distinctive terms ("said" and "Mr" ahead of every word of substance, an outlet
// that attributes at length against one that does not). The programs of examples/ drop
// them from the own voice unless -keep-scaffolding is given.
//
// Stop words are matched before stemming, case ignored, so every use of these words is
// dropped, attribution or not ("the said agreement", "all told"); that is why the forms
// whose other senses an outlet chooses are left out of the list: "say" (a say in the plan),
// "tell" (time will tell) and "telling" (a telling silence, a judgement). Count all voices
// or the quoted ones with them: in a quotation "said" is the speaker's word. The words are
// English; in another language they are dropped where they occur, which is rarely. Each
// call returns a new slice, in this order.
func Scaffolding() []string {
	return []string{"says", "said", "saying", "tells", "told", "according",
		"mr", "mrs", "ms", "messrs", "dr"}
}
