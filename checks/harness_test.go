package checks

import (
	"testing"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/internal/marks"
	"github.com/mtlint/mtlint/rules"
)

// A checkCase is a text with the expected finding ranges marked in it:
// "however⟦ ,⟧ have" expects exactly one finding over " ,". Markers are
// removed before the text is checked; ranges are compared byte for byte.
// When fixed is not empty, the fixes of the findings are applied and the
// result must equal it.
type checkCase struct {
	name  string
	in    string
	fixed string
}

// runCheck runs the named check alone, with default parameters (or params
// when not nil), and fails the test if the engine reports an error.
func runCheck(t testing.TB, id, text string, params map[string]any) (*article.Article, []rules.Finding) {
	t.Helper()
	a, err := article.Parse("test.txt", []byte(text))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	cfg := rules.Config{Disable: []string{"all"}, Enable: []string{id}}
	if params != nil {
		cfg.Params = map[string]map[string]any{id: params}
	}
	e, err := Registry().NewEngine(cfg)
	if err != nil {
		t.Fatalf("engine: %v", err)
	}
	if len(e.Checks()) != 1 || e.Checks()[0].ID != id {
		t.Fatalf("check %s is not registered", id)
	}
	fs, err := e.Run(a)
	if err != nil {
		t.Fatal(err)
	}
	return a, fs
}

// runCases runs table cases for one check.
func runCases(t *testing.T, id string, cases []checkCase) {
	t.Helper()
	runCasesWith(t, id, nil, cases)
}

func runCasesWith(t *testing.T, id string, params map[string]any, cases []checkCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			text, want := marks.Strip(t, tc.in)
			a, got := runCheck(t, id, text, params)
			var gotSpans []article.Span
			for _, f := range got {
				gotSpans = append(gotSpans, f.Span)
			}
			if !marks.Equal(gotSpans, want) {
				t.Errorf("findings differ\n text: %q\n got:  %s\n want: %s", text, marks.Describe(a, gotSpans), marks.Describe(a, want))
				for _, f := range got {
					t.Logf("  %d-%d %s: %s", f.Start, f.End, f.Severity, f.Message)
				}
			}
			if tc.fixed != "" {
				var fixes []*rules.Fix
				for _, f := range got {
					fixes = append(fixes, f.Fix)
				}
				out, _ := rules.Apply([]byte(text), fixes)
				if string(out) != tc.fixed {
					t.Errorf("fixed text differs\n got:  %q\n want: %q", out, tc.fixed)
				}
			}
		})
	}
}
