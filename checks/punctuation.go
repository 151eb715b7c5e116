package checks

import (
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

// This file holds what the punctuation checks share: a bounded view of one
// paragraph's bytes with rune helpers, and the word lists (abbreviations,
// domain parts) that tell a real slip from "U.S.", "elpais.com" or "etc.
// and". Each check is in a file of its own (punctuation_space_before.go,
// punctuation_space_after_opening.go, punctuation_missing_space.go,
// punctuation_doubled.go, punctuation_stray_period.go,
// punctuation_spaced_number.go, punctuation_unbalanced.go,
// punctuation_mixed_quotes.go); punctuation_quotes.go pairs the quotes and
// brackets that several of them look at.

// para is one paragraph's bytes: [lo, hi) into src. Its helpers never read
// outside the paragraph.
type para struct {
	src    []byte
	lo, hi int
	index  int
}

// paraAt returns the view of paragraph i of a.
func paraAt(a *article.Article, i int) para {
	p := a.Paragraphs[i]
	return para{src: a.Src, lo: p.Start, hi: p.End, index: i}
}

// marks returns the marks of the article inside the paragraph (see
// article.Article.Marks): the checks visit these, not every byte.
func (p para) marks(a *article.Article) []int {
	return a.MarksIn(article.Span{Start: p.lo, End: p.hi})
}

// at returns the rune at i and its size, or (0, 0) at or past the end.
func (p para) at(i int) (rune, int) {
	if i >= p.hi || i < p.lo {
		return 0, 0
	}
	if c := p.src[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRune(p.src[i:p.hi])
}

// before returns the rune that ends at i and its size, or (0, 0) at the
// start of the paragraph.
func (p para) before(i int) (rune, int) {
	if i <= p.lo || i > p.hi {
		return 0, 0
	}
	if c := p.src[i-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRune(p.src[p.lo:i])
}

// skipHSpace returns the first offset at or after i that is not horizontal
// space.
func (p para) skipHSpace(i int) int {
	for {
		r, n := p.at(i)
		if n == 0 || !isHSpace(r) {
			return i
		}
		i += n
	}
}

// backHSpace returns the start of the run of horizontal space that ends at i.
func (p para) backHSpace(i int) int {
	for {
		r, n := p.before(i)
		if n == 0 || !isHSpace(r) {
			return i
		}
		i -= n
	}
}

// wordEnd returns the end of the run of word runes starting at i.
func (p para) wordEnd(i int) int {
	for {
		if i < p.hi && p.src[i] < utf8.RuneSelf {
			if byteClass[p.src[i]]&(clsDigit|clsLetter) == 0 {
				return i
			}
			i++
			continue
		}
		r, n := p.at(i)
		if n == 0 || !article.IsWordRune(r) {
			return i
		}
		i += n
	}
}

// wordStart returns the start of the run of word runes ending at i.
func (p para) wordStart(i int) int {
	for {
		if i > p.lo && p.src[i-1] < utf8.RuneSelf {
			if byteClass[p.src[i-1]]&(clsDigit|clsLetter) == 0 {
				return i
			}
			i--
			continue
		}
		r, n := p.before(i)
		if n == 0 || !article.IsWordRune(r) {
			return i
		}
		i -= n
	}
}

// maxToken bounds how far the token helpers look, so that a pathological
// text without spaces stays linear.
const maxToken = 200

// tokenBounds returns the run of non-space runes around i (at most
// maxToken bytes either side).
func (p para) tokenBounds(i int) (int, int) {
	s := i
	for s > p.lo && i-s < maxToken {
		r, n := p.before(s)
		if article.IsSpace(r) {
			break
		}
		s -= n
	}
	e := i
	for e < p.hi && e-i < maxToken {
		r, n := p.at(e)
		if article.IsSpace(r) {
			break
		}
		e += n
	}
	return s, e
}

// webToken reports a token that is part of a URL, an e-mail address, a path
// or code: it holds "@", "/", "\", "=", "://" or starts with "www.".
func (p para) webToken(i int) bool {
	s, e := p.tokenBounds(i)
	for j := s; j < e; j++ {
		switch p.src[j] {
		case '@', '/', '\\', '=', '#', '_', '~':
			return true
		}
	}
	t := p.src[s:e]
	return len(t) >= 4 && (t[0] == 'w' || t[0] == 'W') && (t[1] == 'w' || t[1] == 'W') && (t[2] == 'w' || t[2] == 'W') && t[3] == '.'
}

// byteClass classifies bytes for the checks' fast paths.
var byteClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= 0x80:
			t[c] = clsNonASCII
		case '0' <= c && c <= '9':
			t[c] = clsDigit
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			t[c] = clsLetter
		}
	}
	for _, c := range ",.;:!?" {
		t[c] = clsSentence
	}
	for _, c := range `"()[]{}` {
		t[c] = clsPair
	}
	return t
}()

// The byte classes.
const (
	clsDigit uint8 = 1 << iota
	clsLetter
	clsSentence // , . ; : ! ?
	clsPair     // a straight double quote or a bracket
	clsNonASCII // a byte of a multi-byte character
)

// isHSpace reports white space that does not break a line.
func isHSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\u00A0' || r == '\u2009' || r == '\u202F' || r == '\u2007' || r == '\u200A'
}

func isLower(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z'
	}
	return unicode.IsLower(r)
}

func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

func isDigitRune(r rune) bool { return '0' <= r && r <= '9' }

// isSentencePunct reports the marks the spacing checks look at.
func isSentencePunct(r rune) bool {
	switch r {
	case ',', '.', ';', ':', '!', '?':
		return true
	}
	return false
}

// isTerminalMark reports sentence-ending marks.
func isTerminalMark(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '…' }

// isOpenBracket reports round, square and curly opening brackets.
func isOpenBracket(r rune) bool { return r == '(' || r == '[' || r == '{' }

func matchingBracket(r rune) rune {
	switch r {
	case ')':
		return '('
	case ']':
		return '['
	case '}':
		return '{'
	}
	return 0
}

// capitalized reports whether the word at i starts with an uppercase letter
// followed by a lowercase one ("The", "Dockers"), the shape of a sentence's
// first word and not of "NET", "UK" or "iPod".
func (p para) capitalized(i int) bool {
	r, n := p.at(i)
	if !isUpper(r) {
		return false
	}
	r2, _ := p.at(i + n)
	return isLower(r2)
}

// lowerASCII returns b in lowercase (ASCII letters only) as a string.
func lowerASCII(b []byte) string {
	for _, c := range b {
		if 'A' <= c && c <= 'Z' {
			out := make([]byte, len(b))
			for i, c := range b {
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				out[i] = c
			}
			return string(out)
		}
	}
	return string(b)
}

// abbreviations that a period may follow inside a sentence: "approx. two",
// "etc. and", "vs. the", "Calif. and". A lowercase entry matches in any
// case; a capitalised one only when the word is capitalised too, so that
// "Wash." and "Miss." do not hide a stray period after "wash" or "miss".
// The article package keeps similar unexported sets for its segmenter; the
// punctuation checks need their own, longer ones.
var abbrevAnyCase, abbrevCapital = splitAbbrevs(`
	Mr Mrs Ms Mssrs Messrs Dr Prof Gen Gens Sen Sens Rep Reps Gov Govs Lt Col Capt Cpt Sgt Maj Adm Cmdr
	Cdr Brig Rev Hon Pres Supt Insp Det Fr Sr Sra Srta Mme Mlle St Ste Mt Ft Nr Rt Univ Ave Blvd Rd Sq
	Hwy Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
	Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev
	Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo Inc Ltd Co Corp Cie Bros Plc Jr Esq No Nos Rs
	LLC LLP Pty Pvt GmbH Bhd Ltda SpA Srl Oyj Cia
	vs v cf viz dept depts vol vols fig figs pp ch sec para paras approx appr ca circa est ref refs tel
	fax ext inc ltd co corp jr bros plc etc al ed eds trans transl incl excl esp govt natl intl assn
	assoc dist div min max avg av misc op cit ibid km kg lb lbs oz pt qt yr yrs hr hrs mins secs wk wks
	mos tbsp tsp cu ft sq doz abbr anon bk contd dia diag dir ea elec eng illus jct mfg mgr mkt mtn mus
	obs orig pl pron pseud qtd qty repr req sci std subj suppl syn yd`)

func splitAbbrevs(s string) (anyCase, capital map[string]bool) {
	anyCase, capital = map[string]bool{}, map[string]bool{}
	for w := range article.WordSet(s) {
		if w[0] >= 'A' && w[0] <= 'Z' {
			capital[lowerASCII([]byte(w))] = true
		} else {
			anyCase[w] = true
		}
	}
	return anyCase, capital
}

// domainParts are the endings of host and file names that may follow a
// period without a space ("elpais.com", "bbc.co.uk", "report.pdf").
var domainParts = []string{
	"com", "net", "org", "edu", "gov", "mil", "int", "info", "biz", "name", "pro", "mobi", "tv", "fm",
	"co", "uk", "us", "eu", "de", "fr", "es", "it", "nl", "be", "ch", "at", "se", "no", "dk", "fi", "ie",
	"pt", "pl", "ru", "by", "ua", "cn", "jp", "kr", "in", "au", "nz", "ca", "br", "mx", "ar", "za", "io",
	"ly", "me", "cc", "ac", "gr", "tr", "il", "hu", "cz", "ro", "bg", "sk", "lt", "lv", "ee", "html", "htm",
	"php", "asp", "aspx", "pdf", "doc", "docx", "xls", "xlsx", "ppt", "txt", "jpg", "jpeg", "png", "gif",
	"mp3", "mp4", "wav", "avi", "mov", "exe", "zip", "js", "css", "xml", "json", "csv",
}

func setOf(list []string) map[string]bool {
	m := make(map[string]bool, len(list))
	for _, w := range list {
		m[lowerASCII([]byte(w))] = true
	}
	return m
}

// listParam returns the set for a list parameter, reusing def when the
// parameter has its default value.
func listParam(pass *rules.Pass, name string, defList []string, defSet map[string]bool) map[string]bool {
	l := pass.Strings(name)
	if len(l) == len(defList) && (len(l) == 0 || &l[0] == &defList[0]) {
		return defSet
	}
	return setOf(l)
}

// isAbbrevBefore reports whether the period at dot ends an abbreviation: a
// dotted one ("U.S.", "a.m.", "Ph.D."), a single letter ("J.", "p."), a
// known one ("approx.", "etc.") or one of extra.
func (p para) isAbbrevBefore(dot int, extra map[string]bool) bool {
	ws := p.wordStart(dot)
	if ws == dot {
		return false
	}
	w := p.src[ws:dot]
	r, n := p.before(ws)
	if r == '.' {
		// "U.S", "a.m", "Ph.D": short letter groups joined by periods.
		r2, _ := p.before(ws - n)
		return isLetter(r2) && allLetters(w) && len(w) <= 4
	}
	if r == '\'' || r == '’' {
		return false
	}
	if utf8.RuneCount(w) == 1 {
		r, _ := utf8.DecodeRune(w)
		return isLetter(r)
	}
	lw := lowerASCII(w)
	if abbrevAnyCase[lw] || extra[lw] {
		return true
	}
	r, _ = utf8.DecodeRune(w)
	return isUpper(r) && abbrevCapital[lw]
}

func allLetters(b []byte) bool {
	for _, r := range string(b) {
		if !isLetter(r) {
			return false
		}
	}
	return len(b) > 0
}

// bangNames end in "!" as part of the name.
var bangNames = article.WordSet(`yahoo jeopardy wham hey`)

// romanLabels are lowercase list labels: "ii. the second point".
var romanLabels = article.WordSet(`i ii iii iv v vi vii viii ix x xi xii`)

func allDigits(b []byte) bool {
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return len(b) > 0
}
