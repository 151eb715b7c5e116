package rules

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"sort"
	"testing"
)

// applyByPairs is Apply as it was written first, comparing each edit with
// every edit taken before it: quadratic, and the reference for Apply.
func applyByPairs(src []byte, fixes []*Fix) ([]byte, []int) {
	var order []int
	for i, f := range fixes {
		if f != nil && len(f.Edits) > 0 {
			order = append(order, i)
		}
	}
	sort.SliceStable(order, func(a, b int) bool { return fixes[order[a]].Edits[0].Offset < fixes[order[b]].Edits[0].Offset })
	var taken []Edit
	var applied []int
	conflicts := func(e Edit) bool {
		for _, t := range taken {
			if e.Offset < t.EndOffset && t.Offset < e.EndOffset {
				return true
			}
			insertion := e.Offset == e.EndOffset || t.Offset == t.EndOffset
			if insertion && (e.Offset == t.Offset || e.EndOffset == t.EndOffset || e.Offset == t.EndOffset || e.EndOffset == t.Offset) {
				return true
			}
		}
		return false
	}
	for _, i := range order {
		ok := true
		for _, e := range fixes[i].Edits {
			if e.Offset < 0 || e.EndOffset < e.Offset || e.EndOffset > len(src) || conflicts(e) {
				ok = false
				break
			}
		}
		if ok {
			taken = append(taken, fixes[i].Edits...)
			applied = append(applied, i)
		}
	}
	sort.SliceStable(taken, func(a, b int) bool { return taken[a].Offset < taken[b].Offset })
	var out []byte
	prev := 0
	for _, e := range taken {
		out = append(out, src[prev:e.Offset]...)
		out = append(out, e.Text...)
		prev = e.EndOffset
	}
	sort.Ints(applied)
	return append(out, src[prev:]...), applied
}

// TestApplyMatchesPairs compares Apply with the pairwise reference on
// random fixes: insertions, replacements, adjacent and overlapping ones,
// fixes of several edits (touching each other too), some far apart, some
// out of range, on texts long enough to use every level of the offset set.
func TestApplyMatchesPairs(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 16))
	for trial := range 2000 {
		n := []int{0, 1, 10, 100, 5000, 300_000}[trial%6]
		src := bytes.Repeat([]byte("ab"), n/2+1)[:n]
		var fixes []*Fix
		for range r.IntN(40) {
			if r.IntN(10) == 0 {
				fixes = append(fixes, nil)
				continue
			}
			var edits []Edit
			at := r.IntN(n + 2)
			for range 1 + r.IntN(3) {
				length := []int{0, 0, 1, 2, 5}[r.IntN(5)]
				edits = append(edits, Edit{Offset: at, EndOffset: at + length, Text: "x"})
				at += length + []int{0, 0, 1, 3, 1000}[r.IntN(5)]
			}
			fixes = append(fixes, &Fix{Edits: edits})
		}
		for k := range fixes { // a few fixes on the same spot
			if r.IntN(8) == 0 && k > 0 && fixes[k-1] != nil {
				fixes[k] = &Fix{Edits: slices.Clone(fixes[k-1].Edits)}
			}
		}
		got, gotApplied := Apply(src, fixes)
		want, wantApplied := applyByPairs(src, fixes)
		if !bytes.Equal(got, want) || !slices.Equal(gotApplied, wantApplied) {
			t.Fatalf("trial %d (%d bytes): applied %v, want %v", trial, n, gotApplied, wantApplied)
		}
	}
}

// TestOffsetSet compares prev with a scan, across the levels' boundaries.
func TestOffsetSet(t *testing.T) {
	const n = 1 << 20
	r := rand.New(rand.NewPCG(3, 4))
	s := newOffsetSet(n)
	in := make([]bool, n+1)
	for _, x := range []int{0, 63, 64, 4095, 4096, 262143, 262144, n} {
		s.add(x)
		in[x] = true
	}
	for range 200 {
		x := r.IntN(n + 1)
		s.add(x)
		in[x] = true
	}
	want := -1
	for x := 0; x <= n; x++ {
		if in[x] {
			want = x
		}
		if got := s.prev(x); got != want {
			t.Fatalf("prev(%d) = %d, want %d", x, got, want)
		}
	}
	empty := newOffsetSet(10)
	if s.prev(-1) != -1 || empty.prev(10) != -1 {
		t.Error("prev of an empty range should be -1")
	}
}
