package checks

import (
	"strings"

	"github.com/mtlint/mtlint/align"
	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

func init() {
	register(bitextQuotes)
}

var bitextQuotes = &rules.Check{
	ID: "bitext/quotes",
	Doc: "Quotation marks or brackets that pair up in a source sentence but not in its translation: a quote " +
		"or bracket the translation lost, or left open. Any style of double quotes counts the same (« », „ “, " +
		"“ ”, \" \", 「 」), and round and square brackets. Reported on the mark left unpaired; with lost, also " +
		"a translated sentence that lost all the quotation marks or brackets of its source (the translation " +
		"turned a quotation into reported speech, or dropped a parenthesis's brackets). Source sentences whose " +
		"own marks do not pair up (a quotation that runs over several sentences) are skipped, and the marks are " +
		"counted over the aligned sentences and their paragraph so that a sentence break moved by the " +
		"translation is no defect. Runs only when the source is given.",
	Source:     "«No vamos a ceder», dijo la ministra.",
	SourceLang: "es",
	Bad:        "\"We will not give in, the minister said.",
	Good:       "\"We will not give in,\" the minister said.",
	Severity:   rules.Warning,
	Bitext:     true,
	Params: []rules.Param{
		{Name: "brackets", Kind: rules.Bool, Default: true, Doc: "compare round and square brackets too"},
		{Name: "lost", Kind: rules.Bool, Default: true, Doc: "also report a sentence that lost every quotation mark (or bracket) of its source"},
	},
	Run: runBitextQuotes,
}

func marksOf(s *align.Side, r align.Range) align.Marks {
	var m align.Marks
	for i := r.Start; i < r.End; i++ {
		q := s.Quotes[i]
		m.Open += q.Open
		m.Close += q.Close
		m.Straight += q.Straight
		m.BOpen += q.BOpen
		m.BClose += q.BClose
		m.Names += q.Names
	}
	return m
}

// quotesPaired reports an even number of double quotes: “ closes a
// German quotation („…“) and opens an English one, so the styles cannot be
// told apart mark by mark.
func quotesPaired(m align.Marks) bool { return (m.Open+m.Close+m.Straight)%2 == 0 }

// quotePairs counts the pairs of quotation marks, not those around a name
// (see align.Marks).
func quotePairs(m align.Marks) int { return (m.Open+m.Close+m.Straight)/2 - m.Names }

func bracketsPaired(m align.Marks) bool { return m.BOpen == m.BClose }

func runBitextQuotes(p *rules.Pass) {
	al := bitextAlignment(p)
	src, tgt := al.Source, al.Target
	brackets, lost := p.Bool("brackets"), p.Bool("lost")
	for k, b := range al.Sentences {
		if b.Null() {
			continue
		}
		sm, tm := marksOf(src, b.Src), marksOf(tgt, b.Tgt)
		// The paragraph bead: the same comparison must hold there, so that
		// a sentence break in another place is not taken for a defect.
		lo, hi := neighbours(al, k)
		wide := func(s *align.Side, src bool) align.Marks {
			r := align.Range{Start: al.Sentences[lo].Tgt.Start, End: al.Sentences[hi-1].Tgt.End}
			if src {
				r = align.Range{Start: al.Sentences[lo].Src.Start, End: al.Sentences[hi-1].Src.End}
			}
			return marksOf(s, r)
		}
		sspan := sentSpan(src.Article, b.Src)
		tspan := sentSpan(tgt.Article, b.Tgt)
		if sm.Open+sm.Close+sm.Straight > 0 && quotesPaired(sm) {
			switch {
			case !quotesPaired(tm) && !quotesPaired(wide(tgt, false)):
				at := unpairedIn(p, tspan, false)
				p.ReportSource(rules.Warning, at, sspan, "unpaired quotation mark; the source's quotation marks pair up", nil)
			case lost && quotePairs(sm) > 0 && tm.Open+tm.Close+tm.Straight == 0 && quotePairs(wide(tgt, false)) < quotePairs(wide(src, true)):
				p.ReportSource(rules.Warning, tspan, sspan, "the translation lost the source's quotation marks", nil)
			}
		}
		if brackets && sm.BOpen > 0 && bracketsPaired(sm) {
			switch {
			case !bracketsPaired(tm) && !bracketsPaired(wide(tgt, false)):
				at := unpairedIn(p, tspan, true)
				p.ReportSource(rules.Warning, at, sspan, "unpaired bracket; the source's brackets pair up", nil)
			case lost && tm.BOpen+tm.BClose == 0 && wide(tgt, false).BOpen < wide(src, true).BOpen:
				p.ReportSource(rules.Warning, tspan, sspan, "the translation lost the source's brackets", nil)
			}
		}
	}
}

// unpairedIn returns the mark that the article's pairing of quotes and
// brackets (sharedQuotes, as punctuation/unbalanced reports it) left
// unpaired inside s — a bracket when bracket is true, else a quotation
// mark — or s itself when it found none there (a mark it does not pair,
// such as 「 or （).
func unpairedIn(p *rules.Pass, s article.Span, bracket bool) article.Span {
	for _, pr := range sharedQuotes(p).problems {
		if pr.Start >= s.Start && pr.End <= s.End && strings.IndexByte("()[]{}", p.Article.Src[pr.Start]) >= 0 == bracket {
			return pr.Span
		}
	}
	return s
}
