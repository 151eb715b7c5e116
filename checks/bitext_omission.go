package checks

import (
	"fmt"
	"strings"
	"sync"

	"github.com/mtlint/mtlint/align"
	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

// This file holds bitext/omission and bitext/addition: the sentences and
// paragraphs that the alignment leaves without a counterpart (1–0 and 0–1
// beads), reported only when the margin says the alignment is sure.

func init() {
	register(bitextOmission, bitextAddition)
}

var bitextOmission = &rules.Check{
	ID: "bitext/omission",
	Doc: "A source sentence or paragraph with no counterpart in the translation: content the translation lost " +
		"(a sentence the machine translation dropped, a paragraph the scraper missed). The aligner pairs the two " +
		"articles' paragraphs and sentences by their lengths, sharpened by the numbers, names, URLs and quotes " +
		"they share; a source unit it leaves alone is reported when leaving it alone is clearly better than " +
		"merging it into a neighbouring pair or shifting that pair's boundary (by min-margin), judged by how " +
		"closely the article's other sentences keep their lengths (in a loose translation a short sentence " +
		"without numbers or names merges too easily to be sure, and goes unreported). The finding is an insertion point in the translation, where the missing text would " +
		"be, and carries the source range. When too few sentences align for the source to be this article's " +
		"original, one finding at the top says so instead. Runs only when the source is given.",
	Source:     "El paro bajó en marzo por tercer mes consecutivo, según los datos publicados el martes.\n\nLos sindicatos celebraron la noticia, pero advirtieron de que el empleo sigue siendo precario en el sector servicios.\n\nEl Gobierno espera nuevas mejoras en verano.",
	SourceLang: "es",
	Bad:        "Unemployment fell in March for the third month in a row, according to figures published on Tuesday.\n\nThe government expects further improvement in the summer.",
	Good:       "Unemployment fell in March for the third month in a row, according to figures published on Tuesday.\n\nThe unions welcomed the news but warned that jobs remain precarious in the service sector.\n\nThe government expects further improvement in the summer.",
	Severity:   rules.Warning,
	Bitext:     true,
	Params: []rules.Param{
		{Name: "min-margin", Kind: rules.Float, Default: align.DefaultMargin, Doc: "how much more (in the aligner's cost) merging the unit into a neighbour must cost for a finding; higher is surer"},
		{Name: "min-words", Kind: rules.Int, Default: 4, Doc: "fewest words (or, in Chinese and Japanese, characters divided by two) the missing text must have"},
	},
	Run: runOmission,
}

var bitextAddition = &rules.Check{
	ID: "bitext/addition",
	Doc: "A sentence or paragraph of the translation with no counterpart in the source: often residue that " +
		"the scraper injected (a \"Read also\" line, an advertisement), sometimes text the machine translation " +
		"made up. Reported when the aligner is sure (see bitext/omission), or at any margin when one of the " +
		"residue checks flags the same text, which the message then says. Short lines the aligner cannot tell " +
		"from a paragraph split are left to the residue checks. Runs only when the source is given.",
	Source:     "El paro bajó en marzo por tercer mes consecutivo, según los datos publicados el martes.\n\nEl Gobierno espera nuevas mejoras en verano.",
	SourceLang: "es",
	Bad:        "Unemployment fell in March for the third month in a row, according to figures published on Tuesday.\n\nRead also: Ten tips to save on your electricity bill this winter, from 5 experts\n\nThe government expects further improvement in the summer.",
	Good:       "Unemployment fell in March for the third month in a row, according to figures published on Tuesday.\n\nThe government expects further improvement in the summer.",
	Severity:   rules.Warning,
	Bitext:     true,
	Params: []rules.Param{
		{Name: "min-margin", Kind: rules.Float, Default: align.DefaultMargin, Doc: "how much more (in the aligner's cost) merging the unit into a neighbour must cost for a finding without the residue checks' agreement"},
		{Name: "min-words", Kind: rules.Int, Default: 3, Doc: "fewest words the added text must have for a finding without the residue checks' agreement"},
	},
	Run: runAddition,
}

// minAligned is the least share of sentences that must align for the
// source to be taken as the translation's original.
const minAligned = 0.3

// plausible reports whether the two texts of an alignment look like a
// source and its translation: enough of their sentences align, they share
// some of their numbers and names, and their lengths compare as the
// languages' usually do. When they do not, why says so.
func plausible(al *align.Alignment) (why string, ok bool) {
	ns, nt := len(al.Source.Sentences), len(al.Target.Sentences)
	if ns == 0 || nt == 0 {
		return "", false
	}
	aligned := 0
	for _, b := range al.Sentences {
		if !b.Null() {
			aligned += b.Src.Len() + b.Tgt.Len()
		}
	}
	share := float64(aligned) / float64(ns+nt)
	ls, lt := 0.0, 0.0
	for _, l := range al.Source.Len {
		ls += l
	}
	for _, l := range al.Target.Len {
		lt += l
	}
	expected := 1.0
	switch cs, ct := al.Source.CJK(), al.Target.CJK(); {
	case cs && !ct:
		expected = 3
	case ct && !cs:
		expected = 1.0 / 3
	}
	ratio := lt / ls / expected
	switch {
	case ns+nt < 6:
		return "", true // too short to judge
	case ratio < 0.4 || ratio > 2.5:
		return fmt.Sprintf("the translation is %.0f%% as long as the source would make it: is the source this article's original, or is much of either missing?", 100*ratio), false
	case share < minAligned:
		return fmt.Sprintf("only %.0f%% of the sentences align with the source: is it this article's original?", 100*share), false
	case al.SourceAnchors >= 3 && al.TargetAnchors >= 3 && al.Matched == 0:
		return "the translation shares none of the source's numbers and names: is the source this article's original?", false
	}
	return "", true
}

// nullRuns calls f for each run of consecutive beads with an empty target
// (omission) or an empty source (addition side), within one paragraph bead.
func nullRuns(al *align.Alignment, omission bool, f func(first, end int)) {
	is := func(b align.Bead) bool {
		if omission {
			return b.Tgt.Len() == 0 && b.Src.Len() > 0
		}
		return b.Src.Len() == 0 && b.Tgt.Len() > 0
	}
	for k := 0; k < len(al.Sentences); {
		if !is(al.Sentences[k]) {
			k++
			continue
		}
		q := k + 1
		for q < len(al.Sentences) && is(al.Sentences[q]) && al.Sentences[q].Para == al.Sentences[k].Para {
			q++
		}
		f(k, q)
		k = q
	}
}

// wordCount counts the words of sentences, a run of CJK characters
// counting one word per two characters.
func wordCount(a *article.Article, r align.Range) int {
	n := 0
	for i := r.Start; i < r.End; i++ {
		for _, w := range a.SentenceWords(i) {
			if c := cjkRunes(a.Text(w.Span)); c > 0 {
				n += max(c/2, 1)
			} else {
				n++
			}
		}
	}
	return n
}

func cjkRunes(b []byte) int {
	n := 0
	for _, r := range string(b) {
		if isHanOrKana(r) {
			n++
		}
	}
	return n
}

// whole reports whether a range of sentences is a whole paragraph, or
// several.
func whole(a *article.Article, r align.Range) bool {
	return r.Len() > 0 && a.Paragraphs[a.Sentences[r.Start].Para].FirstSentence == r.Start &&
		a.Paragraphs[a.Sentences[r.End-1].Para].EndSentence == r.End
}

func unitName(a *article.Article, r align.Range) string {
	switch {
	case whole(a, r) && a.Sentences[r.Start].Para != a.Sentences[r.End-1].Para:
		return "paragraphs"
	case whole(a, r):
		return "paragraph"
	case r.Len() > 1:
		return fmt.Sprintf("%d sentences", r.Len())
	}
	return "sentence"
}

func runOmission(p *rules.Pass) {
	al := bitextAlignment(p)
	if why, ok := plausible(al); !ok {
		if why != "" {
			at := article.Span{Start: p.Article.BodyStart, End: p.Article.BodyStart}
			p.ReportSource(rules.Warning, at, article.Span{Start: al.Source.BodyStart, End: al.Source.BodyStart},
				why+" (omissions and additions are not reported)", nil)
		}
		return
	}
	minMargin, minWords := p.Float("min-margin"), p.Int("min-words")
	src := al.Source.Article
	nullRuns(al, true, func(first, end int) {
		r := align.Range{Start: al.Sentences[first].Src.Start, End: al.Sentences[end-1].Src.End}
		for k := first; k < end; k++ {
			if al.Sentences[k].Margin < minMargin {
				return
			}
		}
		if wordCount(src, r) < minWords {
			return
		}
		sspan := sentSpan(src, r)
		at := sentSpan(p.Article, al.Sentences[first].Tgt)
		p.ReportSource(rules.Warning, at, sspan, fmt.Sprintf("the translation has nothing for the source's %s %s", unitName(src, r), quoteText(src.Text(sspan), 60)), nil)
	})
}

// residueChecks are the residue/ checks, found once.
var residueChecks = sync.OnceValue(func() []*rules.Check {
	var out []*rules.Check
	for _, c := range All() {
		if strings.HasPrefix(c.ID, "residue/") {
			out = append(out, c)
		}
	}
	return out
})

func runAddition(p *rules.Pass) {
	al := bitextAlignment(p)
	if _, ok := plausible(al); !ok {
		return
	}
	minMargin, minWords := p.Float("min-margin"), p.Int("min-words")
	a := p.Article
	var residue []rules.Finding
	consulted := false
	nullRuns(al, false, func(first, end int) {
		r := align.Range{Start: al.Sentences[first].Tgt.Start, End: al.Sentences[end-1].Tgt.End}
		span := sentSpan(a, r)
		sure := wordCount(a, r) >= minWords
		for k := first; k < end; k++ {
			sure = sure && al.Sentences[k].Margin >= minMargin
		}
		if !consulted {
			for _, c := range residueChecks() {
				residue = append(residue, p.Consult(c)...)
			}
			consulted = true
		}
		var agree *rules.Finding
		for i := range residue {
			if residue[i].Overlaps(span) && residue[i].Severity >= rules.Warning {
				agree = &residue[i]
				break
			}
		}
		if !sure && agree == nil {
			return
		}
		msg := fmt.Sprintf("the source has nothing for this %s", unitName(a, r))
		if agree != nil {
			msg += fmt.Sprintf("; %s agrees: %s", agree.Rule, agree.Message)
		}
		at := sentSpan(al.Source.Article, al.Sentences[first].Src)
		p.ReportSource(rules.Warning, span, at, msg, nil)
	})
}
