package checks

import (
	"testing"
)

func TestResidueShortcode(t *testing.T) {
	runCases(t, "residue/shortcode", []checkCase{
		{name: "caption shortcode line",
			in:    "The strike went on.\n\n⟦[caption id=\"attachment_12\" align=\"alignnone\" width=\"640\"]Dockworkers at the gate[/caption]⟧\n\nThe vote was held.\n",
			fixed: "The strike went on.\n\nThe vote was held.\n"},
		{name: "embed inline",
			in:    "The minister spoke. ⟦[embed]https://example.com/v/123[/embed]⟧ The vote was held.\n",
			fixed: "The minister spoke. The vote was held.\n"},
		{name: "unknown shortcode with attributes", in: "The minister spoke. ⟦[newsletter_signup list=\"daily\"]⟧\n"},
		{name: "paragraph tags",
			in:    "⟦<p>⟧The strike went on.⟦</p>⟧\n",
			fixed: "The strike went on.\n"},
		{name: "tag between words",
			in:    "The strike went on.⟦<br/>⟧The vote was held.\n",
			fixed: "The strike went on. The vote was held.\n"},
		{name: "link tag", in: "Read the ⟦<a href=\"https://example.com\">⟧report⟦</a>⟧ now.\n"},
		{name: "comment", in: "The strike went on. ⟦<!-- ad slot 3 -->⟧\n"},
		// Negative cases.
		{name: "editorial brackets", in: "He said it was \"[not] acceptable\" [sic] and cited note [1].\n"},
		{name: "comparisons", in: "Growth of 2.5% < 3% is slow; x<y and 5 > 4, he said <3.\n"},
		{name: "unknown bracket word", in: "The [redacted] report was published.\n"},
	})
}
