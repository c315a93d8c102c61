package voices

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Voice says whose words a stretch of text carries.
type Voice uint8

// The voices of [Quotes].
const (
	// Narrative is the outlet's own words.
	Narrative Voice = iota
	// Quote is a direct quotation: words in quotation marks that someone is reported to
	// have said or written. A word or two in quotation marks inside a clause of indirect
	// speech that goes on after them ("Ruiz said Marek had “lied” to voters") are not a
	// Quote but Reported, in the own voice, with [Span.Marked] set; after a mention word
	// ("the word “lied”") or a naming verb ("called the plan “reckless”") they stay a
	// Quote.
	Quote
	// Scare is a scare quote: a word or short phrase in quotation marks that no one is
	// reported to have said, held at a distance ("a so-called “threat”", "the “peace”
	// deal").
	Scare
	// Reported is indirect (reported) speech and the other contents that news attributes
	// to a source in its own words: the clause after "X said that", "X claimed that", "X
	// believes", "X wants to", the sentence with "according to X", or the clause before
	// ", officials said". A word or two quoted inside its clause are part of it ("X said
	// she “respects” Y and …"), as attribution corpora count such mixed contents; their
	// spans are Marked, with the content's attribution where the content is found, and
	// Continued unless they open it (see [Span]).
	Reported
	// Title is a name or title in quotation marks: a book, film, programme, slogan or
	// initiative ("the “Belt and Road” initiative", "the film “Crossing”"), quoted to name
	// it, not to hold it at a distance.
	Title
)

var voiceNames = [...]string{"narrative", "quote", "scare", "reported", "title"}

// NumVoices is the number of voices: every Voice is below it.
const NumVoices = len(voiceNames)

// String returns the voice's name: narrative, quote, scare, reported or title.
func (v Voice) String() string {
	if int(v) < len(voiceNames) {
		return voiceNames[v]
	}
	return fmt.Sprintf("voice(%d)", v)
}

// MarshalJSON writes the voice's name.
func (v Voice) MarshalJSON() ([]byte, error) { return json.Marshal(v.String()) }

// UnmarshalJSON reads a voice's name.
func (v *Voice) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	i := slices.Index(voiceNames[:], s)
	if i < 0 {
		return fmt.Errorf("voices: unknown voice %q", s)
	}
	*v = Voice(i)
	return nil
}

// Set is a set of voices.
type Set uint8

// Common sets of voices.
const (
	// All counts every token (the zero value).
	All Set = 0
	// Own is the outlet's own words: its narrative, the indirect speech it writes in its
	// own words ("X said that …" is a paraphrase), and the names and titles it quotes.
	// This follows the convention of BASIL's annotation (Fan et al. 2019), where indirect
	// speech is not quoted. Scare quotes stay out of the own voice: a word the outlet holds
	// at a distance ("the so-called “free press”") is the opposite of its own usage. A word
	// or two quoted inside a clause of indirect speech ("Ruiz said Marek had “lied” to
	// voters") are counted with the indirect speech, so in Own, as attribution corpora
	// count such mixed contents and BASIL's annotators read the word; their spans are
	// Reported with [Span.Marked] set, which is how to find them.
	Own Set = 1<<Narrative | 1<<Reported | 1<<Title
	// Quoted is what the outlet attributes to others or holds at a distance: direct
	// quotations and scare quotes. A word or two quoted inside a clause of indirect speech
	// are not in it but in Own (see Own and [Span.Marked]).
	Quoted Set = 1<<Quote | 1<<Scare
)

// Has reports whether the set includes v; the zero set includes every voice.
func (s Set) Has(v Voice) bool { return s == 0 || s&(1<<v) != 0 }

// String returns the set's voices' names joined by "+" ("narrative+reported+title"), or
// "all".
func (s Set) String() string {
	if s == All {
		return "all"
	}
	var names []string
	for v := range Voice(len(voiceNames)) {
		if s&(1<<v) != 0 {
			names = append(names, v.String())
		}
	}
	return strings.Join(names, "+")
}

// MarshalJSON writes the set as its names ("narrative+reported+title", "all").
func (s Set) MarshalJSON() ([]byte, error) { return json.Marshal(s.String()) }

// UnmarshalJSON reads a set written by MarshalJSON, the names "own" and "quoted", or a
// number (the bits of the set).
func (s *Set) UnmarshalJSON(b []byte) error {
	var n uint8
	if json.Unmarshal(b, &n) == nil {
		*s = Set(n)
		return nil
	}
	var text string
	if err := json.Unmarshal(b, &text); err != nil {
		return err
	}
	v, err := ParseSet(text)
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// ErrUnknownVoice is returned by [ParseSet] for a name that is no voice.
var ErrUnknownVoice = errors.New("unknown voice")

// ParseSet reads a set of voices: "all", "own" ([Own]), "quoted" ([Quoted]), or voice
// names joined by "+" or ",". An unknown name is an error wrapping [ErrUnknownVoice].
func ParseSet(text string) (Set, error) {
	switch strings.ToLower(strings.TrimSpace(text)) {
	case "all", "":
		return All, nil
	case "own":
		return Own, nil
	case "quoted":
		return Quoted, nil
	}
	var s Set
	for _, name := range strings.FieldsFunc(text, func(r rune) bool { return r == '+' || r == ',' || r == ' ' }) {
		i := slices.Index(voiceNames[:], strings.ToLower(name))
		if i < 0 {
			return 0, fmt.Errorf("voices: %w %q (want %s, own, quoted or all)", ErrUnknownVoice, name, strings.Join(voiceNames[:], ", "))
		}
		s |= 1 << i
	}
	return s, nil
}

// A Span is a stretch of text in a voice other than the outlet's own narrative, with its
// attribution where one was found: who is quoted or reported (the source), and the words
// that say so (the cue), each with its place in the text, so that every attribution can
// be checked against the sentence that makes it.
type Span struct {
	Start int   `json:"start"` // byte offsets of the quoted or reported words (quotation marks excluded)
	End   int   `json:"end"`   // byte offset just past the words
	Voice Voice `json:"voice"` // quote, scare, reported or title
	// Speaker is who is quoted or reported, in the text's words: the head of the source
	// phrase with its titles ("Rep. Gwen Moore"), without appositions or relative clauses,
	// a pronoun resolved to the name it stands for. Names joined by "and" are one speaker,
	// as written ("Ana Ruiz and Ivo Marek"): the statement is both of theirs, not one's
	// alone. Empty when no source was found, a pronoun could not be resolved (no speaker
	// rather than a wrong one), or the source names no one ("Some said", "Many believe";
	// SourceStart still points at it).
	Speaker string `json:"speaker,omitempty"`
	// Canonical is the speaker's one name in the document: the fullest form of the name
	// used ("President Barack Obama", "Mr. Obama" and "Obama" are all "Barack Obama"), an
	// acronym spelled out ("AP" is "Associated Press"), a description resolved to the
	// person or organization it stands for ("the governor" is "Rick Perry"; "the report"
	// is whoever the text ties the report to, as its author named with it or the speaker
	// who said or issued it, else "the report"). Names joined by "and" are each made
	// canonical and joined again in byte order ("Gov. Ivo Marek and Mayor Ana Ruiz" is
	// "Ana Ruiz and Ivo Marek"), so that a pair is one speaker however the text orders it.
	Canonical string `json:"canonical,omitempty"`
	// Verb is the cue, lowercased: a reporting verb ("said", "claimed", "insisted" in
	// "Ruiz insisted: …"), a phrase ("according to", "called for"), or ":" for a source
	// that a colon alone introduces ("Trump: …"). A name quoted after a naming verb has
	// that verb and no speaker ("known as", "goes by"), or the agent after "by" of that
	// verb read as a passive for speaker ("was called “a liar” by Lena Varga").
	Verb string `json:"verb,omitempty"`
	// Cue is the whole cue as written, lowercased, its spaces collapsed: the text from
	// CueStart to CueEnd, less a colon that ends it ("wrote:" is "wrote"; a colon alone
	// stays ":"). In English, where the text says, right after the verb, in what medium
	// the words were said, Cue runs over it ("said in a statement", "wrote on Twitter",
	// "said Monday during the interview"), so that quotations from statements, interviews
	// and posts can be told apart; the medium's noun ends it, and a clause after the verb
	// is not taken for a medium ("said in 2019 the hearing was" is "said"). A time alone is
	// not taken ("said Sunday" is "said"), nor what stands after a source ("said Ruiz in a
	// statement"), nor a medium when another stands between it and the span's words
	// ("said in a statement that … and in a speech that “…”" is "said" for the
	// quotation). Other languages keep the verb alone. Cue is for telling media apart, not
	// a better match to annotated cues: PolNeAR's annotators include the medium about as
	// often as not. It is empty when Verb is.
	Cue string `json:"cue,omitempty"`
	// SourceStart and SourceEnd are the byte offsets of the source phrase as it stands in
	// the text (the pronoun itself for a resolved pronoun); both 0 when there is none.
	SourceStart int `json:"source_start,omitempty"`
	SourceEnd   int `json:"source_end,omitempty"`
	// CueStart and CueEnd are the byte offsets of the cue (of Cue, which begins with the
	// verb); both 0 when there is none.
	CueStart int `json:"cue_start,omitempty"`
	CueEnd   int `json:"cue_end,omitempty"`
	// Echo is 1 + the index, among the spans of the same text, of the earlier quotation
	// whose words this quotation repeats (a text quotes a source's words again in order
	// to rebut them: "nor is it an act to “undermine the order”"); 0 when it repeats none.
	Echo int `json:"echo,omitempty"`
	// Continued marks the second and later pieces of one stretch of indirect speech
	// (Reported) that its cue or a quotation inside it cuts: "The new levy, officials
	// said, will not return" gives "The new levy" and "will not return", the second
	// Continued, as is "next year" in "Officials said the levy would “never come back”
	// next year". A word or two quoted inside the clause are a piece of it: "never" and
	// "return" in "Officials said the levy would “never” return" are both Continued. The
	// pieces of a direct quotation that its attribution interrupts ("“We will win,” she
	// said, “and soon.”") are not marked: each carries the same source and cue offsets,
	// which make them one statement. To count statements, group the spans with
	// framing.Statements (by attribution, Continued and Echo), not by Continued alone.
	Continued bool `json:"continued,omitempty"`
	// Marked says that the span's words stand in quotation marks in the text, though its
	// voice is not Quote: a word or two quoted inside a clause of indirect speech ("Ruiz
	// said Marek had “lied” to voters") are Reported, counted with the indirect speech in
	// the own voice ([Own]), as attribution corpora count such mixed contents, and
	// Marked, so that they can still be found as the source's words. Where [Quotes] finds
	// the content around them, they carry its attribution and are Continued, unless they
	// open the content ("said that “reckless” plans would fail": the content's first
	// piece is not Continued, nor is the rest after it); a segmenter
	// that wants only some voices ([Segmenter].Want) decides them alike, from their
	// sentence alone, but attributes nothing. Only such spans are marked: a quotation with
	// its own voice (Quote, Scare, Title) needs no mark.
	Marked bool `json:"marked,omitempty"`
}
