package voices

import "strings"

// English: the word lists of the segmenter, written for framediff. The reporting verbs
// follow the kinds of verbs news uses to attribute (Bergler 1992, "The evidential analysis
// of reported speech"; Krestel, Bergler & Witte 2008, "Minding the source", LREC): verbs of
// saying and writing, of arguing and answering, of evaluating (accuse, praise) and of
// naming (call, describe). The verbs of thinking and intending (believe, want, expect)
// introduce indirect contents only, as PolNeAR annotates them (Newell et al. 2018).
// Inflections are generated from the base forms; irregular forms are listed.

// speechVerbs introduce direct quotations and indirect speech: "base" or "base:past"
// where the past is irregular.
const speechVerbs = "say:said tell:told add write:wrote:written note argue claim insist assert state declare announce explain " +
	"warn urge stress emphasize emphasise maintain acknowledge admit:admitted concede confirm deny reply respond retort answer " +
	"ask question wonder suggest propose recommend predict promise pledge vow threaten boast brag:bragged complain lament " +
	"remark observe comment quip:quipped joke continue conclude recall recount report reveal disclose tweet post blog:blogged testify " +
	"caution demand contend counter charge allege accuse blame criticize criticise condemn denounce praise hail applaud " +
	"dismiss reject mock scoff shout yell scream exclaim whisper mutter chant read:read summarize summarise reiterate " +
	"repeat inform assure reassure advise agree disagree object protest plead beg:begged implore appeal cite quote mention " +
	"highlight indicate signal imply hint speculate estimate reason posit opine muse confide stipulate assail jeer exhort grant forecast " +
	"talk speak:spoke:spoken chat:chatted brief react interject welcome put:put point lash shoot:shot fire hit:hit sum:summed spell weigh chime tout trumpet decry lambaste slam:slammed blast attack defend insist concur:concurred acknowledge affirm aver:averred avow attest swear:swore:sworn " +
	"sing:sang:sung snap:snapped fume rail scold chide rebuke sneer marvel gush rave thunder roar bark growl " +
	"grumble gripe whine moan groan sigh laugh smile beam chuckle cry:cried plead pronounce proclaim preach lecture " +
	"warn notify alert remind instruct order command direct tease taunt jab:jabbed needle ridicule lampoon deride elaborate riff"

// namingVerbs name what they quote rather than report it: "X called it “a disaster”"; they
// attribute a quotation, but a short one after them is not a title.
const namingVerbs = nameGivingVerbs + " describe characterize characterise portray refer:referred"

// nameGivingVerbs are the namingVerbs whose object is the name itself ("called it “…”",
// not "described it as “…”"); with the verbs of naming that report nothing else, their
// pasts mark a quoted name (see namingPasts).
const nameGivingVerbs = "call brand label term dub:dubbed"

// thinkVerbs introduce indirect contents (beliefs, intentions, findings), never a direct
// quotation by themselves.
const thinkVerbs = "see:saw:seen think:thought believe feel:felt know:knew:known hope expect want fear worry suspect doubt wish plan:planned " +
	"intend aim anticipate assume presume understand:understood realize realise recognize recognise consider view " +
	"regard reckon imagine suppose trust decide conclude find:found show:showed:shown learn discover determine estimate " +
	"calculate figure " +
	"prefer:preferred seek:sought support endorse oppose favor favour back urge decline refuse " +
	"advocate side allude dwell harp rant apologize apologise encourage discuss contemplate mull " +
	"notice remember project liken reaffirm push"

// thinkPasts are verbs of finding that report only in the past, their other forms
// mostly nouns or adjectives: "the court ruled that …", "…, the judge ruled." (but "the
// rules committee", "the ruling party"). Their base is the word before -d.
const thinkPasts = "ruled"

// weakVerbs are reporting verbs that are also nouns (a call, the claims, a report): a verb
// only after a subject.
const weakVerbs = "call calls claim claims report reports state states tweet tweets post posts note notes charge charges " +
	"answer answers reply replies retort question questions demand demands comment comments estimate estimates " +
	"project projects plan plans hope hopes view views fear fears support supports back backs quote quotes " +
	"order orders command commands signal signals attack attacks hit hits blast blasts object objects protest protests " +
	"concern concerns plea pleas remark remarks promise promises pledge pledges vow vows boast boasts praise praises " +
	"appeal appeals forecast forecasts joke jokes quip quips chant chants cry cries shout shouts scream screams " +
	"whisper whispers sigh sighs laugh laughs smile smiles roar roars lament laments hail hails blame blames " +
	"counter counters doubt doubts wish wishes worry worries trust trusts favor favors " +
	"side sides rant rants push pushes brand brands label labels term terms name names"

// inflect returns the forms of an English verb given as "base", "base:past" or
// "base:past:participle".
func inflect(entry string) []string {
	base, past, _ := strings.Cut(entry, ":")
	past, participle, _ := strings.Cut(past, ":")
	ends := func(suf string) bool { return strings.HasSuffix(base, suf) }
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	var s, ed, ing string
	switch {
	case ends("s") || ends("sh") || ends("ch") || ends("x") || ends("z"):
		s = base + "es"
	case ends("y") && len(base) > 1 && !vowel(base[len(base)-2]):
		s = base[:len(base)-1] + "ies"
	default:
		s = base + "s"
	}
	switch {
	case ends("ee"):
		ed, ing = base+"d", base+"ing"
	case ends("ie"):
		ed, ing = base+"d", base[:len(base)-2]+"ying"
	case ends("e"):
		ed, ing = base+"d", base[:len(base)-1]+"ing"
	case ends("y") && len(base) > 1 && !vowel(base[len(base)-2]):
		ed, ing = base[:len(base)-1]+"ied", base+"ing"
	default:
		ed, ing = base+"ed", base+"ing"
	}
	if past != "" {
		ed = past
		if n := len(past); n > 3 && strings.HasSuffix(past, "ed") && past[n-3] == past[n-4] {
			ing = past[:n-2] + "ing" // planned -> planning
		}
	}
	if participle != "" {
		return []string{base, s, ed, ing, participle}
	}
	return []string{base, s, ed, ing}
}

// englishLang is the segmenter's English: word classes, "according to" and "so-called" cues.
func englishLang() *Lang {
	l := newLang("english", true, map[Class]string{
		ClassWeak: weakVerbs,
		ClassNaming: "called calls calling call described describes describe describing branded labelled labeled termed " +
			"dubbed characterized characterised portrayed cited quoted asked asks accused accuses accuse referred " +
			"referring brand brands label labels",
		ClassHe:        "he him himself",
		ClassShe:       "she her herself",
		ClassThey:      "they them themselves",
		ClassIt:        "it",
		ClassI:         "i we me us",
		ClassDet:       "the a an this that these those its their his her our my your some any each every another",
		ClassConj:      "and but or then while whereas although though also later still however meanwhile yet so nor as who which",
		ClassTitle:     "mr mrs ms dr prof professor president sen senator rep representative gov governor gen general col lt sgt capt adm secretary minister premier chancellor judge justice mayor ambassador executive pope king queen prince sheikh rabbi rev father sir lord dame del pm",
		ClassAccording: "according",
		ClassThat:      "that",
		ClassSoCalled:  "so-called",
		ClassOrg: "ministry agency party press times post news newspaper committee department office council government army " +
			"staff commission bureau institute center centre university company corporation campaign coalition association union " +
			"administration court police network group foundation service services organization organisation federation " +
			"journal tribune herald daily telegraph guardian reuters ap afp xinhua tass bbc cnn embassy house senate congress " +
			"parliament white kremlin pentagon fund bank forces command regiment brigade battalion",
		ClassTime: "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight earlier later week month year " +
			"morning evening afternoon night weekend",
		ClassMonth: "january february april june july august september october november december " +
			"jan feb mar apr jun jul aug sep sept oct nov dec",
		ClassWho:     "who whom whose which",
		ClassNeg:     "not nor never no neither contrary n't false untrue groundless baseless",
		ClassSubject: "he she they it i we you i've we've you've they've i'd we'd you'd they'd he'd she'd",
		ClassPrep: "in on at after before during from for with by of to into over under about since until against among " +
			"through without within across amid despite following ahead near than as like upon toward towards via per " +
			"onto outside inside beyond behind below above beneath beside besides between throughout regarding concerning",
		ClassAux: "has have had would will did does do also later then again once previously earlier repeatedly recently " +
			"often even went just still further reportedly publicly privately could might may must should is was were are " +
			"been be separately quickly simply flatly explicitly bluntly tersely angrily firmly clearly first already " +
			"subsequently initially finally now too soon immediately instantly promptly quietly can can't cannot " +
			"couldn't won't wouldn't shouldn't mustn't doesn't don't didn't isn't wasn't aren't weren't hasn't haven't " +
			"hadn't 's 've 'd 'll",
		ClassRole: "president governor senator congressman congresswoman representative lawmaker spokesman spokeswoman " +
			"spokesperson secretary minister premier chancellor judge mayor ambassador general sheriff director chairman " +
			"chairwoman leader speaker attorney prosecutor official officer commissioner adviser advisor aide candidate " +
			"nominee king queen pope prince envoy diplomat analyst chief",
		ClassReflexive: "himself herself themselves itself myself ourselves",
		ClassPast: "came began went took made gave got saw ran stood held brought won lost met led left sat fell grew " +
			"knew drew drove rose chose wore threw broke spoke wrote told said became kept sent spent built felt found " +
			"thought bought caught taught fought sought paid laid meant heard understood forgot forgave hid hung lit shot " +
			"shut slid spread stuck struck swept swung tore woke is was were are has had does did am isn't wasn't aren't " +
			"weren't hasn't haven't hadn't doesn't don't didn't won't wouldn't can't couldn't shouldn't mustn't cannot " +
			"gone done seen taken given known shown begun become " +
			// Simple pasts that are no noun nor an adjective before one ("The firm sold the
			// land"); not "shook" nor "sang", which are surnames too.
			"sold fled flew sank swam stole froze drank dug dealt clung crept flung leapt slept " +
			"stung swore strove wept wrung sprang shrank sped arose awoke forbade foresaw foretold mistook misled " +
			"overtook overthrew oversaw undertook underwent upheld withdrew withheld retook rewrote resold outgrew",
		// Function words that never name a speaker, capitalized or not (a sentence may open
		// with them): subordinators, question words, adverbs and quantifiers.
		ClassFunc: "when whenever because if although though whereas whether unless since once where wherever what " +
			"whatever why how here there thus hence instead even now then just only perhaps maybe indeed moreover " +
			"furthermore however nevertheless nonetheless meanwhile otherwise besides still yet already almost both each " +
			"every all many most much more less some few several any none one two three four five six seven eight nine " +
			"ten such back so too very well also asked speaking given including especially particularly notably " +
			"unlike like despite amid after before during following while until upon today yesterday tomorrow tonight " +
			"last next this that these those it its whose which who whom what else ever never always sometimes often " +
			"again anyway anyhow rather quite enough first second third finally ultimately overall clearly obviously " +
			"certainly surely apparently reportedly initially eventually recently lately currently previously earlier " +
			"later soon shortly likewise similarly additionally separately consequently accordingly i'm i've i'll i'd we're we've we'll we'd you're you've you'll you'd they're they've " +
			"they'll they'd he's he'll he'd she's she'll she'd it's it'll that's there's here's what's who's let's",
	}, []string{"according to"}, []string{"so-called", "so called"})
	// "US" in capitals is the country ("US Ambassador Lena Fox"), not the pronoun "us".
	l.asWritten = map[string]Class{"US": 0}
	// The verbs' forms, each verb inflected once for its class and its base form (the
	// first list that has a form gives its base).
	l.base = make(map[string]string, 1200)
	for f := range strings.FieldsSeq(thinkPasts) {
		l.words[f] |= ClassThink
		l.base[f] = strings.TrimSuffix(f, "d")
	}
	for _, list := range []struct {
		verbs string
		class Class
	}{{speechVerbs, ClassVerb}, {namingVerbs, ClassVerb}, {thinkVerbs, ClassThink}} {
		for e := range strings.FieldsSeq(list.verbs) {
			forms := inflect(e)
			for _, f := range forms {
				l.words[f] |= list.class
				if _, ok := l.base[f]; !ok {
					l.base[f] = forms[0]
				}
			}
		}
	}
	return l
}

// verbBase returns the base form of a cue verb ("said" is "say"), or the word itself.
func (l *Lang) verbBase(w string) string {
	if b, ok := l.base[w]; ok {
		return b
	}
	return w
}
