package report

import (
	"flag"
	"fmt"
	"io"
	"runtime"
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
// reports ns per byte of text, of wall and of CPU time: the figures must
// stay flat across N for every shape and format with findings in
// proportion to the text (Article and Line have almost none: a writer's
// work there is its fixed cost and the position index).
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
					m := shapes.Start(size)
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
					m.Report(b, b.N, "")
					b.ReportMetric(float64(len(f.Findings)), "findings")
				})
			}
		}
	}
}

var shapesN = flag.Int("shapes.n", 2_000, "the N of TestShapesWork's larger texts (100000: the benchmarks' largest)")

// work is what a stage costs, counted rather than timed: heap allocations,
// bytes allocated and, for a writer, bytes written.
type work struct{ allocs, bytes, out uint64 }

// measure counts the work of fn (the counters are cumulative: no
// collection is needed).
func measure(fn func() uint64) work {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	out := fn()
	runtime.ReadMemStats(&after)
	return work{after.Mallocs - before.Mallocs, after.TotalAlloc - before.TotalAlloc, out}
}

// countingWriter counts the bytes written to it.
type countingWriter struct{ n uint64 }

func (w *countingWriter) Write(p []byte) (int, error) { w.n += uint64(len(p)); return len(p), nil }

// TestShapesWork runs the engine and every writer over each shape at two
// sizes, N/8 and N (N = 2,000 sentences, or 1 MB without spaces; with
// -shapes.n 100000, the benchmarks' largest: 10⁵ sentences, 50 MB without
// spaces), and bounds the work, counted, never timed:
// allocations, bytes allocated and bytes written may grow at most twice as
// fast as the text (linear work grows 8 times, quadratic 64 times) — for a
// writer, as the text or its findings, whichever grows more — and stay
// under a generous amount per byte of text. The CPU work of position lookups, which allocate nothing,
// is bounded by article's TestIndexWork.
func TestShapesWork(t *testing.T) {
	e, err := checks.Registry().NewEngine(rules.Config{})
	if err != nil {
		t.Fatal(err)
	}
	const perByte = 1024 // the most bytes allocated or written per byte of text
	for _, s := range shapes.All {
		n := *shapesN
		var srcs [2][]byte
		var files [2]*File
		for i, size := range []int{n / 8, n} {
			srcs[i] = shapes.Text(s, size)
			a, err := article.Parse("x.txt", srcs[i])
			if err != nil {
				t.Fatal(err)
			}
			fs, err := e.Run(a) // loads the language models the text wakes, before counting
			if err != nil {
				t.Fatal(err)
			}
			files[i] = &File{Path: "x.txt", Article: a, Findings: fs}
		}
		// Parsing and checking work with the text; a writer's also with
		// the findings, which may grow faster (a text of more random
		// sentences repeats more of them).
		ratio := float64(len(srcs[1])) / float64(len(srcs[0]))
		wratio := max(ratio, float64(len(files[1].Findings))/float64(max(len(files[0].Findings), 1)))
		check := func(stage string, ratio float64, small, large work) {
			t.Helper()
			for _, m := range []struct {
				what         string
				small, large uint64
			}{{"allocations", small.allocs, large.allocs}, {"bytes allocated", small.bytes, large.bytes}, {"bytes written", small.out, large.out}} {
				if m.large > uint64(2*ratio*float64(max(m.small, 1000))) {
					t.Errorf("%s %s: %d %s for %d bytes, %d for %d: grows %.0f× where the work grows %.0f×",
						s, stage, m.small, m.what, len(srcs[0]), m.large, len(srcs[1]), float64(m.large)/float64(max(m.small, 1)), ratio)
				}
			}
			if large.bytes > perByte*uint64(len(srcs[1])) || large.out > perByte*uint64(len(srcs[1])) {
				t.Errorf("%s %s: %d bytes allocated, %d written for %d bytes of text", s, stage, large.bytes, large.out, len(srcs[1]))
			}
		}
		var engine [2]work
		for i := range srcs {
			engine[i] = measure(func() uint64 {
				a, err := article.Parse("x.txt", srcs[i])
				if err != nil {
					t.Fatal(err)
				}
				if _, err := e.Run(a); err != nil {
					t.Fatal(err)
				}
				return 0
			})
		}
		check("parse and check", ratio, engine[0], engine[1])
		for _, format := range Formats {
			var w [2]work
			for i, f := range files {
				w[i] = measure(func() uint64 {
					var out countingWriter
					rw, err := New(format, &out, Options{Rules: e.Checks()})
					if err != nil {
						t.Fatal(err)
					}
					if err := rw.File(f); err != nil {
						t.Fatal(err)
					}
					if err := rw.Close(); err != nil {
						t.Fatal(err)
					}
					return out.n
				})
			}
			check(format, wratio, w[0], w[1])
		}
		t.Logf("%s: %d and %d bytes, %d and %d findings; parse and check allocate %.1f and %.1f bytes per byte",
			s, len(srcs[0]), len(srcs[1]), len(files[0].Findings), len(files[1].Findings),
			float64(engine[0].bytes)/float64(len(srcs[0])), float64(engine[1].bytes)/float64(len(srcs[1])))
	}
}
