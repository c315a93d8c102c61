package framing_test

import (
	"fmt"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// A person named in full in one document and by surname alone in another is two
// speakers in VoiceStats; JoinSpeakerNames joins them (the documents are invented).
func ExampleJoinSpeakerNames() {
	docs := []corpus.Document{
		{ID: "d1", Language: "english", Text: "Anna Veltri said the harbor would reopen in May."},
		{ID: "d2", Language: "english", Text: "The ferries ran late again. Veltri said the delays were over."},
	}
	var an framing.Analyzer
	vs, err := an.VoiceStats(docs...)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("VoiceStats:", vs.Speakers)
	joined, into := framing.JoinSpeakerNames(vs.Speakers)
	fmt.Println("joined:", joined, "Veltri is", into["Veltri"])
	// Output:
	// VoiceStats: [{Anna Veltri 1} {Veltri 1}]
	// joined: [{Anna Veltri 2}] Veltri is Anna Veltri
}

// A headline's speaker named by a role alone joins the person the other statements title
// so: VoiceStats.Roles counts them by role and name.
func ExampleJoinSpeakerRoles() {
	docs := []corpus.Document{
		{ID: "d1", Language: "english", Text: "Moldovan President Ana Ruiz said the ports would reopen."},
		{ID: "d2", Language: "english", Text: "Moldovan President Ana Ruiz said the strike was over."},
		{ID: "d3", Language: "english", Text: "The ferries ran again, Moldovan President Ana Ruiz said."},
		{ID: "d4", Language: "english", Text: "Moldovan president says ferries run again\n\nThe first left at dawn."},
	}
	var an framing.Analyzer
	vs, err := an.VoiceStats(docs...)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("VoiceStats:", vs.Speakers, vs.Roles)
	joined, into := framing.JoinSpeakerRoles(vs.Speakers, vs.Roles)
	fmt.Println("joined:", joined, "the Moldovan president is", into["Moldovan president"])
	// Output:
	// VoiceStats: [{Ana Ruiz 3} {Moldovan president 1}] [{Moldovan President Ana Ruiz 3}]
	// joined: [{Ana Ruiz 4}] the Moldovan president is Ana Ruiz
}
