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

// wordKey is a word's lowercase form, hashed (FNV-1a), for comparing
// words across the two texts without copying them.
func wordKey(buf *[]byte, b []byte) uint64 {
	*buf = lang.Lower((*buf)[:0], b)
	h := uint64(14695981039346656037)
	for _, c := range *buf {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
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
	var sw, tw []utWord
	var row []int
	type run struct{ si, ti, n int } // ends (exclusive) and length
	var runs []run
	var done []article.Span // the target runs reported in this bead
	var seen []uint64
	words := func(dst []utWord, s *align.Side, r align.Range, scripts lang.Lang) []utWord {
		dst = dst[:0]
		for i := r.Start; i < r.End; i++ {
			for _, w := range s.SentenceWords(i) {
				b := s.Text(w.Span)
				r, _ := utf8.DecodeRune(b)
				k := wordKey(&buf, b) // leaves the lowercase word in buf
				dst = append(dst, utWord{key: k, lower: unicode.IsLower(r), upper: unicode.IsUpper(r), letter: unicode.IsLetter(r),
					known: lang.Known(scripts, buf), ours: inScripts(b, scripts), span: w.Span})
			}
		}
		return dst
	}
	for _, b := range al.Sentences {
		if b.Null() {
			continue
		}
		sw = words(sw, src, b.Src, tgt.Lang)
		tw = words(tw, tgt, b.Tgt, tgt.Lang)
		if len(sw) == 0 || len(tw) == 0 {
			continue
		}
		// The common runs of words: row[j+1] is the length of the run
		// that ends at source word i and target word j.
		row = row[:0]
		for range len(tw) + 1 {
			row = append(row, 0)
		}
		runs = runs[:0]
		for i := range sw {
			prev := 0
			for j := range tw {
				cur := row[j+1]
				if sw[i].key == tw[j].key {
					row[j+1] = prev + 1
				} else {
					row[j+1] = 0
				}
				prev = cur
			}
			// Runs that end here: the next pair of words does not match.
			for j := range tw {
				n := row[j+1]
				if n == 0 || i+1 < len(sw) && j+1 < len(tw) && sw[i+1].key == tw[j+1].key {
					continue
				}
				runs = append(runs, run{i + 1, j + 1, n})
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
			foreign, upper, letters, ours := 0, 0, 0, true
			seen = seen[:0]
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
