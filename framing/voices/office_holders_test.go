package voices

import "testing"

// TestSalientOfficeHolder checks whom a description by office ("the president") stands for
// when the text names several holders of the title: the nearest titled one when it is
// titled in the description's sentence or the two before it, or when the description
// has words of its own ("the Marvian president"); else the one that is a subject in those
// sentences, the latest first; else the one named most often, namesakes with another
// first name or another gender not counted, a surname alone counted for the full name
// it ends, opens (family name first) or holds (a paternal surname). A title after "vice"
// is another office ("associate" is not), and a role in apposition that is the object of
// a preposition after its first noun ("a senator allied with the president") is no one's,
// but after a conjunction; "elected in 2019 as president" names no holder, and the person
// spoken of stands for the office. Each text is invented; blank lines part paragraphs.
func TestSalientOfficeHolder(t *testing.T) {
	passing := "President Ana Voss flew to Halden on Monday.\n\nMs. Voss met the region's leaders. She passed up a speech in Marvia, where Ivo Brenk, its president, has jailed critics.\n\nMs. Voss praised the port. Ms. Voss met dockers. Ms. Voss toured the yards.\n\nAides were cheerful. "
	praised := vspan{Reported, "Ms. Voss", "Ana Voss", "praised", "the port"}
	runSpanCases(t, []spanCase{
		{"the protagonist, not a holder named in passing", passing + "“We are pleased,” the president said.",
			[]vspan{praised, {Quote, "the president", "Ana Voss", "said", "We are pleased,"}}},
		{"a description with words of its own: the nearest", passing + "“We are pleased,” the Marvian president said.",
			[]vspan{praised, {Quote, "the Marvian president", "Ivo Brenk", "said", "We are pleased,"}}},
		{"titled in the two sentences before: the nearest", "President Ana Voss flew to Halden.\n\nMs. Voss met dockers. Ms. Voss toured the yards. Ms. Voss ate lunch.\n\nPresident Ivo Brenk greeted her at dusk. “We are pleased,” the president said.",
			[]vspan{{Quote, "the president", "Ivo Brenk", "said", "We are pleased,"}}},
		{"titled in the two sentences before, another named after", "President Ana Voss flew to Halden.\n\nMs. Voss met dockers. Ms. Voss toured the yards.\n\nPresident Ivo Brenk greeted Ms. Voss at dusk. “We are pleased,” the president said.",
			[]vspan{{Quote, "the president", "Ivo Brenk", "said", "We are pleased,"}}},
		{"a subject in the two sentences before", "President Ana Voss flew to Halden. President Ivo Brenk met her.\n\nMs. Voss toured the yards. Ms. Voss ate lunch. Ms. Voss met dockers.\n\nAides were cheerful. Mr. Brenk smiled. “We are pleased,” the president said.",
			[]vspan{{Quote, "the president", "Ivo Brenk", "said", "We are pleased,"}}},
		{"a namesake with another first name is another person", "President Ana Voss arrived. President Tomas Ruiz opened the session.\n\nMs. Voss met pilots. Ms. Voss ate lunch.\n\nLena Ruiz, a banker, met dockers. Lena Ruiz toured the yards. Lena Ruiz ate lunch. Aides were cheerful. Crowds waited. “We are pleased,” the president said.",
			[]vspan{{Quote, "the president", "Ana Voss", "said", "We are pleased,"}}},
		{"a namesake of another gender is another person", "President Ana Voss arrived. President Tomas Ruiz opened the session.\n\nMs. Voss met pilots. Ms. Voss ate lunch.\n\nMrs. Ruiz, a banker, met dockers. Mrs. Ruiz toured the yards. Mrs. Ruiz ate lunch. Aides were cheerful. Crowds waited. “We are pleased,” the president said.",
			[]vspan{{Quote, "the president", "Ana Voss", "said", "We are pleased,"}}},
		{"a surname written alone in family-name-first order", "President Ivo Brenk hosted the summit. Mr. Brenk greeted guests. Mr. Brenk spoke first.\n\nPresident Xi Lanfeng arrived later. Mr. Xi toured the port. Mr. Xi met dockers. Mr. Xi ate lunch. Crowds waited.\n\n“We are pleased,” the president said.",
			[]vspan{{Quote, "the president", "Xi Lanfeng", "said", "We are pleased,"}}},
		{"a surname before a generational suffix", "President Ivo Brenk hosted the summit. Mr. Brenk greeted guests. Mr. Brenk spoke first.\n\nPresident Tomas Reyl Jr. arrived later. Mr. Reyl toured the port. Mr. Reyl met dockers. Mr. Reyl ate lunch. Crowds waited.\n\n“We are pleased,” the president said.",
			[]vspan{{Quote, "the president", "Tomas Reyl Jr", "said", "We are pleased,"}}},
		{"a paternal surname written alone", "President Ivo Brenk hosted the summit. Mr. Brenk greeted guests. Mr. Brenk spoke first.\n\nPresident Andrés Calvo Ibarra arrived later. Mr. Calvo toured the port. Mr. Calvo met dockers. Mr. Calvo ate lunch. Crowds waited.\n\n“We are pleased,” the president said.",
			[]vspan{{Quote, "the president", "Andrés Calvo Ibarra", "said", "We are pleased,"}}},
		{"a subject, not an object, in the two sentences before", "President Ana Voss flew home on Sunday.\n\nPresident Ivo Brenk of Marvia spent Monday at the port. He cut a ribbon. Workers cheered. Ships docked. He later phoned Ms. Voss.\n\n“We will not bow,” the president said.",
			[]vspan{{Quote, "the president", "Ivo Brenk", "said", "We will not bow,"}}},
		{"named as often: the nearest", "President Ana Voss arrived. President Ivo Brenk arrived.\n\nMs. Voss met pilots. Mr. Brenk met dockers.\n\nCrowds waited. Boats sailed. Bands played. “We are pleased,” the president said.",
			[]vspan{{Quote, "the president", "Ivo Brenk", "said", "We are pleased,"}}},
		{"an associate justice is the justice", "Associate Justice Ana Voss wrote the opinion. Crowds gathered outside. Lawyers waited. Clerks ran.\n\n“The law is clear,” the justice said.",
			[]vspan{{Quote, "the justice", "Ana Voss", "said", "The law is clear,"}}},
		{"an apposition opened by a phrase of time", "Ana Voss, since 2019 the president, opened the bridge. Crowds cheered. Boats sailed. Bands played.\n\n“This is a great day,” the president said.",
			[]vspan{{Quote, "the president", "Ana Voss", "said", "This is a great day,"}}},
		{"a name under two surnames counted once", "President Andrés Calvo Ibarra arrived on Monday. Aides greeted Andrés Calvo Ibarra. Reporters followed Andrés Calvo Ibarra.\n\nPresident Ivo Brenk hosted the dinner. Guests thanked Mr. Brenk. Dockers cheered Mr. Brenk. Pilots saluted Mr. Brenk. Cooks fed Mr. Brenk.\n\nCrowds waited. Boats sailed. Bands played. “We are pleased,” the president said.",
			[]vspan{{Quote, "the president", "Ivo Brenk", "said", "We are pleased,"}}},
		{"a surname after an Arabic article", "President Ana Voss arrived in Halden. Ms. Voss met pilots. Ms. Voss ate lunch.\n\nPresident Bashar al-Assad hosted her. Mr. Assad toured the port with her. Mr. Assad met dockers. Mr. Assad spoke to workers. Mr. Assad thanked the crews.\n\n“We are pleased,” the president said.",
			[]vspan{{Quote, "the president", "Bashar al-Assad", "said", "We are pleased,"}}},
		{"an apposition with a conjunction after its preposition", "Ana Voss, the head of state and president, opened the bridge. Crowds cheered. Boats sailed. Bands played.\n\n“This is a great day,” the president said.",
			[]vspan{{Quote, "the president", "Ana Voss", "said", "This is a great day,"}}},
		{"an apposition with the role after as", "Ana Voss, elected in 2019 as president, opened the bridge. Crowds cheered. Boats sailed. Bands played.\n\n“This is a great day,” the president said.",
			[]vspan{{Quote, "the president", "Ana Voss", "said", "This is a great day,"}}},
		{"a vice president is no president", "President Ana Voss flew to Halden.\n\nVice President Tomas Reyl stayed home.\n\n“We are pleased,” the president said.",
			[]vspan{{Quote, "the president", "Ana Voss", "said", "We are pleased,"}}},
		{"the vice president", "Vice President Tomas Reyl stayed home. President Ana Voss flew to Halden.\n\nAides were cheerful. Crowds waited. “We are pleased,” the vice president said.",
			[]vspan{{Quote, "the vice president", "Tomas Reyl", "said", "We are pleased,"}}},
		{"a role after a preposition in apposition", "President Ana Voss toured the port.\n\nTomas Reyl, a senator allied with the president, met dockers.\n\n“We are pleased,” the president said.",
			[]vspan{{Quote, "the president", "Ana Voss", "said", "We are pleased,"}}},
	})
}
