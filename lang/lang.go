// Package lang is mtlint's language identification for the untranslated
// checks: a table of languages with the scripts they are written in, a
// cheap prefilter that scores a span's words against per-language lists
// of function words, letters and spellings (Filter), and a process-wide
// cache of lingua-go detectors that loads each language's models at most
// once (Detect).
//
// The prefilter runs over every word of an article and decides which
// spans could be foreign; only those go to lingua-go, whose models cost
// 20–40 MB and 0.1–0.2 s per language to load. On clean text in the
// target language no model is loaded at all (see Loaded).
package lang

import (
	"strings"
	"unicode"

	"github.com/pemistahl/lingua-go"
)

// Lang is a language mtlint knows; the zero value is no language.
type Lang uint8

// Set is a set of languages.
type Set uint64

// Has reports whether l is in the set.
func (s Set) Has(l Lang) bool { return l != 0 && s&(1<<l) != 0 }

// With returns the set with l added.
func (s Set) With(l Lang) Set {
	if l == 0 {
		return s
	}
	return s | 1<<l
}

// Langs returns the set's languages in table order.
func (s Set) Langs() []Lang {
	var out []Lang
	for l := Lang(1); int(l) < len(table); l++ {
		if s.Has(l) {
			out = append(out, l)
		}
	}
	return out
}

// Len is the number of languages in the set.
func (s Set) Len() int {
	n := 0
	for ; s != 0; s &= s - 1 {
		n++
	}
	return n
}

// String lists the set's codes: "en,es".
func (s Set) String() string {
	var codes []string
	for _, l := range s.Langs() {
		codes = append(codes, l.Code())
	}
	return strings.Join(codes, ",")
}

type info struct {
	code, name string
	lingua     lingua.Language
	scripts    []string // the scripts the language is written in, Latin excepted
	latin      bool     // written in Latin script
}

// table is indexed by Lang; entry 0 is no language.
var table = []info{
	{},
	{"en", "English", lingua.English, nil, true},
	{"es", "Spanish", lingua.Spanish, nil, true},
	{"fr", "French", lingua.French, nil, true},
	{"de", "German", lingua.German, nil, true},
	{"it", "Italian", lingua.Italian, nil, true},
	{"pt", "Portuguese", lingua.Portuguese, nil, true},
	{"nl", "Dutch", lingua.Dutch, nil, true},
	{"pl", "Polish", lingua.Polish, nil, true},
	{"tr", "Turkish", lingua.Turkish, nil, true},
	{"ru", "Russian", lingua.Russian, []string{"Cyrillic"}, false},
	{"uk", "Ukrainian", lingua.Ukrainian, []string{"Cyrillic"}, false},
	{"ar", "Arabic", lingua.Arabic, []string{"Arabic"}, false},
	{"zh", "Chinese", lingua.Chinese, []string{"Han"}, false},
	{"ja", "Japanese", lingua.Japanese, []string{"Han", "Hiragana", "Katakana"}, false},
	{"ko", "Korean", lingua.Korean, []string{"Hangul", "Han"}, false},
	{"ca", "Catalan", lingua.Catalan, nil, true},
	{"ro", "Romanian", lingua.Romanian, nil, true},
	{"sv", "Swedish", lingua.Swedish, nil, true},
	{"da", "Danish", lingua.Danish, nil, true},
	{"nb", "Norwegian", lingua.Bokmal, nil, true},
	{"fi", "Finnish", lingua.Finnish, nil, true},
	{"hu", "Hungarian", lingua.Hungarian, nil, true},
	{"cs", "Czech", lingua.Czech, nil, true},
	{"sk", "Slovak", lingua.Slovak, nil, true},
	{"sl", "Slovene", lingua.Slovene, nil, true},
	{"hr", "Croatian", lingua.Croatian, nil, true},
	{"bs", "Bosnian", lingua.Bosnian, nil, true},
	{"sr", "Serbian", lingua.Serbian, []string{"Cyrillic"}, true},
	{"bg", "Bulgarian", lingua.Bulgarian, []string{"Cyrillic"}, false},
	{"mk", "Macedonian", lingua.Macedonian, []string{"Cyrillic"}, false},
	{"be", "Belarusian", lingua.Belarusian, []string{"Cyrillic"}, false},
	{"kk", "Kazakh", lingua.Kazakh, []string{"Cyrillic"}, false},
	{"el", "Greek", lingua.Greek, []string{"Greek"}, false},
	{"he", "Hebrew", lingua.Hebrew, []string{"Hebrew"}, false},
	{"fa", "Persian", lingua.Persian, []string{"Arabic"}, false},
	{"ur", "Urdu", lingua.Urdu, []string{"Arabic"}, false},
	{"hi", "Hindi", lingua.Hindi, []string{"Devanagari"}, false},
	{"mr", "Marathi", lingua.Marathi, []string{"Devanagari"}, false},
	{"bn", "Bengali", lingua.Bengali, []string{"Bengali"}, false},
	{"pa", "Punjabi", lingua.Punjabi, []string{"Gurmukhi"}, false},
	{"ta", "Tamil", lingua.Tamil, []string{"Tamil"}, false},
	{"th", "Thai", lingua.Thai, []string{"Thai"}, false},
	{"ka", "Georgian", lingua.Georgian, []string{"Georgian"}, false},
	{"hy", "Armenian", lingua.Armenian, []string{"Armenian"}, false},
	{"vi", "Vietnamese", lingua.Vietnamese, nil, true},
	{"id", "Indonesian", lingua.Indonesian, nil, true},
	{"ms", "Malay", lingua.Malay, nil, true},
	{"tl", "Tagalog", lingua.Tagalog, nil, true},
	{"sw", "Swahili", lingua.Swahili, nil, true},
	{"af", "Afrikaans", lingua.Afrikaans, nil, true},
	{"sq", "Albanian", lingua.Albanian, nil, true},
	{"lt", "Lithuanian", lingua.Lithuanian, nil, true},
	{"lv", "Latvian", lingua.Latvian, nil, true},
	{"et", "Estonian", lingua.Estonian, nil, true},
	{"is", "Icelandic", lingua.Icelandic, nil, true},
	{"ga", "Irish", lingua.Irish, nil, true},
	{"cy", "Welsh", lingua.Welsh, nil, true},
	{"eu", "Basque", lingua.Basque, nil, true},
	{"la", "Latin", lingua.Latin, nil, true},
}

// Named languages.
const (
	English Lang = 1 + iota
	Spanish
	French
	German
	Italian
	Portuguese
	Dutch
	Polish
	Turkish
	Russian
	Ukrainian
)

var byCode = func() map[string]Lang {
	if len(table) > 64 {
		panic("lang: table too large for Set")
	}
	m := map[string]Lang{}
	for i := 1; i < len(table); i++ {
		m[table[i].code] = Lang(i)
		m[strings.ToLower(table[i].name)] = Lang(i)
	}
	m["no"] = m["nb"]
	return m
}()

// Parse reads an ISO 639-1 code ("es") or an English name ("Spanish"),
// case-insensitively.
func Parse(s string) (Lang, bool) {
	l, ok := byCode[strings.ToLower(strings.TrimSpace(s))]
	return l, ok
}

// ParseSet reads a list of codes or names; it returns the set and the
// entries it could not read.
func ParseSet(list []string) (Set, []string) {
	var s Set
	var bad []string
	for _, e := range list {
		for _, f := range strings.Split(e, ",") {
			if strings.TrimSpace(f) == "" {
				continue
			}
			l, ok := Parse(f)
			if !ok {
				bad = append(bad, f)
				continue
			}
			s = s.With(l)
		}
	}
	return s, bad
}

// Code is the ISO 639-1 code.
func (l Lang) Code() string { return table[l].code }

// Name is the English name of the language.
func (l Lang) Name() string { return table[l].name }

func (l Lang) String() string { return l.Code() }

// Latin reports whether the language is written in Latin script.
func (l Lang) Latin() bool { return table[l].latin }

// Scripts returns the names of the Unicode scripts the language is written
// in (keys of unicode.Scripts), Latin included when it is.
func (l Lang) Scripts() []string {
	var out []string
	if table[l].latin {
		out = append(out, "Latin")
	}
	return append(out, table[l].scripts...)
}

// UsesScript reports whether the language is written in the named script.
func (l Lang) UsesScript(script string) bool {
	for _, s := range l.Scripts() {
		if s == script {
			return true
		}
	}
	return false
}

// ScriptTable returns the Unicode table of a script name, or nil.
func ScriptTable(name string) *unicode.RangeTable { return unicode.Scripts[name] }
