package lang

import (
	"unicode"
	"unicode/utf8"
)

// identifyBytes is how much of a text Identify reads: enough words for the
// function words to tell, little enough to stay cheap on long articles.
const identifyBytes = 8 << 10

// scriptLangs names the language of a text written mostly in a script that
// (among mtlint's languages) one language uses, or the candidates lingua-go
// chooses among.
var scriptLangs = map[string][]string{
	"Hangul":     {"ko"},
	"Hebrew":     {"he"},
	"Greek":      {"el"},
	"Thai":       {"th"},
	"Georgian":   {"ka"},
	"Armenian":   {"hy"},
	"Bengali":    {"bn"},
	"Gurmukhi":   {"pa"},
	"Tamil":      {"ta"},
	"Arabic":     {"ar", "fa", "ur"},
	"Devanagari": {"hi", "mr"},
}

var identifyScripts = []string{"Latin", "Cyrillic", "Han", "Hiragana", "Katakana", "Hangul", "Arabic", "Hebrew",
	"Greek", "Devanagari", "Thai", "Georgian", "Armenian", "Bengali", "Gurmukhi", "Tamil"}

// Identify guesses the language of a whole text (a source article), from
// its first few thousand bytes: the script its letters are written in,
// then, for Latin and Cyrillic, the function words of the languages that
// have word lists; lingua-go decides between the two best when they are
// close. It returns ok = false when it cannot tell (a language without a
// word list in a shared script, or too little text).
func Identify(text []byte) (Lang, bool) {
	loadData()
	if len(text) > identifyBytes {
		text = text[:identifyBytes]
		for len(text) > 0 && !utf8.RuneStart(text[len(text)-1]) {
			text = text[:len(text)-1]
		}
	}
	// The dominant script.
	counts := make(map[string]int, 4)
	letters := 0
	for _, r := range string(text) {
		if r < utf8.RuneSelf {
			if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
				counts["Latin"]++
				letters++
			}
			continue
		}
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		for _, s := range identifyScripts {
			if unicode.Is(unicode.Scripts[s], r) {
				counts[s]++
				break
			}
		}
	}
	if letters < 20 {
		return 0, false
	}
	best, n := "", 0
	for s, c := range counts {
		if c > n || c == n && s < best {
			best, n = s, c
		}
	}
	kana := counts["Hiragana"] + counts["Katakana"]
	switch {
	case kana*20 >= letters:
		return byCode["ja"], true
	case best == "Han":
		return byCode["zh"], true
	case best == "Latin" || best == "Cyrillic":
		return functionWords(text, best)
	}
	cands := scriptLangs[best]
	switch len(cands) {
	case 0:
		return 0, false
	case 1:
		return byCode[cands[0]], true
	}
	var set Set
	for _, c := range cands {
		set = set.With(byCode[c])
	}
	g := Detect(string(text), set).Best()
	return g.Lang, g.Lang != 0
}

// functionWords scores, per language with a word list written in the
// script, the function words of the text — a word several languages share
// counting for each a share — and the letters only that language uses
// among them ("ñ", "ß", "ы", "ї"); it returns the language with the best
// score, asking lingua-go only when the runner-up has more than half as
// much.
func functionWords(text []byte, script string) (Lang, bool) {
	var cands []Lang
	for l := Lang(1); int(l) < len(table); l++ {
		if profiled.Has(l) && profiles[l].script == script {
			cands = append(cands, l)
		}
	}
	var score [64]float64
	words := 0
	var buf []byte
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRune(text[i:])
		if !unicode.IsLetter(r) {
			i += n
			continue
		}
		j := i + n
		for j < len(text) {
			r, n := utf8.DecodeRune(text[j:])
			if !unicode.IsLetter(r) && r != '\'' && r != '’' {
				break
			}
			j += n
		}
		buf = Lower(buf[:0], text[i:j])
		words++
		if e, ok := wordsTable(buf); ok {
			share := 1 / float64(e.Len())
			for s := e; s != 0; s &= s - 1 {
				score[trailingZeros(uint64(s))] += share
			}
		}
		// Letters that only one candidate uses.
		for _, r := range string(buf) {
			if r < utf8.RuneSelf {
				continue
			}
			owner := Lang(0)
			for _, l := range cands {
				if profiles[l].letters[r] {
					if owner != 0 {
						owner = 0
						break
					}
					owner = l
				}
			}
			if owner != 0 {
				score[owner] += 0.5
			}
		}
		i = j
	}
	var first, second Lang
	for _, l := range cands {
		switch {
		case first == 0 || score[l] > score[first]:
			first, second = l, first
		case second == 0 || score[l] > score[second]:
			second = l
		}
	}
	if first == 0 || score[first] < 3 || score[first]*20 < float64(words) {
		return 0, false // too few function words of any language with a list
	}
	if second != 0 && score[second]*2 > score[first] {
		g := Detect(string(text), Set(0).With(first).With(second)).Best()
		if g.Lang != 0 {
			return g.Lang, true
		}
	}
	return first, true
}

// wordsTable returns the languages for which a lowercase word is a
// function word.
func wordsTable(lw []byte) (Set, bool) {
	e, ok := words.get(lw)
	if !ok || e.words == 0 {
		return 0, false
	}
	return e.words, true
}

// Known reports whether a word, in lower case (see Lower), is on l's word
// lists: one of its function words or frequent words. Languages without
// lists know no word.
func Known(l Lang, lw []byte) bool {
	loadData()
	e, ok := words.get(lw)
	return ok && e.common.Has(l)
}
