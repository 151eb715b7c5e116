package align

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	zzsh "github.com/mtlint/mtlint/internal/shapes"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/internal/corpus"
	"github.com/mtlint/mtlint/lang"
)

type zzPair struct {
	s, t   *article.Article
	sl, tl lang.Lang
}

func zzPairs(b *testing.B, mqm bool) []zzPair {
	var out []zzPair
	if mqm {
		for _, d := range corpus.MQM(b, corpus.MQMWMT23EnDe) {
			s, t, _, _ := d.Build(1)
			sa, _ := article.Parse("s", []byte(s))
			ta, _ := article.Parse("t", []byte(t))
			out = append(out, zzPair{sa, ta, lang.English, lang.German})
		}
		return out
	}
	names, _ := filepath.Glob("../testdata/bitext/translation/*.txt")
	for _, n := range names {
		tb, _ := os.ReadFile(n)
		sb, _ := os.ReadFile(filepath.Join(filepath.Dir(n), "..", "source", filepath.Base(n)))
		l, _ := lang.Parse(filepath.Base(n)[:2])
		sa, _ := article.Parse("s", sb)
		ta, _ := article.Parse("t", tb)
		out = append(out, zzPair{sa, ta, l, lang.English})
	}
	return out
}

func zzRun(b *testing.B, mqm bool) {
	ps := zzPairs(b, mqm)
	b.Run("sides", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, p := range ps {
				NewSide(p.s, p.sl)
				NewSide(p.t, p.tl)
			}
		}
	})
	b.Run("align", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, p := range ps {
				Align(NewSide(p.s, p.sl), NewSide(p.t, p.tl))
			}
		}
	})
}

func BenchmarkZZPairs(b *testing.B) { zzRun(b, false) }
func BenchmarkZZMQM(b *testing.B)   { zzRun(b, true) }

func TestZZCPU(t *testing.T) {
	for _, mqm := range []bool{false, true} {
		ps := zzPairs(&testing.B{}, mqm)
		reps := 3
		if !mqm {
			reps = 30
		}
		best := [2]time.Duration{time.Hour, time.Hour}
		for round := 0; round < 9; round++ {
			for k := 0; k < 2; k++ {
				runtime.GC()
				c0 := zzsh.CPUTime()
				for i := 0; i < reps; i++ {
					for _, p := range ps {
						if k == 0 {
							NewSide(p.s, p.sl)
							NewSide(p.t, p.tl)
						} else {
							Align(NewSide(p.s, p.sl), NewSide(p.t, p.tl))
						}
					}
				}
				best[k] = min(best[k], (zzsh.CPUTime()-c0)/time.Duration(reps))
			}
		}
		t.Logf("mqm=%v sides %v sides+align %v", mqm, best[0], best[1])
	}
}
