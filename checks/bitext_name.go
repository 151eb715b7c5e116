package checks

import (
	"bytes"
	"fmt"
	"slices"

	"github.com/mtlint/mtlint/align"
	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/lang"
	"github.com/mtlint/mtlint/rules"
)

func init() {
	register(bitextName)
}

var bitextName = &rules.Check{
	ID: "bitext/name",
	Doc: "A name, handle, URL or e-mail address of the source that the translation lost or changed. Addresses " +
		"and handles are never translated: one missing from the translation, or written otherwise, is reported. " +
		"Names are compared by a key that accents, transliteration (\"Зеленский\", \"Zelensky\", \"Zelenskiy\"), " +
		"case endings (\"Путина\", \"Putin\") and a small table of exonyms (\"Moskva\", \"Moskau\", \"Moscou\" and " +
		"\"Moscow\"; \"Londres\" and \"London\") leave alone; a name of the source with no such counterpart is " +
		"reported only when, in the aligned translation, next to a name that does match (a first name), stands a " +
		"name one or two letters away that the source does not have (\"Isabel Díaz Ayuso\" written \"Isabel Díaz " +
		"Ayusa\"): a mismatch it cannot decide is silence, since names are translated (\"Gobierno\", \"Sevilla\" " +
		"and \"Seville\", \"Nacional\" and \"National\"), shortened and paraphrased. In an English translation, a place the exonym table knows " +
		"that kept its source spelling (\"Londres\") is reported with its English name. Names are read only in " +
		"sources that capitalise names alone (not German nouns) and in headlines not in title case. Runs only " +
		"when the source is given.",
	Source:     "La presidenta, Isabel Díaz Ayuso, habló en Londres.",
	SourceLang: "es",
	Bad:        "The president, Isabel Díaz Ayusa, spoke in Londres.",
	Good:       "The president, Isabel Díaz Ayuso, spoke in London.",
	Severity:   rules.Warning,
	Bitext:     true,
	Params: []rules.Param{
		{Name: "max-distance", Kind: rules.Int, Default: 2, Doc: "the most letters (inserted, deleted, replaced or swapped) by which a changed name may differ, for names of eight letters or more; one less for shorter names"},
	},
	Run: runBitextName,
}

func runBitextName(p *rules.Pass) {
	al := bitextAlignment(p)
	src, tgt := al.Source, al.Target
	maxDist := p.Int("max-distance")
	names := func(s *align.Side, r align.Range) []align.Name { return s.Names[s.NameOf[r.Start]:s.NameOf[r.End]] }
	// Keys of every name of each text, for "the source does not have it".
	srcKeys, tgtKeys := nameKeys(src), nameKeys(tgt)
	var buf []byte
	for _, b := range al.Sentences {
		if b.Null() {
			continue
		}
		here := names(tgt, b.Tgt)
		tspan := sentSpan(tgt.Article, b.Tgt)
		for _, n := range names(src, b.Src) {
			switch n.Kind {
			case align.URL, align.Email, align.Handle:
				if tgtKeys.has(n.Key) {
					continue
				}
				if t, ok := changedAddress(tgt, here, n, srcKeys); ok {
					p.ReportSource(rules.Warning, t.Span, n.Span, fmt.Sprintf("%s differs from the source: %s here, %s in the source",
						addressKind(n.Kind), quoteText(tgt.Text(t.Span), 60), quoteText(src.Text(n.Span), 60)), nil)
					continue
				}
				p.ReportSource(rules.Warning, tspan, n.Span, fmt.Sprintf("the source's %s %s is missing from the translation",
					addressKind(n.Kind), quoteText(src.Text(n.Span), 60)), nil)
			case align.Word:
				if !src.SurelyName(n) || !alphabetic(tgt.Lang) || matchedName(src, tgt, n, here) {
					continue
				}
				if t, ok := changedName(src, tgt, n, here, names(src, b.Src), srcKeys, maxDist); ok {
					p.ReportSource(rules.Warning, t.Span, n.Span, fmt.Sprintf("name differs from the source: %s here, %s in the source",
						quoteText(tgt.Text(t.Span), 60), quoteText(src.Text(n.Span), 60)), nil)
				}
			}
		}
		// Places kept in the source's spelling in an English translation.
		if tgt.Lang != lang.English {
			continue
		}
		for _, t := range here {
			if !t.Exonym {
				continue
			}
			key := tgt.Folded(t)
			buf = foldSpan(buf[:0], tgt.Article, t.Span)
			if bytes.Equal(buf, key) || distance(buf, key, 2) <= 1 {
				continue
			}
			if sp, ok := sourceSpelling(src, b.Src, buf); ok {
				p.ReportSource(rules.Warning, t.Span, sp, fmt.Sprintf("place name left in the source's spelling: %s is %q in English",
					quoteText(tgt.Text(t.Span), 40), align.English(key)), nil)
			}
		}
	}
}

// keySet is a sorted list of name keys.
type keySet []uint64

func nameKeys(s *align.Side) keySet {
	k := make(keySet, len(s.Names))
	for i, n := range s.Names {
		k[i] = n.Key
	}
	slices.Sort(k)
	return k
}

func (k keySet) has(x uint64) bool {
	_, ok := slices.BinarySearch(k, x)
	return ok
}

func alphabetic(l lang.Lang) bool {
	return l != 0 && (l.Latin() || l.UsesScript("Cyrillic"))
}

func addressKind(k align.NameKind) string {
	switch k {
	case align.URL:
		return "URL"
	case align.Email:
		return "e-mail address"
	}
	return "handle"
}

func foldSpan(dst []byte, a *article.Article, s article.Span) []byte {
	return align.Fold(dst, a.Text(s))
}

// matchedName reports a source name with a counterpart among the target's
// names: the same key, or the same name with a case ending ("Путина",
// "Putin"; "Merkels", "Merkel").
func matchedName(src, tgt *align.Side, n align.Name, near []align.Name) bool {
	f := src.Folded(n)
	for _, t := range near {
		if t.Kind != align.Word {
			continue
		}
		if t.Key == n.Key {
			return true
		}
		g := tgt.Folded(t)
		short, long := f, g
		if len(short) > len(long) {
			short, long = long, short
		}
		if len(short) >= 4 && len(long)-len(short) <= 2 && bytes.HasPrefix(long, short) {
			return true
		}
		if i := bytes.IndexByte(f, '\''); i > 0 && bytes.Equal(f[:i], g) { // "Ayuso's"
			return true
		}
		if i := bytes.IndexByte(g, '\''); i > 0 && bytes.Equal(g[:i], f) {
			return true
		}
	}
	return false
}

// changedName finds a name of the translation that is n misspelt: one the
// source does not have, one or two letters from it (case endings aside),
// with the same first letter, next to a name of the translation that does
// match a name of the source, as n is next to one ("Elena Castaña" for
// "Elena Castaño"). A lone name a letter or two away is as often a
// translation ("Sevilla", "Seville"; "Instituto Nacional", "National
// Institute"), so it is left alone.
func changedName(src, tgt *align.Side, n align.Name, here, srcNear []align.Name, srcKeys keySet, maxDist int) (align.Name, bool) {
	f := src.Folded(n)
	if len(f) < 4 || !besideName(src, n) {
		return align.Name{}, false
	}
	limit := maxDist
	if len(f) < 8 {
		limit--
	}
	for k, t := range here {
		if t.Kind != align.Word || t.Initial || t.Exonym || srcKeys.has(t.Key) {
			continue
		}
		g := tgt.Folded(t)
		if len(g) < 4 || g[0] != f[0] {
			continue
		}
		if d := nameDistance(f, g, limit, align.Declines(src.Lang)); d < 1 || d > limit {
			continue
		}
		// A neighbour that matches a name of the source.
		for _, q := range [2]int{k - 1, k + 1} {
			if q >= 0 && q < len(here) && adjacent(tgt, here[min(q, k)], here[max(q, k)]) && matchesSource(src, tgt, here[q], srcNear) {
				return t, true
			}
		}
	}
	return align.Name{}, false
}

// besideName reports a name with another name right before or after it
// in its text.
func besideName(s *align.Side, n align.Name) bool {
	i, ok := slices.BinarySearchFunc(s.Names, n.Start, func(m align.Name, start int) int { return m.Start - start })
	if !ok {
		return false
	}
	return i > 0 && adjacent(s, s.Names[i-1], n) || i+1 < len(s.Names) && adjacent(s, n, s.Names[i+1])
}

// adjacent reports two names separated by one space or hyphen.
func adjacent(s *align.Side, a, b align.Name) bool {
	if a.End > b.Start || b.Start-a.End != 1 {
		return false
	}
	g := s.Src[a.End]
	return g == ' ' || g == '-'
}

// nameDistance is distance, allowing either name a case ending of up to
// two letters ("Климова", "Kimov") when the source's language declines
// names.
func nameDistance(f, g []byte, limit int, endings bool) int {
	d := distance(f, g, limit)
	for cut := 1; cut <= 2 && endings; cut++ {
		if len(f)-cut >= 4 {
			d = min(d, distance(f[:len(f)-cut], g, limit))
		}
		if len(g)-cut >= 4 {
			d = min(d, distance(f, g[:len(g)-cut], limit))
		}
	}
	return d
}

// matchesSource reports a name of the translation that matches one of the
// source's names given, allowing case endings (see matchedName).
func matchesSource(src, tgt *align.Side, t align.Name, srcNames []align.Name) bool {
	for _, n := range srcNames {
		if n.Kind == align.Word && matchedName(src, tgt, n, []align.Name{t}) {
			return true
		}
	}
	return false
}

// changedAddress finds an address or handle of the translation, of the same
// kind as n, that the source does not have.
func changedAddress(tgt *align.Side, here []align.Name, n align.Name, srcKeys keySet) (align.Name, bool) {
	for _, t := range here {
		if t.Kind == n.Kind && !srcKeys.has(t.Key) {
			return t, true
		}
	}
	return align.Name{}, false
}

// sourceSpelling finds the source name, among the names of the sentences
// r, that the folded target name spells as it is, or transliterated, with
// perhaps another case ending ("Londres" for «Londres», "Moskva" for
// «Москве»).
func sourceSpelling(src *align.Side, r align.Range, folded []byte) (article.Span, bool) {
	var buf []byte
	for _, n := range src.Names[src.NameOf[r.Start]:src.NameOf[r.End]] {
		if n.Kind != align.Word {
			continue
		}
		buf = foldSpan(buf[:0], src.Article, n.Span)
		short, long := buf, folded
		if len(short) > len(long) {
			short, long = long, short
		}
		k := 0
		for k < len(short) && short[k] == long[k] {
			k++
		}
		if len(short) >= 4 && k >= len(short)-1 && len(long)-k <= 2 {
			return n.Span, true
		}
	}
	return article.Span{}, false
}

// distance is the optimal string alignment distance (insertions,
// deletions, substitutions and swaps of neighbours) between two short byte
// strings, or limit+1 when it is more than limit.
func distance(a, b []byte, limit int) int {
	if abs(len(a)-len(b)) > limit || len(a) > 40 || len(b) > 40 {
		return limit + 1
	}
	var rows [3][41]int
	prev2, prev, cur := &rows[0], &rows[1], &rows[2]
	for j := 0; j <= len(b); j++ {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			best = min(best, v)
		}
		if best > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
