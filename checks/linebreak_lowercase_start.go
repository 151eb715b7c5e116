package checks

import (
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

// linebreak/lowercase-start: a paragraph (or a line of a paragraph written
// one per line) that starts in the middle of a sentence.

func init() {
	register(
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
