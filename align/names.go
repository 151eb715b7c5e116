package align

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"
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
		r = unicode.ToLower(r)
		if s, ok := latinFold[r]; ok {
			dst = append(dst, s...)
		} else if s, ok := cyrillic[r]; ok {
			dst = append(dst, s...)
		} else if r == '’' {
			dst = append(dst, '\'')
		} else {
			dst = utf8.AppendRune(dst, r)
		}
	}
	return merge(dst, start)
}

// merge rewrites dst[start:] in place with the spelling variants merged.
// Every rule writes no more bytes than it reads, so the rewrite never
// overtakes the text still to read.
func merge(dst []byte, start int) []byte {
	w := start
	put := func(c byte) {
		if w > start && dst[w-1] == c && c != ' ' {
			return // doubled letters as one
		}
		dst[w] = c
		w++
	}
	s := dst[start:]
	has := func(i int, t string) bool { return i+len(t) <= len(s) && string(s[i:i+len(t)]) == t }
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case has(i, "tsch"):
			put('c')
			put('h')
			i += 4
		case has(i, "tch"):
			put('c')
			put('h')
			i += 3
		case has(i, "sch"):
			put('s')
			put('h')
			i += 3
		case has(i, "kh"):
			put('h')
			i += 2
		case has(i, "ph"):
			put('f')
			i += 2
		case has(i, "ck"), has(i, "ks"):
			if s[i+1] == 's' {
				put('x')
			} else {
				put('k')
			}
			i += 2
		case c == 'y' || c == 'j':
			put('i')
			i++
		case c == 'w':
			put('v')
			i++
		default:
			put(c)
			i++
		}
	}
	return dst[:w]
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
			if r, _ := utf8.DecodeRuneInString(o); unicode.Is(unicode.Han, r) {
				lens[utf8.RuneCountInString(o)] = true
			}
		}
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
