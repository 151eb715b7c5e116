package checks

import (
	"bytes"
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
)

// This file holds what the repetition/ checks share: their word lists,
// which are data (data/repetition.txt), and word helpers. The checks are a
// word typed twice ("the the", repetition_doubled_word.go), a sentence or
// paragraph that appears twice in one article
// (repetition_repeated_sentence.go, repetition_near.go), and words run
// together when markup was stripped ("improvementand", "2022Europe",
// "JonathanPresident"; repetition_fused_words.go).

//go:embed data/repetition.txt
var repetitionData string

var repLists = newRepLists(repetitionData)

type repListSet struct {
	doubledOK map[string]bool // lower case
	// doubledOKLang holds, per language code, more words that may stand
	// twice (lower case); relativeLang, the relative pronouns that may
	// meet their article when a clause opens, and relativePreps, the
	// prepositions that may stand before them.
	doubledOKLang map[string]map[string]bool
	relativeLang  map[string]map[string]bool
	relativePreps map[string]map[string]bool
	fusedNames    map[string]bool // exact
	fusedTitles   map[string]bool // exact, capitalised
	fusedSuffix   []string        // lower case
	fusedEndings  []string        // lower case
	units         map[string]bool // lower case
}

func newRepLists(data string) *repListSet {
	d := dataSections(data)
	set := func(name string, lower bool) map[string]bool {
		m := map[string]bool{}
		for _, w := range dataSection(d, name) {
			if lower {
				w = string(bytes.ToLower([]byte(w)))
			}
			m[w] = true
		}
		return m
	}
	byLang := func(prefix string) map[string]map[string]bool {
		m := map[string]map[string]bool{}
		for name := range d {
			if code, ok := strings.CutPrefix(name, prefix+" "); ok {
				m[code] = set(name, true)
			}
		}
		return m
	}
	return &repListSet{
		doubledOKLang: byLang("doubled-ok"),
		relativeLang:  byLang("doubled-relative"),
		relativePreps: byLang("relative-prepositions"),
		doubledOK:     set("doubled-ok", true),
		fusedNames:    set("fused-names", false),
		fusedTitles:   set("fused-titles", false),
		fusedSuffix:   dataSection(d, "fused-suffixes"),
		fusedEndings:  dataSection(d, "fused-endings"),
		units:         set("units", true),
	}
}

// repLower appends the lower-case form of b to buf[:0].
func repLower(buf, b []byte) []byte {
	buf = buf[:0]
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
		i += n
	}
	return buf
}

// repOnlySpace reports a gap of white space (a line break included) with
// nothing else in it.
func repOnlySpace(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if !article.IsSpace(r) {
			return false
		}
		i += n
	}
	return true
}
