package article

import "testing"

func TestHashSet(t *testing.T) {
	var s HashSet
	words := []string{"alcalde", "Presidente", "vicepresidenta", "ministro", "président"}
	for _, w := range words {
		s.Add(w)
	}
	for _, w := range words {
		if !s.Has(WordHash([]byte(w))) {
			t.Errorf("HashSet lost %q", w)
		}
	}
	// Case does not count: the set holds the lowercase form of ASCII letters.
	if !s.Has(WordHash([]byte("PRESIDENTE"))) || !s.Has(WordHash([]byte("Alcalde"))) {
		t.Errorf("HashSet is case-sensitive")
	}
	misses := 0
	for _, w := range []string{"the", "harbour", "strike", "minister", "reopened", "dockers", "talks", "union"} {
		if !s.Has(WordHash([]byte(w))) {
			misses++
		}
	}
	if misses < 6 {
		t.Errorf("HashSet of five words answers yes for %d of 8 other words", 8-misses)
	}
}
