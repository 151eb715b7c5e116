package checks

import (
	"bytes"
	_ "embed"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/blocks"
	"github.com/mtlint/mtlint/rules"
)

// This file holds the residue/ checks: what a scraper or aggregator leaves
// in the body of a republished article — the site's navigation and notices,
// timestamps, blocks of related links, photo captions and credits, CMS
// shortcodes and HTML tags. Their phrase lists are data (data/residue.txt),
// extended per site through each check's Strings parameters.
//
// Every residue fix deletes text and is Unsafe. A line or block is removed
// with its line break and the blank line after it (or, at the end of the
// file, the blank line before it), so that the rest of the article is left
// unchanged byte for byte and no double blank line is left behind. Fixes of
// residue lines that are next to each other touch, and rules.Apply takes
// only one of two touching fixes; a fixer that applies fixes until none
// applies removes a whole run of residue in a few passes.

//go:embed data/residue.txt
var residueData string

// resLists are the built-in residue lists, parsed once.
var resLists = newResLists(residueData)

type resListSet struct {
	labels       map[string]bool // normalized whole-line labels (site chrome)
	prefixes     []string        // folded line prefixes
	sentences    resPhrases      // folded sentence openings
	sites        map[string]bool // normalized site names
	related      map[string]bool // normalized related-links labels
	mastheads    map[string]bool // folded masthead words
	creditLabels []string        // folded credit labels ("photo:")
	agencies     map[string]bool // exact agency names
	shortcodes   map[string]bool // shortcode names
}

// resPhrases indexes folded phrases by their first two words (by their
// only word when they have one), so that a sentence is folded only when its
// first two words open a phrase.
type resPhrases map[string][]string

func newResPhrases(list []string) resPhrases {
	m := resPhrases{}
	for _, p := range list {
		f := resFoldString(p)
		if f == "" {
			continue
		}
		key := f
		if i := strings.IndexByte(f, ' '); i >= 0 {
			if j := strings.IndexByte(f[i+1:], ' '); j >= 0 {
				key = f[:i+1+j]
			}
		}
		m[key] = append(m[key], f)
	}
	return m
}

// dataSections parses an embedded list file: "[section]" headers, one entry
// a line, '#' comment lines.
func dataSections(s string) map[string][]string {
	m := map[string][]string{}
	sec := ""
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		if line[0] == '[' && line[len(line)-1] == ']' {
			sec = line[1 : len(line)-1]
			if _, ok := m[sec]; !ok {
				m[sec] = []string{}
			}
			continue
		}
		m[sec] = append(m[sec], line)
	}
	return m
}

// dataSection returns a section that must exist.
func dataSection(m map[string][]string, name string) []string {
	l, ok := m[name]
	if !ok {
		panic("checks/data: missing section [" + name + "]")
	}
	return l
}

func newResLists(data string) *resListSet {
	d := dataSections(data)
	l := &resListSet{
		labels:     resLabelSet(dataSection(d, "labels")),
		sentences:  newResPhrases(dataSection(d, "sentences")),
		sites:      resLabelSet(dataSection(d, "sites")),
		related:    resLabelSet(dataSection(d, "related")),
		mastheads:  resLabelSet(dataSection(d, "mastheads")),
		agencies:   map[string]bool{},
		shortcodes: map[string]bool{},
	}
	for _, p := range dataSection(d, "prefixes") {
		l.prefixes = append(l.prefixes, resFoldString(p))
	}
	for _, p := range dataSection(d, "credit-labels") {
		l.creditLabels = append(l.creditLabels, resFoldString(p))
	}
	for _, a := range dataSection(d, "agencies") {
		l.agencies[a] = true
	}
	for _, s := range dataSection(d, "shortcodes") {
		l.shortcodes[strings.ToLower(s)] = true
	}
	return l
}

// resLabelSet normalizes a list of labels the way lines are normalized.
func resLabelSet(list []string) map[string]bool {
	m := make(map[string]bool, len(list))
	for _, s := range list {
		if k := resLabelKey(nil, []byte(s)); len(k) > 0 {
			m[string(k)] = true
		}
	}
	return m
}

// resFold appends b to buf in lower case, with every run of white space as
// one space and without leading or trailing space. It stops after max
// bytes of output and then reports false.
func resFold(buf, b []byte, max int) ([]byte, bool) {
	space := false
	for i := 0; i < len(b); {
		c := b[i]
		var r rune
		n := 1
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, n = utf8.DecodeRune(b[i:])
		}
		i += n
		if article.IsSpace(r) {
			space = len(buf) > 0
			continue
		}
		if space {
			buf = append(buf, ' ')
			space = false
		}
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			buf = append(buf, byte(r))
		} else {
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		}
		if len(buf) > max {
			return buf, false
		}
	}
	return buf, true
}

func resFoldString(s string) string {
	b, _ := resFold(nil, []byte(s), 1<<20)
	return string(b)
}

// resIsDecoration reports bullets, arrows and rules that frame a label.
func resIsDecoration(r rune) bool {
	switch r {
	case '•', '·', '‣', '◦', '▪', '▫', '■', '□', '●', '○', '►', '▶', '▸', '»', '›', '>', '<', '«', '‹',
		'*', '-', '–', '—', '|', '#', '→', '←', '✓', '+', ':', '：', '…', '.', '▼', '▾', '⋅', '/', '=', '~', '_':
		return true
	}
	return false
}

// resLabelKey appends to buf the normalized form of a candidate label line:
// folded, without framing bullets, arrows, a trailing colon or ellipsis,
// and without a trailing bracketed count ("Comments (12)"). It returns nil
// for text longer than a label can be.
func resLabelKey(buf, b []byte) []byte {
	if len(b) > 96 {
		return nil
	}
	i, j := 0, len(b)
	for i < j {
		r, n := utf8.DecodeRune(b[i:j])
		if !article.IsSpace(r) && !resIsDecoration(r) {
			break
		}
		i += n
	}
	for {
		for j > i {
			r, n := utf8.DecodeLastRune(b[i:j])
			if !article.IsSpace(r) && !resIsDecoration(r) {
				break
			}
			j -= n
		}
		// "Comments (12)"
		if j > i && b[j-1] == ')' {
			k := j - 2
			for k >= i && b[k] >= '0' && b[k] <= '9' {
				k--
			}
			if k >= i && k < j-2 && b[k] == '(' {
				j = k
				continue
			}
		}
		break
	}
	if i >= j {
		return nil
	}
	out, ok := resFold(buf[:0], b[i:j], 96)
	if !ok {
		return nil
	}
	return out
}

// resHasPhrase reports whether folded text starts with the folded phrase,
// followed by the end of the text or a non-letter.
func resHasPhrase(text []byte, phrase string) bool {
	if len(text) < len(phrase) || string(text[:len(phrase)]) != phrase {
		return false
	}
	if len(text) == len(phrase) {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(phrase)
	if !article.IsWordRune(last) {
		return true
	}
	r, _ := utf8.DecodeRune(text[len(phrase):])
	return !article.IsWordRune(r)
}

// resCreditInitials marks the first bytes, in either case, of the credit
// labels and agencies.
var resCreditInitials = func() (t [256]bool) {
	mark := func(c byte) {
		t[c] = true
		if 'a' <= c && c <= 'z' {
			t[c-'a'+'A'] = true
		}
		if 'A' <= c && c <= 'Z' {
			t[c-'A'+'a'] = true
		}
	}
	for _, l := range resLists.creditLabels {
		mark(l[0])
	}
	for ag := range resLists.agencies {
		mark(ag[0])
	}
	return t
}()

// resSentenceInitials marks the first letters of the built-in sentence
// openings; extra ones from parameters are looked up whatever their letter.
var resSentenceInitials [256]bool

func init() {
	for first := range resLists.sentences {
		resSentenceInitials[first[0]] = true
	}
}

// resLineWords returns the number of words that start inside s.
func resLineWords(a *article.Article, s article.Span) int {
	i := sort.Search(len(a.Words), func(k int) bool { return a.Words[k].Start >= s.Start })
	j := sort.Search(len(a.Words), func(k int) bool { return a.Words[k].Start >= s.End })
	return j - i
}

// resRemoveLines returns an unsafe fix that deletes lines [i, j) with their
// line breaks: with the blank lines after them when text follows, with the
// line break before them when they end a paragraph, and with the blank
// lines before them when they end the file.
func resRemoveLines(a *article.Article, i, j int, desc string) *rules.Fix {
	L := a.Lines
	var lo, hi int
	switch {
	case j < len(L) && !L[j].Blank():
		lo, hi = L[i].Start, L[j].Start
	case i > 0 && !L[i-1].Blank():
		lo, hi = L[i-1].End, L[j-1].End
	default:
		n := j
		for n < len(L) && L[n].Blank() {
			n++
		}
		if n < len(L) {
			lo, hi = L[i].Start, L[n].Start
			break
		}
		p := i - 1
		for p >= 0 && L[p].Blank() {
			p--
		}
		if p >= 0 {
			lo, hi = L[p].End, L[j-1].End
		} else {
			lo, hi = L[i].Start, L[j-1].Break.End
		}
	}
	return &rules.Fix{Description: desc, Edits: []rules.Edit{{Offset: lo, EndOffset: hi}}, Unsafe: true}
}

// resRemoveSpan returns an unsafe fix that deletes s, a part of line li,
// with the white space before it (or after it, at the start of the line).
// When s is the whole text of the line, the line goes.
func resRemoveSpan(a *article.Article, li int, s article.Span, desc string) *rules.Fix {
	l := a.Lines[li]
	if s.Start <= l.Text.Start && s.End >= l.Text.End {
		return resRemoveLines(a, li, li+1, desc)
	}
	src := a.Src
	lo, hi := s.Start, s.End
	if lo > l.Text.Start {
		for lo > l.Start && (src[lo-1] == ' ' || src[lo-1] == '\t') {
			lo--
		}
	} else {
		for hi < l.End && (src[hi] == ' ' || src[hi] == '\t') {
			hi++
		}
	}
	return &rules.Fix{Description: desc, Edits: []rules.Edit{{Offset: lo, EndOffset: hi}}, Unsafe: true}
}

// resHit is a residue line, or an inline span when inline is set.
type resHit struct {
	line   int
	span   article.Span
	inline bool
	msg    string
}

// resReport reports hits in order: runs of consecutive whole lines (inside
// one paragraph) as one finding each, inline spans one by one. Findings
// whose lines are separated by nothing but blank lines share one fix that
// removes them all, so that a fixer clears a block of residue in one round
// (separate fixes for neighbouring lines would touch, and rules.Apply takes
// only one of two touching fixes per round).
func resReport(p *rules.Pass, hits []resHit, what string) {
	a := p.Article
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].span.Start < hits[j].span.Start })
	type unit struct {
		first, last int // lines
		msg         string
	}
	var units []unit
	flushRun := func() {
		if len(units) == 0 {
			return
		}
		first, last := units[0].first, units[len(units)-1].last
		desc := "remove the line"
		if n := last - first + 1; len(units) > 1 {
			desc = fmt.Sprintf("remove this and the neighbouring %s (lines %d-%d)", what, first+1, last+1)
		} else if n > 1 {
			desc = fmt.Sprintf("remove the %d lines", n)
		}
		fix := resRemoveLines(a, first, last+1, desc)
		for _, u := range units {
			span := article.Span{Start: a.Lines[u.first].Text.Start, End: a.Lines[u.last].Text.End}
			p.Report(span, u.msg, fix)
		}
		units = units[:0]
	}
	for k := 0; k < len(hits); {
		h := hits[k]
		if h.inline {
			flushRun()
			p.Report(h.span, h.msg, resRemoveSpan(a, h.line, h.span, "remove the "+what))
			k++
			continue
		}
		m := k + 1
		for m < len(hits) && !hits[m].inline && hits[m].line == hits[m-1].line+1 {
			m++
		}
		first, last := hits[k].line, hits[m-1].line
		msg := h.msg
		if m-k > 1 {
			msg = fmt.Sprintf("%d lines of %s: %s", m-k, what, h.msg)
		}
		if len(units) > 0 && !resOnlyBlankBetween(a, units[len(units)-1].last, first) {
			flushRun()
		}
		units = append(units, unit{first, last, msg})
		k = m
	}
	flushRun()
}

// resOnlyBlankBetween reports whether every line strictly between lines i
// and j is blank.
func resOnlyBlankBetween(a *article.Article, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if !a.Lines[k].Blank() {
			return false
		}
	}
	return true
}

// resQuote shortens text for a message.
func resQuote(b []byte) string {
	const max = 60
	if len(b) <= max {
		return fmt.Sprintf("%q", b)
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(b[cut]) {
		cut--
	}
	return fmt.Sprintf("%q", string(b[:cut])+"…")
}

// ---------------------------------------------------------------------------
// residue/site-chrome

// resChrome holds the lists one run of residue/site-chrome uses: the
// built-in ones plus the check's parameters.
type resChrome struct {
	labels, sites           map[string]bool
	extraLabels, extraSites map[string]bool
	prefixes                []string
	prefixInitials          *[256]bool // first bytes, in either case, of prefixes
	sentences               resPhrases
	extraSentences          resPhrases
	maxWords                int
}

func newResChrome(p *rules.Pass) *resChrome {
	c := &resChrome{
		labels:    resLists.labels,
		sites:     resLists.sites,
		prefixes:  resLists.prefixes,
		sentences: resLists.sentences,
		maxWords:  p.Int("max-words"),
	}
	if l := p.Strings("extra-labels"); len(l) > 0 {
		c.extraLabels = resLabelSet(l)
	}
	if l := p.Strings("sites"); len(l) > 0 {
		c.extraSites = resLabelSet(l)
	}
	if l := p.Strings("extra-prefixes"); len(l) > 0 {
		c.prefixes = append([]string(nil), c.prefixes...)
		for _, s := range l {
			if f := resFoldString(s); f != "" {
				c.prefixes = append(c.prefixes, f)
			}
		}
	}
	if l := p.Strings("extra-sentences"); len(l) > 0 {
		c.extraSentences = newResPhrases(l)
	}
	c.prefixInitials = &resPrefixInitials
	if len(c.prefixes) != len(resLists.prefixes) {
		c.prefixInitials = resInitials(c.prefixes)
	}
	return c
}

// resPrefixInitials marks the first bytes of the built-in prefixes.
var resPrefixInitials = *resInitials(resLists.prefixes)

// resInitials marks the first bytes, in either case, of folded phrases.
func resInitials(list []string) *[256]bool {
	var t [256]bool
	for _, s := range list {
		if s == "" {
			continue
		}
		c := s[0]
		t[c] = true
		if 'a' <= c && c <= 'z' {
			t[c-'a'+'A'] = true
		}
	}
	return &t
}

// classify returns a message when line text t is a chrome line by itself.
func (c *resChrome) classify(a *article.Article, t article.Span, buf *[]byte) string {
	b := a.Text(t)
	if k := resLabelKey(*buf, b); k != nil {
		*buf = k
		switch {
		case c.labels[string(k)] || c.extraLabels[string(k)]:
			return "site navigation label " + resQuote(b) + " left in the text"
		case c.sites[string(k)] || c.extraSites[string(k)]:
			return "site name " + resQuote(b) + " left in the text"
		}
	}
	if resCopyright(b) {
		return "copyright line " + resQuote(b) + " left in the text"
	}
	if len(b) > 0 && b[0] < utf8.RuneSelf && !c.prefixInitials[b[0]] {
		return ""
	}
	head, _ := resFold((*buf)[:0], b[:min(len(b), 64)], 64)
	*buf = head
	for _, pre := range c.prefixes {
		if resHasPhrase(head, pre) {
			if resLineWords(a, t) > c.maxWords {
				return ""
			}
			return "site source or tag line " + resQuote(b) + " left in the text"
		}
	}
	return ""
}

// resCopyright reports a copyright line: "© Site 2019 - Privacy",
// "Copyright © 2021", "(c) 2020 Site". A sentence about copyright law
// ("Copyright laws were ...") is not one.
func resCopyright(b []byte) bool {
	if len(b) > 200 {
		return false
	}
	if bytes.HasPrefix(b, []byte("©")) {
		return true
	}
	rest := b
	switch {
	case len(b) > 9 && bytes.EqualFold(b[:9], []byte("copyright")):
		rest = bytes.TrimLeft(b[9:], " \t:")
	case len(b) > 3 && bytes.EqualFold(b[:3], []byte("(c)")):
		rest = bytes.TrimLeft(b[3:], " \t")
		return len(rest) > 0 // "(c) 2020 Site", "(c) Site"
	default:
		return false
	}
	if bytes.HasPrefix(rest, []byte("©")) || (len(rest) >= 3 && bytes.EqualFold(rest[:3], []byte("(c)"))) {
		return true
	}
	// "Copyright 2021 Site": a year right after the word.
	return len(rest) >= 4 && isASCIIDigits(rest[:4]) && (len(rest) == 4 || !isASCIIDigit(rest[4]))
}

func isASCIIDigit(c byte) bool { return '0' <= c && c <= '9' }

func isASCIIDigits(b []byte) bool {
	for _, c := range b {
		if !isASCIIDigit(c) {
			return false
		}
	}
	return len(b) > 0
}

// sentence returns a message when sentence s opens with a site notice.
func (c *resChrome) sentence(a *article.Article, s article.Sentence, buf *[]byte) string {
	if s.FirstWord >= s.EndWord {
		return ""
	}
	w := a.Words[s.FirstWord]
	if b := a.Src[w.Start]; c.extraSentences == nil && b < utf8.RuneSelf && !resSentenceInitials[b|0x20] && b|0x20 >= 'a' && b|0x20 <= 'z' {
		return "" // no notice starts with this letter
	}
	// The keys: the first two words, and the first word alone.
	end := w.End
	if s.FirstWord+1 < s.EndWord {
		end = a.Words[s.FirstWord+1].End
	}
	k, _ := resFold((*buf)[:0], a.Src[w.Start:end], 96)
	*buf = k
	one := k
	if i := bytes.IndexByte(k, ' '); i >= 0 {
		one = k[:i]
	}
	cands, extra := c.sentences[string(k)], c.extraSentences[string(k)]
	if len(one) < len(k) {
		if l := c.sentences[string(one)]; len(l) > 0 {
			cands = append(cands[:len(cands):len(cands)], l...)
		}
		if l := c.extraSentences[string(one)]; len(l) > 0 {
			extra = append(extra[:len(extra):len(extra)], l...)
		}
	}
	if len(cands) == 0 && len(extra) == 0 {
		return ""
	}
	head, _ := resFold((*buf)[:0], a.Src[w.Start:min(s.End, w.Start+160)], 160)
	*buf = head
	for _, list := range [][]string{cands, extra} {
		for _, ph := range list {
			if resHasPhrase(head, ph) {
				return "site notice " + resQuote(a.Text(s.Span)) + " left in the text"
			}
		}
	}
	return ""
}

func runSiteChrome(p *rules.Pass) {
	a := p.Article
	c := newResChrome(p)
	buf := make([]byte, 0, 192)
	var hits []resHit
	flagged := map[int]bool{}
	var copyrights []article.Span
	for _, para := range a.Paragraphs {
		for li := para.FirstLine; li < para.EndLine; li++ {
			if msg := c.classify(a, a.Lines[li].Text, &buf); msg != "" {
				hits = append(hits, resHit{line: li, span: a.Lines[li].Text, msg: msg})
				flagged[li] = true
				if strings.HasPrefix(msg, "copyright") {
					copyrights = append(copyrights, a.Lines[li].Text)
				}
			}
		}
		for si := para.FirstSentence; si < para.EndSentence; si++ {
			s := a.Sentences[si]
			msg := c.sentence(a, s, &buf)
			if msg == "" {
				continue
			}
			l1, l2 := a.LineAt(s.Start), a.LineAt(s.End-1)
			if s.Start == a.Lines[l1].Text.Start && s.End == a.Lines[l2].Text.End {
				for li := l1; li <= l2; li++ {
					if !flagged[li] {
						hits = append(hits, resHit{line: li, span: a.Lines[li].Text, msg: msg})
						flagged[li] = true
					}
				}
				continue
			}
			if flagged[l1] {
				continue
			}
			// Notices that fill a line between them make it a whole-line
			// finding: "This site uses Akismet… Learn how your comment…".
			if k := len(hits) - 1; k >= 0 && hits[k].inline && hits[k].line == l1 && hits[k].span.Start == a.Lines[l1].Text.Start &&
				s.End == a.Lines[l1].Text.End && a.SentenceAt(hits[k].span.End-1) == si-1 {
				hits[k] = resHit{line: l1, span: a.Lines[l1].Text, msg: hits[k].msg}
				flagged[l1] = true
				continue
			}
			hits = append(hits, resHit{line: l1, span: s.Span, inline: true, msg: msg})
		}
	}
	if li, msg := c.siteNameAtTop(a, flagged, copyrights, &buf); msg != "" {
		hits = append(hits, resHit{line: li, span: a.Lines[li].Text, msg: msg})
		flagged[li] = true
	}
	if p.Bool("shape") {
		bp := blocks.DefaultParams
		bp.ShortWords, bp.LeadWords = p.Int("short-words"), p.Int("lead-words")
		hits = append(hits, resShapeHits(p, flagged, bp)...)
	}
	resReport(p, hits, "site chrome")
}

// siteNameAtTop recognises the site's name standing alone on the first line
// of the file: a short title-case line without final punctuation, with a
// masthead word ("Times", "Daily") and followed by another line of residue
// (a notice, a timestamp), or named again in a copyright line.
func (c *resChrome) siteNameAtTop(a *article.Article, flagged map[int]bool, copyrights []article.Span, buf *[]byte) (int, string) {
	if len(a.Paragraphs) < 2 {
		return 0, ""
	}
	p0 := a.Paragraphs[0]
	if p0.EndLine-p0.FirstLine != 1 || flagged[p0.FirstLine] {
		return 0, ""
	}
	t := a.Lines[p0.FirstLine].Text
	b := a.Text(t)
	if !resTitleCaseName(a, t) {
		return 0, ""
	}
	msg := "site name " + resQuote(b) + " standing at the top of the article"
	p1 := a.Paragraphs[1]
	if (flagged[p1.FirstLine] || resTimestampLine(a.Src, a.Lines[p1.FirstLine].Text)) && resMasthead(a, t, buf) {
		return p0.FirstLine, msg
	}
	name, _ := resFold((*buf)[:0], b, 96)
	*buf = name
	var tmp []byte
	for _, cs := range copyrights {
		tmp, _ = resFold(tmp[:0], a.Text(cs), 400)
		if bytes.Contains(tmp, name) {
			return p0.FirstLine, msg
		}
	}
	return 0, ""
}

// resMasthead reports whether a word of line text t is a masthead word
// ("Times", "Daily", "Post"): a short headline at the top is not a site
// name.
func resMasthead(a *article.Article, t article.Span, buf *[]byte) bool {
	i := sort.Search(len(a.Words), func(k int) bool { return a.Words[k].Start >= t.Start })
	for ; i < len(a.Words) && a.Words[i].Start < t.End; i++ {
		k, _ := resFold((*buf)[:0], a.Src[a.Words[i].Start:a.Words[i].End], 40)
		*buf = k
		if resLists.mastheads[string(k)] {
			return true
		}
	}
	return false
}

// resTitleCaseName reports a short line of capitalised words (small
// connectors allowed) with no final punctuation: "The Daily Relay".
func resTitleCaseName(a *article.Article, t article.Span) bool {
	b := a.Text(t)
	if len(b) == 0 || len(b) > 48 {
		return false
	}
	last, _ := utf8.DecodeLastRune(b)
	if !article.IsWordRune(last) {
		return false
	}
	i := sort.Search(len(a.Words), func(k int) bool { return a.Words[k].Start >= t.Start })
	n := 0
	for ; i < len(a.Words) && a.Words[i].Start < t.End; i++ {
		n++
		w := a.Src[a.Words[i].Start:a.Words[i].End]
		r, _ := utf8.DecodeRune(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			continue
		}
		switch string(w) {
		case "of", "the", "de", "del", "la", "el", "le", "y", "and", "for", "on", "in":
			continue
		}
		return false
	}
	return n >= 1 && n <= 5
}

// ---------------------------------------------------------------------------
// residue/timestamp

// Timestamp vocabulary, lower case.
var (
	resMonths = resWordList(`january february march april may june july august september october november
		december jan feb mar apr jun jul aug sep sept oct nov dec enero febrero marzo abril mayo junio
		julio agosto septiembre setiembre octubre noviembre diciembre janvier février mars avril mai
		juin juillet août septembre octobre novembre décembre januar februar märz juni juli oktober
		dezember gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre janeiro
		fevereiro março maio junho julho setembro outubro novembro dezembro`)
	resWeekdays = resWordList(`monday tuesday wednesday thursday friday saturday sunday mon tue tues wed
		thu thur thurs fri sat sun lunes martes miércoles jueves viernes sábado domingo lundi mardi
		mercredi jeudi vendredi samedi dimanche`)
	resZones = resWordList(`am pm a.m p.m gmt utc bst cet cest eet eest est edt cst cdt mst mdt pst pdt
		et pt ist msk jst aest z h hrs hr`)
	resMeta = resWordList(`published updated posted last modified on at date time created edited
		publicado actualizado publié mis à jour publiziert aktualisiert ago hours hour minutes
		minute mins min days day of the le el de del um date`)
)

// wordList makes a set of the white-space separated words of s.
func resWordList(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// resISOLen returns the length of the ISO 8601 date or date-time at the
// start of b ("2023-10-12", "2023-10-12T08:14:03.512Z", "…+02:00"), or 0;
// timed reports a time part.
func resISOLen(b []byte) (n int, timed bool) {
	if len(b) < 10 || !isASCIIDigits(b[:4]) || b[4] != '-' || !isASCIIDigits(b[5:7]) || b[7] != '-' || !isASCIIDigits(b[8:10]) {
		return 0, false
	}
	n = 10
	if n+6 <= len(b) && (b[n] == 'T' || b[n] == 't') && isASCIIDigits(b[n+1:n+3]) && b[n+3] == ':' && isASCIIDigits(b[n+4:n+6]) {
		n += 6
		timed = true
		for n < len(b) {
			c := b[n]
			if isASCIIDigit(c) || c == ':' || c == '.' || c == 'Z' || c == '+' || c == '-' {
				n++
				continue
			}
			break
		}
	}
	return n, timed
}

type resTimeEvidence struct {
	iso, numDate, clock, month, year, day, weekday, meta bool
	posted                                               bool // "Posted", "Updated", "Published"
}

// resPostedWords say that a date is the page's publication stamp.
var resPostedWords = resWordList(`published updated posted modified created edited date publicado
	actualizado publié publiziert aktualisiert pubblicato aggiornato`)

// resTimestampLine reports a line that holds nothing but a date or time,
// with at most a section path, separators and words such as "Updated":
// "2023-10-12T08:14:03.512Z", "World/Europe 2023-10-02T11:20:47.561Z",
// "Published: 12/10/2023 - 08:14", "Thursday, 12 October 2023, 10:15 GMT".
func resTimestampLine(src []byte, t article.Span) bool {
	ev, ok := resTimestampEvidence(src, t)
	return ok && (ev.iso || ev.numDate || ev.clock || (ev.month && ev.year) ||
		(ev.month && ev.day && (ev.weekday || ev.meta)))
}

// resTimestampSentence reports a sentence that is nothing but a publication
// stamp: a timestamp with a word such as "Posted", or an ISO date ("Posted
// on Monday, March 9, 2020 at 4:45 p.m."). A bare date opening a
// paragraph may be the article's own ("Friday, May 8th. The queue starts
// early…").
func resTimestampSentence(src []byte, t article.Span) bool {
	ev, ok := resTimestampEvidence(src, t)
	return ok && (ev.iso || ev.posted && (ev.numDate || ev.clock || ev.month && (ev.year || ev.day)))
}

// resTimestampEvidence reads the tokens of t as a timestamp; ok is false
// when one of them cannot be part of one.
func resTimestampEvidence(src []byte, t article.Span) (ev resTimeEvidence, ok bool) {
	if t.Len() == 0 || t.Len() > 120 {
		return ev, false
	}
	tokens := 0
	t.Start = resDateLabelEnd(src, t)
	for i := t.Start; i < t.End; {
		r, n := utf8.DecodeRune(src[i:t.End])
		if article.IsSpace(r) {
			i += n
			continue
		}
		j := i
		for j < t.End {
			r, n := utf8.DecodeRune(src[j:t.End])
			if article.IsSpace(r) {
				break
			}
			j += n
		}
		tokens++
		if tokens > 14 {
			return ev, false
		}
		if !resTimeToken(src[i:j], tokens == 1, &ev) {
			return ev, false
		}
		i = j
	}
	return ev, true
}

// resDateLabelEnd returns where the text after a label of one or two
// words ending in a colon starts ("Print date: 12-10-2023"), or t.Start.
func resDateLabelEnd(src []byte, t article.Span) int {
	b := src[t.Start:t.End]
	c := bytes.IndexByte(b, ':')
	if c <= 0 || c > 24 || c+1 >= len(b) || b[c+1] != ' ' {
		return t.Start
	}
	words := 1
	for _, r := range string(b[:c]) {
		switch {
		case r == ' ':
			words++
		case !unicode.IsLetter(r):
			return t.Start
		}
	}
	if words > 2 {
		return t.Start
	}
	return t.Start + c + 1
}

func resTimeToken(tok []byte, first bool, ev *resTimeEvidence) bool {
	// Trim brackets and trailing punctuation.
	for len(tok) > 0 && (tok[0] == '(' || tok[0] == '[') {
		tok = tok[1:]
	}
	for len(tok) > 0 {
		c := tok[len(tok)-1]
		if c == ',' || c == ';' || c == ')' || c == ']' || c == '|' || c == ':' || c == '.' {
			tok = tok[:len(tok)-1]
			continue
		}
		break
	}
	if len(tok) == 0 {
		return true
	}
	// Separators.
	sep := true
	for _, r := range string(tok) {
		if !strings.ContainsRune("|-–—·•/›>»", r) {
			sep = false
			break
		}
	}
	if sep {
		return true
	}
	if n, _ := resISOLen(tok); n == len(tok) {
		ev.iso = true
		return true
	}
	if isASCIIDigit(tok[0]) {
		return resNumericToken(tok, ev)
	}
	if len(tok) > 24 {
		return false
	}
	var arr [32]byte
	low, ok := resFold(arr[:0], tok, 30)
	if !ok {
		return false
	}
	switch {
	case resMonths[string(low)]:
		ev.month = true
	case resWeekdays[string(low)]:
		ev.weekday = true
	case resZones[string(low)]:
	case resMeta[string(low)] || resPostedWords[string(low)]:
		ev.meta = true
		ev.posted = ev.posted || resPostedWords[string(low)]
	case first && bytes.IndexByte(tok, '/') > 0:
		// A section path: "World/Europe".
		for _, r := range string(tok) {
			if r != '/' && r != '-' && !unicode.IsLetter(r) {
				return false
			}
		}
	default:
		return false
	}
	return true
}

// resNumericToken classifies a token that starts with a digit.
func resNumericToken(tok []byte, ev *resTimeEvidence) bool {
	// Digits, then what follows them.
	d := 0
	for d < len(tok) && isASCIIDigit(tok[d]) {
		d++
	}
	rest := tok[d:]
	switch {
	case len(rest) == 0:
		switch {
		case d <= 2:
			ev.day = true
		case d == 4 && (tok[0] == '1' && tok[1] == '9' || tok[0] == '2' && tok[1] == '0'):
			ev.year = true
		default:
			return false
		}
		return true
	case string(rest) == "st" || string(rest) == "nd" || string(rest) == "rd" || string(rest) == "th":
		ev.day = d <= 2
		return d <= 2
	}
	// A clock: 10:30, 10.30, 10h30, 10:30:15, 10:30am, 10:30h.
	if d <= 2 && len(rest) >= 3 && (rest[0] == ':' || rest[0] == '.' || rest[0] == 'h') && isASCIIDigit(rest[1]) && isASCIIDigit(rest[2]) {
		r := rest[3:]
		if len(r) >= 3 && r[0] == ':' && isASCIIDigits(r[1:3]) {
			r = r[3:]
		}
		switch strings.ToLower(string(r)) {
		case "", "am", "pm", "a.m", "p.m", "h", "hrs", "z":
			ev.clock = true
			return true
		}
		return false
	}
	// A date: 31/05/2021, 31.05.21, 5-31-2021.
	if d <= 4 && len(rest) >= 2 && (rest[0] == '/' || rest[0] == '.' || rest[0] == '-') {
		sep := rest[0]
		r := rest[1:]
		d2 := 0
		for d2 < len(r) && isASCIIDigit(r[d2]) {
			d2++
		}
		if d2 >= 1 && d2 <= 2 && d2 < len(r) && r[d2] == sep && isASCIIDigits(r[d2+1:]) && len(r)-d2-1 <= 4 && len(r)-d2-1 >= 2 {
			ev.numDate = true
			return true
		}
	}
	// "10am", "3pm"
	switch strings.ToLower(string(rest)) {
	case "am", "pm", "h":
		if d <= 2 {
			ev.clock = true
			return true
		}
	}
	return false
}

// resTimestampLines marks the lines that are nothing but a timestamp, but
// for the date lines of a sports fixture block ("Saturday, 14 October"
// above "Valencia v Cadiz (1500 BST)"), which are content.
func resTimestampLines(a *article.Article) []bool {
	var out []bool
	for li, l := range a.Lines {
		if l.Blank() || !resTimestampLine(a.Src, l.Text) || resNextToFixture(a, li) {
			continue
		}
		if out == nil {
			out = make([]bool, len(a.Lines))
		}
		out[li] = true
	}
	return out
}

// resNextToFixture reports a line right above or below a line of a
// fixture block or a result ("Valencia v Cadiz", "Bilbao 2-1 Vigo",
// "Kick-off: 1500 BST"), a blank line apart at most.
func resNextToFixture(a *article.Article, li int) bool {
	for _, d := range []int{1, 2, -1, -2} {
		k := li + d
		if k < 0 || k >= len(a.Lines) {
			continue
		}
		if a.Lines[k].Blank() {
			continue
		}
		if (d == 2 || d == -2) && !a.Lines[li+d/2].Blank() {
			continue
		}
		if !resTimestampLine(a.Src, a.Lines[k].Text) && resFixtureLine(a.Text(a.Lines[k].Text)) {
			return true // a timestamp line is no fixture, whatever time it holds
		}
	}
	return false
}

// resSidesLine reports a short line naming two sides of a fixture or a
// result: "Valencia v Cadiz", "Bilbao vs. Vigo", "Bilbao 2-1 Vigo".
func resSidesLine(b []byte) bool {
	if len(b) > 120 {
		return false
	}
	for _, sep := range []string{" v ", " vs ", " vs. ", " V "} {
		if i := bytes.Index(b, []byte(sep)); i > 0 && i+len(sep) < len(b) {
			return true
		}
	}
	// A score between two words: "Bilbao 2-1 Vigo".
	for i := 1; i+2 < len(b); i++ {
		if b[i] == '-' && isASCIIDigit(b[i-1]) && isASCIIDigit(b[i+1]) && (i < 2 || b[i-2] == ' ') && (i+2 >= len(b) || b[i+2] == ' ') {
			return i >= 3 && i+3 < len(b)
		}
	}
	return false
}

// resDatePrefix returns the end of a date stamp opening line text t and
// followed by more text: an ISO date, with a time or without, after at
// most one word such as "date" or "Updated" ("date 2023-11-04 By
// noon…"). It returns 0 when there is none.
func resDatePrefix(src []byte, t article.Span) int {
	b := src[t.Start:t.End]
	i := 0
	if n, _ := resISOLen(b); n == 0 {
		sp := bytes.IndexByte(b, ' ')
		if sp <= 0 || sp > 12 {
			return 0
		}
		var arr [16]byte
		w, ok := resFold(arr[:0], bytes.TrimRight(b[:sp], ":"), 14)
		if !ok || !resMeta[string(w)] {
			return 0
		}
		i = sp + 1
	}
	n, _ := resISOLen(b[i:])
	if n == 0 || i+n >= len(b) || b[i+n] != ' ' {
		return 0
	}
	return t.Start + i + n
}

// resTimestampKey keys the timestamp lines of an article, which
// residue/timestamp reports and residue/site-chrome takes as evidence.
type resTimestampKey struct{}

// resSharedTimestampLines returns resTimestampLines, computed once per run.
func resSharedTimestampLines(p *rules.Pass) []bool {
	return p.Shared(resTimestampKey{}, func(a *article.Article) any { return resTimestampLines(a) }).([]bool)
}

func runTimestamp(p *rules.Pass) {
	a := p.Article
	src := a.Src
	var hits []resHit
	lines := resSharedTimestampLines(p)
	wi, si := 0, 0
	for li, l := range a.Lines {
		if l.Blank() {
			continue
		}
		if lines != nil && lines[li] {
			hits = append(hits, resHit{line: li, span: l.Text, msg: "timestamp line " + resQuote(a.Text(l.Text)) + " left in the text"})
			continue
		}
		// A date stamp opening the line, or a sentence that is nothing
		// but a timestamp at its start ("Posted on Monday, March 9, 2020
		// at 4:45 p.m. The ferry…").
		prefix := article.Span{Start: l.Text.Start, End: resDatePrefix(src, l.Text)}
		if prefix.End == 0 {
			for si < len(a.Sentences) && a.Sentences[si].End <= l.Text.Start {
				si++
			}
			if si < len(a.Sentences) && a.Sentences[si].Start == l.Text.Start && a.Sentences[si].End < l.Text.End &&
				a.LineAt(a.Sentences[si].End) == li && resTimestampSentence(src, a.Sentences[si].Span) {
				prefix.End = a.Sentences[si].End
			}
		}
		if prefix.End > 0 {
			hits = append(hits, resHit{line: li, span: prefix, inline: true, msg: "timestamp " + resQuote(a.Text(prefix)) + " left in the text"})
		}
		// An ISO date-time inside a line.
		for wi < len(a.Words) && a.Words[wi].Start < l.Text.Start {
			wi++
		}
		for ; wi < len(a.Words) && a.Words[wi].Start < l.Text.End; wi++ {
			w := a.Words[wi]
			if w.Start < prefix.End || w.Len() < 11 || !isASCIIDigit(src[w.Start]) {
				continue
			}
			n, timed := resISOLen(src[w.Start:l.Text.End])
			if n == 0 || !timed {
				continue
			}
			s := article.Span{Start: w.Start, End: w.Start + n}
			hits = append(hits, resHit{line: li, span: s, inline: true, msg: "timestamp " + resQuote(a.Text(s)) + " left in the text"})
		}
	}
	resReport(p, hits, "timestamp")
}

// resFixtureLine reports a line of a fixture block: two sides ("Italy v
// Wales", "Bilbao 2-1 Vigo", see resSidesLine), "Kick-off: 1430 GMT",
// "Venue: Stadio Flaminio", or words with a kick-off time ("Arsenal -
// Chelsea, 15:00").
func resFixtureLine(line []byte) bool {
	if resSidesLine(line) {
		return true
	}
	toks := bytes.Fields(line)
	words, clock := 0, false
	for i, tok := range toks {
		low := strings.ToLower(strings.TrimRight(string(tok), ":,"))
		switch {
		case (low == "v" || low == "vs" || low == "vs.") && i > 0 && i+1 < len(toks):
			return true
		case i == 0 && (low == "kick-off" || low == "venue" || low == "ko"):
			return true
		case isASCIIDigit(tok[0]):
			var ev resTimeEvidence
			t := bytes.Trim(tok, "(),")
			if bytes.IndexByte(t, ':') > 0 && resNumericToken(t, &ev) && ev.clock {
				clock = true // "15:00", not "24h"
			}
			if len(tok) >= 4 && isASCIIDigits(tok[:4]) && i+1 < len(toks) && resZones[strings.ToLower(strings.Trim(string(toks[i+1]), "(),"))] {
				clock = true // "1430 GMT"
			}
		case resZones[strings.Trim(low, "()")]:
		default:
			words++
		}
	}
	return clock && words >= 2 // two sides, or a side and a venue
}

// ---------------------------------------------------------------------------
// residue/related-links

// resBullet reports whether b starts with a list bullet and a space.
func resBullet(b []byte) bool {
	r, n := utf8.DecodeRune(b)
	switch r {
	case '•', '·', '‣', '◦', '▪', '■', '●', '►', '▶', '▸', '»', '›', '*', '-', '–', '—', '+', '→':
		return n < len(b) && (b[n] == ' ' || b[n] == '\t' || b[n] == 0xC2) // "• ", "•\u00a0"
	}
	return false
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
	if k := resLabelKey(nil, b); k != nil && (resLists.related[string(k)] || resLists.labels[string(k)]) {
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
	var buf []byte
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

// ---------------------------------------------------------------------------
// residue/caption-credit

// resCredits holds the credit vocabulary of one run.
type resCredits struct {
	agencies map[string]bool
	extra    map[string]bool
}

func (c *resCredits) agency(b []byte) bool {
	b = bytes.TrimSpace(b)
	if len(b) == 0 {
		return false
	}
	if c.agencies[string(b)] || c.extra[string(b)] {
		return true
	}
	for _, suf := range []string{" Photo", " Photos", " Images", " Pictures", " PHOTO", " Foto"} {
		if bytes.HasSuffix(b, []byte(suf)) && len(b) > len(suf) {
			s := b[:len(b)-len(suf)]
			return c.agencies[string(s)] || c.extra[string(s)]
		}
	}
	// "EPA-EFE", "Anadolu Agency via Getty Images"
	if i := bytes.Index(b, []byte(" via ")); i > 0 {
		return c.agency(b[:i]) && c.agency(b[i+5:])
	}
	if i := bytes.IndexByte(b, '-'); i > 0 {
		return c.agency(b[:i]) && c.agency(b[i+1:])
	}
	return false
}

// resHandle reports a social-media account as a source: "@harbour_news",
// "V_Zelenskiy_official".
func resHandle(b []byte) bool {
	if len(b) < 4 || len(b) > 40 {
		return false
	}
	underscore := b[0] == '@'
	for _, c := range b {
		switch {
		case c == '_':
			underscore = true
		case c == '@' || c == '.' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
		default:
			return false
		}
	}
	return underscore
}

// resNameWords returns the number of words of a person's name in b, or 0
// when b is not one ("Lars Moe", "KEVIN LAMARQUE", "J. de la Cruz").
func resNameWords(b []byte) int {
	n := 0
	for _, f := range bytes.Fields(b) {
		r, _ := utf8.DecodeRune(f)
		switch string(f) {
		case "de", "del", "la", "las", "los", "da", "do", "dos", "das", "van", "von", "der", "den", "di",
			"du", "le", "bin", "al", "el", "y", "e", "ibn", "ben", "ter", "zu":
			n++
			continue
		}
		if !unicode.IsUpper(r) {
			return 0
		}
		for _, r := range string(f) {
			if !unicode.IsLetter(r) && r != '.' && r != '-' && r != '\'' && r != '’' {
				return 0
			}
		}
		n++
	}
	if n > 5 {
		return 0
	}
	return n
}

// credit reports whether b, the end of a line, is a photo credit; alone
// says whether b is the whole line.
func (c *resCredits) credit(b []byte, alone bool) bool {
	b = bytes.TrimSpace(b)
	if len(b) == 0 || len(b) > 120 {
		return false
	}
	last, _ := utf8.DecodeLastRune(b)
	if last == '.' || last == '!' || last == '?' || last == ',' || last == ';' || last == ':' {
		return false
	}
	var arr [48]byte
	head, _ := resFold(arr[:0], b[:min(len(b), 40)], 44)
	for _, l := range resLists.creditLabels {
		if resHasPhrase(head, l) {
			return len(bytes.Fields(b)) <= 12
		}
	}
	if resCreditLabel(head) {
		return len(bytes.Fields(b)) <= 12 // "Main picture source: …", "Cover image: …"
	}
	if bytes.IndexByte(b, '/') < 0 && bytes.IndexByte(b, '|') < 0 {
		return alone && c.agency(b)
	}
	agencies, longName, parts := 0, false, 0
	for len(b) > 0 {
		i := bytes.IndexAny(b, "/|")
		part := b
		if i >= 0 {
			part, b = b[:i], b[i+1:]
		} else {
			b = nil
		}
		parts++
		if parts > 4 {
			return false
		}
		switch {
		case c.agency(part) || resHandle(bytes.TrimSpace(part)):
			agencies++
		default:
			n := resNameWords(part)
			if n == 0 {
				return false
			}
			longName = longName || n >= 2
		}
	}
	return agencies > 0 && (longName || agencies == parts)
}

// resCreditWords make a label of up to three words before a colon a
// credit label: "Main picture source:", "Cover image:", "Image courtesy:".
var resCreditWords = resWordList(`photo photos image images picture pictures foto fotos bild credit credits
	photograph photography illustration imagen imagem`)

// resCreditLabel reports folded text that opens with a label of one to
// three words, one of them a credit word, and a colon.
func resCreditLabel(head []byte) bool {
	c := bytes.IndexByte(head, ':')
	if c <= 0 {
		return false
	}
	words := bytes.Fields(head[:c])
	if len(words) > 3 {
		return false
	}
	for _, w := range words {
		if resCreditWords[string(w)] {
			return true
		}
	}
	return false
}

// resParenCredit returns the end of a bracketed credit starting at b[0]
// == '(' ("(Photo: Reuters)", "(AP Photo/Evan Vucci)"), or 0.
func (c *resCredits) parenCredit(b []byte) int {
	if len(b) < 3 || c.extra == nil && b[1] < utf8.RuneSelf && !resCreditInitials[b[1]] {
		return 0 // "(£486,000)", "(SMFG)": no label or agency starts so
	}
	end := bytes.IndexByte(b, ')')
	if end < 2 || end > 120 {
		return 0
	}
	inner := b[1:end]
	var arr [48]byte
	head, _ := resFold(arr[:0], inner[:min(len(inner), 40)], 44)
	for _, l := range resLists.creditLabels {
		if resHasPhrase(head, l) && len(bytes.TrimSpace(inner)) > len(l) {
			return end + 1
		}
	}
	if i := bytes.IndexByte(inner, '/'); i > 0 && c.agency(inner[:i]) && resNameWords(inner[i+1:]) >= 2 {
		return end + 1
	}
	return 0
}

func runCaptionCredit(p *rules.Pass) {
	c := &resCredits{agencies: resLists.agencies}
	l := p.Strings("extra-agencies")
	if len(l) == 0 {
		resReport(p, slices.Clone(resDefaultCredits(p)), "caption")
		return
	}
	c.extra = map[string]bool{}
	for _, s := range l {
		c.extra[strings.TrimSpace(s)] = true
	}
	resReport(p, c.hits(p.Article), "caption")
}

// resCreditsKey keys the captions and credits found with the built-in
// agencies, which residue/caption-credit reports and residue/site-chrome
// takes as evidence.
type resCreditsKey struct{}

// resDefaultCredits returns the captions and credits of the article found
// with the built-in agencies, computed once per run; the slice is shared
// and read-only.
func resDefaultCredits(p *rules.Pass) []resHit {
	return p.Shared(resCreditsKey{}, func(a *article.Article) any {
		return (&resCredits{agencies: resLists.agencies}).hits(a)
	}).([]resHit)
}

// hits finds the captions and credits of an article.
func (c *resCredits) hits(a *article.Article) []resHit {
	src := a.Src
	var hits []resHit
	captions := map[string]bool{} // the text of the caption lines found, to find their copies
	for pi, para := range a.Paragraphs {
		si := para.FirstSentence
		for li := para.FirstLine; li < para.EndLine; li++ {
			t := a.Lines[li].Text
			b := a.Text(t)
			// Bracketed credits anywhere in the line, and "© Name/AGENCY"
			// after text.
			for off := 0; off < len(b); {
				i := bytes.IndexByte(b[off:], '(')
				if i < 0 {
					break
				}
				i += off
				if n := c.parenCredit(b[i:]); n > 0 {
					s := article.Span{Start: t.Start + i, End: t.Start + i + n}
					hits = append(hits, resHit{line: li, span: s, inline: true, msg: "photo credit " + resQuote(a.Text(s)) + " left in the text"})
					off = i + n
					continue
				}
				off = i + 1
			}
			if i := bytes.Index(b, []byte("©")); i > 0 {
				if n := c.copyrightCredit(b[i:]); n > 0 {
					s := article.Span{Start: t.Start + i, End: t.Start + i + n}
					hits = append(hits, resHit{line: li, span: s, inline: true, msg: "photo credit " + resQuote(a.Text(s)) + " left in the text"})
				}
			}
			// A credit at the end of the line: the last sentence that
			// starts in it, or what follows a last " | ".
			for si < para.EndSentence && a.Sentences[si].End <= t.Start {
				si++
			}
			last := -1
			before := 0 // sentences of the line before the last one
			for k := si; k < para.EndSentence && a.Sentences[k].Start < t.End; k++ {
				if a.Sentences[k].Start >= t.Start {
					if last >= 0 {
						before++
					}
					last = k
				}
			}
			if last < 0 || a.Sentences[last].End != t.End {
				continue
			}
			tail := a.Sentences[last].Span
			alone := tail.Start == t.Start
			if !c.credit(src[tail.Start:tail.End], alone) {
				if bytes.IndexByte(b, '|') < 0 {
					continue
				}
				if p := bytes.LastIndex(b, []byte(" | ")); p > 0 && c.pipeCredit(b[p+3:]) {
					tail, alone = article.Span{Start: t.Start + p + 3, End: t.End}, false
				} else {
					continue
				}
			}
			oneLine := para.EndLine-para.FirstLine == 1 && before <= 1 && resLineWords(a, t) <= 45
			switch {
			case alone:
				hits = append(hits, resHit{line: li, span: t, msg: "photo credit " + resQuote(b) + " left in the text"})
				// The lines above it in its paragraph are the caption.
				if li == para.EndLine-1 && li-para.FirstLine <= 2 && li > para.FirstLine {
					for k := para.FirstLine; k < li; k++ {
						if resLineWords(a, a.Lines[k].Text) > 45 {
							break
						}
						hits = append(hits, resHit{line: k, span: a.Lines[k].Text, msg: "photo caption " + resQuote(a.Text(a.Lines[k].Text)) + " above its credit"})
						captions[string(a.Text(a.Lines[k].Text))] = true
					}
				}
			case oneLine:
				hits = append(hits, resHit{line: li, span: t, msg: "photo caption with its credit " + resQuote(a.Text(tail)) + " left in the text"})
			default:
				hits = append(hits, resHit{line: li, span: tail, inline: true, msg: "photo credit " + resQuote(a.Text(tail)) + " left in the text"})
			}
		}
		// A caption sentence and a photographer's name below it:
		// "The president of the region, Ana Ruiz, at the ceremony." /
		// "Marta Pons". Not the article's last paragraph (a sign-off).
		if para.EndLine-para.FirstLine == 2 && pi+1 < len(a.Paragraphs) {
			if capt, name := a.Lines[para.FirstLine].Text, a.Lines[para.FirstLine+1].Text; resCaptionSentence(a, capt) && resBareName(a.Text(name)) {
				hits = append(hits, resHit{line: para.FirstLine, span: capt, msg: "photo caption " + resQuote(a.Text(capt)) + " above its credit"},
					resHit{line: para.FirstLine + 1, span: name, msg: "photo credit " + resQuote(a.Text(name)) + " below a caption"})
				captions[string(a.Text(capt))] = true
			}
		}
	}
	// Copies of a caption nearby (an image's text printed twice).
	if len(captions) > 0 {
		for li, l := range a.Lines {
			if !l.Blank() && captions[string(a.Text(l.Text))] && !resHitAt(hits, li) {
				hits = append(hits, resHit{line: li, span: l.Text, msg: "photo caption " + resQuote(a.Text(l.Text)) + ", printed again with its credit"})
			}
		}
	}
	return hits
}

// resHitAt reports a whole-line hit on line li.
func resHitAt(hits []resHit, li int) bool {
	for _, h := range hits {
		if h.line == li && !h.inline {
			return true
		}
	}
	return false
}

// resCaptionSentence reports a line that can be a photo caption above a
// photographer's name: one sentence of description ending in a period, of
// at most 30 words, not a quotation.
func resCaptionSentence(a *article.Article, t article.Span) bool {
	b := a.Text(t)
	if len(b) == 0 || b[len(b)-1] != '.' {
		return false
	}
	r, _ := utf8.DecodeRune(b)
	if article.IsOpener(r) || !unicode.IsUpper(r) || bytes.ContainsAny(b, "\"“”«»") {
		return false
	}
	n := resLineWords(a, t)
	return n >= 3 && n <= 30
}

// resBareName reports a photographer's name on its own: two or three
// capitalised words of letters ("JJ Guillén", "Marta Pons").
func resBareName(b []byte) bool {
	f := bytes.Fields(b)
	if len(f) < 2 || len(f) > 3 {
		return false
	}
	for _, w := range f {
		r, _ := utf8.DecodeRune(w)
		if !unicode.IsUpper(r) {
			return false
		}
		for _, r := range string(w) {
			if !unicode.IsLetter(r) && r != '-' && r != '.' && r != '\'' && r != '’' {
				return false
			}
		}
	}
	return true
}

// pipeCredit reports the credit after a caption's last " | ": an agency
// or a photographer and an agency, perhaps after a label of one or two
// words ("AFP", "Photo: EFE", "Font: AFP", "Ana Ruiz / EFE").
func (c *resCredits) pipeCredit(b []byte) bool {
	b = bytes.TrimSpace(b)
	if c.credit(b, true) {
		return true
	}
	if i := bytes.IndexByte(b, ':'); i > 0 && i <= 20 && bytes.Count(b[:i], []byte(" ")) <= 1 {
		return c.agency(b[i+1:]) || c.credit(b[i+1:], false)
	}
	return false
}

// copyrightCredit returns the length of a credit after a copyright sign in
// running text, "© Name Surname/AGENCY" or "© AGENCY", or 0.
func (c *resCredits) copyrightCredit(b []byte) int {
	n := len("©")
	rest := b[n:]
	end := 0
	for k, f := range bytes.Fields(rest) {
		if k >= 4 {
			break
		}
		at := bytes.Index(rest, f) + len(f)
		f = bytes.TrimRight(f, ".,;")
		if i := bytes.IndexByte(f, '/'); i > 0 && c.agency(f[i+1:]) || c.agency(f) {
			end = n + at
			break
		}
	}
	return end
}

// ---------------------------------------------------------------------------
// residue/shortcode

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
			for off := t.Start; off < t.End; {
				i := off + bytes.IndexAny(src[off:t.End], "[<")
				if i < off {
					break
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
					off = i + 1
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

// ---------------------------------------------------------------------------

func init() {
	register(
		&rules.Check{
			ID: "residue/site-chrome",
			Doc: "Finds the page furniture of the site an article was scraped from, left in its body: " +
				"navigation and widget labels standing alone on a line (\"Share this article\", \"Trending now\"), " +
				"source, tag and copyright lines (\"Source: agencies\", \"© Harbour Media 2023 - Privacy\"), site " +
				"notices and disclaimers (\"This article was automatically translated...\"), comment " +
				"forms, and the site's name standing alone at the top. Lines no list knows are judged by their " +
				"shape and their neighbours (package blocks): menus, mastheads, widgets and byline blocks in the " +
				"run of short lines above the headline or between the headline and the lead; interface words " +
				"(\"Source link\", \"Random Post\"), labels and footers after the last paragraph of prose; and " +
				"anywhere, hashtag lines, breadcrumbs, web addresses and handles standing alone, reading times and " +
				"counts (\"3 min read\"), items split by separators (\"Bergen • NTB\"), language switchers and " +
				"script code. The message says which evidence decided. Not flagged: the headline, a standfirst, " +
				"bylines without a date, datelines, subheadings, quotes, lists and results tables inside the " +
				"article, and any short line in an article without a lead of some length. The lists are data " +
				"(checks/data/residue.txt) and can be extended per site. The fix deletes the line (unsafe).",
			Bad:      "The port reopened on Monday.\n\nShare this article\n\nThe unions called off the strike.\n",
			Good:     "The port reopened on Monday.\n\nThe unions called off the strike, the source said.\n",
			Severity: rules.Warning,
			Params: []rules.Param{
				{Name: "extra-labels", Kind: rules.Strings, Default: []string{},
					Doc: "more navigation labels that are residue when they stand alone on a line (case-insensitive)"},
				{Name: "extra-prefixes", Kind: rules.Strings, Default: []string{},
					Doc: "more openings of short source or tag lines (\"Source:\"; case-insensitive)"},
				{Name: "extra-sentences", Kind: rules.Strings, Default: []string{},
					Doc: "more openings of site notices, matched at the start of any sentence (case-insensitive)"},
				{Name: "sites", Kind: rules.Strings, Default: []string{},
					Doc: "site names that are residue when they stand alone on a line"},
				{Name: "max-words", Kind: rules.Int, Default: 12,
					Doc: "longest line, in words, that a source or tag prefix makes residue"},
				{Name: "shape", Kind: rules.Bool, Default: true,
					Doc: "judge the lines no list knows by their shape, position and neighbours (false: the lists only)"},
				{Name: "short-words", Kind: rules.Int, Default: blocks.DefaultParams.ShortWords,
					Doc: "most words of a short line, the kind menus, labels and mastheads are made of"},
				{Name: "lead-words", Kind: rules.Int, Default: blocks.DefaultParams.LeadWords,
					Doc: "fewest words of the lead, the first paragraph of prose; the lines above it are the headline's run"},
			},
			Run: runSiteChrome,
		},
		&rules.Check{
			ID: "residue/timestamp",
			Doc: "Finds timestamps and metadata lines left in the body by the scraper: a line that holds " +
				"nothing but a date or time, possibly after a section path or \"Updated\" " +
				"(\"2023-10-12T08:14:03.512Z\", \"World/Europe 2023-10-02T11:20:47.561Z\", \"Published: " +
				"12/10/2023 - 08:14\", \"Print date: 12-10-2023\"), ISO 8601 date-times inside a line, a date " +
				"stamp opening a line (\"date 2023-11-04 By noon...\") and a publication stamp opening a " +
				"paragraph (\"Posted on Monday, March 9, 2020 at 4:45 p.m. The...\"). Dates in running text, " +
				"datelines (\"LONDON, May 31 (Reuters) -\"), a bare date opening a paragraph (a diary's " +
				"\"Friday, May 8th.\") and the date lines of sports fixtures and results (\"Saturday, 14 " +
				"October\" above \"Valencia v Cadiz\") are not flagged. The fix deletes the line or the " +
				"timestamp (unsafe).",
			Bad:      "Dockworkers extend strike\n\n2023-10-12T08:14:03.512Z\n\nThe strike entered its ninth day.\n",
			Good:     "Dockworkers extend strike\n\nVALENCIA, Oct 12 (Reuters) - The strike entered its ninth day on 12 October 2023.\n",
			Severity: rules.Warning,
			Run:      runTimestamp,
		},
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
		&rules.Check{
			ID: "residue/caption-credit",
			Doc: "Finds photo captions and credits left in the body: a line or paragraph that ends in a " +
				"credit (\"... in June 2022. Lars Moe / AP\", \"REUTERS/Kevin Lamarque\", \"Photo: " +
				"EFE\", \"Main picture source: ...\", \"Bild: ...\") or in a credit after a pipe (\"... | Font: " +
				"AFP\"), an agency standing alone on a line (\"Getty Images\"), a credit line with the caption " +
				"lines above it in its paragraph, a one-sentence caption with a photographer's bare name below " +
				"it (and the caption's copy nearby), bracketed credits (\"(Photo: Reuters)\") and a copyright " +
				"credit in running text (\"... © Name/TASS\"). Agencies named in running text (\"he told " +
				"Reuters.\", \"LONDON (Reuters) -\"), signed quotes, and a name below the article's last " +
				"paragraph (a sign-off) are not flagged. The agency list is data and can be extended. The fix " +
				"deletes the caption or the credit (unsafe).",
			Bad:      "The ministers met in Bergen.\n\nThe two ministers on the quay in June 2022. Ana Ruiz / AP\n\nThe talks went on.\n",
			Good:     "The ministers met in Bergen, Ana Ruiz told AP.\n\nThe talks went on, Reuters reported.\n",
			Severity: rules.Warning,
			Params: []rules.Param{
				{Name: "extra-agencies", Kind: rules.Strings, Default: []string{},
					Doc: "more photo agencies and credit words (matched exactly, case matters)"},
			},
			Run: runCaptionCredit,
		},
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
