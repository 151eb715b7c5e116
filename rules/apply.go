package rules

import (
	"sort"
)

// Apply applies fixes to src and returns the new text and the indexes (into
// fixes) of the fixes it applied. It takes fixes in order of their first
// edit (ties: the order given) and skips any fix whose edits overlap the
// edits of a fix already taken, or where an insertion touches another edit
// (their order would be a guess), so that the result is deterministic and
// no edit lands inside another's text. Adjacent replacements of non-empty
// ranges (two neighbouring lines deleted by two fixes) both apply. src is
// not modified.
func Apply(src []byte, fixes []*Fix) (out []byte, applied []int) {
	order := make([]int, 0, len(fixes))
	for i, f := range fixes {
		if f != nil && len(f.Edits) > 0 {
			order = append(order, i)
		}
	}
	sort.SliceStable(order, func(a, b int) bool {
		return fixes[order[a]].Edits[0].Offset < fixes[order[b]].Edits[0].Offset
	})
	var taken []Edit
	conflicts := func(e Edit) bool {
		for _, t := range taken {
			if e.Offset < t.EndOffset && t.Offset < e.EndOffset {
				return true // overlap
			}
			insertion := e.Offset == e.EndOffset || t.Offset == t.EndOffset
			if insertion && (e.Offset == t.Offset || e.EndOffset == t.EndOffset || e.Offset == t.EndOffset || e.EndOffset == t.Offset) {
				return true // an insertion touching another edit: their order would be a guess
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
		if !ok {
			continue
		}
		taken = append(taken, fixes[i].Edits...)
		applied = append(applied, i)
	}
	sort.Slice(taken, func(a, b int) bool { return taken[a].Offset < taken[b].Offset })
	out = make([]byte, 0, len(src))
	prev := 0
	for _, e := range taken {
		out = append(out, src[prev:e.Offset]...)
		out = append(out, e.Text...)
		prev = e.EndOffset
	}
	out = append(out, src[prev:]...)
	sort.Ints(applied)
	return out, applied
}
