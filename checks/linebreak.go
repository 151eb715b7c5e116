package checks

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

// This file holds the line-break checks: sentences cut by stray blank lines
// (an orphan fragment standing as a paragraph of its own, or a sentence
// split across two paragraphs) and sentences cut by a single line break
// inside a paragraph.
//
// All three read the same evidence from the model, a paragraph or line at a
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

func init() {
	register(
		&rules.Check{
			ID: idOrphanParagraph,
			Doc: "A paragraph of one or two words (max-words) with no end punctuation that is a piece of a sentence cut " +
				"off by stray blank lines (\"The\" / \"walkout\" / \"of the dockers is...\"). Shortness alone is no " +
				"evidence: the fragment is recognised by the sentence it was cut from. Either the sentence goes on after it " +
				"(the next paragraph starts with a plain lowercase word, or the fragment ends with a word no sentence ends " +
				"with, such as \"the\", \"of\", \"and\", and the next paragraph starts with a word), or it comes from " +
				"before it (the paragraph before ends without end punctuation or with \",\" or \";\", and the fragment " +
				"starts in lowercase or with such a word, or the paragraph before ends with one). Headings, site names, labels " +
				"and page furniture (\"Latest\", \"More information\", \"Top 10\") have none of this evidence and are " +
				"left to the residue checks; list items, items of an unbulleted list after a colon, fragments with digits or " +
				"symbols, and the residue-words are never orphans. There is one finding per fragment. The fix joins the " +
				"fragment to its sentence with single spaces (in a chain of fragments each one's fix takes the gap after it, " +
				"so the last may have none), making the chain and the paragraph it opens one paragraph; it joins " +
				"paragraphs, so it is unsafe.",
			Bad:      "The\n\nwalkout\n\nof the two unions is also a warning before the contract talks.",
			Good:     "The walkout of the two unions is also a warning before the contract talks.",
			Severity: rules.Error,
			Params: []rules.Param{
				{Name: "max-words", Kind: rules.Int, Default: orphanMaxWordsDefault,
					Doc: "the most words a paragraph may have to be taken for an orphan fragment"},
				{Name: "dangling-words", Kind: rules.Strings, Default: defaultDangling,
					Doc: "words no sentence or heading ends with (case-insensitive)"},
				{Name: "residue-words", Kind: rules.Strings, Default: defaultResidue,
					Doc: "one-word paragraphs that are page furniture, never orphans (case-insensitive)"},
			},
			Run: runOrphanParagraph,
		},
		&rules.Check{
			ID: idSplitSentence,
			Doc: "A sentence split across two paragraphs by a stray blank line: a paragraph that ends without end " +
				"punctuation, or with \",\", \";\" or \":\", is followed by one that starts with a plain lowercase word " +
				"(\"...could spread to its other terminals;\" / \"and more so with the peak season...\"), or a paragraph " +
				"ends with a word no sentence ends with (\"the\", \"of\", \"and\", or a title such as \"Mr\") and the next " +
				"starts with any word. A paragraph that ends unpunctuated before a capitalised one is a heading or a label " +
				"and is not reported; nor is a paragraph followed by a list item, by one that opens with a quote mark (a " +
				"quote running over paragraphs), by a block of three or more short lines (verse), or by one whose first " +
				"word is not a plain lowercase word (\"eBay\", \"iPod\", \"bbc.co.uk\", \"source:\"). After a colon the " +
				"next paragraph must end with end punctuation, being the rest of the sentence, and a run of two or more " +
				"lowercase paragraphs after a colon is an unbulleted list. Fragments of one or two words are " +
				"linebreak/orphan-paragraph's and are not reported here. The finding covers the paragraph break from the " +
				"last word before it to the first word after it; the fix joins the two paragraphs with one space, so it " +
				"is unsafe.",
			Bad:      "The port fears the strike will spread to its terminals;\n\nand more so with the peak season due in the autumn.",
			Good:     "The port fears the strike will spread to its terminals; and more so with the peak season due in the autumn.",
			Severity: rules.Warning,
			Params: []rules.Param{
				{Name: "dangling-words", Kind: rules.Strings, Default: defaultDangling,
					Doc: "words no sentence or heading ends with (case-insensitive)"},
			},
			Run: runSplitSentence,
		},
		&rules.Check{
			ID: idInsideSentence,
			Doc: "A single line break inside a sentence, within a paragraph: hard-wrapped or broken text such as " +
				"\"The minister said on\" / \"Friday that the talks...\". A break is inside a sentence when the line ends " +
				"without end punctuation and the next line starts with a plain lowercase word; or when a line of at least " +
				"three words ends with a word no sentence ends with (\"the\", \"of\", a title such as \"Mr.\"), with one " +
				"of the wrap-words (\"on\", \"to\", \"that\"), or, being longer than verse-width characters, with \",\" or " +
				"\";\", and the next line starts with a word. Lines that end with end punctuation, list items and bullets, " +
				"table rows (tabs or \"|\"), bylines and datelines, an unbulleted lowercase list after a colon, and blocks " +
				"of three or more short lines (verse, lyrics, metadata, lists) are not reported, and a short line ending " +
				"with a comma before a capital (\"Yours sincerely,\") is not either. The finding covers the break from the " +
				"last word before it to the first word after it. The fix replaces the break and the spaces around it with " +
				"one space; it only changes white space, so it is safe.",
			Bad:      "The minister said on\nFriday that the talks would resume next week.",
			Good:     "The minister said on Friday that the talks would resume next week.",
			Severity: rules.Warning,
			Params: []rules.Param{
				{Name: "dangling-words", Kind: rules.Strings, Default: defaultDangling,
					Doc: "words no sentence or heading ends with (case-insensitive)"},
				{Name: "wrap-words", Kind: rules.Strings, Default: defaultWrapWords,
					Doc: "further words that, ending a line of prose of three or more words, show a hard wrap (case-insensitive)"},
				{Name: "verse-width", Kind: rules.Int, Default: verseWidthDefault,
					Doc: "a paragraph of three or more lines whose lines (but the last) are all at most this many characters " +
						"long is verse, a list or a metadata block and is not checked"},
			},
			Run: runInsideSentence,
		},
		&rules.Check{
			ID: idLowercaseStart,
			Doc: "A paragraph that starts in the middle of a sentence, with a plain lowercase word, when nothing " +
				"before it could be the sentence's beginning: it opens the text, or the paragraph before ends its " +
				"own sentence with end punctuation (\"…the storm hit the coast […]\" / \"thousands of homes were " +
				"flooded\"). The head of the sentence was lost, cut by a scraper or dropped by the translation. A " +
				"paragraph whose lines each end with end punctuation (one paragraph per line, as scraped text often " +
				"is) is read line by line. A lowercase paragraph after one that ends unpunctuated, or with \",\" " +
				"\";\" or \":\", is linebreak/split-sentence's; list items, verse, names that start in lowercase " +
				"(\"eBay\", \"de Gaulle\"), domains and \"key:\" labels are not reported. There is no fix: " +
				"the missing words must be restored by hand.",
			Bad:      "The river burst its banks on Monday.\n\nthousands of homes were flooded overnight.",
			Good:     "The river burst its banks on Monday.\n\nThousands of homes were flooded overnight.",
			Severity: rules.Warning,
			Run:      runLowercaseStart,
		},
	)
}

// nameParticlesLower are lowercase particles that open a name ("de
// Gaulle", "van Gogh", "al-Assad"): a paragraph may start with one.
var nameParticlesLower = article.WordSet(`de del della di da dos du des la le el van von der den ter ten al bin ibn`)

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

func runLowercaseStart(p *rules.Pass) {
	a := p.Article
	src := a.Src
	o := newOrphans(a, orphanMaxWordsDefault, defaultDanglingSet, defaultResidueSet)
	t := &o.lbText
	// headless reports whether block s, whose first word is first, starts
	// a sentence in lowercase.
	headless := func(s article.Span, ws []article.Word, i int) bool {
		first := &ws[i]
		if !t.continues(s, first) {
			return false
		}
		if i+1 >= len(ws) || ws[i+1].Start >= s.End {
			return false // one word ("stats"): a label, or an orphan-paragraph's fragment
		}
		w := src[first.Start:first.End]
		if nameParticlesLower[string(w)] {
			return false // "de Gaulle", "van Gogh"
		}
		return true
	}
	report := func(s article.Span, first *article.Word, what string) {
		p.Report(article.Span{Start: s.Start, End: first.End},
			what+" starts in lowercase in the middle of a sentence: the beginning of the sentence is missing", nil)
	}
	// maybeLower is a cheap first look: a lowercase ASCII letter, or a
	// character outside ASCII, at s.
	maybeLower := func(s article.Span) bool {
		c := src[s.Start]
		return 'a' <= c && c <= 'z' || c >= utf8.RuneSelf
	}
	for k := range a.Paragraphs {
		B := a.Paragraphs[k]
		lines := a.ParagraphLines(k)
		lower := maybeLower(B.Span)
		for _, l := range lines[1:] {
			lower = lower || maybeLower(l.Text)
		}
		if !lower {
			continue
		}
		bws := paraWords(a, k)
		if len(bws) == 0 {
			continue
		}
		prevEnds := k == 0
		if k > 0 {
			prevEnds = t.ending(a.Paragraphs[k-1].Span, lastOf(paraWords(a, k-1))) == endTerminal
		}
		first := lines[0].Text
		if prevEnds && maybeLower(first) && !shortLines(src, lines, verseWidthDefault) && headless(first, bws, 0) && !o.info(k).orphan {
			what := "the paragraph"
			if k == 0 {
				what = "the text"
			}
			report(first, &bws[0], what)
		}
		if !lineParagraphs(a, k) {
			continue
		}
		// One paragraph per line: each line after one that ends its sentence.
		wi := 0
		for _, l := range lines[1:] {
			for wi < len(bws) && bws[wi].Start < l.Text.Start {
				wi++
			}
			if wi < len(bws) && bws[wi].Start == l.Text.Start && headless(l.Text, bws, wi) {
				report(l.Text, &bws[wi], "the line")
			}
		}
	}
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

// orphans classifies paragraphs as orphan fragments.
type orphans struct {
	lbText
	maxWords int
	residue  map[string]bool
}

// orphanInfo says whether paragraph pi is an orphan fragment and on which
// sides its sentence goes on: fwd, into the next paragraph; bwd, from the
// previous one.
type orphanInfo struct {
	orphan, fwd, bwd bool
}

// candidate reports whether paragraph pi is short, unpunctuated prose: one
// line, 1..maxWords words, only words, spaces, quotes, apostrophes, hyphens,
// brackets and a final comma or semicolon, starting with a word or an
// opening quote, and not ending with end punctuation or a colon.
func (o *orphans) candidate(pi int) bool {
	a := o.a
	p := a.Paragraphs[pi]
	if p.EndLine-p.FirstLine != 1 || p.Len() > orphanMaxBytes {
		return false
	}
	ws := paraWords(a, pi)
	if len(ws) == 0 || len(ws) > o.maxWords {
		return false
	}
	if !startsWord(a.Src, p.Span, &ws[0]) {
		return false
	}
	wi := 0
	for i := p.Start; i < p.End; {
		if wi < len(ws) && i == ws[wi].Start {
			for _, c := range string(a.Src[ws[wi].Start:ws[wi].End]) {
				if unicode.IsDigit(c) {
					return false // "24h", "2019": labels and dates
				}
			}
			i = ws[wi].End
			wi++
			continue
		}
		r, n := utf8.DecodeRune(a.Src[i:p.End])
		switch {
		case article.IsSpace(r), article.IsOpener(r), article.IsCloser(r), r == '-', r == '‐':
		case (r == ',' || r == ';') && i+n == p.End:
		default:
			return false
		}
		i += n
	}
	if len(ws) == 1 && o.lowerIn(ws[0], o.residue) {
		return false
	}
	e := o.ending(p.Span, &ws[len(ws)-1])
	return e != endTerminal && e != endColon
}

func (o *orphans) info(pi int) orphanInfo {
	if !o.candidate(pi) {
		return orphanInfo{}
	}
	a := o.a
	src := a.Src
	p := a.Paragraphs[pi]
	ws := paraWords(a, pi)
	var inf orphanInfo
	e := o.ending(p.Span, &ws[len(ws)-1])
	if pi+1 < len(a.Paragraphs) {
		next := a.Paragraphs[pi+1]
		nws := paraWords(a, pi+1)
		switch {
		case isListItem(src, next.Span):
		case o.continues(next.Span, firstOf(nws)):
			inf.fwd = true
		case e == endDangling && ws[len(ws)-1].Len() > 1 && startsWord(src, next.Span, firstOf(nws)):
			inf.fwd = true // "The" / "Commission said..."
		}
	}
	if pi > 0 {
		prev := a.Paragraphs[pi-1]
		pws := paraWords(a, pi-1)
		pe := o.ending(prev.Span, lastOf(pws))
		// A capitalised fragment after a paragraph that merely lacks end
		// punctuation (a headline) starts its own sentence: it does not
		// continue the headline ("Talks stall" / "The" / "walkout").
		headline := pe == endNone && startsUpper(src, ws[0].Span)
		if !isListItem(src, prev.Span) && !headline && (pe == endNone || pe == endComma || pe == endDangling) {
			inf.bwd = pe == endDangling || o.continues(p.Span, &ws[0]) || o.lowerIn(ws[0], o.dangling)
		}
	}
	inf.orphan = inf.fwd || inf.bwd
	return inf
}

func newOrphans(a *article.Article, maxWords int, dangling, residue map[string]bool) *orphans {
	return &orphans{lbText: lbText{a: a, dangling: dangling}, maxWords: maxWords, residue: residue}
}

func runOrphanParagraph(p *rules.Pass) {
	a := p.Article
	o := newOrphans(a,
		p.Int("max-words"),
		setParam(p.Strings("dangling-words"), defaultDangling, defaultDanglingSet),
		setParam(p.Strings("residue-words"), defaultResidue, defaultResidueSet))
	var prev orphanInfo // info of paragraph i-1
	listEnd := -1       // paragraphs before it belong to an unbulleted list
	for i := range a.Paragraphs {
		var cur orphanInfo
		if i >= listEnd {
			cur = o.info(i)
			if e := o.colonListEnd(i); e > 0 {
				listEnd = e
			}
		}
		if cur.orphan {
			par := a.Paragraphs[i]
			var edits []rules.Edit
			// The gap before belongs to the previous paragraph's fix when
			// that one is an orphan joining forward.
			if cur.bwd && !(prev.orphan && prev.fwd) {
				gap := article.Span{Start: a.Paragraphs[i-1].End, End: par.Start}
				edits = append(edits, rules.Edit{Offset: gap.Start, EndOffset: gap.End, Text: joiner(a.Src, gap)})
			}
			if cur.fwd {
				gap := article.Span{Start: par.End, End: a.Paragraphs[i+1].Start}
				edits = append(edits, rules.Edit{Offset: gap.Start, EndOffset: gap.End, Text: joiner(a.Src, gap)})
			}
			var fix *rules.Fix
			if len(edits) > 0 {
				fix = &rules.Fix{Description: "join the fragment to its sentence", Edits: edits, Unsafe: true}
			}
			p.Report(par.Span, "paragraph “"+a.String(par.Span)+"” is a fragment of a sentence cut off by stray line breaks", fix)
		}
		prev = cur
	}
}

func runSplitSentence(p *rules.Pass) {
	a := p.Article
	src := a.Src
	dangling := setParam(p.Strings("dangling-words"), defaultDangling, defaultDanglingSet)
	o := newOrphans(a, orphanMaxWordsDefault, dangling, defaultResidueSet)
	t := &o.lbText
	for k := 0; k+1 < len(a.Paragraphs); k++ {
		if e := t.colonListEnd(k); e > 0 {
			k = e - 2 // the next pair checked is the list's last item and what follows
			continue
		}
		A, B := a.Paragraphs[k], a.Paragraphs[k+1]
		aws, bws := paraWords(a, k), paraWords(a, k+1)
		e := t.ending(A.Span, lastOf(aws))
		if e == endTerminal || isListItem(src, B.Span) {
			continue
		}
		lower := t.continues(B.Span, firstOf(bws))
		if lower && shortLines(src, a.ParagraphLines(k+1), verseWidthDefault) {
			continue // verse or a list quoted as a block of short lines
		}
		if lower && e == endColon && t.ending(B.Span, lastOf(bws)) != endTerminal {
			continue // a quoted line or a label, not the rest of a sentence
		}
		fire := lower || (e == endDangling && startsWord(src, B.Span, firstOf(bws)))
		if !fire || o.info(k).orphan || o.info(k+1).orphan {
			continue
		}
		s := breakSpan(src, A.Span, B.Span, lastOf(aws), firstOf(bws))
		var why string
		switch e {
		case endComma, endColon:
			why = "a paragraph ending with “" + a.String(article.Span{Start: A.End - 1, End: A.End}) + "”"
		case endDangling:
			why = "a paragraph ending with “" + a.String(lastOf(aws).Span) + "”"
		default:
			why = "a paragraph ending without end punctuation"
		}
		p.Report(s, "sentence split across paragraphs: "+why+" is followed by one that continues it",
			&rules.Fix{
				Description: "join the two paragraphs",
				Edits:       []rules.Edit{{Offset: A.End, EndOffset: B.Start, Text: joiner(src, article.Span{Start: A.End, End: B.Start})}},
				Unsafe:      true,
			})
	}
}

func runInsideSentence(p *rules.Pass) {
	a := p.Article
	src := a.Src
	t := &lbText{a: a, dangling: setParam(p.Strings("dangling-words"), defaultDangling, defaultDanglingSet)}
	wrap := setParam(p.Strings("wrap-words"), defaultWrapWords, defaultWrapSet)
	verseWidth := p.Int("verse-width")
	for pi := range a.Paragraphs {
		lines := a.ParagraphLines(pi)
		if len(lines) < 2 || shortLines(src, lines, verseWidth) {
			continue
		}
		ws := paraWords(a, pi)
		// lineWords returns the words of line li and advances wi past them.
		wi := 0
		lineWords := func(l article.Line) []article.Word {
			for wi < len(ws) && ws[wi].Start < l.Text.Start {
				wi++
			}
			j := wi
			for j < len(ws) && ws[j].Start < l.Text.End {
				j++
			}
			out := ws[wi:j]
			wi = j
			return out
		}
		cur := lineWords(lines[0])
		inList := false
		for i := 0; i+1 < len(lines); i++ {
			L, N := lines[i].Text, lines[i+1].Text
			next := lineWords(lines[i+1])
			lws := cur
			cur = next
			e := t.ending(L, lastOf(lws))
			lower := t.continues(N, firstOf(next))
			if inList {
				if lower && e != endTerminal {
					continue
				}
				inList = false
			}
			if e == endTerminal || isListItem(src, L) || isListItem(src, N) ||
				isTableRow(src, L) || isTableRow(src, N) || isBylineOrDateline(src, L, lws) {
				continue
			}
			if e == endColon && lower && i+2 < len(lines) {
				if t.ending(N, lastOf(next)) != endTerminal && startsLowerLetter(src, lines[i+2].Text) {
					inList = true
					continue
				}
			}
			fire := lower
			if !fire && len(lws) >= 3 && startsWord(src, N, firstOf(next)) {
				last := lws[len(lws)-1]
				fire = e == endDangling || (e == endNone && last.End == L.End && t.lowerIn(last, wrap)) ||
					(e == endComma && utf8.RuneCount(src[L.Start:L.End]) > verseWidth)
			}
			if !fire {
				continue
			}
			p.Report(breakSpan(src, L, N, lastOf(lws), firstOf(next)),
				"line break inside a sentence",
				rules.Replace("replace the line break with a space", article.Span{Start: L.End, End: N.Start}, joiner(src, article.Span{Start: L.End, End: N.Start})))
		}
	}
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
