package checks

import (
	"bytes"
	"fmt"
	"html"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

// encoding/html-entity: HTML character references never decoded.

func init() {
	register(
		&rules.Check{
			ID: "encoding/html-entity",
			Doc: "Finds HTML character references that were never decoded: named ones (\"&amp;\", \"&nbsp;\", " +
				"\"&lt;\"), numeric ones (\"&#233;\", \"&#8217;\", \"&#x2019;\"), the common ones without their " +
				"semicolon (\"&nbsp\") and ones encoded twice (\"&amp;#233;\"). Ampersands in names " +
				"(\"AT&T\", \"Marks & Spencer\", \"R&D\") are not flagged. The fix puts the character in; " +
				"\"&nbsp;\" becomes a plain space.",
			Bad:      "Shares in Ports &amp; Logistics rose 3&#37; to &#163;4.\n",
			Good:     "Shares in Ports & Logistics and AT&T rose 3% to £4.\n",
			Severity: rules.Warning,
			Run:      runHTMLEntity,
		},
	)
}

// encBareEntities may appear without their semicolon ("&amp Co", "&nbsp").
var encBareEntities = []string{"amp", "nbsp", "quot", "lt", "gt", "apos"}

// encEntityAt returns the length of an HTML character reference at b[0]
// == '&', or 0.
func encEntityAt(b []byte) int {
	i := 1
	if i < len(b) && b[i] == '#' {
		i++
		hex := i < len(b) && (b[i] == 'x' || b[i] == 'X')
		if hex {
			i++
		}
		s := i
		for i < len(b) && (isASCIIDigit(b[i]) || hex && (b[i]|0x20 >= 'a' && b[i]|0x20 <= 'f')) {
			i++
		}
		if i == s || i-s > 7 {
			return 0
		}
		if i < len(b) && b[i] == ';' {
			return i + 1
		}
		if i < len(b) && article.IsWordRune(rune(b[i])) {
			return 0
		}
		return i // "&#233" without its semicolon
	}
	s := i
	for i < len(b) && i-s <= 32 && (b[i] >= 'a' && b[i] <= 'z' || b[i] >= 'A' && b[i] <= 'Z' || i > s && isASCIIDigit(b[i])) {
		i++
	}
	if i-s < 2 {
		return 0
	}
	if i < len(b) && b[i] == ';' {
		return i + 1
	}
	if i < len(b) && b[i] >= utf8.RuneSelf {
		return 0
	}
	if i < len(b) && b[i] == '=' {
		return 0 // a query parameter: "?id=5&lt=3"
	}
	name := string(b[s:i])
	for _, e := range encBareEntities {
		if name == e {
			return i
		}
	}
	return 0
}

// encDecoded returns what an entity should become in plain text, and
// whether it is an entity at all.
func encDecoded(ent []byte) (string, bool) {
	s := string(ent)
	if ent[len(ent)-1] != ';' {
		s += ";"
	}
	d := html.UnescapeString(s)
	if d == s {
		return "", false
	}
	switch d {
	case "\u00A0", "\u2007", "\u202F":
		return " ", true
	case "\u00AD", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF":
		return "", true
	}
	if r, _ := utf8.DecodeRuneInString(d); r == utf8.RuneError || unicode.IsControl(r) && r != '\n' && r != '\t' {
		return "", false
	}
	return d, true
}

func runHTMLEntity(p *rules.Pass) {
	a := p.Article
	src := a.Src
	for off := a.BodyStart; off < len(src); {
		k := bytes.IndexByte(src[off:], '&')
		if k < 0 {
			break
		}
		i := off + k
		n := encEntityAt(src[i:min(len(src), i+48)])
		if n == 0 {
			off = i + 1
			continue
		}
		dec, ok := encDecoded(src[i : i+n])
		if !ok {
			off = i + 1
			continue
		}
		// "&amp;#233;": an entity encoded twice.
		if dec == "&" && i+n < len(src) {
			if m := encEntityAt(src[i+n-1 : min(len(src), i+n+47)]); m > 1 {
				inner := append([]byte{'&'}, src[i+n:i+n-1+m]...)
				if d2, ok := encDecoded(inner); ok {
					n += m - 1
					dec = d2
				}
			}
		}
		s := article.Span{Start: i, End: i + n}
		what := fmt.Sprintf("%q", dec)
		if dec == " " {
			what = "a space"
		} else if dec == "" {
			what = "nothing (an invisible character)"
		}
		p.Report(s, fmt.Sprintf("HTML entity %q left in the text; it stands for %s", a.Text(s), what),
			rules.Replace("decode the entity", s, dec))
		off = s.End
	}
}
