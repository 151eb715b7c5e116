package reader

import (
	"strings"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

// MapFindings carries findings on the text of a (the reader's text) to
// the file a was read from, in place: ranges by article.Origin.MapSpan; a
// fix's edits by MapEdit, all of them or none. A fix whose edits would
// touch markup (or insert characters the format would read as markup) is
// dropped, and the message says that no fix is offered and why. src, when
// not nil, is the bitext source the findings' Source ranges point into,
// mapped the same way when it too was read from markup. Without an origin
// (plain text) the findings are returned as they are.
func MapFindings(a, src *article.Article, fs []rules.Finding) []rules.Finding {
	o := a.Origin
	srcOrigin := (*article.Origin)(nil)
	if src != nil {
		srcOrigin = src.Origin
	}
	if o == nil && srcOrigin == nil {
		return fs
	}
	for i := range fs {
		f := &fs[i]
		if srcOrigin != nil && f.Source != nil {
			s := srcOrigin.MapSpan(*f.Source, len(src.Src))
			f.Source = &s
		}
		if o == nil {
			continue
		}
		f.Span = o.MapSpan(f.Span, len(a.Src))
		if f.Fix == nil {
			continue
		}
		fix, ok := mapFix(o, f.Fix, len(a.Src))
		if !ok {
			f.Message += " (no fix offered: it would change the " + formatName(o.Format) + " markup)"
			fix = nil
		}
		f.Fix = fix
	}
	rules.SortFindings(fs)
	return fs
}

func mapFix(o *article.Origin, fix *rules.Fix, textLen int) (*rules.Fix, bool) {
	out := &rules.Fix{Description: fix.Description, Unsafe: fix.Unsafe, Edits: make([]rules.Edit, 0, len(fix.Edits))}
	for _, e := range fix.Edits {
		if !plainInsert(o.Format, e.Text) {
			return nil, false
		}
		s, end, ok := o.MapEdit(e.Offset, e.EndOffset, textLen)
		if !ok {
			return nil, false
		}
		if n := len(out.Edits); n > 0 && out.Edits[n-1].EndOffset > s {
			return nil, false
		}
		out.Edits = append(out.Edits, rules.Edit{Offset: s, EndOffset: end, Text: e.Text})
	}
	return out, true
}

// plainInsert reports whether text reads as itself in the format: no line
// breaks (which end blocks) and no character the format reads as markup.
func plainInsert(format, text string) bool {
	special := "\n\r<&"
	if format == "markdown" {
		special += "\\`*_[]#|~!"
	}
	return !strings.ContainsAny(text, special)
}

func formatName(f string) string {
	if f == "html" {
		return "HTML"
	}
	return "Markdown"
}
