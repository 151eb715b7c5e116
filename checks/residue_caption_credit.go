package checks

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

// residue/caption-credit: photo captions and credits left in the body.

func init() {
	register(
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
	)
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
