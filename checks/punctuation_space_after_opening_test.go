package checks

import (
	"testing"
)

func TestPunctSpaceAfterOpening(t *testing.T) {
	runCases(t, "punctuation/space-after-opening", []checkCase{
		{name: "straight quote decided by parity",
			in:    `"Every delay deepens the islands' reliance on the mainland," says Kari Lunde, who believes the line will keep its licence ⟦" ⟧for now".`,
			fixed: `"Every delay deepens the islands' reliance on the mainland," says Kari Lunde, who believes the line will keep its licence "for now".`},
		{name: "curly quote", in: "He called it ⟦“ ⟧historic”.", fixed: "He called it “historic”."},
		{name: "bracket", in: "The figures ⟦( ⟧see below) are provisional.", fixed: "The figures (see below) are provisional."},
		{name: "square bracket", in: `"Prices may rise further ⟦[ ⟧to cover costs]," he said.`},
		{name: "guillemet", in: "Il a dit ⟦« ⟧non».", fixed: "Il a dit «non»."},
		{name: "guillemets in German typography", in: "Er nannte den Plan »einen Fehler« und sagte »Nein« dazu."},
		{name: "quote in a paragraph that does not pair", in: `He said " for now" and "later.`},
		{name: "editorial ellipsis", in: "He said the plan [ ... ] would fail."},
		{name: "closing quote followed by a space", in: `"We will win," he said.`},
		{name: "bracket at the end of a line", in: "The list (\nfirst item) follows."},
		punctCleanCase,
	})
}
