package checks

import (
	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

var spaceBeforeCheck = &rules.Check{
	ID: "punctuation/space-before",
	Doc: "Reports white space before a comma, period, semicolon, colon, question or exclamation mark, " +
		"or before a closing quote or bracket. English news sets these marks against the preceding " +
		"word; the space is a leftover of French-style typography or of text pieced together by a " +
		"translation engine. Spaced ellipses (\" ...\"), emoticons, list labels, leading marks of a " +
		"line and scores (\"2 : 1\") are left alone.",
	Bad:      "According to the head of research at PwC , the trend is clear ( for now ) .",
	Good:     "According to the head of research at PwC, the trend is clear (for now).",
	Severity: rules.Warning,
	Run:      runSpaceBefore,
}

func init() { register(spaceBeforeCheck) }

// runSpaceBefore reports space before sentence punctuation, then space
// before closing quotes and brackets.
func runSpaceBefore(pass *rules.Pass) {
	a := pass.Article
	for pi := range a.Paragraphs {
		p := paraAt(a, pi)
		for _, i := range p.marks(a) {
			c := p.src[i]
			if byteClass[c]&clsSentence == 0 {
				continue
			}
			s := p.backHSpace(i)
			if s == i || !spaceBeforePunctOK(p, s, i, rune(c)) {
				continue
			}
			pass.Report(article.Span{Start: s, End: i + 1}, "space before '"+string(c)+"'",
				rules.Replace("remove the space", article.Span{Start: s, End: i}, ""))
		}
	}
	qs := sharedQuotes(pass)
	for _, m := range qs.marks {
		if m.role != roleClose || (m.parity && qs.dirty[m.para]) {
			continue
		}
		p := paraAt(a, m.para)
		s := p.backHSpace(m.Start)
		if s == m.Start {
			continue
		}
		pr, n := p.before(s)
		if n == 0 || pr == '\n' || pr == '\r' || isOpenBracket(pr) || pr == '“' || pr == '"' || pr == '«' || pr == '-' || pr == '–' || pr == '—' || pr == '…' {
			continue
		}
		what := "closing quote"
		if m.fam == famBracket {
			what = "closing bracket"
		}
		pass.Report(article.Span{Start: s, End: m.End}, "space before "+what,
			rules.Replace("remove the space", article.Span{Start: s, End: m.Start}, ""))
	}
}

// spaceBeforePunctOK decides whether the space [s, i) before the mark c at
// i is a slip.
func spaceBeforePunctOK(p para, s, i int, c rune) bool {
	pr, n := p.before(s)
	if n == 0 || pr == '\n' || pr == '\r' {
		return false // a mark that starts a line
	}
	if !article.IsWordRune(pr) && !article.IsCloser(pr) && pr != '%' && pr != '°' {
		return false // "– ?", ". . .", "... ?"
	}
	nr, nn := p.at(i + 1)
	switch c {
	case '.':
		if nr == '.' || article.IsWordRune(nr) {
			return false // " ...", " .NET", " .45 calibre"
		}
		if isHSpace(nr) {
			if r2, _ := p.at(p.skipHSpace(i + nn)); r2 == '.' {
				return false // ". . ."
			}
		}
	case ',':
		if isDigitRune(nr) {
			return false
		}
	case ':', ';':
		switch nr {
		case '-', ')', '(', 'D', 'P', 'p', 'o', 'O', '/', '|', '\\', '\'', '*', '3', ']', '[':
			return false // an emoticon
		}
		if c == ':' && isDigitRune(pr) {
			if r2, _ := p.at(p.skipHSpace(i + 1)); isDigitRune(r2) {
				return false // a score: "2 : 1"
			}
		}
	case '!', '?':
		if article.IsWordRune(nr) {
			return false
		}
	}
	return true
}
