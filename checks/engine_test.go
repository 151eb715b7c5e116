package checks

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/internal/corpus"
	"github.com/mtlint/mtlint/rules"
	"github.com/mtlint/mtlint/templates"
)

// TestChecksAreDocumented: every check has a doc, examples, and a Bad
// example that it flags while its Good example stays clean.
func TestChecksAreDocumented(t *testing.T) {
	reg := Registry()
	for _, c := range All() {
		if len(c.Doc) < 40 || c.Bad == "" || c.Good == "" {
			t.Errorf("%s: needs a one-paragraph Doc and Bad/Good examples", c.ID)
			continue
		}
		e, err := reg.NewEngine(rules.Config{Disable: []string{"all"}, Enable: []string{c.ID}})
		if err != nil {
			t.Fatal(err)
		}
		count := func(text string, side *rules.Side) int {
			a, err := article.ParseFile("example", []byte(text)) // encoding/not-utf8's Bad is Windows-1252
			if err != nil {
				t.Fatalf("%s: %v", c.ID, err)
			}
			fs, err := e.RunWith(a, rules.Inputs{Bitext: exampleSource(t, c, a), Side: side})
			if err != nil {
				t.Fatal(err)
			}
			return len(fs)
		}
		var bad, good *rules.Side
		if c.Batch {
			// A batch of five articles: the Bad example in each of them,
			// the Good one in the first only.
			bad, good = exampleBatch(c.Bad, true), exampleBatch(c.Good, false)
		}
		if count(c.Bad, bad) == 0 {
			t.Errorf("%s: its Bad example %q is not flagged", c.ID, c.Bad)
		}
		if n := count(c.Good, good); n != 0 {
			t.Errorf("%s: its Good example %q gets %d findings", c.ID, c.Good, n)
		}
	}
}

// exampleBatch returns the side inputs of a batch of five articles of one
// group: the first is text, the others a line of their own, after text when
// every is set.
func exampleBatch(text string, every bool) *rules.Side {
	g := templates.GroupOf("examples")
	sketch := templates.NewSketch(1 << 16)
	var arts [][]byte
	for i := range 5 {
		src := fmt.Sprintf("Line number %d of its own.\n", i)
		if i == 0 || every {
			src = text + src
		}
		arts = append(arts, []byte(src))
	}
	for _, src := range arts {
		sketch.Add(g, templates.Keys(nil, g, []byte(src), templates.DefaultParams))
	}
	tally := sketch.NewTally(3)
	for _, src := range arts {
		tally.Add(g, templates.Keys(nil, g, []byte(src), templates.DefaultParams))
	}
	return &rules.Side{Group: "examples", Values: map[any]any{templates.SideKey{}: tally.Set(templates.DefaultParams)}}
}

// allEngine enables every check, including those off by default.
func allEngine(t testing.TB) *rules.Engine {
	e, err := Registry().NewEngine(rules.Config{Enable: []string{"all"}})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// checkInvariants runs every check over src and verifies what the engine
// promises: no error (no panic, ranges and edits inside the text on UTF-8
// boundaries, edits sorted and disjoint), findings sorted, and applying the
// fixes yields valid UTF-8.
func checkInvariants(t testing.TB, e *rules.Engine, src []byte) {
	a, err := article.Parse("fuzz", src)
	if err != nil {
		return
	}
	fs, err := e.Run(a)
	if err != nil {
		t.Fatalf("engine error on %q: %v", src, err)
	}
	if !sort.SliceIsSorted(fs, func(i, j int) bool {
		if fs[i].Start != fs[j].Start {
			return fs[i].Start < fs[j].Start
		}
		return fs[i].End < fs[j].End
	}) {
		t.Fatalf("findings not sorted on %q", src)
	}
	var fixes []*rules.Fix
	for _, f := range fs {
		if f.Message == "" {
			t.Fatalf("%s: empty message", f.Rule)
		}
		fixes = append(fixes, f.Fix)
	}
	out, _ := rules.Apply(src, fixes)
	if utf8.Valid(src) && !utf8.Valid(out) {
		t.Fatalf("fixes made invalid UTF-8 from %q: %q", src, out)
	}
}

func seedTexts(t testing.TB) [][]byte {
	var out [][]byte
	paths, _ := filepath.Glob("../testdata/examples/*.txt")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, b)
	}
	return out
}

func FuzzEngine(f *testing.F) {
	for _, s := range seedTexts(f) {
		f.Add(s)
	}
	for _, s := range []string{
		"", "\n\n\n", "The\n\nwalkout\n\nof dockers.", "however , said", "“unclosed\n\n“still",
		"U. S. $1. 4 billion, 20, 000 people.", "a.b.c.d. e.", "\uFEFF\r\n\r\nx\r\n", "ÃƒÂ© &amp; \u200B",
	} {
		f.Add([]byte(s))
	}
	e := allEngine(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		checkInvariants(t, e, src)
	})
}

// TestExamplesInvariants runs the invariants over the bundled examples
// and over every line-prefix of the main example, so that ranges near the
// end of the text are exercised on every test run, not only when fuzzing.
func TestExamplesInvariants(t *testing.T) {
	e := allEngine(t)
	for _, s := range seedTexts(t) {
		checkInvariants(t, e, s)
		for i := 0; i < len(s); i++ {
			if s[i] == '\n' || s[i] == ' ' && i%7 == 0 {
				checkInvariants(t, e, s[:i])
			}
		}
	}
}

// BenchmarkEngine parses and checks the bundled example article with every
// default check.
func BenchmarkEngine(b *testing.B) {
	src, err := os.ReadFile("../testdata/examples/port-strike.txt")
	if err != nil {
		b.Fatal(err)
	}
	e, err := Registry().NewEngine(rules.Config{})
	if err != nil {
		b.Fatal(err)
	}
	// One run before timing: the example holds a Spanish sentence, and the
	// first detection loads lingua-go's models once per process.
	if a, err := article.Parse("x", src); err == nil {
		e.Run(a)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		a, err := article.Parse("x", src)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := e.Run(a); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEngineBBC parses and checks the whole BBC corpus per iteration
// (read once, outside the timer).
func BenchmarkEngineBBC(b *testing.B) {
	_, paths := corpus.BBC(b)
	var texts [][]byte
	var total int64
	for _, p := range paths {
		s, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, s)
		total += int64(len(s))
	}
	e, err := Registry().NewEngine(rules.Config{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			a, err := article.Parse("x", s)
			if err != nil {
				continue
			}
			e.Run(a)
		}
	}
}

// BenchmarkCheckBBC measures the cost of each check alone over the BBC
// corpus: the articles are parsed once, outside the timer, and each
// sub-benchmark runs an engine with one check enabled (an analysis that
// several checks share, such as the pairing of quotes, is counted in every
// check that needs it). The "parse" sub-benchmark is the model alone.
// Compare with BenchmarkEngineBBC, which parses and runs every check.
func BenchmarkCheckBBC(b *testing.B) {
	_, paths := corpus.BBC(b)
	var arts []*article.Article
	var texts [][]byte
	var total int64
	for _, p := range paths {
		s, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		a, err := article.Parse("x", s)
		if err != nil {
			continue
		}
		arts = append(arts, a)
		texts = append(texts, s)
		total += int64(len(s))
	}
	b.Run("parse", func(b *testing.B) {
		b.SetBytes(total)
		b.ReportAllocs()
		for b.Loop() {
			for _, s := range texts {
				if _, err := article.Parse("x", s); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	for _, c := range All() {
		if c.Bitext || c.Batch {
			continue // they run only with a source or a batch
		}
		e, err := Registry().NewEngine(rules.Config{Disable: []string{"all"}, Enable: []string{c.ID}})
		if err != nil {
			b.Fatal(err)
		}
		b.Run(c.ID, func(b *testing.B) {
			b.SetBytes(total)
			b.ReportAllocs()
			for b.Loop() {
				for _, a := range arts {
					if _, err := e.Run(a); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
