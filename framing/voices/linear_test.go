package voices

import (
	"fmt"
	"strings"
	"testing"
)

// hostileShapes are texts that once made the segmenter quadratic (paragraphs introducing
// block quotations, Russian dialogue) and others that stress its searches among
// quotations, contents and names; each is a unit repeated.
var hostileShapes = []struct{ name, lang, unit string }{
	{"block quotations", "english", "The ministry said in a statement:\n\nThe dam is safe and the levee held through the night, officials added.\n\n"},
	{"dialogue", "russian", "— Нет, — заявил он. — Никогда не соглашусь с этим планом.\n\n"},
	{"quotations", "english", "“We will rebuild,” the mayor said. “It will take a year.” She added that the city would pay.\n\n"},
	{"unclosed", "english", "He said “this never closes and goes on and on\n\n"},
	{"pronouns and titles", "english", "Gov. Ana Ruiz %d said “no.” The governor said “yes.” He told reporters that it was fine.\n\n"},
	{"descriptions of an office with many holders", "english", "President Ana Voss%d arrived. Ed Kaan ran. Al Moss ran. Crowds waited. Dogs barked. “Yes,” the president said. “No,” the president said.\n\n"},
	{"descriptions of an office held by a family", "english", "President Ana%d Voss arrived. Crowds waited. Dogs barked. Cats ran. “Yes,” the president said.\n\n"},
	{"descriptions of an office one holder titled again and again", "english", "President Ana Voss arrived. Crowds waited. Dogs barked. Cats ran. “Yes,” the president said.\n\n"},
	{"many people of one surname, each speaking", "english", "Ana%d Voss ran. “Yes,” she said.\n\n"},
	{"pronouns after surnames whose full names are the other gender's", "english", "Maria Brandt spoke. Brandt met Ivo%d Weiss. “Yes,” he said. Mr. Brandt left. “No,” she said.\n\n"},
	{"one long paragraph", "english", "The “term” was used, the official said, as “a term of art” that “no one” liked. "},
	{"names ending in a word written in lower case", "english", "The ferry carried Oskel Harbor to the pier, and the harbor was quiet. “We will stay,” he said. "},
	{"sentences opening with a word written in lower case", "english", "Crews waited. The crews were tired. Men carried sand. “We will stay,” he said. "},
	{"a description of an office after bare last names, in one paragraph", "english", "“We won,” Ruiz said. “We won,” the governor said. "},
	{"a description of an office after its holder, in one paragraph", "english", "Ana Ruiz spoke. “We won,” Ruiz said. “We won,” the governor said. "},
	{"descriptions of an office standing for its holder, in one paragraph", "english", "Ana Ruiz spoke at length on the pier while the crowd waited. The governor said the port would close. "},
	{"a place before he, in one paragraph", "english", "Hong Kong is wet. He said it. "},
	{"a place before they, in one paragraph", "english", "China is wet. They said it. "},
	{"many short quotations, in one paragraph", "english", "Fans of “Moonfall” and “Valdora” saw “Harborside”, "},
	{"short quotations in one long sentence with no cue", "english", "the crews kept a “firm” line on the pier and "},
	{"descriptions of a document after quotations, in one paragraph", "english", "Ana Ruiz, the mayor of Halden, said “we will build the bridge,” but Ivo Marek declined to comment. The survey by Lena Varga found the city divided. "},
	{"a document named again after many quotations, in one paragraph", "english", "Lena Varga said in a statement that the dam held. “It held,” Ruiz said. The statement said the levee was safe. "},
	{"a document speaking in sentences with no one else to answer, in one paragraph", "english", "It was, the report said, wrong. According to the report, it held. "},
	{"many quotations spoken by a document in one sentence, its name after them", "english", "“The levee held,” the report said, "},
	{"many quotations spoken by a document in one sentence, its name before them", "english", "the report said “it held,” and "},
	{"titles and their places in one long clause", "english", "Minister of Valdora "},
	{"a title's office with and in one long clause", "english", "Envoy for Trade of Fish and "},
	{"places after a lower-case role in one long clause", "english", "the mayor of Halden Ana Ruiz and "},
	{"ports of places in one long clause", "english", "Port of Halden for "},
	{"names joined by commas before plural verbs, in one paragraph with no full stop", "english", "Marek, Varga agree on the plan and "},
}

// TestLinearWork checks that the segmenter's searches among quotations, contents and
// names take a number of steps in proportion to the text: the steps per token stay under
// a bound and do not grow with the size of the text (a quadratic search would multiply
// them by the size).
func TestLinearWork(t *testing.T) {
	for _, sh := range hostileShapes {
		t.Run(sh.name, func(t *testing.T) {
			var perToken [2][2]float64 // every voice, own voice; by size
			for i, n := range []int{500, 4000} {
				var b strings.Builder
				for k := range n {
					u := sh.unit
					if strings.Contains(u, "%d") {
						u = fmt.Sprintf(u, k) // distinct names
					}
					b.WriteString(u)
				}
				text := b.String()
				for w, want := range []Set{0, Own} {
					s := segmenter{lang: LangOf(sh.lang), text: text, want: want}
					s.toks = s.tokenize(text, s.toks)
					s.segment()
					perToken[w][i] = float64(s.work) / float64(len(s.toks))
				}
			}
			for w, name := range []string{"every voice", "own voice"} {
				if p := perToken[w]; p[1] > 20 || p[1] > 1.5*p[0]+1 {
					t.Errorf("%s: steps per token: %.2f at 500 units, %.2f at 4,000", name, p[0], p[1])
				}
			}
		})
	}
}

// TestModifiesNounLinear checks that a text of paired marks with no word between them and
// one word at its end is read in time in proportion to it: each quotation's test of
// whether it modifies the noun after it reads a bounded gap, not the rest of the marks.
func TestModifiesNounLinear(t *testing.T) {
	var perByte [2]float64
	for i, n := range []int{500, 4000} {
		text := strings.Repeat("' \u2018 \u2019", n) + " ferry"
		s := segmenter{lang: LangOf("english"), text: text}
		s.toks = s.tokenize(text, s.toks)
		s.segment()
		perByte[i] = float64(s.work) / float64(len(text))
	}
	if perByte[1] > 2 || perByte[1] > 1.5*perByte[0]+0.1 {
		t.Errorf("steps per byte: %.3f at 500 units, %.3f at 4,000", perByte[0], perByte[1])
	}
}
