package fix

import (
	"bytes"
	"testing"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

// Synthetic checks with known fixes, independent of the real checks, so
// that the loop's behaviour (rounds, conflicts, unsafe fixes, a loop that
// does not converge) can be tested exactly. They find their targets by
// scanning bytes, which real checks must not do; here it keeps them short.

func scan(a *article.Article, needle string, each func(at int)) {
	src := a.Src
	for i := 0; ; {
		j := bytes.Index(src[i:], []byte(needle))
		if j < 0 {
			return
		}
		each(i + j)
		i += j + len(needle)
	}
}

var (
	// test/space-before: " ," → "," (safe).
	spaceBefore = &rules.Check{
		ID: "test/space-before", Doc: "A space before a comma.", Severity: rules.Warning,
		Run: func(p *Pass) {
			scan(p.Article, " ,", func(at int) {
				s := article.Span{Start: at, End: at + 2}
				p.Report(s, "space before a comma", rules.Replace("remove the space", s, ","))
			})
		},
	}
	// test/double-space: a run of two or more spaces → " " (safe).
	doubleSpace = &rules.Check{
		ID: "test/double-space", Doc: "Two spaces in a row.", Severity: rules.Info,
		Run: func(p *Pass) {
			src := p.Article.Src
			for i := 0; i+1 < len(src); i++ {
				if src[i] != ' ' || src[i+1] != ' ' {
					continue
				}
				j := i + 2
				for j < len(src) && src[j] == ' ' {
					j++
				}
				s := article.Span{Start: i, End: j}
				p.Report(s, "two spaces", rules.Replace("one space", s, " "))
				i = j
			}
		},
	}
	// test/missing-space: ".X" for an ASCII capital X → ". X" (safe, an
	// insertion).
	missingSpace = &rules.Check{
		ID: "test/missing-space", Doc: "A sentence glued to the one before.", Severity: rules.Warning,
		Run: func(p *Pass) {
			src := p.Article.Src
			for i := 1; i+1 < len(src); i++ {
				if src[i] == '.' && src[i+1] >= 'A' && src[i+1] <= 'Z' && src[i-1] >= 'a' && src[i-1] <= 'z' {
					s := article.Span{Start: i + 1, End: i + 1}
					p.Report(article.Span{Start: i, End: i + 2}, "no space after the period", rules.Replace("insert a space", s, " "))
				}
			}
		},
	}
	// test/chrome: a line "Advertisement" is deleted with its line break
	// (unsafe).
	chrome = &rules.Check{
		ID: "test/chrome", Doc: "Site chrome left in the text.", Severity: rules.Error,
		Run: func(p *Pass) {
			a := p.Article
			for _, l := range a.Lines {
				if a.String(l.Text) == "Advertisement" {
					s := article.Span{Start: l.Start, End: l.Break.End}
					p.Report(l.Text, "site chrome", &rules.Fix{
						Description: "delete the line", Unsafe: true,
						Edits: []rules.Edit{{Offset: s.Start, EndOffset: s.End}},
					})
				}
			}
		},
	}
	// test/orphan: a paragraph "The" followed by a blank line is joined
	// to the next paragraph (unsafe), keeping the file's line break.
	orphan = &rules.Check{
		ID: "test/orphan", Doc: "A word cut off into its own paragraph.", Severity: rules.Error,
		Run: func(p *Pass) {
			a := p.Article
			for i := 0; i+1 < len(a.Paragraphs); i++ {
				if a.String(a.Paragraphs[i].Span) != "The" {
					continue
				}
				gap := article.Span{Start: a.Paragraphs[i].End, End: a.Paragraphs[i+1].Start}
				p.Report(a.Paragraphs[i].Span, "orphaned word", &rules.Fix{
					Description: "join with the next paragraph", Unsafe: true,
					Edits: []rules.Edit{{Offset: gap.Start, EndOffset: gap.End, Text: " "}},
				})
			}
		},
	}
	// test/colour and test/color undo each other: the loop cannot
	// converge when both run.
	colour = &rules.Check{
		ID: "test/colour", Doc: "British spelling wanted.", Severity: rules.Info, Off: true,
		Run: func(p *Pass) {
			scan(p.Article, "color", func(at int) {
				s := article.Span{Start: at, End: at + 5}
				p.Report(s, "spell colour", rules.Replace("colour", s, "colour"))
			})
		},
	}
	color = &rules.Check{
		ID: "test/color", Doc: "American spelling wanted.", Severity: rules.Info, Off: true,
		Run: func(p *Pass) {
			scan(p.Article, "colour", func(at int) {
				s := article.Span{Start: at, End: at + 6}
				p.Report(s, "spell color", rules.Replace("color", s, "color"))
			})
		},
	}
	// test/noop proposes a fix that changes nothing.
	noop = &rules.Check{
		ID: "test/noop", Doc: "A check with a broken fix.", Severity: rules.Info, Off: true,
		Run: func(p *Pass) {
			scan(p.Article, "xyzzy", func(at int) {
				s := article.Span{Start: at, End: at + 5}
				p.Report(s, "magic word", rules.Replace("keep it", s, "xyzzy"))
			})
		},
	}
)

// Pass is rules.Pass, shortened for the checks above.
type Pass = rules.Pass

func testRegistry(t testing.TB) *rules.Registry {
	r, err := rules.NewRegistry(spaceBefore, doubleSpace, missingSpace, chrome, orphan, colour, color, noop)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// testEngine runs the synthetic checks that are on by default, plus the
// ones named in enable.
func testEngine(t testing.TB, enable ...string) *rules.Engine {
	e, err := testRegistry(t).NewEngine(rules.Config{Enable: enable})
	if err != nil {
		t.Fatal(err)
	}
	return e
}
