package voices

// A poll that frames its sentence: "In a Halden Post poll released Sunday, Ruiz led
// Marek 48 percent to 41 percent." PolNeAR annotates the poll as the source, "in" as the
// cue and the rest of the sentence as the content, as it does "according to a poll".
// Only a sentence that opens with "In" and a phrase of at most twelve words whose head
// is "poll", "polls", "survey" or "surveys", set off by a comma; the rest of the sentence
// is the content, unless it has cues of its own ("In a May poll, most voters said the
// port should close": the voters' words, read as any sentence's).

// pollNouns head the phrase after a sentence's opening "In" that makes a poll the source.
var pollNouns = map[string]bool{"poll": true, "polls": true, "survey": true, "surveys": true}

// inPoll returns the attribution of a sentence [lo, hi) that opens with "In" and a poll
// set off by a comma (see pollNouns), and the first token of its content; false when the
// sentence does not open so.
func (s *segmenter) inPoll(lo, hi int) (cue, int, bool) {
	if s.lang.name != "english" || hi-lo < 5 || s.lowerWord(lo) != "in" || s.toks[lo].inq {
		return cue{}, 0, false
	}
	head, srcTo := -1, -1
	for j := lo + 1; j < hi && j <= lo+12; j++ {
		if s.toks[j].inq {
			return cue{}, 0, false
		}
		if s.commaBefore(j) {
			if head < 0 {
				return cue{}, 0, false
			}
			if s.participleForm(j) && !s.toks[j].cap && srcTo < 0 {
				continue // "In a poll of 800 voters, conducted in May, …": the poll's phrase goes on
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
		if pollNouns[s.lowerWord(j)] && head < 0 {
			head = j
		}
	}
	return cue{}, 0, false
}
