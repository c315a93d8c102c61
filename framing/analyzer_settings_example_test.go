package framing_test

import (
	"fmt"

	"github.com/framediff/framediff/framing"
)

// The settings of the zero Analyzer, every default resolved: what a provenance record
// needs beside the Analyzer's own JSON, which is {}.
func ExampleAnalyzer_Settings() {
	var an framing.Analyzer
	s, err := an.Settings()
	if err != nil {
		panic(err)
	}
	fmt.Println(s.Language, s.PerDocument, s.Stemmer, s.NGrams, s.Voices)
	fmt.Println(s.StopList.Name, s.StopList.Words)
	an = framing.Analyzer{Language: "es", NoStem: true, KeepStopWords: true, NGrams: 2, Voices: framing.OwnVoice}
	if s, err = an.Settings(); err != nil {
		panic(err)
	}
	fmt.Println(s.Language, s.PerDocument, s.Stemmer, s.NGrams, s.Voices, s.StopList.Name)
	// Output:
	// english true snowball english 1 all
	// snowball english+contractions 182
	// spanish false none 2 narrative+reported+title none
}
