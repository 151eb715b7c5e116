package checks

import (
	"flag"
	"fmt"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/internal/corpus"
	"github.com/mtlint/mtlint/lang"
	"github.com/mtlint/mtlint/rules"
)

var (
	mqmList = flag.Int("mqm.list", 0, "log up to N findings of the MQM precision test that no rater marked, per file and check")
	mqmAll  = flag.Bool("mqm.all", false, "log every finding of the MQM precision test, marked or not")
)

// mqmFloors are the least precision of each check on each file of mqm-dev,
// against the raters' marks; raise them as the checks improve.
var mqmFloors = map[string]float64{
	"bitext/number":       0.45,
	"bitext/untranslated": 0.60,
}

// TestMQMPrecision runs bitext/number and bitext/untranslated over the
// machine translations of mqm-dev (read in place; skipped without it), each
// document rebuilt from its segments, and scores every finding against the
// raters' marks: a finding is right when a rater marked an Accuracy error
// (mistranslation, omission, untranslated text, source language
// fragment...) on it or within 10 bytes of it. -v prints the counts per
// file, -mqm.list N a sample of the findings no rater marked, to judge by
// hand.
func TestMQMPrecision(t *testing.T) {
	e, err := Registry().NewEngine(rules.Config{Disable: []string{"all"}, Enable: []string{"bitext/number", "bitext/untranslated"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []struct {
		file  string
		group int
	}{{corpus.MQMWMT23EnDe, 1}, {corpus.MQMTedEnDe, 4}, {corpus.MQMTedZhEn, 4}} {
		docs := corpus.MQM(t, f.file)
		right, total := map[string]int{}, map[string]int{}
		kinds := map[string][2]int{} // bitext/number findings by kind: right, total
		listed := map[string]int{}
		for _, d := range docs {
			src, tgt, _, off := d.Build(f.group)
			sl, tl := mqmLangs(t, d.LP)
			sa, err := article.Parse(d.Doc+".src", []byte(src))
			if err != nil {
				t.Fatal(err)
			}
			ta, err := article.Parse(d.Doc, []byte(tgt))
			if err != nil {
				t.Fatal(err)
			}
			fs, err := e.RunBitext(ta, rules.NewBitext(sa, ta, sl, tl))
			if err != nil {
				t.Fatal(err)
			}
			for _, x := range fs {
				total[x.Rule]++
				ok := mqmMarked(d, off, x.Span)
				if ok {
					right[x.Rule]++
				}
				if x.Rule == "bitext/number" {
					k := numberFindingKind(x.Message)
					c := kinds[k]
					c[1]++
					if ok {
						c[0]++
					}
					kinds[k] = c
				}
				if *mqmAll || !ok && listed[x.Rule] < *mqmList {
					listed[x.Rule]++
					what := "UNMARKED"
					if ok {
						what = "MARKED"
					}
					t.Logf("%s %s %s %s: %s\n   translation: %q\n   source:      %q", what, f.file, d.System, x.Rule, x.Message,
						around(ta, x.Span), sa.String(*x.Source))
				}
			}
		}
		for _, rule := range []string{"bitext/number", "bitext/untranslated"} {
			p := float64(right[rule]) / float64(max(total[rule], 1))
			t.Logf("%-20s %-20s %4d findings, %4d on a rater's Accuracy mark: precision %.2f", f.file, rule, total[rule], right[rule], p)
			if total[rule] >= 10 && p < mqmFloors[rule] {
				t.Errorf("%s: %s precision %.2f, below the floor %.2f", f.file, rule, p, mqmFloors[rule])
			}
		}
		for _, k := range []string{"changed", "missing", "added"} {
			c := kinds[k]
			t.Logf("%-20s   bitext/number %-8s %4d findings, %4d marked", f.file, k, c[1], c[0])
		}
	}
}

func mqmLangs(t *testing.T, lp string) (lang.Lang, lang.Lang) {
	a, b, _ := strings.Cut(lp, "-")
	la, ok1 := lang.Parse(a)
	lb, ok2 := lang.Parse(b)
	if !ok1 || !ok2 {
		t.Fatalf("language pair %q", lp)
	}
	return la, lb
}

// mqmMarked reports a finding on or within 10 bytes of a span a rater
// marked as an Accuracy error. off gives each segment's offset in the
// rebuilt translation.
func mqmMarked(d corpus.MQMDoc, off []int, s article.Span) bool {
	wide := article.Span{Start: s.Start - 10, End: s.End + 10}
	for i, seg := range d.Segs {
		for _, e := range seg.Errors {
			if !strings.HasPrefix(e.Category, "Accuracy") && e.Category != "Non-translation!" {
				continue
			}
			if e.Start == nil || e.End == nil {
				// An omission marked without a span: the whole segment.
				if off[i] < wide.End && wide.Start < off[i]+len(seg.Text) {
					return true
				}
				continue
			}
			m := article.Span{Start: off[i] + *e.Start, End: off[i] + *e.End}
			if m.Overlaps(wide) {
				return true
			}
		}
	}
	return false
}

func numberFindingKind(msg string) string {
	switch {
	case strings.Contains(msg, "differs from the source"):
		return "changed"
	case strings.Contains(msg, "has no counterpart"):
		return "missing"
	}
	return "added"
}

// around returns a finding's text with some context, on one line.
func around(a *article.Article, s article.Span) string {
	lo, hi := max(s.Start-40, 0), min(s.End+40, len(a.Src))
	for lo > 0 && a.Src[lo]&0xC0 == 0x80 {
		lo--
	}
	for hi < len(a.Src) && a.Src[hi]&0xC0 == 0x80 {
		hi++
	}
	return strings.Join(strings.Fields(fmt.Sprintf("%s⟦%s⟧%s", a.Src[lo:s.Start], a.Src[s.Start:s.End], a.Src[s.End:hi])), " ")
}
