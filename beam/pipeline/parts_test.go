package pipeline

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/mtlint/mtlint/lint"
	"github.com/mtlint/mtlint/reader"
	"github.com/mtlint/mtlint/report"
	"github.com/mtlint/mtlint/templates"
)

func init() { register.Function2x0[[]byte, func(string)](noLines) }

// noLines makes an empty PCollection<string>.
func noLines(_ []byte, _ func(string)) {}

func TestShardName(t *testing.T) {
	for _, tc := range []struct {
		name string
		i, n int
		want string
	}{
		{"out/run-findings.jsonl", 0, 1, "out/run-findings.jsonl"},
		{"out/run-findings.jsonl", 2, 4, "out/run-findings-00002-of-00004.jsonl"},
		{"gs://bucket/runs/day.findings.jsonl", 0, 2, "gs://bucket/runs/day-00000-of-00002.findings.jsonl"},
		{"findings", 1, 3, "findings-00001-of-00003"},
	} {
		if got := ShardName(tc.name, tc.i, tc.n); got != tc.want {
			t.Errorf("ShardName(%q, %d, %d) = %q, want %q", tc.name, tc.i, tc.n, got, tc.want)
		}
	}
}

func TestGroupOf(t *testing.T) {
	rec := &report.Record{Line: 3}
	for _, tc := range []struct {
		in   lint.Input
		want string
	}{
		{lint.Input{Path: "news/harbour/story.txt"}, "news/harbour"},
		{lint.Input{Path: "story.txt"}, "."},
		{lint.Input{Path: "gs://archive/news/harbour/story.txt"}, "gs://archive/news/harbour"},
		{lint.Input{Path: "s3://archive/story.txt"}, "s3://archive"},
		{lint.Input{Path: "gs://archive/feeds/day.jsonl", Record: rec}, "gs://archive/feeds/day.jsonl"},
		{lint.Input{Path: "feeds/day.jsonl", Record: rec, Group: "harbour"}, "harbour"},
		{lint.Input{Path: "odd.name://x/story.txt"}, "odd.name:/x"}, // not a scheme: a local path
	} {
		if got := groupOf(tc.in); got != tc.want {
			t.Errorf("groupOf(%+v) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestKeysEncoding(t *testing.T) {
	a := Article{Path: "harbour/a.txt", Group: "harbour", Text: []byte("The Harbour Courier\nHome | News | Sport\n\nShips waited offshore for a week.\n")}
	var got []byte
	(&keysFn{MaxWords: 16}).ProcessElement(a, func(b []byte) { got = b })
	g, keys, err := decodeKeys(got, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := templates.Keys(nil, templates.GroupOf("harbour"), a.Text, templates.Params{MaxWords: 16})
	if g != templates.GroupOf("harbour") || !slices.Equal(keys, want) || len(want) != 3 {
		t.Errorf("decoded group %x keys %v; want %x %v", g, keys, templates.GroupOf("harbour"), want)
	}
	for _, bad := range [][]byte{nil, make([]byte, 7), make([]byte, 12)} {
		if _, _, err := decodeKeys(bad, nil); err == nil {
			t.Errorf("%d bytes decode", len(bad))
		}
	}
	var none []byte
	(&keysFn{MaxWords: 16}).ProcessElement(Article{Path: "x", Err: "no such file or directory"}, func(b []byte) { none = b })
	if none != nil {
		t.Error("an article that could not be read has keys")
	}
	(&keysFn{MaxWords: 16}).ProcessElement(Article{Path: "harbour/scan.txt", Group: "harbour", Text: []byte("PDF\x00\x01")}, func(b []byte) { none = b })
	if none != nil {
		t.Error("an article that is not text has keys")
	}
	// Markdown is read by its reader, in the group its front matter names;
	// with --input text, as text in its folder's group.
	md := Article{Path: "notes/a.md", Group: "notes", Text: []byte("---\nsite: harbour-notes\n---\n\nHarbour Notes | *Opinion*\n\nShips waited offshore for a week.\n")}
	for _, tc := range []struct {
		format reader.Format
		group  string
		line   string // a line among the keys
	}{
		{reader.Auto, "site:harbour-notes", "Harbour Notes | Opinion"},
		{reader.Text, "notes", "Harbour Notes | *Opinion*"},
	} {
		(&keysFn{MaxWords: 16, Format: tc.format}).ProcessElement(md, func(b []byte) { got = b })
		g, keys, err := decodeKeys(got, nil)
		k, _, _ := templates.LineKey(templates.GroupOf(tc.group), []byte(tc.line), templates.Params{MaxWords: 16}, nil)
		if err != nil || g != templates.GroupOf(tc.group) || !slices.Contains(keys, k) {
			t.Errorf("%v: group %x, keys %x; want %q's group and %q among the keys", tc.format, g, keys, tc.group, tc.line)
		}
	}
}

// TestSummarySplits: the summary of a group does not depend on how the
// runner splits its articles into bundles or in what order it merges them.
func TestSummarySplits(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	rules := []string{"punctuation/space-before", "residue/template", "linebreak/split-sentence", "encoding/mojibake"}
	var stats []FileStat
	for i := range 40 {
		s := FileStat{Path: fmt.Sprintf("harbour/story-%02d.txt", i), Words: 80 + r.IntN(400), Failed: i%13 == 5}
		if !s.Failed {
			for range r.IntN(5) {
				s.Rules = append(s.Rules, rules[r.IntN(len(rules))])
				s.Warnings++
			}
			s.Score = float64(r.IntN(3)) * 10 // ties, to test the order
		}
		stats = append(stats, s)
	}
	fn := &summaryFn{Worst: 5}
	whole := fn.CreateAccumulator()
	for _, s := range stats {
		whole = fn.AddInput(whole, s)
	}
	want, err := formatSummary("harbour", fn.ExtractOutput(whole))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(want, `"articles":40`) || !strings.Contains(want, `"failed":3`) || strings.Count(want, `"path"`) != 5 {
		t.Fatalf("summary: %s", want)
	}
	for range 20 {
		order := r.Perm(len(stats))
		parts := make([]summaryAcc, 1+r.IntN(6))
		for i := range parts {
			parts[i] = fn.CreateAccumulator()
		}
		for _, i := range order {
			p := r.IntN(len(parts))
			parts[p] = fn.AddInput(parts[p], stats[i])
		}
		r.Shuffle(len(parts), func(i, j int) { parts[i], parts[j] = parts[j], parts[i] })
		acc := parts[0]
		for _, p := range parts[1:] {
			acc = fn.MergeAccumulators(acc, p)
		}
		if got, _ := formatSummary("harbour", fn.ExtractOutput(acc)); got != want {
			t.Fatalf("split in %d parts:\n%s\nwhole:\n%s", len(parts), got, want)
		}
	}
}

// TestWrite writes lines in shards and an empty output: every file is
// there, temporary files are gone, and the lines are all written once.
func TestWrite(t *testing.T) {
	dir := t.TempDir()
	var lines []string
	for i := range 50 {
		lines = append(lines, fmt.Sprintf(`{"n":%d}`, i))
	}
	p, s := beam.NewPipelineWithRoot()
	Write(s, filepath.Join(dir, "out.jsonl"), 3, false, beam.CreateList(s, lines))
	Write(s, filepath.Join(dir, "sorted.jsonl"), 1, true, beam.CreateList(s, lines))
	Write(s, filepath.Join(dir, "none.jsonl"), 1, true, beam.ParDo(s, noLines, beam.Impulse(s)))
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
	var got []string
	for i := range 3 {
		got = append(got, readLines(t, ShardName(filepath.Join(dir, "out.jsonl"), i, 3))...)
	}
	if !slices.Equal(slices.Sorted(slices.Values(got)), slices.Sorted(slices.Values(lines))) {
		t.Errorf("the shards hold %d lines, not the %d written", len(got), len(lines))
	}
	if sorted := readLines(t, filepath.Join(dir, "sorted.jsonl")); !slices.Equal(sorted, slices.Sorted(slices.Values(lines))) {
		t.Errorf("sorted output: %v", sorted)
	}
	if b, err := os.ReadFile(filepath.Join(dir, "none.jsonl")); err != nil || len(b) != 0 {
		t.Errorf("empty output: %q, %v", b, err)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
	if len(entries) != 5 {
		t.Errorf("%d files written, want 5", len(entries))
	}
}

func TestBuildRefuses(t *testing.T) {
	for _, tc := range []struct {
		o    Options
		want string
	}{
		{Options{}, "no inputs"},
		{Options{Files: []string{"nosuchscheme://bucket/*.txt"}}, "nosuchscheme"},
		{Options{Files: []string{"a.txt"}}, ""},
	} {
		tc.o.Setup.NoConfig = true
		_, s := beam.NewPipelineWithRoot()
		_, err := Build(s, tc.o)
		if tc.want == "" && err != nil || tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)) {
			t.Errorf("%+v: error %v, want %q", tc.o.Files, err, tc.want)
		}
	}
	_, s := beam.NewPipelineWithRoot()
	o := Options{Files: []string{"a.txt"}}
	o.Setup.Config, o.Setup.ConfigData = "site.yaml", []byte("source: originals/\n")
	if _, err := Build(s, o); err == nil || !strings.Contains(err.Error(), "source:") {
		t.Errorf("a configuration with source: builds: %v", err)
	}
}
