// Package article is mtlint's model of a parsed news article: the file's
// bytes, split into lines, paragraphs, sentences and words, every piece a
// byte range into the original bytes.
//
// Checks read the model and report ranges from it; they never search the
// text again to find where something is.
package article

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"sync"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) into Article.Src.
type Span struct {
	Start, End int
}

// Len is the number of bytes in the span.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether off lies inside the span.
func (s Span) Contains(off int) bool { return off >= s.Start && off < s.End }

// Overlaps reports whether the two spans share at least one byte, or, when
// one of them is empty, whether it lies inside the other.
func (s Span) Overlaps(t Span) bool {
	if s.Start == s.End {
		return s.Start >= t.Start && s.Start <= t.End
	}
	if t.Start == t.End {
		return t.Start >= s.Start && t.Start <= s.End
	}
	return s.Start < t.End && t.Start < s.End
}

// Line is one line of the file. Span covers its text without the line
// terminator ("\n" or "\r\n"); Break covers the terminator itself (empty on
// the last line when the file does not end in a newline).
type Line struct {
	Span
	Break Span
	// Text is the line without leading and trailing white space; it is
	// empty for a blank line.
	Text Span
}

// Blank reports whether the line holds only white space.
func (l Line) Blank() bool { return l.Text.Start == l.Text.End }

// Paragraph is a block of non-blank lines separated from its neighbours by
// blank lines. Span runs from the first non-space byte of its first line to
// the last non-space byte of its last line.
type Paragraph struct {
	Span
	// FirstLine and EndLine index Article.Lines: lines [FirstLine, EndLine).
	FirstLine, EndLine int
	// FirstSentence and EndSentence index Article.Sentences.
	FirstSentence, EndSentence int
}

// Sentence is a sentence (or a headline, list item or other line-like unit)
// inside one paragraph. Its span starts and ends with a non-space character
// and includes the end punctuation and any closing quotes or brackets after
// it; sentences of a paragraph are in order, do not overlap, and hold every
// non-space character of it. A sentence may run over a line break (a
// hard-wrapped line); see segment.go for the rules.
type Sentence struct {
	Span
	Para int
	// FirstWord and EndWord index Article.Words.
	FirstWord, EndWord int
}

// Word is a run of letters, digits and combining marks, joined across
// apostrophes before a letter ("don't", "1990's"), hyphens between word
// characters ("ex-president", "COVID-19") and periods and commas between
// digits ("1.5", "20,000"). "U.S." is two words, "U" and "S". See
// segment.go for the rules.
type Word struct {
	Span
	Sentence int
}

// Article is a parsed text file.
type Article struct {
	Path string
	// Src is the file exactly as read, including any byte order mark; for a
	// file that ParseFile read as Windows-1252, its UTF-8 transcoding.
	Src []byte
	// Encoding is "" for UTF-8 text, or the legacy encoding ParseFile read
	// the file in (EncodingWindows1252); Src is then transcoded.
	Encoding string
	// BodyStart is 3 when the file starts with a UTF-8 byte order mark, else 0.
	BodyStart int

	Lines      []Line
	Paragraphs []Paragraph
	Sentences  []Sentence
	Words      []Word
	// Shapes[i] is the shape of Words[i]: which kinds of characters it
	// holds (see WordShape).
	Shapes []WordShape
	// Hashes[i] is WordHash of Words[i]: a case-blind key of the word, for
	// look-ups and comparisons without reading its bytes.
	Hashes []uint32
	// Marks are the offsets, in order, of the characters of the body (from
	// BodyStart) that are not ASCII letters, digits, spaces or line feeds:
	// punctuation and symbols, quotes and brackets, tabs, carriage returns
	// and control characters, and every character outside ASCII. The
	// parser records them in its one pass; checks visit them instead of
	// scanning the bytes (see scan.go).
	Marks []int

	// Origin is set when a reader derived Src from a file in another
	// format (Markdown, HTML): the file's bytes and the map back to them.
	// It is nil for plain text, whose Src is the file.
	Origin *Origin

	indexOnce sync.Once
	index     *Index
}

// ErrBinary and ErrEncoding classify input that is not a text file.
var (
	ErrBinary   = errors.New("binary file (contains NUL bytes)")
	ErrEncoding = errors.New("not valid UTF-8")
)

// InputError is returned by Parse for input that is not UTF-8 text. It
// names the byte offset of the first offending byte.
type InputError struct {
	Kind   error
	Offset int
	Detail string
}

func (e *InputError) Error() string {
	if e.Detail != "" {
		return fmt.Sprintf("%v at byte %d (%s)", e.Kind, e.Offset, e.Detail)
	}
	return fmt.Sprintf("%v at byte %d", e.Kind, e.Offset)
}

func (e *InputError) Unwrap() error { return e.Kind }

var bom = []byte{0xEF, 0xBB, 0xBF}

// BOMLen is the length of the UTF-8 byte order mark b starts with: 3, or
// 0 without one. The model's text starts after it (BodyStart), and so do
// the readers, the template keys and the reports' columns.
func BOMLen(b []byte) int {
	if bytes.HasPrefix(b, bom) {
		return len(bom)
	}
	return 0
}

// EncodingWindows1252 names the one legacy encoding ParseFile reads.
const EncodingWindows1252 = "windows-1252"

// cp1252High maps the bytes 0x80–0x9F of Windows-1252 to their characters;
// 0 marks the five bytes the encoding leaves undefined. Bytes 0xA0–0xFF
// are the Latin-1 characters of the same number.
var cp1252High = [32]rune{
	'€', 0, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0, 'Ž', 0,
	0, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0, 'ž', 'Ÿ',
}

// Decode returns src as UTF-8 text. UTF-8 comes back as it is, with
// encoding "". A file that is not UTF-8 but reads as Windows-1252 (or
// Latin-1) without control characters or undefined bytes comes back
// transcoded to UTF-8, with encoding EncodingWindows1252. Anything else
// (binary data, UTF-16, other bytes) is the *InputError Parse returns.
func Decode(src []byte) (text []byte, encoding string, err error) {
	err = validate(src)
	if err == nil {
		return src, "", nil
	}
	var ie *InputError
	if !errors.As(err, &ie) || ie.Kind != ErrEncoding || bytes.HasPrefix(src, []byte{0xFF, 0xFE}) ||
		bytes.HasPrefix(src, []byte{0xFE, 0xFF}) || bytes.HasPrefix(src, bom) {
		return nil, "", err // UTF-16, or UTF-8 (a byte order mark says so) with bad bytes
	}
	n := len(src)
	for _, c := range src {
		switch {
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r', c == 0x7F:
			return nil, "", err // control characters: not text in any encoding
		case c >= 0x80 && c < 0xA0 && cp1252High[c-0x80] == 0:
			return nil, "", err // a byte Windows-1252 does not define
		case c >= 0x80:
			n += 2
		}
	}
	text = make([]byte, 0, n)
	for _, c := range src {
		switch {
		case c < 0x80:
			text = append(text, c)
		case c < 0xA0:
			text = utf8.AppendRune(text, cp1252High[c-0x80])
		default:
			text = utf8.AppendRune(text, rune(c))
		}
	}
	return text, EncodingWindows1252, nil
}

// ParseFile is Parse for the bytes of a file in either encoding Decode
// accepts: a Windows-1252 file is parsed as its UTF-8 transcoding, with
// Encoding set, so that offsets are into the transcoded text.
func ParseFile(path string, src []byte) (*Article, error) {
	text, enc, err := Decode(src)
	if err != nil {
		return nil, err
	}
	a := parse(path, text) // Decode validated it, as Parse would
	a.Encoding = enc
	return a, nil
}

// Parse builds the model of src. path is only recorded. It fails for input
// that is not text: NUL bytes, invalid UTF-8, or a UTF-16/UTF-32 byte order
// mark. Parse keeps a reference to src; the caller must not modify it.
func Parse(path string, src []byte) (*Article, error) {
	if err := validate(src); err != nil {
		return nil, err
	}
	return parse(path, src), nil
}

// Validate returns the error Parse returns for src, or nil: for a caller
// that reads a text's lines without building the model.
func Validate(src []byte) error { return validate(src) }

// parse is Parse for a text known to be valid.
func parse(path string, src []byte) *Article {
	a := &Article{Path: path, Src: src}
	a.BodyStart = BOMLen(src)
	a.splitLines()
	a.splitParagraphs()
	// Pre-size the word and sentence slices from a cheap estimate: about
	// one word per space or line, one sentence per twelve words.
	words := bytes.Count(src, []byte{' '}) + len(a.Lines)
	a.Words = make([]Word, 0, words)
	a.Shapes = make([]WordShape, 0, words)
	a.Hashes = make([]uint32, 0, words)
	a.Sentences = make([]Sentence, 0, words/12+len(a.Paragraphs))
	a.Marks = make([]int, 0, len(src)/32+16)
	// One pass over the text, in order: the paragraphs, and the white space
	// of the blank lines between them.
	li := 0
	for i := range a.Paragraphs {
		for ; li < a.Paragraphs[i].FirstLine; li++ {
			a.markSpace(a.Lines[li].Start, a.Lines[li].Break.End)
		}
		a.segmentParagraph(i)
		li = a.Paragraphs[i].EndLine
	}
	for ; li < len(a.Lines); li++ {
		a.markSpace(a.Lines[li].Start, a.Lines[li].Break.End)
	}
	return a
}

func validate(src []byte) error {
	switch {
	case bytes.HasPrefix(src, []byte{0xFF, 0xFE, 0, 0}), bytes.HasPrefix(src, []byte{0, 0, 0xFE, 0xFF}):
		return &InputError{Kind: ErrEncoding, Offset: 0, Detail: "UTF-32 byte order mark; convert the file to UTF-8"}
	case bytes.HasPrefix(src, []byte{0xFF, 0xFE}), bytes.HasPrefix(src, []byte{0xFE, 0xFF}):
		return &InputError{Kind: ErrEncoding, Offset: 0, Detail: "UTF-16 byte order mark; convert the file to UTF-8"}
	}
	if i := bytes.IndexByte(src, 0); i >= 0 {
		if looksUTF16(src) {
			return &InputError{Kind: ErrEncoding, Offset: i, Detail: "NUL bytes in every other place: UTF-16 without a byte order mark? convert the file to UTF-8"}
		}
		return &InputError{Kind: ErrBinary, Offset: i}
	}
	if utf8.Valid(src) {
		return nil
	}
	for i := 0; i < len(src); {
		if src[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && n == 1 {
			return &InputError{Kind: ErrEncoding, Offset: i, Detail: fmt.Sprintf("byte 0x%02X", src[i])}
		}
		i += n
	}
	return &InputError{Kind: ErrEncoding}
}

// looksUTF16 reports text whose first bytes alternate between ASCII and NUL,
// as UTF-16 text in a Latin script does.
func looksUTF16(src []byte) bool {
	n := min(len(src), 256) &^ 1
	if n < 4 {
		return false
	}
	le, be := true, true
	for i := 0; i < n; i += 2 {
		lo, hi := src[i], src[i+1]
		le = le && hi == 0 && lo != 0 && lo < utf8.RuneSelf
		be = be && lo == 0 && hi != 0 && hi < utf8.RuneSelf
	}
	return le || be
}

func (a *Article) splitLines() {
	src := a.Src
	n := bytes.Count(src, []byte{'\n'}) + 1
	a.Lines = make([]Line, 0, n)
	start := a.BodyStart
	for start <= len(src) {
		nl := bytes.IndexByte(src[start:], '\n')
		end, next := len(src), len(src)+1
		brk := Span{len(src), len(src)}
		if nl >= 0 {
			end = start + nl
			next = end + 1
			brk = Span{end, end + 1}
			if end > start && src[end-1] == '\r' {
				end--
				brk.Start = end
			}
		} else if start == len(src) && len(a.Lines) > 0 {
			break // the file ends with a newline: no empty last line
		}
		l := Line{Span: Span{start, end}, Break: brk}
		l.Text = trimSpace(src, l.Span)
		a.Lines = append(a.Lines, l)
		start = next
	}
}

func (a *Article) splitParagraphs() {
	n := 0
	for i, l := range a.Lines {
		if !l.Blank() && (i == 0 || a.Lines[i-1].Blank()) {
			n++
		}
	}
	a.Paragraphs = make([]Paragraph, 0, n)
	for i := 0; i < len(a.Lines); {
		if a.Lines[i].Blank() {
			i++
			continue
		}
		j := i
		for j < len(a.Lines) && !a.Lines[j].Blank() {
			j++
		}
		a.Paragraphs = append(a.Paragraphs, Paragraph{
			Span:      Span{a.Lines[i].Text.Start, a.Lines[j-1].Text.End},
			FirstLine: i,
			EndLine:   j,
		})
		i = j
	}
}

// Text returns the bytes of a span.
func (a *Article) Text(s Span) []byte { return a.Src[s.Start:s.End] }

// String returns the text of a span as a string.
func (a *Article) String(s Span) string { return string(a.Src[s.Start:s.End]) }

// ParagraphLines returns the lines of paragraph i.
func (a *Article) ParagraphLines(i int) []Line {
	p := a.Paragraphs[i]
	return a.Lines[p.FirstLine:p.EndLine]
}

// SentenceWords returns the words of sentence i.
func (a *Article) SentenceWords(i int) []Word {
	s := a.Sentences[i]
	return a.Words[s.FirstWord:s.EndWord]
}

// ParagraphSentences returns the sentences of paragraph i.
func (a *Article) ParagraphSentences(i int) []Sentence {
	p := a.Paragraphs[i]
	return a.Sentences[p.FirstSentence:p.EndSentence]
}

// LineAt returns the index of the line that holds byte offset off (a line
// terminator belongs to the line it ends).
func (a *Article) LineAt(off int) int {
	i := sort.Search(len(a.Lines), func(i int) bool { return a.Lines[i].Break.End > off })
	if i == len(a.Lines) {
		i = len(a.Lines) - 1
	}
	return i
}

// ParagraphAt returns the index of the paragraph whose span holds off, or -1.
func (a *Article) ParagraphAt(off int) int {
	i := sort.Search(len(a.Paragraphs), func(i int) bool { return a.Paragraphs[i].End > off })
	if i < len(a.Paragraphs) && a.Paragraphs[i].Start <= off {
		return i
	}
	return -1
}

// SentenceAt returns the index of the sentence whose span holds off, or -1.
func (a *Article) SentenceAt(off int) int {
	i := sort.Search(len(a.Sentences), func(i int) bool { return a.Sentences[i].End > off })
	if i < len(a.Sentences) && a.Sentences[i].Start <= off {
		return i
	}
	return -1
}

// WordAt returns the index of the word whose span holds off, or -1.
func (a *Article) WordAt(off int) int {
	i := sort.Search(len(a.Words), func(i int) bool { return a.Words[i].End > off })
	if i < len(a.Words) && a.Words[i].Start <= off {
		return i
	}
	return -1
}

// Position is a 1-based line and column; the column counts Unicode
// characters (code points), not bytes. The byte order mark is not counted.
type Position struct {
	Line, Column int
}

// Index returns the line and column index of Src, built on first use.
func (a *Article) Index() *Index {
	a.indexOnce.Do(func() { a.index = NewIndex(a.Src) })
	return a.index
}

// Position maps a byte offset (0 ≤ off ≤ len(Src)) to its line and column.
// An offset inside a multi-byte character maps to that character. It costs
// the same on a line of any length (see Index).
func (a *Article) Position(off int) Position {
	return a.Index().Position(off)
}
