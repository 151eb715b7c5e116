package rules

import (
	"cmp"
	"math/bits"
	"slices"
)

// Apply applies fixes to src and returns the new text and the indexes (into
// fixes) of the fixes it applied. It takes fixes in order of their first
// edit (ties: the order given) and skips any fix whose edits overlap the
// edits of a fix already taken, or where an insertion touches another edit
// (their order would be a guess), so that the result is deterministic and
// no edit lands inside another's text. Adjacent replacements of non-empty
// ranges (two neighbouring lines deleted by two fixes) both apply. src is
// not modified.
//
// It runs in time linear in the text and the edits: the edits taken so far
// are kept by offset in an offsetSet, and each edit is judged against the
// one taken edit that starts at or before it (see taken.conflicts).
func Apply(src []byte, fixes []*Fix) (out []byte, applied []int) {
	order := make([]int, 0, len(fixes))
	for i, f := range fixes {
		if f != nil && len(f.Edits) > 0 {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return cmp.Compare(fixes[a].Edits[0].Offset, fixes[b].Edits[0].Offset)
	})
	t := takenEdits{starts: newOffsetSet(len(src)), at: map[int]takenAt{}}
	var edits []Edit
	for _, i := range order {
		ok := true
		for _, e := range fixes[i].Edits {
			if e.Offset < 0 || e.EndOffset < e.Offset || e.EndOffset > len(src) || t.conflicts(e) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		for _, e := range fixes[i].Edits {
			t.add(e)
		}
		edits = append(edits, fixes[i].Edits...)
		applied = append(applied, i)
	}
	// Edits at one offset come from one fix (across fixes they conflict):
	// a stable sort keeps them in the fix's order.
	slices.SortStableFunc(edits, func(a, b Edit) int { return cmp.Compare(a.Offset, b.Offset) })
	out = make([]byte, 0, len(src))
	prev := 0
	for _, e := range edits {
		out = append(out, src[prev:e.Offset]...)
		out = append(out, e.Text...)
		prev = e.EndOffset
	}
	out = append(out, src[prev:]...)
	slices.Sort(applied)
	return out, applied
}

// takenEdits are the edits of the fixes taken so far. Non-empty edits of
// different fixes do not overlap and an insertion touches no edit of
// another fix, so the edits that start at or before an offset end, at the
// latest, where the last of them does: one look-up answers for all.
type takenEdits struct {
	starts offsetSet       // the offsets where taken edits start
	at     map[int]takenAt // what starts there
}

type takenAt struct {
	end       int  // the furthest end of an edit starting there
	insertion bool // an insertion is there
}

func (t *takenEdits) add(e Edit) {
	a := t.at[e.Offset]
	a.end = max(a.end, e.EndOffset)
	a.insertion = a.insertion || e.Offset == e.EndOffset
	t.at[e.Offset] = a
	t.starts.add(e.Offset)
}

// conflicts reports whether e overlaps a taken edit, or an insertion (e or
// a taken one) touches the other.
func (t *takenEdits) conflicts(e Edit) bool {
	if e.Offset == e.EndOffset {
		// An insertion: nothing may start here, and the edit starting
		// last before it must end before it.
		p := t.starts.prev(e.Offset)
		return p >= 0 && (p == e.Offset || t.at[p].end >= e.Offset)
	}
	// A replacement: nothing may start inside it or at its start, the edit
	// starting last before it must end at or before its start, and no
	// insertion may sit at its end.
	if p := t.starts.prev(e.EndOffset - 1); p >= 0 && (p >= e.Offset || t.at[p].end > e.Offset) {
		return true
	}
	return t.at[e.EndOffset].insertion
}

// offsetSet is a set of offsets in [0, n] that answers "the largest member
// at or before x" in a few word operations: a bitmap with two levels of
// summary (a bit per non-empty word of the level below), so that the
// search skips empty stretches 64, 4,096 and 262,144 offsets at a time.
type offsetSet struct {
	l0, l1, l2 []uint64
}

func newOffsetSet(n int) offsetSet {
	w0 := n>>6 + 1
	w1 := w0>>6 + 1
	return offsetSet{l0: make([]uint64, w0), l1: make([]uint64, w1), l2: make([]uint64, w1>>6+1)}
}

func (s *offsetSet) add(x int) {
	s.l0[x>>6] |= 1 << (x & 63)
	s.l1[x>>12] |= 1 << (x >> 6 & 63)
	s.l2[x>>18] |= 1 << (x >> 12 & 63)
}

// prev returns the largest member at or before x, or -1.
func (s *offsetSet) prev(x int) int {
	if x < 0 {
		return -1
	}
	// Members at or before x in x's word, then in the earlier words
	// summarised by the same level-1 word, then by the same level-2 word,
	// then in earlier level-2 words.
	if m := s.l0[x>>6] & (uint64(2)<<(x&63) - 1); m != 0 {
		return x&^63 + top(m)
	}
	w := x >> 6 // level-0 word
	if m := s.l1[w>>6] & (uint64(1)<<(w&63) - 1); m != 0 {
		return s.last0(w&^63 + top(m))
	}
	v := w >> 6 // level-1 word
	if m := s.l2[v>>6] & (uint64(1)<<(v&63) - 1); m != 0 {
		return s.last1(v&^63 + top(m))
	}
	for u := v>>6 - 1; u >= 0; u-- {
		if s.l2[u] != 0 {
			return s.last1(u<<6 + top(s.l2[u]))
		}
	}
	return -1
}

// last0 and last1 return the largest member in a non-empty level-0 or
// level-1 word.
func (s *offsetSet) last0(w int) int { return w<<6 + top(s.l0[w]) }
func (s *offsetSet) last1(v int) int { return s.last0(v<<6 + top(s.l1[v])) }

// top is the index of the highest set bit of m ≠ 0.
func top(m uint64) int { return bits.Len64(m) - 1 }
