package checks

import (
	"fmt"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/internal/shapes"
	"github.com/mtlint/mtlint/rules"
)

// shapeSizes are the N of the shapes benchmarks: sentences, or units of
// 500 bytes for the line without spaces (50 MB at the largest).
var shapeSizes = []int{1_000, 10_000, 100_000}

// BenchmarkShapes parses and checks each shape of internal/shapes (a
// normal article, one paragraph, one line, a finding in every sentence of
// one line, a line without spaces) at N = 10³, 10⁴ and 10⁵ with every
// default check, and reports ns per byte, of wall and of CPU time: the
// figures must stay flat across N for every shape.
func BenchmarkShapes(b *testing.B) {
	e, err := Registry().NewEngine(rules.Config{})
	if err != nil {
		b.Fatal(err)
	}
	for _, s := range shapes.All {
		for _, n := range shapeSizes {
			b.Run(fmt.Sprintf("%s/N=%d", s, n), func(b *testing.B) {
				src := shapes.Text(s, n)
				// One run before timing: it loads the language models the
				// text wakes, once per process.
				if a, err := article.Parse("x", src); err == nil {
					e.Run(a)
				}
				b.SetBytes(int64(len(src)))
				b.ReportAllocs()
				m := shapes.Start(len(src))
				for b.Loop() {
					a, err := article.Parse("x", src)
					if err != nil {
						b.Fatal(err)
					}
					if _, err := e.Run(a); err != nil {
						b.Fatal(err)
					}
				}
				m.Report(b, b.N, "")
			})
		}
	}
}

// TestFragmentInWindows checks untranslated/fragment on a "sentence" of
// more than fragWindow words (clauses joined by commas, never a period):
// it is read in windows, and a Spanish clause in the second window is
// found where it is, as in a sentence of normal length.
func TestFragmentInWindows(t *testing.T) {
	const clause = "the council approved the plan for a new bridge after a long debate, "
	const spanish = "el gobierno no negociará con los sindicatos hasta que termine la huelga general"
	for _, n := range []int{10, 2 * fragWindow / 12} {
		text := strings.Repeat(clause, n) + spanish + ", " + strings.Repeat(clause, 20) + "said the mayor.\n"
		a, fs := runCheck(t, "untranslated/fragment", text, nil)
		if len(a.Sentences) != 1 || n > 10 && a.Sentences[0].EndWord <= fragWindow {
			t.Fatalf("n=%d: %d sentences of %d words, want one of more than %d", n, len(a.Sentences), len(a.Words), fragWindow)
		}
		at := strings.Index(text, spanish)
		if len(fs) != 1 || fs[0].Start != at || fs[0].End != at+len(spanish) {
			t.Errorf("n=%d: findings %v, want one at [%d,%d)", n, fs, at, at+len(spanish))
		}
	}
}
