package blocks

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/lang"
)

// shape is what the classifier reads off one line besides its word counts.
type shape struct {
	final      rune // the last character before closing quotes and brackets; 0 for none
	closed     bool // the line ends in a closing quote or bracket
	bullet     bool // starts with a list bullet
	star       bool // starts with an asterisk
	allCaps    bool // two letters or more, none in lower case
	lowerStart bool // the first letter is lower case
	lowerFirst bool // the first character is a lower-case letter
	digitStart bool // the first character is a digit
	opener     bool // starts with an opening quote or bracket
	bracketed  bool // the whole line is in brackets: "[Anchor]"
	nameLike   bool // two to four capitalised words, no function word, no digit
	sentCase   bool // a lower-case word other than a function word after the first word
	label      bool // ends in a colon after at most three words
	keyValue   bool // opens with a label of one to three words and a colon, text after it
	parts      int  // items between separators ("Bergen • NTB": 2); 1 without separators
	maxPart    int  // the most words of one item
	seps       int  // separators
	chevrons   int  // "»", "›" or ">" separators, as in breadcrumbs
	homeFused  bool // "HomeBusiness…": a breadcrumb glued together
	hashtags   int  // tokens that are hashtags
	tokens     int  // white-space separated tokens
	addresses  int  // web addresses, domains and handles
	others     int  // tokens that are not addresses
	locales    int  // "en_US"
	codeMarks  int  // braces, semicolons, equals signs and brackets
	codeStrong bool // a token only code has: "({", "});", "=>", ".push("
	byPrefix   bool // starts with "by", "written by", "posted by"
	dated      bool // holds a month name and a number, or a numeric date
	countUnits int  // words such as "min", "comments", "views" after a number
	numbers    int  // words that are numbers
}

// endsSentence reports a line that ends like a sentence.
func (s *shape) endsSentence() bool {
	switch s.final {
	case '.', '!', '?', '…', '。', '！', '？', '؟':
		return true
	}
	return false
}

// isBullet reports a list bullet.
func isBullet(r rune) bool {
	switch r {
	case '•', '·', '‣', '◦', '▪', '▫', '■', '□', '●', '○', '►', '▶', '▸', '-', '–', '—', '+', '→', '✓', '✔':
		return true
	}
	return false
}

// isSeparator reports a character that separates menu items or the parts
// of a meta line when it stands alone between spaces.
func isSeparator(r rune) bool {
	switch r {
	case '|', '•', '·', '»', '›', '>', '►', '▸', '‣', '◦', '▪', '■', '●', '¦':
		return true
	}
	return false
}

// IsAddress reports a web address, a domain or a handle: "www.x.com",
// "https://…", "HarbourNews.it", "@HarbourNews".
func IsAddress(t []byte) bool { return isAddress(t) }

func isAddress(t []byte) bool {
	if len(t) < 4 {
		return false
	}
	if t[0] == '@' {
		r, _ := utf8.DecodeRune(t[1:])
		return unicode.IsLetter(r) || r == '_'
	}
	if bytes.Contains(t, []byte("://")) || bytes.HasPrefix(t, []byte("www.")) || bytes.HasPrefix(t, []byte("WWW.")) {
		return true
	}
	// A domain: labels of letters, digits and hyphens joined by dots, a
	// known top-level domain, and a path after a slash.
	if i := bytes.IndexByte(t, '/'); i > 0 {
		t = t[:i]
	}
	dot := bytes.LastIndexByte(t, '.')
	if dot <= 0 || dot == len(t)-1 {
		return false
	}
	var arr [32]byte
	tld, ok := fold(&arr, t[dot+1:])
	if !ok || !article.TopLevelDomain(tld) {
		return false
	}
	longest := 0
	run := 0
	for _, c := range t[:dot] {
		switch {
		case c == '.':
			run = 0
		case c == '-' || c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			run++
			longest = max(longest, run)
		default:
			return false
		}
	}
	return longest >= 2
}

// isLocale reports a locale code at the start of a token: "en_US".
func isLocale(t []byte) bool {
	return len(t) >= 5 && t[2] == '_' && 'a' <= t[0] && t[0] <= 'z' && 'a' <= t[1] && t[1] <= 'z' &&
		'A' <= t[3] && t[3] <= 'Z' && 'A' <= t[4] && t[4] <= 'Z'
}

// months are month names and their abbreviations, in the languages whose
// dates survive translation, lower case.
var months = article.WordSet(lang.Months)

// countUnits are the words that make "3 min", "12 comments" a count.
var countUnits = article.WordSet(`min mins minute minutes read reading sec secs second seconds comment
	comments view views share shares like likes reply replies photo photos video videos hour hours
	reads`)

// The kinds of listed words, in one table so that a word is looked up once.
const (
	kindFunction uint8 = 1 << iota
	kindInterface
	kindUnit
	kindMonth
)

var (
	wordKinds map[string]uint8 // built by the init of words.go, after the lists
	// wordKindHashes holds the hashes of wordKinds' words: an ASCII word
	// whose hash (article.Article.Hashes) is not in it has no kind, and
	// its bytes are not read.
	wordKindHashes article.HashSet
)

func buildWordKinds() {
	wordKinds = map[string]uint8{}
	for _, l := range []struct {
		set  map[string]bool
		kind uint8
	}{{functionWords, kindFunction}, {interfaceWords, kindInterface}, {countUnits, kindUnit}, {months, kindMonth}} {
		for w := range l.set {
			wordKinds[w] |= l.kind
			wordKindHashes.Add(w)
		}
	}
}

// kindOf returns the kinds of word k of a (kindFunction, …), 0 for none.
func kindOf(a *article.Article, k int, buf *[32]byte) uint8 {
	if a.Shapes[k]&article.NonASCII == 0 && !wordKindHashes.Has(a.Hashes[k]) {
		return 0 // most words: their hash is no listed word's
	}
	if low, ok := fold(buf, a.Src[a.Words[k].Start:a.Words[k].End]); ok {
		return wordKinds[string(low)]
	}
	return 0
}

// codeTokens are pieces of text only script code has.
var codeTokens = [][]byte{[]byte("({"), []byte("});"), []byte("})"), []byte("=>"), []byte(".push("),
	[]byte("function("), []byte("function ("), []byte("},{"), []byte("var "), []byte("();"), []byte("]]"),
	[]byte("[["), []byte("==")}

// sentenceWords is the fewest words of a line ending like a sentence that
// measure reads as prose; maxFunctionWord is the longest function word, in
// bytes.
const (
	sentenceWords   = 8
	maxFunctionWord = 8
)

// proseFunctionShare is the least share of function words, in percent, of a
// line of prose that ends like a sentence.
const proseFunctionShare = 15

// measure fills the word counts and the shape of block b, whose words are
// a.Words[wi:wj]. A line of more than long words is prose whatever else
// it shows, so only what tells script code from prose is read of it.
func measure(a *article.Article, b *Block, wi, wj, long int) {
	src := a.Src
	text := a.Text(b.Text)
	s := &b.shape
	var arr [32]byte

	b.Words = wj - wi
	for k := wi; k < wj; k++ {
		w := src[a.Words[k].Start:a.Words[k].End]
		if r, _ := utf8.DecodeRune(w); unicode.IsLetter(r) {
			s.lowerStart = unicode.IsLower(r) && !hasUpper(w) // not "iTunes", "eBay"
			break
		}
	}
	if wj > wi {
		w := src[a.Words[wi].Start:a.Words[wi].End]
		if len(w) > 4 && bytes.HasPrefix(w, []byte("Home")) {
			r, _ := utf8.DecodeRune(w[4:])
			s.homeFused = unicode.IsUpper(r)
		}
		if low, ok := fold(&arr, w); ok {
			switch string(low) {
			case "by":
				s.byPrefix = true
			case "written", "posted", "published":
				if wj > wi+1 {
					w2, _ := fold(&arr, src[a.Words[wi+1].Start:a.Words[wi+1].End])
					s.byPrefix = string(w2) == "by"
				}
			}
		}
	}
	measureEnds(b, text)
	// A line of many words, or a sentence of some words, is prose whatever
	// else it shows: only what tells script code from prose is read of
	// it, and of a sentence, its function words and an opening label
	// ("Statement: The article only…").
	sentence := s.endsSentence() && b.Words >= sentenceWords
	if b.Words > long || sentence {
		// Code has braces, brackets or equals signs, which prose has not:
		// count the marks only then (IndexByte is the fastest scan).
		if bytes.IndexByte(text, '{') >= 0 || bytes.IndexByte(text, '=') >= 0 || bytes.IndexByte(text, '[') >= 0 {
			for _, c := range text {
				switch c {
				case '{', '}', ';', '=', '[', ']':
					s.codeMarks++
				}
			}
		}
		if s.codeMarks >= 4 {
			for _, ct := range codeTokens {
				if bytes.Contains(text, ct) {
					s.codeStrong = true
					break
				}
			}
		}
		if b.Words > long {
			return
		}
		// Function words until there are enough for prose (see findProse):
		// Function is then a lower bound.
		need := (proseFunctionShare*b.Words + 99) / 100
		for k := wi; k < wj; k++ {
			w := src[a.Words[k].Start:a.Words[k].End]
			if c := w[0]; 'A' <= c && c <= 'Z' {
				b.Capitalised++
			}
			if b.Function < need && len(w) <= maxFunctionWord {
				if kindOf(a, k, &arr)&kindFunction != 0 {
					b.Function++
				}
			}
		}
		if c := bytes.IndexByte(text[:min(len(text), 32)], ':'); c > 0 && c+1 < len(text) && text[c+1] == ' ' &&
			bytes.Count(text[:c], []byte(" ")) <= 2 {
			s.keyValue = true
		}
		return
	}

	// Words.
	for k := wi; k < wj; k++ {
		w := src[a.Words[k].Start:a.Words[k].End]
		r, _ := utf8.DecodeRune(w)
		kind := kindOf(a, k, &arr)
		fn := kind&kindFunction != 0
		if fn {
			b.Function++
		} else if kind&kindInterface != 0 {
			b.Interface++
		}
		if kind&kindUnit != 0 {
			s.countUnits++
		}
		if kind&kindMonth != 0 {
			s.dated = s.dated || hasDigitWord(a, wi, wj)
		}
		switch {
		case unicode.IsUpper(r):
			b.Capitalised++
		case unicode.IsDigit(r):
			b.Digits++
			if allDigits(w) {
				s.numbers++
			}
		case unicode.IsLower(r) && k > wi && !fn:
			s.sentCase = true
		}
	}
	measureShort(b, text)
}

// measureEnds reads the first and last characters of a line.
func measureEnds(b *Block, text []byte) {
	s := &b.shape
	first, fn := utf8.DecodeRune(text)
	s.digitStart = unicode.IsDigit(first)
	s.lowerFirst = unicode.IsLower(first)
	s.opener = article.IsOpener(first)
	s.bullet = isBullet(first) && fn < len(text) && (text[fn] == ' ' || text[fn] == '\t' || text[fn] == 0xC2)
	s.star = first == '*'
	j := len(text)
	for j > 0 {
		r, n := utf8.DecodeLastRune(text[:j])
		if !article.IsCloser(r) {
			break
		}
		s.closed = true
		j -= n
	}
	if j > 0 {
		s.final, _ = utf8.DecodeLastRune(text[:j])
		if !unicode.IsPunct(s.final) && !unicode.IsSymbol(s.final) {
			s.final = 0
		}
	}
	if last, _ := utf8.DecodeLastRune(text); b.Words <= 4 && len(text) >= 3 &&
		(first == '[' && last == ']' || first == '(' && last == ')') {
		s.bracketed = bytes.IndexAny(text[1:len(text)-1], "[]()") < 0
	}
}

// measureShort reads the letters and the tokens of a line of few words.
func measureShort(b *Block, text []byte) {
	s := &b.shape

	// Letters: all capitals?
	upper, lower := 0, 0
	for _, r := range string(text) {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		}
	}
	s.allCaps = upper >= 2 && lower == 0

	s.nameLike = b.Words >= 2 && b.Words <= 4 && b.Function == 0 && b.Digits == 0 && b.Capitalised == b.Words && s.final == 0

	// Tokens.
	segments, words, maxPart := 0, 0, 0
	colonAt := -1
	for i := 0; i < len(text); {
		for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
			i++
		}
		k := i
		for k < len(text) && text[k] != ' ' && text[k] != '\t' {
			k++
		}
		if k == i {
			break
		}
		tok := text[i:k]
		s.tokens++
		if r, n := utf8.DecodeRune(tok); n == len(tok) && isSeparator(r) {
			s.seps++
			if r == '»' || r == '›' || r == '>' {
				s.chevrons++
			}
			if words > 0 {
				segments++
				maxPart = max(maxPart, words)
				words = 0
			}
			i = k
			continue
		}
		words++
		if colonAt < 0 && tok[len(tok)-1] == ':' {
			colonAt = s.tokens
		}
		code, dots := false, false
		for _, c := range tok {
			switch c {
			case '{', '}', ';', '=', '[', ']':
				s.codeMarks++
				code = true
			case '(', ')', '>':
				code = true
			case '.', '@', ':', '/', '_':
				dots = true
			}
		}
		if code && !s.codeStrong {
			for _, ct := range codeTokens {
				if bytes.Contains(tok, ct) {
					s.codeStrong = true
					break
				}
			}
		}
		if tok[0] == '#' && len(tok) > 1 {
			if r, _ := utf8.DecodeRune(tok[1:]); unicode.IsLetter(r) {
				s.hashtags++
			}
		}
		if !dots && (tok[0] < '0' || tok[0] > '9') {
			s.others++ // no address, locale or date: nothing to trim
			i = k
			continue
		}
		t := trimToken(tok)
		if dots && isAddress(t) {
			s.addresses++
		} else {
			s.others++
		}
		if dots && isLocale(t) {
			s.locales++
		}
		if len(t) >= 8 && '0' <= t[0] && t[0] <= '9' && isNumericDate(t) {
			s.dated = true
		}
		i = k
	}
	if words > 0 {
		segments++
		maxPart = max(maxPart, words)
	}
	s.maxPart = maxPart
	s.parts = max(segments, 1)
	if bytes.ContainsRune(text, '«') {
		s.chevrons = 0 // French quotation marks, not a breadcrumb
	}
	s.label = s.final == ':' && s.tokens <= 3 && !s.closed
	if colonAt > 0 && colonAt <= 3 && colonAt < s.tokens {
		s.keyValue = true
	}
}

// trimToken trims opening brackets and quotes off the start of a token,
// and punctuation, closing brackets and quotes off its end.
func trimToken(t []byte) []byte {
	for len(t) > 0 {
		r, n := utf8.DecodeRune(t)
		if r != '(' && r != '[' && !article.IsOpener(r) {
			break
		}
		t = t[n:]
	}
	for len(t) > 0 {
		r, n := utf8.DecodeLastRune(t)
		switch r {
		case '.', ',', ';', ':', '!', '?':
		default:
			if !article.IsCloser(r) {
				return t
			}
		}
		t = t[:len(t)-n]
	}
	return t
}

func hasUpper(w []byte) bool {
	for _, r := range string(w) {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

func allDigits(w []byte) bool {
	for _, c := range w {
		if (c < '0' || c > '9') && c != '.' && c != ',' {
			return false
		}
	}
	return len(w) > 0
}

// hasDigitWord reports a word of [wi, wj) that starts with a digit.
func hasDigitWord(a *article.Article, wi, wj int) bool {
	for k := wi; k < wj; k++ {
		if c := a.Src[a.Words[k].Start]; '0' <= c && c <= '9' {
			return true
		}
	}
	return false
}

// isNumericDate reports "22-05-2019", "2025.01.20", "05/31/2021",
// "2024-07-06".
func isNumericDate(t []byte) bool {
	groups, digits, sep := 0, 0, byte(0)
	for _, c := range t {
		switch {
		case '0' <= c && c <= '9':
			digits++
		case c == '-' || c == '.' || c == '/':
			if digits == 0 || (sep != 0 && c != sep) {
				return false
			}
			sep = c
			groups++
			digits = 0
		default:
			return false
		}
	}
	if digits > 0 {
		groups++
	}
	return groups == 3 && sep != 0 && len(t) >= 8
}
