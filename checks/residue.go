package checks

import (
	"bytes"
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

// This file holds what the residue/ checks share. They find what a scraper
// or aggregator leaves in the body of a republished article, each in a file
// of its own: the site's navigation and notices (residue_site_chrome.go,
// with the block classifier's evidence in residue_shape.go), timestamps
// (residue_timestamp.go), blocks of related links
// (residue_related_links.go), photo captions and credits
// (residue_caption_credit.go), CMS shortcodes and HTML tags
// (residue_shortcode.go), and a site's template lines across a batch
// (residue_template.go). Their phrase lists are data (data/residue.txt),
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

// wordList makes a set of the white-space separated words of s.
func resWordList(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// resBullet reports whether b starts with a list bullet and a space.
func resBullet(b []byte) bool {
	r, n := utf8.DecodeRune(b)
	switch r {
	case '•', '·', '‣', '◦', '▪', '■', '●', '►', '▶', '▸', '»', '›', '*', '-', '–', '—', '+', '→':
		return n < len(b) && (b[n] == ' ' || b[n] == '\t' || b[n] == 0xC2) // "• ", "•\u00a0"
	}
	return false
}
