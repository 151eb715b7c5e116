package checks

import (
	"testing"
)

func TestEncodingReplacementChar(t *testing.T) {
	runCases(t, "encoding/replacement-char", []checkCase{
		{name: "one", in: "The singer Beyonc⟦\uFFFD⟧ won three awards.\n"},
		{name: "a run", in: "The city of ⟦\uFFFD\uFFFD⟧dz voted.\n"},
		{name: "two places", in: "Jos⟦\uFFFD⟧ and Fran⟦\uFFFD⟧ois.\n"},
		// Negative cases.
		{name: "mojibake reports it", in: "He called it historicâ€\uFFFD on Monday.\n"},
		{name: "clean", in: "The singer Beyoncé won three awards.\n"},
	})
}
