package checks

import (
	"strings"
	"testing"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
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

func TestEncodingControlChar(t *testing.T) {
	runCases(t, "encoding/control-char", []checkCase{
		{name: "zero-width space", in: "The strike⟦\u200B⟧ entered its ninth day.\n", fixed: "The strike entered its ninth day.\n"},
		{name: "run of invisibles", in: "The⟦\u200B\u2060\u200B⟧ strike.\n", fixed: "The strike.\n"},
		{name: "stray BOM", in: "The strike.⟦\uFEFF⟧\n", fixed: "The strike.\n"},
		{name: "vertical tab", in: "The strike.⟦\v⟧The vote.\n", fixed: "The strike.\nThe vote.\n"},
		{name: "line separator", in: "The strike.⟦\u2028⟧The vote.\n", fixed: "The strike.\nThe vote.\n"},
		{name: "zero-width joiner between Latin letters", in: "straw⟦\u200D⟧berry\n", fixed: "strawberry\n"},
		{name: "left-to-right mark in English", in: "The vote⟦\u200E⟧ was held.\n"},
		{name: "soft hyphen", in: "inter⟦\u00AD⟧national\n", fixed: "international\n"},
		{name: "C1 control alone", in: "The strike⟦\u0090⟧.\n"},
		// Negative cases.
		{name: "tab and CRLF", in: "The strike\tentered its ninth day.\r\n"},
		{name: "emoji joiner", in: "The 👨\u200D👩\u200D👧 emoji.\n"},
		{name: "Persian non-joiner", in: "می\u200Cخواهم\n"},
		{name: "right-to-left mark by Hebrew", in: "He said \u200Fשלום\u200F today.\n"},
		{name: "right-to-left marks around quoted Arabic", in: "He said: \u200F\"مرحبا\"\u200F and left.\n"},
		{name: "leading BOM", in: "\uFEFFThe strike.\n"},
		{name: "C1 inside mojibake", in: "He said â€\u009d twice.\n"},
	})
}

func TestEncodingControlCharC0(t *testing.T) {
	// The harness cannot mark around a byte that its markers would join,
	// so check the C0 case directly.
	text := "The\x01\x02 strike.\n"
	_, fs := runCheck(t, "encoding/control-char", text, nil)
	if len(fs) != 1 || fs[0].Start != 3 || fs[0].End != 5 {
		t.Fatalf("got %v, want one finding over bytes 3-5", fs)
	}
	out, _ := rules.Apply([]byte(text), []*rules.Fix{fs[0].Fix})
	if string(out) != "The strike.\n" {
		t.Errorf("fixed: %q", out)
	}
}

func TestEncodingSoftHyphenIsInfo(t *testing.T) {
	_, fs := runCheck(t, "encoding/control-char", "inter\u00ADnational and\u00AD\u00ADmore\n", nil)
	if len(fs) != 2 {
		t.Fatalf("got %d findings, want 2", len(fs))
	}
	for _, f := range fs {
		if f.Severity != rules.Info {
			t.Errorf("soft hyphen reported as %s", f.Severity)
		}
	}
	_, fs = runCheck(t, "encoding/control-char", "inter\u00AD\u200Bnational\n", nil)
	if len(fs) != 1 || fs[0].Severity != rules.Warning {
		t.Errorf("a run with a zero-width space must be a warning: %v", fs)
	}
}

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

// TestEncodingNotUTF8: a file read as Windows-1252 gets one finding, at its
// first character outside ASCII in the transcoded text, with a fix that
// stands for the transcoding (no edits); a UTF-8 file gets none.
func TestEncodingNotUTF8(t *testing.T) {
	e, err := Registry().NewEngine(rules.Config{Disable: []string{"all"}, Enable: []string{"encoding/not-utf8"}})
	if err != nil {
		t.Fatal(err)
	}
	run := func(src string) (*article.Article, []rules.Finding) {
		a, err := article.ParseFile("news.txt", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		fs, err := e.Run(a)
		if err != nil {
			t.Fatal(err)
		}
		return a, fs
	}
	a, fs := run("Fares rose to \xa35 on the \x93new\x94 line, and \xa37 later.\n")
	if len(fs) != 1 || a.String(fs[0].Span) != "£" || fs[0].Fix == nil || len(fs[0].Fix.Edits) != 0 ||
		!strings.HasPrefix(fs[0].Message, "file is Windows-1252, not UTF-8") {
		t.Errorf("got %v", fs)
	}
	if _, fs := run("Fares rose to £5 on the “new” line.\n"); len(fs) != 0 {
		t.Errorf("UTF-8 file: %v", fs)
	}
}
