package framing

import "testing"

// TestJoinSpeakerNamesSurnameFirst: a two-word name written surname first joins the name in
// the usual order when its second word is a known given name and its first is none.
func TestJoinSpeakerNamesSurnameFirst(t *testing.T) {
	runJoinRows(t, []joinRow{
		{"surname first joins the usual order",
			[]Count{{"Anna Veltri", 30}, {"Veltri Anna", 4}},
			[]Count{{"Anna Veltri", 34}}, map[string]string{"Veltri Anna": "Anna Veltri"}},
		{"shown in the usual order however few its statements",
			[]Count{{"Anna Veltri", 2}, {"Veltri Anna", 9}},
			[]Count{{"Anna Veltri", 11}}, map[string]string{"Veltri Anna": "Anna Veltri"}},
		{"the surname alone then joins the same person",
			[]Count{{"Anna Veltri", 5}, {"Veltri Anna", 2}, {"Veltri", 3}},
			[]Count{{"Anna Veltri", 10}}, map[string]string{"Veltri Anna": "Anna Veltri", "Veltri": "Anna Veltri"}},
		{"both words given names: two people",
			[]Count{{"Maria Thomas", 6}, {"Thomas Maria", 2}},
			[]Count{{"Maria Thomas", 6}, {"Thomas Maria", 2}}, map[string]string{}},
		{"no name in the usual order: as it is",
			[]Count{{"Veltri Anna", 4}, {"Anna Morosky", 3}},
			[]Count{{"Veltri Anna", 4}, {"Anna Morosky", 3}}, map[string]string{}},
		{"a body's word is no surname",
			[]Count{{"Anna Council", 3}, {"Council Anna", 2}},
			[]Count{{"Anna Council", 3}, {"Council Anna", 2}}, map[string]string{}},
	})
}
