package checks

import (
	"bytes"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

// residue/shortcode: CMS shortcodes, HTML tags and comments left in the text.

func init() {
	register(
		&rules.Check{
			ID: "residue/shortcode",
			Doc: "Finds markup left in the text: CMS shortcodes (\"[caption id=...]...[/caption]\", " +
				"\"[embed]\"), HTML tags (\"<p>\", \"<br/>\", \"<a href=...>\") and HTML comments. A shortcode " +
				"that encloses a caption is removed with it. Square brackets in prose (\"[sic]\") and " +
				"comparisons (\"a < b\") are not flagged. The fix deletes the markup (unsafe).",
			Bad:      "[caption id=\"attachment_12\" width=\"640\"]Dockworkers at the gate[/caption]\n\nThe strike went on.\n",
			Good:     "The union said the offer was \"[not] acceptable\" and that 3 < 4.\n",
			Severity: rules.Warning,
			Params: []rules.Param{
				{Name: "extra-names", Kind: rules.Strings, Default: []string{},
					Doc: "more shortcode names (lower case)"},
			},
			Run: runShortcode,
		},
	)
}

// resHTMLTags are the HTML elements whose tags show up in scraped text.
var resHTMLTags = resWordList(`a abbr article aside b big blockquote br caption center cite code dd
	del div dl dt em embed figcaption figure font footer h1 h2 h3 h4 h5 h6 header hr i iframe img
	ins kbd li link mark meta nav noscript ol p picture pre q s script section small source span
	strike strong style sub sup table tbody td tfoot th thead time tr u ul video audio wbr`)

// resShortcodeAt returns the end of a shortcode starting at b[0] == '['
// ("[caption id=\"x\" width=\"300\"]", "[/caption]", "[embed]"), or 0.
func resShortcodeAt(b []byte, names, extra map[string]bool) (end int, name []byte, closing bool) {
	i := 1
	if i < len(b) && b[i] == '/' {
		closing = true
		i++
	}
	s := i
	for i < len(b) && (b[i] >= 'a' && b[i] <= 'z' || b[i] == '_' || b[i] == '-' || i > s && b[i] >= '0' && b[i] <= '9') {
		i++
	}
	if i-s < 2 || i >= len(b) {
		return 0, nil, false
	}
	name = b[s:i]
	known := names[string(name)] || extra[string(name)]
	if b[i] == ']' {
		if !known {
			return 0, nil, false
		}
		return i + 1, name, closing
	}
	if b[i] != ' ' || closing {
		return 0, nil, false
	}
	j := bytes.IndexByte(b[i:], ']')
	if j < 0 || j > 600 {
		return 0, nil, false
	}
	attrs := b[i : i+j]
	if bytes.IndexByte(attrs, '[') >= 0 {
		return 0, nil, false
	}
	if !known && !bytes.Contains(attrs, []byte("=\"")) && !bytes.Contains(attrs, []byte("='")) {
		return 0, nil, false
	}
	return i + j + 1, name, false
}

// resTagAt returns the end of an HTML tag or comment starting at b[0] ==
// '<' ("<p>", "</a>", "<br/>", "<a href=\"…\">", "<!-- … -->"), or 0.
func resTagAt(b []byte) int {
	if bytes.HasPrefix(b, []byte("<!--")) {
		if j := bytes.Index(b[4:], []byte("-->")); j >= 0 {
			return 4 + j + 3
		}
		return 0
	}
	i := 1
	if i < len(b) && b[i] == '/' {
		i++
	}
	s := i
	for i < len(b) && (b[i] >= 'a' && b[i] <= 'z' || b[i] >= 'A' && b[i] <= 'Z' || i > s && b[i] >= '1' && b[i] <= '6') {
		i++
	}
	if i == s || i >= len(b) || i-s > 10 {
		return 0
	}
	var arr [12]byte
	low, _ := resFold(arr[:0], b[s:i], 12)
	if !resHTMLTags[string(low)] {
		return 0
	}
	switch b[i] {
	case '>':
		return i + 1
	case '/':
		if i+1 < len(b) && b[i+1] == '>' {
			return i + 2
		}
		return 0
	case ' ':
		j := bytes.IndexByte(b[i:], '>')
		if j < 0 || j > 600 || bytes.IndexByte(b[i:i+j], '<') >= 0 {
			return 0
		}
		attrs := bytes.TrimSpace(b[i : i+j])
		if len(attrs) > 0 && attrs[len(attrs)-1] == '/' {
			attrs = bytes.TrimSpace(attrs[:len(attrs)-1])
		}
		if len(attrs) > 0 && bytes.IndexByte(attrs, '=') < 0 {
			return 0 // "a < b and c > d"
		}
		return i + j + 1
	}
	return 0
}

func runShortcode(p *rules.Pass) {
	a := p.Article
	src := a.Src
	var extra map[string]bool
	if l := p.Strings("extra-names"); len(l) > 0 {
		extra = map[string]bool{}
		for _, s := range l {
			extra[strings.ToLower(strings.TrimSpace(s))] = true
		}
	}
	var hits []resHit
	for _, para := range a.Paragraphs {
		pend := para.End
		for li := para.FirstLine; li < para.EndLine; li++ {
			t := a.Lines[li].Text
			var spans []article.Span
			off := t.Start // where the last piece of markup ended
			for _, i := range a.MarksIn(t) {
				if i < off || src[i] != '[' && src[i] != '<' {
					continue
				}
				var n int
				if src[i] == '[' {
					end, name, closing := resShortcodeAt(src[i:t.End], resLists.shortcodes, extra)
					n = end
					if n > 0 && !closing {
						// An enclosing shortcode: take it up to its closing
						// tag when that is in the same paragraph.
						var nb [40]byte
						needle := append(append(append(nb[:0], "[/"...), name...), ']')
						if j := bytes.Index(src[i+n:pend], needle); j >= 0 && i+n+j+len(needle) <= t.End {
							n += j + len(needle)
						}
					}
				} else {
					n = resTagAt(src[i:t.End])
				}
				if n == 0 {
					continue
				}
				s := article.Span{Start: i, End: i + n}
				// Merge with the previous one when only spaces lie between.
				if k := len(spans) - 1; k >= 0 && len(bytes.TrimSpace(src[spans[k].End:s.Start])) == 0 {
					spans[k].End = s.End
				} else {
					spans = append(spans, s)
				}
				off = i + n
			}
			for _, s := range spans {
				hits = append(hits, resHit{line: li, span: s, inline: s != t, msg: "markup " + resQuote(a.Text(s)) + " left in the text"})
			}
		}
	}
	// Tags between two words ("line<br>next") are replaced by a space.
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].span.Start < hits[j].span.Start })
	var rest []resHit
	for _, h := range hits {
		if h.inline && h.span.Start > 0 && h.span.End < len(src) {
			before, _ := utf8.DecodeLastRune(src[:h.span.Start])
			after, _ := utf8.DecodeRune(src[h.span.End:])
			if !article.IsSpace(before) && !article.IsSpace(after) && article.IsWordRune(after) && before != '(' {
				p.Report(h.span, h.msg, &rules.Fix{Description: "replace the markup with a space",
					Edits: []rules.Edit{{Offset: h.span.Start, EndOffset: h.span.End, Text: " "}}, Unsafe: true})
				continue
			}
		}
		rest = append(rest, h)
	}
	resReport(p, rest, "markup")
}
