package fix

import (
	"fmt"
	"testing"

	"github.com/mtlint/mtlint/checks"
	"github.com/mtlint/mtlint/internal/shapes"
	"github.com/mtlint/mtlint/rules"
)

// BenchmarkShapes runs the fix loop (unsafe fixes too) and writes the
// unified diff for each shape of internal/shapes at N = 10³, 10⁴ and 10⁵
// with every default check, and reports ns per byte, and per byte and
// check of the text (the loop checks it once per round, plus once): the
// latter must stay flat across N for every shape.
func BenchmarkShapes(b *testing.B) {
	e, err := checks.Registry().NewEngine(rules.Config{})
	if err != nil {
		b.Fatal(err)
	}
	for _, s := range shapes.All {
		for _, n := range []int{1_000, 10_000, 100_000} {
			b.Run(fmt.Sprintf("%s/N=%d", s, n), func(b *testing.B) {
				src := shapes.Text(s, n)
				if _, err := Run(e, "x.txt", src, Options{Unsafe: true}); err != nil { // loads the language models
					b.Fatal(err)
				}
				b.SetBytes(int64(len(src)))
				b.ReportAllocs()
				var applied, rounds int
				m := shapes.Start(len(src))
				for b.Loop() {
					res, err := Run(e, "x.txt", src, Options{Unsafe: true})
					if err != nil {
						b.Fatal(err)
					}
					if _, err := Unified("x.txt", res.Original, res.Edits, 3); err != nil {
						b.Fatal(err)
					}
					applied, rounds = len(res.Applied), res.Rounds
				}
				m.Report(b, b.N, "")
				b.ReportMetric(float64(applied), "fixes")
				// The loop checks the text once per round and once more at
				// the end (at most DefaultMaxRounds+1 times): the cost per
				// check is what must stay flat.
				b.ReportMetric(float64(rounds+1), "checks")
				m.Report(b, b.N*(rounds+1), "/check")
			})
		}
	}
}
