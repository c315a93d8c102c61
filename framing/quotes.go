package framing

import (
	"fmt"

	"github.com/framediff/framediff/framing/voices"
)

// Voice says whose words a stretch of text carries: the outlet's narrative, a direct
// quotation, a scare quote, reported speech or a quoted title. It is [voices.Voice]; the
// segmenter that finds the voices is package github.com/framediff/framediff/framing/voices.
type Voice = voices.Voice

// The voices, as framing names them (see [voices.Narrative] and the others).
const (
	VoiceNarrative = voices.Narrative
	VoiceQuote     = voices.Quote
	VoiceScare     = voices.Scare
	VoiceReported  = voices.Reported
	VoiceTitle     = voices.Title
)

// Voices is a set of voices, for [Analyzer.Voices]: [voices.Set].
type Voices = voices.Set

// Common sets of voices (see [voices.All], [voices.Own] and [voices.Quoted]).
const (
	// AllVoices counts every token (the zero value).
	AllVoices = voices.All
	// OwnVoice is the outlet's own words: narrative, indirect speech, quoted titles. A
	// word or two quoted inside a clause of indirect speech ("Ruiz said Marek had “lied”
	// to voters") are counted with the indirect speech, so in OwnVoice; their spans are
	// marked ([voices.Span.Marked]), and [Analyzer.QuotedTerms] with VoiceQuote lists them.
	OwnVoice = voices.Own
	// QuotedVoices is direct quotations and scare quotes, less the word or two quoted
	// inside indirect speech (see OwnVoice).
	QuotedVoices = voices.Quoted
)

// A Span is a stretch of text in a voice other than the outlet's own, with its
// attribution: [voices.Span].
type Span = voices.Span

// ParseVoices reads a set of voices: "all", "own" (OwnVoice), "quoted" (QuotedVoices), or
// voice names joined by "+" or ","; an unknown name is an error wrapping [ErrOption].
func ParseVoices(text string) (Voices, error) {
	s, err := voices.ParseSet(text)
	if err != nil {
		return 0, fmt.Errorf("framing: %w: %w", err, ErrOption)
	}
	return s, nil
}

// Quotes segments text into the spans that are not the outlet's narrative, with their
// attribution: [voices.Quotes], which documents the rules.
//
// lang is not checked, and Quotes has no error to return. A language the segmenter does
// not attribute quotations in gets quotation marks and dialogue dashes only: no span has a
// speaker, and every short quotation, attributed or not, is a scare quote or a title. That
// is a misspelled name ("englsh"), one framediff does not know ("german", which
// [ResolveLanguage] and an [Analyzer] refuse with an error wrapping [ErrLanguage]), and one
// the Analyzer stems but the segmenter has no reporting verbs for (hungarian, norwegian,
// swedish). For a name that comes from input, check it first: ResolveLanguage refuses a
// name framediff does not know, and voices.LangOf(lang).Attributes() says whether
// quotations are attributed in it (English, Spanish, Russian and French).
//
// Deprecated: use [voices.Quotes].
func Quotes(text, lang string) []Span { return voices.Quotes(text, lang) }
