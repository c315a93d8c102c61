package devdata

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// PolNeAR (Newell, Margolin & Ruths 2018, "An Attribution Relations Corpus for Political
// News", LREC): the training split the team keeps in polnear-train, 840 articles from 7
// publishers with about 20,000 attributions, each a Source, a Cue and a Content (BRAT
// standoff, offsets in code points, fragments separated by ";").

// A PolNeARArticle is one article with its attributions.
type PolNeARArticle struct {
	Name, Publisher string
	Text            string
	Attributions    []Attribution
}

// An Attribution is one attribution relation: the byte ranges of its source, cue and
// content (each possibly in several fragments, or none), and their text as annotated.
type Attribution struct {
	Source, Cue, Content             [][2]int
	SourceText, CueText, ContentText string
}

// LoadPolNeAR reads polnear-train from the shared data folder dir. It returns an error
// wrapping os.ErrNotExist when the set is absent.
func LoadPolNeAR(dir string) ([]*PolNeARArticle, error) {
	dir = filepath.Join(dir, "polnear-train")
	meta, err := os.ReadFile(filepath.Join(dir, "metadata.tsv"))
	if err != nil {
		return nil, err
	}
	var out []*PolNeARArticle
	for i, line := range strings.Split(strings.TrimSpace(string(meta)), "\n") {
		f := strings.Split(line, "\t")
		if i == 0 || len(f) < 5 {
			continue
		}
		a := &PolNeARArticle{Name: f[1], Publisher: f[4]}
		b, err := os.ReadFile(filepath.Join(dir, "text", a.Name+".txt"))
		if err != nil {
			return nil, err
		}
		a.Text = string(b)
		if err := a.readAnn(filepath.Join(dir, "attributions", a.Name+".ann")); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}

func (a *PolNeARArticle) readAnn(path string) error {
	runeByte := make([]int, 0, len(a.Text)+1)
	for j := range a.Text {
		runeByte = append(runeByte, j)
	}
	runeByte = append(runeByte, len(a.Text))
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	type tspan struct {
		frags [][2]int
		text  string
	}
	ts := map[string]tspan{}
	var es [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		parts := strings.Split(line, "\t")
		switch {
		case strings.HasPrefix(line, "T") && len(parts) >= 3:
			_, offs, _ := strings.Cut(parts[1], " ")
			var sp tspan
			for _, fr := range strings.Split(offs, ";") {
				lo, hi, _ := strings.Cut(fr, " ")
				l, err1 := strconv.Atoi(lo)
				h, err2 := strconv.Atoi(hi)
				if err1 != nil || err2 != nil || l < 0 || h < l || h >= len(runeByte) {
					return fmt.Errorf("%s: bad offsets %q", path, line)
				}
				sp.frags = append(sp.frags, [2]int{runeByte[l], runeByte[h]})
			}
			sp.text = parts[2]
			ts[parts[0]] = sp
		case strings.HasPrefix(line, "E") && len(parts) >= 2:
			es = append(es, strings.Fields(parts[1]))
		}
	}
	for _, e := range es {
		var at Attribution
		for _, role := range e {
			r, id, _ := strings.Cut(role, ":")
			sp := ts[id]
			switch r {
			case "Source":
				at.Source = append(at.Source, sp.frags...)
				at.SourceText = strings.TrimSpace(at.SourceText + " " + sp.text)
			case "Cue":
				at.Cue = append(at.Cue, sp.frags...)
				at.CueText = strings.TrimSpace(at.CueText + " " + sp.text)
			case "Content":
				at.Content = append(at.Content, sp.frags...)
				at.ContentText = strings.TrimSpace(at.ContentText + " " + sp.text)
			}
		}
		if len(at.Content) > 0 {
			a.Attributions = append(a.Attributions, at)
		}
	}
	return sc.Err()
}
