package reader

import (
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/mtlint/mtlint/article"
)

// builder accumulates the text a reader sees and its map to the file.
type builder struct {
	file   []byte
	text   []byte
	pieces []article.Piece
	meta   article.Meta
	// lastEnd is the end in the file of the last piece of the current
	// block; -1 before the first block.
	lastEnd int
	// lineHints are the hints of the lines the HTML reader emitted, by the
	// offset in text where each line starts.
	lineHints []lineHint
}

type lineHint struct {
	start int
	hint  *article.Hint
}

func newBuilder(file []byte) *builder {
	return &builder{file: file, text: make([]byte, 0, len(file)), lastEnd: -1}
}

// verbatim appends the file's bytes [fs, fe) to the text.
func (b *builder) verbatim(fs, fe int) {
	if fs >= fe {
		return
	}
	if n := len(b.pieces); n > 0 {
		if p := &b.pieces[n-1]; p.Kind == article.Verbatim && p.FileEnd == fs {
			p.FileEnd = fe
			b.text = append(b.text, b.file[fs:fe]...)
			b.lastEnd = fe
			return
		}
	}
	b.pieces = append(b.pieces, article.Piece{Text: len(b.text), File: fs, FileEnd: fe, Kind: article.Verbatim})
	b.text = append(b.text, b.file[fs:fe]...)
	b.lastEnd = fe
}

// synth appends s to the text, standing for the file's bytes [fs, fe).
func (b *builder) synth(s string, fs, fe int, k article.PieceKind) {
	if s == "" {
		return
	}
	b.pieces = append(b.pieces, article.Piece{Text: len(b.text), File: fs, FileEnd: fe, Kind: k})
	b.text = append(b.text, s...)
	b.lastEnd = fe
}

// startBlock separates a new block, whose text starts at fs in the file,
// from the one before with a blank line; join says that the two are
// paragraphs an edit may join.
func (b *builder) startBlock(fs int, join bool) {
	if len(b.text) == 0 {
		return
	}
	k := article.Break
	if join && article.ASCIISpace(b.file[b.lastEnd:fs]) {
		k = article.Joinable
	}
	b.synth("\n\n", b.lastEnd, fs, k)
}

// decoded appends the file's text [fs, fe), decoding character references
// ("&eacute;", "&#8217;") and, when escapes is set, Markdown's backslash
// escapes of punctuation. Decoded characters are pieces of their own.
func (b *builder) decoded(fs, fe int, escapes bool) {
	run := fs
	for i := fs; i < fe; {
		c := b.file[i]
		switch {
		case c == '\\' && escapes && i+1 < fe && isASCIIPunct(b.file[i+1]):
			b.verbatim(run, i)
			b.synth(string(b.file[i+1:i+2]), i, i+2, article.Other)
			i += 2
			run = i
		case c == '&':
			n, dec := entity(b.file[i:fe], escapes)
			if n == 0 {
				i++
				continue
			}
			b.verbatim(run, i)
			b.synth(dec, i, i+n, article.Other)
			i += n
			run = i
		default:
			i++
		}
	}
	b.verbatim(run, fe)
}

// entity returns the length of the character reference at the start of
// s ("&amp;", "&#233;", "&#xE9;") and the text it stands for; 0 when s does
// not start with one. Only references closed by ";" are read: they are
// unambiguous in both Markdown and HTML. In Markdown (markdown true) a
// name must be a whole entity's name, as CommonMark says; HTML, as
// browsers do, also reads a legacy name at its start ("&copyright;" is
// "©right;").
func entity(s []byte, markdown bool) (int, string) {
	if len(s) < 3 || s[0] != '&' {
		return 0, ""
	}
	end := 1
	if s[1] == '#' {
		end++
	}
	for end < len(s) && end <= 40 && isAlnum(s[end]) {
		end++
	}
	if end >= len(s) || s[end] != ';' || end == 1 || end == 2 && s[1] == '#' {
		return 0, ""
	}
	ref := string(s[:end+1])
	dec := html.UnescapeString(ref)
	if dec == ref || dec == "" || !utf8.ValidString(dec) || dec == "\x00" || dec == "\uFFFD" && ref != "&#xFFFD;" && ref != "&#65533;" {
		return 0, ""
	}
	if markdown && s[1] != '#' && utf8.RuneCountInString(dec) > 2 {
		return 0, "" // every entity stands for one or two characters
	}
	return end + 1, dec
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

// hintsByLine returns the hints per line of the parsed text.
func (b *builder) hintsByLine(a *article.Article) []*article.Hint {
	out := make([]*article.Hint, len(a.Lines))
	k := 0
	for li, l := range a.Lines {
		for k+1 < len(b.lineHints) && b.lineHints[k+1].start <= l.Start {
			k++
		}
		if k < len(b.lineHints) && b.lineHints[k].start <= l.Start && !l.Blank() {
			out[li] = b.lineHints[k].hint
		}
	}
	return out
}
