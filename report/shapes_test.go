package report

import (
	"fmt"
	"io"
	"testing"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/checks"
	"github.com/mtlint/mtlint/internal/shapes"
	"github.com/mtlint/mtlint/rules"
)

// shapeSizes are the N of the shapes benchmarks (see internal/shapes).
var shapeSizes = []int{1_000, 10_000, 100_000}

// shapeFile checks a shape with every default check, as "mtlint check"
// does, and returns the result the writers get.
func shapeFile(tb testing.TB, s shapes.Shape, n int) (*File, []*rules.Check) {
	tb.Helper()
	e, err := checks.Registry().NewEngine(rules.Config{})
	if err != nil {
		tb.Fatal(err)
	}
	a, err := article.Parse(string(s)+".txt", shapes.Text(s, n))
	if err != nil {
		tb.Fatal(err)
	}
	fs, err := e.Run(a)
	if err != nil {
		tb.Fatal(err)
	}
	return &File{Path: a.Path, Article: a, Findings: fs}, e.Checks()
}

// BenchmarkShapes writes the report of each shape of internal/shapes at
// N = 10³, 10⁴ and 10⁵ in every format (the checks run before timing) and
// reports ns per byte of text: the figure must stay flat across N for
// every shape and format.
func BenchmarkShapes(b *testing.B) {
	for _, s := range shapes.All {
		for _, n := range shapeSizes {
			var f *File
			var cs []*rules.Check
			for _, format := range Formats {
				b.Run(fmt.Sprintf("%s/%s/N=%d", format, s, n), func(b *testing.B) {
					if f == nil {
						f, cs = shapeFile(b, s, n)
					}
					size := len(f.Article.Src)
					b.SetBytes(int64(size))
					b.ReportAllocs()
					for b.Loop() {
						w, err := New(format, io.Discard, Options{Rules: cs})
						if err != nil {
							b.Fatal(err)
						}
						if err := w.File(f); err != nil {
							b.Fatal(err)
						}
						if err := w.Close(); err != nil {
							b.Fatal(err)
						}
					}
					b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(size), "ns/byte")
					b.ReportMetric(float64(len(f.Findings)), "findings")
				})
			}
		}
	}
}
