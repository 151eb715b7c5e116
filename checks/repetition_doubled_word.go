package checks

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/lang"
	"github.com/mtlint/mtlint/rules"
)

// repetition/doubled-word: a word typed twice in a row.

func init() {
	register(
		&rules.Check{
			ID: "repetition/doubled-word",
			Doc: "Finds a word typed twice in a row (\"the the\", \"to to\", \"strike strike\"), also " +
				"across a line break. Doubles that good English allows are left alone: \"had had\", \"that " +
				"that\", \"really really\", \"no no no\", \"what it is is\", \"this this new law\", particles meeting a preposition " +
				"(\"log in in Paris\"), and capitalised doubles, which are names and titles (\"Duran Duran\", " +
				"\"Girls Girls Girls\"). In German, French and Dutch (the lang parameter), the doubles their grammar " +
				"makes are left alone too: a pronoun as subject then object (\"dann nahm es es mit\"), a relative " +
				"pronoun meeting its article after a comma (\"den Helfern, die die Straße räumten\"), a reflexive " +
				"(\"nous nous sommes\"). The fix deletes the repeat; it deletes a word, so it is unsafe, though " +
				"for function words such as \"the the\" it is mechanical.",
			Bad:      "Dock workers are the the most affected.\n",
			Good:     "He had had enough of Duran Duran, and said that that was that.\n",
			Severity: rules.Warning,
			Params: []rules.Param{
				{Name: "lang", Kind: rules.String, Default: "en", Doc: "the article's language (ISO 639-1 code), for the doubles its grammar allows"},
				{Name: "extra-allowed", Kind: rules.Strings, Default: []string{},
					Doc: "more words that may stand twice in a row (case-insensitive)"},
			},
			Run: runDoubledWord,
		},
	)
}

// repIsIsOK are the words before "is is" or "was was" that make it
// grammatical: "what it is is that ...", "what it was was ...".
var repIsIsOK = map[string]bool{"it": true, "what": true, "this": true, "that": true, "thing": true, "is": true}

// repDemonstratives may stand twice before the noun they point at.
var repDemonstratives = map[string]bool{"this": true, "these": true, "those": true}

func runDoubledWord(p *rules.Pass) {
	a := p.Article
	src := a.Src
	var extra map[string]bool
	if l := p.Strings("extra-allowed"); len(l) > 0 {
		extra = map[string]bool{}
		for _, w := range l {
			extra[string(repLower(nil, []byte(w)))] = true
		}
	}
	var langOK, relative, preps map[string]bool
	code, _, _ := strings.Cut(strings.ReplaceAll(p.Lang(), "_", "-"), "-") // "de-AT"
	if l, ok := lang.Parse(code); ok {
		c := l.Code()
		langOK, relative, preps = repLists.doubledOKLang[c], repLists.relativeLang[c], repLists.relativePreps[c]
	}
	buf := make([]byte, 0, 32)
	for si := range a.Sentences {
		s := a.Sentences[si]
		for k := s.FirstWord + 1; k < s.EndWord; k++ {
			// Two ASCII words that are equal but for case have the same
			// hash: most pairs are ruled out without reading a byte.
			if (a.Shapes[k-1]|a.Shapes[k])&article.NonASCII == 0 && a.Hashes[k-1] != a.Hashes[k] {
				continue
			}
			w1, w2 := a.Words[k-1], a.Words[k]
			t1, t2 := src[w1.Start:w1.End], src[w2.Start:w2.End]
			if len(t1) != len(t2) || !bytes.EqualFold(t1, t2) || !repOnlySpace(src[w1.End:w2.Start]) {
				continue
			}
			// The second word in lower case: "Duran Duran", "Money Money
			// Money", "Girls Girls Girls" are names and titles.
			r, _ := utf8.DecodeRune(t2)
			if !unicode.IsLower(r) {
				continue
			}
			buf = repLower(buf, t1)
			if repLists.doubledOK[string(buf)] || extra[string(buf)] || langOK[string(buf)] {
				continue
			}
			if relative[string(buf)] && repOpensRelative(a, s.FirstWord, k-1, preps) {
				continue
			}
			if repDemonstratives[string(buf)] && k+1 < s.EndWord && repOnlySpace(src[w2.End:a.Words[k+1].Start]) {
				// "this this new law": a demonstrative said twice before its
				// noun is how speech is transcribed; prefer silence.
				continue
			}
			if (string(buf) == "is" || string(buf) == "was") && k >= s.FirstWord+2 {
				w0 := a.Words[k-2]
				if repIsIsOK[string(repLower(buf, src[w0.Start:w0.End]))] {
					continue
				}
			}
			// A longer run: "the the the".
			m := k + 1
			for m < s.EndWord && bytes.EqualFold(src[a.Words[m].Start:a.Words[m].End], t1) && repOnlySpace(src[a.Words[m-1].End:a.Words[m].Start]) {
				m++
			}
			last := a.Words[m-1]
			span := article.Span{Start: w1.Start, End: last.End}
			p.Report(span, fmt.Sprintf("doubled word %q", t2),
				&rules.Fix{Description: "delete the repeated word", Unsafe: true,
					Edits: []rules.Edit{{Offset: w1.End, EndOffset: last.End}}})
			k = m - 1
		}
	}
}

// repOpensRelative reports whether word k of a sentence whose first word
// is first opens a relative clause: a comma stands right before it, or
// before the one preposition (in preps) that precedes it ("…, die die",
// "…, in der der").
func repOpensRelative(a *article.Article, first, k int, preps map[string]bool) bool {
	commaBefore := func(k int) bool {
		return k > first && bytes.IndexByte(a.Src[a.Words[k-1].End:a.Words[k].Start], ',') >= 0
	}
	if commaBefore(k) {
		return true
	}
	if k <= first {
		return false
	}
	w := a.Words[k-1]
	var buf [16]byte
	return preps[string(repLower(buf[:0], a.Src[w.Start:w.End]))] && commaBefore(k-1)
}
