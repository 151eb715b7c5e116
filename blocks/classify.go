package blocks

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
)

// Classify decides the role of every non-blank line of the article.
func Classify(in Input, p Params) *Page {
	a := in.Article
	n := 0
	for _, l := range a.Lines {
		if !l.Blank() {
			n++
		}
	}
	pg := &Page{Article: a, Blocks: make([]Block, 0, n), Lead: -1, Headline: -1, Last: -1}
	wi, pi := 0, 0
	for li, l := range a.Lines {
		if l.Blank() {
			continue
		}
		for pi+1 < len(a.Paragraphs) && a.Paragraphs[pi].EndLine <= li {
			pi++
		}
		for wi < len(a.Words) && a.Words[wi].Start < l.Text.Start {
			wi++
		}
		wj := wi
		for wj < len(a.Words) && a.Words[wj].Start < l.Text.End {
			wj++
		}
		b := Block{Line: li, Text: l.Text, Para: pi}
		measure(a, &b, wi, wj, p.LongWords)
		if in.Known != nil && li < len(in.Known) {
			b.Ev |= in.Known[li] & (known | Masthead)
		}
		if in.Hints != nil && li < len(in.Hints) && in.Hints[li] != nil {
			b.Hinted, b.HintWhy = hintEvidence(in.Hints[li], &b, p)
			b.Ev |= b.Hinted
		}
		b.Ev |= lineEvidence(a, &b, p)
		pg.Blocks = append(pg.Blocks, b)
		wi = wj
	}
	pg.runs(p)
	pg.findProse(p)
	for i := range pg.Blocks {
		if b := &pg.Blocks[i]; b.Ev&strong != 0 {
			b.furniture(b.Ev & strong)
		}
	}
	pg.top(p)
	pg.bottom(p)
	pg.context(p)
	return pg
}

func (b *Block) furniture(why Evidence) {
	if b.Role == Furniture {
		b.Why |= why
		return
	}
	b.Role = Furniture
	b.Why = why
}

// hintEvidence turns an HTML reader's hint into evidence, and says which
// fact of the hint gave it: the element (navigation, a header, footer or
// aside of the page: Structure; a figure caption: Credit), a short line
// that is mostly link text, or class and id words of a short line (a
// long line of prose inside a "sidebar" wrapper is not furniture for a
// class name alone).
func hintEvidence(h *Hint, b *Block, p Params) (Evidence, string) {
	var ev Evidence
	var why []string
	switch h.Element {
	case "nav", "header", "footer", "aside":
		ev |= Structure
		why = append(why, "inside <"+h.Element+">")
	case "figcaption":
		ev |= Credit
		why = append(why, "inside <figcaption>")
	}
	short := b.Words <= 2*p.ShortWords
	if h.LinkDensity >= p.LinkDensity && short {
		ev |= Structure
		why = append(why, fmt.Sprintf("%d%% of its text is link text", int(h.LinkDensity*100+0.5)))
	}
	for _, w := range h.ClassWords {
		var e Evidence
		switch w {
		case "nav", "navbar", "menu", "breadcrumb", "breadcrumbs", "share", "sharing", "social", "footer",
			"header", "masthead", "sidebar", "widget", "comments", "comment", "tags", "related", "promo",
			"newsletter", "subscribe", "cookie", "cookies", "advert", "advertisement", "ad", "ads", "byline", "meta":
			if short {
				e = Structure
			}
		case "caption", "credit", "credits", "figcaption":
			e = Credit
		}
		if e != 0 && ev&e == 0 {
			why = append(why, fmt.Sprintf("its class or id says %q", w))
		}
		ev |= e
	}
	return ev, strings.Join(why, ", ")
}

// lineEvidence is what one line shows by itself.
func lineEvidence(a *article.Article, b *Block, p Params) Evidence {
	s := &b.shape
	text := a.Text(b.Text)
	var ev Evidence
	short := b.Words <= p.ShortWords
	if s.hashtags >= 2 && s.tokens-s.hashtags <= 1 || s.hashtags >= 1 && s.hashtags == s.tokens {
		ev |= Hashtags
	}
	if s.addresses > 0 && s.others <= 4 && !s.endsSentence() && s.hashtags == 0 {
		ev |= Address
	}
	if s.codeStrong && (b.Words <= 12 || 2*s.codeMarks >= b.Words) || b.Words == 0 && onlyCodePunct(text) ||
		(s.final == '{' || s.final == '[') && b.Words <= 4 {
		ev |= Code
	}
	if s.parts >= 2 && s.maxPart <= 3 && b.Words <= 8 && !s.endsSentence() {
		ev |= Separated
	}
	if s.homeFused || s.chevrons >= 2 && b.Words <= 12 && !s.endsSentence() || homeThenSeparator(text) {
		ev |= Breadcrumb
	}
	if b.Words <= 4 && s.numbers >= 1 && s.countUnits >= 1 && s.numbers+s.countUnits == b.Words && !s.endsSentence() {
		ev |= Count
	}
	if s.locales > 0 && b.Words <= 4 {
		ev |= Locale
	}
	if s.byPrefix && b.Words <= 16 && (s.dated || s.addresses > 0) && !s.endsSentence() {
		ev |= Byline
	}
	content := b.Words - b.Function
	if short && content >= 1 && 2*b.Interface >= content {
		switch s.final {
		case '.', '?', ',', ';':
		default:
			ev |= Interface
		}
	}
	if s.label && b.Words >= 1 {
		ev |= Label
	}
	if s.bullet && s.keyValue {
		ev |= KeyValue
	}
	if short && !s.endsSentence() && s.final != ':' && s.final != '-' && s.final != '–' && s.final != '—' && !s.bracketed && !s.opener &&
		(s.lowerStart || s.allCaps && b.Words <= 4 || b.Words <= 2 || s.nameLike || s.digitStart && b.Function == 0) {
		ev |= Fragment
	}
	return ev
}

// onlyCodePunct reports a line of nothing but brackets and code marks: "}",
// "},{", "});".
func onlyCodePunct(text []byte) bool {
	for _, c := range text {
		switch c {
		case '{', '}', '[', ']', '(', ')', ';', ',', ' ', '\t':
		default:
			return false
		}
	}
	return bytes.ContainsAny(text, "{}[]")
}

// homeThenSeparator reports a breadcrumb that opens with "Home" and a
// separator: "Home » News", "Home > World", "Home / Politics".
func homeThenSeparator(text []byte) bool {
	if len(text) < 6 || !bytes.EqualFold(text[:4], []byte("home")) {
		return false
	}
	rest := bytes.TrimLeft(text[4:], " \t")
	if len(rest) == len(text)-4 && len(rest) > 0 && rest[0] != '/' && rest[0] != '|' {
		return false // "Homeland", "Homes"
	}
	r, _ := utf8.DecodeRune(rest)
	return isSeparator(r)
}

// runs finds evidence that takes several lines to see: menus, script
// code, asterisk notes against asterisk lists, and a breadcrumb that ends
// with the headline printed below it.
func (pg *Page) runs(p Params) {
	bl := pg.Blocks
	src := pg.Article.Src
	// Menus: three or more bulleted items of one to three words in a row.
	for i := 0; i < len(bl); {
		j := i
		for j < len(bl) && bl[j].shape.bullet && bl[j].Words >= 1 && bl[j].Words <= 3 && bl[j].Function == 0 {
			j++
		}
		if j-i >= 3 {
			for k := i; k < j; k++ {
				bl[k].Ev |= Menu
			}
		}
		if j == i {
			j++
		}
		i = j
	}
	// Code: lines of a paragraph next to a line of code that look like
	// code themselves ("bidder: 'x',", "params: {").
	for changed := true; changed; {
		changed = false
		for i := range bl {
			if bl[i].Ev&Code != 0 || !codeLike(pg.Article, &bl[i]) {
				continue
			}
			if i > 0 && bl[i-1].Ev&Code != 0 && bl[i-1].Para == bl[i].Para ||
				i+1 < len(bl) && bl[i+1].Ev&Code != 0 && bl[i+1].Para == bl[i].Para {
				bl[i].Ev |= Code
				changed = true
			}
		}
	}
	// Asterisks: a lone asterisk line is a note; consecutive ones are a list.
	for i := range bl {
		if !bl[i].shape.star {
			continue
		}
		if (i == 0 || !bl[i-1].shape.star) && (i+1 == len(bl) || !bl[i+1].shape.star) {
			bl[i].Ev |= Note
		}
	}
	// "Home World Headline" above "Headline".
	for i := 0; i+1 < len(bl); i++ {
		t, next := pg.Article.Text(bl[i].Text), src[bl[i+1].Text.Start:bl[i+1].Text.End]
		if bl[i].Words > bl[i+1].Words && bl[i].Words <= bl[i+1].Words+3 && len(next) > 8 &&
			bytes.HasSuffix(t, next) && bl[i].Capitalised >= bl[i].Words-bl[i+1].Words {
			bl[i].Ev |= Breadcrumb
		}
	}
}

// codeLike reports a short line that could be part of script code.
func codeLike(a *article.Article, b *Block) bool {
	if b.Words > 8 {
		return false
	}
	switch b.shape.final {
	case ',', ';', '{', '}', '[', ']', '(':
	default:
		return b.shape.codeMarks > 0 || bytes.IndexByte(a.Text(b.Text), ':') > 0 && b.Words <= 3
	}
	return true
}

// findProse marks the lines of running text, the lead and the last one.
func (pg *Page) findProse(p Params) {
	for i := range pg.Blocks {
		b := &pg.Blocks[i]
		if b.Ev&(strong|Note|KeyValue|Menu) != 0 {
			continue
		}
		s := &b.shape
		b.Prose = b.Words >= p.ProseWords && s.endsSentence() && b.Function*100 >= proseFunctionShare*b.Words || b.Words >= p.LongWords
		if !b.Prose {
			continue
		}
		if pg.Lead < 0 && b.Words >= p.LeadWords {
			pg.Lead = i
			b.Role = Lead
		}
		pg.Last = i
	}
	// A "Label: text" line right after furniture at the end is a footer
	// line, not the last of the prose ("Statement: …" after "Original: …").
	for pg.Last > pg.Lead && pg.Last > 0 {
		b := &pg.Blocks[pg.Last]
		if !b.shape.keyValue || b.Words > 2*p.ShortWords+3 || pg.Blocks[pg.Last-1].Ev&strong == 0 {
			break
		}
		b.Prose = false
		pg.Last--
		for pg.Last >= 0 && !pg.Blocks[pg.Last].Prose {
			pg.Last--
		}
	}
}

// headlineShaped reports a line that may be a headline or a standfirst: a
// few words that start in capitals and read like a sentence (a function
// word, a lower-case word, or five words or more), no label, no name.
func headlineShaped(b *Block) bool {
	s := &b.shape
	if b.Words < 3 || b.Words > 40 || b.Ev&strong != 0 || s.lowerStart || s.bullet || s.final == ':' ||
		s.allCaps && b.Words <= 4 || s.nameLike {
		return false
	}
	return b.Function >= 1 || b.Words >= 5 || s.sentCase
}

// headlineAbove reports a line that may be the headline above a
// standfirst: headline-shaped, or two words that read as a sentence
// ("Strike ends").
func headlineAbove(b *Block) bool {
	s := &b.shape
	if b.Interface == b.Words-b.Function && b.Interface > 0 {
		return false // "Skip to content"
	}
	return headlineShaped(b) || b.Words == 2 && s.sentCase && !s.lowerStart && !s.allCaps && b.Ev&strong == 0 && s.final != ':'
}

// transparent reports a line the search for the headline passes over:
// furniture, bylines, labels, fragments.
func transparent(b *Block) bool {
	return b.Ev&(strong|weak&^Masthead) != 0 || b.shape.byPrefix || b.shape.bracketed || b.Words <= 2 || b.shape.lowerStart
}

// top decides the lines above the lead: the headline, a standfirst, and
// the furniture above and between them.
func (pg *Page) top(p Params) {
	lead := pg.Lead
	if lead <= 0 {
		return
	}
	bl := pg.Blocks
	h := -1
	for i := lead - 1; i >= 0; i-- {
		b := &bl[i]
		if b.Ev&strong != 0 || b.shape.bracketed || b.Words == 0 {
			continue
		}
		if i == lead-1 && b.Words >= 3 && !b.shape.lowerStart && !b.shape.byPrefix && b.Ev&(Note|KeyValue|Label|Menu) == 0 &&
			b.Interface < b.Words-b.Function ||
			!transparent(b) {
			h = i
			break
		}
	}
	if h < 0 {
		// No headline: only the lines with evidence of their own.
		for i := 0; i < lead-1; i++ {
			if b := &bl[i]; b.Ev&(Interface|Label|KeyValue|Note|Menu) != 0 && !pg.continues(i) {
				b.furniture(BeforeLead | b.Ev&weak)
			}
		}
		return
	}
	bl[h].Role = Headline
	pg.Headline = h
	first := h
	// A headline above a standfirst; a long first line is a standfirst
	// with the headline above it, perhaps past a date line.
	k := h - 1
	if bl[h].Words >= 12 {
		for k >= 0 && h-k <= 2 && bl[k].Ev&strong != 0 {
			k--
		}
	}
	// A sentence right below a line is a short lead, and the line the
	// headline, whatever its shape ("Ana Ruiz" above "The port's
	// president will retire.").
	sentence := bl[h].shape.final == '.' && bl[h].Function > 0 && k == h-1 && k >= 0 && bl[k].Ev&strong == 0 &&
		!bl[k].shape.lowerStart && bl[k].Words >= 1 && !bl[k].shape.bracketed
	if k >= 0 && (headlineAbove(&bl[k]) || sentence) && (k == h-1 || bl[h].Words >= 12) {
		bl[h].Role = Standfirst
		bl[k].Role = Headline
		pg.Headline = k
		first = k
	}
	for i := 0; i < first; i++ {
		b := &bl[i]
		if b.Ev&strong != 0 || b.Prose || pg.continues(i) {
			continue
		}
		if b.Words <= p.ShortWords && !headlineShaped(b) || b.Ev&weak&^(Fragment|Masthead) != 0 && b.Words <= 2*p.ShortWords {
			b.furniture(AboveHeadline | b.Ev&weak | Fragment&shortBit(b, p))
		}
	}
	// A masthead line above the headline, beside other furniture.
	for i := 0; i < first; i++ {
		b := &bl[i]
		if b.Role == Content && b.Ev&Masthead != 0 && (i > 0 && bl[i-1].Role == Furniture || bl[i+1].Role == Furniture) {
			b.furniture(AboveHeadline | Masthead)
		}
	}
	for i := first + 1; i < lead; i++ {
		b := &bl[i]
		if b.Role == Standfirst || b.Ev&strong != 0 || b.shape.bracketed || b.shape.byPrefix || pg.continues(i) {
			continue
		}
		if b.Ev&weak&^Masthead != 0 {
			b.furniture(BeforeLead | b.Ev&weak)
		}
	}
}

// continues reports a block that is part of a sentence broken across
// lines: it starts in lower case after a line that does not end in
// punctuation, or it ends without punctuation (in a function word, or
// after one or two words) before a line that starts in lower case. Such a
// line is a stray line break ("The" / "walkout of …"), not furniture.
func (pg *Page) continues(i int) bool {
	bl := pg.Blocks
	b := &bl[i]
	if b.shape.lowerFirst && i > 0 && bl[i-1].shape.final == 0 && bl[i-1].Role != Furniture && !bl[i-1].shape.allCaps {
		return true
	}
	if i+1 < len(bl) && bl[i+1].shape.lowerFirst && b.shape.final == 0 && !b.shape.allCaps {
		return b.Words <= 2 || pg.endsInFunctionWord(b)
	}
	return false
}

// endsInFunctionWord reports a line whose last word is a function word.
func (pg *Page) endsInFunctionWord(b *Block) bool {
	a := pg.Article
	i := sort.Search(len(a.Words), func(k int) bool { return a.Words[k].Start >= b.Text.End }) - 1
	if i < 0 || a.Words[i].Start < b.Text.Start {
		return false
	}
	var arr [32]byte
	low, ok := fold(&arr, a.Src[a.Words[i].Start:a.Words[i].End])
	return ok && functionWords[string(low)]
}

func shortBit(b *Block, p Params) Evidence {
	if b.Words <= p.ShortWords {
		return Fragment
	}
	return 0
}

// bottom decides the lines after the last line of prose.
func (pg *Page) bottom(p Params) {
	last := pg.Last
	if last < 0 {
		return
	}
	bl := pg.Blocks
	for i := last + 1; i < len(bl); i++ {
		b := &bl[i]
		if b.Role == Furniture || pg.continues(i) {
			continue
		}
		s := &b.shape
		switch {
		case b.Ev&(Interface|Label|Note|Menu|KeyValue) != 0:
			b.furniture(AfterEnd | b.Ev&weak)
		case b.Ev&Fragment != 0 && (s.lowerStart || s.allCaps):
			b.furniture(AfterEnd | Fragment)
		case i > last+1 && bl[i-1].Role == Furniture && !s.bracketed && !s.opener &&
			(b.Words <= p.ShortWords && s.final != '.' && s.final != '?' || s.keyValue && b.Words <= 2*p.ShortWords+3):
			b.furniture(AfterEnd | NextToFurniture)
		}
	}
}

// context makes furniture of a run of two or more lines of interface
// words (a share bar: "Share", "Tweet") and of a short line between two
// lines of furniture.
func (pg *Page) context(p Params) {
	bl := pg.Blocks
	for i := 0; i < len(bl); {
		j := i
		for j < len(bl) && bl[j].Ev&Interface != 0 && bl[j].Role != Headline && bl[j].Role != Standfirst && !bl[j].Prose {
			j++
		}
		if j-i >= 2 {
			for k := i; k < j; k++ {
				bl[k].furniture(Interface | InterfaceRun)
			}
		}
		i = max(j, i+1)
	}
	for pass := 0; pass < 2; pass++ {
		for i := 1; i+1 < len(bl); i++ {
			b := &bl[i]
			if b.Role != Content || b.Prose || b.Words > p.ShortWords || b.shape.endsSentence() && b.shape.final != '!' ||
				b.shape.bracketed || b.shape.opener || b.shape.byPrefix || headlineShaped(b) || pg.continues(i) {
				continue
			}
			if bl[i-1].Role == Furniture && bl[i+1].Role == Furniture {
				b.furniture(BetweenFurniture)
			}
		}
	}
}
