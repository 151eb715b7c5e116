package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds mtlint's sentence and word segmenter, written for news
// prose. It runs once over each paragraph, line by line, and never looks
// further than the word before and the word after a punctuation mark, so it
// is linear in the size of the text.
//
// Sentences. A run of terminal punctuation (". ! ? …" and the CJK and
// Arabic forms) with the closing quotes and brackets right after it ends a
// sentence when white space follows and the next text starts like a
// sentence (an upper-case letter, a digit, a letter of a script without
// case, a bullet or dash, a currency sign, possibly behind opening quotes
// or brackets). Lower case never starts a sentence: "“Why?” he asked",
// "4.2 million. tonnes". Without white space after it, punctuation ends a
// sentence only in CJK ("。"): "1.5", "3.30pm", "example.com", "harbour.Crews"
// stay inside their sentence. "!" and "?" end a sentence before such a
// start; an ellipsis ("..." or "…") only before a typical sentence opener
// (the openers list: "He paused... Then he left") or a digit, bullet or
// dash, since it often marks words left out inside a sentence or a title
// ("Island Chefs... Cook Or Go Home"). A single period is looked at
// more closely, by the word before it:
//
//  1. after a title ("Mr.", "Gen.", "Sen.": the titles list) it never ends
//     a sentence; nor after "e.g." or "i.e." (neverFinal);
//  2. after "No.", "Jan.", "Vol." (numberAbbrevs) it does not end one
//     before a digit ("No. 10", "Jan. 5");
//  3. after an initial, a single capital letter after a space ("George W.
//     Bush", "J. R. R. Tolkien"), it ends one only before a typical sentence
//     opener (the openers list) that is not itself an initial
//     ("Malcolm X. The film"); "AT&T." and "Jay-Z." are not initials;
//  4. after an abbreviation that often ends a sentence ("Inc.", "Jr.",
//     "St.": finalAbbrevs) or a dotted one ("U.S.", "a.m.", "Ph.D.", "J.R.R.")
//     it ends one only before an opener: "the U.S. Army" against "in the
//     U.S. The firm", "10 a.m. Friday" against "10 a.m. The queues";
//  5. after a number that opens the sentence ("1. The first point"), it
//     marks a list item and does not end the sentence;
//  6. anything else ends the sentence: "rose to 12. Rescue teams", "in 2010.
//     He", "etc. Prices", "bbc.co.uk. Readers" (a domain, e-mail address or
//     URL is not an abbreviation).
//
// Lines. Inside a paragraph, a line break ends a sentence (a headline, a
// byline, a list item) unless the text goes on: the next line starts in
// lower case, or the line ends with "," or ";" before a line that starts
// with a letter, digit or opening quote, or the line ends with punctuation
// that the rules above do not let end a sentence ("led by Gen.\nDavid
// Petraeus"). A line that ends with terminal punctuation is judged by the
// rules above, with the next line as what follows.
//
// Words. A word is a run of letters, digits and combining marks, joined
// across an apostrophe between a letter or digit and a letter ("don't",
// "1990's"), a hyphen between word characters ("ex-president", "COVID-19")
// and a period or comma between digits ("1.5", "20,000"). "U.S." is two
// words, "U" and "S"; "elpais.com" is "elpais" and "com".

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
	if r < utf8.RuneSelf {
		return asciiClass[r]&clsWhite != 0
	}
	return isSpaceWide(r)
}

// isSpaceWide is IsSpace outside ASCII, kept out of line so that IsSpace
// inlines.
//
//go:noinline
func isSpaceWide(r rune) bool { return unicode.IsSpace(r) || r == '\uFEFF' }

// IsWordRune reports letters, digits and combining marks.
func IsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&clsWord != 0
	}
	return isWordRuneWide(r)
}

func isWordRuneWide(r rune) bool {
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

// The word lists are matched case-sensitively against the word before a
// period, without the period ("U.S" for "U.S.").
var (
	// titles never end a sentence: a name follows them.
	titles = WordSet(`Mr Mrs Ms Mx Messrs Mssrs Mmes Dr Drs Prof Profs Gen Gens Sen Sens Rep Reps Gov
		Govs Lt Col Capt Cpt Cpl Sgt Maj Adm Cmdr Cdr Brig Pte Rev Revd Hon Pres Supt Insp Det
		Atty Fr Sra Srta Mme Mlle Mt Ft Rt vs v cf viz`)

	// numberAbbrevs do not end a sentence before a digit ("No. 10",
	// "Jan. 5", "p. 12", "c. 1900", "Rs. 500").
	numberAbbrevs = WordSet(`No Nos no nos Nr Vol Vols vol vols Art Arts art Fig Figs fig p pp Ch ch
		Sec sec Para para Ref ref Tel tel Ext ext Op op Rs approx ca c est Est
		Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec`)

	// finalAbbrevs often end a sentence; they end one only before an opener
	// ("Acme Inc. The firm" against "Acme Inc. Europe").
	finalAbbrevs = WordSet(`Inc Ltd Co Corp Cos Jr Sr Bros Plc plc Cie Cia Esq St Ave Blvd Rd
		Univ Dept Assn Intl al`)

	// neverFinal dotted abbreviations never end a sentence.
	neverFinal = WordSet(`e.g i.e c.f cf viz`)

	// openers are words that commonly start a sentence in news. After an
	// abbreviation that may end a sentence, one of them starts a new one.
	// Capitalised nouns that often follow "U.S." or "Inc." inside a name
	// ("U.S. President", "Acme Inc. Chief Executive") are left out.
	openers = WordSet(`The A An He She It They We I You This That These Those There Here
		But And Or So Yet Nor In On At For From To With By As If When While Whilst After Before
		Since Until Unless Because Once Although Though However Meanwhile Nevertheless Moreover
		Furthermore Instead Indeed Still Also Even Just Only Then Now Today Yesterday Last Next
		First Finally Earlier Later Recently Overall Separately Elsewhere Despite During Under
		Over Among Without Following Given According Some Many Most Much Several Few Such Other
		Others Another Any All Both Each Every Neither Its His Her Their Our My Your Not No One
		Two Three What Why How Who Where Which Whether Mr Mrs Ms Dr Analysts Officials Investors
		Critics Economists Prosecutors Police Shares Sales Profits Prices Former`)
)

// WordSet returns the set of the white-space separated words of s: word
// lists kept as data in the source.
func WordSet(s string) map[string]bool {
	fs := strings.Fields(s)
	m := make(map[string]bool, len(fs))
	for _, w := range fs {
		m[w] = true
	}
	return m
}

// segmentParagraph appends the sentences, words, word shapes and marks of
// paragraph pi; it records the marks of its lines' edges (the white space
// around the text and a "\r" before the line feed) too.
func (a *Article) segmentParagraph(pi int) {
	p := &a.Paragraphs[pi]
	src := a.Src
	p.FirstSentence = len(a.Sentences)
	// The words of a sentence are those scanned while it is open: every
	// word lies inside a sentence, which ends after the last rune it
	// consumed. A word is given the index its sentence will have.
	firstWord := len(a.Words)

	lines := a.Lines[p.FirstLine:p.EndLine]
	sentStart := -1
	lastEnd := -1 // end of the last non-space rune of the open sentence
	closeSentence := func(end int) {
		if sentStart >= 0 && end > sentStart {
			a.Sentences = append(a.Sentences, Sentence{Span: Span{sentStart, end}, Para: pi, FirstWord: firstWord, EndWord: len(a.Words)})
			firstWord = len(a.Words)
		}
		sentStart = -1
	}
	for li, l := range lines {
		a.markSpace(l.Start, l.Text.Start)
		i := l.Text.Start
		end := l.Text.End
		line := src[:end]
		// The terminal run the line ends with, if it does: [tStart, tEnd).
		tStart, tEnd := -1, -1
		for i < end {
			c := line[i]
			var r rune
			n := 1
			if c < utf8.RuneSelf {
				// ASCII: most of the text, told apart by a table.
				switch cls := asciiClass[c]; {
				case cls&clsSpace != 0:
					if cls&clsPlainSpace == 0 {
						a.Marks = append(a.Marks, i)
					}
					i++
					continue
				case cls&clsWord != 0:
					if sentStart < 0 {
						sentStart = i
					}
					// A run of ASCII letters and digits; scanWord takes
					// over when it may go on (an apostrophe, a hyphen, a
					// period or comma, a character outside ASCII).
					shape := wordShapeOf[c]
					if shape == UpperInner {
						shape = UpperFirst
					}
					h := (hashOffset ^ uint32(c|0x20)) * hashPrime
					j := i + 1
					for j < len(line) {
						c := line[j]
						f := wordShapeOf[c]
						if f == 0 {
							break
						}
						shape |= f
						h = (h ^ uint32(c|0x20)) * hashPrime
						j++
					}
					if j < len(line) && (line[j] >= utf8.RuneSelf || asciiClass[line[j]]&clsJoiner != 0) {
						i = a.scanWord(i, end)
					} else {
						a.Words = append(a.Words, Word{Span: Span{i, j}, Sentence: len(a.Sentences)})
						a.Shapes = append(a.Shapes, shape)
						a.Hashes = append(a.Hashes, h)
						i = j
					}
					lastEnd = i
					continue
				case cls&clsTerminal == 0:
					if sentStart < 0 {
						sentStart = i
					}
					a.Marks = append(a.Marks, i)
					i++
					lastEnd = i
					continue
				}
				r = rune(c)
			} else {
				r, n = utf8.DecodeRune(src[i:end])
				if IsSpace(r) {
					a.Marks = append(a.Marks, i)
					i += n
					continue
				}
				if sentStart < 0 {
					sentStart = i
				}
				if IsWordRune(r) {
					i = a.scanWord(i, end)
					lastEnd = i
					continue
				}
				if !IsTerminal(r) {
					a.Marks = append(a.Marks, i)
					i += n
					lastEnd = i
					continue
				}
			}
			if sentStart < 0 {
				sentStart = i
			}
			// A run of terminal punctuation, then closers.
			ts := i
			j := i
			cjk := false
			for j < end {
				r2, n2 := utf8.DecodeRune(src[j:end])
				if !IsTerminal(r2) {
					break
				}
				cjk = cjk || isFullWidthTerminal(r2)
				j += n2
			}
			te := j
			for j < end {
				r2, n2 := utf8.DecodeRune(src[j:end])
				if !IsCloser(r2) {
					break
				}
				j += n2
			}
			a.markRunes(ts, j)
			lastEnd = j
			i = j
			if j == end {
				tStart, tEnd = ts, te // the line-end rule decides
				break
			}
			r2, _ := utf8.DecodeRune(src[j:end])
			if !IsSpace(r2) {
				if cjk {
					closeSentence(j) // "。" needs no space after it
				}
				continue // "1.5", "example.com", "harbour.Crews"
			}
			k := skipSpace(src, j, end)
			if k < end && a.endsSentence(sentStart, ts, te, k, end) {
				closeSentence(j)
			}
		}
		a.markSpace(l.Text.End, l.Break.End)
		if sentStart < 0 || li+1 == len(lines) || !a.continuesLine(sentStart, tStart, tEnd, lastEnd, lines[li+1].Text) {
			closeSentence(lastEnd)
		}
	}
	closeSentence(lastEnd)
	p.EndSentence = len(a.Sentences)
}

// continuesLine reports whether the sentence open at the end of a line
// goes on into the next line, whose text is next. [tStart, tEnd) is the
// terminal punctuation the line ends with (-1 when it ends otherwise) and
// lastEnd the end of its last non-space character.
func (a *Article) continuesLine(sentStart, tStart, tEnd, lastEnd int, next Span) bool {
	src := a.Src
	nr, _ := utf8.DecodeRune(src[next.Start:next.End])
	if unicode.IsLower(nr) {
		return true
	}
	if tStart >= 0 {
		if !unicode.IsLetter(nr) && !unicode.IsDigit(nr) && !IsOpener(nr) {
			return false // a bullet or dash starts a list item
		}
		return !a.endsSentence(sentStart, tStart, tEnd, next.Start, next.End)
	}
	last, _ := utf8.DecodeLastRune(src[:lastEnd])
	if last == ',' || last == ';' {
		return unicode.IsLetter(nr) || unicode.IsDigit(nr) || IsOpener(nr)
	}
	return false
}

// skipSpace returns the offset of the first non-space rune at or after k.
func skipSpace(src []byte, k, end int) int {
	for k < end {
		r, n := utf8.DecodeRune(src[k:end])
		if !IsSpace(r) {
			break
		}
		k += n
	}
	return k
}

// isFullWidthTerminal reports the CJK sentence ends, which need no space
// after them.
func isFullWidthTerminal(r rune) bool {
	return r == '。' || r == '！' || r == '？'
}

// scanWord appends the word that starts at i, with its shape and the marks
// inside it, and returns its end.
func (a *Article) scanWord(i, end int) int {
	src := a.Src
	start := i
	var shape WordShape
	var prev rune
	if c := src[i]; c < utf8.RuneSelf {
		prev, shape = rune(c), wordShapeOf[c]
		if shape == UpperInner {
			shape = UpperFirst
		}
		i++
	} else {
		var n int
		prev, n = utf8.DecodeRune(src[i:end])
		a.Marks = append(a.Marks, i)
		shape = NonASCII
		i += n
	}
	line := src[:end]
	for i < end {
		// The fast path: a run of ASCII letters and digits.
		if j := i; wordShapeOf[line[j]] != 0 {
			for j < len(line) {
				f := wordShapeOf[line[j]]
				if f == 0 {
					break
				}
				shape |= f
				j++
			}
			prev, i = rune(line[j-1]), j
			if i == end {
				break
			}
		}
		if c := line[i]; c < utf8.RuneSelf && asciiClass[c]&clsJoiner == 0 {
			break // a space or punctuation that joins nothing
		}
		r, n := utf8.DecodeRune(src[i:end])
		if IsWordRune(r) {
			a.Marks = append(a.Marks, i)
			shape |= NonASCII
			prev = r
			i += n
			continue
		}
		if i+n >= end {
			break
		}
		next, nn := utf8.DecodeRune(src[i+n : end])
		join := false
		switch r {
		case '\'', '’':
			join = (unicode.IsLetter(prev) || isDigit(prev)) && unicode.IsLetter(next)
		case '-', '‐':
			join = IsWordRune(prev) && IsWordRune(next)
		case '.', ',':
			join = isDigit(prev) && isDigit(next)
		}
		if !join {
			break
		}
		a.Marks = append(a.Marks, i)
		shape |= Joined
		if r >= utf8.RuneSelf {
			shape |= NonASCII
		}
		if next >= utf8.RuneSelf {
			a.Marks = append(a.Marks, i+n)
			shape |= NonASCII
		} else {
			shape |= wordShapeOf[byte(next)]
		}
		i += n + nn
		prev = next
	}
	a.Words = append(a.Words, Word{Span: Span{start, i}, Sentence: len(a.Sentences)})
	a.Shapes = append(a.Shapes, shape)
	a.Hashes = append(a.Hashes, WordHash(src[start:i]))
	return i
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

// endsSentence decides whether the terminal punctuation [t, te) ends the
// sentence that starts at sentStart, given that the next non-space text
// starts at k (before end) after white space or a line break.
func (a *Article) endsSentence(sentStart, t, te, k, end int) bool {
	src := a.Src
	// Look through opening quotes and brackets at what they open.
	first, n := utf8.DecodeRune(src[k:end])
	for IsOpener(first) && k+n < end {
		k += n
		first, n = utf8.DecodeRune(src[k:end])
	}
	if !startsSentence(first) {
		return false
	}
	if isEllipsis(src[t:te]) {
		// An ellipsis often marks words left out inside a sentence or a
		// title ("Island Chefs... Cook Or Go Home").
		return !unicode.IsLetter(first) || openers[string(wordAt(src, k, end))]
	}
	if te-t != 1 || src[t] != '.' {
		return true // "!", "?", "?!", "!!!"
	}

	// A single period: look at the word before it.
	w, ws := abbrevBefore(src, t)
	if len(w) == 0 {
		return true // "5%.", "(see below)."
	}
	before, _ := utf8.DecodeLastRune(src[:ws])
	if ws > 0 && (before == '@' || before == '/' || before == ':' || before == '.') {
		return true // the end of an e-mail address or URL
	}
	nextWord := wordAt(src, k, end)
	kind := abbrevKinds[string(w)] // one look-up for the four lists
	switch {
	case kind&(abbrevTitle|abbrevNeverFinal) != 0:
		return false
	case kind&abbrevNumber != 0 && isDigit(first):
		return false
	case ws == sentStart && isListNumber(w):
		return false
	case isInitial(w) && (ws == 0 || IsSpace(before) || IsOpener(before)):
		return openers[string(nextWord)] && !isInitialAt(src, k+len(nextWord), end, nextWord)
	case kind&abbrevFinal != 0 || isDotted(w):
		return openers[string(nextWord)]
	}
	return true
}

// The lists an abbreviation is in, as flags of abbrevKinds.
const (
	abbrevTitle      uint8 = 1 << iota // titles
	abbrevNeverFinal                   // neverFinal
	abbrevNumber                       // numberAbbrevs
	abbrevFinal                        // finalAbbrevs
)

// abbrevKinds gives, for each word of titles, neverFinal, numberAbbrevs
// and finalAbbrevs, the lists it is in.
var abbrevKinds = func() map[string]uint8 {
	m := map[string]uint8{}
	for _, l := range []struct {
		set  map[string]bool
		kind uint8
	}{{titles, abbrevTitle}, {neverFinal, abbrevNeverFinal}, {numberAbbrevs, abbrevNumber}, {finalAbbrevs, abbrevFinal}} {
		for w := range l.set {
			m[w] |= l.kind
		}
	}
	return m
}()

// isEllipsis reports a run of terminal punctuation made only of periods
// (two or more) and "…".
func isEllipsis(run []byte) bool {
	periods := 0
	for len(run) > 0 {
		r, n := utf8.DecodeRune(run)
		run = run[n:]
		switch r {
		case '.':
			periods++
		case '…':
			periods += 3
		default:
			return false
		}
	}
	return periods > 1
}

// startsSentence reports characters a sentence may start with.
func startsSentence(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsDigit(r) || unicode.IsTitle(r) ||
		r == '•' || r == '–' || r == '—' || r == '$' || r == '£' || r == '€' ||
		(unicode.IsLetter(r) && !unicode.IsLower(r)) // scripts without case
}

// abbrevBefore returns the word characters (and inner periods, as in
// "U.S") that stand immediately before the period at t, and where they
// start; the word is empty when no word character does.
func abbrevBefore(src []byte, t int) ([]byte, int) {
	i := t
	for i > 0 {
		r, n := utf8.DecodeLastRune(src[:i])
		if IsWordRune(r) || (r == '.' && i-n > 0 && i < t) {
			i -= n
			continue
		}
		break
	}
	for i < t && src[i] == '.' {
		i++
	}
	return src[i:t], i
}

// isInitial reports a single upper-case letter ("W" in "George W. Bush").
func isInitial(w []byte) bool {
	r, n := utf8.DecodeRune(w)
	return n == len(w) && unicode.IsUpper(r)
}

// isInitialAt reports whether the word w, which ends at off, is an initial
// followed by a period.
func isInitialAt(src []byte, off, end int, w []byte) bool {
	return isInitial(w) && off < end && src[off] == '.'
}

// isListNumber reports the number of a numbered list item ("1", "12").
func isListNumber(w []byte) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// isDotted reports dotted abbreviations such as "U.S", "a.m", "Ph.D" or
// "J.R.R" (the final period is not included): runs of one or two letters
// joined by periods. "bbc.co.uk" and "elpais.com" are domains, not
// abbreviations.
func isDotted(w []byte) bool {
	dots, run := 0, 0
	for len(w) > 0 {
		r, n := utf8.DecodeRune(w)
		w = w[n:]
		switch {
		case r == '.':
			if run == 0 {
				return false
			}
			dots++
			run = 0
		case unicode.IsLetter(r):
			run++
			if run > 2 {
				return false
			}
		default:
			return false
		}
	}
	return dots > 0 && run > 0
}

// wordAt returns the run of word characters starting at k.
func wordAt(src []byte, k, end int) []byte {
	j := k
	for j < end {
		r, n := utf8.DecodeRune(src[j:end])
		if !IsWordRune(r) {
			break
		}
		j += n
	}
	return src[k:j]
}
