package rules

import (
	"fmt"
	"math/rand/v2"
	"reflect"
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
