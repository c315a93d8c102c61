package framing

import "testing"

func TestFindVariants(t *testing.T) {
	an := Analyzer{NGrams: 2}
	p, err := an.ProfileTexts("The F.B.I. said asylum-seekers waited. The FBI met asylum seekers in Kiev.",
		"Officials in Kyiv said the e-mail and the email were the same.")
	if err != nil {
		t.Fatal(err)
	}
	groups := FindVariants([][2]string{{"Kiev", "Kyiv"}, {"Paris", "Lyon"}}, p)
	found := map[string][]string{}
	for _, g := range groups {
		var ts []string
		for _, vt := range g.Terms {
			ts = append(ts, vt.Term)
		}
		found[g.Reason+":"+g.Key] = ts
	}
	// F.B.I. and FBI are one term already (acronyms count by their letters): no variant.
	if _, ok := found["spelling:fbi"]; ok {
		t.Errorf("fbi reported: %v", found)
	}
	if ts := found["spelling:asylumseekers"]; len(ts) != 2 {
		t.Errorf("asylum-seekers vs asylum seekers: %v (all %v)", ts, found)
	}
	if ts := found["spelling:email"]; len(ts) != 2 {
		t.Errorf("e-mail vs email: %v (all %v)", ts, found)
	}
	if ts := found["listed:Kiev/Kyiv"]; len(ts) != 2 {
		t.Errorf("Kiev/Kyiv: %v (all %v)", ts, found)
	}
	if _, ok := found["listed:Paris/Lyon"]; ok {
		t.Error("a listed pair that does not occur was reported")
	}
	// Merged when asked.
	merged, _ := (&Analyzer{Variants: map[string]string{"kiev": "kyiv", "e-mail": "email"}}).ProfileTexts("Kiev, Kyiv, e-mail, email")
	if merged.Count("kyiv") != 2 || merged.Count("email") != 2 {
		t.Errorf("merged: %+v", merged.Terms())
	}
	if _, err := (&Analyzer{Variants: map[string]string{"two words": "x"}}).ProfileTexts("x"); err == nil {
		t.Error("a two-word variant was accepted")
	}
}
