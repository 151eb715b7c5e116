package checks

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/blocks"
	"github.com/mtlint/mtlint/rules"
)

// This file connects residue/site-chrome to the block classifier (package
// blocks): the residue detectors' phrase lists, timestamps, credits and
// related-links blocks become known evidence for the classifier, which
// adds what the shape of a line and its neighbours say.

// resKnown returns, per line, the evidence the residue detectors find with
// their built-in lists; chrome marks the lines site-chrome's own lists
// flagged.
func resKnown(p *rules.Pass, chrome map[int]bool) []blocks.Evidence {
	a := p.Article
	known := make([]blocks.Evidence, len(a.Lines))
	for li := range chrome {
		known[li] |= blocks.Phrase
	}
	var buf []byte
	for li, l := range a.Lines {
		if !l.Blank() && resMastheadLine(a, l, &buf) {
			known[li] |= blocks.Masthead
		}
	}
	for li, ts := range resSharedTimestampLines(p) {
		if ts {
			known[li] |= blocks.Timestamp
		}
	}
	for _, h := range resDefaultCredits(p) {
		if !h.inline {
			known[h.line] |= blocks.Credit
		}
	}
	for _, r := range resDefaultRelated(p) {
		for li := r.first; li <= r.last; li++ {
			known[li] |= blocks.Related
		}
	}
	return known
}

// resRelatedMaxWords is the default of residue/related-links' max-item-words.
const resRelatedMaxWords = 20

// resShapeHits returns the lines the block classifier calls furniture that
// no residue list flagged and no other residue check reports (timestamps,
// captions and credits, related links).
func resShapeHits(pass *rules.Pass, chrome map[int]bool, p blocks.Params) []resHit {
	a := pass.Article
	var hints []*blocks.Hint // what a reader of HTML saw of each line, when there is one
	if a.Origin != nil {
		hints = a.Origin.Hints
	}
	known := resKnown(pass, chrome)
	pg := blocks.Classify(blocks.Input{Article: a, Known: known, Hints: hints}, p)
	var hits []resHit
	for i := range pg.Blocks {
		b := &pg.Blocks[i]
		// Timestamps, captions and related links that the other residue
		// checks found are theirs to report.
		if b.Role != blocks.Furniture || chrome[b.Line] || known[b.Line]&(blocks.Timestamp|blocks.Credit|blocks.Related) != 0 {
			continue
		}
		hits = append(hits, resHit{line: b.Line, span: b.Text,
			msg: "page furniture " + resQuote(a.Text(b.Text)) + ": " + pg.Explain(i)})
	}
	// A site's name after the title (the first line or the headline), and
	// a media marker after a title-like line.
	var buf []byte
	for i := range pg.Blocks {
		b := &pg.Blocks[i]
		if b.Role == blocks.Furniture || chrome[b.Line] {
			continue
		}
		if i == 0 || b.Role == blocks.Headline || b.Role == blocks.Standfirst {
			if s := resTitleSuffix(a, b.Text, &buf); s.Len() > 0 {
				hits = append(hits, resHit{line: b.Line, span: s, inline: true,
					msg: "site name " + resQuote(bytes.TrimSpace(a.Text(s))) + " after the title"})
				continue
			}
		}
		if b.Words <= 25 {
			if m := resMediaMarker(a.Text(b.Text)); m > 0 {
				s := article.Span{Start: b.Text.Start + m, End: b.Text.End}
				hits = append(hits, resHit{line: b.Line, span: s, inline: true,
					msg: "media marker " + resQuote(bytes.TrimSpace(a.Text(s))) + " after a title"})
			}
		}
	}
	return hits
}

// resMastheadLine reports a short line with a word of a newspaper's name
// and few other words: "HPN - Harbour news agency", "The Harbour Daily".
func resMastheadLine(a *article.Article, l article.Line, buf *[]byte) bool {
	t := l.Text
	if t.Len() > 60 {
		return false
	}
	last, _ := utf8.DecodeLastRune(a.Text(t))
	if article.IsTerminal(last) || last == ',' || last == ':' {
		return false
	}
	n := resLineWords(a, t)
	return n >= 1 && n <= 6 && resMasthead(a, t, buf)
}

// resTitleSuffix returns the site's name appended to a title line, with
// the separator and the space before it: " | Harbourpress", " – harbour-news.example.com",
// " – The Harbour Times". A pipe always separates one; a dash only before a
// web address or a title-case name with a masthead word ("Times"). It
// returns an empty span when there is none.
func resTitleSuffix(a *article.Article, t article.Span, buf *[]byte) article.Span {
	b := a.Text(t)
	if len(b) > 300 {
		return article.Span{}
	}
	cut, pipe := -1, false
	for _, sep := range []string{" | ", " – ", " — ", " - "} {
		if i := bytes.LastIndex(b, []byte(sep)); i > cut {
			cut, pipe = i, sep == " | "
		}
	}
	if cut < 0 {
		return article.Span{}
	}
	head := article.Span{Start: t.Start, End: t.Start + cut}
	tail := bytes.TrimSpace(b[cut+3:])
	if i := bytes.IndexByte(b[cut+1:], ' '); i >= 0 {
		tail = bytes.TrimSpace(b[cut+1+i:])
	}
	if len(tail) == 0 || len(tail) > 40 || resLineWords(a, head) < 3 {
		return article.Span{}
	}
	last, _ := utf8.DecodeLastRune(tail)
	if article.IsTerminal(last) || last == ',' || last == ':' || last == ')' {
		return article.Span{}
	}
	fields := bytes.Fields(tail)
	if len(fields) > 4 {
		return article.Span{}
	}
	ok := len(fields) == 1 && blocks.IsAddress(tail)
	if !ok {
		capitals := true
		for _, f := range fields {
			r, _ := utf8.DecodeRune(f)
			capitals = capitals && (unicode.IsUpper(r) || unicode.IsDigit(r))
		}
		tailSpan := article.Span{Start: t.End - len(tail), End: t.End}
		ok = capitals && (pipe || resMasthead(a, tailSpan, buf))
	}
	if !ok {
		return article.Span{}
	}
	return article.Span{Start: t.Start + cut, End: t.End}
}

// resMediaWords are the words of a bracketed media marker after a title:
// "(photo)", "[VIDEO]", "(+video)".
var resMediaWords = resWordList(`photo photos video videos pictures picture gallery audio watch foto fotos vídeo
	+video +photo +photos with video with photos`)

// resMediaMarker returns the start of a bracketed media marker ending line
// text b, or -1.
func resMediaMarker(b []byte) int {
	if len(b) < 8 || b[len(b)-1] != ')' && b[len(b)-1] != ']' {
		return -1
	}
	open := bytes.LastIndexAny(b, "([")
	if open <= 0 || b[open-1] != ' ' || len(b)-open > 16 {
		return -1
	}
	var arr [16]byte
	w, ok := resFold(arr[:0], b[open+1:len(b)-1], 14)
	if !ok || !resMediaWords[string(w)] {
		return -1
	}
	return open - 1
}
