package checks

import (
	"testing"
)

func TestEncodingMojibake(t *testing.T) {
	runCases(t, "encoding/mojibake", []checkCase{
		{name: "apostrophe",
			in:    "The minister met the workers⟦â€™⟧ representatives.\n",
			fixed: "The minister met the workers’ representatives.\n"},
		{name: "accented letter and pound sign",
			in:    "The caf⟦Ã©⟧ was sold for ⟦Â£⟧5m.\n",
			fixed: "The café was sold for £5m.\n"},
		{name: "curly quotes and dash",
			in:    "He said ⟦â€œ⟧no⟦â€\u009d⟧ ⟦â€”⟧ twice.\n",
			fixed: "He said “no” — twice.\n"},
		{name: "misread twice",
			in:    "The workers⟦Ã¢â‚¬â„¢⟧ union.\n",
			fixed: "The workers’ union.\n"},
		{name: "closing quote lost",
			in:    "He called it ⟦â€œ⟧historic⟦â€⟧ on Monday.\n",
			fixed: "He called it “historic” on Monday.\n"},
		{name: "closing quote replaced",
			in:    "He called it historic⟦â€\uFFFD⟧ on Monday.\n",
			fixed: "He called it historic” on Monday.\n"},
		{name: "Cyrillic run",
			in:    "The sign read ⟦ÐŸÑ€Ð¸Ð²ÐµÑ‚⟧.\n",
			fixed: "The sign read Привет.\n"},
		{name: "no-break space", in: "Prices rose⟦Â\u00A0⟧sharply.\n", fixed: "Prices rose\u00A0sharply.\n"},
		{name: "at the end of the text", in: "The caf⟦Ã©⟧"},
		// Negative cases.
		{name: "Portuguese and Spanish capitals", in: "SÃO PAULO and «ESPAÑA» and ÅRHUS.\n"},
		{name: "French ellipsis after a capital", in: "CAFÉ… and DÉJÀ…\n"},
		{name: "clean accents", in: "Beyoncé, naïve, façade, Zürich, Łódź.\n"},
	})
}
