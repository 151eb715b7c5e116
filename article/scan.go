package article

import (
	"sort"
	"unicode/utf8"
)

// This file holds what the parser records for the checks in its one pass
// over the text, besides lines, paragraphs, sentences and words: the marks
// (the offsets of every character that is not an ASCII letter, digit, space
// or line feed) and the shape of every word (which kinds of characters it
// is made of). A check that looks for punctuation, quotes, brackets,
// symbols, control characters or text outside ASCII visits the marks
// instead of scanning the bytes; a check that looks at words reads their
// shapes before their bytes. Most of a news text is ASCII letters and
// spaces, which no check needs to see one by one: the marks of an English
// article are about 3% of its bytes.

// WordShape says which kinds of characters a word holds, as flags: ASCII
// letters and digits are told apart, any character outside ASCII only sets
// NonASCII (the word's bytes tell the rest).
type WordShape uint8

// The word shape flags.
const (
	// UpperFirst: the word starts with an ASCII capital ("The", "BBC").
	UpperFirst WordShape = 1 << iota
	// UpperInner: an ASCII capital follows the first character ("BBC",
	// "iPhone", "saidPresident").
	UpperInner
	// Lower: an ASCII lowercase letter.
	Lower
	// Digit: an ASCII digit.
	Digit
	// NonASCII: a character outside ASCII ("café", "Мэр", "don’t").
	NonASCII
	// Joined: an apostrophe ("'", "’"), hyphen ("-", "‐"), period or comma
	// inside the word ("don't", "ex-president", "1.5", "20,000").
	Joined
)

// Has reports whether the shape has every flag of f.
func (s WordShape) Has(f WordShape) bool { return s&f == f }

// Any reports whether the shape has a flag of f.
func (s WordShape) Any(f WordShape) bool { return s&f != 0 }

// LowerASCII reports a word of lowercase ASCII letters only ("harbour").
func (s WordShape) LowerASCII() bool { return s == Lower }

// The FNV-1a (32-bit) parameters of the word hashes.
const (
	hashOffset uint32 = 2166136261
	hashPrime  uint32 = 16777619
)

// WordHash is the hash the parser records for a word (Article.Hashes):
// FNV-1a, 32 bits, of its bytes with bit 5 set, which puts ASCII letters in
// lower case and leaves digits, hyphens, periods, commas and apostrophes as
// they are. Two words that differ only in the case of ASCII letters hash
// alike; a check compares the words themselves before it believes a match.
func WordHash(w []byte) uint32 {
	h := hashOffset
	for _, c := range w {
		h = (h ^ uint32(c|0x20)) * hashPrime
	}
	return h
}

// HashSet is a set of word hashes (WordHash) in 8 KB, small enough to stay
// in the processor's cache: a first look that rules most words out before
// their text is looked up in a map. It may answer yes for a word it was not
// given (two hashes that share their top bits), never no for one it was.
type HashSet [1 << 16 / 64]uint64

// Add adds the hash of word.
func (s *HashSet) Add(word string) {
	h := hashOffset
	for i := 0; i < len(word); i++ {
		h = (h ^ uint32(word[i]|0x20)) * hashPrime
	}
	s[h>>22] |= 1 << (h >> 16 & 63)
}

// Has reports whether a word of hash h may be in the set.
func (s *HashSet) Has(h uint32) bool { return s[h>>22]&(1<<(h>>16&63)) != 0 }

// IsMark reports whether the byte c, starting a character, is recorded in
// Article.Marks: everything but ASCII letters, digits, spaces and line feeds.
func IsMark(c byte) bool { return asciiClass[c]&(clsWord|clsPlainSpace) == 0 }

// MarksIn returns the marks inside s (Article.Marks is sorted: this is a
// sub-slice of it, found by binary search).
func (a *Article) MarksIn(s Span) []int {
	lo := sort.SearchInts(a.Marks, s.Start)
	hi := lo + sort.SearchInts(a.Marks[lo:], s.End)
	return a.Marks[lo:hi]
}

// ASCII reports whether the body holds no character outside ASCII.
func (a *Article) ASCII() bool {
	for _, m := range a.Marks {
		if a.Src[m] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// The classes of ASCII bytes the segmenter tells apart.
const (
	clsWord       uint8 = 1 << iota // a letter or digit
	clsPlainSpace                   // ' ' and '\n': never marks
	clsSpace                        // white space: ' ', '\t', '\v', '\f', '\r' ('\n' ends lines)
	clsTerminal                     // '.', '!', '?'
	clsJoiner                       // '\'', '-', '.', ',': may join two parts of a word
	clsWhite                        // what IsSpace reports: ' ', '\t', '\n', '\v', '\f', '\r'
)

var asciiClass = func() (t [256]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
			t[c] = clsWord
		case c == ' ':
			t[c] = clsSpace | clsPlainSpace
		case c == '\n':
			t[c] = clsPlainSpace
		case c == '\t', c == '\v', c == '\f', c == '\r':
			t[c] = clsSpace
		case c == '.', c == '!', c == '?':
			t[c] = clsTerminal
		}
		switch c {
		case '\'', '-', '.', ',':
			t[c] |= clsJoiner
		case ' ', '\t', '\n', '\v', '\f', '\r':
			t[c] |= clsWhite
		}
	}
	return t
}()

// wordShapeOf gives the shape flag of an ASCII letter or digit after the
// first character of a word (0 for other bytes, which end the fast path).
var wordShapeOf = func() (t [256]WordShape) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = Lower
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = UpperInner
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = Digit
	}
	return t
}()

// markSpace records the marks of white space [i, end): every character but
// ' ' and '\n'.
func (a *Article) markSpace(i, end int) {
	src := a.Src
	for i < end {
		c := src[i]
		if c < utf8.RuneSelf {
			if asciiClass[c]&clsPlainSpace == 0 {
				a.Marks = append(a.Marks, i)
			}
			i++
			continue
		}
		a.Marks = append(a.Marks, i)
		_, n := utf8.DecodeRune(src[i:end])
		i += n
	}
}

// markRunes records a mark for every character of [i, end).
func (a *Article) markRunes(i, end int) {
	src := a.Src
	for i < end {
		a.Marks = append(a.Marks, i)
		if src[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, n := utf8.DecodeRune(src[i:end])
		i += n
	}
}
