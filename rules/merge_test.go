package rules

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/article"
)

// TestMergeFindings checks that merging the checks' lists gives what a
// stable sort of their concatenation gives, for sorted and unsorted lists
// with ties (the same range and rule twice: the order reported is kept).
func TestMergeFindings(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for trial := range 300 {
		k := r.IntN(6)
		var lists [][]Finding
		var concat []Finding
		for i := range k {
			n := r.IntN(12)
			var l []Finding
			for j := range n {
				start := r.IntN(20)
				if trial%2 == 0 && j > 0 { // sorted by start, as most checks report
					start = max(start, l[j-1].Start)
				}
				l = append(l, Finding{Rule: fmt.Sprintf("c/%d", i), Message: fmt.Sprintf("%d.%d", i, j),
					Span: article.Span{Start: start, End: start + r.IntN(3)}})
			}
			if n > 0 {
				lists = append(lists, l)
			}
			concat = append(concat, l...)
		}
		want := append([]Finding(nil), concat...)
		SortFindings(want)
		got := mergeFindings(lists)
		if len(want) == 0 && len(got) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("trial %d:\n got  %v\n want %v", trial, got, want)
		}
	}
}

// TestEngineOrdersManyFindings: checks that report hundreds of findings
// (many chunks), out of order and with ties, come out as a stable sort of
// what they reported, check by check, would put them.
func TestEngineOrdersManyFindings(t *testing.T) {
	var reported []Finding
	mk := func(id string, seed uint64) *Check {
		return &Check{ID: id, Doc: "reports many findings", Severity: Warning, Run: func(p *Pass) {
			r := rand.New(rand.NewPCG(seed, 1))
			for i := range 700 {
				start := r.IntN(len(p.Article.Src))
				if i%3 == 0 {
					start = 700 - i%700 // a descending run
				}
				start = min(start, len(p.Article.Src))
				msg := fmt.Sprintf("%s %d", id, i) // tells ties apart
				p.Report(article.Span{Start: start, End: start}, msg, nil)
				reported = append(reported, Finding{Rule: id, Severity: Warning, Message: msg, Span: article.Span{Start: start, End: start}})
			}
		}}
	}
	reg, err := NewRegistry(mk("a/one", 1), mk("a/two", 2))
	if err != nil {
		t.Fatal(err)
	}
	e, _ := reg.NewEngine(Config{})
	got, err := e.Run(parse(t, strings.Repeat("word ", 200)))
	if err != nil {
		t.Fatal(err)
	}
	SortFindings(reported)
	if !reflect.DeepEqual(got, reported) {
		t.Errorf("engine order differs from a stable sort of the reported findings")
	}
}
