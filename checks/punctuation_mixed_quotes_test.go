package checks

import (
	"testing"

	"github.com/mtlint/mtlint/rules"
)

func TestPunctMixedQuotes(t *testing.T) {
	runCases(t, "punctuation/mixed-quotes", []checkCase{
		{name: "straight minority", in: "He called it “historic”. Critics said it was “a mistake”, not ⟦\"⟧a triumph\"."},
		{name: "curly minority", in: "He called it \"historic\". Critics said it was ⟦“⟧a mistake”, not \"a triumph\"."},
		{name: "one style", in: "He called it \"historic\". Critics said \"no\"."},
		{name: "no quotes", in: "He called it historic."},
		punctCleanCase,
	})
	_, fs := runCheck(t, "punctuation/mixed-quotes", "“One” and \"two\" and \"three\".", nil)
	if len(fs) != 1 || fs[0].Severity != rules.Info {
		t.Errorf("want one info finding, got %v", fs)
	}
}
