package reader

import (
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"

	"github.com/mtlint/mtlint/article"
)

// mdParser is CommonMark with GitHub's tables and strikethrough, as static
// site generators (Hugo, Jekyll) read articles (a table is parsed so as to
// be skipped, not read as a paragraph of pipes). A goldmark parser is safe
// for concurrent use once built.
var mdParser = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough)).Parser()

// readMarkdown reads a Markdown file: front matter is metadata, the body
// is parsed and its text blocks become paragraphs.
func readMarkdown(file []byte) *builder {
	b := newBuilder(file)
	body := article.BOMLen(file)
	if n, meta := frontMatter(file[body:]); n > 0 {
		body += n
		b.meta = meta
	}
	src := file[body:]
	doc := mdParser.Parse(text.NewReader(src))
	m := &mdReader{b: b, src: src, base: body}
	m.blocks(doc)
	return b
}

type mdReader struct {
	b    *builder
	src  []byte // the body: file[base:]
	base int
	// prev is the text block emitted last, for joins.
	prev ast.Node
	// pending is the break a soft ("\x20") or hard ("\n") line break leaves
	// before the next text of the block; 0 for none.
	pending byte
}

// blocks walks the block nodes, emitting each block of text.
func (m *mdReader) blocks(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c.Kind() {
		case ast.KindParagraph, ast.KindTextBlock, ast.KindHeading:
			m.block(c)
		case ast.KindFencedCodeBlock, ast.KindCodeBlock, ast.KindHTMLBlock, ast.KindThematicBreak, east.KindTable:
			// Not what a reader of the article reads as its text: code,
			// markup, and tables, whose cells are data, not sentences
			// (read as paragraphs, a header row of one-word cells looks
			// like a sentence cut to pieces).
		default:
			m.blocks(c) // documents, quotes, lists and items
		}
	}
}

// block emits one block of inline text as a paragraph.
func (m *mdReader) block(n ast.Node) {
	start := m.firstText(n)
	if start < 0 {
		return // nothing a reader sees (an image alone)
	}
	join := n.Kind() == ast.KindParagraph && m.prev != nil && m.prev.Kind() == ast.KindParagraph &&
		n.PreviousSibling() == m.prev
	m.b.startBlock(m.base+start, join)
	m.pending = 0
	m.inlines(n)
	m.prev = n
}

// firstText returns the offset in the body of the first text a reader
// sees in n, or -1.
func (m *mdReader) firstText(n ast.Node) int {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			if c.Segment.Len() > 0 {
				return c.Segment.Start
			}
		case *ast.AutoLink:
			return m.labelStart(c)
		case *ast.Image, *ast.RawHTML:
		default:
			if s := m.firstText(c); s >= 0 {
				return s
			}
		}
	}
	return -1
}

// labelStart is where an autolink's label starts in the body: goldmark
// gives the label as a slice of the source.
func (m *mdReader) labelStart(l *ast.AutoLink) int {
	lab := l.Label(m.src)
	return cap(m.src) - cap(lab)
}

// inlines emits the text of n's inline children.
func (m *mdReader) inlines(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			m.text(c.Segment.Start, c.Segment.Stop, !c.IsRaw())
			switch {
			case c.HardLineBreak():
				m.pending = '\n'
			case c.SoftLineBreak():
				m.pending = ' '
			}
		case *ast.String:
			// Made by an extension, not from the file: nothing to map.
		case *ast.AutoLink:
			s := m.labelStart(c)
			m.text(s, s+len(c.Label(m.src)), false)
		case *ast.Image, *ast.RawHTML:
			// An image's alternative text is not read on the page; inline
			// HTML tags are markup.
		case *ast.CodeSpan:
			for t := c.FirstChild(); t != nil; t = t.NextSibling() {
				if t, ok := t.(*ast.Text); ok {
					m.text(t.Segment.Start, t.Segment.Stop, false) // no escapes in code
				}
			}
		default:
			m.inlines(c) // emphasis, links, code spans, strikethrough
		}
	}
}

// text emits the body's bytes [s, e) as text, after the line break
// pending before it.
func (m *mdReader) text(s, e int, decode bool) {
	if s >= e {
		return
	}
	fs, fe := m.base+s, m.base+e
	if n := len(m.b.text); n > 0 && m.b.text[n-1] == ' ' && m.b.file[fs] == ' ' && m.b.lastEnd != fs && m.pending == 0 {
		fs++ // markup dropped between two spaces: a reader sees one
		if fs == fe {
			return
		}
	}
	if m.pending != 0 && m.b.lastEnd >= 0 && m.b.lastEnd <= fs {
		m.b.synth(string(m.pending), m.b.lastEnd, fs, article.Space)
	}
	m.pending = 0
	if decode {
		m.b.decoded(fs, fe, true)
	} else {
		m.b.verbatim(fs, fe)
	}
}
