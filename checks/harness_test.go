package checks

import (
	"fmt"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/article"
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

const (
	openMark  = "⟦"
	closeMark = "⟧"
)

// unmark strips the markers and returns the text and the marked spans.
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
			text, want := unmark(t, tc.in)
			a, got := runCheck(t, id, text, params)
			var gotSpans []article.Span
			for _, f := range got {
				gotSpans = append(gotSpans, f.Span)
			}
			if !equalSpans(gotSpans, want) {
				t.Errorf("findings differ\n text: %q\n got:  %s\n want: %s", text, describe(a, gotSpans), describe(a, want))
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
