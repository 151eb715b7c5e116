package checks

import (
	"fmt"
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
// default check, and reports ns per byte: the figure must stay flat across
// N for every shape.
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
				for b.Loop() {
					a, err := article.Parse("x", src)
					if err != nil {
						b.Fatal(err)
					}
					if _, err := e.Run(a); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(src)), "ns/byte")
			})
		}
	}
}
