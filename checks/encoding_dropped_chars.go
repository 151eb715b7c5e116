package checks

import (
	"bytes"
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

// This file holds encoding/dropped-chars: text that went through a
// careless conversion to ASCII, which drops every character outside ASCII
// instead of garbling it ("José" becomes "Jos", "don’t" "dont", "Mexico’s"
// "Mexicos", a dash "?"). Nothing is left to see but the words left
// behind, so the check looks only at texts with no character outside ASCII
// at all, and reports a word only on evidence it names: a word that
// becomes a known name or word when its letters are put back (the list in
// data/dropped.txt), a contraction or possessive without its apostrophe in
// a text that has no apostrophe anywhere, a question mark standing between
// two letters. Weaker evidence (a damaged form that is also an English
// word, "Pea" for "Peña"; a possessive; an ending no English word has)
// counts only when a text also has strong evidence.

//go:embed data/dropped.txt
var droppedData string

// dropEntry is a word or phrase of the list as a damaged text shows it.
type dropEntry struct {
	words   []string // the damaged form, word by word
	orig    []string // the words as they should read
	english bool     // a single damaged word that is also an English word
}

type dropListSet struct {
	byFirst      map[string][]*dropEntry // by the first damaged word
	firsts       article.HashSet         // of the keys of byFirst
	apostrophes  article.HashSet         // of the keys of contractions, and "its"
	contractions map[string]string       // "dont" → "don’t", "Dont" → "Don’t"
	itsBefore    map[string]bool
}

var dropLists = newDropLists(droppedData)

// dropListsExtra caches the lists extended by the extra-words parameter, by
// its joined entries.
var dropListsExtra sync.Map

// dropListsFor returns the lists a run uses: the built-in ones, with the
// check's extra-words when it is set.
func dropListsFor(p *rules.Pass) *dropListSet {
	extra := p.Strings("extra-words")
	if len(extra) == 0 {
		return dropLists
	}
	key := strings.Join(extra, "\x00")
	if v, ok := dropListsExtra.Load(key); ok {
		return v.(*dropListSet)
	}
	v, _ := dropListsExtra.LoadOrStore(key, newDropLists(droppedData+"\n[accented]\n"+strings.Join(extra, "\n")+"\n"))
	return v.(*dropListSet)
}

// dropASCII returns w without its characters outside ASCII.
func dropASCII(w string) string {
	var b strings.Builder
	for _, r := range w {
		if r < utf8.RuneSelf {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// upperFirst returns w with its first letter in upper case.
func upperFirst(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

func newDropLists(data string) *dropListSet {
	d := dataSections(data)
	english := map[string]bool{}
	for _, w := range dataSection(d, "english-drops") {
		english[strings.ToLower(w)] = true
	}
	l := &dropListSet{byFirst: map[string][]*dropEntry{}, contractions: map[string]string{}, itsBefore: map[string]bool{}}
	add := func(e *dropEntry) {
		l.byFirst[e.words[0]] = append(l.byFirst[e.words[0]], e)
		l.firsts.Add(e.words[0])
	}
	for _, line := range dataSection(d, "accented") {
		orig := strings.Fields(line)
		e := &dropEntry{orig: orig}
		changed := false
		for _, w := range orig {
			dw := dropASCII(w)
			changed = changed || dw != w
			e.words = append(e.words, dw)
		}
		if !changed || e.words[0] == "" || len(orig) == 1 && len(e.words[0]) < 3 {
			continue
		}
		// A name whose capital was the dropped letter ("Álava" → "lava")
		// looks like a lowercase word: weak evidence, as an English word is.
		first, _ := utf8.DecodeRuneInString(orig[0])
		e.english = len(orig) == 1 && (english[strings.ToLower(e.words[0])] || first >= utf8.RuneSelf && unicode.IsUpper(first))
		add(e)
		// A lowercase word may open a sentence: "Poltica" for "Política".
		if r, _ := utf8.DecodeRuneInString(orig[0]); unicode.IsLower(r) && r < utf8.RuneSelf {
			c := &dropEntry{words: append([]string{upperFirst(e.words[0])}, e.words[1:]...),
				orig: append([]string{upperFirst(orig[0])}, orig[1:]...), english: e.english}
			add(c)
		}
	}
	for _, c := range dataSection(d, "contractions") {
		dc := strings.ReplaceAll(c, "’", "")
		l.contractions[dc] = c
		l.contractions[upperFirst(dc)] = upperFirst(c)
		l.apostrophes.Add(dc)
		l.apostrophes.Add(upperFirst(dc))
	}
	l.apostrophes.Add("its")
	for _, w := range dataSection(d, "its-before") {
		l.itsBefore[w] = true
	}
	return l
}

// dropPlural are words before a capitalised word ending in "s" that make
// it a plural ("the Koreas", "two Germanys"), not a possessive.
var dropPlural = article.WordSet(`the The two three four both all many several these those The Two Both All`)

// dropFunction are words that cannot follow a possessive: after them the
// word before is a plural or a name ending in "s" ("Mondays and", "Athens
// in").
var dropFunction = article.WordSet(`and or but of in on at to for from with by as than that which who is are was
	were has have had will would said says be been not no nor so yet if when while after before since until
	the a an this`)

// dropCand is one piece of evidence found in a text.
type dropCand struct {
	span   article.Span
	msg    string
	fix    *rules.Fix
	strong bool
}

func runDroppedChars(p *rules.Pass) {
	dropLists := dropListsFor(p)
	a := p.Article
	src := a.Src
	if len(src) == a.BodyStart {
		return
	}
	noApostrophe := true
	for _, m := range a.Marks {
		switch src[m] {
		case '\'':
			noApostrophe = false
		case '?':
		default:
			if src[m] >= utf8.RuneSelf {
				return // the text kept characters outside ASCII: nothing was dropped wholesale
			}
		}
	}
	var cands []dropCand
	strong := false
	addCand := func(c dropCand) {
		cands = append(cands, c)
		strong = strong || c.strong
	}
	cands = dropQuestionMarks(a, dropLists, cands)
	for _, c := range cands {
		strong = strong || c.strong
	}
	var standalone map[string]bool // the article's words, for possessives
	ws := a.Words
	for wi := 0; wi < len(ws); wi++ {
		w := &ws[wi]
		h := a.Hashes[wi]
		if w.Len() < 3 || !dropLists.firsts.Has(h) {
			// most words: no entry starts like them
		} else if es := dropLists.byFirst[string(src[w.Start:w.End])]; es != nil {
			if c, n, ok := dropMatch(a, wi, es); ok {
				addCand(c)
				wi += n - 1
				continue
			}
		}
		if !noApostrophe || !dropLists.apostrophes.Has(h) {
			continue // no contraction, and not "its"
		}
		word := src[w.Start:w.End]
		if orig, ok := dropLists.contractions[string(word)]; ok {
			addCand(dropCand{span: w.Span, strong: true,
				msg: fmt.Sprintf("%q is %q without its apostrophe, and this text has no apostrophe anywhere: characters outside ASCII were dropped", word, orig),
				fix: rules.Replace("put the apostrophe back", w.Span, orig)})
			continue
		}
		if string(word) == "its" || string(word) == "Its" {
			if nw := dropNext(a, wi); nw != nil && dropLists.itsBefore[string(nw)] {
				orig := string(word[:2]) + "’s"
				addCand(dropCand{span: article.Span{Start: w.Start, End: ws[wi+1].End}, strong: true,
					msg: fmt.Sprintf("%q before %q is %q without its apostrophe, and this text has no apostrophe anywhere: characters outside ASCII were dropped", word, nw, orig),
					fix: rules.Replace("put the apostrophe back", w.Span, orig)})
			}
			continue
		}
	}
	if !strong {
		return
	}
	// Weak evidence, looked for only in a text that has strong evidence,
	// in the words no evidence covers yet.
	covered := map[int]bool{}
	for _, c := range cands {
		covered[c.span.Start] = true
	}
	for wi, w := range ws {
		if covered[w.Start] {
			continue
		}
		if c, ok := dropEnding(a, w); ok {
			addCand(c)
		} else if !noApostrophe {
			continue
		} else if c, ok := dropPossessive(a, wi, &standalone); ok {
			addCand(c)
		}
	}
	for _, c := range cands {
		if c.fix == nil {
			p.Report(c.span, c.msg, nil)
		} else {
			p.Report(c.span, c.msg, c.fix)
		}
	}
}

// dropNext returns the word after word j when only white space separates
// them in one sentence, or nil.
func dropNext(a *article.Article, j int) []byte {
	ws := a.Words
	if j+1 >= len(ws) || ws[j+1].Sentence != ws[j].Sentence || !repOnlySpace(a.Src[ws[j].End:ws[j+1].Start]) {
		return nil
	}
	return a.Src[ws[j+1].Start:ws[j+1].End]
}

// dropMatch matches the list entries es at word wi and returns the
// evidence and the number of words it covers.
func dropMatch(a *article.Article, wi int, es []*dropEntry) (dropCand, int, bool) {
	src := a.Src
	var best *dropEntry
	origs := map[string]bool{}
	for _, e := range es {
		ok := true
		for k := 1; k < len(e.words) && ok; k++ {
			ok = string(dropNext(a, wi+k-1)) == e.words[k]
		}
		if !ok {
			continue
		}
		if best == nil || len(e.words) > len(best.words) {
			best = e
		}
		if len(e.words) == 1 {
			origs[e.orig[0]] = true
		}
	}
	if best == nil {
		return dropCand{}, 0, false
	}
	n := len(best.words)
	span := article.Span{Start: a.Words[wi].Start, End: a.Words[wi+n-1].End}
	text := src[span.Start:span.End]
	orig := strings.Join(best.orig, " ")
	c := dropCand{span: span, strong: !best.english}
	switch {
	case n > 1:
		c.msg = fmt.Sprintf("%q reads %q with its letters outside ASCII put back, and this text has none at all: characters were dropped in a conversion to ASCII", text, orig)
	case best.english:
		c.msg = fmt.Sprintf("%q may be %q with its letters outside ASCII dropped: this text has none at all, and other words in it lost theirs", text, orig)
	default:
		c.msg = fmt.Sprintf("%q is no English word but reads %q with its letters outside ASCII put back, and this text has none at all: characters were dropped in a conversion to ASCII", text, orig)
	}
	if n == 1 && len(origs) > 1 {
		c.msg = fmt.Sprintf("%q is no English word but reads as one of %d words with letters outside ASCII put back, and this text has none at all: characters were dropped in a conversion to ASCII", text, len(origs))
		return c, 1, true
	}
	var edits []rules.Edit
	for k := range n {
		w := a.Words[wi+k]
		if string(src[w.Start:w.End]) != best.orig[k] {
			edits = append(edits, rules.Edit{Offset: w.Start, EndOffset: w.End, Text: best.orig[k]})
		}
	}
	c.fix = &rules.Fix{Description: "put the dropped letters back", Edits: edits, Unsafe: true}
	return c, n, true
}

// dropPossessive judges a capitalised word ending in "s" before another
// word, whose stem stands alone elsewhere in the article: "Mexicos
// tallest volcano" for "Mexico’s". Weak evidence.
func dropPossessive(a *article.Article, wi int, standalone *map[string]bool) (dropCand, bool) {
	src := a.Src
	w := a.Words[wi]
	word := src[w.Start:w.End]
	if len(word) < 4 || word[len(word)-1] != 's' || word[0] < 'A' || word[0] > 'Z' || word[len(word)-2] == 's' {
		return dropCand{}, false
	}
	for _, c := range word[1:] {
		if c < 'a' || c > 'z' {
			return dropCand{}, false
		}
	}
	nw := dropNext(a, wi)
	if nw == nil || dropFunction[string(nw)] {
		return dropCand{}, false
	}
	if wi > 0 && a.Words[wi-1].Sentence == w.Sentence && dropPlural[string(src[a.Words[wi-1].Start:a.Words[wi-1].End])] {
		return dropCand{}, false
	}
	if *standalone == nil {
		m := map[string]bool{}
		for _, o := range a.Words {
			if c := src[o.Start]; c >= 'A' && c <= 'Z' {
				m[string(src[o.Start:o.End])] = true
			}
		}
		*standalone = m
	}
	stem := word[:len(word)-1]
	if !(*standalone)[string(stem)] {
		return dropCand{}, false
	}
	orig := string(stem) + "’s"
	return dropCand{span: w.Span,
		msg: fmt.Sprintf("%q before %q looks like %q without its apostrophe: %q stands alone elsewhere, and this text has no apostrophe anywhere", word, nw, orig, stem),
		fix: rules.Replace("put the apostrophe back", w.Span, orig)}, true
}

// dropEnding judges a capitalised word that ends in a consonant and "n"
// that no English or Spanish word ends in ("Ocotn"): an accented
// vowel before the final "n" (-án, -ón, -ín) was probably dropped. Weak
// evidence, and no fix: the vowel is a guess.
func dropEnding(a *article.Article, w article.Word) (dropCand, bool) {
	word := a.Src[w.Start:w.End]
	if len(word) < 5 || word[0] < 'A' || word[0] > 'Z' || word[len(word)-1] != 'n' {
		return dropCand{}, false
	}
	for _, c := range word[1:] {
		if c < 'a' || c > 'z' {
			return dropCand{}, false
		}
	}
	switch word[len(word)-2] {
	case 'b', 'c', 'd', 'f', 'j', 'k', 'p', 'q', 't', 'v', 'x', 'z':
	default:
		return dropCand{}, false
	}
	return dropCand{span: w.Span,
		msg: fmt.Sprintf("%q ends in %q, as no English or Spanish word does: an accented vowel before the final n (-án, -ón, -ín) was probably dropped", word, word[len(word)-2:])}, true
}

// dropQuestionMarks finds question marks standing between two letters,
// "Pe?a", "don?t", "a sad day?the": a converter that could not write a
// character wrote "?" instead. Question marks in URLs are left alone.
func dropQuestionMarks(a *article.Article, lists *dropListSet, cands []dropCand) []dropCand {
	src := a.Src
	next := a.BodyStart
	for _, i := range a.Marks {
		if i < next || src[i] != '?' {
			continue
		}
		if i == 0 || i+1 >= len(src) || !isASCIILetter(src[i-1]) || !isASCIILetter(src[i+1]) {
			continue
		}
		ls, re := i-1, i+1
		for ls > 0 && isASCIILetter(src[ls-1]) {
			ls--
		}
		for re < len(src) && isASCIILetter(src[re]) {
			re++
		}
		if ls > 0 && bytes.IndexByte([]byte("/=&.:@_-"), src[ls-1]) >= 0 {
			continue // "index.php?id", "/search?q"
		}
		left, right := src[ls:i], src[i+1:re]
		c := dropCand{span: article.Span{Start: ls, End: re}, strong: true,
			msg: fmt.Sprintf("a question mark between letters in %q: a character the conversion could not write was replaced by \"?\"", src[ls:re])}
		q := article.Span{Start: i, End: i + 1}
		switch string(right) {
		case "s", "t", "re", "ve", "ll", "d", "m":
			c.fix = rules.Replace("put the apostrophe back", q, "’")
		default:
			if r, ok := lists.letterAt(string(left) + string(right)); ok && r != 0 {
				c.fix = &rules.Fix{Description: "put the letter back", Edits: []rules.Edit{{Offset: i, EndOffset: i + 1, Text: string(r)}}, Unsafe: true}
			}
		}
		cands = append(cands, c)
		next = re
	}
	return cands
}

// letterAt returns the one letter outside ASCII that the list's only
// single word with the damaged form w has, or 0.
func (l *dropListSet) letterAt(w string) (rune, bool) {
	var found rune
	for _, e := range l.byFirst[w] {
		if len(e.words) != 1 {
			continue
		}
		var r rune
		n := 0
		for _, c := range e.orig[0] {
			if c >= utf8.RuneSelf {
				r = c
				n++
			}
		}
		if n != 1 || found != 0 && found != r {
			return 0, false
		}
		found = r
	}
	return found, found != 0
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func init() {
	register(&rules.Check{
		ID: "encoding/dropped-chars",
		Doc: "Finds text that lost its characters outside ASCII in a careless conversion, which drops them " +
			"instead of garbling them: \"Jos Luis\" for \"José Luis\", \"Pea Nieto\" for \"Peña Nieto\", " +
			"\"dont\" and \"Its not\" for \"don’t\" and \"It’s not\", \"Mexicos volcano\" for \"Mexico’s\", \"a " +
			"sad day?the\" where a dash became \"?\". Only texts with no character outside ASCII at all are " +
			"looked at, and each finding names its evidence: a word that is no English word but becomes a " +
			"listed name or word with its letters put back (the list is data, with the phrases that confirm a " +
			"damaged form that is also an English word, \"Pea Nieto\"); a contraction without its apostrophe in a " +
			"text with no apostrophe anywhere; a question mark between two letters. Weaker evidence — a listed " +
			"form that is also an English word, a possessive without its apostrophe (\"Mexicos\" where \"Mexico\" " +
			"stands elsewhere), a capitalised word ending in a consonant and \"n\" (\"Ocotn\") — is " +
			"reported only in a text that has strong evidence too. The fix puts back the apostrophe, or the " +
			"letters when the list knows one word for the damaged form (unsafe: a guess from a list).",
		Bad:      "Oaxaca mayor Jos Luis Ortega said the flood was the worst in a decade. Its not over, he said.\n",
		Good:     "Oaxaca mayor José Luis Ortega said the flood was the worst in a decade. It’s not over, he said.\n",
		Severity: rules.Warning,
		Params: []rules.Param{
			{Name: "extra-words", Kind: rules.Strings, Default: []string{}, Doc: "more words, names or phrases to recognise, written as they should be (\"Ibáñez\", \"São Tomé\"), besides the built-in list"},
		},
		Run: runDroppedChars,
	})
}
