package checks

import (
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

// linebreak/orphan-paragraph: a piece of a sentence cut off by stray blank
// lines, standing as a paragraph of its own. The other line-break checks
// consult its judgement (orphans.info).

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
	)
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
