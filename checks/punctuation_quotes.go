package checks

import (
	"bytes"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

// This file pairs quotes and brackets paragraph by paragraph. The pairing
// gives every double quote, guillemet and bracket a role (opening or
// closing), which the spacing checks need to tell "( see" from "see )",
// and lists what does not pair, which punctuation/unbalanced reports.
//
// Straight double quotes are ambiguous. A quote after white space and
// before a letter opens, one after a letter and before white space or
// punctuation closes; for the rest ("says ' until" with spaces on both
// sides, ",\"says" with none) the parity decides: the quote opens when no
// quote is open. Single quotes are left alone: "’" and "'" are far more
// often apostrophes ("Wales’", "’90s", "don't") than quotes.
//
// News conventions the pairing accepts: a quote that runs over several
// paragraphs opens each of them and closes only in the last, so a quote
// left open at the end of a paragraph is fine when the next paragraph opens
// with a quote; a quote may be reopened after the end of a sentence while
// still open, which is what a lost paragraph break leaves behind; a quote
// opened elsewhere inside an open one nests in it (up to maxQuoteDepth),
// and the paragraph is fine when every quote closes; and a text that ends
// mid-sentence on the line where a quote opened was cut off, not left
// unclosed.

type qrole uint8

const (
	roleOpen qrole = iota + 1
	roleClose
)

type qfamily uint8

const (
	famDouble    qfamily = iota + 1 // " “ ” „
	famGuillemet                    // « »
	famBracket                      // ( ) [ ] { }
)

// qmark is one quote or bracket with the role the pairing gave it.
type qmark struct {
	article.Span
	r    rune
	para int
	role qrole
	fam  qfamily
	// parity marks a straight quote whose role only the pairing decided
	// (white space or none on both sides).
	parity bool
	// paired marks a closing guillemet that closed an opening one of its
	// paragraph, so that its role is certain.
	paired bool
}

// maxQuoteDepth bounds the nesting of double quotes: a quote in a quote
// in a quote is as deep as news goes.
const maxQuoteDepth = 3

type qproblem struct {
	article.Span
	msg string
}

// quoteScan is the pairing of a whole article.
type quoteScan struct {
	marks    []qmark
	problems []qproblem
	// dirty[i] is true when the pairing of paragraph i met a problem, so
	// that the roles it gave by parity there are not to be trusted.
	dirty []bool
	// straight and curly count the double quotes of each style.
	straight, curly int
	firstStraight   int // index into marks, or -1
	firstCurly      int
	// guil and brackets are scanParagraph's stacks of open guillemets and
	// brackets, kept to be reused by the next paragraph.
	guil, brackets []int
}

type quoteScanKey struct{}

// sharedQuotes is the article's quote pairing, computed once per engine
// run for all the checks that need it.
func sharedQuotes(pass *rules.Pass) *quoteScan {
	return pass.Shared(quoteScanKey{}, func(a *article.Article) any { return scanQuotes(a) }).(*quoteScan)
}

func scanQuotes(a *article.Article) *quoteScan {
	qs := &quoteScan{dirty: make([]bool, len(a.Paragraphs)), firstStraight: -1, firstCurly: -1}
	// One allocation for the quotes and brackets: at most one per mark
	// that may be one (ASCII quotes and brackets; “ ” „ ‘ ’, whose first
	// byte is 0xE2, and « », whose first byte is 0xC2 — not every letter of
	// a text in another script).
	n := 0
	for _, m := range a.Marks {
		switch a.Src[m] {
		case '"', '\'', '(', ')', '[', ']', '{', '}', 0xC2, 0xE2:
			n++
		}
	}
	qs.marks = make([]qmark, 0, n)
	suppress := false
	np := len(a.Paragraphs)
	for i := range np {
		p := paraAt(a, i)
		continued := i+1 < np && quoteOpensParagraph(paraAt(a, i+1))
		suppress = qs.scanParagraph(p, p.marks(a), continued, i+1 == np, suppress)
	}
	return qs
}

// cutOff reports whether the text from i to the end of the paragraph is
// one line that stops in the middle of a sentence, on a word or a comma:
// the end of a truncated text, where a quote opened at i may well close
// after the cut.
func (p para) cutOff(i int) bool {
	r, _ := p.before(p.hi)
	return (article.IsWordRune(r) || r == ',' || r == '-') && bytes.IndexByte(p.src[i:p.hi], '\n') < 0
}

// quoteOpensParagraph reports whether p starts with an opening double
// quote or guillemet.
func quoteOpensParagraph(p para) bool {
	r, _ := p.at(p.lo)
	switch r {
	case '"', '“', '„', '«', '”':
		return true
	}
	return false
}

// spaceLikeBefore reports what may stand before an opening quote.
func spaceLikeBefore(r rune) bool {
	switch r {
	case 0, '(', '[', '{', '“', '‘', '«', '—', '–', '-', '/', '„':
		return true
	}
	return article.IsSpace(r)
}

// spaceLikeAfter reports what may follow a closing quote.
func spaceLikeAfter(r rune) bool {
	switch r {
	case 0, ',', '.', ';', ':', '!', '?', ')', ']', '}', '”', '’', '»', '—', '–', '…', '-':
		return true
	}
	return article.IsSpace(r)
}

// reopenOK reports whether an opening quote at i may start while another
// is open: after the end of a sentence or at the start of a line.
func (p para) reopenOK(i int) bool {
	j := p.backHSpace(i)
	r, n := p.before(j)
	if n == 0 || r == '\n' || r == '\r' {
		return true
	}
	if r == ')' || r == '’' || r == '\'' {
		r, _ = p.before(j - n)
	}
	return isTerminalMark(r)
}

// openSingleBefore returns the offset of a curly single quote that opens
// a quotation before i in the paragraph and is not closed before i ("‘The
// conflict is one no reasonable voter would accept”"), or -1. A "’" between
// two letters is an apostrophe and closes nothing.
func (p para) openSingleBefore(i int) int {
	for j := i; j > p.lo; {
		r, n := p.before(j)
		j -= n
		switch r {
		case '’':
			if nr, _ := p.at(j + n); !isLetter(nr) {
				return -1 // a closing single quote
			}
		case '‘':
			pr, _ := p.before(j)
			nr, _ := p.at(j + n)
			if spaceLikeBefore(pr) && isLetter(nr) {
				return j
			}
		}
	}
	return -1
}

// emoticonBefore reports a bracket that is the mouth of ":)", ":-(" or ";)".
func (p para) emoticonBefore(i int) bool {
	r, n := p.before(i)
	if r == '-' || r == '\'' || r == '^' {
		r, _ = p.before(i - n)
	}
	return r == ':' || r == ';' || r == '='
}

// listLabel reports a closing bracket that ends a list label: "a)", "2)",
// "iv)" at the start of a line or after a space ("options: a) cut costs,
// b) raise prices").
func (p para) listLabel(i int) bool {
	ws := p.wordStart(i)
	if ws == i || i-ws > 3 {
		return false
	}
	w := p.src[ws:i]
	if !allDigits(w) && !(len(w) == 1 && isLetter(rune(w[0]))) && !romanLabels[string(w)] {
		return false
	}
	r, n := p.before(ws)
	return n == 0 || article.IsSpace(r)
}

func (qs *quoteScan) problem(s article.Span, pi int, msg string) {
	qs.problems = append(qs.problems, qproblem{s, msg})
	qs.dirty[pi] = true
}

// scanParagraph pairs the quotes and brackets of one paragraph, whose
// marks (article.Article.Marks) are marks. continued says that the
// next paragraph opens with a quote, last that this is the article's last
// paragraph; suppress that the previous paragraph left a quote open and
// was reported for it, so that the first stray closing quote here is the
// same defect.
func (qs *quoteScan) scanParagraph(p para, marks []int, continued, last, suppress bool) (reported bool) {
	pi := p.index
	// The open double quotes, outermost first, as indexes into qs.marks: a
	// quote opened inside another ("you "had stuff to do" last week,") nests
	// when the inner one does not start a new sentence.
	var stack [maxQuoteDepth]int
	depth := 0
	pop := func() {
		if depth > 0 {
			depth--
		}
	}
	guil, brackets := qs.guil[:0], qs.brackets[:0]
	add := func(i, n int, r rune, role qrole, fam qfamily, parity bool) int {
		qs.marks = append(qs.marks, qmark{Span: article.Span{Start: i, End: i + n}, r: r, para: pi, role: role, fam: fam, parity: parity})
		k := len(qs.marks) - 1
		if fam == famDouble {
			if r == '"' {
				qs.straight++
				if qs.firstStraight < 0 {
					qs.firstStraight = k
				}
			} else {
				qs.curly++
				if qs.firstCurly < 0 {
					qs.firstCurly = k
				}
			}
		}
		return k
	}
	stray := func(i, n int) {
		if suppress {
			suppress = false
			return
		}
		if o := p.openSingleBefore(i); o >= 0 {
			qs.problem(article.Span{Start: o, End: i + n}, pi, "quotation opened with a single quote and closed with a double one")
			return
		}
		qs.problem(article.Span{Start: i, End: i + n}, pi, "closing quote without an opening one")
	}
	// open starts a double quote at i while another may be open: after the
	// end of a sentence it replaces the open one (a lost paragraph break),
	// elsewhere it nests inside it.
	open := func(i, n int, r rune, parity bool) {
		k := add(i, n, r, roleOpen, famDouble, parity)
		switch {
		case depth > 0 && p.reopenOK(i):
			stack[depth-1] = k
		case depth == len(stack):
			qs.problem(qs.marks[stack[depth-1]].Span, pi, "quote opened here is not closed before the next quote opens")
			stack[depth-1] = k
		default:
			stack[depth] = k
			depth++
		}
	}
	// Guillemets open with « in French, Spanish or Italian typography
	// («Non»), with » in German (»Nein«): the first one of the paragraph
	// says which, when it is » stuck to the word after it.
	opener := '«'
	for _, i := range marks {
		if r, n := p.at(i); r == '«' || r == '»' {
			if nr, _ := p.at(i + n); r == '»' && !spaceLikeAfter(nr) {
				opener = '»'
			}
			break
		}
	}
	next := p.lo // where the next quote or bracket may start
	for _, i := range marks {
		if i < next || byteClass[p.src[i]]&(clsPair|clsNonASCII) == 0 {
			continue
		}
		r, n := p.at(i)
		if r == '"' && i+1 < p.hi && p.src[i+1] == '"' {
			// a doubled quote mark: ""unfair""; pair it as one
			qs.problem(article.Span{Start: i, End: i + 2}, pi, "doubled quote mark")
			n = 2
		}
		pr, _ := p.before(i)
		nr, _ := p.at(i + n)
		before, after := spaceLikeBefore(pr), spaceLikeAfter(nr)
		openLike, closeLike := before && !after, !before && after
		switch r {
		case '"':
			switch {
			case depth == 0 && isDigitRune(pr) && after:
				// an inch mark: 12" vinyl
			case depth == 0 && closeLike:
				add(i, n, r, roleClose, famDouble, false)
				stray(i, n)
			case depth == 0:
				open(i, n, r, !openLike)
			case openLike:
				open(i, n, r, false)
			default:
				add(i, n, r, roleClose, famDouble, !closeLike)
				pop()
			}
		case '“', '„':
			if depth > 0 && !openLike && r == '“' {
				// a closing quote in the wrong shape: “we will win“, he said
				add(i, n, r, roleClose, famDouble, false)
				pop()
			} else {
				open(i, n, r, false)
			}
		case '”':
			switch {
			case depth > 0:
				add(i, n, r, roleClose, famDouble, false)
				pop()
			case openLike && article.IsWordRune(nr):
				open(i, n, r, false) // ”quote” style
			default:
				add(i, n, r, roleClose, famDouble, false)
				stray(i, n)
			}
		case '«', '»':
			if r == opener {
				guil = append(guil, add(i, n, r, roleOpen, famGuillemet, false))
				break
			}
			k := add(i, n, r, roleClose, famGuillemet, false)
			if len(guil) > 0 {
				qs.marks[k].paired = true
				guil = guil[:len(guil)-1]
			} else {
				qs.problem(article.Span{Start: i, End: i + n}, pi, "closing guillemet without an opening one")
			}
		case '(', '[', '{':
			if !p.emoticonBefore(i) {
				brackets = append(brackets, add(i, n, r, roleOpen, famBracket, false))
			}
		case ')', ']', '}':
			if p.emoticonBefore(i) {
				break
			}
			want := matchingBracket(r)
			k := len(brackets) - 1
			for k >= 0 && qs.marks[brackets[k]].r != want {
				k--
			}
			if k < 0 && p.listLabel(i) {
				break
			}
			add(i, n, r, roleClose, famBracket, false)
			if k < 0 {
				qs.problem(article.Span{Start: i, End: i + n}, pi, "closing "+string(r)+" without an opening "+string(want))
				break
			}
			for _, o := range brackets[k+1:] {
				qs.problem(qs.marks[o].Span, pi, "bracket opened here is not closed")
			}
			brackets = brackets[:k]
		}
		next = i + n
	}
	if depth > 0 && last && p.cutOff(qs.marks[stack[0]].End) {
		depth = 0 // a text cut off inside a quote: the cut is not a quote defect
	}
	for k := range depth {
		// The outermost quote may go on in the next paragraph, by the news
		// convention; a quote nested in it may not.
		if k > 0 || !continued {
			qs.problem(qs.marks[stack[k]].Span, pi, "quote opened here is not closed in its paragraph, and the next paragraph does not continue it")
			reported = true
		}
	}
	for _, o := range guil {
		qs.problem(qs.marks[o].Span, pi, "guillemet opened here is not closed in its paragraph")
	}
	for _, o := range brackets {
		qs.problem(qs.marks[o].Span, pi, "bracket opened here is not closed in its paragraph")
	}
	qs.guil, qs.brackets = guil, brackets
	return reported
}
