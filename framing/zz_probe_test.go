package framing

import "testing"

func TestZZProbe(t *testing.T) {
	const titled = "President Ana Ruiz spoke on Monday. Mayor Ana Ruiz left."
	for _, txt := range []string{
		"Ruiz, a former mayor and a critic of the plan, spoke in Halden.",
		"Ruiz is one of the richest women in Halden.",
		"Ruiz, one of the leaders of the protest, spoke.",
		"Halden's mayor, Ruiz, spoke.",
		"Ruiz, Halden's first female mayor, spoke.",
		"Ruiz became the first woman to lead the party.",
		"Ruiz was named the new coach on Monday.",
		"Ruiz, 45, mayor of Halden, spoke.",
		"The party's nominee, Ruiz, spoke.",
		"Ruiz, the party's nominee for governor, spoke.",
		"As governor, Ruiz vetoed the plan.",
		"Ruiz spoke on Monday. The billionaire said the plan was fair.",
		"Ruiz, a billionaire, spoke on Monday. Later the billionaire said the plan was fair.",
		"Ruiz, the billionaire who owns the team, spoke.",
		"Ruiz, a Halden native, spoke.",
		"Critics called Ruiz a liar.",
		"Ruiz, seen as a reformer, spoke.",
		"Ruiz is considered a moderate.",
		"Ruiz remains the front-runner.",
		"Ruiz and her lawyers spoke.",
		"Ruiz, the mayor's chief of staff, spoke.",
		"Ruiz is a former senator who now runs a bank.",
		"Ruiz, the former senator from Halden, spoke.",
		"Ruiz was the party's candidate in 2016.",
	} {
		got := labelCounts(t, "Ana Ruiz", titled, txt)
		t.Logf("%-80s %v", txt, got)
	}
}
