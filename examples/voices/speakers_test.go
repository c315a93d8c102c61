package main

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// speakersOf counts the speakers of docs as analyze does.
func speakersOf(t *testing.T, docs []corpus.Document) []speaker {
	t.Helper()
	var sc speakerCounter
	var an framing.Analyzer
	r, err := an.VoiceReport(docs, &framing.VoiceReportOptions{Each: func(i int, spans []framing.Span, stmts []framing.Statement) {
		sc.add(i, &docs[i], spans, stmts)
	}})
	if err != nil {
		t.Fatal(err)
	}
	sc.roles = r.Stats.Roles
	return sc.speakers()
}

// TestSpeakersMergeCase: the canonical names of two documents that differ only in the case
// of their first letter ("Protesters", "protesters") are one speaker, named by the form
// with more statements, its statements the sum, its documents both, each statement a line
// that names the document and where its source stands.
func TestSpeakersMergeCase(t *testing.T) {
	docs := []corpus.Document{
		{ID: "d1", Language: "english", Text: "Protesters said the police had fired first. Protesters said they would return on Sunday."},
		{ID: "d2", Language: "english", Text: "The square filled again, and protesters said the curfew was illegal."},
	}
	sps := speakersOf(t, docs)
	var got *speaker
	for i := range sps {
		if caseKey(sps[i].Name) == "protesters" {
			if got != nil {
				t.Fatalf("two speakers %q and %q", got.Name, sps[i].Name)
			}
			got = &sps[i]
		}
	}
	if got == nil {
		t.Fatalf("no protesters among %+v", sps)
	}
	if got.Name != "Protesters" || got.Statements != 3 || got.Documents != 2 || len(got.Forms) != 2 || got.Forms[0].Count != 2 {
		t.Errorf("speaker %+v; want Protesters, 3 statements in 2 documents, two forms", *got)
	}
	if len(got.Lines) != 3 {
		t.Fatalf("%d lines, want 3", len(got.Lines))
	}
	for _, l := range got.Lines {
		d := docs[0]
		if l.DocID == "d2" {
			d = docs[1]
		}
		if d.Text[l.Start:l.End] != l.Match || l.Speaker != "Protesters" || l.verb != "said" {
			t.Errorf("line %+v does not point at its source", l)
		}
	}
}

// TestOneStatementOneCount: a sentence that reports a source's words with two quotations
// in it, quoted again later to be denied, is one statement of that source: in the speaker
// list, in the source's stance, and in its verbs.
func TestOneStatementOneCount(t *testing.T) {
	docs := []corpus.Document{{ID: "d", Language: "english", Text: "The bridge opened on Monday. " +
		"The Harbor Gazette reported that the opening was “a triumph of planning” for the city, and that the mayor’s visit " +
		"“signals a new era of cooperation between the districts.” In fact, the visit " +
		"does not “signal a new era of cooperation between the districts.” It was a routine inspection."}}
	sps := speakersOf(t, docs)
	if len(sps) != 1 || sps[0].Name != "Harbor Gazette" || sps[0].Statements != 1 || sps[0].Quotations != 1 ||
		sps[0].Reported != 0 || len(sps[0].Verbs) != 1 || sps[0].Verbs[0] != (framing.Count{Name: "reported", Count: 1}) {
		t.Errorf("speakers %+v; want Harbor Gazette with one quoted statement, reported (1)", sps)
	}
	res, _, err := analyze(corpus.Split{Event: "e", NameA: "a", A: docs}, -1, framing.Analyzer{Voices: framing.OwnVoice})
	if err != nil {
		t.Fatal(err)
	}
	side := res.Sides[0]
	if side.Voices.Quotations["quote"] != 1 || side.Voices.Quotations["reported"] != 0 {
		t.Errorf("voice stats count %v; want one statement with a quotation", side.Voices.Quotations)
	}
	found := false
	for _, src := range side.Sources {
		if src.Speaker == "Harbor Gazette" {
			found = true
			if src.Quotations != 1 || src.Statements != 0 || len(src.Verbs) != 1 || src.Verbs[0].Count != 1 {
				t.Errorf("stance %+v; want one quotation, verb reported (1)", src)
			}
		}
	}
	if !found {
		t.Errorf("no source block for Harbor Gazette among %d sources", len(side.Sources))
	}
}

// TestMergeShortNames: a one-word speaker joins the one fuller, person-like name it stands
// for, and stays apart when several could be meant or the fuller name is a body's; the
// joins are framing.JoinSpeakerNames', and the joined speaker carries the statements,
// documents, lines and forms of both.
func TestMergeShortNames(t *testing.T) {
	var c speakerCounter
	c.byKey = map[string]*speakerAcc{}
	di := 0
	add := func(name string, n int) {
		a := &speakerAcc{forms: map[string]int{name: n}, verbs: map[string]int{"said": n}}
		a.Statements, a.Quotations, a.Documents, a.docs = n, n, 1, []int{di}
		a.Lines = []line{{Line: framing.Line{DocID: fmt.Sprint("d", di)}, di: di}}
		c.byKey[caseKey(name)] = a
		di++
	}
	add("Anna Oren", 10)
	add("Oren", 20) // the surname of the one Oren, whose given name is known: merged
	add("Ana Ruiz", 10)
	add("Luis Ruiz", 8)
	add("Ruiz", 5) // two Ruizes of like weight: apart
	add("Qin Lan", 5)
	add("Qin", 7) // a Chinese surname first ("Lan" is no speaker alone), not among the commonest: merged
	add("Carrie Tam", 4)
	add("Tam", 2) // an East Asian surname last: merged
	add("Paul Meroz", 6)
	add("Paul", 3) // a given name, not a surname: apart
	add("Soloria Daily", 3)
	add("Soloria", 9) // a newspaper's name is no person's: apart
	add("Open Marivia", 8)
	add("Marivia", 9) // a body named after a place: apart
	add("Jon Q. Vale", 6)
	add("Vale", 1) // an initial inside a name: merged
	add("Maria Vidal", 4)
	add("Maria Lopez Vidal", 20) // a given name and a surname join the longer name with both
	add("Laura Dunn", 12)
	add("Peter Dunn", 3)
	add("Dunn", 2) // Peter Dunn has exactly a quarter of Laura Dunn's statements: apart
	got := map[string]string{}
	for _, sp := range c.speakers() {
		var forms []string
		for _, f := range sp.Forms {
			forms = append(forms, fmt.Sprintf("%s %d", f.Name, f.Count))
		}
		got[sp.Name] = fmt.Sprintf("%d statements, %d documents, %d lines: %s", sp.Statements, sp.Documents, len(sp.Lines), strings.Join(forms, ", "))
	}
	want := map[string]string{
		"Anna Oren":         "30 statements, 2 documents, 2 lines: Oren 20, Anna Oren 10",
		"Ana Ruiz":          "10 statements, 1 documents, 1 lines: Ana Ruiz 10",
		"Luis Ruiz":         "8 statements, 1 documents, 1 lines: Luis Ruiz 8",
		"Ruiz":              "5 statements, 1 documents, 1 lines: Ruiz 5",
		"Qin Lan":           "12 statements, 2 documents, 2 lines: Qin 7, Qin Lan 5",
		"Carrie Tam":        "6 statements, 2 documents, 2 lines: Carrie Tam 4, Tam 2",
		"Paul Meroz":        "6 statements, 1 documents, 1 lines: Paul Meroz 6",
		"Paul":              "3 statements, 1 documents, 1 lines: Paul 3",
		"Soloria Daily":     "3 statements, 1 documents, 1 lines: Soloria Daily 3",
		"Soloria":           "9 statements, 1 documents, 1 lines: Soloria 9",
		"Open Marivia":      "8 statements, 1 documents, 1 lines: Open Marivia 8",
		"Marivia":           "9 statements, 1 documents, 1 lines: Marivia 9",
		"Jon Q. Vale":       "7 statements, 2 documents, 2 lines: Jon Q. Vale 6, Vale 1",
		"Maria Lopez Vidal": "24 statements, 2 documents, 2 lines: Maria Lopez Vidal 20, Maria Vidal 4",
		"Laura Dunn":        "12 statements, 1 documents, 1 lines: Laura Dunn 12",
		"Peter Dunn":        "3 statements, 1 documents, 1 lines: Peter Dunn 3",
		"Dunn":              "2 statements, 1 documents, 1 lines: Dunn 2",
	}
	if !reflect.DeepEqual(got, want) {
		for k, v := range want {
			if got[k] != v {
				t.Errorf("%s: %q, want %q", k, got[k], v)
			}
		}
		for k, v := range got {
			if _, ok := want[k]; !ok {
				t.Errorf("unexpected speaker %s: %q", k, v)
			}
		}
	}
	first := c.speakers()
	if again := c.speakers(); !reflect.DeepEqual(again, first) {
		t.Errorf("a second call gives other speakers:\n%+v\n%+v", again, first)
	}
}

// TestJoinAcrossSides: the names are joined over both sides' speakers, so that one person
// has one name on both. Side b writes only the surname "Quell" (3 statements) beside one
// "David Quell" (1); side a names "Anna Quell" (5). Over both sides "Anna Quell" has more
// than four times the statements of "David Quell" (5 > 4×1), so side b's "Quell" is shown
// as "Anna Quell", its form "Quell" listed; read alone, side b would have joined it to
// "David Quell", the only Quell it names in full.
func TestJoinAcrossSides(t *testing.T) {
	var a, b []corpus.Document
	for i := range 5 {
		a = append(a, corpus.Document{ID: fmt.Sprintf("a%d", i), Language: "english",
			Text: fmt.Sprintf("The council met on day %d. Anna Quell said the budget would pass.", i)})
	}
	for i := range 3 {
		b = append(b, corpus.Document{ID: fmt.Sprintf("b%d", i), Language: "english",
			Text: fmt.Sprintf("The hall was full on day %d. Quell said the vote was unfair.", i)})
	}
	b = append(b, corpus.Document{ID: "b9", Language: "english", Text: "The hall was quiet. David Quell said the count was late."})
	res, _, err := analyze(corpus.Split{Event: "e", NameA: "a", NameB: "b", A: a, B: b}, -1, framing.Analyzer{Voices: framing.OwnVoice})
	if err != nil {
		t.Fatal(err)
	}
	find := func(side int, name string) *speaker {
		for i, sp := range res.Sides[side].Speakers {
			if sp.Name == name {
				return &res.Sides[side].Speakers[i]
			}
		}
		return nil
	}
	if sp := find(1, "Anna Quell"); sp == nil || sp.Statements != 3 || len(sp.Forms) != 1 || sp.Forms[0].Name != "Quell" || !sp.joined() {
		t.Errorf("side b's Anna Quell: %+v; want 3 statements written as Quell", sp)
	}
	if sp := find(1, "David Quell"); sp == nil || sp.Statements != 1 {
		t.Errorf("side b's David Quell: %+v; want 1 statement", sp)
	}
	if sp := find(1, "Quell"); sp != nil {
		t.Errorf("side b keeps Quell apart: %+v", sp)
	}
	if sp := find(0, "Anna Quell"); sp == nil || sp.Statements != 5 || sp.joined() {
		t.Errorf("side a's Anna Quell: %+v; want 5 statements, nothing joined", sp)
	}
	// Alone, side b joins its Quell to the only full name it gives.
	if sps := speakersOf(t, b); len(sps) == 0 || sps[0].Name != "David Quell" || sps[0].Statements != 4 {
		t.Errorf("side b alone: %+v; want David Quell with 4 statements first", sps)
	}
}

// TestTitleOnly: a title or role alone names no one ("minister", "the president"); a name,
// a capitalized qualifier, a title capitalized alone or a plural does.
func TestTitleOnly(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"minister", true},
		{"the president", true},
		{"a senior official", true},
		{"PM", true},
		{"spokesman", true},
		{"Minister Ana Ruiz", false},
		{"Ana Ruiz", false},
		{"British prime minister", false},
		{"Kremlin spokesman", false},
		{"Pope", false},
		{"officials", false},
		{"the streaming giant", false},
		{"Halden", false},
		{"NATO", false},
		{"", false},
		// A relative is someone's: one person, not an office's holder.
		{"his father", false},
		{"her mother", false},
		{"father", false},
		{"the wife", false},
	} {
		if got := titleOnly(tc.name, "english"); got != tc.want {
			t.Errorf("titleOnly(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestTitleOnlyNote: a title alone as the speaker of several documents is said to name no
// one beside its count, since it may join different people; a title in one document, or a
// name, is not.
func TestTitleOnlyNote(t *testing.T) {
	docs := []corpus.Document{
		{ID: "d1", Event: "e", Outlet: "a", Language: "english", Text: "Taxes in Halden will rise next year, says minister"},
		{ID: "d2", Event: "e", Outlet: "a", Language: "english", Text: "Schools in Halden will close in May, minister says"},
		{ID: "d3", Event: "e", Outlet: "a", Language: "english", Text: "Ana Ruiz said the port would reopen. Ana Ruiz said the ferry would run."},
		{ID: "d4", Event: "e", Outlet: "a", Language: "english", Text: "The bridge is safe, the mayor said on Monday."},
	}
	noted, out := titleNotes(t, docs)
	for name, got := range noted {
		if want := name == "minister"; got != want {
			t.Errorf("%q: note %v, want %v:\n%s", name, got, want, out)
		}
	}
	for _, name := range []string{"minister", "Ana Ruiz", "the mayor"} {
		if _, ok := noted[name]; !ok {
			t.Errorf("no speaker %q: the test shows nothing\n%s", name, out)
		}
	}
}

// TestPositionalCapital: a capital counts as lower case for the title rule only where the
// name's first word opens its sentence or the text.
func TestPositionalCapital(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       bool
	}{
		{"Minister says taxes will rise", "Minister", true},
		{"Taxes will rise. Minister says so", "Minister", true},
		{"Taxes will rise.\nMinister says so", "Minister", true},
		{"“We will vote.” Minister says so", "Minister", true},
		{"“Minister says so,” Ana Ruiz wrote", "Minister", true},
		{"The minister said the port would reopen", "The minister", true},
		{"Taxes will rise, Minister says", "Minister", false},
		{"“We will vote,” Minister says", "Minister", false},
		{"Minister Ana Ruiz says taxes will rise", "Minister Ana Ruiz", true}, // the rule then sees "Ana Ruiz"
		{"NATO says the drill is over", "NATO", false},
		{"minister says taxes will rise", "minister", false},
	} {
		start := strings.Index(tc.text, strings.Fields(tc.name)[0])
		if got := positionalCapital(tc.text, tc.name, start, start+len(tc.name)); got != tc.want {
			t.Errorf("positionalCapital(%q, %q) = %v, want %v", tc.text, tc.name, got, tc.want)
		}
	}
}

// TestTitleOnlyNoteSentenceStart: a title alone that opens its sentence in several
// documents ("Minister says ...", "The president said ...") gets the note, as the same
// title in lower case does; capitalized within a sentence it stands for one holder
// ("Pope"), a place opening the sentence keeps its capital ("Halden governor says ..."),
// and a relative ("her father") is one person: no note.
func TestTitleOnlyNoteSentenceStart(t *testing.T) {
	docs := []corpus.Document{
		{ID: "d1", Event: "e", Outlet: "a", Language: "english", Text: "Minister says taxes in Halden will rise next year."},
		{ID: "d2", Event: "e", Outlet: "a", Language: "english", Text: "Minister says schools in Halden will close in May."},
		{ID: "d3", Event: "e", Outlet: "a", Language: "english", Text: "Her father said the port would reopen in June."},
		{ID: "d4", Event: "e", Outlet: "a", Language: "english", Text: "Her father said the ferry would run again."},
		{ID: "d5", Event: "e", Outlet: "a", Language: "english", Text: "The bridge is safe, Mayor said on Monday."},
		{ID: "d6", Event: "e", Outlet: "a", Language: "english", Text: "The road is open, Mayor said on Tuesday."},
		{ID: "d7", Event: "e", Outlet: "a", Language: "english", Text: "Halden governor says the bridge will close."},
		{ID: "d8", Event: "e", Outlet: "a", Language: "english", Text: "Halden governor says the road will open."},
		{ID: "d9", Event: "e", Outlet: "a", Language: "english", Text: "The president said the vote was fair."},
		{ID: "d10", Event: "e", Outlet: "a", Language: "english", Text: "The president said the count was late."},
	}
	noted, out := titleNotes(t, docs)
	found := map[string]bool{}
	for name, got := range noted {
		found[strings.ToLower(name)] = true
		if want := strings.EqualFold(name, "minister") || strings.EqualFold(name, "the president"); got != want {
			t.Errorf("%q: note %v, want %v:\n%s", name, got, want, out)
		}
	}
	for _, name := range []string{"minister", "mayor", "halden governor", "the president", "her father"} {
		if !found[name] {
			t.Errorf("no speaker %q: the test shows nothing\n%s", name, out)
		}
	}
}

// titleNotes runs the program's analysis and text output on docs (one side) and returns,
// for each speaker listed, whether its line carries the bare-title note, and the output.
func titleNotes(t *testing.T, docs []corpus.Document) (map[string]bool, string) {
	t.Helper()
	r, _, err := analyze(corpus.Split{Event: "e", NameA: "a", A: docs}, -1, framing.Analyzer{Voices: framing.OwnVoice})
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	print(&out, &r, -1)
	const note = "a title naming no one: maybe different people"
	noted := map[string]bool{}
	for _, l := range strings.Split(out.String(), "\n") {
		i := strings.Index(l, "statement(s)")
		if i < 5 {
			continue
		}
		noted[strings.TrimSpace(l[:i-5])] = strings.Contains(l, note)
	}
	return noted, out.String()
}
