package article

import (
	"unicode"
	"unicode/utf8"
)

// This file holds mtlint's sentence and word segmenter. It is written for
// news prose: a period ends a sentence unless it belongs to a title ("Mr.",
// "Gen."), an initial ("George W. Bush"), a dotted abbreviation that is not
// followed by a typical sentence opener ("the U.S. team" against "in the
// U.S. The firm"), a number ("No. 10", "Jan. 5"), or is not followed by
// white space at all ("1.5", "3.30pm", "elpais.com"). Inside a paragraph a
// line break ends a sentence unless the next line starts in lowercase.

// trimSpace narrows s to exclude leading and trailing white space
// (including no-break spaces).
func trimSpace(src []byte, s Span) Span {
	for s.Start < s.End {
		r, n := utf8.DecodeRune(src[s.Start:s.End])
		if !IsSpace(r) {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		r, n := utf8.DecodeLastRune(src[s.Start:s.End])
		if !IsSpace(r) {
			break
		}
		s.End -= n
	}
	return s
}

// IsSpace reports white space as the segmenter sees it: Unicode white space
// and the byte order mark / zero-width no-break space.
func IsSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\uFEFF'
}

// IsWordRune reports letters, digits and combining marks.
func IsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

// IsTerminal reports sentence-ending punctuation.
func IsTerminal(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '。', '！', '？', '؟':
		return true
	}
	return false
}

// IsCloser reports characters that may follow sentence-ending punctuation
// and still belong to the sentence: closing quotes and brackets.
func IsCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', '›', ')', ']', '}', '」', '』':
		return true
	}
	return false
}

// IsOpener reports opening quotes and brackets.
func IsOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '«', '‹', '(', '[', '{', '„', '「', '『', '¿', '¡':
		return true
	}
	return false
}

// titles never end a sentence when followed by a period.
var titles = wordSet(`Mr Mrs Ms Mssrs Messrs Dr Prof Gen Sen Rep Gov Lt Col Capt Cpt Sgt Maj Adm Cmdr Cdr
	Brig Rev Hon Pres Supt Insp Det Fr Sr Sra Mme Mlle St Mt Ft vs v cf viz Nr Rt Gen Gens Univ Dept Ave Blvd`)

// numberAbbrevs do not end a sentence when a digit follows ("No. 10", "Jan. 5").
var numberAbbrevs = wordSet(`No Nos Vol Vols Art Arts Fig Figs p pp ch Ch Sec sec para Para no nos
	Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec approx ca c est Est Ref ref tel Tel`)

// finalAbbrevs may end a sentence; they do only before a typical opener.
var finalAbbrevs = wordSet(`Inc Ltd Co Corp Jr Sr Bros Plc plc etc al Cie Ave Esq Jan Feb Mar Apr Jun Jul
	Aug Sep Sept Oct Nov Dec a.m p.m U.S U.K U.N E.U`)

// neverFinal dotted abbreviations ("e.g.", "i.e.") never end a sentence.
var neverFinal = wordSet(`e.g i.e cf viz c.f et al`)

// openers are words that commonly start a sentence; after an abbreviation
// that can end a sentence, one of them starts a new one.
var openers = wordSet(`The A An He She It They We I You This That These Those There Here But And Or So Yet
	In On At For From To With By As If When While After Before Since Although Though However Meanwhile
	Still Also Then Now Last Next Some Many Most Other Others All Both Each Its His Her Their Our My
	Mr Mrs Ms Dr According Analysts Officials Shares Sales Profits Despite During Under Over Earlier
	Later Its Not No One Two Three What Why How Who Where`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' || s[i] == '\n' || s[i] == '\t' {
			if start >= 0 {
				m[s[start:i]] = true
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	return m
}

func (a *Article) segmentParagraph(pi int) {
	p := &a.Paragraphs[pi]
	src := a.Src
	p.FirstSentence = len(a.Sentences)
	firstWord := len(a.Words)

	lines := a.Lines[p.FirstLine:p.EndLine]
	sentStart := -1
	lastEnd := -1 // end of the last non-space rune of the open sentence
	closeSentence := func(end int) {
		if sentStart >= 0 && end > sentStart {
			a.Sentences = append(a.Sentences, Sentence{Span: Span{sentStart, end}, Para: pi})
		}
		sentStart = -1
	}
	for li, l := range lines {
		i := l.Text.Start
		end := l.Text.End
		for i < end {
			r, n := utf8.DecodeRune(src[i:end])
			if IsSpace(r) {
				i += n
				continue
			}
			if sentStart < 0 {
				sentStart = i
			}
			if IsWordRune(r) {
				j := scanWord(src, i, end)
				a.Words = append(a.Words, Word{Span: Span{i, j}})
				i = j
				lastEnd = j
				continue
			}
			if !IsTerminal(r) {
				i += n
				lastEnd = i
				continue
			}
			// A run of terminal punctuation, then closers.
			tStart := i
			j := i
			for j < end {
				r2, n2 := utf8.DecodeRune(src[j:end])
				if !IsTerminal(r2) {
					break
				}
				j += n2
			}
			for j < end {
				r2, n2 := utf8.DecodeRune(src[j:end])
				if !IsCloser(r2) {
					break
				}
				j += n2
			}
			lastEnd = j
			i = j
			if j == end {
				break // the line-end rule decides
			}
			r2, _ := utf8.DecodeRune(src[j:end])
			if !IsSpace(r2) {
				continue // "1.5", "elpais.com", "troops.Putin"
			}
			k := j
			for k < end {
				r3, n3 := utf8.DecodeRune(src[k:end])
				if !IsSpace(r3) {
					break
				}
				k += n3
			}
			if k < end && a.endsSentence(tStart, k, end) {
				closeSentence(j)
			}
		}
		// Line end: the sentence goes on only when the next line starts in
		// lowercase.
		if li+1 < len(lines) {
			nr, _ := utf8.DecodeRune(src[lines[li+1].Text.Start:lines[li+1].Text.End])
			if unicode.IsLower(nr) {
				continue
			}
		}
		if sentStart >= 0 {
			closeSentence(lastEnd)
		}
	}
	p.EndSentence = len(a.Sentences)

	// Assign the paragraph's words to its sentences.
	si := p.FirstSentence
	for wi := firstWord; wi < len(a.Words); wi++ {
		w := &a.Words[wi]
		for si < p.EndSentence-1 && w.Start >= a.Sentences[si].End {
			si++
		}
		w.Sentence = si
	}
	si = p.FirstSentence
	wi := firstWord
	for ; si < p.EndSentence; si++ {
		s := &a.Sentences[si]
		s.FirstWord = wi
		for wi < len(a.Words) && a.Words[wi].Start < s.End {
			wi++
		}
		s.EndWord = wi
	}
}

// scanWord returns the end of the word that starts at i.
func scanWord(src []byte, i, end int) int {
	prev, n := utf8.DecodeRune(src[i:end])
	i += n
	for i < end {
		r, n := utf8.DecodeRune(src[i:end])
		if IsWordRune(r) {
			prev = r
			i += n
			continue
		}
		if i+n >= end {
			break
		}
		next, _ := utf8.DecodeRune(src[i+n : end])
		join := false
		switch r {
		case '\'', '’':
			join = unicode.IsLetter(prev) && unicode.IsLetter(next)
		case '-', '‐':
			join = IsWordRune(prev) && IsWordRune(next)
		case '.', ',':
			join = isDigit(prev) && isDigit(next)
		}
		if !join {
			break
		}
		i += n
		prev = next
		_, nn := utf8.DecodeRune(src[i:end])
		i += nn
	}
	return i
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

// endsSentence decides whether the terminal punctuation starting at t ends a
// sentence, given that the next non-space text starts at k (before end).
func (a *Article) endsSentence(t, k, end int) bool {
	src := a.Src
	next, _ := utf8.DecodeRune(src[k:end])
	if !startsSentence(next) {
		if IsOpener(next) {
			// an opening quote or bracket: look at what it opens
			_, n := utf8.DecodeRune(src[k:end])
			if k+n < end {
				r, _ := utf8.DecodeRune(src[k+n : end])
				return startsSentence(r) || IsOpener(r)
			}
		}
		return false
	}
	if src[t] != '.' || (t+1 < end && src[t+1] == '.') {
		return true // "!", "?", "…", "..."
	}
	// A single period: look at the word before it.
	w := abbrevBefore(src, t)
	if w == "" {
		return true
	}
	nextWord := wordAt(src, k, end)
	switch {
	case titles[w]:
		return false
	case neverFinal[w]:
		return false
	case numberAbbrevs[w] && isDigit(next):
		return false
	case isInitial(w):
		return false
	case finalAbbrevs[w] || isDotted(w):
		return openers[nextWord]
	}
	return true
}

// startsSentence reports characters a sentence may start with.
func startsSentence(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsDigit(r) || unicode.IsTitle(r) ||
		r == '•' || r == '–' || r == '—' || r == '$' || r == '£' || r == '€' ||
		(unicode.IsLetter(r) && !unicode.IsLower(r)) // scripts without case
}

// abbrevBefore returns the letters (and inner periods, as in "U.S") that
// stand immediately before the period at t, or "" when no letter does.
func abbrevBefore(src []byte, t int) string {
	i := t
	for i > 0 {
		r, n := utf8.DecodeLastRune(src[:i])
		if IsWordRune(r) || (r == '.' && i-n > 0 && i < t) {
			i -= n
			continue
		}
		break
	}
	w := string(src[i:t])
	for len(w) > 0 && w[0] == '.' {
		w = w[1:]
	}
	return w
}

// isInitial reports a single uppercase letter ("W" in "George W. Bush").
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

// isDotted reports dotted abbreviations such as "U.S", "a.m" or "Ph.D"
// (the final period is not included): short runs of letters joined by
// periods.
func isDotted(w string) bool {
	dots, run := 0, 0
	for _, r := range w {
		switch {
		case r == '.':
			if run == 0 {
				return false
			}
			dots++
			run = 0
		case unicode.IsLetter(r):
			run++
			if run > 3 {
				return false
			}
		default:
			return false
		}
	}
	return dots > 0 && run > 0
}

// wordAt returns the run of word characters starting at k.
func wordAt(src []byte, k, end int) string {
	j := k
	for j < end {
		r, n := utf8.DecodeRune(src[j:end])
		if !IsWordRune(r) {
			break
		}
		j += n
	}
	return string(src[k:j])
}
