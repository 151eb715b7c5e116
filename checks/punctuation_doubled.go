package checks

import (
	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

var doubledCheck = &rules.Check{
	ID: "punctuation/doubled",
	Doc: "Reports doubled punctuation, with or without a space between the marks: \"shorter week. . " +
		"This\", \",,\", \". ,\", \";;\", \"night owl?.\". Machine translation and careless merging of " +
		"sentences leave such pairs behind. Ellipses (\"...\", \"…\", \". . .\"), repeated or combined " +
		"question and exclamation marks (\"!!\", \"?!\"), a title ending in \"!\" or \"?\" followed by a " +
		"comma (\"Run!, starring\") and an abbreviation's period followed by another mark " +
		"(\"Inc.,\") are not reported. The fix keeps one mark: the strongest one when a capital or " +
		"the end follows, the weakest when the sentence goes on.",
	Bad:      "The union wants a shorter week. . This Monday, the mayor met them,, again.",
	Good:     "The union wants a shorter week. This Monday, the mayor met them, again.",
	Severity: rules.Warning,
	Run:      runDoubled,
}

func init() { register(doubledCheck) }

// strength orders marks for the doubled fix.
func strength(c byte) int {
	switch c {
	case '?', '!':
		return 3
	case '.':
		return 2
	case ':', ';':
		return 1
	}
	return 0
}

func runDoubled(pass *rules.Pass) {
	a := pass.Article
	for pi := range a.Paragraphs {
		p := paraAt(a, pi)
		next := p.lo // where the next run of marks may start
		for _, i := range p.marks(a) {
			if i < next || byteClass[p.src[i]]&clsSentence == 0 {
				continue
			}
			next = doubledRun(pass, p, i)
		}
	}
}

// doubledRun looks at the run of marks that starts at i, reports it when it
// is a slip, and returns where the run ends.
func doubledRun(pass *rules.Pass, p para, i int) int {
	// marks[k] is the offset of the k-th mark; the run may have spaces
	// between its marks.
	// The run is read to its end, however long, so that one fix reduces
	// it to one mark (a fix of part of a run would take many rounds).
	var buf [8]int
	marks := buf[:0]
	j := i
	spaced := false
	for j < p.hi {
		k := p.skipHSpace(j)
		if k >= p.hi || !isSentencePunct(rune(p.src[k])) {
			break
		}
		if k > j {
			if len(marks) == 0 {
				break
			}
			c := p.src[k]
			if nr, _ := p.at(k + 1); c == '.' && article.IsWordRune(nr) {
				break // a domain or extension after a space: "in .uk, .com"
			}
			if c == ':' || c == ';' {
				if nr, _ := p.at(k + 1); nr == '-' || nr == ')' || nr == '(' || nr == 'D' || nr == 'P' || nr == 'p' {
					break // an emoticon: "age. :-)"
				}
			}
			spaced = true
		}
		marks = append(marks, k)
		j = k + 1
	}
	n := len(marks)
	if n == 0 {
		return i + 1
	}
	last := marks[n-1] + 1
	if n == 1 {
		return last
	}
	src := p.src
	periods, bangs := 0, 0
	for _, m := range marks[:n] {
		switch src[m] {
		case '.':
			periods++
		case '!', '?':
			bangs++
		}
	}
	first := src[marks[0]]
	pr, _ := p.before(marks[0])
	nr, _ := p.at(last)
	switch {
	case periods >= 3 || pr == '.' || pr == '…' || nr == '…':
		return last // an ellipsis
	case bangs == n:
		return last // "!!", "?!"
	case first == '!' || first == '?':
		second := src[marks[1]]
		if second == ',' || second == ';' || second == ':' || second == ')' {
			return last // a title: "Run!, starring"
		}
		ws := p.wordStart(marks[0])
		if bangNames[lowerASCII(src[ws:marks[0]])] {
			return last // "Yahoo!."
		}
	case !spaced && (article.IsWordRune(nr) && article.IsWordRune(pr) || p.webToken(marks[0])):
		return last // "std::vector", "../data" in code and paths
	case first == '.' && !spaced && p.isAbbrevBefore(marks[0], nil) && src[marks[1]] != '.':
		return last // "Inc.,", "U.S.:"
	}
	// Keep one mark.
	keep := marks[0]
	if src[marks[1]] != first || n > 2 {
		strongest, weakest := marks[0], marks[0]
		for _, m := range marks[1:n] {
			if strength(src[m]) > strength(src[strongest]) {
				strongest = m
			}
			if strength(src[m]) < strength(src[weakest]) {
				weakest = m
			}
		}
		keep = strongest
		if r, _ := p.at(p.skipHSpace(last)); isLower(r) {
			keep = weakest
		}
	}
	span := article.Span{Start: marks[0], End: last}
	if first == '.' && p.isAbbrevBefore(marks[0], nil) {
		// The abbreviation keeps its period: "U.S. ." loses the second
		// one, "Inc. ," only the space.
		if src[marks[1]] == '.' {
			pass.Report(span, "doubled punctuation", rules.Replace("keep one mark", span, "."))
		} else {
			pass.Report(span, "space between an abbreviation's period and the next mark",
				rules.Replace("remove the space", article.Span{Start: marks[0] + 1, End: marks[1]}, ""))
		}
		return last
	}
	pass.Report(span, "doubled punctuation", rules.Replace("keep one mark", span, string(src[keep])))
	return last
}
