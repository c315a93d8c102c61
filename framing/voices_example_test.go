package framing_test

// The examples of quotations, statements and the voice report, and of web addresses, in
// the package a user's program imports it from (names qualified as they would be there).

import (
	"fmt"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

func ExampleStatements() {
	text := "The ministry said the dam was “safe and sound” and that repairs were “not needed at all.” " +
		"An engineer said the cracks were growing. The dam is not “safe and sound.”"
	spans := framing.Quotes(text, "english")
	for _, st := range framing.Statements(spans) {
		fmt.Printf("%s (%s, %s):", st.Name(), st.Voice, st.Verb)
		for _, i := range st.Spans {
			fmt.Printf(" [%s]", text[spans[i].Start:spans[i].End])
		}
		fmt.Println()
	}
	// Output:
	// the ministry (quote, said): [the dam was] [safe and sound] [and that repairs were] [not needed at all.] [safe and sound.]
	// an engineer (reported, said): [the cracks were growing]
}

func ExampleAnalyzer_VoiceReport() {
	docs := []corpus.Document{{ID: "d", Language: "english", Text: "The ministry said the dam was “safe and sound” " +
		"and that repairs were “not needed at all.” An engineer said the cracks were growing. " +
		"The ministry’s so-called “review” took one afternoon."}}
	var an framing.Analyzer
	r, err := an.VoiceReport(docs, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("statements:", r.Stats.Quotations["quote"]+r.Stats.Quotations["reported"], "speakers:", r.Stats.Speakers)
	for _, q := range r.Quoted {
		fmt.Printf("scare quote %q %d\n", q.Expr, q.Count)
	}
	for _, s := range r.Sources {
		fmt.Println(s.Speaker, s.Quotations, s.Statements, s.Verbs)
	}
	// Output:
	// statements: 2 speakers: [{an engineer 1} {the ministry 1}]
	// scare quote "review" 1
	// an engineer 0 1 [{said 1}]
	// the ministry 1 0 [{said 1}]
}

func ExampleAnalyzer_addresses() {
	text := "Contact the writer at jane.doe@example.com or visit www.example.org today."
	var an framing.Analyzer
	p, _ := an.ProfileTexts(text)
	fmt.Println(p.Total(1), p.Dropped().Address)
	an.KeepAddresses = true
	p, _ = an.ProfileTexts(text)
	fmt.Println(p.Total(1), p.Dropped().Address, p.Count("com"))
	// Output:
	// 4 7
	// 11 0 1
}
