package checks

import (
	"fmt"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/align"
	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/lang"
	"github.com/mtlint/mtlint/rules"
)

func init() {
	register(bitextUntranslated)
}

var bitextUntranslated = &rules.Check{
	ID: "bitext/untranslated",
	Doc: "A run of words the translation copied from its aligned source sentence: a sentence or clause left " +
		"in the source language. Where untranslated/fragment has to guess the language of a span, this check " +
		"sees the words in the source itself, so it also catches short clauses and languages without word " +
		"lists. A run needs min-words words (or the whole sentence, if shorter) in the article's script, mostly " +
		"words rather than numbers, and two different words in lower case that the article's language does not " +
		"have (one for a whole sentence): names (\"Banco de España\", \"St Michael's on Wyre\"), numbers and " +
		"acronyms are copied by design. Not " +
		"reported: a run between quotation marks that starts with a capital (a title: the song \"La vida es un " +
		"carnaval\"), and text in another script than the article's (untranslated/script reports it). Runs " +
		"only when the source is given, and not when both texts are in one language.",
	Source:     "El Gobierno no negociará con los sindicatos.",
	SourceLang: "es",
	Bad:        "The government no negociará con los sindicatos.",
	Good:       "The government will not negotiate with the unions.",
	Severity:   rules.Warning,
	Bitext:     true,
	Params: []rules.Param{
		{Name: "min-words", Kind: rules.Int, Default: 4, Doc: "fewest words copied in a row for a finding (a whole sentence copied may be shorter)"},
	},
	Run: runBitextUntranslated,
}

type utWord struct {
	key    uint64
	lower  bool // starts with a lower-case letter
	upper  bool // starts with a capital
	letter bool // a word of letters, not a number
	known  bool // a word of the article's language too ("in", "so")
	ours   bool // written in a script of the article's language
	span   article.Span
}

func runBitextUntranslated(p *rules.Pass) {
	al := bitextAlignment(p)
	src, tgt := al.Source, al.Target
	if src.Lang != 0 && src.Lang == tgt.Lang {
		return
	}
	minWords := p.Int("min-words")
	var buf []byte
	// A bead's words: most beads are a sentence or two.
	sw, tw := make([]utWord, 0, 128), make([]utWord, 0, 128)
	var slot, chain []int32
	type run struct{ si, ti, n int } // ends (exclusive) and length
	var runs []run
	var done []article.Span // the target runs reported in this bead
	var seen []uint64
	// The first bytes of the translation's words in lower case: a source
	// word that starts with another cannot have been copied, and is not
	// hashed (a Chinese or Russian source's words in an English text).
	var first [4]uint64
	for _, w := range tgt.Words {
		c := firstLower(tgt.Text(w.Span))
		first[c>>6] |= 1 << (c & 63)
	}
	// words reads the words of some sentences: their keys only; what the
	// words look like is read for the few runs worth a look (see look).
	// A source word the translation cannot have gets key 0, which no
	// word of the translation has.
	words := func(dst []utWord, s *align.Side, r align.Range, source bool) []utWord {
		dst = dst[:0]
		for i := r.Start; i < r.End; i++ {
			for _, w := range s.SentenceWords(i) {
				b := s.Text(w.Span)
				var k uint64
				if c := firstLower(b); !source || first[c>>6]&(1<<(c&63)) != 0 {
					k = max(lang.WordKey(b), 1)
				}
				dst = append(dst, utWord{key: k, span: w.Span})
			}
		}
		return dst
	}
	look := func(w *utWord, s *align.Side, scripts lang.Lang) {
		b := s.Text(w.span)
		r, _ := utf8.DecodeRune(b)
		buf = lang.Lower(buf[:0], b)
		w.lower, w.upper, w.letter = unicode.IsLower(r), unicode.IsUpper(r), unicode.IsLetter(r)
		w.known, w.ours = lang.Known(scripts, buf), inScripts(b, scripts)
	}
	for _, b := range al.Sentences {
		if b.Null() {
			continue
		}
		sw = words(sw, src, b.Src, true)
		tw = words(tw, tgt, b.Tgt, false)
		if len(sw) == 0 || len(tw) == 0 {
			continue
		}
		// The maximal common runs of words: from each pair of equal words
		// that does not continue a run, as far as the words stay equal.
		// A hash table of the source's words (chains in text order) finds
		// a target word's partners.
		size := 8
		for size < 2*len(sw) {
			size *= 2
		}
		slot = slices.Grow(slot[:0], size)[:size]
		clear(slot)
		chain = slices.Grow(chain[:0], len(sw))[:len(sw)]
		for i := len(sw) - 1; i >= 0; i-- {
			if sw[i].key == 0 {
				continue
			}
			h := int(sw[i].key>>32) & (size - 1)
			for slot[h] != 0 && sw[slot[h]-1].key != sw[i].key {
				h = (h + 1) & (size - 1)
			}
			chain[i] = slot[h] // the next source word with this key, plus one
			slot[h] = int32(i + 1)
		}
		runs = runs[:0]
		for j := range tw {
			h := int(tw[j].key>>32) & (size - 1)
			for slot[h] != 0 && sw[slot[h]-1].key != tw[j].key {
				h = (h + 1) & (size - 1)
			}
			for k := slot[h]; k != 0; k = chain[k-1] {
				i := int(k - 1)
				if i > 0 && j > 0 && sw[i-1].key == tw[j-1].key {
					continue // inside a run found from its start
				}
				n := 1
				for i+n < len(sw) && j+n < len(tw) && sw[i+n].key == tw[j+n].key {
					n++
				}
				runs = append(runs, run{i + n, j + n, n})
			}
		}
		wholeSentence := len(tw) == len(sw)
		// Longest first, so that a long run is not cut by a short one.
		slices.SortStableFunc(runs, func(x, y run) int { return y.n - x.n })
		done = done[:0]
	next:
		for _, r := range runs {
			t0 := r.ti - r.n
			for _, d := range done {
				if d.Start < r.ti && t0 < d.End {
					continue next
				}
			}
			// The words that show a language: in lower case, not words of
			// the article's language too, each counted once. A run of
			// names ("in St Michael's on Wyre") or of numbers
			// ("negative 120, 0, 0") shows none.
			if r.n < minWords && !(wholeSentence && r.n == len(tw)) {
				continue
			}
			foreign, upper, letters, ours := 0, 0, 0, true
			seen = seen[:0]
			for i := t0; i < r.ti; i++ {
				look(&tw[i], tgt, tgt.Lang)
			}
			for _, w := range tw[t0:r.ti] {
				ours = ours && w.ours
				if !w.letter {
					continue
				}
				letters++
				if w.upper {
					upper++
				}
				if w.lower && !w.known && !slices.Contains(seen, w.key) {
					foreign++
					seen = append(seen, w.key)
				}
			}
			whole := wholeSentence && r.n == len(tw)
			need := 2
			if whole {
				need = 1 // "Gracias a todos."
			}
			// Mostly capitals is a name, except where every noun has one.
			names := upper*2 >= letters && src.Lang != lang.German
			if !ours || foreign < need || letters*2 < r.n || names || r.n < minWords && !whole {
				continue
			}
			span := article.Span{Start: tw[t0].span.Start, End: tw[r.ti-1].span.End}
			if quotedTitle(tgt.Article, span) {
				continue
			}
			sspan := article.Span{Start: sw[r.si-r.n].span.Start, End: sw[r.si-1].span.End}
			what := fmt.Sprintf("%d words", r.n)
			if whole {
				what = "the whole sentence"
				span, sspan = sentSpan(tgt.Article, b.Tgt), sentSpan(src.Article, b.Src)
			}
			p.ReportSource(rules.Warning, span, sspan, fmt.Sprintf("left untranslated: %s copied from the source", what), nil)
			done = append(done, article.Span{Start: t0, End: r.ti})
		}
	}
}

// inScripts reports a word written in the scripts of a language (Latin
// when the language is unknown); digits and marks count for any.
func inScripts(b []byte, l lang.Lang) bool {
	for _, r := range string(b) {
		if r < utf8.RuneSelf || !unicode.IsLetter(r) {
			continue
		}
		ok := false
		scripts := []string{"Latin"}
		if l != 0 {
			scripts = l.Scripts()
		}
		for _, s := range scripts {
			if unicode.Is(lang.ScriptTable(s), r) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// quotedTitle reports a span that starts with a capital right after an
// opening quotation mark: a title left in its language on purpose.
func quotedTitle(a *article.Article, s article.Span) bool {
	r, _ := utf8.DecodeRune(a.Src[s.Start:s.End])
	if !unicode.IsUpper(r) {
		return false
	}
	before, _ := utf8.DecodeLastRune(a.Src[:s.Start])
	switch before {
	case '"', '“', '«', '„', '‘', '\'':
		return true
	}
	return false
}

// firstLower returns the first byte of a word's lowercase form (see
// lang.Lower).
func firstLower(b []byte) byte {
	if len(b) == 0 {
		return 0
	}
	if c := b[0]; c < utf8.RuneSelf {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		return c
	}
	r, _ := utf8.DecodeRune(b)
	if r == '’' {
		return '\''
	}
	var enc [utf8.UTFMax]byte
	utf8.EncodeRune(enc[:], lang.ToLower(r))
	return enc[0]
}
