package checks

import (
	"bytes"
	"fmt"
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

// residue/related-links: blocks of related links under a label, and runs of
// teasers.

func init() {
	register(
		&rules.Check{
			ID: "residue/related-links",
			Doc: "Finds blocks of related links scraped into the body: a label such as \"More information\", " +
				"\"Related\", \"Read more\" or \"LEER MÁS\" on its own line, with the bulleted or short " +
				"headline-like lines that follow it (a title-case headline takes its teaser paragraph with it); " +
				"two or more title-case headlines each followed by a teaser cut short with an ellipsis; and " +
				"after the last paragraph of prose, a short label with a word of link lists that no list knows " +
				"(\"More from Business\") above two or more headlines. The block ends at the first line of " +
				"running text. Title-case subheadings followed by whole paragraphs, a subheading inside the " +
				"article, and a list of names after it are not flagged. The labels are data and can be " +
				"extended per site. The fix deletes the block (unsafe).",
			Bad:      "The talks stalled.\n\nMore information\n\n• Shipping lines divert cargo\n\nThe unions met again on Friday.\n",
			Good:     "The talks stalled.\n\nMore information is expected on Friday, the ministry said.\n",
			Severity: rules.Warning,
			Params: []rules.Param{
				{Name: "extra-labels", Kind: rules.Strings, Default: []string{},
					Doc: "more labels that open a block of related links (case-insensitive)"},
				{Name: "max-item-words", Kind: rules.Int, Default: resRelatedMaxWords,
					Doc: "longest unbulleted headline, in words, taken into a block (bulleted ones may be twice as long)"},
			},
			Run: runRelatedLinks,
		},
	)
}

// resRelatedItem reports a line that can follow a related-links label: a
// bulleted line, or a short headline-like line that does not end like a
// sentence of running text.
// bulleted says whether the block's items so far were bulleted: then the
// next one must be too.
func resRelatedItem(a *article.Article, t article.Span, maxWords int, bulleted bool) bool {
	b := a.Text(t)
	if len(b) == 0 || resTimestampLine(a.Src, t) || resCopyright(b) {
		return false
	}
	n := resLineWords(a, t)
	if n == 0 {
		return false
	}
	if resBullet(b) {
		return n <= 2*maxWords
	}
	if bulleted || n < 3 {
		return false // a one- or two-word line is a fragment or a label, not a headline
	}
	var key [128]byte // a label's key is at most 100 bytes: no allocation
	if k := resLabelKey(key[:0], b); k != nil && (resLists.related[string(k)] || resLists.labels[string(k)]) {
		return false // a new label
	}
	r, _ := utf8.DecodeRune(b)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !article.IsOpener(r) {
		return false
	}
	// The last character other than closing quotes and brackets.
	j := len(b)
	for j > 0 {
		r, n := utf8.DecodeLastRune(b[:j])
		if !article.IsCloser(r) {
			break
		}
		j -= n
	}
	last, _ := utf8.DecodeLastRune(b[:j])
	switch last {
	case '.', '!', ',', ';', ':', '…':
		return false
	}
	return n <= maxWords
}

// resRelated is one block of related links: lines [first, last] of the
// article, the label's text and the number of items under it.
type resRelated struct {
	first, last int
	label       []byte
	items       int
}

// resRelatedBlocks finds the blocks of related links of an article: a
// label line from the built-in list or extra, and the items after it.
func resRelatedBlocks(a *article.Article, extra map[string]bool, maxWords int) []resRelated {
	var out []resRelated
	buf := make([]byte, 0, 128) // a label's key is at most 100 bytes
	L := a.Lines
	for li := 0; li < len(L); li++ {
		if L[li].Blank() {
			continue
		}
		b := a.Text(L[li].Text)
		k := resLabelKey(buf, b)
		if k == nil {
			continue
		}
		buf = k
		if !(resLists.related[string(k)] || extra[string(k)]) {
			continue
		}
		last := li
		items := 0
		bulleted := false
		for j := li + 1; j < len(L); j++ {
			if L[j].Blank() {
				continue
			}
			if !resRelatedItem(a, L[j].Text, maxWords, bulleted) {
				break
			}
			if items == 0 {
				bulleted = resBullet(a.Text(L[j].Text))
			}
			last = j
			items++
			// A title-case headline and its teaser below it.
			if k := resNextLine(a, j); !bulleted && k > 0 && resTitleCase(a, L[j].Text) && resTeaser(a, L[k].Text, false) {
				last, j = k, k
			}
		}
		out = append(out, resRelated{first: li, last: last, label: b, items: items})
		li = last
	}
	// Without a label: two or more title-case headlines, each with a teaser
	// cut off with an ellipsis.
	for li := 0; li < len(L); li++ {
		if L[li].Blank() || resInRelated(out, li) {
			continue
		}
		first, last, items := li, li, 0
		for j := li; j >= 0 && j < len(L); {
			k := resNextLine(a, j)
			// The cheap test first: a teaser cut short below.
			if k < 0 || !resCutShort(a.Text(L[k].Text)) || !resTitleCase(a, L[j].Text) ||
				!resRelatedItem(a, L[j].Text, maxWords, false) || !resTeaser(a, L[k].Text, true) {
				break
			}
			items++
			last = k
			j = resNextLine(a, k)
		}
		if items >= 2 {
			out = append(out, resRelated{first: first, last: last, items: items})
			li = last
		}
	}
	// After the article: a short label with a word of link lists ("More
	// from Business") and two or more headlines below it.
	last := resLastProse(a)
	for li := last + 1; last >= 0 && li < len(L); li++ {
		if L[li].Blank() || resInRelated(out, li) || !resLinkLabel(a, L[li].Text) {
			continue
		}
		end, items := li, 0
		for j := resNextLine(a, li); j >= 0 && resRelatedItem(a, L[j].Text, maxWords, false) && !resInRelated(out, j); j = resNextLine(a, j) {
			end = j
			items++
		}
		if items >= 2 {
			out = append(out, resRelated{first: li, last: end, label: a.Text(L[li].Text), items: items})
			li = end
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].first < out[j].first })
	return out
}

// resLinkWords are the words of the labels of link lists.
var resLinkWords = resWordList(`more read related also latest popular recommended top other stories news articles posts see
	watch trending similar next previous elsewhere editor's picks highlights`)

// resLinkLabel reports a short line that can label a list of links: at most
// five words, one of them a word of link lists, no final period, comma or
// semicolon.
func resLinkLabel(a *article.Article, t article.Span) bool {
	b := a.Text(t)
	last, _ := utf8.DecodeLastRune(b)
	if last == '.' || last == ',' || last == ';' || resBullet(b) {
		return false
	}
	i := sort.Search(len(a.Words), func(k int) bool { return a.Words[k].Start >= t.Start })
	n, link := 0, false
	var arr [24]byte
	for ; i < len(a.Words) && a.Words[i].Start < t.End; i++ {
		n++
		w := a.Src[a.Words[i].Start:a.Words[i].End]
		if len(w) < len(arr) && resLinkWords[string(repLower(arr[:0], w))] {
			link = true
		}
	}
	return link && n <= 5
}

// resLastProse returns the last line of running text: eight words or more
// ending like a sentence, or twenty-five words or more; -1 when there is
// none.
func resLastProse(a *article.Article) int {
	for li := len(a.Lines) - 1; li >= 0; li-- {
		t := a.Lines[li].Text
		if t.Len() == 0 {
			continue
		}
		n := resLineWords(a, t)
		last, _ := utf8.DecodeLastRune(a.Text(t))
		if n >= 25 || n >= 8 && (article.IsTerminal(last) || article.IsCloser(last)) {
			return li
		}
	}
	return -1
}

// resInRelated reports a line inside one of the blocks.
func resInRelated(rs []resRelated, li int) bool {
	for _, r := range rs {
		if li >= r.first && li <= r.last {
			return true
		}
	}
	return false
}

// resNextLine returns the next non-blank line after line i, or -1.
func resNextLine(a *article.Article, i int) int {
	for k := i + 1; k < len(a.Lines); k++ {
		if !a.Lines[k].Blank() {
			return k
		}
	}
	return -1
}

// resTitleCase reports a line in title case: every word of four letters or
// more is capitalised, and there are two such words at least ("Harbour
// Fees To Rise By 4% From April").
func resTitleCase(a *article.Article, t article.Span) bool {
	i := sort.Search(len(a.Words), func(k int) bool { return a.Words[k].Start >= t.Start })
	long := 0
	for ; i < len(a.Words) && a.Words[i].Start < t.End; i++ {
		w := a.Src[a.Words[i].Start:a.Words[i].End]
		r, _ := utf8.DecodeRune(w)
		if utf8.RuneCount(w) < 4 || unicode.IsDigit(r) {
			continue
		}
		if !unicode.IsUpper(r) {
			return false
		}
		long++
	}
	return long >= 2
}

// resCutShort reports text that ends in an ellipsis.
func resCutShort(b []byte) bool {
	return bytes.HasSuffix(b, []byte("...")) || bytes.HasSuffix(b, []byte("…"))
}

// resTeaser reports the teaser of a related link: a paragraph of at most 60
// words; cut reports that it must end in an ellipsis ("... The...").
func resTeaser(a *article.Article, t article.Span, cut bool) bool {
	n := resLineWords(a, t)
	if n < 5 || n > 60 {
		return false
	}
	return !cut || resCutShort(a.Text(t))
}

// resRelatedKey keys the blocks of related links found with the built-in
// labels and the default item length, which residue/related-links reports
// and residue/site-chrome takes as evidence.
type resRelatedKey struct{}

// resDefaultRelated returns the blocks of related links found with the
// built-in labels, computed once per run; the slice is read-only.
func resDefaultRelated(p *rules.Pass) []resRelated {
	return p.Shared(resRelatedKey{}, func(a *article.Article) any {
		return resRelatedBlocks(a, nil, resRelatedMaxWords)
	}).([]resRelated)
}

func runRelatedLinks(p *rules.Pass) {
	a := p.Article
	blocks := resDefaultRelated(p)
	if l, n := p.Strings("extra-labels"), p.Int("max-item-words"); len(l) > 0 || n != resRelatedMaxWords {
		blocks = resRelatedBlocks(a, resLabelSet(l), n)
	}
	for _, r := range blocks {
		L := a.Lines
		span := article.Span{Start: L[r.first].Text.Start, End: L[r.last].Text.End}
		msg := "related-links label " + resQuote(r.label) + " left in the text"
		desc := "remove the label"
		if r.label == nil {
			msg = fmt.Sprintf("block of related links (%d headlines with their teasers cut short) left in the text", r.items)
			desc = "remove the block of related links"
		} else if r.items > 0 {
			msg = fmt.Sprintf("block of related links (%q and %d headline", r.label, r.items)
			if r.items > 1 {
				msg += "s"
			}
			msg += ") left in the text"
			desc = "remove the block of related links"
		}
		p.Report(span, msg, resRemoveLines(a, r.first, r.last+1, desc))
	}
}
