package checks

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/lang"
	"github.com/mtlint/mtlint/rules"
)

// This file holds the part of untranslated/fragment that looks for short
// source-language terms, too short for language identification: a title of
// office with a word of its language beside it ("vicepresidenta de
// Colombia", "missão do governador") and a label that opens a line before
// a credit ("Bild: Karin Vollmer"). It also tells a quoted foreign headline
// given with its translation in brackets from a slip. The terms are data
// (data/untranslated.txt).

//go:embed data/untranslated.txt
var untranslatedData string

// termEntry is a term of the lists: its languages and its English.
type termEntry struct {
	langs   lang.Set
	english string
}

type termListSet struct {
	offices, particles, labels map[string]termEntry
	officeHashes               article.HashSet // of the offices: a first look
}

var termLists = newTermLists(untranslatedData, nil, nil)

// termListsExtra caches the lists extended by the extra-titles and
// extra-labels parameters, by their joined entries.
var termListsExtra sync.Map

// termListsFor returns the lists a run uses: the built-in ones, extended by
// the check's extra-titles and extra-labels when they are set.
func termListsFor(p *rules.Pass) *termListSet {
	titles, labels := p.Strings("extra-titles"), p.Strings("extra-labels")
	if len(titles) == 0 && len(labels) == 0 {
		return termLists
	}
	key := strings.Join(titles, "\x00") + "\x01" + strings.Join(labels, "\x00")
	if v, ok := termListsExtra.Load(key); ok {
		return v.(*termListSet)
	}
	v, _ := termListsExtra.LoadOrStore(key, newTermLists(untranslatedData, titles, labels))
	return v.(*termListSet)
}

// newTermLists reads the lists of data, adding the user's titles of office
// and labels: entries "CODES TERM = ENGLISH" as in the data file, where
// CODES and "= ENGLISH" may be left out ("alcaldesa" is a title in any of
// the candidate languages).
func newTermLists(data string, titles, labels []string) *termListSet {
	d := dataSections(data)
	read := func(name string, user []string) map[string]termEntry {
		m := map[string]termEntry{}
		add := func(line string, strict bool) {
			left, english, _ := strings.Cut(line, " = ")
			left = strings.TrimSpace(left)
			codes, term, ok := strings.Cut(left, " ")
			set, bad := lang.ParseSet([]string{codes})
			if !ok || len(bad) > 0 {
				if strict {
					panic("checks/data/untranslated.txt: bad line " + line)
				}
				set, term = ^lang.Set(0), left // no known language code: any language
			}
			if term == "" {
				return
			}
			e := m[term]
			e.langs |= set
			if e.english == "" {
				e.english = strings.TrimSpace(english)
			}
			m[term] = e
		}
		for _, line := range dataSection(d, name) {
			add(line, true)
		}
		for _, line := range user {
			add(line, false)
		}
		return m
	}
	lower := func(l []string) []string {
		out := make([]string, len(l))
		for i, x := range l {
			out[i] = strings.ToLower(x)
		}
		return out
	}
	l := &termListSet{offices: read("offices", titles), particles: read("particles", nil), labels: read("labels", lower(labels))}
	for w := range l.offices {
		l.officeHashes.Add(w)
	}
	return l
}

// langNames names the languages of a set: "Spanish or Portuguese".
func langNames(s lang.Set) string {
	var names []string
	for _, l := range s.Langs() {
		names = append(names, l.Name())
	}
	return strings.Join(names, " or ")
}

// maxCreditWords is the most words a credit after a label may have: "Bild:
// Karin Vollmer", not a sentence of a press review ("Bild: The paper says
// ...").
const maxCreditWords = 5

func runTerms(p *rules.Pass, a *article.Article, cfg *fragConfig, found []article.Span) {
	termLists := termListsFor(p)
	src := a.Src
	cands := cfg.filter.Cands
	overlaps := func(s article.Span) bool {
		for _, f := range found {
			if f.Overlaps(s) {
				return true
			}
		}
		return false
	}
	ws := a.Words
	// joined returns word j when it follows word j-1 in one sentence with
	// only a space between them.
	joined := func(j int) bool {
		return j > 0 && j < len(ws) && ws[j].Sentence == ws[j-1].Sentence && repOnlySpace(src[ws[j-1].End:ws[j].Start])
	}
	particle := func(j int, langs lang.Set) (lang.Set, bool) {
		if j < 0 || j >= len(ws) {
			return 0, false
		}
		e, ok := termLists.particles[string(src[ws[j].Start:ws[j].End])]
		return e.langs & langs, ok && e.langs&langs != 0
	}
	for wi := range ws {
		// Titles of office are lowercase words of four letters or more.
		if !termLists.officeHashes.Has(a.Hashes[wi]) {
			continue
		}
		w := &ws[wi]
		if c := src[w.Start]; w.End-w.Start < 4 || c < 'a' || c > 'z' {
			continue
		}
		e, ok := termLists.offices[string(src[w.Start:w.End])]
		if !ok || e.langs&cands == 0 {
			continue
		}
		langs := e.langs & cands
		first, last := wi, wi
		var shared lang.Set
		if l, ok := particle(wi+1, langs); ok && joined(wi+1) && joined(wi+2) {
			last, shared = wi+2, shared|l // "vicepresidenta de Colombia"
		}
		if l, ok := particle(wi-1, langs); ok && joined(wi) {
			first, shared = wi-1, shared|l // "do presidente", "el alcalde"
			if joined(wi-1) && wi >= 2 && foreignLooking(src[ws[wi-2].Start:ws[wi-2].End]) {
				first = wi - 2 // "missão do governador"
			}
		}
		if shared == 0 {
			continue
		}
		s := article.Span{Start: ws[first].Start, End: ws[last].End}
		if overlaps(s) {
			continue
		}
		p.Report(s, fmt.Sprintf("%s title of office %q left untranslated?%s",
			langNames(shared), a.Text(s), inEnglish(src[w.Start:w.End], e.english)), nil)
	}
	// Labels that open a line.
	var buf [32]byte
	wi := 0
	for _, l := range a.Lines {
		for wi < len(ws) && ws[wi].Start < l.Text.Start {
			wi++
		}
		if wi == len(ws) || ws[wi].Start != l.Text.Start || ws[wi].Len() > len(buf) {
			continue
		}
		w := ws[wi]
		e, ok := termLists.labels[string(lang.Lower(buf[:0], src[w.Start:w.End]))]
		if !ok || e.langs&cands == 0 {
			continue
		}
		colon := w.End
		for colon < l.Text.End && src[colon] == ' ' {
			colon++
		}
		if colon == l.Text.End || src[colon] != ':' {
			continue
		}
		// What follows: nothing, or a credit of a few words without end
		// punctuation.
		words := 0
		for j := wi + 1; j < len(ws) && ws[j].Start < l.Text.End; j++ {
			words++
		}
		if r, _ := utf8.DecodeLastRune(src[l.Text.Start:l.Text.End]); words > maxCreditWords || words > 2 && article.IsTerminal(r) {
			continue // a sentence, not a credit
		}
		s := article.Span{Start: w.Start, End: colon + 1}
		if overlaps(s) {
			continue
		}
		p.Report(s, fmt.Sprintf("%s label %q left untranslated?%s",
			langNames(e.langs&cands), a.Text(s), inEnglish(src[w.Start:w.End], e.english)), nil)
	}
}

// inEnglish says what a term is in English, when the list says.
func inEnglish(term []byte, english string) string {
	if english == "" {
		return ""
	}
	return fmt.Sprintf(" (%q is %q in English)", term, english)
}

// foreignLooking reports a lowercase word with letters outside ASCII
// ("missão", "política"), which English words rarely have.
func foreignLooking(w []byte) bool {
	if len(w) == 0 || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	for _, c := range w {
		if c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// quotedWithTranslation reports a span that stands inside quotation marks
// with a bracket opening right after the closing mark: "Nous sommes tous
// Américains" (We are all Americans).
func quotedWithTranslation(src []byte, s article.Span) bool {
	isQuote := func(r rune) bool {
		switch r {
		case '"', '“', '”', '„', '«', '»', '‘', '’', '\'':
			return true
		}
		return false
	}
	// An opening quote at the start of the span or just before it.
	first, _ := utf8.DecodeRune(src[s.Start:s.End])
	if !isQuote(first) {
		i := s.Start
		for i > 0 && src[i-1] == ' ' {
			i--
		}
		if r, _ := utf8.DecodeLastRune(src[:i]); !isQuote(r) {
			return false
		}
	}
	// A closing quote at its end or after it, then a bracket.
	closed := false
	if r, _ := utf8.DecodeLastRune(src[s.Start:s.End]); isQuote(r) && s.End-s.Start > 1 {
		closed = true
	}
	i := s.End
	for i < len(src) {
		r, n := utf8.DecodeRune(src[i:])
		switch {
		case isQuote(r):
			closed = true
		case r == '.' || r == ',' || r == '!' || r == '?' || r == '…' || r == ' ':
		default:
			return closed && (r == '(' || r == '[')
		}
		i += n
	}
	return false
}
