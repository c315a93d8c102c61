package voices

// A poll that frames its sentence: "In a Halden Post poll released Sunday, Ruiz led
// Marek 48 percent to 41 percent." PolNeAR annotates the poll as the source, "in" as the
// cue and the rest of the sentence as the content, as it does "according to a poll".
// Only a sentence that opens with "In" and a phrase of at most eleven words whose head
// is "poll", "polls", "survey" or "surveys", set off by a comma; the rest of the sentence
// is the content, unless it has cues of its own ("In a May poll, most voters said the
// port should close": the voters' words, read as any sentence's).
//
// The head comes before any preposition, relative word or verb after "In" (only
// determiners, possessives, numbers, months, adjectives and nouns stand before it: not
// "In the wake of the poll,", "In the town where the poll was held,"), and the comma or
// a phrase of the poll's own follows it ("In a poll of 800 voters,", "In a poll released
// Monday,"; not "In a poll tax protest,"). After the comma only a participle of the
// poll's own goes on with its phrase ("In a poll of pilots, taken in May, …").

// pollNouns head the phrase after a sentence's opening "In" that makes a poll the source.
var pollNouns = map[string]bool{"poll": true, "polls": true, "survey": true, "surveys": true}

// pollPhraseWords may follow the head of a poll's phrase before its comma: "a poll by the
// Post", "a survey of 800 voters", "a poll released Monday".
var pollPhraseWords = map[string]bool{"by": true, "of": true, "for": true, "conducted": true,
	"released": true, "published": true, "taken": true}

// inPoll returns the attribution of a sentence [lo, hi) that opens with "In" and a poll
// set off by a comma (see pollNouns), and the first token of its content; false when the
// sentence does not open so.
func (s *segmenter) inPoll(lo, hi int) (cue, int, bool) {
	if s.lang.name != "english" || hi-lo < 5 || s.lowerWord(lo) != "in" || s.toks[lo].inq {
		return cue{}, 0, false
	}
	const last = 11 // the phrase's words at most
	head := -1
	for j := lo + 1; j < hi && j <= lo+last; j++ {
		if s.toks[j].inq || s.commaBefore(j) {
			return cue{}, 0, false
		}
		if pollNouns[s.lowerWord(j)] {
			head = j
			break
		}
		if s.toks[j].cap {
			continue // "In a Halden Post poll", "In a May poll": a name or a month
		}
		if s.toks[j].flags&(ClassPrep|ClassWho|ClassThat|ClassAux|ClassVerb|ClassPast|ClassConj|ClassThink|ClassSubject) != 0 || relativeAdverbs[s.lowerWord(j)] {
			return cue{}, 0, false // "In the wake of the poll,", "In the town where the poll was held,"
		}
	}
	if head < 0 || head+1 >= hi {
		return cue{}, 0, false
	}
	if !s.commaBefore(head+1) && !pollPhraseWords[s.lowerWord(head+1)] {
		return cue{}, 0, false // "In a poll tax protest,", "In the week after the poll ended,"
	}
	srcTo := -1
	for j := head + 1; j < hi && j <= lo+last+1; j++ {
		if s.toks[j].inq {
			return cue{}, 0, false
		}
		if !s.commaBefore(j) {
			continue
		}
		if srcTo < 0 && pollPhraseWords[s.lowerWord(j)] && s.participleForm(j) {
			srcTo = -2 // "In a poll of pilots, taken in May, …": the poll's phrase goes on
			continue
		}
		if srcTo < 0 {
			srcTo = j
		}
		if discourseAdverbs[s.lowerWord(j)] {
			continue // "In a May poll, however, …": the adverb is no content
		}
		if !s.hasWords(j, hi) {
			return cue{}, 0, false
		}
		return cue{src: np{lo + 1, srcTo}, from: lo, to: lo + 1, verb: "in"}, j, true
	}
	return cue{}, 0, false
}

// relativeAdverbs open a relative clause after a noun: "the town where the poll was held".
var relativeAdverbs = map[string]bool{"where": true, "when": true, "whose": true, "whom": true, "which": true, "who": true, "that": true}
