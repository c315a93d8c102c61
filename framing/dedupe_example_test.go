package framing_test

import (
	"fmt"
	"time"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
)

// Find an outlet's copy of a wire story, see why it was clustered, and keep one of the two.
func ExampleNearDuplicates() {
	const flood = "Rescue teams reached the flooded village of Marra on Sunday and moved two hundred people to the school on the hill.\n" +
		"The river is expected to fall by Wednesday, the regional office said, but roads to the valley remain closed."
	day := func(d int) time.Time { return time.Date(2024, 5, d, 0, 0, 0, 0, time.UTC) }
	docs := []corpus.Document{
		{ID: "daily-9", Outlet: "Daily", Published: day(13), Text: flood + "\nReporting by our correspondent in Marra."},
		{ID: "wire-1", Outlet: "Wire", Published: day(12), Text: flood},
		{ID: "daily-3", Outlet: "Daily", Published: day(12), Text: "The city council approved a new bus line to the airport, which will open in the autumn."},
	}
	d, err := framing.NearDuplicates(docs, nil)
	if err != nil {
		panic(err)
	}
	fmt.Printf("threshold %.2f, %d bands of %d values, recall at the threshold %.4f\n",
		d.Options.Threshold, d.Options.Bands, d.Options.Rows, d.Recall)
	for _, c := range d.Clusters {
		fmt.Println("keep", c.Kept.ID, c.Kept.Outlet)
		for _, m := range c.Members {
			ov := m.Overlap
			// The texts of the kept document (a) and the member (b), for the evidence.
			a, b := flood, docs[0].Text
			fmt.Printf("drop %s %s: J = %.4f (%d of %d shingles), %d of %d lines shared\n",
				m.ID, m.Outlet, ov.Jaccard, ov.Shared, ov.Union, ov.Lines, ov.LinesA)
			fmt.Printf("  longest shared line: %.40q...\n", a[ov.Longest[0].StartA:ov.Longest[0].EndA])
			fmt.Printf("  the words part at byte %d of a (its end) and %d of b: %q\n", ov.DiffA, ov.DiffB, b[ov.DiffB:])
		}
	}
	kept, dropped := d.Keep(docs)
	fmt.Println(len(kept), "kept,", dropped, "dropped")
	// Output:
	// threshold 0.80, 21 bands of 6 values, recall at the threshold 0.9983
	// keep wire-1 Wire
	// drop daily-9 Daily: J = 0.8571 (36 of 42 shingles), 2 of 2 lines shared
	//   longest shared line: "Rescue teams reached the flooded village"...
	//   the words part at byte 224 of a (its end) and 225 of b: "Reporting by our correspondent in Marra."
	// 2 kept, 1 dropped
}

// Compare two texts word for word.
func ExampleOverlap() {
	ov, err := framing.Overlap("the cat sat on the mat", "The cat sat on a mat.", &framing.DedupeOptions{Shingle: 2})
	if err != nil {
		panic(err)
	}
	// Bigrams: {the cat, cat sat, sat on, on the, the mat} and {the cat, cat sat, sat on,
	// on a, a mat}.
	fmt.Printf("%d of %d shingles shared: J = %.4f; first difference at bytes %d and %d\n",
		ov.Shared, ov.Union, ov.Jaccard, ov.DiffA, ov.DiffB)
	// Output:
	// 3 of 7 shingles shared: J = 0.4286; first difference at bytes 15 and 15
}
