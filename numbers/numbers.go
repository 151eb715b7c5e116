// Package numbers finds the numbers of a text — counts and amounts with
// their multipliers, percentages, the months of dates, clock times — and
// normalises them across the conventions of languages and scripts, so that
// a number of a source text can be matched with its translation: "1.500
// millones" and "1.5 billion", "1,5" and "1.5", "20 %" and "20%", "3 de
// mayo" and "May 3", "1,5万" and "15,000", "tres" and "three".
//
// A number keeps the byte range it was read from. Separators that two
// conventions read differently ("1.500" is fifteen hundred in Spanish and
// one and a half in English) give a second reading, Alt, and Match accepts
// either: a translation is not blamed for a reading it cannot be sure of.
// Spelled-out small numbers, ordinals and Han numerals are Soft: they match
// like any number but are too often paraphrased ("a dozen", "both",
// "一些") to be reported on their own.
package numbers

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/lang"
)

// Kind is what a number counts.
type Kind uint8

// The kinds of numbers.
const (
	Count   Kind = iota + 1 // a count, an amount, a year, a day of the month
	Percent                 // a percentage: "20 %", "20 por ciento", "百分之二十"
	Month                   // a month of a date, 1–12: "mayo" in "3 de mayo", "5月"
	Time                    // a clock time, in minutes after midnight: "15:30", "3.30pm"
)

func (k Kind) String() string {
	switch k {
	case Count:
		return "number"
	case Percent:
		return "percentage"
	case Month:
		return "month"
	case Time:
		return "time"
	}
	return "?"
}

// Number is one number of a text.
type Number struct {
	// Span is the number as written, with its multiplier and percent words
	// ("1.500 millones", "20 %"); for a month, the month's name.
	article.Span
	// Value is the number's value in the text's language; Alt is a second
	// reading where the separators allow one, else equal to Value.
	Value, Alt float64
	Kind       Kind
	// Soft marks a spelled-out number, an ordinal, a Roman numeral or a
	// Han numeral without a multiplier: it may match, it is not evidence
	// on its own.
	Soft bool
	// Word marks a cardinal number written in words or Han numerals
	// ("tres", "三"): a soft number that may still be a mistranslation of
	// another (not an ordinal, a fraction, a Roman numeral or a range).
	Word bool
	// Dim is the dimension of a measure ("16 km"), and SI its value (and
	// a second reading) in SI units; NoDim for a plain number.
	Dim Dim
	SI  [2]float64
	u   *unit
}

// Match reports whether two numbers, each read in its own language, may
// be the same: equal values under either reading; a time and a time (or
// an hour) the same on a 12-hour clock; a two-digit year and its century
// ("'98", "los 90" and "1998", "the 1990s"); months only with months.
func Match(a, b Number) bool {
	if a.Kind == Month || b.Kind == Month {
		return a.Kind == b.Kind && a.Value == b.Value
	}
	if a.Kind == Time || b.Kind == Time {
		return clock(a) >= 0 && clock(a) == clock(b)
	}
	if a.Dim != NoDim && a.Dim == b.Dim {
		return measureMatch(a, b) // "10 miles" is not "10 km"
	}
	for _, x := range [2]float64{a.Value, a.Alt} {
		for _, y := range [2]float64{b.Value, b.Alt} {
			if same(x, y) || decade(x, y) || decade(y, x) {
				return true
			}
		}
	}
	return false
}

// Exact reports two numbers of the same value, read the same way (or the
// same measure), without the leeway Match allows: the pairs to settle
// first.
func Exact(a, b Number) bool {
	if a.Kind == Month || b.Kind == Month || a.Kind == Time || b.Kind == Time {
		return Match(a, b)
	}
	if a.Dim != NoDim && a.Dim == b.Dim {
		return same(a.SI[0], b.SI[0])
	}
	return same(a.Value, b.Value)
}

// Converts reports two measures of one dimension that are the same within
// the leeway of a conversion ("120 feet, or 40 metres").
func Converts(a, b Number) bool { return measureMatch(a, b) }

// clock returns a time, or a whole number of hours up to 24, in minutes on
// a 12-hour clock; -1 for anything else.
func clock(n Number) int {
	v := n.Value
	if n.Kind != Time {
		if v != math.Trunc(v) || v < 0 || v > 24 {
			return -1
		}
		v *= 60
	}
	return int(v) % 720
}

func same(x, y float64) bool {
	return x == y || math.Abs(x-y) <= 1e-9*math.Max(math.Abs(x), math.Abs(y))
}

// decade reports a two-digit year y (10–99) that is four-digit x's: 98 and
// 1998, 90 and 1990.
func decade(x, y float64) bool {
	return y >= 10 && y <= 99 && y == math.Trunc(y) && x >= 1900 && x <= 2099 && x == math.Trunc(x) && int(x)%100 == int(y)
}

// Format writes a value as people read it: "1.5 billion", "15,000", "20".
func Format(v float64) string {
	for _, m := range []struct {
		f    float64
		name string
	}{{1e12, " trillion"}, {1e9, " billion"}, {1e6, " million"}} {
		if q := v / m.f; math.Abs(q) >= 1 && math.Abs(q*1000-math.Round(q*1000)) < 1e-6 {
			return strconv.FormatFloat(q, 'f', -1, 64) + m.name
		}
	}
	if math.Abs(v) < 10000 {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	s := strconv.FormatFloat(math.Abs(v), 'f', -1, 64)
	whole, frac, _ := strings.Cut(s, ".")
	var b []byte
	if v < 0 {
		b = append(b, '-')
	}
	for i := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, whole[i])
	}
	if frac != "" {
		b = append(append(b, '.'), frac...)
	}
	return string(b)
}

// ---- the scanner ----

type tokKind uint8

const (
	tDigits tokKind = iota + 1 // digits with the separators inside a number
	tWord                      // letters and marks of a script with words
	tHan                       // one Han (or kana) character
	tPunct                     // any other character
)

type tok struct {
	start, end int
	kind       tokKind
	space      bool   // white space before the token
	r          rune   // the character of a tHan or tPunct token; the first of a word
	h          uint64 // a word's hash (lang.WordKey)
}

// Scanner finds numbers. Its zero value is ready; it keeps scratch memory
// between calls, so reuse one per goroutine rather than share it.
type Scanner struct {
	toks []tok
	buf  []byte
	src  []byte
	tab  *hashed
	l    lang.Lang
}

// Extract appends the numbers of the span s of src, a text in language l
// (0 when unknown: separators are then read both ways), to dst.
func (sc *Scanner) Extract(dst []Number, src []byte, s article.Span, l lang.Lang) []Number {
	sc.src, sc.l, sc.tab = src, l, hashes[l]
	sc.tokenize(s, decimalComma(l))
	for k := 0; k < len(sc.toks); {
		var n Number
		next, ok := k+1, false
		switch sc.toks[k].kind {
		case tDigits:
			n, next, ok = sc.digits(k)
		case tWord:
			// Most words are no numbers: those that are not in the table,
			// cannot be a Roman numeral and are no German compound are
			// passed over without reading them again.
			if t := sc.toks[k]; sc.tab.has(t.h) || romanFirst(t.r) || sc.l == lang.German && t.end-t.start >= 6 && deStart(sc.src[t.start:t.end]) {
				n, next, ok = sc.word(k)
			}
		case tHan:
			n, next, ok = sc.han(k)
		}
		if ok {
			// "375 and 400 pounds": the first number of a range takes the
			// unit of the second.
			if l := len(dst); n.u != nil && l > 0 && dst[l-1].u == nil && dst[l-1].Kind == Count && sc.rangeBetween(dst[l-1].End, n.Start) {
				dst[l-1] = dst[l-1].measure(*n.u)
			}
			dst = append(dst, n)
		}
		k = max(next, k+1)
	}
	return dst
}

// rangeWords join the two numbers of a range.
var rangeWords = map[string]bool{"and": true, "to": true, "or": true, "und": true, "bis": true, "oder": true,
	"y": true, "a": true, "o": true, "et": true, "à": true, "ou": true, "и": true, "до": true, "или": true}

// rangeBetween reports that only a range word or dash stands between two
// numbers.
func (sc *Scanner) rangeBetween(end, start int) bool {
	if start <= end || start-end > 12 {
		return false
	}
	g := strings.TrimSpace(string(sc.src[end:start]))
	return g == "-" || g == "–" || g == "—" || rangeWords[strings.ToLower(g)]
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' || '０' <= r && r <= '９' }

// groupSpace reports the spaces that group digits in any language: the
// no-break, narrow no-break and thin spaces.
func groupSpace(r rune) bool { return r == '\u00A0' || r == '\u202F' || r == '\u2009' }

func (sc *Scanner) tokenize(s article.Span, comma bool) {
	sc.toks = sc.toks[:0]
	src := sc.src
	space := true
	for i := s.Start; i < s.End; {
		if c := src[i]; c < utf8.RuneSelf { // ASCII: no tables
			switch {
			case '0' <= c && c <= '9':
				j := sc.scanDigits(i, s.End, comma)
				sc.toks = append(sc.toks, tok{i, j, tDigits, space, rune(c), 0})
				i = j
			case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
				space = true
				i++
				continue
			case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
				j, h := sc.scanWord(i+1, s.End, lang.KeyRune(lang.KeyOffset, rune(c)))
				sc.toks = append(sc.toks, tok{i, j, tWord, space, rune(c), h})
				i = j
			default:
				sc.toks = append(sc.toks, tok{i, i + 1, tPunct, space, rune(c), 0})
				i++
			}
			space = false
			continue
		}
		r, n := utf8.DecodeRune(src[i:])
		switch {
		case isDigit(r):
			j := sc.scanDigits(i, s.End, comma)
			sc.toks = append(sc.toks, tok{i, j, tDigits, space, r, 0})
			i = j
		case unicode.IsSpace(r):
			space = true
			i += n
			continue
		case isHan(r):
			sc.toks = append(sc.toks, tok{i, i + n, tHan, space, r, 0})
			i += n
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			j, h := sc.scanWord(i+n, s.End, lang.KeyRune(lang.KeyOffset, r))
			sc.toks = append(sc.toks, tok{i, j, tWord, space, r, h})
			i = j
		default:
			sc.toks = append(sc.toks, tok{i, i + n, tPunct, space, r, 0})
			i += n
		}
		space = false
	}
}

// scanWord returns the end of the word that goes on at j: letters and
// marks, and apostrophes between letters ("п'ять", "l'an"); Han ends it.
// It hashes the word on from h (see lang.WordKey).
func (sc *Scanner) scanWord(j, end int, h uint64) (int, uint64) {
	src := sc.src
	for j < end {
		c := src[j]
		if l := asciiLower[c]; l != 0 {
			h = (h ^ uint64(l)) * lang.KeyPrime
			j++
			continue
		}
		if c < utf8.RuneSelf && c != '\'' {
			return j, h
		}
		r, n := utf8.DecodeRune(src[j:])
		if r == '\'' || r == '’' {
			if j+n < end {
				if r3, _ := utf8.DecodeRune(src[j+n:]); unicode.IsLetter(r3) && !isHan(r3) {
					h = lang.KeyRune(h, r)
					j += n
					continue
				}
			}
			return j, h
		}
		if !(unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)) || isHan(r) {
			return j, h
		}
		h = lang.KeyRune(h, r)
		j += n
	}
	return j, h
}

func isHan(r rune) bool {
	return r >= 0x2E80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r))
}

// scanDigits returns the end of the number that starts at i: digits, and
// separators between digits. A space (in a language that groups with
// spaces) or a no-break or thin space joins only a group of three digits:
// "1 500 000", not "en 2019 300".
func (sc *Scanner) scanDigits(i, end int, comma bool) int {
	// In square brackets (and, where the comma is no decimal mark, round
	// ones) a comma before anything but three digits separates two
	// numbers: "[1,1]", "(2,3)".
	list := i > 0 && (sc.src[i-1] == '[' || sc.src[i-1] == '(' && !comma)

	src := sc.src
	lead := 0 // digits in the first group
	groups := 0
	for {
		n := 0
		for i < end {
			r, sz := utf8.DecodeRune(src[i:])
			if !isDigit(r) {
				break
			}
			i += sz
			n++
		}
		if groups == 0 {
			lead = n
		}
		groups++
		if i >= end {
			return i
		}
		r, sz := utf8.DecodeRune(src[i:])
		switch {
		case r == ',' && list && !threeDigits(src, i+sz, end):
			return i
		case r == '.' || r == ',' || r == '\'' || r == '’':
		case groupSpace(r) || r == ' ' && comma:
			// A group of exactly three digits must follow, after a first
			// group of at most three.
			if lead > 3 || !threeDigits(src, i+sz, end) {
				return i
			}
		default:
			return i
		}
		if i+sz >= end {
			return i
		}
		if r2, _ := utf8.DecodeRune(src[i+sz:]); !isDigit(r2) {
			return i
		}
		i += sz
	}
}

func threeDigits(src []byte, i, end int) bool {
	n := 0
	for i < end && n < 4 {
		r, sz := utf8.DecodeRune(src[i:])
		if !isDigit(r) {
			break
		}
		n++
		i += sz
	}
	return n == 3
}

// parseDigits reads a run of digits and separators: its value in the
// language (comma: a decimal-comma language; unsure: the language is
// unknown) and a second reading when the separators allow one.
func (sc *Scanner) parseDigits(t tok) (v, alt float64, ok bool) {
	var seps [8]rune
	var groups [9]int // digits per group
	nsep := 0
	var whole, frac float64 // the digits as one integer; the last group as a fraction
	scale := 1.0
	n := 0
	for _, r := range string(sc.src[t.start:t.end]) {
		if isDigit(r) {
			if r >= '０' {
				r = r - '０' + '0'
			}
			d := float64(r - '0')
			whole = whole*10 + d
			frac = frac*10 + d
			scale *= 10
			n++
			continue
		}
		if nsep == len(seps) {
			return 0, 0, false
		}
		seps[nsep] = r
		groups[nsep] = n
		nsep++
		n, frac, scale = 0, 0, 1
	}
	groups[nsep] = n
	if nsep == 0 {
		return whole, whole, true
	}
	// decimal reads the last separator as the decimal mark.
	decimal := (whole-frac)/scale + frac/scale
	grouped := groups[0] <= 3
	for _, g := range groups[1 : nsep+1] {
		grouped = grouped && g == 3
	}
	same := true
	for _, r := range seps[:nsep] {
		same = same && r == seps[0]
	}
	switch {
	case !same:
		// "1,500.75" or "1.500,75": the last mark is the decimal one.
		return decimal, decimal, true
	case !grouped:
		if nsep > 1 {
			return 0, 0, false // "1.2.3": a version, a date
		}
		return decimal, decimal, true
	case nsep > 1 || seps[0] != '.' && seps[0] != ',':
		return whole, whole, true
	}
	// One period or comma before three digits: "1.500", "1,500".
	switch {
	case sc.l == 0:
		return whole, decimal, true
	case (seps[0] == ',') == decimalComma(sc.l):
		return decimal, whole, true
	default:
		return whole, decimal, true
	}
}

// lower returns the lowercase form of a token's text, in scratch memory
// valid until the next call; compare it as string(b) == "x", which does
// not copy.
func (sc *Scanner) lower(t tok) []byte {
	if t.end-t.start > 16 {
		return nil
	}
	sc.buf = lang.Lower(sc.buf[:0], sc.src[t.start:t.end])
	return sc.buf
}

// hourWords follow an hour: "15 Uhr", "15.30 h", "a las 15 horas".
var hourWords = map[string]bool{"uhr": true, "h": true, "horas": true, "hrs": true, "heures": true, "hs": true,
	"ч": true, "час": true, "часов": true, "часа": true}

// linkWords may stand between a month and its day or year: "3 de mayo", "May of 2021".
var linkWords = map[string]bool{"de": true, "of": true, "del": true, "the": true}

func (sc *Scanner) info(t tok) (wordInfo, bool) {
	if t.kind != tWord {
		return wordInfo{}, false
	}
	return sc.tab.get(t.h)
}

func (sc *Scanner) at(k int) tok {
	if k < 0 || k >= len(sc.toks) {
		return tok{}
	}
	return sc.toks[k]
}

func (sc *Scanner) isPunct(k int, r rune) bool {
	t := sc.at(k)
	return t.kind == tPunct && t.r == r
}

// digits reads the number that starts with the digits of token k and the
// words after it; next is the token after the number, or k when token k
// is not a number (the digits of "COVID-19", "G7", "5G").
func (sc *Scanner) digits(k int) (Number, int, bool) {
	t := sc.toks[k]
	prev := sc.at(k - 1)
	if !t.space && prev.kind == tWord {
		return Number{}, k, false // "G7", "MH17"
	}
	soft := false
	if !t.space && prev.kind == tPunct && !prev.space {
		p2 := sc.at(k - 2)
		switch {
		case prev.r == '/' && p2.kind == tDigits:
			soft = true // "3/5/2021", "2/3"
		case prev.r == '-' && p2.kind == tWord && !unicode.IsLower(p2.r), prev.r == '_' || prev.r == '#' || prev.r == '@' || prev.r == '\\',
			(prev.r == '/' || prev.r == '.') && p2.kind == tWord:
			return Number{}, k, false // "COVID-19", "bbc.co.uk/1234", "#G20"
		}
	}
	if sc.isPunct(k+1, '/') && !sc.at(k+1).space && sc.at(k+2).kind == tDigits && !sc.at(k+2).space {
		soft = true
	}
	v, alt, ok := sc.parseDigits(t)
	if !ok {
		return Number{}, k + 1, false // "1.2.3", "3.5.2021"
	}
	n := Number{Span: article.Span{Start: t.start, End: t.end}, Value: v, Alt: alt, Kind: Count, Soft: soft}
	next := k + 1
	currency := prev.kind == tPunct && isCurrency(prev.r)
	// A clock time: "15:30", "15.30 Uhr", "15h30", "3 p.m.", "3点".
	if sc.isPunct(next, ':') && !sc.at(next).space && sc.at(next+1).kind == tDigits && !sc.at(next+1).space && sc.at(next+1).end-sc.at(next+1).start == 2 {
		m, _, _ := sc.parseDigits(sc.at(next + 1))
		if v <= 24 && v == math.Trunc(v) && m < 60 {
			n.Kind, n.Value, n.Alt = Time, v*60+m, v*60+m
			n.End = sc.at(next + 1).end
			n, next = sc.meridiem(n, next+2)
			return n, next, true
		}
	}
	nt := sc.at(next)
	if nt.kind == tWord && !nt.space {
		lw := sc.lower(nt)
		switch {
		case string(lw) == "h" && sc.at(next+1).kind == tDigits && !sc.at(next+1).space:
			m, _, _ := sc.parseDigits(sc.at(next + 1))
			if v <= 24 && m < 60 {
				n.Kind, n.Value = Time, math.Trunc(v)*60+m
				n.Alt, n.End = n.Value, sc.at(next+1).end
				return n, next + 2, true
			}
		case string(lw) == "am" || string(lw) == "pm":
			n, next = sc.meridiem(n, next)
			return n, next, true
		case len(lw) == 1 && isUpperASCII(sc.src[nt.start:nt.end]) && sc.multiplier(next, currency) == 0:
			return Number{}, next + 1, false // "5G", "3D", "4K"
		}
	}
	if nt.kind == tHan && !nt.space {
		if u, n2 := sc.hanUnit(next); n2 > next {
			return n.measure(u), next, true // "24小时": the unit is not the number's
		}
		switch nt.r {
		case '月':
			if v >= 1 && v <= 12 && v == math.Trunc(v) {
				n.Kind, n.End = Month, nt.end
				return n, next + 1, true
			}
		case '点', '點', '时', '時':
			if v <= 24 {
				n.Kind, n.Value, n.Alt, n.End = Time, v*60, v*60, nt.end
				return n, next + 1, true
			}
		}
	}
	// "Uhr", "h", "horas", "heures" after an hour.
	if nt.kind == tWord && v <= 24 {
		if hourWords[string(sc.lower(nt))] {
			h := math.Trunc(v)
			m := math.Round((v - h) * 100) // "15.30 Uhr"
			if alt != v {
				m = 0
			}
			if m < 60 {
				n.Kind, n.Value, n.Alt, n.End = Time, h*60+m, h*60+m, nt.end
				return n, next + 1, true
			}
		}
		if lw := sc.lower(nt); nt.space || string(lw) == "am" || string(lw) == "pm" {
			if n2, k2 := sc.meridiem(n, next); k2 > next {
				return n2, k2, true
			}
		}
	}
	if v == math.Trunc(v) && v >= 1 && v < 1000 && alt == v {
		if j, ok := sc.words(next, andHalf[sc.l]); ok {
			n.Value, n.Alt, n.End, next = v+0.5, v+0.5, sc.at(j-1).end, j
		}
	}
	n, next = sc.scale(n, next, currency)
	return n, next, true
}

// hanUnit reads a unit written in Han after a number ("小时", "个月",
// "天"): the unit and the token after it, or next = k when there is none.
func (sc *Scanner) hanUnit(k int) (unit, int) {
	var b []byte
	for j := k; j < k+3 && j < len(sc.toks) && sc.toks[j].kind == tHan; j++ {
		b = append(b, sc.src[sc.toks[j].start:sc.toks[j].end]...)
		if u, ok := units[string(b)]; ok && u.dim == Duration && (len(b) > 3 || sc.toks[k].r == '天' || sc.toks[k].r == '周') {
			return u, j + 1
		}
	}
	return unit{}, k
}

func isCurrency(r rune) bool { return unicode.Is(unicode.Sc, r) }

func isUpperASCII(b []byte) bool {
	for _, c := range b {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return len(b) > 0
}

// meridiem reads "am", "pm", "a.m.", "p.m." at token k after an hour or a
// time; without one the number is returned unchanged with next = k.
func (sc *Scanner) meridiem(n Number, k int) (Number, int) {
	t := sc.at(k)
	if t.kind != tWord {
		return n, k
	}
	hour := n.Value
	if n.Kind == Time {
		hour = math.Floor(n.Value / 60)
	}
	if hour > 12 {
		return n, k
	}
	if n.Kind != Time && hour != math.Trunc(hour) { // "3.30pm"
		h := math.Trunc(hour)
		m := math.Round((hour - h) * 100)
		if m >= 60 {
			return n, k
		}
		n.Kind, n.Value, hour = Time, h*60+m, h
	}
	end, next := t.end, k+1
	switch string(sc.lower(t)) {
	case "am", "pm":
	case "a", "p":
		if !sc.isPunct(k+1, '.') || sc.at(k+2).kind != tWord || string(sc.lower(sc.at(k+2))) != "m" {
			return n, k
		}
		end, next = sc.at(k+2).end, k+3
		if sc.isPunct(k+3, '.') {
			end, next = sc.at(k+3).end, k+4
		}
	default:
		return n, k
	}
	if n.Kind != Time {
		n.Value = hour * 60
	}
	n.Kind, n.Alt, n.End = Time, n.Value, end
	return n, next
}

// multiplier returns the multiplier word at token k (0 if none).
// Abbreviations of one or two letters ("m", "bn") count only right after
// the digits, and "m", "b", "k" only after a currency sign: "$5m", "2bn",
// not "5 m" (metres).
func (sc *Scanner) multiplier(k int, currency bool) float64 {
	t := sc.at(k)
	if t.kind == tHan {
		if f, ok := hanBig[t.r]; ok && !t.space {
			return f
		}
		if f, ok := hanUnit[t.r]; ok && !t.space && t.r != '十' && t.r != '拾' {
			return f
		}
		return 0
	}
	wi, ok := sc.info(t)
	if (!ok || wi.kind != wMultiplier) && currency && sc.l != lang.English && t.end-t.start <= 2 {
		// "£44m", "$2bn" keep the English abbreviation in any language.
		wi, ok = hashes[lang.English].get(t.h)
	}
	if !ok || wi.kind != wMultiplier {
		return 0
	}
	short := t.end-t.start <= 2 && t.r < utf8.RuneSelf
	if short && t.space {
		return 0
	}
	if t.end-t.start == 1 && !currency {
		return 0
	}
	return wi.value
}

// scale reads what may follow a number at token k: multipliers ("mil
// millones", "Mrd.", "万"), then a percent sign or words.
func (sc *Scanner) scale(n Number, k int, currency bool) (Number, int) {
	// "44-Millionen-Pfund", "126,5-Millionen-Dollar".
	if sc.isPunct(k, '-') && !sc.at(k).space && !sc.at(k+1).space && sc.at(k+1).kind == tWord && sc.multiplier(k+1, currency) > 0 {
		k++
	}
	for {
		f := sc.multiplier(k, currency)
		if f == 0 {
			break
		}
		n.Value *= f
		n.Alt *= f
		n.End = sc.at(k).end
		k++
		if w := sc.at(k - 1); sc.isPunct(k, '.') && !sc.at(k).space && w.kind == tWord {
			if c := utf8.RuneCount(sc.src[w.start:w.end]); c >= 3 && c <= 4 {
				n.End = sc.at(k).end // "Mrd.", "млн.", not the full stop of "£44m."
				k++
			}
		}
	}
	t := sc.at(k)
	switch {
	case t.kind == tPunct && (t.r == '%' || t.r == '％'):
		n.Kind, n.End = Percent, t.end
		return n, k + 1
	case t.kind == tWord:
		wi, ok := sc.info(t)
		switch {
		case ok && wi.kind == wPercent:
			n.Kind, n.End = Percent, t.end
			return n, k + 1
		case ok && wi.kind == wPerCent1 && sc.at(k+1).kind == tWord && perCent2[string(sc.lower(sc.at(k+1)))]:
			n.Kind, n.End = Percent, sc.at(k+1).end
			return n, k + 2
		}
	}
	return sc.unit(n, k)
}

// unit reads a unit after a measure at token k ("16 km", "10 miles",
// "43 Grad Celsius", "100 km/h", "1000MW" is no unit we convert) and sets
// the number's dimension and SI value; it does not consume the unit.
func (sc *Scanner) unit(n Number, k int) (Number, int) {
	if sc.isPunct(k, '-') && !sc.at(k).space && sc.at(k+1).kind == tWord && !sc.at(k+1).space {
		if _, ok := units[string(sc.lower(sc.at(k+1)))]; ok {
			k++ // "an eight-foot robot", "a 10-mile walk"
		}
	}
	t := sc.at(k)
	if t.kind == tPunct && t.r == '°' && sc.at(k+1).kind == tWord && !sc.at(k+1).space {
		k++ // "43 °C": the word after the sign names the scale
		t = sc.at(k)
		switch string(sc.lower(t)) {
		case "c":
			return n.measure(units["°c"]), k
		case "f":
			return n.measure(units["°f"]), k
		}
		return n, k
	}
	if t.kind != tWord {
		return n, k
	}
	lw := sc.lower(t)
	u, ok := units[string(lw)]
	if !ok {
		return n, k
	}
	// "km/h".
	if u.dim == Length && sc.isPunct(k+1, '/') && sc.at(k+2).kind == tWord && string(sc.lower(sc.at(k+2))) == "h" {
		return n.measure(unit{dim: Speed, si: times(u.si(1) / 1000)}), k
	}
	// "Grad Celsius", "degrees Fahrenheit".
	if u.dim == Temperature && sc.at(k+1).kind == tWord {
		switch string(sc.lower(sc.at(k + 1))) {
		case "celsius":
			u = units["°c"]
		case "fahrenheit":
			u = units["°f"]
		}
	}
	return n.measure(u), k
}

func (n Number) measure(u unit) Number {
	n.u = &u
	n.Dim = u.dim
	n.SI = [2]float64{u.si(n.Value), math.NaN()}
	if u.alt != nil {
		n.SI[1] = u.alt(n.Value)
	}
	return n
}

// word reads a number written in words at token k: a spelled-out number
// ("tres", "twenty-five", "tres millones"), an ordinal, an article before
// a multiplier ("un millón"), or a month next to a number.
func (sc *Scanner) word(k int) (Number, int, bool) {
	t := sc.toks[k]
	wi, ok := sc.info(t)
	if !ok {
		if v, ok := roman(sc.src[t.start:t.end]); ok {
			return Number{Span: article.Span{Start: t.start, End: t.end}, Value: v, Alt: v, Kind: Count, Soft: true}, k + 1, true
		}
		if sc.l == lang.German && t.end-t.start >= 6 && deStart(sc.src[t.start:t.end]) {
			if v, ok := compoundDE(string(lang.Lower(sc.buf[:0], sc.src[t.start:t.end]))); ok {
				n := Number{Span: article.Span{Start: t.start, End: t.end}, Value: v, Alt: v, Kind: Count, Soft: true, Word: v == math.Trunc(v)}
				n, next := sc.unit(n, k+1)
				return n, next, true
			}
		}
		return Number{}, k, false
	}
	if wi.kind == wDecade {
		return Number{Span: article.Span{Start: t.start, End: t.end}, Value: wi.value, Alt: wi.value, Kind: Count, Soft: true}, k + 1, true
	}
	n := Number{Span: article.Span{Start: t.start, End: t.end}, Value: wi.value, Kind: Count, Soft: true,
		Word: wi.kind == wNumber || wi.kind == wTens}
	switch wi.kind {
	case wMonth:
		if sc.l == lang.English && !unicode.IsUpper(t.r) {
			return Number{}, k, false
		}
		if !sc.nearDigits(k) {
			return Number{}, k, false
		}
		// A month is soft: a date's month stands next to a day or a
		// year, which are compared anyway, and a month name can stand
		// next to a number by chance ("im Februar 2:1 gewonnen").
		n.Kind, n.Alt, n.Word = Month, n.Value, true
		return n, k + 1, true
	case wNumber, wTens, wArticle, wOrdinal:
	default:
		return Number{}, k, false
	}
	next := k + 1
	// "twenty-five", "vingt-deux", "dix-sept".
	if (wi.kind == wTens || wi.value == 10) && sc.isPunct(next, '-') && !sc.at(next).space && !sc.at(next+1).space {
		if u, ok := sc.info(sc.at(next + 1)); ok && u.kind == wNumber && u.value >= 1 && u.value <= 9 {
			n.Value += u.value
			n.End = sc.at(next + 1).end
			next += 2
		}
	}
	// "two and a half", "dos y medio".
	if (wi.kind == wNumber || wi.kind == wTens) && n.Value >= 1 {
		if j, ok := sc.words(next, andHalf[sc.l]); ok {
			n.Value += 0.5
			n.End = sc.at(j - 1).end
			next = j
		}
	}
	// "half a million".
	if wi.kind == wNumber && n.Value == 0.5 && sc.at(next).kind == tWord {
		if a, ok := sc.info(sc.at(next)); ok && a.kind == wArticle && sc.multiplier(next+1, false) > 0 {
			next++
		}
	}
	n.Alt = n.Value
	if wi.kind == wOrdinal {
		return n, next, true
	}
	if n.Value != math.Trunc(n.Value) {
		n.Word = false // "half"
	}
	v := n.Value
	n, next2 := sc.scale(n, next, false)
	switch {
	case wi.kind == wArticle || v == 0.5:
		if n.Value == v {
			return Number{}, k, false // "a", "un", "half" alone
		}
		// "a million", "half a million": as often a manner of speaking
		// ("a million reasons") as a figure.
		n.Soft, n.Word = true, false
		return n, next2, true
	case n.Value != v || n.Kind == Percent:
		n.Soft = false // "tres millones", "veinte por ciento"
	}
	return n, next2, true
}

// asciiLower maps the ASCII letters to lower case and every other byte
// to 0.
var asciiLower = func() (t [256]byte) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = byte(c), byte(c)
	}
	return t
}()

// romanFirst reports a letter a Roman numeral starts with.
func romanFirst(r rune) bool {
	switch r {
	case 'I', 'V', 'X', 'L', 'C', 'D', 'M':
		return true
	}
	return false
}

// roman reads a Roman numeral of two letters or more in capitals ("XX",
// "XIV"); one letter is too often a word or an initial.
func roman(b []byte) (float64, bool) {
	if len(b) < 2 || len(b) > 8 {
		return 0, false
	}
	val := func(c byte) int {
		switch c {
		case 'I':
			return 1
		case 'V':
			return 5
		case 'X':
			return 10
		case 'L':
			return 50
		case 'C':
			return 100
		case 'D':
			return 500
		case 'M':
			return 1000
		}
		return 0
	}
	total := 0
	for i := range b {
		v := val(b[i])
		if v == 0 {
			return 0, false
		}
		if i+1 < len(b) && val(b[i+1]) > v {
			total -= v
		} else {
			total += v
		}
	}
	// Only canonical spellings: "XIV", not "IIII" or "VX".
	var canon []byte
	for n, i := total, 0; n > 0; {
		for _, p := range []struct {
			v int
			s string
		}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
			if n >= p.v {
				canon = append(canon, p.s...)
				n -= p.v
				break
			}
		}
		i++
	}
	return float64(total), string(canon) == string(b)
}

// words reports the lowercase words seq at tokens k on, and returns the
// token after them.
func (sc *Scanner) words(k int, seq []string) (int, bool) {
	if len(seq) == 0 {
		return k, false
	}
	for _, w := range seq {
		t := sc.at(k)
		if t.kind != tWord || string(sc.lower(t)) != w {
			return k, false
		}
		k++
	}
	return k, true
}

// nearDigits reports a month name at token k next to a day or a year:
// "May 3", "3 May", "3. Mai", "3 de mayo", "mayo de 2021", "3 мая".
func (sc *Scanner) nearDigits(k int) bool {
	link := func(t tok) bool {
		if t.kind == tPunct {
			return t.r == '.' || t.r == ','
		}
		if t.kind != tWord {
			return false
		}
		return linkWords[string(sc.lower(t))]
	}
	for _, d := range [2]int{-1, 1} {
		t := sc.at(k + d)
		if t.kind == tDigits {
			return true
		}
		if link(t) && sc.at(k+2*d).kind == tDigits {
			return true
		}
	}
	return false
}

// han reads a Han numeral at token k ("三", "二十五", "两千", "一亿五千万"),
// with what may follow it (月, 日, %), or "百分之" and the number after it.
func (sc *Scanner) han(k int) (Number, int, bool) {
	t := sc.toks[k]
	if t.r == '百' && sc.at(k+1).r == '分' && sc.at(k+2).r == '之' && sc.at(k+1).kind == tHan && sc.at(k+2).kind == tHan {
		j := k + 3
		var n Number
		var next int
		ok := false
		switch sc.at(j).kind {
		case tDigits:
			n, next, ok = sc.digits(j)
		case tHan:
			n, next, ok = sc.hanRun(j)
		}
		if ok {
			n.Start, n.Kind, n.Soft = t.start, Percent, false
			return n, next, true
		}
		return Number{}, k, false
	}
	if t.r == '第' { // an ordinal: 第三
		n, next, ok := sc.hanRun(k + 1)
		if ok {
			n.Start = t.start
			return n, next, true
		}
		return Number{}, k, false
	}
	return sc.hanRun(k)
}

func (sc *Scanner) hanRun(k int) (Number, int, bool) {
	start := k
	var total, section float64
	digit := -1.0
	positional := true // "二〇二一": digits without units
	var pos float64
	for ; k < len(sc.toks); k++ {
		t := sc.toks[k]
		if t.kind != tHan || (k > start && t.space) {
			break
		}
		if d, ok := hanDigit[t.r]; ok {
			digit = float64(d)
			pos = pos*10 + float64(d)
			continue
		}
		if u, ok := hanUnit[t.r]; ok {
			positional = false
			section += math.Max(digit, 1) * u
			digit = -1
			continue
		}
		if b, ok := hanBig[t.r]; ok && k > start {
			positional = false
			if b == 1e8 {
				total = (total + section + math.Max(digit, 0)) * b
			} else {
				total += (section + math.Max(digit, 0)) * b
			}
			section, digit = 0, -1
			continue
		}
		break
	}
	if k == start {
		return Number{}, start, false
	}
	v := total + section + math.Max(digit, 0)
	alt, word := v, true
	switch {
	case positional && k-start == 2:
		// "三四", "五六": three or four, five or six.
		v, alt, word = float64(hanDigit[sc.toks[start].r]), float64(hanDigit[sc.toks[start+1].r]), false
	case positional && k-start > 2:
		v, alt = pos, pos // "二〇二一"
	}
	n := Number{Span: article.Span{Start: sc.toks[start].start, End: sc.toks[k-1].end}, Value: v, Alt: alt, Kind: Count, Soft: true, Word: word}
	if t := sc.at(k); t.kind == tHan && !t.space {
		switch t.r {
		case '月':
			if v >= 1 && v <= 12 && v == math.Trunc(v) {
				n.Kind, n.End = Month, t.end
				return n, k + 1, true
			}
		case '点', '點', '时', '時':
			if v <= 24 && v == math.Trunc(v) {
				n.Kind, n.Value, n.Alt, n.End = Time, v*60, v*60, t.end
				return n, k + 1, true
			}
		}
	}
	if t := sc.at(k); t.kind == tPunct && (t.r == '%' || t.r == '％') {
		n.Kind, n.End, n.Soft = Percent, t.end, false
		return n, k + 1, true
	}
	return n, k, true
}
