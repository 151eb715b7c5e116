package checks

import (
	"bytes"
	"fmt"
	"sync"
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

// repetition/repeated-sentence: a sentence or paragraph that appears twice
// in one article (exact copies; the near ones are in repetition_near.go).

func init() {
	register(
		&rules.Check{
			ID: "repetition/repeated-sentence",
			Doc: "Finds a sentence or a paragraph that appears twice in the same article, exactly or once " +
				"case, punctuation and white space are set aside — a scraper that took a block twice, or a " +
				"headline repeated as the first line; a sentence that repeats the start of an earlier, longer " +
				"one; a line printed again at the start of the paragraph below it and running into new text " +
				"(\"Sanctions disclosed\" / \"Sanctions disclosed New sanctions will...\"); and a line followed " +
				"by a second translation of itself: most of its words (compared on their first five letters, " +
				"function words aside) and of its pairs of words shared, a like length, and the same numbers — " +
				"without numbers, closer still, so that a summary retold by the lead is not flagged. A sentence " +
				"shorter than min-words words counts only when its copy follows it at once: \"He declined to " +
				"comment.\" or a reader's \"Not a chance.\" may well be said twice in one article. Not flagged " +
				"either: the same line in two fact or product boxes (paragraphs of \"Label: value\" lines), and " +
				"a lead that goes on from its headline's words. The fix deletes the later copy (unsafe).",
			Bad:      "The port reopened on Monday after a week.\n\nThe unions agreed.\n\nThe port reopened on Monday after a week.\n",
			Good:     "The port reopened on Monday after a week.\n\nThe port closed again on Friday after a day.\n",
			Severity: rules.Warning,
			Params: []rules.Param{
				{Name: "min-words", Kind: rules.Int, Default: 8,
					Doc: "shortest sentence, in words, that counts as repeated"},
				{Name: "second-translations", Kind: rules.Bool, Default: true,
					Doc: "also report a line followed by a second translation of itself"},
			},
			Run: runRepeatedSentence,
		},
	)
}

// repHashes hashes the words of [from, to), and their first n words (0
// when there are not n of them, or n is 0), in one pass, so that case,
// punctuation and white space do not count. It reads only each word's
// length and its first and last letters (ASCII letters in lower case, other
// bytes ignored): two sentences that hash alike are compared word by word
// before they count as repeated, and in real text almost no different
// sentences hash alike.
func repHashes(a *article.Article, from, to, n int) (whole, prefix uint64) {
	const prime = 1099511628211
	h := uint64(14695981039346656037)
	src := a.Src
	for k := from; k < to; k++ {
		if k-from == n && n > 0 {
			prefix = h
		}
		w := a.Words[k]
		f, l := src[w.Start], src[w.End-1]
		if f >= utf8.RuneSelf {
			f = 0
		}
		if l >= utf8.RuneSelf {
			l = 0
		}
		h ^= uint64(w.End-w.Start) | uint64(f|0x20)<<16 | uint64(l|0x20)<<24
		h *= prime
	}
	if to-from == n && n > 0 {
		prefix = h
	}
	return h, prefix
}

// repSameWords compares the words [f1, t1) and [f2, t2) ignoring case.
func repSameWords(a *article.Article, f1, t1, f2, t2 int) bool {
	if t1-f1 != t2-f2 {
		return false
	}
	for k := 0; k < t1-f1; k++ {
		w1, w2 := a.Words[f1+k], a.Words[f2+k]
		if !bytes.EqualFold(a.Src[w1.Start:w1.End], a.Src[w2.Start:w2.End]) {
			return false
		}
	}
	return true
}

// repPrefixMark sets the keys of sentence starts apart from those of whole
// sentences in one map.
const repPrefixMark = 0x9e3779b97f4a7c15

// repAdjacentWords is the shortest sentence, in words, that counts as
// repeated when its copy follows it at once.
const repAdjacentWords = 3

// repTable maps hashes to indexes, as a map[uint64]int would, in a table
// of open addressing sized for the article: emptying it costs what the
// article needs, not what the longest article before it needed, and its
// slots are recycled between articles (and goroutines) through repTables.
type repTable struct {
	slots []repSlot
	mask  uint64
}

type repSlot struct {
	key uint64
	val int // the index + 1; 0 marks a free slot
}

var repTables = sync.Pool{New: func() any { return new(repTable) }}

// reset empties t for at most n keys, at most half full.
func (t *repTable) reset(n int) {
	size := 8
	for size < 2*n {
		size *= 2
	}
	if cap(t.slots) < size {
		t.slots = make([]repSlot, size)
	} else {
		t.slots = t.slots[:size]
		clear(t.slots)
	}
	t.mask = uint64(size - 1)
}

// find returns the slot of key: its own, or the free one where it goes.
func (t *repTable) find(key uint64) *repSlot {
	for i := (key * 0x9e3779b97f4a7c15) >> 32 & t.mask; ; i = (i + 1) & t.mask {
		if s := &t.slots[i]; s.val == 0 || s.key == key {
			return s
		}
	}
}

func (t *repTable) get(key uint64) (int, bool) {
	s := t.find(key)
	return s.val - 1, s.val != 0
}

func (t *repTable) put(key uint64, v int) {
	s := t.find(key)
	s.key, s.val = key, v+1
}

func runRepeatedSentence(p *rules.Pass) {
	a := p.Article
	minWords := p.Int("min-words")
	boxes := repBoxLines(a)
	inBoxes := func(x, y int) bool { // two offsets, both in fact boxes
		return boxes != nil && boxes[a.LineAt(x)] && boxes[a.LineAt(y)]
	}
	paras, sents := repTables.Get().(*repTable), repTables.Get().(*repTable)
	defer repTables.Put(paras)
	defer repTables.Put(sents)
	paras.reset(len(a.Paragraphs))
	// sents holds the sentences by the hash of their words, and by the hash
	// of their first minWords words (marked with repPrefixMark), for
	// the repeats of an earlier sentence's start. A hash is only a hint:
	// the words are compared before anything is reported.
	sents.reset(2 * len(a.Sentences))
	hashes := make([]uint64, 0, 32)   // of the current paragraph's sentences
	prefixes := make([]uint64, 0, 32) // of their first minWords words
	for pi, para := range a.Paragraphs {
		if para.EndSentence == para.FirstSentence {
			continue
		}
		hashes, prefixes = hashes[:0], prefixes[:0]
		ph := uint64(14695981039346656037) // the paragraph's hash: its sentences' hashes combined
		for si := para.FirstSentence; si < para.EndSentence; si++ {
			h, pre := repHashes(a, a.Sentences[si].FirstWord, a.Sentences[si].EndWord, minWords)
			hashes = append(hashes, h)
			prefixes = append(prefixes, pre)
			ph = (ph ^ h) * 1099511628211
		}
		fw, ew := a.Sentences[para.FirstSentence].FirstWord, a.Sentences[para.EndSentence-1].EndWord
		if ew-fw >= minWords && para.EndSentence-para.FirstSentence > 1 {
			if qi, ok := paras.get(ph); ok {
				q := a.Paragraphs[qi]
				qf, qe := a.Sentences[q.FirstSentence].FirstWord, a.Sentences[q.EndSentence-1].EndWord
				if repSameWords(a, qf, qe, fw, ew) && !inBoxes(q.Start, para.Start) {
					how := "repeats"
					if !bytes.Equal(a.Text(q.Span), a.Text(para.Span)) {
						how = "repeats (but for case and punctuation)"
					}
					pos := a.Position(q.Start)
					p.Report(para.Span, fmt.Sprintf("this paragraph %s the paragraph at line %d", how, pos.Line),
						resRemoveLines(a, para.FirstLine, para.EndLine, "delete the repeated paragraph"))
					continue
				}
			} else {
				paras.put(ph, pi)
			}
		}
		for si := para.FirstSentence; si < para.EndSentence; si++ {
			s := a.Sentences[si]
			n := s.EndWord - s.FirstWord
			if si > 0 && n >= repAdjacentWords {
				// The same sentence twice in a row, short ones too: "The
				// port reopened. The port reopened."
				t := a.Sentences[si-1]
				if repSameWords(a, t.FirstWord, t.EndWord, s.FirstWord, s.EndWord) {
					p.Report(s.Span, "this sentence repeats the sentence just before it", repRemoveSentence(a, s))
					continue
				}
			}
			if n < minWords {
				continue
			}
			h := hashes[si-para.FirstSentence]
			ph := prefixes[si-para.FirstSentence] ^ repPrefixMark
			ti, ok := sents.get(h)
			if !ok {
				sents.put(h, si)
				// The start of an earlier, longer sentence: "“We hold the
				// port” – she said." after "“We hold the port” – she said
				// on the radio."
				if ti, ok := sents.get(ph); ok && minWords > 0 {
					t := a.Sentences[ti]
					if t.EndWord-t.FirstWord > n && repSameWords(a, t.FirstWord, t.FirstWord+n, s.FirstWord, s.EndWord) && !inBoxes(t.Start, s.Start) {
						pos := a.Position(t.Start)
						p.Report(s.Span, fmt.Sprintf("this sentence repeats the start of the sentence at line %d", pos.Line), repRemoveSentence(a, s))
					}
					continue
				}
				sents.put(ph, si)
				continue
			}
			t := a.Sentences[ti]
			if !repSameWords(a, t.FirstWord, t.EndWord, s.FirstWord, s.EndWord) || inBoxes(t.Start, s.Start) {
				continue
			}
			how := "repeats"
			if !bytes.Equal(a.Text(t.Span), a.Text(s.Span)) {
				how = "repeats (but for case and punctuation)"
			}
			pos := a.Position(t.Start)
			p.Report(s.Span, fmt.Sprintf("this sentence %s the sentence at line %d", how, pos.Line), repRemoveSentence(a, s))
		}
	}
	repHeadlineRunIn(p)
	if p.Bool("second-translations") {
		repNearDuplicates(p, boxes)
	}
}

// repRemoveSentence deletes a sentence with the white space after it (or
// before it, at the end of a line); a sentence that is a whole paragraph
// goes with its lines.
func repRemoveSentence(a *article.Article, s article.Sentence) *rules.Fix {
	para := a.Paragraphs[s.Para]
	const desc = "delete the repeated sentence"
	if s.Start == para.Start && s.End == para.End {
		return resRemoveLines(a, para.FirstLine, para.EndLine, desc)
	}
	li := a.LineAt(s.Start)
	l := a.Lines[li]
	if s.Start == l.Text.Start && s.End == l.Text.End {
		return resRemoveLines(a, li, li+1, desc)
	}
	src := a.Src
	lo, hi := s.Start, s.End
	if hi < l.Text.End && a.LineAt(hi) == li {
		for hi < l.End && (src[hi] == ' ' || src[hi] == '\t') {
			hi++
		}
	} else {
		for lo > l.Start && (src[lo-1] == ' ' || src[lo-1] == '\t') {
			lo--
		}
	}
	return &rules.Fix{Description: desc, Edits: []rules.Edit{{Offset: lo, EndOffset: hi}}, Unsafe: true}
}
