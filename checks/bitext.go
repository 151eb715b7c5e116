package checks

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/align"
	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

// This file holds what the bitext checks share. They compare a translation
// with its source, sentence by sentence, through the alignment that
// Pass.Bitext computes once per article (package align); they run only
// when the source is given, report ranges of the translation and carry the
// matching range of the source.

// bitextAlignment returns the alignment of the pass's article with its
// source.
func bitextAlignment(p *rules.Pass) *align.Alignment {
	return p.Bitext.Alignment()
}

// sentSpan returns the span from the first sentence of a range to the end
// of its last; an empty range gives the empty span where it would start
// (at the end of the sentence before it, or the start of the next).
func sentSpan(a *article.Article, r align.Range) article.Span {
	if r.Len() > 0 {
		return article.Span{Start: a.Sentences[r.Start].Start, End: a.Sentences[r.End-1].End}
	}
	switch {
	case r.Start > 0 && r.Start <= len(a.Sentences):
		e := a.Sentences[r.Start-1].End
		return article.Span{Start: e, End: e}
	case r.Start < len(a.Sentences):
		s := a.Sentences[r.Start].Start
		return article.Span{Start: s, End: s}
	}
	return article.Span{Start: a.BodyStart, End: a.BodyStart}
}

// quoteText renders a piece of text for a message: «…», on one line,
// shortened in the middle beyond max characters.
func quoteText(b []byte, max int) string {
	s := strings.Join(strings.Fields(string(b)), " ")
	if utf8.RuneCountInString(s) > max {
		r := []rune(s)
		s = string(r[:max*2/3]) + " … " + string(r[len(r)-max/3:])
	}
	return "«" + s + "»"
}

// neighbours returns the sentence beads near bead k that a check may look
// in when the alignment may have put a piece of a sentence in the next
// one: the beads of the same paragraph bead, and one on either side.
func neighbours(al *align.Alignment, k int) (lo, hi int) {
	lo, hi = k, k+1
	for lo > 0 && al.Sentences[lo-1].Para == al.Sentences[k].Para {
		lo--
	}
	for hi < len(al.Sentences) && al.Sentences[hi].Para == al.Sentences[k].Para {
		hi++
	}
	return max(lo-1, 0), min(hi+1, len(al.Sentences))
}

// isHanOrKana reports Han, Hiragana and Katakana letters.
func isHanOrKana(r rune) bool {
	return r >= 0x2E80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r))
}
