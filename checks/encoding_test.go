package checks

import (
	"testing"
)

// encCleanNews is clean prose with the characters encoding checks must
// leave alone: accented names, curly quotes, currency signs, ampersands in
// company names, a URL with a query string, an e-mail address, Portuguese
// capitals, French and right-to-left text, emoji with joiners.
const encCleanNews = `Beyoncé and Björk at the café

SÃO PAULO, June 3 (Reuters) – Shares in AT&T, Marks & Spencer and Johnson & Johnson rose 3% to £4.50, and R&D spending fell to €2bn.

“We are naïve,” said José Ñúñez of the Ports & Logistics committee; “it’s déjà vu.”

Readers can write to news@example.com or see https://example.com/story?id=5&lang=en&x=1 for the full text.

The Lebanese minister said: ‏"مرحبا"‏ and the emoji 👨‍👩‍👧 spread on social media; in Persian می‌خواهم means "I want".

The port moved 10 000 containers, 5 km from the city. « Oui ! », a-t-il dit.
`

func TestEncodingCleanNews(t *testing.T) {
	text := encCleanNews
	// The sample needs its no-break spaces where typography wants them.
	text = replaceOnce(text, "10 000", "10\u00A0000")
	text = replaceOnce(text, "5 km", "5\u00A0km")
	text = replaceOnce(text, "« Oui ! »", "«\u00A0Oui\u00A0!\u00A0»")
	for _, id := range []string{"encoding/mojibake", "encoding/replacement-char", "encoding/html-entity", "encoding/control-char", "encoding/nbsp"} {
		_, fs := runCheck(t, id, text, nil)
		for _, f := range fs {
			t.Errorf("%s fires on clean news: %q (%s)", id, text[f.Start:f.End], f.Message)
		}
	}
}

func replaceOnce(s, old, new string) string {
	for i := 0; i+len(old) <= len(s); i++ {
		if s[i:i+len(old)] == old {
			return s[:i] + new + s[i+len(old):]
		}
	}
	panic("replaceOnce: " + old + " not found")
}
