package checks

import (
	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

// linebreak/split-sentence: a sentence split across two paragraphs.

func init() {
	register(
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
	)
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
