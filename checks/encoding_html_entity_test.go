package checks

import (
	"testing"
)

func TestEncodingHTMLEntity(t *testing.T) {
	runCases(t, "encoding/html-entity", []checkCase{
		{name: "named",
			in:    "Shares in Ports ⟦&amp;⟧ Logistics rose 3⟦&#37;⟧ to ⟦&#163;⟧4.\n",
			fixed: "Shares in Ports & Logistics rose 3% to £4.\n"},
		{name: "accent", in: "The G7 communiqu⟦&#233;⟧ said so.\n", fixed: "The G7 communiqué said so.\n"},
		{name: "hex", in: "The workers⟦&#x2019;⟧ union.\n", fixed: "The workers’ union.\n"},
		{name: "less-than", in: "Dull ⟦&lt;⟧( he said.\n", fixed: "Dull <( he said.\n"},
		{name: "nbsp becomes a space", in: "The port⟦&nbsp;⟧authority.\n", fixed: "The port authority.\n"},
		{name: "nbsp without semicolon", in: "The port⟦&nbsp⟧ authority.\n", fixed: "The port  authority.\n"},
		{name: "numeric without semicolon", in: "Caf⟦&#233⟧ society.\n", fixed: "Café society.\n"},
		{name: "encoded twice", in: "Caf⟦&amp;#233;⟧ society.\n", fixed: "Café society.\n"},
		{name: "encoded twice, named", in: "Marks ⟦&amp;amp;⟧ Spencer.\n", fixed: "Marks & Spencer.\n"},
		{name: "soft hyphen entity", in: "inter⟦&shy;⟧national\n", fixed: "international\n"},
		{name: "curly quotes", in: "⟦&ldquo;⟧Yes⟦&rdquo;⟧, he said.\n", fixed: "“Yes”, he said.\n"},
		// Negative cases.
		{name: "ampersands in names", in: "AT&T, M&S, R&D, P&O, B&Q, S&P and Johnson & Johnson.\n"},
		{name: "not an entity", in: "The code &T; and &unknownname; and & alone.\n"},
		{name: "URL query", in: "See https://example.com/?a=1&b=2&lang=en&lt=5 for more.\n"},
		{name: "null reference", in: "Bad &#0; value.\n"},
	})
}
