package checks

import (
	"bytes"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/blocks"
	"github.com/mtlint/mtlint/rules"
)

// residue/site-chrome: navigation, notices, copyright lines and the site's
// name left in the body, found by the lists of checks/data/residue.txt; the
// lines no list knows are judged by the block classifier (residue_shape.go).

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
	)
}

// resSentenceInitials marks the first letters of the built-in sentence
// openings; extra ones from parameters are looked up whatever their letter.
var resSentenceInitials [256]bool

func init() {
	for first := range resLists.sentences {
		resSentenceInitials[first[0]] = true
	}
}

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

func newResChrome(p *rules.Pass) resChrome {
	c := resChrome{
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
		if a.Shapes[i]&article.NonASCII == 0 && a.Words[i].Len() <= 40 && !resMastheadHashes.Has(a.Hashes[i]) {
			continue // an ASCII word whose hash is no masthead word's
		}
		k, _ := resFold((*buf)[:0], a.Src[a.Words[i].Start:a.Words[i].End], 40)
		*buf = k
		if resLists.mastheads[string(k)] {
			return true
		}
	}
	return false
}

// resMastheadHashes holds the hashes of the masthead words (WordHash of
// their folded form, which an ASCII word in any case shares).
var resMastheadHashes = func() (s article.HashSet) {
	for w := range resLists.mastheads {
		s.Add(w)
	}
	return s
}()

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
