package config

import (
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

func spansOf(fs []rules.Finding) []article.Span {
	var out []article.Span
	for _, f := range fs {
		out = append(out, f.Span)
	}
	return out
}

func parse(t testing.TB, text string) *article.Article {
	t.Helper()
	a, err := article.Parse("test.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return a
}
