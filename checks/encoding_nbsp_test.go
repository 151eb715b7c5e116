package checks

import (
	"testing"

	"github.com/mtlint/mtlint/rules"
)

func TestEncodingNBSP(t *testing.T) {
	runCases(t, "encoding/nbsp", []checkCase{
		{name: "between words", in: "The port⟦\u00A0⟧authority did not respond.\n", fixed: "The port authority did not respond.\n"},
		{name: "a run", in: "The port⟦\u00A0\u00A0⟧authority.\n", fixed: "The port  authority.\n"},
		{name: "narrow", in: "The port⟦\u202F⟧authority.\n"},
		{name: "at the start of a line", in: "⟦\u00A0⟧The port.\n"},
		// Negative cases.
		{name: "digit groups and units", in: "It moved 10\u00A0000 containers 5\u00A0km away, up 20\u00A0%.\n"},
		{name: "French punctuation", in: "«\u00A0Oui\u00A0!\u00A0», dit-il\u00A0: non.\n"},
		{name: "plain spaces", in: "The port authority did not respond.\n"},
	})
}

func TestEncodingNBSPIsInfo(t *testing.T) {
	_, fs := runCheck(t, "encoding/nbsp", "The port\u00A0authority.\n", nil)
	if len(fs) != 1 || fs[0].Severity != rules.Info {
		t.Fatalf("want one info finding, got %v", fs)
	}
	if fs[0].Fix == nil || fs[0].Fix.Unsafe {
		t.Errorf("the nbsp fix only touches spacing and must be safe")
	}
}
