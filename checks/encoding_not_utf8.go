package checks

import (
	"fmt"
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

// encoding/not-utf8: a file read as Windows-1252.

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
	)
}

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
