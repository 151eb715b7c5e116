package checks

import (
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

// linebreak/inside-sentence: a single line break inside a sentence, within
// a paragraph.

func init() {
	register(
		&rules.Check{
			ID: idInsideSentence,
			Doc: "A single line break inside a sentence, within a paragraph: hard-wrapped or broken text such as " +
				"\"The minister said on\" / \"Friday that the talks...\". A break is inside a sentence when the line ends " +
				"without end punctuation and the next line starts with a plain lowercase word; or when a line of at least " +
				"three words ends with a word no sentence ends with (\"the\", \"of\", a title such as \"Mr.\"), with one " +
				"of the wrap-words (\"on\", \"to\", \"that\"), or, being longer than verse-width characters, with \",\" or " +
				"\";\", and the next line starts with a word. Lines that end with end punctuation, list items and bullets, " +
				"table rows (tabs or \"|\"), bylines and datelines, an unbulleted lowercase list after a colon, and blocks " +
				"of three or more short lines (verse, lyrics, metadata, lists) are not reported, and a short line ending " +
				"with a comma before a capital (\"Yours sincerely,\") is not either. The finding covers the break from the " +
				"last word before it to the first word after it. The fix replaces the break and the spaces around it with " +
				"one space; it only changes white space, so it is safe.",
			Bad:      "The minister said on\nFriday that the talks would resume next week.",
			Good:     "The minister said on Friday that the talks would resume next week.",
			Severity: rules.Warning,
			Params: []rules.Param{
				{Name: "dangling-words", Kind: rules.Strings, Default: defaultDangling,
					Doc: "words no sentence or heading ends with (case-insensitive)"},
				{Name: "wrap-words", Kind: rules.Strings, Default: defaultWrapWords,
					Doc: "further words that, ending a line of prose of three or more words, show a hard wrap (case-insensitive)"},
				{Name: "verse-width", Kind: rules.Int, Default: verseWidthDefault,
					Doc: "a paragraph of three or more lines whose lines (but the last) are all at most this many characters " +
						"long is verse, a list or a metadata block and is not checked"},
			},
			Run: runInsideSentence,
		},
	)
}

func runInsideSentence(p *rules.Pass) {
	a := p.Article
	src := a.Src
	t := &lbText{a: a, dangling: setParam(p.Strings("dangling-words"), defaultDangling, defaultDanglingSet)}
	wrap := setParam(p.Strings("wrap-words"), defaultWrapWords, defaultWrapSet)
	verseWidth := p.Int("verse-width")
	for pi := range a.Paragraphs {
		lines := a.ParagraphLines(pi)
		if len(lines) < 2 || shortLines(src, lines, verseWidth) {
			continue
		}
		ws := paraWords(a, pi)
		// lineWords returns the words of line li and advances wi past them.
		wi := 0
		lineWords := func(l article.Line) []article.Word {
			for wi < len(ws) && ws[wi].Start < l.Text.Start {
				wi++
			}
			j := wi
			for j < len(ws) && ws[j].Start < l.Text.End {
				j++
			}
			out := ws[wi:j]
			wi = j
			return out
		}
		cur := lineWords(lines[0])
		inList := false
		for i := 0; i+1 < len(lines); i++ {
			L, N := lines[i].Text, lines[i+1].Text
			next := lineWords(lines[i+1])
			lws := cur
			cur = next
			e := t.ending(L, lastOf(lws))
			lower := t.continues(N, firstOf(next))
			if inList {
				if lower && e != endTerminal {
					continue
				}
				inList = false
			}
			if e == endTerminal || isListItem(src, L) || isListItem(src, N) ||
				isTableRow(src, L) || isTableRow(src, N) || isBylineOrDateline(src, L, lws) {
				continue
			}
			if e == endColon && lower && i+2 < len(lines) {
				if t.ending(N, lastOf(next)) != endTerminal && startsLowerLetter(src, lines[i+2].Text) {
					inList = true
					continue
				}
			}
			fire := lower
			if !fire && len(lws) >= 3 && startsWord(src, N, firstOf(next)) {
				last := lws[len(lws)-1]
				fire = e == endDangling || (e == endNone && last.End == L.End && t.lowerIn(last, wrap)) ||
					(e == endComma && utf8.RuneCount(src[L.Start:L.End]) > verseWidth)
			}
			if !fire {
				continue
			}
			p.Report(breakSpan(src, L, N, lastOf(lws), firstOf(next)),
				"line break inside a sentence",
				rules.Replace("replace the line break with a space", article.Span{Start: L.End, End: N.Start}, joiner(src, article.Span{Start: L.End, End: N.Start})))
		}
	}
}
