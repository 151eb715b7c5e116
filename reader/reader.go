// Package reader turns a file in a markup format into the text a reader
// of the rendered page sees, for the checks to read as they read plain
// text: Markdown (with front matter) and HTML. Paragraphs, headings, list
// items and table cells become paragraphs separated by blank lines, a soft
// wrap a space and a hard break a line break; markup, code blocks,
// comments, raw HTML, scripts and styles are dropped, link text is kept and
// entities are decoded.
//
// The article it returns records where its text came from
// (article.Origin): the file's bytes, a map from every byte of the text
// back to the file, what the file declares about itself (front matter's
// lang, source, site and section) and, for HTML, what each line's element
// says of its place in the page (navigation, a caption, a block of links).
// MapFindings carries the checks' findings and fixes back to the file.
//
// Plain text goes through article.ParseFile unchanged: Origin stays nil.
package reader

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/mtlint/mtlint/article"
)

// Format is a kind of input file.
type Format int

// The formats. Auto chooses by the file's name (ForPath).
const (
	Auto Format = iota
	Text
	Markdown
	HTML
)

func (f Format) String() string {
	switch f {
	case Text:
		return "text"
	case Markdown:
		return "markdown"
	case HTML:
		return "html"
	}
	return "auto"
}

// ParseFormat reads a format's name, as --input takes it: "text",
// "markdown" (or "md"), "html", or "auto" (or "").
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "auto":
		return Auto, nil
	case "text", "txt", "plain":
		return Text, nil
	case "markdown", "md":
		return Markdown, nil
	case "html", "htm":
		return HTML, nil
	}
	return Auto, fmt.Errorf("unknown input format %q (want text, markdown or html)", s)
}

// Exts are the name endings of the files each format reads by default.
var Exts = map[Format][]string{
	Markdown: {".md", ".markdown"},
	HTML:     {".html", ".htm"},
}

// ForPath returns the format of a file by its name: Markdown for *.md and
// *.markdown, HTML for *.html and *.htm, Text for anything else.
func ForPath(path string) Format {
	ext := strings.ToLower(filepath.Ext(path))
	for f, exts := range Exts {
		for _, e := range exts {
			if ext == e {
				return f
			}
		}
	}
	return Text
}

// Read parses a file in the given format (Auto: by its name). A file that
// is not UTF-8 but Windows-1252 is read as its UTF-8 transcoding, as
// article.ParseFile reads plain text.
func Read(f Format, path string, src []byte) (*article.Article, error) {
	if f == Auto {
		f = ForPath(path)
	}
	switch f {
	case Markdown, HTML:
	default:
		return article.ParseFile(path, src)
	}
	file, enc, err := article.Decode(src)
	if err != nil {
		return nil, err
	}
	var b *builder
	if f == Markdown {
		b = readMarkdown(file)
	} else {
		b = readHTML(file)
	}
	a, err := article.Parse(path, b.text)
	if err != nil {
		// The text is made of the file's valid UTF-8 and decoded
		// characters; a NUL from an entity is the one way to fail.
		return nil, err
	}
	a.Encoding = enc
	a.Origin = &article.Origin{Format: f.String(), File: file, Pieces: b.pieces, Meta: b.meta}
	if b.lineHints != nil {
		a.Origin.Hints = b.hintsByLine(a)
	}
	return a, nil
}

// ReadText returns the text Read would build the article from, and the file's
// metadata, without building the article: for a pass that reads only the
// text's lines (residue/template's keys), at a fraction of Read's cost.
// Plain text is its UTF-8 decoding, with no metadata. The errors are
// Read's.
func ReadText(f Format, path string, src []byte) ([]byte, article.Meta, error) {
	if f == Auto {
		f = ForPath(path)
	}
	file, _, err := article.Decode(src)
	if err != nil {
		return nil, article.Meta{}, err
	}
	var b *builder
	switch f {
	case Markdown:
		b = readMarkdown(file)
	case HTML:
		b = readHTML(file)
	default:
		return file, article.Meta{}, nil
	}
	if err := article.Validate(b.text); err != nil {
		return nil, article.Meta{}, err
	}
	return b.text, b.meta, nil
}
