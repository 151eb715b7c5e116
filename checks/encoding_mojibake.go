package checks

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

// encoding/mojibake: UTF-8 text read as Windows-1252 or Latin-1.

func init() {
	register(
		&rules.Check{
			ID: "encoding/mojibake",
			Doc: "Finds mojibake: UTF-8 text that was read as Windows-1252 or Latin-1 on its way to the page, " +
				"so that \"é\" shows as \"Ã©\", \"’\" as \"â€™\" and \"£\" as \"Â£\". A single misread sequence is " +
				"reported when it stands for a Latin letter, a punctuation mark or a common symbol; runs of " +
				"them (misread Cyrillic or Greek) whatever they stand for. Text misread twice is repaired in " +
				"full. The fix replaces the sequence with the repaired text.",
			Bad:      "The minister met the workersâ€™ representatives at the cafÃ© on Monday.\n",
			Good:     "The minister met the workers’ representatives at the café on Monday, SÃO PAULO said.\n",
			Severity: rules.Error,
			Run:      runMojibake,
		},
	)
}

// encPlausible reports characters that text commonly holds, so that a
// single decoded sequence is believed: Latin letters and signs, general
// punctuation, currency and letterlike symbols, emoji.
func encPlausible(r rune) bool {
	return r >= 0xA0 && r <= 0x17F || r >= 0x2000 && r <= 0x20CF || r >= 0x2100 && r <= 0x214F ||
		r >= 0x1F000 && r <= 0x1FAFF || r >= 0x2600 && r <= 0x27BF
}

// encSequence looks for one UTF-8 sequence misread as Windows-1252 at
// src[i:end]: a lead character (Â–ô) and the continuation characters it
// needs. It returns the length of the misread text, the character it
// stands for, and truncated when only "â€" is left of a three-byte
// sequence whose last byte was lost (typically 0x9D, the ” quote).
func encSequence(src []byte, i, end int) (n int, r rune, truncated bool) {
	lr, ln := utf8.DecodeRune(src[i:end])
	lead, ok := encByte(lr)
	if !ok || lead < 0xC2 || lead > 0xF4 {
		return 0, 0, false
	}
	need := 1
	switch {
	case lead >= 0xF0:
		need = 3
	case lead >= 0xE0:
		need = 2
	}
	var buf [4]byte
	buf[0] = lead
	j := i + ln
	for k := 1; k <= need; k++ {
		if j >= end {
			return 0, 0, lead == 0xE2 && k == 2 && buf[1] == 0x80
		}
		cr, cn := utf8.DecodeRune(src[j:end])
		cb, ok := encByte(cr)
		if !ok || cb < 0x80 || cb > 0xBF {
			return 0, 0, lead == 0xE2 && k == 2 && buf[1] == 0x80
		}
		buf[k] = cb
		j += cn
	}
	dr, size := utf8.DecodeRune(buf[:need+1])
	if dr == utf8.RuneError || size != need+1 {
		return 0, 0, false
	}
	return j - i, dr, false
}

// encRepair decodes misread text once: every misread sequence in b is
// replaced by the character it stands for. It reports whether anything
// changed.
func encRepair(b []byte) ([]byte, bool) {
	var out []byte
	changed := false
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			out = append(out, b[i])
			i++
			continue
		}
		if n, r, _ := encSequence(b, i, len(b)); n > 0 {
			out = utf8.AppendRune(out, r)
			i += n
			changed = true
			continue
		}
		_, n := utf8.DecodeRune(b[i:])
		out = append(out, b[i:i+n]...)
		i += n
	}
	return out, changed
}

func runMojibake(p *rules.Pass) {
	a := p.Article
	src := a.Src
	end := len(src)
	for i := a.BodyStart; i < end; {
		// Every lead character (U+00C2–U+00F4) is encoded as 0xC3 and a
		// second byte.
		k := bytes.IndexByte(src[i:], 0xC3)
		if k < 0 {
			break
		}
		i += k
		n, r, truncated := encSequence(src, i, end)
		if n == 0 && !truncated {
			_, w := utf8.DecodeRune(src[i:end])
			i += w
			continue
		}
		if truncated {
			// "â€" with its last byte lost: most often the closing quote ”.
			s := article.Span{Start: i, End: i + len("â€")}
			if s.End < end {
				if fr, fn := utf8.DecodeRune(src[s.End:end]); fr == utf8.RuneError || fr == '\uFFFD' {
					s.End += fn
				}
			}
			p.Report(s, fmt.Sprintf("mojibake %q: a UTF-8 punctuation mark read as Windows-1252, its last byte lost (probably ”)", a.Text(s)),
				&rules.Fix{Description: "replace with ”", Edits: []rules.Edit{{Offset: s.Start, EndOffset: s.End, Text: "”"}}, Unsafe: true})
			i = s.End
			continue
		}
		// A run of adjacent misread sequences.
		start, j, count, plausible := i, i+n, 1, encPlausible(r)
		for j < end && src[j] >= utf8.RuneSelf {
			n2, r2, _ := encSequence(src, j, end)
			if n2 == 0 {
				break
			}
			j += n2
			count++
			plausible = plausible || encPlausible(r2)
		}
		if count == 1 && !plausible {
			_, w := utf8.DecodeRune(src[i:end])
			i += w
			continue
		}
		s := article.Span{Start: start, End: j}
		fixed, _ := encRepair(src[start:j])
		// Text misread twice ("Ã¢â‚¬â„¢") needs more rounds.
		for k := 0; k < 2; k++ {
			again, changed := encRepair(fixed)
			if !changed || !utf8.Valid(again) {
				break
			}
			fixed = again
		}
		p.Report(s, fmt.Sprintf("mojibake %q: UTF-8 read as Windows-1252; it should read %q", a.Text(s), fixed),
			rules.Replace("repair the characters", s, string(fixed)))
		i = j
	}
}
