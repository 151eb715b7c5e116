package reader

import (
	"bytes"
	"strings"
	"unicode"

	"golang.org/x/net/html"

	"github.com/mtlint/mtlint/article"
)

// readHTML reads an HTML page. It walks the tokens (not a parsed tree: the
// tokenizer keeps every token's bytes, so every piece of text keeps its
// place in the file), keeping a stack of the open elements for what they
// say of the text inside them.
func readHTML(file []byte) *builder {
	b := newBuilder(file)
	off := article.BOMLen(file)
	h := &htmlReader{b: b, spaceStart: -1, brStart: -1}
	z := html.NewTokenizer(bytes.NewReader(file[off:]))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		start := off
		off += len(z.Raw())
		switch tt {
		case html.TextToken:
			h.text(start, off)
		case html.StartTagToken, html.SelfClosingTagToken:
			name, more := z.TagName()
			var attrs []html.Attribute
			for more {
				var k, v []byte
				k, v, more = z.TagAttr()
				attrs = append(attrs, html.Attribute{Key: string(k), Val: string(v)})
			}
			h.open(string(name), attrs, start, off, tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			name, _ := z.TagName()
			h.close(string(name))
		}
	}
	h.endLine()
	return b
}

// element is an open element.
type element struct {
	name  string
	words []string // its class and id words
	skip  bool     // its text is not shown
}

type htmlReader struct {
	b     *builder
	stack []element
	skip  int // open elements whose text is not shown
	// Open links, and open article and main elements: counted, so that
	// deeply nested markup costs no walk of the stack per token.
	links, containers int
	// inBlock is set while a paragraph has text; pendSpace holds the file
	// range of white space seen after its last text (-1 for none);
	// pendBreak the range of a <br> tag after it.
	inBlock              bool
	spaceStart, spaceEnd int
	brStart, brEnd       int
	// The current line's hint and its counts of text and link bytes.
	hint         *article.Hint
	textN, linkN int
}

// skipped are the elements whose content a reader does not see as the
// article's text.
var skipped = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "head": true, "title": true,
	"svg": true, "math": true, "select": true, "textarea": true, "iframe": true, "object": true,
	"pre": true, "canvas": true, "audio": true, "video": true, "map": true, "datalist": true,
}

// blockElems end a paragraph where they open or close.
var blockElems = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "body": true, "caption": true,
	"center": true, "dd": true, "details": true, "dialog": true, "div": true, "dl": true, "dt": true,
	"fieldset": true, "figcaption": true, "figure": true, "footer": true, "form": true, "h1": true,
	"h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "header": true, "hgroup": true,
	"hr": true, "html": true, "legend": true, "li": true, "main": true, "menu": true, "nav": true,
	"ol": true, "option": true, "p": true, "section": true, "summary": true, "table": true,
	"tbody": true, "td": true, "tfoot": true, "th": true, "thead": true, "tr": true, "ul": true,
}

// voidElems never have content or an end tag.
var voidElems = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "param": true, "source": true, "track": true, "wbr": true,
}

// signal are the elements that say what a block is, from the outside in.
var signal = map[string]bool{"nav": true, "aside": true, "header": true, "footer": true, "figcaption": true}

func (h *htmlReader) open(name string, attrs []html.Attribute, start, end int, selfClosing bool) {
	switch name {
	case "meta":
		h.meta(attrs)
	case "br":
		if h.skip == 0 && h.inBlock {
			h.endLine()
			h.brStart, h.brEnd = start, end
			h.spaceStart = -1
		}
		return
	}
	if blockElems[name] {
		h.endBlock()
	}
	if voidElems[name] || selfClosing {
		return
	}
	// A <p> or <li> closes the one still open (HTML lets their end tags
	// be left out).
	if name == "p" || name == "li" {
		for i := len(h.stack) - 1; i >= max(0, len(h.stack)-hintDepth); i-- {
			n := h.stack[i].name
			if n == name {
				h.popTo(i)
				break
			}
			if n == "ul" || n == "ol" || n == "div" || n == "section" || n == "article" || n == "body" {
				break
			}
		}
	}
	e := element{name: name, skip: skipped[name] || hidden(attrs)}
	for _, a := range attrs {
		if a.Key == "class" || a.Key == "id" {
			e.words = appendWords(e.words, a.Val)
		}
	}
	if e.skip {
		h.skip++
	}
	h.count(name, 1)
	h.stack = append(h.stack, e)
}

// close closes the innermost open element of the name, and those inside
// it; an end tag that matches none of the hintDepth innermost elements is
// ignored (a stray one, or markup too deep to matter).
func (h *htmlReader) close(name string) {
	for i := len(h.stack) - 1; i >= max(0, len(h.stack)-hintDepth); i-- {
		if h.stack[i].name == name {
			if blockElems[name] {
				h.endBlock()
			}
			h.popTo(i)
			return
		}
	}
}

// popTo closes the elements from i up.
func (h *htmlReader) popTo(i int) {
	for _, e := range h.stack[i:] {
		if e.skip {
			h.skip--
		}
		h.count(e.name, -1)
	}
	h.stack = h.stack[:i]
}

// text reads a text token [start, end).
func (h *htmlReader) text(start, end int) {
	file := h.b.file
	if n := len(h.stack); n > 0 && h.stack[n-1].name == "title" && h.b.meta.Title == "" {
		h.b.meta.Title = strings.Join(strings.Fields(html.UnescapeString(string(file[start:end]))), " ")
	}
	if h.skip > 0 {
		return
	}
	link := h.links > 0
	for i := start; i < end; {
		j := i
		if isSpace(file[i]) {
			for j < end && isSpace(file[j]) {
				j++
			}
			if h.inBlock && h.spaceStart < 0 && h.brStart < 0 {
				h.spaceStart, h.spaceEnd = i, j
			}
			i = j
			continue
		}
		for j < end && !isSpace(file[j]) {
			j++
		}
		h.word(i, j, link)
		i = j
	}
}

// word emits a run of text without white space, after the paragraph
// break, line break or space pending before it.
func (h *htmlReader) word(s, e int, link bool) {
	b := h.b
	switch {
	case !h.inBlock:
		b.startBlock(s, false)
		h.inBlock = true
		h.startLine()
	case h.brStart >= 0:
		b.synth("\n", b.lastEnd, s, article.Other)
		h.startLine()
	case h.spaceStart >= 0:
		b.synth(" ", h.spaceStart, h.spaceEnd, article.Space)
	}
	h.spaceStart, h.brStart = -1, -1
	b.decoded(s, e, false)
	h.textN += e - s
	if link {
		h.linkN += e - s
	}
}

// startLine begins the hint of a new line of text: the element that says
// what its block is (navigation, an aside, a caption, a header or footer of
// the page rather than of the article) or else the block's own element,
// and the class and id words of the elements inside the article's
// container (those of the container and above hold every line).
func (h *htmlReader) startLine() {
	hint := &article.Hint{}
	inArticle := h.containers > 0
	inner, words := "", true
	// The innermost elements say what a block is; a page nested deeper
	// than hintDepth is read no further out, so that a line costs the
	// same however deep the markup.
	for i := len(h.stack) - 1; i >= max(0, len(h.stack)-hintDepth); i-- {
		e := h.stack[i]
		switch e.name {
		case "article", "main", "body", "html":
			words = false
		}
		if inner == "" && blockElems[e.name] {
			inner = e.name
		}
		if hint.Element == "" && signal[e.name] && !(e.name == "header" && inArticle) {
			hint.Element = e.name
		}
		if words {
			for _, w := range e.words {
				if !contains(hint.ClassWords, w) && len(hint.ClassWords) < 16 {
					hint.ClassWords = append(hint.ClassWords, w)
				}
			}
		}
	}
	if hint.Element == "" {
		hint.Element = inner
	}
	h.hint = hint
	h.textN, h.linkN = 0, 0
	h.b.lineHints = append(h.b.lineHints, lineHint{start: len(h.b.text), hint: hint})
}

// endLine closes the current line's hint with its link density.
func (h *htmlReader) endLine() {
	if h.hint == nil {
		return
	}
	if h.textN > 0 {
		h.hint.LinkDensity = float64(h.linkN) / float64(h.textN)
	}
	h.hint = nil
}

// endBlock ends the current paragraph.
func (h *htmlReader) endBlock() {
	h.endLine()
	h.inBlock = false
	h.spaceStart, h.brStart = -1, -1
}

// count keeps the counts of open links and containers.
func (h *htmlReader) count(name string, d int) {
	switch name {
	case "a":
		h.links += d
	case "article", "main":
		h.containers += d
	}
}

// hintDepth is how many enclosing elements a line's hint reads.
const hintDepth = 48

// meta reads what a <meta> element declares: the site's name, the
// section, the original of a translation. A page's language (<html lang>,
// content-language) is not read: a translated page often keeps the
// original's.
func (h *htmlReader) meta(attrs []html.Attribute) {
	key := strings.ToLower(attr(attrs, "property") + attr(attrs, "name") + attr(attrs, "http-equiv"))
	val := strings.TrimSpace(attr(attrs, "content"))
	m := &h.b.meta
	switch {
	case val == "":
	case key == "og:site_name" || key == "application-name":
		if m.Site == "" {
			m.Site = val
		}
	case key == "article:section" || key == "section":
		if m.Section == "" {
			m.Section = val
		}
	case key == "original-source":
		if m.Source == "" {
			m.Source = val
		}
	}
}

func attr(attrs []html.Attribute, key string) string {
	for _, a := range attrs {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hidden reports an element the page does not show.
func hidden(attrs []html.Attribute) bool {
	for _, a := range attrs {
		switch {
		case a.Key == "hidden":
			return true
		case a.Key == "aria-hidden" && a.Val == "true":
			return true
		case a.Key == "style" && strings.Contains(strings.ReplaceAll(strings.ToLower(a.Val), " ", ""), "display:none"):
			return true
		}
	}
	return false
}

// appendWords appends the words of a class or id attribute in lower
// case: "share-bar relatedLinks" gives share, bar, related, links.
func appendWords(out []string, v string) []string {
	var w []rune
	flush := func() {
		if len(w) > 0 {
			out = append(out, strings.ToLower(string(w)))
			w = w[:0]
		}
	}
	prevLower := false
	for _, r := range v {
		switch {
		case unicode.IsLetter(r):
			if unicode.IsUpper(r) && prevLower {
				flush()
			}
			w = append(w, r)
			prevLower = unicode.IsLower(r)
		default:
			flush()
			prevLower = false
		}
	}
	flush()
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }
