package article

import (
	"sort"
	"sync"
)

// Origin says where an article's text came from when a reader derived it
// from a file in another format (Markdown, HTML): the file's bytes, the map
// from the text back to them, what the file declared about itself, and
// what the reader saw of each line's place in the page. Article.Origin is
// nil for plain text, whose text is the file.
//
// Checks read the text (Article.Src) as always and report spans into it;
// lint maps findings and fixes to the file through Map (see MapSpan and
// MapEdit) once the checks have run.
type Origin struct {
	// Format is the reader's name: "markdown" or "html".
	Format string
	// File is the file as read (UTF-8; a Windows-1252 file transcoded, as
	// Article.Encoding says).
	File []byte
	// Pieces map the text to File: sorted by Text, the first at 0, each
	// running to the next one's Text (the last to the end of the text).
	Pieces []Piece
	// Meta is what the file declares about itself (Markdown front matter,
	// HTML <html lang> and <meta> elements).
	Meta Meta
	// Hints holds, per line of the text (indexed like Article.Lines), what
	// an HTML reader knows of the element the line came from; nil for a
	// reader without structure, or a line without a hint.
	Hints []*Hint

	indexOnce sync.Once
	index     *Index
}

// PieceKind says how a piece of the text stands for its range of the file.
type PieceKind uint8

// The kinds of pieces.
const (
	// Verbatim: the text is the file's bytes, byte for byte.
	Verbatim PieceKind = iota
	// Space: white space of the text standing for the file's white space
	// (and, in Markdown, the markers that continue a block quote or a list
	// item on the next line): a soft wrap, collapsed white space in HTML.
	Space
	// Break: the blank line between two blocks, standing for whatever
	// separates them in the file (markup included).
	Break
	// Joinable: a Break between two paragraphs of the same container whose
	// file bytes are only white space, which an edit may replace (a join
	// keeps the Markdown valid).
	Joinable
	// Other: a character the reader decoded (an entity, a backslash
	// escape) or inserted.
	Other
)

// Piece is one stretch of the text and the range of the file it stands for.
type Piece struct {
	// Text is the offset in the text where the piece starts.
	Text int
	// File and FileEnd are the range of the file it stands for; for a
	// Verbatim piece, the same number of bytes.
	File, FileEnd int
	Kind          PieceKind
}

// Meta is what a file declares about itself.
type Meta struct {
	// Lang is the article's language as declared (an ISO 639-1 code, or a
	// tag such as "pt-BR"); "" when not declared.
	Lang string
	// Source names the original the article translates: a path, a URL or
	// a key shared by the translations of one article (Hugo's
	// translationKey).
	Source string
	// Site and Section group articles for the batch-level checks.
	Site, Section string
	// Title is the declared title.
	Title string
}

// Hint is what an HTML reader knows of the element a line came from.
type Hint struct {
	// Element is the nearest enclosing element that says what the block
	// is: "nav", "header", "footer", "aside", "figcaption", "figure",
	// "h1" … "h6", "li", "p"; empty when unknown.
	Element string
	// LinkDensity is the share of the line's text inside links, from 0 to
	// 1; negative when unknown.
	LinkDensity float64
	// ClassWords are the words of the class and id attributes of the
	// enclosing elements, in lower case ("share", "related", "breadcrumb",
	// "caption", "credit").
	ClassWords []string
}

// Index returns the line and column index of File, built on first use.
func (o *Origin) Index() *Index {
	o.indexOnce.Do(func() { o.index = NewIndex(o.File) })
	return o.index
}

// piece returns the index of the piece that holds text offset off (the
// last piece for the end of the text).
func (o *Origin) piece(off int) int {
	i := sort.Search(len(o.Pieces), func(i int) bool { return o.Pieces[i].Text > off }) - 1
	return max(i, 0)
}

// textEnd is the end of piece i in the text.
func (o *Origin) textEnd(i, textLen int) int {
	if i+1 < len(o.Pieces) {
		return o.Pieces[i+1].Text
	}
	return textLen
}

// MapSpan maps a span of the text (textLen bytes long) to the file: a
// start inside a piece that is not verbatim maps to the start of what the
// piece stands for, an end to its end, so that a finding on a decoded
// entity covers the entity.
func (o *Origin) MapSpan(s Span, textLen int) Span {
	if len(o.Pieces) == 0 {
		return Span{}
	}
	start := o.mapOff(s.Start, textLen, false)
	if s.End == s.Start {
		return Span{start, start}
	}
	end := o.mapOff(s.End, textLen, true)
	return Span{start, max(start, end)}
}

// mapOff maps one offset; end says it ends a range (it then belongs to the
// piece before it).
func (o *Origin) mapOff(off, textLen int, end bool) int {
	k := off
	if end && k > 0 {
		k--
	}
	i := o.piece(k)
	p := o.Pieces[i]
	if p.Kind == Verbatim {
		return min(p.File+off-p.Text, p.FileEnd)
	}
	if end && off > p.Text || !end && off >= o.textEnd(i, textLen) {
		return p.FileEnd
	}
	return p.File
}

// MapEdit maps an edit of the text's bytes [s, e) to the same edit of the
// file, when that is unambiguous: the range lies in text that is the
// file's bytes verbatim and contiguous there, or covers whole pieces of
// white space (a soft wrap, a joinable break between two paragraphs) whose
// file bytes are white space too. ok is false otherwise: the range touches
// markup, a decoded entity, or a break between blocks of different kinds.
func (o *Origin) MapEdit(s, e, textLen int) (fs, fe int, ok bool) {
	if len(o.Pieces) == 0 {
		return 0, 0, false
	}
	if s == e {
		// An insertion: inside a verbatim piece, or at a boundary where the
		// file runs on without markup between the pieces.
		i := o.piece(s)
		p := o.Pieces[i]
		switch {
		case p.Kind == Verbatim && s > p.Text:
			return p.File + s - p.Text, p.File + s - p.Text, true
		case s == p.Text && i > 0 && o.Pieces[i-1].FileEnd == p.File && (p.Kind == Verbatim || o.Pieces[i-1].Kind == Verbatim):
			return p.File, p.File, true
		case s == p.Text && i == 0 && p.Kind == Verbatim:
			return p.File, p.File, true
		}
		return 0, 0, false
	}
	first, last := o.piece(s), o.piece(e-1)
	for i := first; i <= last; i++ {
		p := o.Pieces[i]
		whole := s <= p.Text && e >= o.textEnd(i, textLen)
		switch p.Kind {
		case Verbatim:
		case Space, Joinable:
			if !whole || !ASCIISpace(o.File[p.File:p.FileEnd]) {
				return 0, 0, false
			}
		default:
			return 0, 0, false
		}
		if i > first && o.Pieces[i-1].FileEnd != p.File {
			return 0, 0, false // markup between the two pieces
		}
	}
	return o.mapOff(s, textLen, false), o.mapOff(e, textLen, true), true
}

// ASCIISpace reports whether b is all ASCII white space (space, tab,
// line feed, carriage return), or empty.
func ASCIISpace(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' {
			return false
		}
	}
	return true
}
