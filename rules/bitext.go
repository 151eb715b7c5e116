package rules

import (
	"fmt"
	"sync"

	"github.com/mtlint/mtlint/align"
	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/lang"
)

// Bitext is a translation's source and the alignment of the two, for the
// checks that compare them (Check.Bitext). The alignment is computed once,
// on first use, and is then shared by every check and by the report; it
// is safe to use from several goroutines.
type Bitext struct {
	// Source is the source article.
	Source *article.Article
	// SourceLang and TargetLang are the languages of the source and of
	// the translation (0 when unknown: numbers are then read both ways).
	SourceLang, TargetLang lang.Lang
	// SourcePath names the source for people ("orig/a.txt").
	SourcePath string

	target *article.Article
	once   sync.Once
	al     *align.Alignment
}

// NewBitext pairs a translation with its source.
func NewBitext(source, target *article.Article, sourceLang, targetLang lang.Lang) *Bitext {
	return &Bitext{Source: source, SourceLang: sourceLang, TargetLang: targetLang, target: target}
}

// Target is the translation.
func (b *Bitext) Target() *article.Article { return b.target }

// Alignment returns the alignment of the translation with its source,
// aligning them on first use.
func (b *Bitext) Alignment() *align.Alignment {
	b.once.Do(func() {
		b.al = align.Align(align.NewSide(b.Source, b.SourceLang), align.NewSide(b.target, b.TargetLang))
	})
	return b.al
}

// ReportSource records a finding of a bitext check over span s of the
// translation, with the matching range src of the source.
func (p *Pass) ReportSource(sev Severity, s, src article.Span, message string, fix *Fix) {
	p.ReportSeverity(sev, s, message, fix)
	last := p.findings[len(p.findings)-1]
	last[len(last)-1].Source = &src
}

// Consult runs another check over the same article with its default
// parameters and returns its findings instead of reporting them: a check
// whose message says whether another agrees (bitext/addition and the
// residue checks). The findings are cached per engine run.
func (p *Pass) Consult(c *Check) []Finding {
	type consultKey struct{ id string }
	if p.shared == nil {
		p.shared = &p.own // for the consulted check's analyses too
	}
	return p.Shared(consultKey{c.ID}, func(a *article.Article) any {
		q := &Pass{Article: a, Bitext: p.Bitext, check: c, shared: p.shared, side: p.side}
		c.Run(q)
		var fs []Finding
		for _, chunk := range q.findings {
			fs = append(fs, chunk...)
		}
		return fs
	}).([]Finding)
}

// validSource checks a finding's source range against the source.
func validSource(bt *Bitext, f Finding) error {
	if f.Source == nil {
		return nil
	}
	if bt == nil {
		return fmt.Errorf("%s: a source range without a source", f.Rule)
	}
	src := bt.Source.Src
	s, e := f.Source.Start, f.Source.End
	if !(0 <= s && s <= e && e <= len(src) && boundary(src, s) && boundary(src, e)) {
		return fmt.Errorf("%s: source range [%d,%d) is outside the source or splits a character", f.Rule, s, e)
	}
	return nil
}
