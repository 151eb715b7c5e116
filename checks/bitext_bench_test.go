package checks

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/internal/corpus"
	"github.com/mtlint/mtlint/internal/shapes"
	"github.com/mtlint/mtlint/lang"
	"github.com/mtlint/mtlint/rules"
)

// benchPair is a translation and its source, as read from disk.
type benchPair struct {
	src, tgt []byte
	sl, tl   lang.Lang
}

// pairsForBench reads the pairs of testdata/bitext, and the documents of
// mqm-dev's WMT23 set when present.
func pairsForBench(b *testing.B, mqm bool) []benchPair {
	b.Helper()
	var out []benchPair
	if !mqm {
		names, _ := filepath.Glob("../testdata/bitext/translation/*.txt")
		for _, n := range names {
			t, err := os.ReadFile(n)
			if err != nil {
				b.Fatal(err)
			}
			s, err := os.ReadFile(filepath.Join(filepath.Dir(n), "..", "source", filepath.Base(n)))
			if err != nil {
				b.Fatal(err)
			}
			l, _ := lang.Parse(filepath.Base(n)[:2])
			out = append(out, benchPair{s, t, l, lang.English})
		}
		return out
	}
	for _, d := range corpus.MQM(b, corpus.MQMWMT23EnDe) {
		s, t, _, _ := d.Build(1)
		out = append(out, benchPair{[]byte(s), []byte(t), lang.English, lang.German})
	}
	return out
}

// benchPass checks every translation, with its source when bitext is set
// (parsing the source, aligning and running the bitext checks are then
// part of the pass), with every default check; the two benchmarks below
// compare the two passes on the same translations.
func benchPass(b *testing.B, pairs []benchPair, bitext bool) {
	e, err := Registry().NewEngine(rules.Config{})
	if err != nil {
		b.Fatal(err)
	}
	var total int64
	run := func() {
		for _, p := range pairs {
			a, err := article.Parse("t", p.tgt)
			if err != nil {
				b.Fatal(err)
			}
			if !bitext {
				if _, err := e.Run(a); err != nil {
					b.Fatal(err)
				}
				continue
			}
			sa, err := article.Parse("s", p.src)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := e.RunBitext(a, rules.NewBitext(sa, a, p.sl, p.tl)); err != nil {
				b.Fatal(err)
			}
		}
	}
	for _, p := range pairs {
		total += int64(len(p.tgt))
	}
	run() // load the language models outside the timer
	b.SetBytes(total)
	b.ReportAllocs()
	// The process's CPU time too: on a machine shared with other work
	// it varies less than the wall clock (it counts the collector's
	// work on other cores as well).
	c0 := shapes.CPUTime()
	for b.Loop() {
		run()
	}
	if c := shapes.CPUTime() - c0; c > 0 {
		b.ReportMetric(float64(c.Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
}

func BenchmarkPairsMonolingual(b *testing.B) { benchPass(b, pairsForBench(b, false), false) }
func BenchmarkPairsBitext(b *testing.B)      { benchPass(b, pairsForBench(b, false), true) }
func BenchmarkMQMMonolingual(b *testing.B)   { benchPass(b, pairsForBench(b, true), false) }
func BenchmarkMQMBitext(b *testing.B)        { benchPass(b, pairsForBench(b, true), true) }
