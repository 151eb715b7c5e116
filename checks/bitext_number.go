package checks

import (
	"fmt"
	"math"

	"github.com/mtlint/mtlint/align"
	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/numbers"
	"github.com/mtlint/mtlint/rules"
)

func init() {
	register(bitextNumber)
}

var bitextNumber = &rules.Check{
	ID: "bitext/number",
	Doc: "A number, amount, percentage, date or time of a source sentence with no counterpart in its " +
		"translation, or the reverse: a figure the translation changed, lost or made up. Numbers are compared " +
		"by value, read in each text's language: \"1,5\" and \"1.5\", \"1.500\" and \"1,500\", \"1.500 millones de " +
		"dólares\" and \"$1.5 billion\", \"20 %\" and \"20 per cent\", \"3 de mayo\" and \"May 3\", \"15.30 Uhr\" and " +
		"\"3.30pm\", \"3万\" and \"30,000\", \"百分之二十\" and \"20%\". Where separators allow two readings (\"1.500\" in " +
		"an English text) either is accepted: the number's format is not this check's concern. Spelled-out small " +
		"numbers, ordinals, Roman and Han numerals (\"three\", \"tres\", \"XX\", \"三\") match digits but are never " +
		"reported alone, only as the other side of a changed number; codes and names (\"COVID-19\", \"G7\", \"5G\") " +
		"are not numbers. A number the alignment put in the next sentence is looked for there. The message shows " +
		"both sides; the finding carries the source range. Runs only when the source is given.",
	Source:     "El plan costará 1.500 millones de euros.",
	SourceLang: "es",
	Bad:        "The plan will cost 1.2 billion euros.",
	Good:       "The plan will cost 1.5 billion euros.",
	Severity:   rules.Warning,
	Bitext:     true,
	Params: []rules.Param{
		{Name: "changed-only", Kind: rules.Bool, Default: false, Doc: "report only numbers that changed, not numbers missing from one side"},
	},
	Run: runBitextNumber,
}

// numberClass groups the kinds that may stand for one another: a month
// only for a month, a time for a time or an hour.
func numberClass(k numbers.Kind) int {
	switch k {
	case numbers.Month:
		return 1
	case numbers.Time:
		return 2
	}
	return 0
}

func runBitextNumber(p *rules.Pass) {
	al := bitextAlignment(p)
	src, tgt := al.Source, al.Target
	usedS := make([]bool, len(src.Numbers))
	usedT := make([]bool, len(tgt.Numbers))
	nums := func(s *align.Side, r align.Range) (int, int) { return s.NumOf[r.Start], s.NumOf[r.End] }
	// match pairs the unused numbers of two ranges that have the same
	// value: hard with hard first, then what is left. hardS and hardT
	// restrict a side to its hard numbers.
	match := func(s0, s1, t0, t1 int, hardS, hardT bool) {
		// Exact pairs first, then pairs within a conversion's leeway, then
		// soft numbers.
		for pass := 0; pass < 3; pass++ {
			for i := s0; i < s1; i++ {
				a := src.Numbers[i]
				if usedS[i] || hardS && a.Soft {
					continue
				}
				for j := t0; j < t1; j++ {
					b := tgt.Numbers[j]
					if usedT[j] || pass < 2 && (a.Soft || b.Soft) || hardT && b.Soft {
						continue
					}
					if pass == 0 && numbers.Exact(a, b) || pass > 0 && numbers.Match(a, b) {
						usedS[i], usedT[j] = true, true
						break
					}
				}
			}
		}
	}
	for _, b := range al.Sentences {
		s0, s1 := nums(src, b.Src)
		t0, t1 := nums(tgt, b.Tgt)
		if b.Null() { // the omission and addition checks' business
			for i := s0; i < s1; i++ {
				usedS[i] = true
			}
			for j := t0; j < t1; j++ {
				usedT[j] = true
			}
			continue
		}
		match(s0, s1, t0, t1, false, false)
	}
	// A number the alignment put in a neighbouring sentence.
	for k, b := range al.Sentences {
		if b.Null() {
			continue
		}
		lo, hi := neighbours(al, k)
		s0, s1 := nums(src, b.Src)
		t0, t1 := nums(tgt, b.Tgt)
		ns0, ns1 := nums(src, align.Range{Start: al.Sentences[lo].Src.Start, End: al.Sentences[hi-1].Src.End})
		nt0, nt1 := nums(tgt, align.Range{Start: al.Sentences[lo].Tgt.Start, End: al.Sentences[hi-1].Tgt.End})
		match(s0, s1, nt0, nt1, true, false)
		match(ns0, ns1, t0, t1, false, true)
	}
	changedOnly := p.Bool("changed-only")
	for _, b := range al.Sentences {
		if b.Null() {
			continue
		}
		s0, s1 := nums(src, b.Src)
		t0, t1 := nums(tgt, b.Tgt)
		var hs, ws, ht, wt []int // hard and word numbers left, per side
		for i := s0; i < s1; i++ {
			if !usedS[i] && convertedBeside(src, s0, s1, i, usedS) {
				usedS[i] = true // "120 feet, or 40 metres": one measure given twice
			}
			if !usedS[i] {
				if n := src.Numbers[i]; !n.Soft {
					hs = append(hs, i)
				} else if n.Word && (n.Value >= 2 || n.Kind == numbers.Month) {
					ws = append(ws, i)
				}
			}
		}
		for j := t0; j < t1; j++ {
			if !usedT[j] {
				if n := tgt.Numbers[j]; !n.Soft {
					ht = append(ht, j)
				} else if n.Word && (n.Value >= 2 || n.Kind == numbers.Month) {
					wt = append(wt, j)
				}
			}
		}
		// Changed: what is left on both sides, paired in order, hard with
		// hard, then hard with a number in words, and a month with a month.
		pair := func(ss, ts *[]int, months bool) {
			for x := 0; x < len(*ss); x++ {
				i := (*ss)[x]
				for y, j := range *ts {
					c := numberClass(src.Numbers[i].Kind)
					if c == numberClass(tgt.Numbers[j].Kind) && (!months || c == 1) {
						reportChanged(p, src, tgt, i, j)
						*ss = append((*ss)[:x], (*ss)[x+1:]...)
						*ts = append((*ts)[:y], (*ts)[y+1:]...)
						x--
						break
					}
				}
			}
		}
		pair(&hs, &ht, false)
		pair(&hs, &wt, false)
		pair(&ws, &ht, false)
		pair(&ws, &wt, true) // a month for another
		if changedOnly {
			continue
		}
		tspan := sentSpan(tgt.Article, b.Tgt)
		for _, i := range hs {
			n := src.Numbers[i]
			if numbers.Whole(n) {
				continue // "24 hours" may well be "around the clock"
			}
			p.ReportSource(rules.Warning, tspan, n.Span, fmt.Sprintf("the source's %s %s has no counterpart in the translation", n.Kind, describeNumber(src.Article, n)), nil)
		}
		sspan := sentSpan(src.Article, b.Src)
		for _, j := range ht {
			n := tgt.Numbers[j]
			p.ReportSource(rules.Warning, n.Span, sspan, fmt.Sprintf("%s %s is not in the source", n.Kind, describeNumber(tgt.Article, n)), nil)
		}
	}
}

// convertedBeside reports a measure of the source whose conversion, given
// in the same sentences, found its counterpart.
func convertedBeside(s *align.Side, s0, s1, i int, used []bool) bool {
	for j := s0; j < s1; j++ {
		if j != i && used[j] && numbers.Converts(s.Numbers[i], s.Numbers[j]) {
			return true
		}
	}
	return false
}

func reportChanged(p *rules.Pass, src, tgt *align.Side, i, j int) {
	a, b := src.Numbers[i], tgt.Numbers[j]
	p.ReportSource(rules.Warning, b.Span, a.Span, fmt.Sprintf("%s differs from the source: %s here, %s in the source",
		b.Kind, describeNumber(tgt.Article, b), describeNumber(src.Article, a)), nil)
}

// describeNumber renders a number as written, with its value when that is
// written otherwise: «1.500 millones» (1.5 billion), «mayo» (5).
func describeNumber(a *article.Article, n numbers.Number) string {
	written := a.String(n.Span)
	q := quoteText([]byte(written), 40)
	var v string
	switch n.Kind {
	case numbers.Time:
		v = fmt.Sprintf("%02d:%02d", int(n.Value)/60, int(n.Value)%60)
	case numbers.Percent:
		v = numbers.Format(n.Value) + "%"
	default:
		v = numbers.Format(n.Value)
	}
	// A measure in another unit than the SI one: the SI measure, to
	// compare ("120 feet" is 36.6 m).
	if n.Dim != numbers.NoDim && n.Dim != numbers.Duration {
		if si := math.Round(n.SI[0]*10) / 10; !numbers.Exact(numbers.Number{Value: si}, numbers.Number{Value: n.Value}) {
			return q + " (" + numbers.Format(si) + " " + numbers.SIUnit(n.Dim) + ")"
		}
	}
	if v == written {
		return q
	}
	return q + " (" + v + ")"
}
