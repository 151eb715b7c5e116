package checks

import (
	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

var missingSpaceCheck = &rules.Check{
	ID: "punctuation/missing-space",
	Doc: "Reports a missing space after sentence punctuation or a closing quote: \"harbour.Crews\", " +
		"\"said:The\", \"ferry,”says\". Periods inside abbreviations, numbers, host and file " +
		"names, URLs and e-mail addresses (\"U.S.\", \"1.5\", \"3.30pm\", \"bbc.co.uk\", \"e.g.\", " +
		"\"J.R.R.\", \"report.pdf\", \".NET\", \"No.1\") are not reported: a period is reported only " +
		"between a lowercase letter, digit or closing quote and a capitalised word (or a common " +
		"lowercase word such as \"the\"), when the word after it is not a domain part.",
	Bad:      "The port closed the harbour to ferries.Crews also left their ships,”says an analyst.",
	Good:     "The port closed the harbour to ferries. Crews also left their ships,” says an analyst.",
	Severity: rules.Warning,
	Params: []rules.Param{{
		Name:    "domain-parts",
		Kind:    rules.Strings,
		Default: domainParts,
		Doc:     "words that may follow a period without a space: top-level domains, host name parts and file extensions",
	}},
	Run: runMissingSpace,
}

func init() { register(missingSpaceCheck) }

// lowerStarts are lowercase words that, right after a period between two
// words ("years.perhaps"), show a missing space rather than a host name.
var lowerStarts = article.WordSet(`the and but he she we they this that there these those perhaps however then
	also his her their our you what who which why how not yes after while although though when if maybe
	still now because meanwhile`)

// upperStarts are capitalised words that start a sentence after an
// acronym with no space: "the FBI.The agency".
var upperStarts = article.WordSet(`The A An He She It They We I This That These Those There But And Its His Her
	Their In On At For However Meanwhile`)

// nameOpeners are capitalised words that start a sentence far more often
// than they end a name: after "Word." with no space they show a missing
// space ("Halvorsen.The", "Bergen.However") rather than a name such as "One.Tel".
var nameOpeners = article.WordSet(`The A An He She It They We I You This That These Those There Here But And
	Or So Yet Its His Her Their Our My Your In On At For From To With By As If When While After Before
	Since Until Because Although Though However Meanwhile Moreover Nevertheless Despite During Under Over
	Among According Some Many Most Several Other Another Both Each Every Not No What Why How Who Where Which
	Mr Mrs Ms Dr Earlier Later Last Next Now Today Yesterday Then Also Still Even Only Instead Indeed`)

// dottedName reports a name written with a period inside it, "One.Tel" or
// "Ask.Jeeves": two capitalised words of letters joined by the period at
// i ([ws, i) and [i+1, we)), standing alone, where the second is not a
// word that usually opens a sentence.
func (p para) dottedName(ws, i, we int) bool {
	left, right := p.src[ws:i], p.src[i+1:we]
	if !titleWord(left) || !titleWord(right) || nameOpeners[string(right)] {
		return false
	}
	if r, n := p.before(ws); n > 0 && !article.IsSpace(r) && !article.IsOpener(r) {
		return false
	}
	r, _ := p.at(we)
	return !isLetter(r) && r != '.'
}

// titleWord reports a word of ASCII letters, a capital and then at least
// one lowercase letter: "One", "Tel", not "NET" or "eBay".
func titleWord(w []byte) bool {
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for _, c := range w[1:] {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

var defaultDomainParts = setOf(domainParts)

func runMissingSpace(pass *rules.Pass) {
	domains := listParam(pass, "domain-parts", domainParts, defaultDomainParts)
	report := func(i int, c rune, n int) {
		pass.Report(article.Span{Start: i, End: i + n}, "missing space after '"+string(c)+"'",
			&rules.Fix{Description: "insert a space", Edits: []rules.Edit{{Offset: i + n, EndOffset: i + n, Text: " "}}})
	}
	a := pass.Article
	for pi := range a.Paragraphs {
		p := paraAt(a, pi)
		for _, i := range p.marks(a) {
			if byteClass[p.src[i]]&clsSentence == 0 {
				continue
			}
			c := rune(p.src[i])
			nr, _ := p.at(i + 1)
			if !isLetter(nr) {
				continue
			}
			if missingSpaceAt(p, i, c, domains) {
				report(i, c, 1)
			}
		}
	}
	qs := sharedQuotes(pass)
	for _, m := range qs.marks {
		// A closing guillemet counts only when it closed one: "»" opens a
		// quote in German typography (»so«).
		if m.role != roleClose || !(m.fam == famDouble || m.fam == famGuillemet && m.paired) {
			continue
		}
		p := paraAt(a, m.para)
		nr, _ := p.at(m.End)
		if !isLetter(nr) {
			continue
		}
		if m.r == '"' {
			pr, _ := p.before(m.Start)
			if !isSentencePunct(pr) || (m.parity && qs.dirty[m.para]) || p.webToken(m.Start) {
				continue
			}
		}
		report(m.Start, m.r, m.Len())
	}
}

// missingSpaceAt decides whether the mark c at i, followed by a letter,
// lacks a space after it.
func missingSpaceAt(p para, i int, c rune, domains map[string]bool) bool {
	return missingSpaceShape(p, i, c, domains) && !p.webToken(i)
}

// missingSpaceShape looks at the mark's neighbours only; the caller rules
// out URLs and addresses afterwards, since that costs more.
func missingSpaceShape(p para, i int, c rune, domains map[string]bool) bool {
	pr, _ := p.before(i)
	if pr == '.' || pr == 0 {
		return false
	}
	switch c {
	case ',':
		return isLetter(pr) || article.IsCloser(pr)
	case ';':
		if !(article.IsWordRune(pr) || article.IsCloser(pr)) {
			return false
		}
		// an HTML entity: "&amp;", "&#233;"
		for j, k := i, 0; k < 12; k++ {
			r, n := p.before(j)
			if r == '&' {
				return false
			}
			if n == 0 || !(article.IsWordRune(r) || r == '#') {
				break
			}
			j -= n
		}
		return true
	case ':':
		return (isLower(pr) || article.IsCloser(pr)) && p.capitalized(i+1)
	case '!', '?':
		if !isLower(pr) || !p.capitalized(i+1) {
			return false
		}
		ws := p.wordStart(i)
		return !bangNames[lowerASCII(p.src[ws:i])]
	}
	// a period
	we := p.wordEnd(i + 1)
	right := p.src[i+1 : we]
	if domains[lowerASCII(right)] {
		return false
	}
	if r, n := p.at(we); r == '.' {
		if r2, _ := p.at(we + n); isLetter(r2) || isDigitRune(r2) {
			return false // a chain: "bbc.co.uk", "J.R.R.Tolkien"
		}
	}
	ws := p.wordStart(i)
	if r, _ := p.before(ws); r == '.' && !isLower(pr) {
		return false
	}
	switch {
	case isLower(pr):
		if p.capitalized(i + 1) {
			return !p.dottedName(ws, i, we)
		}
		if !lowerStarts[string(right)] || ws == i || !allLetters(p.src[ws:i]) || i-ws < 2 {
			return false
		}
		if r, _ := p.before(ws); r == '.' {
			return false
		}
		r, _ := p.at(we)
		return isHSpace(r) || r == ',' || r == 0
	case isDigitRune(pr):
		return p.capitalized(i + 1)
	case article.IsCloser(pr):
		return p.capitalized(i + 1)
	case isUpper(pr):
		// "the FBI.The agency": an acronym, then a sentence opener.
		if i-ws < 2 || !upperStarts[string(right)] {
			return false
		}
		for _, r := range string(p.src[ws:i]) {
			if !isUpper(r) {
				return false
			}
		}
		return true
	}
	return false
}
