package config

import (
	"fmt"
	"strings"
	"testing"
	"unicode"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

// testRegistry is a small set of checks standing in for mtlint's own, with
// parameters of every kind.
func testRegistry(t testing.TB) *rules.Registry {
	t.Helper()
	nop := func(*rules.Pass) {}
	reg, err := rules.NewRegistry(
		&rules.Check{ID: "punctuation/space-before", Doc: "d", Severity: rules.Error, Run: nop},
		&rules.Check{ID: "punctuation/double-space", Doc: "d", Severity: rules.Warning, Run: nop},
		&rules.Check{ID: "linebreak/orphan-paragraph", Doc: "d", Severity: rules.Warning, Run: nop,
			Params: []rules.Param{
				{Name: "max-words", Kind: rules.Int, Default: 3},
				{Name: "dangling-words", Kind: rules.Strings, Default: []string{"the", "a"}},
			}},
		&rules.Check{ID: "style/ratio", Doc: "d", Severity: rules.Info, Run: nop, Off: true,
			Params: []rules.Param{
				{Name: "threshold", Kind: rules.Float, Default: 0.5},
				{Name: "strict", Kind: rules.Bool, Default: false},
				{Name: "mode", Kind: rules.String, Default: "fast"},
			}},
		&rules.Check{ID: "fragment/untranslated", Doc: "d", Severity: rules.Warning, Run: nop,
			Params: []rules.Param{
				{Name: "lang", Kind: rules.String, Default: "en"},
				{Name: "source-langs", Kind: rules.Strings, Default: []string{}},
			}},
		// style/capitals reports every word that starts with a capital
		// letter, to give the allowlists something to drop.
		&rules.Check{ID: "style/capitals", Doc: "d", Severity: rules.Warning, Run: func(p *rules.Pass) {
			for _, w := range p.Article.Words {
				if r := []rune(p.Article.String(w.Span))[0]; unicode.IsUpper(r) {
					p.Report(w.Span, "capital", nil)
				}
			}
		}},
	)
	if err != nil {
		t.Fatal(err)
	}
	return reg
}

// load parses a configuration from text against reg, failing the test on
// error.
func load(t testing.TB, text string, reg *rules.Registry) *Config {
	t.Helper()
	c, err := Parse("test.yaml", []byte(text), reg)
	if err != nil {
		t.Fatalf("unexpected errors:\n%v", err)
	}
	return c
}

// engine loads a configuration, adds its pattern rules to a copy of reg's
// checks and returns the engine of its settings.
func engine(t testing.TB, text string, reg *rules.Registry) (*Config, *rules.Engine) {
	t.Helper()
	if reg == nil {
		reg, _ = rules.NewRegistry()
	}
	c := load(t, text, reg)
	r2, err := rules.NewRegistry(reg.Checks()...)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.AddTo(r2); err != nil {
		t.Fatal(err)
	}
	e, err := r2.NewEngine(c.RulesConfig())
	if err != nil {
		t.Fatalf("engine: %v", err)
	}
	return c, e
}

const (
	openMark  = "⟦"
	closeMark = "⟧"
)

// unmark strips ⟦ ⟧ markers from s and returns the text and the marked
// spans, as the checks' harness does.
func unmark(t testing.TB, s string) (string, []article.Span) {
	t.Helper()
	var b strings.Builder
	var spans []article.Span
	open := -1
	for len(s) > 0 {
		switch {
		case strings.HasPrefix(s, openMark):
			if open >= 0 {
				t.Fatalf("nested %s in test input", openMark)
			}
			open = b.Len()
			s = s[len(openMark):]
		case strings.HasPrefix(s, closeMark):
			if open < 0 {
				t.Fatalf("%s without %s in test input", closeMark, openMark)
			}
			spans = append(spans, article.Span{Start: open, End: b.Len()})
			open = -1
			s = s[len(closeMark):]
		default:
			b.WriteByte(s[0])
			s = s[1:]
		}
	}
	if open >= 0 {
		t.Fatalf("unclosed %s in test input", openMark)
	}
	return b.String(), spans
}

func describe(a *article.Article, spans []article.Span) string {
	if len(spans) == 0 {
		return "(none)"
	}
	var parts []string
	for _, s := range spans {
		parts = append(parts, fmt.Sprintf("[%d,%d)=%q", s.Start, s.End, a.String(s)))
	}
	return strings.Join(parts, " ")
}

func spansOf(fs []rules.Finding) []article.Span {
	var out []article.Span
	for _, f := range fs {
		out = append(out, f.Span)
	}
	return out
}

func equalSpans(a, b []article.Span) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func parse(t testing.TB, text string) *article.Article {
	t.Helper()
	a, err := article.Parse("test.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return a
}
