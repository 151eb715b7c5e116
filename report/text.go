package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

// The text report: one block per finding,
//
//	path:line:col: severity: message [rule-id]
//	    …source line, cut to a window around the range…
//	         ^^^^
//	    fix: "before" → "after" (description)
//
// then a summary line. Errors for files that could not be checked are
// written by the caller to standard error; they are counted here.

const (
	window   = 100 // characters of source shown around a finding
	ctxChars = 12  // characters of context either side of a fix preview
)

type ansi struct{ bold, red, yellow, blue, green, dim, reset string }

var colours = ansi{"\x1b[1m", "\x1b[31m", "\x1b[33m", "\x1b[36m", "\x1b[32m", "\x1b[2m", "\x1b[0m"}

type textWriter struct {
	w   *bufio.Writer
	c   ansi
	sum Summary
	// Files checked alone for want of a source, for the note at the end.
	noSource      int
	firstNoSource string
}

func newText(w io.Writer, opts Options) *textWriter {
	t := &textWriter{w: bufio.NewWriter(w)}
	if opts.Color {
		t.c = colours
	}
	return t
}

func (t *textWriter) sevColour(s rules.Severity) string {
	switch s {
	case rules.Error:
		return t.c.red
	case rules.Warning:
		return t.c.yellow
	}
	return t.c.blue
}

func (t *textWriter) File(f *File) error {
	t.sum.Add(f)
	if f.Source != nil && f.Source.Missing {
		if t.noSource == 0 {
			t.firstNoSource = f.Name()
		}
		t.noSource++
	}
	if f.Err != nil {
		return nil
	}
	src := f.Bytes()
	for _, x := range f.Findings {
		p := f.Position(x.Start)
		fmt.Fprintf(t.w, "%s%s:%d:%d:%s %s%s:%s %s %s[%s]%s\n",
			t.c.bold, f.Name(), p.Line, p.Column, t.c.reset,
			t.sevColour(x.Severity), x.Severity, t.c.reset,
			x.Message, t.c.dim, x.Rule, t.c.reset)
		line, marks := excerpt(f, x.Span)
		fmt.Fprintf(t.w, "    %s\n    %s%s%s\n", line, t.sevColour(x.Severity), marks, t.c.reset)
		if x.Fix != nil && len(x.Fix.Edits) > 0 {
			before, after := FixPreview(src, x.Fix)
			unsafe := ""
			if x.Fix.Unsafe {
				unsafe = ", unsafe"
			}
			fmt.Fprintf(t.w, "    fix: %s%q%s → %s%q%s (%s%s)\n",
				t.c.red, before, t.c.reset, t.c.green, after, t.c.reset, x.Fix.Description, unsafe)
		}
		if s := sourceExcerpt(f, x); s != "" {
			fmt.Fprintf(t.w, "    %ssource:%s %s\n", t.c.dim, t.c.reset, s)
		}
	}
	if n := len(f.Omitted); n > 0 {
		fmt.Fprintf(t.w, "%s%s:%s %s\n", t.c.bold, f.Name(), t.c.reset, omittedNotice(n))
	}
	return nil
}

// omittedNotice says that n findings of a file were left out.
func omittedNotice(n int) string {
	return fmt.Sprintf("%s not shown: the file has more than the per-file limit (--max-findings)", Plural(n, "more finding", "more findings"))
}

func (t *textWriter) Close() error {
	if t.noSource > 0 {
		fmt.Fprintf(t.w, "note: %s had no source and %s checked without one (the first: %s)\n",
			Plural(t.noSource, "file", "files"), map[bool]string{true: "was", false: "were"}[t.noSource == 1], t.firstNoSource)
	}
	msg := summaryLine(t.sum)
	fmt.Fprintln(t.w, msg)
	return t.w.Flush()
}

func (t *textWriter) Summary() Summary { return t.sum }

// excerpt returns the source line holding s.Start, cut to a window around
// the range, with control characters made visible, and a marker line that
// underlines the range (to the end of the line if it runs on).
func excerpt(f *File, s article.Span) (string, string) {
	src := f.Bytes()
	var l article.Span
	l.Start, l.End = f.index().LineBounds(s.Start)
	if l.Start == len(src) && l.Start > f.bodyStart() && src[l.Start-1] == '\n' {
		// The end of a file that ends with a line break: its last line.
		l.Start, l.End = f.index().LineBounds(l.Start - 1)
	}
	start, end := s.Start, min(s.End, l.End)
	if start > l.End { // the range starts at a line break
		start = l.End
	}
	// Choose a window of about `window` characters around [start, end).
	lo, hi := start, end
	for n := 0; n < window/3 && lo > l.Start; n++ {
		_, sz := utf8.DecodeLastRune(src[l.Start:lo])
		lo -= sz
	}
	for n := runeCount(src[lo:end]); n < window && hi < l.End; n++ {
		_, sz := utf8.DecodeRune(src[hi:l.End])
		hi += sz
	}
	var line, marks strings.Builder
	if lo > l.Start {
		line.WriteString("…")
		marks.WriteByte(' ')
	}
	for i := lo; i < hi; {
		r, sz := utf8.DecodeRune(src[i:])
		line.WriteString(visible(r))
		m := byte(' ')
		if i >= start && i < end {
			m = '^'
		}
		for range utf8.RuneCountInString(visible(r)) {
			marks.WriteByte(m)
		}
		i += sz
	}
	if hi < l.End {
		line.WriteString("…")
	}
	if end == start || s.End > l.End { // an insertion point, or a range that runs past the line
		marks.WriteByte('^')
	}
	return line.String(), strings.TrimRight(marks.String(), " ")
}

func runeCount(b []byte) int { return utf8.RuneCount(b) }

// visible renders control and invisible characters readably.
func visible(r rune) string {
	switch r {
	case '\t':
		return " "
	case '\u00A0':
		return "⍽"
	case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF':
		return "¤"
	}
	if r < 0x20 || r == 0x7F {
		return "␀"
	}
	return string(r)
}

// FixPreview returns the text a fix changes, with a little context either
// side, before and after the fix: ("however , said", "however, said").
// Line breaks are shown as "↵".
// src is the file's bytes (File.Bytes).
func FixPreview(src []byte, f *rules.Fix) (before, after string) {
	first, last := f.Edits[0].Offset, f.Edits[len(f.Edits)-1].EndOffset
	lo, hi := first, last
	for n := 0; n < ctxChars && lo > 0; n++ {
		r, sz := utf8.DecodeLastRune(src[:lo])
		if r == '\n' {
			break
		}
		lo -= sz
	}
	// Start at a word boundary: skip the partial word the window cut.
	if lo > 0 && src[lo-1] != '\n' {
		for i := lo; i < first; i++ {
			if src[i] == ' ' {
				lo = i + 1
				break
			}
		}
	}
	for n := 0; n < ctxChars && hi < len(src); n++ {
		r, sz := utf8.DecodeRune(src[hi:])
		if r == '\n' || r == '\r' {
			break
		}
		hi += sz
	}
	if hi < len(src) && src[hi] != '\n' && src[hi] != '\r' {
		for i := hi - 1; i > last; i-- {
			if src[i] == ' ' {
				hi = i
				break
			}
		}
	}
	var b, c strings.Builder
	prev := lo
	for _, e := range f.Edits {
		b.Write(src[prev:e.EndOffset])
		c.Write(src[prev:e.Offset])
		c.WriteString(e.Text)
		prev = e.EndOffset
	}
	b.Write(src[prev:hi])
	c.Write(src[prev:hi])
	show := strings.NewReplacer("\r\n", "↵", "\n", "↵")
	return shorten(show.Replace(b.String())), shorten(show.Replace(c.String()))
}

// shorten cuts very long previews (a removed block) in the middle.
func shorten(s string) string {
	const max = 160
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	r := []rune(s)
	return string(r[:max/2]) + " … " + string(r[len(r)-max/2:])
}
