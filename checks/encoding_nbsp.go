package checks

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

// encoding/nbsp: no-break spaces where a plain space belongs.

func init() {
	register(
		&rules.Check{
			ID: "encoding/nbsp",
			Doc: "Finds no-break spaces (U+00A0, U+202F, U+2007) where a normal space belongs, usually left " +
				"by a converted \"&nbsp;\". They are kept where typography wants them: between a number and " +
				"its unit or its next group of digits (\"10 000\", \"5 km\") and before French double " +
				"punctuation (\"Bonjour !\"). Info only: they are invisible and mostly harmless. The fix puts " +
				"a plain space.",
			Bad:      "The port\u00A0authority did not respond.\n",
			Good:     "The port authority moved 10\u00A0000 containers.\n",
			Severity: rules.Info,
			Run:      runNBSP,
		},
	)
}

// encNBSP reports the no-break spaces.
func encNBSP(r rune) bool { return r == 0xA0 || r == 0x202F || r == 0x2007 }

func runNBSP(p *rules.Pass) {
	a := p.Article
	src := a.Src
	done := a.BodyStart // where the last run ended
	for _, i := range a.Marks {
		// U+00A0 is encoded as C2 A0, U+2007 and U+202F as E2 80 xx; no
		// other character has those bytes as a lead.
		if i < done || src[i] != 0xC2 && src[i] != 0xE2 {
			continue
		}
		r, n := utf8.DecodeRune(src[i:])
		if !encNBSP(r) {
			continue
		}
		j := i + n
		count := 1
		for j < len(src) {
			r2, n2 := utf8.DecodeRune(src[j:])
			if !encNBSP(r2) {
				break
			}
			j += n2
			count++
		}
		prev, _ := utf8.DecodeLastRune(src[:i])
		next, _ := utf8.DecodeRune(src[j:])
		if i == a.BodyStart {
			prev = '\n'
		}
		switch {
		case unicode.IsDigit(prev) && (unicode.IsDigit(next) || unicode.IsLetter(next) || strings.ContainsRune("%‰€$£¥", next)):
			// "10 000", "5 km", "20 %": a no-break space in its place.
		case strings.ContainsRune(":;!?»%…", next) || prev == '«' || prev == '№' || prev == '§':
			// French typography: "Bonjour !", "« oui »".
		default:
			s := article.Span{Start: i, End: j}
			msg := "no-break space where a normal space belongs"
			if count > 1 {
				msg = fmt.Sprintf("%d no-break spaces where normal spaces belong", count)
			}
			p.Report(s, msg, rules.Replace("replace with a normal space", s, strings.Repeat(" ", count)))
		}
		done = j
	}
}
