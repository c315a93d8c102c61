package voices

import (
	"strings"
	"testing"
)

// TestDocumentAuthor checks what a description of a document stands for (documentTie):
// the person the text ties to the document, as its author named in the document's
// phrase ("a survey by …", "…'s survey", "a poll conducted by …"), as the speaker or
// subject whose words it carries ("said in a statement", "In a letter, …") or who issued
// it ("released a survey"); else the description itself, not someone who only spoke
// of the document or spoke before it. Texts written for this test; the names are
// invented.
func TestDocumentAuthor(t *testing.T) {
	tests := []struct {
		name, text, desc, want string
	}{
		{"a speaker who cites the survey is not its author",
			"Ivo Marek said the plan would fail, citing a survey. The survey found that most residents oppose it.",
			"The survey", "The survey"},
		{"a subject who doubts the survey is not its author",
			"Ivo Marek doubts the survey. The survey found that most residents oppose the plan.",
			"The survey", "The survey"},
		{"a person named in the report is not its author",
			"Ana Ruiz was named in the report. The report said the pier was unsafe.",
			"The report", "The report"},
		{"a verb of writing in an infinitive has another subject",
			"The council asked Ana Ruiz to prepare the report. The report said the pier was unsafe.",
			"The report", "The report"},
		{"a capitalized modifier the author does not hold",
			"Lena Varga said in a statement that the dam held. The Halden statement said the levee was safe.",
			"The Halden statement", "The Halden statement"},
		{"an author whose name goes on in the phrase",
			"A report by Halden police officers was leaked. The report said the pier was unsafe.",
			"The report", "The report"},
		{"the nearest document has an author not read: no one named before it",
			"Ana Ruiz said in a statement that the dam held. A statement from a port spokesman said the levee was safe. The statement said the pier was closed.",
			"The statement", "The statement"},
		{"a document that is its sentence's subject stands for what that subject stands for",
			"Ivo Marek released a survey on Monday. The survey was long. The survey found that most residents oppose the plan.",
			"The survey", "Ivo Marek"},
		{"the medium of the speaker's words",
			"Lena Varga said in a statement that the dam held. The statement said the levee was safe.",
			"The statement", "Lena Varga"},
		{"the medium opening the sentence",
			"In a letter, Ana Ruiz asked the council to wait. The letter said the pier was unsafe.",
			"The letter", "Ana Ruiz"},
		{"the medium of the speaker's words, issued by the speaker's own",
			"Ana Ruiz said in a statement released by her office that the dam held. The statement said the levee was safe.",
			"The statement", "Ana Ruiz"},
		{"a verb of issuing",
			"Ivo Marek released a survey on Monday. The survey found that most residents oppose the plan.",
			"The survey", "Ivo Marek"},
		{"a possessive pronoun",
			"Ana Ruiz posted her statement on Monday. The statement said the pier was unsafe.",
			"The statement", "Ana Ruiz"},
		{"a survey by a person",
			"The survey by Lena Varga was released on Monday. The survey found that most residents oppose the plan.",
			"The survey", "Lena Varga"},
		{"a possessive name",
			"Lena Varga's survey was released on Monday. The survey found that most residents oppose the plan.",
			"The survey", "Lena Varga"},
		{"the medium of the speaker's words, after modifiers: press release",
			"Lena Varga said in a press release that the dam held. “It held,” the release said.",
			"the release", "Lena Varga"},
		{"the medium of the speaker's words, after modifiers: news release",
			"Lena Varga said in a news release that the dam held. “It held,” the release said.",
			"the release", "Lena Varga"},
		{"the medium of the speaker's words, after modifiers: brief statement",
			"Lena Varga said in a brief statement that the dam held. “It held,” the statement said.",
			"the statement", "Lena Varga"},
		{"the medium of the speaker's words, after modifiers: Facebook post",
			"Lena Varga said in a Facebook post that the dam held. “It held,” the post said.",
			"the post", "Lena Varga"},
		{"the medium of the speaker's words, after modifiers: Twitter post",
			"Lena Varga said in a Twitter post that the dam held. “It held,” the post said.",
			"the post", "Lena Varga"},
		{"the medium of the speaker's words, after modifiers: blog post",
			"Lena Varga said in a blog post that the dam held. “It held,” the post said.",
			"the post", "Lena Varga"},
		{"the medium of the speaker's words, after modifiers: company blog post",
			"Lena Varga said in a company blog post that the dam held. “It held,” the post said.",
			"the post", "Lena Varga"},
		{"the medium of the speaker's words, after modifiers: White House statement",
			"Lena Varga said in a White House statement that the dam held. “It held,” the statement said.",
			"the statement", "Lena Varga"},
		{"the medium after the verb's object, then that",
			"Ivo Marek told reporters in a statement that the dam held. “It held,” the statement said.",
			"the statement", "Ivo Marek"},
		{"the medium after the verb's object, ending the sentence",
			"Ivo Marek defended the plan in a statement. “It held,” the statement said.",
			"the statement", "Ivo Marek"},
		{"the medium after an adverb",
			"Ivo Marek responded angrily in a statement. “It held,” the statement said.",
			"the statement", "Ivo Marek"},
		{"a noun's document is no medium",
			"Ivo Marek said the flaws in the report were serious. The report said the pier was unsafe.",
			"The report", "The report"},
		{"an acronym of the author's name",
			"The Halden Research Association released a poll. The HRA poll found that most residents oppose the plan.",
			"The HRA poll", "The Halden Research Association"},
		{"a body's name before the document",
			"According to a Halden Research Association poll, most residents oppose the plan. The poll found that the levee is safe.",
			"The poll", "Halden Research Association"},
		{"a body's name and its acronym before the document",
			"According to a Halden Research Association (HRA) poll, most residents oppose the plan. The HRA poll found that the levee is safe.",
			"The HRA poll", "Halden Research Association"},
		{"a place's name before the document is no author",
			"According to a Halden poll, most residents oppose the plan. The poll found that the levee is safe.",
			"The poll", "The poll"},
		{"an acronym the author's name does not make",
			"The Halden Research Association released a poll. The HTA poll found that most residents oppose the plan.",
			"The HTA poll", "The HTA poll"},
		{"a passive in the report is no tie: cited",
			"Lena Varga released a report on Monday. Ivo Marek was cited in the report. The report said the pier was unsafe.",
			"The report", "Lena Varga"},
		{"a passive in the report is no tie: mentioned",
			"Lena Varga released a report on Monday. Ivo Marek was mentioned in the report. The report said the pier was unsafe.",
			"The report", "Lena Varga"},
		{"a passive in the report is no tie: criticized",
			"Lena Varga released a report on Monday. Ivo Marek was criticized in the report. The report said the pier was unsafe.",
			"The report", "Lena Varga"},
		{"a passive in the report is no tie: quoted",
			"Lena Varga released a report on Monday. Ivo Marek was quoted in the report. The report said the pier was unsafe.",
			"The report", "Lena Varga"},
		{"a witness in the report is no author",
			"Lena Varga released a report on Monday. Ivo Marek testified in the report. The report said the pier was unsafe.",
			"The report", "Lena Varga"},
		{"a possessive pronoun after a verb that does not issue",
			"Ana Ruiz released a report on Monday. Ivo Marek criticized her report. The report said the pier was unsafe.",
			"The report", "Ana Ruiz"},
		{"the subject of a verb of issuing in another's content",
			"Ivo Marek said Ana Ruiz released a survey on Monday. The survey found that most residents oppose the plan.",
			"The survey", "Ana Ruiz"},
		{"reading a report is not writing it",
			"Ivo Marek read the report on Monday. The report said the pier was unsafe.",
			"The report", "The report"},
		{"a poll conducted by an organization",
			"A poll conducted by the Halden Institute was released on Monday. The Halden poll found that most residents oppose the plan.",
			"The Halden poll", "Halden Institute"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := segmenter{lang: LangOf("english"), text: tt.text}
			s.toks = s.tokenize(tt.text, s.toks)
			s.segment()
			pos := strings.LastIndex(tt.text, tt.desc)
			if got := s.definite(pos, tt.desc); got != tt.want {
				t.Errorf("%q stands for %q, want %q", tt.desc, got, tt.want)
			}
		})
	}
}
