package checks

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
)

// This file holds what the line-break checks share. They find sentences
// cut by stray blank lines — an orphan fragment standing as a paragraph of
// its own (linebreak_orphan_paragraph.go), a sentence split across two
// paragraphs (linebreak_split_sentence.go), a paragraph that starts in the
// middle of a sentence whose head was lost (linebreak_lowercase_start.go) —
// and sentences cut by a single line break inside a paragraph
// (linebreak_inside_sentence.go).
//
// All of them read the same evidence from the model, a paragraph or line at a
// time and only at its edges, so they are linear in the text:
//
//   - how a block ends: with end punctuation ("." "!" "?" "…", possibly
//     inside closing quotes or brackets), with "," or ";", with ":", with a
//     dangling word that no sentence or heading ends with ("the", "of",
//     "and"…), or with nothing (a letter, a digit, a closing quote);
//   - whether the next block starts as a continuation: its first character
//     is a lowercase letter and its first word is a plain lowercase word (not
//     "eBay", "iPod", "mRNA", a domain "bbc.co.uk", a handle or a "key:"
//     label);
//   - whether a block is a list item ("- ", "• ", "1. ", "a) "), a table row
//     (tabs or "|"), a byline ("By Jane Smith") or a dateline ("LONDON
//     (Reuters) -"), none of which is prose.

const (
	idOrphanParagraph = "linebreak/orphan-paragraph"
	idSplitSentence   = "linebreak/split-sentence"
	idInsideSentence  = "linebreak/inside-sentence"
	idLowercaseStart  = "linebreak/lowercase-start"
)

// defaultDangling are words that no English sentence, headline or label
// ends with: articles, coordinating conjunctions, possessive determiners and
// prepositions that cannot be stranded. A block ending in one of them is cut.
var defaultDangling = []string{
	"the", "a", "an", "of", "and", "or", "but", "nor", "than", "because",
	"although", "whereas", "whether", "its", "their", "our", "your", "my",
	"amid", "despite", "during", "between", "among", "via", "into", "onto",
	"upon", "from",
}

// defaultWrapWords are further words that end a line of prose cut by a hard
// wrap ("said on / Friday"). Unlike the dangling words they can end a
// sentence ("moved on"), so they count only inside a paragraph, at the end
// of a line of at least three words with no punctuation after them.
var defaultWrapWords = []string{
	"on", "in", "at", "for", "to", "with", "by", "about", "after", "before",
	"over", "under", "against", "without", "within", "through", "since",
	"until", "that", "which", "who", "whose", "whom", "this", "these", "those",
}

// defaultResidue are one-word paragraphs of scraped page furniture: not the
// fragment of a sentence even when the paragraph before ends unpunctuated.
var defaultResidue = []string{
	"advertisement", "advert", "ad", "loading", "share", "print", "email",
	"comments", "tweet", "menu", "close", "sponsored", "related", "updated",
	"video", "photo", "audio", "listen", "watch", "subscribe", "latest",
	"trending", "gallery", "top",
}

var (
	defaultDanglingSet = lowerSet(defaultDangling)
	defaultWrapSet     = lowerSet(defaultWrapWords)
	defaultResidueSet  = lowerSet(defaultResidue)
)

func lowerSet(list []string) map[string]bool {
	m := make(map[string]bool, len(list))
	for _, w := range list {
		m[strings.ToLower(strings.TrimSpace(w))] = true
	}
	return m
}

// setParam returns the set of a list parameter, reusing the precomputed
// set when the parameter has its default value.
func setParam(list, def []string, defSet map[string]bool) map[string]bool {
	if len(list) == len(def) && (len(list) == 0 || &list[0] == &def[0]) {
		return defSet
	}
	return lowerSet(list)
}

const (
	orphanMaxWordsDefault = 2
	orphanMaxBytes        = 60
	verseWidthDefault     = 50
)

// lineParagraphs reports a paragraph of three or more lines each of which
// but the last ends with end punctuation: paragraphs written one per line,
// without blank lines between them, as scraped text often is.
func lineParagraphs(a *article.Article, pi int) bool {
	lines := a.ParagraphLines(pi)
	if len(lines) < 3 {
		return false
	}
	t := lbText{a: a}
	for _, l := range lines[:len(lines)-1] {
		if t.ending(l.Text, nil) != endTerminal {
			return false
		}
	}
	return true
}

// ending is how a block of text (a paragraph or a line) ends.
type ending int

const (
	endNone     ending = iota // a letter, digit or closing mark: unfinished
	endTerminal               // end punctuation, maybe inside closers
	endComma                  // "," or ";"
	endColon                  // ":"
	endDangling               // a word no sentence ends with
)

// lbText reads the edges of paragraphs and lines.
type lbText struct {
	a        *article.Article
	dangling map[string]bool
}

// lowerIn reports whether the word, lowercased, is in set. It does not
// allocate.
func (t *lbText) lowerIn(w article.Word, set map[string]bool) bool {
	b := t.a.Src[w.Start:w.End]
	var buf [16]byte
	if len(b) > len(buf) {
		return false
	}
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return set[string(buf[:len(b)])]
}

// ending classifies the end of s; last is the last word inside s, or nil.
func (t *lbText) ending(s article.Span, last *article.Word) ending {
	src := t.a.Src
	i := s.End
	for i > s.Start {
		r, n := utf8.DecodeLastRune(src[s.Start:i])
		if article.IsCloser(r) {
			i -= n
			continue
		}
		switch {
		case r == '.' && i == s.End && last != nil && last.End == i-n && t.title(*last):
			return endDangling // "Mr." before the name on the next line
		case article.IsTerminal(r):
			return endTerminal
		case r == ':':
			return endColon
		case r == ',' || r == ';':
			return endComma
		}
		break
	}
	if last != nil && last.End == s.End && (t.lowerIn(*last, t.dangling) || t.title(*last)) {
		return endDangling
	}
	return endNone
}

// titles precede a name and end no sentence; they are matched with their
// case ("MS" is an illness, "Ms" a title).
var titleWords = map[string]bool{"Mr": true, "Mrs": true, "Ms": true, "Messrs": true, "Mme": true, "Dr": true, "Prof": true}

func (t *lbText) title(w article.Word) bool {
	return titleWords[string(t.a.Src[w.Start:w.End])]
}

// continues reports whether s starts as the continuation of a sentence: a
// lowercase letter that begins a plain lowercase word. first is the first
// word inside s, or nil.
func (t *lbText) continues(s article.Span, first *article.Word) bool {
	src := t.a.Src
	r, _ := utf8.DecodeRune(src[s.Start:s.End])
	if !unicode.IsLower(r) || first == nil || first.Start != s.Start {
		return false
	}
	if isListItem(src, s) {
		return false
	}
	for _, c := range string(src[first.Start:first.End]) {
		if unicode.IsUpper(c) || unicode.IsDigit(c) || unicode.IsTitle(c) {
			return false // eBay, iPod, mRNA, 3G
		}
	}
	if first.End < s.End {
		r2, n2 := utf8.DecodeRune(src[first.End:s.End])
		switch r2 {
		case '@', '/', '_', '\\', '=', ':':
			return false // a handle, a path, a "key:" label
		case '.':
			if first.End+n2 < s.End {
				r3, _ := utf8.DecodeRune(src[first.End+n2 : s.End])
				if article.IsWordRune(r3) {
					return false // a domain: bbc.co.uk
				}
			}
		}
	}
	return true
}

// startsWord reports whether s starts with a word, possibly after an
// opening quote or bracket.
func startsWord(src []byte, s article.Span, first *article.Word) bool {
	if first == nil || first.Start >= s.End {
		return false
	}
	for i := s.Start; i < first.Start; {
		r, n := utf8.DecodeRune(src[i:first.Start])
		if !article.IsOpener(r) {
			return false
		}
		i += n
	}
	return true
}

// isListItem reports a bulleted or numbered item: "- ", "• ", "* ", "1. ",
// "2) ", "a) ", "iv. ".
func isListItem(src []byte, s article.Span) bool {
	r, n := utf8.DecodeRune(src[s.Start:s.End])
	switch r {
	case '•', '·', '▪', '■', '►', '▶', '‣', '◦', '○', '●', '→', '✓', '✔', '❖':
		return true
	case '-', '*', '+', '–', '—', '>':
		return s.Start+n == s.End || article.IsSpace(nextRune(src, s.Start+n, s.End))
	}
	// a short label followed by "." or ")" and a space
	i := s.Start
	for k := 0; k < 4 && i < s.End; k++ {
		c := src[i]
		if ('0' <= c && c <= '9') || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') {
			i++
			continue
		}
		if i > s.Start && (c == '.' || c == ')') && i+1 < s.End && (src[i+1] == ' ' || src[i+1] == '\t') {
			if c == '.' && !isDigits(src[s.Start:i]) && !isRoman(src[s.Start:i]) && i-s.Start > 1 {
				return false // "Mr. Smith", "No. 10": a word, not a label
			}
			return true
		}
		break
	}
	return false
}

func nextRune(src []byte, i, end int) rune {
	if i >= end {
		return utf8.RuneError
	}
	r, _ := utf8.DecodeRune(src[i:end])
	return r
}

func isDigits(b []byte) bool {
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return len(b) > 0
}

func isRoman(b []byte) bool {
	for _, c := range b {
		switch c {
		case 'i', 'v', 'x', 'I', 'V', 'X':
		default:
			return false
		}
	}
	return len(b) > 0
}

// isTableRow reports a line with tabs or "|" between cells.
func isTableRow(src []byte, s article.Span) bool {
	for i := s.Start; i < s.End; i++ {
		if src[i] == '\t' || src[i] == '|' {
			return true
		}
	}
	return false
}

// isBylineOrDateline reports "By Jane Smith" (a short line starting with
// "By" and a capitalised word) and "LONDON (Reuters) -" (a line starting
// with an all-capitals word of two or more letters and ending with a dash
// or a colon). ws are the line's words.
func isBylineOrDateline(src []byte, s article.Span, ws []article.Word) bool {
	if len(ws) == 0 {
		return false
	}
	first := src[ws[0].Start:ws[0].End]
	if string(first) == "By" && len(ws) >= 2 && len(ws) <= 6 {
		r, _ := utf8.DecodeRune(src[ws[1].Start:ws[1].End])
		return unicode.IsUpper(r)
	}
	if len(first) >= 2 && allUpper(first) {
		r, _ := utf8.DecodeLastRune(src[s.Start:s.End])
		return r == '-' || r == '–' || r == '—' || r == ':'
	}
	return false
}

func allUpper(b []byte) bool {
	for _, r := range string(b) {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// paraWords returns the words of paragraph pi.
func paraWords(a *article.Article, pi int) []article.Word {
	p := a.Paragraphs[pi]
	if p.FirstSentence == p.EndSentence {
		return nil
	}
	return a.Words[a.Sentences[p.FirstSentence].FirstWord:a.Sentences[p.EndSentence-1].EndWord]
}

func firstOf(ws []article.Word) *article.Word {
	if len(ws) == 0 {
		return nil
	}
	return &ws[0]
}

func lastOf(ws []article.Word) *article.Word {
	if len(ws) == 0 {
		return nil
	}
	return &ws[len(ws)-1]
}

// breakSpan is the range reported for a break between two blocks: from the
// last word before it (or the last character) to the first word after it
// (or the first character).
func breakSpan(src []byte, before, after article.Span, last, first *article.Word) article.Span {
	s := article.Span{Start: before.End, End: after.Start}
	if last != nil && last.End <= before.End && last.Start >= before.Start {
		s.Start = last.Start
	} else {
		_, n := utf8.DecodeLastRune(src[before.Start:before.End])
		s.Start = before.End - n
	}
	if first != nil && first.Start >= after.Start && first.End <= after.End {
		s.End = first.End
	} else {
		_, n := utf8.DecodeRune(src[after.Start:after.End])
		s.End = after.Start + n
	}
	return s
}

// colonListEnd returns, when paragraph k ends with a colon and is followed
// by two or more paragraphs that start with a lowercase word, all but the
// last without end punctuation, the index after the last of them: an
// unbulleted list ("The plan will:" / "cut 2,000 jobs;" / "close two
// plants."). Otherwise it returns -1.
func (t *lbText) colonListEnd(k int) int {
	a := t.a
	if t.ending(a.Paragraphs[k].Span, lastOf(paraWords(a, k))) != endColon {
		return -1
	}
	j := k + 1
	for j < len(a.Paragraphs) && t.continues(a.Paragraphs[j].Span, firstOf(paraWords(a, j))) {
		j++
		if t.ending(a.Paragraphs[j-1].Span, lastOf(paraWords(a, j-1))) == endTerminal {
			break
		}
	}
	if j-k-1 < 2 {
		return -1
	}
	return j
}

// joiner is the text that replaces a break (gap) when two pieces of a
// sentence are joined: one space, or none after an opening bracket or
// curly quote and before closing punctuation, so that the join itself
// never creates a spacing defect.
func joiner(src []byte, gap article.Span) string {
	before, _ := utf8.DecodeLastRune(src[:gap.Start])
	after, _ := utf8.DecodeRune(src[gap.End:])
	switch {
	case before != '"' && before != '\'' && article.IsOpener(before):
		return ""
	case after != '"' && after != '\'' && article.IsCloser(after):
		return ""
	case after == ',' || after == '.' || after == ';' || after == ':' || after == '!' || after == '?':
		return ""
	}
	return " "
}

// startsUpper reports whether s starts with an uppercase letter.
func startsUpper(src []byte, s article.Span) bool {
	r, _ := utf8.DecodeRune(src[s.Start:s.End])
	return unicode.IsUpper(r)
}

// startsLowerLetter reports whether s starts with a lowercase letter.
func startsLowerLetter(src []byte, s article.Span) bool {
	r, _ := utf8.DecodeRune(src[s.Start:s.End])
	return unicode.IsLower(r)
}

// shortLines reports a block of three or more lines all of which, but the
// last, are at most width characters long: verse, lyrics, a list or a
// metadata block rather than wrapped prose.
func shortLines(src []byte, lines []article.Line, width int) bool {
	if len(lines) < 3 {
		return false
	}
	for _, l := range lines[:len(lines)-1] {
		if l.Text.Len() > width && utf8.RuneCount(src[l.Text.Start:l.Text.End]) > width {
			return false
		}
	}
	return true
}
