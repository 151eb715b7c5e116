package checks

import (
	"bytes"
	"fmt"
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

// This file holds the encoding/ checks: text damaged on its way from one
// system to another — UTF-8 read as Windows-1252 (mojibake), characters
// lost to U+FFFD, HTML entities never decoded, invisible control and
// zero-width characters, and no-break spaces where a plain space belongs.
// Each check scans the bytes once; most of the text is ASCII and is passed
// over a byte at a time without decoding.

// ---------------------------------------------------------------------------
// encoding/mojibake

// encCP1252 maps the characters Windows-1252 puts at 0x80–0x9F to their
// bytes.
var encCP1252 = map[rune]byte{
	'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88,
	'‰': 0x89, 'Š': 0x8A, '‹': 0x8B, 'Œ': 0x8C, 'Ž': 0x8E, '‘': 0x91, '’': 0x92, '“': 0x93,
	'”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9A, '›': 0x9B,
	'œ': 0x9C, 'ž': 0x9E, 'Ÿ': 0x9F,
}

// encByte returns the Windows-1252 (or Latin-1) byte a character was read
// from, for characters outside ASCII.
func encByte(r rune) (byte, bool) {
	if r >= 0x80 && r <= 0xFF {
		return byte(r), true // Latin-1, and the C1 controls a Latin-1 reader keeps
	}
	b, ok := encCP1252[r]
	return b, ok
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

// ---------------------------------------------------------------------------
// encoding/replacement-char

func runReplacementChar(p *rules.Pass) {
	a := p.Article
	src := a.Src
	const fffd = "\uFFFD"
	for off := a.BodyStart; off < len(src); {
		k := bytes.Index(src[off:], []byte(fffd))
		if k < 0 {
			break
		}
		i := off + k
		j := i + len(fffd)
		for bytes.HasPrefix(src[j:], []byte(fffd)) {
			j += len(fffd)
		}
		off = j
		if i >= len("â€") && string(src[i-len("â€"):i]) == "â€" {
			continue // encoding/mojibake reports "â€�"
		}
		n := utf8.RuneCount(src[i:j])
		msg := "replacement character U+FFFD: a character was lost when the text was converted"
		if n > 1 {
			msg = fmt.Sprintf("%d replacement characters U+FFFD: characters were lost when the text was converted", n)
		}
		p.Report(article.Span{Start: i, End: j}, msg, nil)
	}
}

// ---------------------------------------------------------------------------
// encoding/html-entity

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

// ---------------------------------------------------------------------------
// encoding/control-char

// encControl describes an invisible character that does not belong in
// text, and what replaces it ("" deletes it). ok is false for characters
// that are fine.
func encControl(r rune) (name, repl string, ok bool) {
	switch {
	case r == '\v':
		return "vertical tab", "\n", true
	case r == '\f':
		return "form feed", "\n", true
	case r < 0x20 && r != '\t' && r != '\n' && r != '\r', r == 0x7F:
		return fmt.Sprintf("control character U+%04X", r), "", true
	case r == 0x85:
		return "next-line control character U+0085", "\n", true
	case r >= 0x80 && r <= 0x9F:
		return fmt.Sprintf("control character U+%04X", r), "", true
	case r == 0x200B:
		return "zero-width space U+200B", "", true
	case r == 0x200C:
		return "zero-width non-joiner U+200C", "", true
	case r == 0x200D:
		return "zero-width joiner U+200D", "", true
	case r == 0x2060:
		return "word joiner U+2060", "", true
	case r == 0xFEFF:
		return "zero-width no-break space (byte order mark) U+FEFF", "", true
	case r == 0x200E, r == 0x200F, r == 0x061C, r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return fmt.Sprintf("bidirectional control U+%04X", r), "", true
	case r == 0x2028:
		return "line separator U+2028", "\n", true
	case r == 0x2029:
		return "paragraph separator U+2029", "\n\n", true
	case r >= 0xFFF9 && r <= 0xFFFB:
		return fmt.Sprintf("interlinear annotation character U+%04X", r), "", true
	case r == 0xAD:
		return "soft hyphen U+00AD", "", true
	}
	return "", "", false
}

// encRTL reports letters of right-to-left scripts, next to which
// bidirectional marks are in place.
func encRTL(r rune) bool {
	return r >= 0x0590 && r <= 0x08FF || r >= 0xFB1D && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFC
}

// encLineHasRTL reports whether line li has a letter of a right-to-left
// script.
func encLineHasRTL(a *article.Article, li int) bool {
	l := a.Lines[li]
	for _, r := range string(a.Src[l.Start:l.End]) {
		if encRTL(r) {
			return true
		}
	}
	return false
}

// encJoinerNeeded reports neighbours that use zero-width (non-)joiners:
// letters of scripts other than Latin, emoji and variation selectors.
func encJoinerNeeded(r rune) bool {
	return r >= 0x0250 && r != utf8.RuneError && !(r >= 0x2000 && r <= 0x206F)
}

func runControlChar(p *rules.Pass) {
	a := p.Article
	src := a.Src
	type run struct {
		s    article.Span
		repl strings.Builder
		name string
		n    int
		soft bool
	}
	var cur *run
	flush := func() {
		if cur == nil {
			return
		}
		msg := cur.name + " in the text"
		if cur.n > 1 {
			msg = fmt.Sprintf("%d invisible control characters (%s, ...) in the text", cur.n, cur.name)
		}
		desc := "delete the invisible characters"
		if cur.repl.Len() > 0 {
			desc = "replace with a line break"
		}
		fix := rules.Replace(desc, cur.s, cur.repl.String())
		if cur.soft {
			p.ReportSeverity(rules.Info, cur.s, msg, fix)
		} else {
			p.Report(cur.s, msg, fix)
		}
		cur = nil
	}
	rtlLine, rtlHas := -1, false // the last line looked at for right-to-left text
	for i := a.BodyStart; i < len(src); {
		// Skip to the next byte that can start an unwanted character.
		for i < len(src) && !encControlLead[src[i]] {
			i++
		}
		if i == len(src) {
			break
		}
		r, n := rune(src[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRune(src[i:])
		}
		prev := rune(-1)
		if i > a.BodyStart {
			prev, _ = utf8.DecodeLastRune(src[a.BodyStart:i])
		}
		name, repl, ok := encControl(r)
		if ok {
			next, _ := utf8.DecodeRune(src[min(i+n, len(src)):])
			switch {
			case r == 0xFEFF && i == a.BodyStart && a.BodyStart == 0:
				ok = false // a byte order mark the parser did not strip
			case r >= 0x80 && r <= 0x9F && r != 0x85:
				// Part of a misread UTF-8 sequence: encoding/mojibake.
				if b, isCP := encByte(prev); isCP && b >= 0x80 {
					ok = false
				}
			case r == 0x200C || r == 0x200D:
				ok = !encJoinerNeeded(prev) && !encJoinerNeeded(next)
			case r == 0x200E || r == 0x200F || r == 0x061C || r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069:
				// In place in a line that holds right-to-left text.
				if li := a.LineAt(i); li != rtlLine {
					rtlLine, rtlHas = li, encLineHasRTL(a, li)
				}
				ok = !rtlHas
			}
		}
		if !ok {
			i += n
			continue
		}
		if cur != nil && cur.s.End != i {
			flush()
		}
		if cur == nil {
			cur = &run{s: article.Span{Start: i, End: i}, name: name, soft: true}
		}
		cur.s.End = i + n
		cur.repl.WriteString(repl)
		cur.n++
		cur.soft = cur.soft && r == 0xAD
		i += n
	}
	flush()
}

// encControlLead marks the bytes that can start a character
// encoding/control-char reports: C0 controls other than tab and line
// breaks, DEL, and the lead bytes of U+0080–U+00BF (C1 controls, soft
// hyphen), U+061C, U+2000–U+2FFF and U+F000–U+FFFF.
var encControlLead = func() (t [256]bool) {
	for c := 0; c < 0x20; c++ {
		t[c] = c != '\t' && c != '\n' && c != '\r'
	}
	t[0x7F] = true
	t[0xC2], t[0xD8], t[0xE2], t[0xEF] = true, true, true, true
	return t
}()

// ---------------------------------------------------------------------------
// encoding/nbsp

// encNBSP reports the no-break spaces.
func encNBSP(r rune) bool { return r == 0xA0 || r == 0x202F || r == 0x2007 }

func runNBSP(p *rules.Pass) {
	a := p.Article
	src := a.Src
	for i := a.BodyStart; i < len(src); {
		// U+00A0 is encoded as C2 A0, U+2007 and U+202F as E2 80 xx; no
		// other character has those bytes as a lead.
		for i < len(src) && src[i] != 0xC2 && src[i] != 0xE2 {
			i++
		}
		if i == len(src) {
			break
		}
		r, n := utf8.DecodeRune(src[i:])
		if !encNBSP(r) {
			i += n
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
		i = j
	}
}

// ---------------------------------------------------------------------------
// encoding/not-utf8

// runNotUTF8 reports a file that was read in a legacy encoding
// (article.ParseFile), once, at its first character outside ASCII: where
// the first byte that is not UTF-8 stood.
func runNotUTF8(p *rules.Pass) {
	a := p.Article
	if a.Encoding == "" {
		return
	}
	i := nextNonASCII(a.Src, a.BodyStart, len(a.Src))
	if i == len(a.Src) {
		return // not reachable: a file of ASCII is UTF-8
	}
	r, n := utf8.DecodeRune(a.Src[i:])
	name := "Windows-1252"
	if a.Encoding != article.EncodingWindows1252 {
		name = a.Encoding
	}
	p.Report(article.Span{Start: i, End: i + n},
		fmt.Sprintf("file is %s, not UTF-8 (its first such character is %q): it was checked as its UTF-8 transcoding, "+
			"to which offsets refer, and `mtlint fix --write` writes it as UTF-8", name, r),
		&rules.Fix{Description: "transcode the file to UTF-8", Edits: []rules.Edit{}})
}

// ---------------------------------------------------------------------------

func init() {
	register(
		&rules.Check{
			ID: "encoding/not-utf8",
			Doc: "Reports a file that is not UTF-8 but reads as Windows-1252 (or Latin-1) without control " +
				"characters: such a file is checked as its UTF-8 transcoding, and this finding, at its first " +
				"character outside ASCII, says so. The offsets of every finding in the file are then into the " +
				"transcoded text, and the JSON report says \"encoding\": \"windows-1252\". The fix transcodes the " +
				"whole file (it has no edits of its own: `mtlint fix --write` writes every fixed file as UTF-8). " +
				"Binary files and UTF-16 remain errors.",
			Bad:      "The ticket costs \xa35 (the byte 0xA3, a pound sign in Windows-1252).\n",
			Good:     "The ticket costs \u00a35 (the pound sign in UTF-8).\n",
			Severity: rules.Warning,
			Run:      runNotUTF8,
		},
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
		&rules.Check{
			ID: "encoding/replacement-char",
			Doc: "Finds the replacement character U+FFFD (\"�\"), which a converter puts where it met bytes it " +
				"could not decode: the original character is lost and has to be restored by hand, so there is " +
				"no fix.",
			Bad:      "The singer Beyonc\uFFFD won three awards.\n",
			Good:     "The singer Beyoncé won three awards.\n",
			Severity: rules.Error,
			Run:      runReplacementChar,
		},
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
		&rules.Check{
			ID: "encoding/control-char",
			Doc: "Finds invisible characters that do not belong in a news text: control characters (other " +
				"than tab and line breaks), zero-width spaces and joiners between Latin letters, word joiners, " +
				"stray byte order marks, bidirectional marks away from right-to-left text, line and paragraph " +
				"separators, and soft hyphens (info). They break search, spell checking and word counts. The " +
				"fix deletes them, or puts a line break for separators, vertical tabs and form feeds.",
			Bad:      "The strike\u200B entered its ninth day.\n",
			Good:     "The strike entered its ninth day.\n",
			Severity: rules.Warning,
			Run:      runControlChar,
		},
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
