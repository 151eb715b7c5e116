package checks

import (
	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

var strayPeriodCheck = &rules.Check{
	ID: "punctuation/stray-period",
	Doc: "Reports a period inside a sentence: a period followed by a lowercase word, as in \"a grant " +
		"of 2.5 million. crowns\" or \"the plan. of a second harbour\". Translation engines copy " +
		"periods from abbreviations and number formats of the source language. A period after an " +
		"abbreviation (\"approx. two\", \"etc. and\", \"vs. the\", \"a.m. on\", \"Ph.D. student\", " +
		"\"e.g. the\", a single initial) is not reported, nor one in a URL or an ellipsis, nor one that ends a " +
		"line of a paragraph written one per line (linebreak/lowercase-start reports the next line).",
	Bad:      "The province approved a grant of 2.5 million. crowns for the ferry.",
	Good:     "The province approved a grant of 2.5 million crowns for the ferry.",
	Severity: rules.Warning,
	Params: []rules.Param{{
		Name:    "abbreviations",
		Kind:    rules.Strings,
		Default: []string{},
		Doc:     "more abbreviations (without the final period) after which a period may stand inside a sentence",
	}},
	Run: runStrayPeriod,
}

func init() { register(strayPeriodCheck) }

func runStrayPeriod(pass *rules.Pass) {
	extra := setOf(pass.Strings("abbreviations"))
	a := pass.Article
	for pi := range a.Paragraphs {
		p := paraAt(a, pi)
		perLine := -1 // whether the paragraph is written a sentence per line; -1: not yet known
		for _, i := range p.marks(a) {
			if p.src[i] != '.' || !strayPeriodAt(p, i, extra) {
				continue
			}
			if p.lineEndAt(i + 1) {
				// A period that ends a line of a paragraph written one per
				// line is linebreak/lowercase-start's: the next line lost
				// its head. (Decided once per paragraph: reading its lines
				// for each period would be quadratic.)
				if perLine < 0 {
					perLine = 0
					if lineParagraphs(a, pi) {
						perLine = 1
					}
				}
				if perLine == 1 {
					continue
				}
			}
			pass.Report(article.Span{Start: i, End: i + 1}, "period inside a sentence, before a lowercase word",
				rules.Replace("remove the period", article.Span{Start: i, End: i + 1}, ""))
		}
	}
}

func strayPeriodAt(p para, i int, extra map[string]bool) bool {
	pr, _ := p.before(i)
	if !article.IsWordRune(pr) {
		return false
	}
	nr, nn := p.at(i + 1)
	if nn == 0 || !article.IsSpace(nr) {
		return false // "1.5", "elpais.com", the end of the paragraph
	}
	j := i + 1
	for {
		r, n := p.at(j)
		if n == 0 || !article.IsSpace(r) {
			break
		}
		j += n
	}
	we := p.wordEnd(j)
	if we == j {
		return false
	}
	for _, r := range string(p.src[j:we]) {
		if !isLower(r) {
			return false // "eBay", "iPod", "3g"
		}
	}
	if w := p.src[j:we]; len(w) == 1 && w[0] == 'i' {
		return false // "i think": a lowercase sentence, not a stray period
	}
	if r, _ := p.at(we); r == '.' || r == '@' || r == '/' || r == ':' {
		return false // "bbc.co.uk", an address
	}
	if p.isAbbrevBefore(i, extra) || p.webToken(i) || p.webToken(j) {
		return false
	}
	// a list label at the start of a line: "2. the second point"
	ws := p.wordStart(i)
	if r, n := p.before(p.backHSpace(ws)); n == 0 || r == '\n' {
		w := p.src[ws:i]
		if romanLabels[string(w)] || allDigits(w) {
			return false
		}
	}
	return true
}

// lineEndAt reports whether only horizontal space stands between i and a
// line break.
func (p para) lineEndAt(i int) bool {
	j := p.skipHSpace(i)
	return j < p.hi && (p.src[j] == '\n' || p.src[j] == '\r')
}
