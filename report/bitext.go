package report

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/mtlint/mtlint/align"
	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

// Source describes the source article a file was checked against.
type Source struct {
	// Path is the source file ("" for a JSON Lines record's source field).
	Path string
	// Lang is the source's language (ISO 639-1; "" when unknown).
	Lang string
	// Article is the parsed source; nil when Missing.
	Article *article.Article
	// Missing reports a file that should have had a source (a source
	// directory was given) but had none: it was checked alone.
	Missing bool
	// Alignment is the alignment of the file with its source, when asked
	// for (the JSON report's "alignment").
	Alignment *align.Alignment
}

// JSONSource is the "source" of a file in the JSON report.
type JSONSource struct {
	Path    string `json:"path,omitempty"`
	Lang    string `json:"lang,omitempty"`
	Missing bool   `json:"missing,omitempty"`
}

// JSONAlignment is the "alignment" of a file in the JSON report: what the
// aligner decided, to debug it. Ratio is the translation's length per
// character of the source.
type JSONAlignment struct {
	Ratio      float64    `json:"ratio"`
	Paragraphs []JSONBead `json:"paragraphs"`
	Sentences  []JSONBead `json:"sentences"`
}

// JSONBead is one step of an alignment: the source units [source[0],
// source[1]) translated by the units [translation[0], translation[1])
// (paragraph or sentence indexes, from 0), with their byte ranges. Kind is
// "1-1", "2-1", "1-0" (nothing translates the source) and so on; margin,
// for a kind with a 0, is how much surer the aligner is of it than of
// merging it into a neighbour (absent when it has no neighbour).
type JSONBead struct {
	Kind            string   `json:"kind"`
	Source          [2]int   `json:"source"`
	Translation     [2]int   `json:"translation"`
	SourceOffset    int      `json:"source_offset"`
	SourceEndOffset int      `json:"source_end_offset"`
	Offset          int      `json:"offset"`
	EndOffset       int      `json:"end_offset"`
	Cost            float64  `json:"cost"`
	Margin          *float64 `json:"margin,omitempty"`
}

func round2(x float64) float64 { return math.Round(x*100) / 100 }

// toJSONSource converts a file's source for the JSON report.
func toJSONSource(s *Source) (*JSONSource, *JSONAlignment) {
	if s == nil {
		return nil, nil
	}
	js := &JSONSource{Path: s.Path, Lang: s.Lang, Missing: s.Missing}
	if s.Alignment == nil {
		return js, nil
	}
	al := s.Alignment
	ja := &JSONAlignment{Ratio: round2(al.Ratio), Paragraphs: []JSONBead{}, Sentences: []JSONBead{}}
	paraSpan := func(a *article.Article, r align.Range) article.Span {
		if r.Len() == 0 {
			if r.Start < len(a.Paragraphs) {
				return article.Span{Start: a.Paragraphs[r.Start].Start, End: a.Paragraphs[r.Start].Start}
			}
			return article.Span{Start: len(a.Src), End: len(a.Src)}
		}
		return article.Span{Start: a.Paragraphs[r.Start].Start, End: a.Paragraphs[r.End-1].End}
	}
	sentSpan := func(a *article.Article, r align.Range) article.Span {
		if r.Len() == 0 {
			if r.Start < len(a.Sentences) {
				return article.Span{Start: a.Sentences[r.Start].Start, End: a.Sentences[r.Start].Start}
			}
			return article.Span{Start: len(a.Src), End: len(a.Src)}
		}
		return article.Span{Start: a.Sentences[r.Start].Start, End: a.Sentences[r.End-1].End}
	}
	// Offsets are in the file's bytes, as the findings' are: a Markdown or
	// HTML file's text maps back through its origin.
	inFile := func(a *article.Article, s article.Span) article.Span {
		if a.Origin == nil {
			return s
		}
		return a.Origin.MapSpan(s, len(a.Src))
	}
	bead := func(b align.Bead, span func(*article.Article, align.Range) article.Span) JSONBead {
		ss := inFile(al.Source.Article, span(al.Source.Article, b.Src))
		ts := inFile(al.Target.Article, span(al.Target.Article, b.Tgt))
		jb := JSONBead{Kind: b.Shape(), Source: [2]int{b.Src.Start, b.Src.End}, Translation: [2]int{b.Tgt.Start, b.Tgt.End},
			SourceOffset: ss.Start, SourceEndOffset: ss.End, Offset: ts.Start, EndOffset: ts.End, Cost: round2(b.Cost)}
		if b.Null() && !math.IsInf(b.Margin, 0) {
			m := round2(b.Margin)
			jb.Margin = &m
		}
		return jb
	}
	for _, b := range al.Paragraphs {
		ja.Paragraphs = append(ja.Paragraphs, bead(b, paraSpan))
	}
	for _, b := range al.Sentences {
		ja.Sentences = append(ja.Sentences, bead(b, sentSpan))
	}
	return js, ja
}

// sourceExcerpt renders the source range of a finding for the text and
// HTML reports: «…» on one line, shortened in the middle; "" for an empty
// range or a file without a source.
func sourceExcerpt(f *File, x rules.Finding) string {
	if x.Source == nil || f.Source == nil || f.Source.Article == nil || x.Source.Len() == 0 {
		return ""
	}
	src := f.Source.Article.Src
	if o := f.Source.Article.Origin; o != nil {
		src = o.File // a source read from Markdown or HTML: its range is in the file
	}
	s := strings.Join(strings.Fields(string(src[x.Source.Start:x.Source.End])), " ")
	const max = 120
	if utf8.RuneCountInString(s) > max {
		r := []rune(s)
		s = string(r[:max*2/3]) + " … " + string(r[len(r)-max/3:])
	}
	return "«" + s + "»"
}
