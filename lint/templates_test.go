package lint

import (
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/report"
	"github.com/mtlint/mtlint/templates"
)

// siteBatch writes the articles of two sites, each in its folder, with a
// shared header and footer around bodies of their own.
func siteBatch(t *testing.T) string {
	files := map[string]string{}
	bodies := []string{"The port reopened on Monday after the strike.", "Ships waited offshore for a week.",
		"The unions put the offer to a vote.", "Exporters counted their losses.", "The council offered to mediate.",
		"Talks resumed at the ministry.", "A new shift system starts in January."}
	for i := range 6 {
		for s, site := range []string{"harbour", "valley"} {
			files[fmt.Sprintf("%s/a%d.txt", site, i)] = fmt.Sprintf("The %s Courier\nHome | World | Sport\nMonday, %d May 2024\n\n%s\n\n%s\n\nShare this article\n",
				site, 1+i, bodies[(i+s)%7], bodies[(i+s+3)%7])
		}
	}
	files["notes.jsonl"] = `{"id":"n1","site":"harbour","text":"The Harbour Courier\nA note."}` + "\n"
	return tree(t, files)
}

func TestTemplatesFirstPass(t *testing.T) {
	dir := siteBatch(t)
	w := &Walker{JSONLGroup: "site"}
	inputs := func() iter.Seq[Input] { return w.Inputs([]string{dir, "-", filepath.Join(dir, "missing.txt")}) }
	var stats [2]TemplateStats
	var sets [2]*templates.Set
	for i, jobs := range []int{1, 3} {
		l := &Linter{Jobs: jobs, Stdin: strings.NewReader("Home | World | Sport\n")}
		sets[i] = l.Templates(inputs, TemplateOptions{Params: templates.DefaultParams, MinArticles: 3, SketchBytes: 1 << 16, Stats: &stats[i]})
	}
	if stats[0] != stats[1] {
		t.Errorf("the first pass differs between 1 and 3 workers: %+v %+v", stats[0], stats[1])
	}
	// A count too large for its memory turns into a sketch, and says so.
	large := 0
	var st TemplateStats
	set := (&Linter{Jobs: 2}).Templates(inputs, TemplateOptions{Params: templates.DefaultParams, MinArticles: 3, SketchBytes: 1 << 10,
		Stats: &st, Large: func() { large++ }})
	if large != 1 || !st.Sketched || set.Len() != stats[0].Lines {
		t.Errorf("a small sketch: Large called %d times, %+v, %d template lines", large, st, set.Len())
	}
	// 12 articles and a record; standard input and the missing file are not read.
	if stats[0].Articles != 13 || stats[0].Lines != 8 {
		t.Errorf("%+v: want 13 articles and 8 template lines (4 a site)", stats[0])
	}
	g := templates.GroupOf(filepath.Join(dir, "harbour"))
	for _, line := range []string{"The harbour Courier", "Home | World | Sport", "Tuesday, 9 June 2020", "Share this article"} {
		k, _, _ := templates.LineKey(g, []byte(line), templates.DefaultParams, nil)
		if n, total := sets[1].Count(g, k); n != 6 || total != 6 {
			t.Errorf("%q: in %d of %d articles, want 6 of 6", line, n, total)
		}
	}
	k, _, _ := templates.LineKey(g, []byte("The port reopened on Monday after the strike."), templates.DefaultParams, nil)
	if n, _ := sets[1].Count(g, k); n != 0 {
		t.Errorf("a body line in %d articles", n)
	}
}

func TestTemplatesKeepTexts(t *testing.T) {
	dir := tree(t, map[string]string{"a.txt": "Port strike ends\n", "b.txt": "Ships sail again\n"})
	w := &Walker{}
	l := &Linter{Jobs: 2, Engine: wordEngine(t)}
	l.Templates(func() iter.Seq[Input] { return w.Inputs([]string{dir}) },
		TemplateOptions{Params: templates.DefaultParams, MinArticles: 3, KeepBytes: 40})
	// Both were kept (17 bytes each). Change them on disk: the check pass
	// reads what the first pass read.
	for _, name := range []string{"a.txt", "b.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("Changed\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	texts := map[string]string{}
	for in := range w.Inputs([]string{dir}) {
		f := l.CheckInput(in)
		texts[filepath.Base(in.Path)] = string(f.Article.Src)
	}
	for name, s := range texts {
		if s == "Changed\n" {
			t.Errorf("%s: the check pass read the file again", name)
		}
	}
	// Nothing is kept of a batch larger than the budget.
	l2 := &Linter{Jobs: 1, Engine: wordEngine(t)}
	l2.Templates(func() iter.Seq[Input] { return w.Inputs([]string{dir}) },
		TemplateOptions{Params: templates.DefaultParams, MinArticles: 3, KeepBytes: 10})
	n := 0
	l2.kept.Range(func(any, any) bool { n++; return true })
	if n != 0 {
		t.Errorf("%d texts kept of a batch over the budget", n)
	}
	// Kept texts are used once.
	for in := range w.Inputs([]string{dir}) {
		if f := l.CheckInput(in); string(f.Article.Src) != "Changed\n" {
			t.Errorf("%s: a kept text used twice", in.Path)
		}
	}
}

func TestTemplatesNothingRecurs(t *testing.T) {
	dir := tree(t, map[string]string{"a.txt": "Port strike ends\n\nThe unions voted.\n", "b.txt": "Ships sail again\n\nThe port reopened.\n",
		"c.txt": "Exporters count losses\n\nCitrus sales fell.\n"})
	w := &Walker{}
	var st TemplateStats
	set := (&Linter{Jobs: 2}).Templates(func() iter.Seq[Input] { return w.Inputs([]string{dir}) },
		TemplateOptions{Params: templates.DefaultParams, MinArticles: 3, SketchBytes: 1 << 16, Stats: &st})
	if set.Len() != 0 || st.Articles != 3 || st.Candidates != 0 {
		t.Errorf("%+v, %d lines", st, set.Len())
	}
}

func TestGroupOf(t *testing.T) {
	for _, tc := range []struct {
		in   Input
		want string
	}{
		{Input{Path: "site/a.txt"}, "site"},
		{Input{Path: "feed.jsonl", Record: &report.Record{Line: 3}}, "feed.jsonl"},
		{Input{Path: "feed.jsonl", Record: &report.Record{Line: 3}, Group: "harbour"}, "harbour"},
	} {
		if got := GroupOf(tc.in); got != tc.want {
			t.Errorf("GroupOf(%+v) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// BenchmarkTemplatesFirstPass times the first pass alone over the folder
// named by MTLINT_BENCH_DIR (a batch of scripts/gencorpus -sites), and
// reports what it kept. It is skipped without one.
//
//	go run ./scripts/gencorpus -n 200000 -sites 200 -size 2000 -out /tmp/batch
//	MTLINT_BENCH_DIR=/tmp/batch go test ./lint -run '^$' -bench FirstPass -benchtime 1x
func BenchmarkTemplatesFirstPass(b *testing.B) {
	dir := os.Getenv("MTLINT_BENCH_DIR")
	if dir == "" {
		b.Skip("MTLINT_BENCH_DIR names no batch")
	}
	w := &Walker{}
	var st TemplateStats
	for range b.N {
		(&Linter{Jobs: 2}).Templates(func() iter.Seq[Input] { return w.Inputs([]string{dir}) },
			TemplateOptions{Params: templates.DefaultParams, MinArticles: 3, Stats: &st})
	}
	b.ReportMetric(float64(st.Articles), "articles")
	b.ReportMetric(float64(st.CounterBytes)/1e6, "count-MB")
	b.ReportMetric(float64(st.Candidates), "keys-tallied")
	b.ReportMetric(float64(st.Lines), "template-lines")
}
