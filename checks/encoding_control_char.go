package checks

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

// encoding/control-char: invisible control, zero-width and bidirectional
// characters.

func init() {
	register(
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
	)
}

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
	// The characters that can be unwanted are all marks (the model's
	// offsets of everything but ASCII letters, digits, spaces and line
	// feeds).
	for _, i := range a.Marks {
		if !encControlLead[src[i]] {
			continue
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
