package align

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/lang"
)

// Names survive translation, changed in small and regular ways: accents
// dropped ("Sánchez", "Sanchez"), a transliteration ("Зеленский",
// "Zelensky", "Zelenskiy"), an exonym ("Londres", "London"). Fold maps a
// name to a key that those changes leave alone; the exonym table maps the
// names of the best-known places and bodies to their English key.

// latinFold spells accented Latin letters without their accents.
var latinFold = func() map[rune]string {
	m := map[rune]string{'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'ł': "l", 'đ': "d", 'ı': "i", 'þ': "th", 'ð': "d"}
	for base, letters := range map[string]string{
		"a": "àáâãäåāăą", "c": "çćĉċč", "d": "ď", "e": "èéêëēĕėęě", "g": "ĝğġģ", "h": "ĥ",
		"i": "ìíîïĩīĭį", "j": "ĵ", "k": "ķ", "l": "ĺļľ", "n": "ñńņňŉ", "o": "òóôõöōŏő",
		"r": "ŕŗř", "s": "śŝşšș", "t": "ţťț", "u": "ùúûüũūŭůűų", "w": "ŵ", "y": "ýÿŷ", "z": "źżž",
	} {
		for _, r := range letters {
			m[r] = base
		}
	}
	return m
}()

// cyrillic transliterates Russian and Ukrainian letters (a plain scheme;
// Fold then merges the variants of other schemes).
var cyrillic = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh", 'з': "z", 'и': "i",
	'й': "i", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t",
	'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "",
	'э': "e", 'ю': "yu", 'я': "ya", 'і': "i", 'ї': "yi", 'є': "ye", 'ґ': "g",
}

// Fold appends the key form of a name to dst: lower case, accents
// dropped, Cyrillic transliterated, then spelling variants merged — "kh"
// and "h", "y", "j" and "i", "w" and "v", "ph" and "f", "tsch", "tch" and
// "ch", "sch" and "sh", "ks" and "x", "ck" and "k", doubled letters as one — so that
// "Zelensky", "Zelenskiy", "Selenskyj" (not quite: "s" stays "s") and
// "Зеленский" come close and "Sánchez" and "Sanchez" meet. Han and other
// scripts are kept as they are.
func Fold(dst, name []byte) []byte {
	start := len(dst)
	for i := 0; i < len(name); {
		c := name[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRune(name[i:])
		i += n
		r = lang.ToLower(r)
		if r < rune(len(foldTab)) && foldHas[r] {
			dst = append(dst, foldTab[r]...)
		} else if r == '’' {
			dst = append(dst, '\'')
		} else {
			dst = utf8.AppendRune(dst, r)
		}
	}
	return merge(dst, start)
}

// foldTab holds latinFold and cyrillic by rune, for Fold: the letters
// they spell all lie below U+0500.
var (
	foldTab [0x500]string
	foldHas [0x500]bool
)

func init() {
	for _, m := range []map[rune]string{latinFold, cyrillic} {
		for r, s := range m {
			foldTab[r], foldHas[r] = s, true
		}
	}
}

// mergeable marks the letters merge may rewrite.
var mergeable = func() (t [256]bool) {
	for _, c := range []byte("tskpcyjw") {
		t[c] = true
	}
	return t
}()

// merge rewrites dst[start:] in place with the spelling variants merged.
// Every rule writes no more bytes than it reads, and reads what it looks
// ahead at before it writes, so the rewrite never overtakes the text
// still to read.
func merge(dst []byte, start int) []byte {
	s := dst[start:]
	n := len(s)
	w := 0
	for i := 0; i < n; {
		c := s[i]
		i++
		if !mergeable[c] { // most letters: only a doubled one is merged
			if w == 0 || s[w-1] != c || c == ' ' {
				s[w] = c
				w++
			}
			continue
		}
		var c2 byte // a second byte written, if any
		switch c {
		case 't':
			if i+2 < n && s[i] == 's' && s[i+1] == 'c' && s[i+2] == 'h' {
				c, c2, i = 'c', 'h', i+3
			} else if i+1 < n && s[i] == 'c' && s[i+1] == 'h' {
				c, c2, i = 'c', 'h', i+2
			}
		case 's':
			if i+1 < n && s[i] == 'c' && s[i+1] == 'h' {
				c2, i = 'h', i+2
			}
		case 'k':
			if i < n && s[i] == 'h' {
				c, i = 'h', i+1
			} else if i < n && s[i] == 's' {
				c, i = 'x', i+1
			}
		case 'p':
			if i < n && s[i] == 'h' {
				c, i = 'f', i+1
			}
		case 'c':
			if i < n && s[i] == 'k' {
				c, i = 'k', i+1
			}
		case 'y', 'j':
			c = 'i'
		case 'w':
			c = 'v'
		}
		// Doubled letters as one.
		if w == 0 || s[w-1] != c || c == ' ' {
			s[w] = c
			w++
		}
		if c2 != 0 && s[w-1] != c2 {
			s[w] = c2
			w++
		}
	}
	return dst[:start+w]
}

//go:embed data/exonyms.txt
var exonymData string

var (
	// exonyms maps the folded form of a name (words joined by one space)
	// to the folded English name.
	exonyms = map[string]string{}
	// maxExonymWords is the most words an exonym has.
	maxExonymWords = 1
	// hanExonymLens are the lengths in runes of the names written in Han,
	// longest first.
	hanExonymLens []int
	// english gives the English spelling of an exonym key.
	english = map[string]string{}
	// hanFirst holds the first characters of the names written in Han.
	hanFirst = map[rune]bool{}
	// exonymFirst holds the folded first words of the exonyms of several
	// words: only after one of them is a longer name looked up.
	exonymFirst = map[string]bool{}
)

func init() {
	lens := map[int]bool{}
	for _, line := range strings.Split(exonymData, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		en, others, ok := strings.Cut(line, "=")
		if !ok {
			panic("align: bad exonym line " + line)
		}
		key := foldPhrase(en)
		exonyms[key] = key
		if first, _, ok := strings.Cut(key, " "); ok {
			exonymFirst[first] = true
		}
		english[key] = strings.TrimSpace(en)
		for _, o := range strings.Split(others, ",") {
			o = strings.TrimSpace(o)
			if o == "" {
				continue
			}
			f := foldPhrase(o)
			if _, dup := exonyms[f]; !dup {
				exonyms[f] = key
			}
			maxExonymWords = max(maxExonymWords, strings.Count(f, " ")+1)
			if first, _, ok := strings.Cut(f, " "); ok {
				exonymFirst[first] = true
			}
			if r, _ := utf8.DecodeRuneInString(o); unicode.Is(unicode.Han, r) {
				lens[utf8.RuneCountInString(o)] = true
				hanFirst[r] = true
			}
		}
	}
	for k := range exonyms {
		b := exonymHead(k)
		exonymHeads[b>>6] |= 1 << (b & 63)
	}
	for n := range lens {
		hanExonymLens = append(hanExonymLens, n)
	}
	// Longest first.
	for i := range hanExonymLens {
		for j := i + 1; j < len(hanExonymLens); j++ {
			if hanExonymLens[j] > hanExonymLens[i] {
				hanExonymLens[i], hanExonymLens[j] = hanExonymLens[j], hanExonymLens[i]
			}
		}
	}
}

// exonymHeads holds the heads (see exonymHead) of the exonym table's
// keys: a name whose head is not in it needs no look-up.
var exonymHeads [1 << 10]uint64

// exonymHead packs the first two bytes of a folded name or phrase, the
// second only when it belongs to the first word, so that a phrase's head
// is its first word's.
func exonymHead[T string | []byte](f T) int {
	if len(f) == 0 {
		return 0
	}
	h := int(f[0]) << 8
	if len(f) > 1 && f[1] != ' ' {
		h |= int(f[1])
	}
	return h
}

// mayBeExonym reports a folded name whose head some key of the exonym
// table has (a phrase the table knows starts with that word's head).
func mayBeExonym(f []byte) bool {
	b := exonymHead(f)
	return exonymHeads[b>>6]&(1<<(b&63)) != 0
}

// foldPhrase folds each word of a phrase and joins them with one space;
// hyphens and periods inside count as word breaks ("Нью-Йорк", "EE.UU").
func foldPhrase(s string) string {
	var b []byte
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '-' || r == '.' }) {
		if len(b) > 0 {
			b = append(b, ' ')
		}
		b = Fold(b, []byte(w))
	}
	return string(b)
}

// Exonym returns the English key of a folded name (see Fold; words joined
// by one space) when the exonym table knows it.
func Exonym(folded []byte) (string, bool) {
	k, ok := exonyms[string(folded)]
	return k, ok
}

// English returns the English spelling of a name the exonym table knows,
// by its key (see Exonym).
func English(key []byte) string { return english[string(key)] }

// IsExonym reports whether the folded name is in the exonym table.
func IsExonym(folded []byte) bool {
	_, ok := exonyms[string(folded)]
	return ok
}
