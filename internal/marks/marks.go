// Package marks reads test inputs in which the expected finding ranges are
// marked: "however⟦ ,⟧ have" expects one finding over " ,". The checks' and
// the configuration's table tests share it.
package marks

import (
	"fmt"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/article"
)

// The markers.
const (
	Open  = "⟦"
	Close = "⟧"
)

// Strip removes the markers from s and returns the text and the marked
// spans (byte ranges into the text), failing the test on nested, unopened
// or unclosed markers.
func Strip(t testing.TB, s string) (string, []article.Span) {
	t.Helper()
	var b strings.Builder
	var spans []article.Span
	open := -1
	for len(s) > 0 {
		switch {
		case strings.HasPrefix(s, Open):
			if open >= 0 {
				t.Fatalf("nested %s in test input", Open)
			}
			open = b.Len()
			s = s[len(Open):]
		case strings.HasPrefix(s, Close):
			if open < 0 {
				t.Fatalf("%s without %s in test input", Close, Open)
			}
			spans = append(spans, article.Span{Start: open, End: b.Len()})
			open = -1
			s = s[len(Close):]
		default:
			b.WriteByte(s[0])
			s = s[1:]
		}
	}
	if open >= 0 {
		t.Fatalf("unclosed %s in test input", Open)
	}
	return b.String(), spans
}

// Equal reports whether two span lists are the same.
func Equal(a, b []article.Span) bool {
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

// Describe renders spans with their text, for failure messages.
func Describe(a *article.Article, spans []article.Span) string {
	if len(spans) == 0 {
		return "(none)"
	}
	var parts []string
	for _, s := range spans {
		parts = append(parts, fmt.Sprintf("[%d,%d)=%q", s.Start, s.End, a.String(s)))
	}
	return strings.Join(parts, " ")
}
