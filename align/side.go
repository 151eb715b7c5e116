package align

import (
	"bytes"
	"encoding/binary"
	"hash/maphash"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/lang"
	"github.com/mtlint/mtlint/numbers"
)

// Side is one text of a pair with what the aligner and the bitext checks
// read from it, computed once: the length of each sentence, its numbers,
// its names, handles and URLs, and its anchors.
type Side struct {
	*article.Article
	Lang lang.Lang

	// Len is the length of each sentence in characters, a run of white
	// space counting as one.
	Len []float64
	// Numbers are the numbers of the text in order; those of sentence i
	// are Numbers[NumOf[i]:NumOf[i+1]].
	Numbers []numbers.Number
	NumOf   []int
	// Names are the names (capitalised words, known exonyms), URLs,
	// e-mail addresses and handles of the text in order; those of
	// sentence i are Names[NameOf[i]:NameOf[i+1]].
	Names  []Name
	NameOf []int
	// Quotes counts the quotation marks and brackets of each sentence.
	Quotes []Marks

	folded []byte // the folded forms of the names
	// prefixes holds the beginnings of each sentence's longer words
	// (sorted, without repeats): sentence i's are
	// prefixes[prefixOf[i]:prefixOf[i+1]].
	prefixes []uint64
	prefixOf []int
	title    []bool // the sentence is a headline in title case
	addressy []bool // the sentence may hold an address or a handle
	cjk      uint8  // 0 not known yet, 1 yes, 2 no
}

// NameKind is what a name is.
type NameKind uint8

// The kinds of names.
const (
	Word   NameKind = iota + 1 // a capitalised word, or a phrase the exonym table knows
	URL                        // "https://example.org/a", "www.example.org"
	Email                      // "press@example.org"
	Handle                     // "@example", "#hashtag"
)

// Name is a name, handle or address of a text.
type Name struct {
	article.Span
	Kind NameKind
	// Exonym is set when the exonym table knows the name.
	Exonym bool
	// Initial marks a capitalised word that opens its sentence (it may be
	// an ordinary word).
	Initial bool
	// Key identifies the name across languages (see Fold).
	Key        uint64
	fold, fend int32
}

// Folded returns the folded form of a name (its English key for an
// exonym).
func (s *Side) Folded(n Name) []byte { return s.folded[n.fold:n.fend] }

// Marks counts the quotation marks and brackets of a sentence: opening
// and closing double quotes (any style), straight double quotes, and round
// and square brackets. Names counts the pairs of quotes around a name
// («Металлург», “海葵”, «El País»): languages that quote the names of
// teams, firms and storms are translated into ones that do not.
type Marks struct {
	Open, Close, Straight int // double quotes: “ « „ 「 『 ; ” » “ 」 』; "
	BOpen, BClose         int // ( [ （ 【 ; ) ] ） 】
	Names                 int
}

var seed = maphash.MakeSeed()

// scanners recycles the number scanners' scratch memory between texts.
var scanners = sync.Pool{New: func() any { return new(numbers.Scanner) }}

// key hashes a name's folded form (or a number's value) for the anchors.
func key(kind byte, b []byte) uint64 {
	return maphash.Bytes(seed, b) + uint64(kind)*0x9E3779B97F4A7C15
}

// NewSide reads a text's features.
func NewSide(a *article.Article, l lang.Lang) *Side {
	s := &Side{Article: a, Lang: l}
	n := len(a.Sentences)
	s.Len = make([]float64, n)
	s.NumOf = make([]int, n+1)
	s.NameOf = make([]int, n+1)
	s.Quotes = make([]Marks, n)
	sc := scanners.Get().(*numbers.Scanner)
	defer scanners.Put(sc)
	s.Numbers = make([]numbers.Number, 0, len(a.Words)/12+4)
	// Names are mostly the capitalised words (German capitalises every
	// noun); exonyms in Han, addresses and handles are few.
	caps := 0
	for _, w := range a.Words {
		if c := a.Src[w.Start]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				caps++
			}
		} else if r, _ := utf8.DecodeRune(a.Src[w.Start:w.End]); unicode.IsUpper(r) {
			caps++
		}
	}
	s.Names = make([]Name, 0, caps+8)
	s.folded = make([]byte, 0, len(a.Src)/8+16)
	for pi := range a.Paragraphs {
		p := a.Paragraphs[pi]
		first := len(s.Numbers)
		s.Numbers = sc.Extract(s.Numbers, a.Src, p.Span, l)
		// Each number belongs to the sentence where it starts.
		k := first
		for si := p.FirstSentence; si < p.EndSentence; si++ {
			s.NumOf[si] = k
			for k < len(s.Numbers) && (si+1 == p.EndSentence || s.Numbers[k].Start < a.Sentences[si+1].Start) {
				k++
			}
		}
	}
	s.NumOf[n] = len(s.Numbers)
	// Sentences outside any paragraph do not exist; NumOf is monotone.
	s.title = make([]bool, n)
	s.addressy = make([]bool, n)
	for si := range a.Sentences {
		st := a.Sentences[si]
		s.title[si] = s.titleCase(si)
		s.Len[si], s.Quotes[si], s.addressy[si] = scanSentence(a.Src[st.Start:st.End])
		s.NameOf[si] = len(s.Names)
		s.names(si)
	}
	s.NameOf[n] = len(s.Names)
	return s
}

// readPrefixes reads the beginnings of the longer words of each sentence,
// once: the weak anchors, which only Latin-script pairs use.
func (s *Side) readPrefixes() {
	if s.prefixOf != nil {
		return
	}
	a := s.Article
	n := len(a.Sentences)
	s.prefixOf = make([]int, n+1)
	s.prefixes = make([]uint64, 0, len(a.Words)/2+4) // the words of five letters or more
	var buf []byte
	for si := range a.Sentences {
		s.prefixOf[si] = len(s.prefixes)
		for _, w := range a.SentenceWords(si) {
			if w.Len() < 5 {
				continue
			}
			if k, ok := quickPrefix(a.Src[w.Start:w.End]); ok {
				s.prefixes = append(s.prefixes, k)
				continue
			}
			// Accents or another script: fold the first 12 bytes (to a
			// character boundary), enough for four letters.
			e := min(w.End, w.Start+12)
			for e < w.End && !utf8.RuneStart(a.Src[e]) {
				e++
			}
			buf = Fold(buf[:0], a.Src[w.Start:e])
			if len(buf) >= 4 && e < w.End {
				buf = append(buf, 'x') // the word goes on: long enough
			}
			if k, ok := prefixKey(buf); ok {
				s.prefixes = append(s.prefixes, k)
			}
		}
		p := s.prefixes[s.prefixOf[si]:]
		slices.Sort(p)
		s.prefixes = s.prefixes[:s.prefixOf[si]+len(slices.Compact(p))]
	}
	s.prefixOf[n] = len(s.prefixes)
}

// quickPrefix is prefixKey for a word whose first letters are ASCII:
// Fold of its first ten bytes in a buffer on the stack (Fold only looks a
// few letters ahead), without copying the word.
func quickPrefix(w []byte) (uint64, bool) {
	var b [10]byte
	n := min(len(w), len(b))
	for i := 0; i < n; i++ {
		c := w[i]
		switch {
		case 'a' <= c && c <= 'z':
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		default:
			if i < 6 {
				return 0, false
			}
			n = i
		}
		b[i] = c
	}
	f := merge(b[:n], 0)
	if len(f) >= 4 && n < len(w) {
		f = append(f[:4], 'x') // the word goes on: long enough
	}
	return prefixKey(f)
}

// latinScript reports a language written in Latin letters (an unknown
// one too).
func latinScript(l lang.Lang) bool { return l == 0 || l.Latin() && !l.UsesScript("Cyrillic") }

// prefixKey packs the first four letters of a folded word of five letters
// or more, when they are ASCII letters: cognates and names share them
// across languages ("presidente", "president"; "Polizei", "police").
func prefixKey(f []byte) (uint64, bool) {
	if len(f) < 5 {
		return 0, false
	}
	var k uint64 = 1 << 40
	for _, c := range f[:4] {
		if c < 'a' || c > 'z' {
			return 0, false
		}
		k = k<<8 | uint64(c)
	}
	return k, true
}

// weakKeys returns every sentence's word beginnings that the other text
// has too, in one slice with offsets: sentence i's are
// keys[off[i]:off[i+1]].
func (s *Side) weakKeys(other *Side) (keys []uint64, off []int) {
	off = make([]int, len(s.Sentences)+1)
	if !latinScript(s.Lang) || !latinScript(other.Lang) {
		return nil, off // no shared word beginnings across scripts
	}
	s.readPrefixes()
	other.readPrefixes()
	// The other text's word beginnings, in a bit set: a false "has it"
	// (one in a hundred or so) only adds a key that matches nothing.
	var set [1 << 10]uint64 // 64K bits
	bit := func(k uint64) (int, uint64) { h := (k * 0x9E3779B97F4A7C15) >> 48; return int(h >> 6), 1 << (h & 63) }
	for _, k := range other.prefixes {
		i, b := bit(k)
		set[i] |= b
	}
	keys = make([]uint64, 0, len(s.prefixes))
	for i := range s.Sentences {
		off[i] = len(keys)
		for _, k := range s.prefixes[s.prefixOf[i]:s.prefixOf[i+1]] {
			if w, b := bit(k); set[w]&b != 0 {
				keys = append(keys, k)
			}
		}
	}
	off[len(s.Sentences)] = len(keys)
	return keys, off
}

// CJK reports a text written mostly in Han or kana: its characters carry
// about three times what Latin letters do.
func (s *Side) CJK() bool {
	if s.cjk == 0 {
		s.cjk = 2
		if s.countCJK() {
			s.cjk = 1
		}
	}
	return s.cjk == 1
}

func (s *Side) countCJK() bool {
	cjk, all := 0, 0
	for _, w := range s.Words {
		all++
		if r, _ := utf8.DecodeRune(s.Src[w.Start:w.End]); r >= 0x2E80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)) {
			cjk++
		}
	}
	return cjk*2 > all
}

// scanSentence reads a sentence once for its length (characters, a run of
// white space as one), its quotation marks and brackets, and whether it
// may hold an address or a handle ("://", "www.", "@", "#", a period
// between a letter or digit and a lower-case letter).
func scanSentence(b []byte) (n float64, m Marks, address bool) {
	count := 0
	space := false
	open := -1 // the byte after the last opening quote
	closeAt := func(i int) {
		if open >= 0 && nameQuote(b[open:i]) {
			m.Names++
		}
		open = -1
	}
	for i := 0; i < len(b); {
		c := b[i]
		if plainASCII[c] { // most bytes: a letter or a digit
			count++
			space = false
			i++
			continue
		}
		if c < utf8.RuneSelf {
			sp := c == ' ' || c == '\n' || c == '\t' || c == '\r'
			if !sp || !space {
				count++
			}
			space = sp
			switch c {
			case '"':
				m.Straight++
				if m.Straight%2 == 1 {
					open = i + 1
				} else {
					closeAt(i)
				}
			case '(', '[':
				m.BOpen++
			case ')', ']':
				m.BClose++
			case '@', '#':
				address = true
			case '/':
				address = address || i > 0 && b[i-1] == ':' && i+1 < len(b) && b[i+1] == '/'
			case '.':
				address = address || i > 0 && i+1 < len(b) && isAlnum(b[i-1]) && 'a' <= b[i+1] && b[i+1] <= 'z'
			}
			i++
			continue
		}
		r, sz := utf8.DecodeRune(b[i:])
		count++
		space = false
		switch r {
		case '“', '«', '„', '「', '『':
			m.Open++
			if r == '“' && open >= 0 {
				closeAt(i) // „…“
			} else {
				open = i + sz
			}
		case '”', '»', '」', '』':
			m.Close++
			closeAt(i)
		case '（', '【':
			m.BOpen++
		case '）', '】':
			m.BClose++
		}
		i += sz
	}
	return float64(count), m, address
}

// plainASCII marks the ASCII bytes that scanSentence only counts: not
// white space, quotes, brackets, or what an address holds.
var plainASCII = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = !strings.ContainsRune(" \n\t\r\"()[]@#/.", rune(c))
	}
	return t
}()

// nameQuote reports quoted text that is a name: one to three words that
// all start with a capital or a digit, or up to six Han characters, with
// no punctuation.
func nameQuote(b []byte) bool {
	b = bytes.TrimSpace(b)
	if len(b) == 0 {
		return false
	}
	words, han := 0, 0
	start := true
	for _, r := range string(b) {
		switch {
		case r == ' ' || r == '\u00a0' || r == '-':
			start = true
		case isHanRune(r):
			han++
			start = false
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if start {
				words++
				if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
					return false
				}
			}
			start = false
		case r == '.' || r == '\'' || r == '’' || r == '&':
		default:
			return false
		}
	}
	if han > 0 {
		return words == 0 && han <= 6
	}
	return words >= 1 && words <= 3
}

// names reads the names of sentence si.
func (s *Side) names(si int) {
	a := s.Article
	st := a.Sentences[si]
	ws := a.SentenceWords(si)
	src := a.Src
	first := len(s.Names)
	defer func() {
		// Addresses and handles: white-space-delimited chunks with "://",
		// "www.", "@" or "#"; in text order with the names.
		if s.addressy[si] {
			s.addresses(st.Span)
			slices.SortStableFunc(s.Names[first:], func(a, b Name) int { return a.Start - b.Start })
		}
	}()
	for k := 0; k < len(ws); k++ {
		w := ws[k]
		if c := src[w.Start]; c < utf8.RuneSelf && !('A' <= c && c <= 'Z') {
			continue // not capitalised
		}
		r, _ := utf8.DecodeRune(src[w.Start:w.End])
		if isHanRune(r) {
			s.hanNames(w.Span)
			continue
		}
		if !unicode.IsUpper(r) || w.Len() < 2 {
			continue
		}
		// The longest run of words that the exonym table knows, when this
		// word can start one.
		start := len(s.folded)
		s.folded = Fold(s.folded, src[w.Start:w.End])
		maybe := mayBeExonym(s.folded[start:])
		found := false
		for m := min(maxExonymWords, len(ws)-k); maybe && m >= 2 && !found && exonymFirst[string(s.folded[start:])]; m-- {
			end := len(s.folded)
			for x := k + 1; x < k+m; x++ {
				s.folded = append(s.folded, ' ')
				s.folded = Fold(s.folded, src[ws[x].Start:ws[x].End])
			}
			if ex, ok := Exonym(s.folded[start:]); ok && gapsOK(src, ws[k:k+m]) {
				s.folded = append(s.folded[:start], ex...)
				s.add(Name{Span: article.Span{Start: w.Start, End: ws[k+m-1].End}, Kind: Word, Exonym: true, Initial: k == 0}, start)
				k += m - 1
				found = true
				break
			}
			s.folded = s.folded[:end]
		}
		if found {
			continue
		}
		nm := Name{Span: w.Span, Kind: Word, Initial: k == 0 || startsAfterOpener(src, st.Start, w.Start)}
		if maybe {
			if ex, ok := Exonym(s.folded[start:]); ok {
				s.folded = append(s.folded[:start], ex...)
				nm.Exonym = true
			}
		}
		s.add(nm, start)
	}
}

// gapsOK reports words separated by single spaces or hyphens, as a name
// of several words is written ("Nueva York", "Нью-Йорк", "EE.UU").
func gapsOK(src []byte, ws []article.Word) bool {
	for i := 1; i < len(ws); i++ {
		g := src[ws[i-1].End:ws[i].Start]
		if len(g) != 1 || g[0] != ' ' && g[0] != '-' && g[0] != '.' {
			return false
		}
	}
	return true
}

// startsAfterOpener reports a word that only an opening quote, bracket or
// dash separates from the start of its sentence.
func startsAfterOpener(src []byte, sentStart, w int) bool {
	for i := sentStart; i < w; {
		r, n := utf8.DecodeRune(src[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
		i += n
	}
	return true
}

func (s *Side) add(n Name, start int) {
	n.fold, n.fend = int32(start), int32(len(s.folded))
	n.Key = key(byte(n.Kind), s.folded[start:])
	s.Names = append(s.Names, n)
}

func isHanRune(r rune) bool { return r >= 0x2E80 && unicode.Is(unicode.Han, r) }

// hanNames finds the exonyms inside a run of Han text, longest first.
func (s *Side) hanNames(w article.Span) {
	src := s.Src
	for i := w.Start; i < w.End; {
		if r, sz := utf8.DecodeRune(src[i:]); !hanFirst[r] {
			i += sz
			continue
		}
		matched := false
		for _, n := range hanExonymLens {
			j := i
			for c := 0; c < n && j < w.End; c++ {
				_, sz := utf8.DecodeRune(src[j:])
				j += sz
			}
			if ex, ok := exonyms[string(src[i:j])]; ok && j <= w.End {
				start := len(s.folded)
				s.folded = append(s.folded, ex...)
				s.add(Name{Span: article.Span{Start: i, End: j}, Kind: Word, Exonym: true}, start)
				i = j
				matched = true
				break
			}
		}
		if !matched {
			_, sz := utf8.DecodeRune(src[i:])
			i += sz
		}
	}
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// bareDomain reports a chunk like "mosmetro.ru" or "elpais.com/es/": labels
// of lower-case letters, digits and hyphens, a known ending, and perhaps a
// path.
func bareDomain(b []byte) bool {
	host := b
	if i := bytes.IndexByte(b, '/'); i >= 0 {
		host = b[:i]
	}
	labels := bytes.Split(host, []byte("."))
	if len(labels) < 2 || !article.TopLevelDomain(labels[len(labels)-1]) {
		return false
	}
	for _, l := range labels {
		if len(l) == 0 {
			return false
		}
		for _, c := range l {
			if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
				return false
			}
		}
	}
	return true
}

// addresses reads the URLs, e-mail addresses and handles of a sentence:
// runs of printable ASCII, which in Chinese or Japanese text stand glued
// to the characters around them.
func (s *Side) addresses(sp article.Span) {
	src := s.Src
	for i := sp.Start; i < sp.End; {
		for i < sp.End && (isSpaceByte(src[i]) || src[i] >= utf8.RuneSelf) {
			i++
		}
		j := i
		for j < sp.End && !isSpaceByte(src[j]) && src[j] < utf8.RuneSelf {
			j++
		}
		if j > i {
			s.address(article.Span{Start: i, End: j})
		}
		i = j
	}
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// address reads one chunk of text that may be an address or a handle,
// without the punctuation around it.
func (s *Side) address(c article.Span) {
	src := s.Src
	// Trim opening and closing punctuation.
	for c.Start < c.End {
		r, n := utf8.DecodeRune(src[c.Start:])
		if r == '@' || r == '#' || unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		c.Start += n
	}
	for c.End > c.Start {
		r, n := utf8.DecodeLastRune(src[c.Start:c.End])
		if r == '/' || unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		c.End -= n
	}
	b := src[c.Start:c.End]
	kind := NameKind(0)
	switch {
	case len(b) < 4:
		return
	case bytes.Contains(b, []byte("://")) || bytes.HasPrefix(b, []byte("www.")):
		kind = URL
	case b[0] == '@' || b[0] == '#':
		if r, _ := utf8.DecodeRune(b[1:]); !unicode.IsLetter(r) && r != '_' {
			return
		}
		kind = Handle
	case bytes.IndexByte(b, '@') > 0 && bytes.IndexByte(b[bytes.IndexByte(b, '@'):], '.') > 0:
		kind = Email
	case bareDomain(b):
		kind = URL
	default:
		return
	}
	start := len(s.folded)
	s.folded = lang.Lower(s.folded, b)
	if kind == URL { // the scheme and a final slash do not matter
		f := s.folded[start:]
		if i := bytes.Index(f, []byte("://")); i >= 0 {
			f = f[i+3:]
		}
		f = bytes.TrimPrefix(f, []byte("www."))
		f = bytes.TrimSuffix(f, []byte("/"))
		s.folded = append(s.folded[:start], f...)
	}
	s.add(Name{Span: c, Kind: kind}, start)
}

// sentenceKeys returns the anchor keys of sentence si, sorted, appended
// to dst: its hard numbers (both readings), its addresses and handles, the
// names whose anchor keys (names) are in shared (the names the other text has too) and,
// when strict, the other names that are surely names (see SurelyName),
// and a quotation mark when it quotes.
func (s *Side) sentenceKeys(dst []uint64, si int, names, shared []uint64, strict bool) []uint64 {
	start := len(dst)
	var buf [16]byte
	for _, n := range s.Numbers[s.NumOf[si]:s.NumOf[si+1]] {
		if n.Soft && !(n.Word && n.Value >= 2) {
			continue // ordinals, fractions, "one": too common to anchor
		}
		dst = append(dst, numberKey(buf[:0], n.Kind, n.Value))
		if n.Alt != n.Value {
			dst = append(dst, numberKey(buf[:0], n.Kind, n.Alt))
		}
	}
	for x, nm := range s.Names[s.NameOf[si]:s.NameOf[si+1]] {
		k := names[s.NameOf[si]+x]
		switch {
		case nm.Kind == URL:
			// The host without its ending too: "panda.org" of
			// "www.panda.org.cn", which a translation may have changed.
			f := s.Folded(nm)
			if i := bytes.IndexByte(f, '/'); i >= 0 {
				f = f[:i]
			}
			if i := bytes.LastIndexByte(f, '.'); i > 0 {
				dst = append(dst, key(0xFE, f[:i]))
			}
			dst = append(dst, nm.Key)
		case nm.Kind != Word || has(shared, k) || strict && s.SurelyName(nm):
			dst = append(dst, k)
		}
	}
	if q := s.Quotes[si]; q.Open > 0 && q.Close > 0 || q.Straight >= 2 {
		dst = append(dst, quoteKey)
	}
	slices.Sort(dst[start:])
	return dst
}

// SurelyName reports a capitalised word inside a sentence, not in capitals
// throughout, in a language that capitalises only names (not German), in
// a sentence that is not a headline in title case.
func (s *Side) SurelyName(n Name) bool {
	if n.Kind != Word || n.Initial || n.Exonym || s.Lang == lang.German || s.Lang == 0 {
		return false
	}
	if si := s.SentenceAt(n.Start); si >= 0 && s.title[si] {
		return false
	}
	b := s.Src[n.Start:n.End]
	for _, r := range string(b) {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// has reports a key of a sorted list.
func has(sorted []uint64, k uint64) bool {
	_, ok := slices.BinarySearch(sorted, k)
	return ok
}

// titleCase reports a sentence (a headline) with most of its words
// capitalised.
func (s *Side) titleCase(si int) bool {
	upper, n := 0, 0
	for _, w := range s.SentenceWords(si) {
		if c := s.Src[w.Start]; c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				n++
			} else if 'A' <= c && c <= 'Z' {
				n++
				upper++
			}
			continue
		}
		r, _ := utf8.DecodeRune(s.Src[w.Start:w.End])
		if unicode.IsLetter(r) {
			n++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return upper*2 >= n
}

var quoteKey = key(0xFF, []byte("quote"))

// numberKey hashes a number's kind and its value to nine significant
// digits, so that 1.2 × 10⁸ and 120 × 10⁶ meet.
func numberKey(buf []byte, k numbers.Kind, v float64) uint64 {
	kind := byte(0x80)
	if k == numbers.Month {
		kind = 0x81
	} else if k == numbers.Time {
		kind = 0x82
		v = float64(int(v) % 720)
	}
	var m, e int64
	if v = math.Abs(v); v != 0 {
		e = int64(math.Floor(math.Log10(v)))
		m = int64(math.Round(v / math.Pow(10, float64(e-8))))
		if m >= 1e9 { // rounding carried into another digit
			m /= 10
			e++
		}
	}
	buf = binary.LittleEndian.AppendUint64(buf, uint64(m))
	buf = binary.LittleEndian.AppendUint64(buf, uint64(e))
	return key(kind, buf)
}

// anchorNames returns the keys by which the aligner pairs the text's
// names: their keys without a possessive "'s", and, with stem, the keys of
// their stems (see nameStem), so that a name declined in one language
// ("Климова", "Андрея", "Байкала") meets it in another ("Klimov",
// "Andrei", "Baikal's").
func (s *Side) anchorNames(stem bool) []uint64 {
	out := make([]uint64, len(s.Names))
	for i, n := range s.Names {
		out[i] = n.Key
		if n.Kind != Word {
			continue
		}
		f := s.Folded(n)
		g := f
		if i := bytes.IndexByte(g, '\''); i > 0 && (i == len(g)-1 || i == len(g)-2 && g[i+1] == 's') {
			g = g[:i] // "Baikal's", "Reyes'"
		}
		if stem {
			g = nameStem(g)
		}
		if len(g) < len(f) {
			out[i] = key(byte(Word), g)
		}
	}
	return out
}

// nameStem returns a folded name without its case ending, keeping at
// least three letters: a long ending ("ogo", "omu", "ami"), or an "m" or
// "h" after a vowel, then the vowels at the end. "klimova", "klimovim"
// and "klimov" are "klimov"; "andreia", "andrem" (Андреем) and "andrei"
// are "andr". Both texts' names are cut alike, so a name that merely ends
// like a case ending ("Maria", "Abraham") still meets itself.
func nameStem(f []byte) []byte {
	vowel := func(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }
	n := len(f)
	for _, e := range [...]string{"ogo", "ego", "omu", "emu", "ami"} {
		if n-len(e) >= 3 && string(f[n-len(e):]) == e {
			n -= len(e)
			break
		}
	}
	if n == len(f) && n > 4 && (f[n-1] == 'm' || f[n-1] == 'h') && vowel(f[n-2]) {
		n--
	}
	for n > 3 && vowel(f[n-1]) {
		n--
	}
	return f[:n]
}

// Declines reports a language whose names take case endings.
func Declines(l lang.Lang) bool {
	switch l.Code() {
	case "ru", "uk", "be", "pl", "cs", "sk", "sl", "hr", "sr", "bs", "bg", "lt", "lv", "fi", "et", "hu":
		return true
	}
	return false
}
