package config

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
)

// This file holds the literal-phrase matcher behind `tokens:`, `swap:` and
// the allowlists. A phrase is cut into words exactly as the article
// segmenter cuts text, so a phrase matches only whole words ("cat" never
// matches inside "cats", "scatter" or "cat's"), in any script. Matching
// walks the article's words once: the first word of each phrase is looked
// up in a map, and the following words walk a trie of the phrases, so the
// cost does not grow with the number of phrases. Between words, any run of white space (a line break
// included) matches any other; typographic and straight apostrophes and
// quotes match each other.

// scope is the unit a match must lie within.
type scope int

const (
	scopeParagraph scope = iota
	scopeSentence
	scopeLine
	scopeText
)

var scopeNames = []string{"paragraph", "sentence", "line", "text"}

func (s scope) String() string { return scopeNames[s] }

// phrase is one compiled literal phrase.
type phrase struct {
	text   string   // as written in the configuration
	words  []string // canonical words
	gaps   []string // canonical text between words i and i+1
	prefix string   // canonical punctuation before the first word ("#", "(")
	suffix string   // canonical punctuation after the last word ("." of "U.S.")
	// lower is set when the phrase has no upper-case letter: written so, it
	// means "in any case", and a replacement follows the case of the text.
	lower bool
}

// phraseSet is a compiled list of phrases: a trie over words, so that the
// cost of a match attempt does not grow with the number of phrases.
type phraseSet struct {
	fold    bool // compare words without regard to letter case
	scope   scope
	phrases []phrase
	first   map[string]*trieNode // canonical first word → its node
}

// trieNode is the state after some words of one or more phrases.
type trieNode struct {
	// next is keyed by the canonical gap, a NUL, and the canonical word.
	next map[string]*trieNode
	// ends are the phrases that end here (they differ in their prefix and
	// suffix punctuation), in the order given.
	ends []int
}

func newPhraseSet(fold bool, sc scope) *phraseSet {
	return &phraseSet{fold: fold, scope: sc, first: map[string]*trieNode{}}
}

// add compiles a phrase and returns its index.
func (s *phraseSet) add(text string) (int, error) {
	t := strings.TrimFunc(text, article.IsSpace)
	if t == "" {
		return 0, fmt.Errorf("empty phrase")
	}
	a, err := article.Parse("", []byte(t))
	if err != nil {
		return 0, fmt.Errorf("phrase %q: %v", text, err)
	}
	if len(a.Words) == 0 {
		return 0, fmt.Errorf("phrase %q has no letter or digit; use regex: for punctuation", text)
	}
	ph := phrase{text: text, lower: strings.ToLower(t) == t}
	for i, w := range a.Words {
		ph.words = append(ph.words, string(canonWord(nil, a.Text(w.Span), s.fold)))
		if i > 0 {
			ph.gaps = append(ph.gaps, string(canonGap(nil, a.Src[a.Words[i-1].End:w.Start])))
		}
	}
	pre, suf := t[:a.Words[0].Start], t[a.Words[len(a.Words)-1].End:]
	if strings.ContainsFunc(pre, article.IsSpace) || strings.ContainsFunc(suf, article.IsSpace) {
		return 0, fmt.Errorf("phrase %q: punctuation before the first word or after the last must touch it", text)
	}
	ph.prefix, ph.suffix = string(canonGap(nil, []byte(pre))), string(canonGap(nil, []byte(suf)))
	node := s.first[ph.words[0]]
	if node == nil {
		node = &trieNode{}
		s.first[ph.words[0]] = node
	}
	for k := 1; k < len(ph.words); k++ {
		key := ph.gaps[k-1] + "\x00" + ph.words[k]
		nx := node.next[key]
		if nx == nil {
			if node.next == nil {
				node.next = map[string]*trieNode{}
			}
			nx = &trieNode{}
			node.next[key] = nx
		}
		node = nx
	}
	for _, i := range node.ends {
		if o := &s.phrases[i]; o.prefix == ph.prefix && o.suffix == ph.suffix {
			return 0, fmt.Errorf("phrase %q is the same as %q", text, o.text)
		}
	}
	s.phrases = append(s.phrases, ph)
	node.ends = append(node.ends, len(s.phrases)-1)
	return len(s.phrases) - 1, nil
}

// phraseMatch is one occurrence of a phrase.
type phraseMatch struct {
	article.Span
	phrase int
}

// each calls fn for the occurrences of the set's phrases in a, in text
// order. With all false it takes at each word the longest phrase that
// matches there (the first listed on a tie) and goes on after it, so the
// matches do not overlap; with all true it reports every match.
func (s *phraseSet) each(a *article.Article, all bool, fn func(phraseMatch)) {
	if len(s.phrases) == 0 {
		return
	}
	var scratch []byte
	src := a.Src
	lastEnd := -1
	for i := 0; i < len(a.Words); {
		w := a.Words[i]
		scratch = canonWord(scratch[:0], src[w.Start:w.End], s.fold)
		node := s.first[string(scratch)]
		best, bestSpan, bestLast := -1, article.Span{}, 0
		for k := i; node != nil; {
			for _, pi := range node.ends {
				sp, ok := s.edges(a, i, k, pi)
				if !ok || sp.Start < lastEnd {
					continue
				}
				if all {
					fn(phraseMatch{sp, pi})
				} else if best < 0 || sp.Len() > bestSpan.Len() {
					best, bestSpan, bestLast = pi, sp, k
				}
			}
			if node.next == nil || k+1 >= len(a.Words) {
				break
			}
			prev, cur := a.Words[k], a.Words[k+1]
			if !s.sameUnit(a, prev, cur) {
				break
			}
			scratch = canonGap(scratch[:0], src[prev.End:cur.Start])
			scratch = append(scratch, 0)
			scratch = canonWord(scratch, src[cur.Start:cur.End], s.fold)
			node = node.next[string(scratch)]
			k++
		}
		if best < 0 {
			i++
			continue
		}
		fn(phraseMatch{bestSpan, best})
		lastEnd = bestSpan.End
		i = bestLast + 1
	}
}

// edges checks the punctuation of phrase pi around the words [i, k] that
// match its words, and returns the span of the match.
func (s *phraseSet) edges(a *article.Article, i, k, pi int) (article.Span, bool) {
	ph := &s.phrases[pi]
	src := a.Src
	sp := article.Span{Start: a.Words[i].Start, End: a.Words[k].End}
	if ph.prefix != "" {
		start, ok := matchBefore(src, sp.Start, ph.prefix, a.BodyStart)
		if !ok {
			return sp, false
		}
		sp.Start = start
		if r, _ := utf8.DecodeLastRune(src[a.BodyStart:sp.Start]); sp.Start > a.BodyStart && article.IsWordRune(r) {
			return sp, false
		}
	}
	if ph.suffix != "" {
		end, ok := matchAfter(src, sp.End, ph.suffix)
		if !ok {
			return sp, false
		}
		sp.End = end
		if r, _ := utf8.DecodeRune(src[sp.End:]); sp.End < len(src) && article.IsWordRune(r) {
			return sp, false
		}
	}
	return sp, true
}

// sameUnit reports whether two neighbouring words lie in the same unit of
// the set's scope.
func (s *phraseSet) sameUnit(a *article.Article, prev, cur article.Word) bool {
	switch s.scope {
	case scopeSentence:
		return prev.Sentence == cur.Sentence
	case scopeParagraph:
		return a.Sentences[prev.Sentence].Para == a.Sentences[cur.Sentence].Para
	case scopeLine:
		for _, b := range a.Src[prev.End:cur.Start] {
			if b == '\n' {
				return false
			}
		}
	}
	return true
}

// matchBefore matches the canonical punctuation want ending at off, going
// back no further than low, and returns where it starts.
func matchBefore(src []byte, off int, want string, low int) (int, bool) {
	for want != "" {
		wr, wn := utf8.DecodeLastRuneInString(want)
		if off <= low {
			return 0, false
		}
		r, n := utf8.DecodeLastRune(src[low:off])
		if canonPunct(r) != wr {
			return 0, false
		}
		off -= n
		want = want[:len(want)-wn]
	}
	return off, true
}

// matchAfter matches the canonical punctuation want starting at off and
// returns where it ends.
func matchAfter(src []byte, off int, want string) (int, bool) {
	for _, wr := range want {
		if off >= len(src) {
			return 0, false
		}
		r, n := utf8.DecodeRune(src[off:])
		if canonPunct(r) != wr {
			return 0, false
		}
		off += n
	}
	return off, true
}

// canonWord appends the canonical form of a word: apostrophes and hyphens
// unified and, with fold, letters in lower case.
func canonWord(dst, w []byte, fold bool) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if fold && 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRune(w[i:])
		i += n
		r = canonPunct(r)
		if fold {
			r = unicode.ToLower(unicode.ToUpper(r))
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// canonGap appends the canonical form of the text between words: runs of
// white space as one space, typographic quotes and hyphens as ASCII.
func canonGap(dst, g []byte) []byte {
	space := false
	for i := 0; i < len(g); {
		r, n := utf8.DecodeRune(g[i:])
		i += n
		if article.IsSpace(r) {
			space = true
			continue
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		dst = utf8.AppendRune(dst, canonPunct(r))
	}
	if space {
		dst = append(dst, ' ')
	}
	return dst
}

func canonPunct(r rune) rune {
	switch r {
	case '’', '‘', 'ʼ', '‛':
		return '\''
	case '“', '”', '„', '‟':
		return '"'
	case '‐', '‑':
		return '-'
	}
	return r
}

// spanIndex answers whether a span lies inside one of a set of matches.
type spanIndex struct {
	spans  []article.Span // sorted by start
	maxEnd []int          // maxEnd[i] is the largest End of spans[:i+1]
}

func newSpanIndex(spans []article.Span) *spanIndex {
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	x := &spanIndex{spans: spans, maxEnd: make([]int, len(spans))}
	m := -1
	for i, s := range spans {
		m = max(m, s.End)
		x.maxEnd[i] = m
	}
	return x
}

// covers reports whether s lies inside one of the spans.
func (x *spanIndex) covers(s article.Span) bool {
	// The spans that start at or before s.Start.
	i := sort.Search(len(x.spans), func(i int) bool { return x.spans[i].Start > s.Start })
	return i > 0 && x.maxEnd[i-1] >= s.End
}
