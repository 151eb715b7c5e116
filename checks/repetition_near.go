package checks

import (
	"bytes"
	"fmt"
	"math/bits"
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

// This file holds the parts of repetition/repeated-sentence beyond exact
// copies: a headline run into the paragraph below it, a sentence that
// repeats the start of an earlier one, a line followed by a second
// translation of itself, and the fact boxes whose lines may repeat.

// repHeadlineRunIn reports a line printed again at the start of the
// paragraph below it: "Sanctions disclosed" / "Sanctions disclosed New
// sanctions will…", as aggregators glue a headline to its teaser.
func repHeadlineRunIn(p *rules.Pass) {
	a := p.Article
	for pi := 0; pi+1 < len(a.Paragraphs); pi++ {
		para, next := a.Paragraphs[pi], a.Paragraphs[pi+1]
		if para.EndSentence-para.FirstSentence != 1 || next.EndSentence == next.FirstSentence {
			continue
		}
		s, q := a.Sentences[para.FirstSentence], a.Sentences[next.FirstSentence]
		n := s.EndWord - s.FirstWord
		if n < 4 || n > 25 || q.EndWord-q.FirstWord <= n || !repSameWords(a, s.FirstWord, s.EndWord, q.FirstWord, q.FirstWord+n) {
			continue
		}
		span := article.Span{Start: a.Words[q.FirstWord].Start, End: a.Words[q.FirstWord+n-1].End}
		if c := a.Src[span.End]; c < utf8.RuneSelf && !article.IsSpace(rune(c)) {
			continue // the copy runs into more text: "… the USA-based"
		}
		// What follows starts anew, in capitals ("… the strike BERGEN, 9 Aug",
		// "… the port New talks will…"); a lead that goes on from its
		// headline's words ("… the strike into a tenth day") is fine.
		if r, _ := utf8.DecodeRune(a.Src[a.Words[q.FirstWord+n].Start:]); !unicode.IsUpper(r) {
			continue
		}
		end := span.End
		for end < len(a.Src) && (a.Src[end] == ' ' || a.Src[end] == '\t') {
			end++
		}
		pos := a.Position(s.Start)
		p.Report(span, fmt.Sprintf("the line at line %d is printed again at the start of this paragraph", pos.Line),
			&rules.Fix{Description: "delete the repeated line", Unsafe: true, Edits: []rules.Edit{{Offset: span.Start, EndOffset: end}}})
	}
}

// repNearWords are the stems a line is compared by: its words but the
// function words, in lower case, cut to five letters ("expectation" and
// "expectations" alike), hyphenated words split ("150-seat").
func repNearWords(a *article.Article, t article.Span, buf []uint64, nums *[]uint64) []uint64 {
	buf = buf[:0]
	*nums = (*nums)[:0]
	i, _ := slices.BinarySearchFunc(a.Words, t.Start, func(w article.Word, off int) int { return w.Start - off })
	var arr [32]byte
	for ; i < len(a.Words) && a.Words[i].Start < t.End; i++ {
		w := a.Src[a.Words[i].Start:a.Words[i].End]
		for len(w) > 0 {
			part := w
			if h := bytes.IndexByte(w, '-'); h >= 0 {
				part, w = w[:h], w[h+1:]
			} else {
				w = nil
			}
			low := repLower(arr[:0], part)
			low = bytes.TrimSuffix(bytes.TrimSuffix(low, []byte("'s")), []byte("’s"))
			if len(low) == 0 || repFunctionWords[string(low)] {
				continue
			}
			if r, _ := utf8.DecodeRune(low); unicode.IsDigit(r) {
				*nums = append(*nums, repHashBytes(low))
			}
			k, runes := 0, 0
			for k < len(low) && runes < 5 {
				_, n := utf8.DecodeRune(low[k:])
				k += n
				runes++
			}
			buf = append(buf, repHashBytes(low[:k]))
		}
	}
	return buf
}

// repFunctionWords are left out of the comparison of lines.
var repFunctionWords = resWordList(`the of and to a an in is was for that on with as by at from it its he she
	they we you his her their our my your them him us me this these those there here which who whom whose
	what when where why how not no nor but or if than then so also be been being are were has have had
	having do does did will would can could should may might must shall about after against before between
	during into over under until upon via within without through since while although though because
	however whether only just still very more most much many some any all both each every other another
	such same own said says told`)

func repHashBytes(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// repSetOverlap counts the values shared by two sorted, deduplicated
// slices.
func repSetOverlap(x, y []uint64) int {
	n, i, j := 0, 0, 0
	for i < len(x) && j < len(y) {
		switch {
		case x[i] < y[j]:
			i++
		case x[i] > y[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// repLineStems is one line's comparison data.
type repLineStems struct {
	line             int
	words            int      // stems, with repeats
	uni, bi, numbers []uint64 // sorted sets of stems, pairs of stems, numbers
	seq              []uint64 // the stems in order
}

func (l *repLineStems) set(a *article.Article, li int, scratch *[]uint64) {
	l.line = li
	l.seq = repNearWords(a, a.Lines[li].Text, l.seq, scratch)
	l.numbers = append(l.numbers[:0], (*scratch)...)
	l.words = len(l.seq)
	l.uni = append(l.uni[:0], l.seq...)
	slices.Sort(l.uni)
	l.uni = slices.Compact(l.uni)
	l.bi = l.bi[:0]
	for k := 1; k < len(l.seq); k++ {
		l.bi = append(l.bi, l.seq[k-1]*31+l.seq[k])
	}
	slices.Sort(l.bi)
	l.bi = slices.Compact(l.bi)
	slices.Sort(l.numbers)
	l.numbers = slices.Compact(l.numbers)
}

// repNear thresholds: a second translation of a line shares most of its
// stems and a good part of its pairs of stems, is of a like length, and
// keeps its numbers; without numbers, it must be closer still (a summary
// above a lead that retells it is not a second translation).
const (
	repNearMinShared  = 12
	repNearUni        = 0.6
	repNearBi         = 0.3
	repNearUniNoNum   = 0.85
	repNearBiNoNum    = 0.6
	repNearLengthSkew = 1.6
)

// repSketch is a cheap first look at a line: a 128-bit set of its words of
// four letters or more (their first five letters, in lower case). Two
// lines whose sketches share little are not compared further.
type repSketch struct {
	bits    [2]uint64
	words   int       // words of four letters or more
	numbers [2]uint64 // a bit set of the line's numbers
}

func repSketchOf(a *article.Article, t article.Span) repSketch {
	var sk repSketch
	i, _ := slices.BinarySearchFunc(a.Words, t.Start, func(w article.Word, off int) int { return w.Start - off })
	for ; i < len(a.Words) && a.Words[i].Start < t.End; i++ {
		w := a.Src[a.Words[i].Start:a.Words[i].End]
		if c := w[0]; '0' <= c && c <= '9' {
			h := repNumberHash(w)
			sk.numbers[h>>63] |= 1 << (h & 63)
		}
		if len(w) < 4 {
			continue
		}
		h := uint64(14695981039346656037)
		for _, c := range w[:min(5, len(w))] {
			h = (h ^ uint64(c|0x20)) * 1099511628211
		}
		sk.bits[h>>63] |= 1 << (h & 63)
		sk.words++
	}
	return sk
}

// near reports two sketches alike enough to compare the lines' stems.
func (x *repSketch) near(y *repSketch) bool {
	if x.words < repNearMinShared || y.words < repNearMinShared {
		return false
	}
	lx, ly := float64(x.words), float64(y.words)
	if lx > repNearLengthSkew*ly || ly > repNearLengthSkew*lx {
		return false
	}
	and := bits.OnesCount64(x.bits[0]&y.bits[0]) + bits.OnesCount64(x.bits[1]&y.bits[1])
	nx := bits.OnesCount64(x.bits[0]) + bits.OnesCount64(x.bits[1])
	ny := bits.OnesCount64(y.bits[0]) + bits.OnesCount64(y.bits[1])
	// Lines whose numbers are those of the other are compared when they
	// share much; lines without numbers only when they share nearly
	// everything (repNearPair asks as much of them).
	share := float64(and) / float64(max(1, min(nx, ny)))
	xn := bits.OnesCount64(x.numbers[0]) + bits.OnesCount64(x.numbers[1])
	yn := bits.OnesCount64(y.numbers[0]) + bits.OnesCount64(y.numbers[1])
	if xn > 0 && yn > 0 {
		both := bits.OnesCount64(x.numbers[0]&y.numbers[0]) + bits.OnesCount64(x.numbers[1]&y.numbers[1])
		return both == min(xn, yn) && share >= 0.45
	}
	return xn == 0 && yn == 0 && share >= 0.7
}

// repNearWork is the working memory of repNearDuplicates, recycled
// between articles.
type repNearWork struct {
	prev, cur repLineStems
	scratch   []uint64
}

var repNearPool = sync.Pool{New: func() any { return new(repNearWork) }}

// repNearDuplicates reports a line followed by a second translation of
// itself. It compares each line with the line before it only, first by
// their sketches, so it is linear in the article.
func repNearDuplicates(p *rules.Pass, boxes []bool) {
	a := p.Article
	w := repNearPool.Get().(*repNearWork)
	defer repNearPool.Put(w)
	prev, cur, scratch := &w.prev, &w.cur, &w.scratch
	var prevSketch repSketch
	prevLine, prevWords, prevNumbers, prevSketched := -1, 0, uint64(0), false
	for li, l := range a.Lines {
		if l.Blank() {
			continue
		}
		if resBullet(a.Text(l.Text)) || boxes != nil && boxes[li] {
			prevLine = -1
			continue
		}

		// A cheap look first: the line's length and whether it has a number.
		words, numbers := repLineShape(a, l.Text)
		if words < repNearMinShared {
			prevLine = -1
			continue
		}
		if prevLine < 0 || !repMayBeNear(prevWords, prevNumbers, words, numbers) {
			prevLine, prevWords, prevNumbers, prevSketched = li, words, numbers, false
			continue
		}
		if !prevSketched {
			prevSketch = repSketchOf(a, a.Lines[prevLine].Text)
		}
		sk := repSketchOf(a, l.Text)
		if prevSketch.near(&sk) {
			prev.set(a, prevLine, scratch)
			cur.set(a, li, scratch)
			if cur.words >= repNearMinShared && repNearPair(prev, cur) {
				pos := a.Position(a.Lines[prevLine].Text.Start)
				p.Report(l.Text, fmt.Sprintf("this line retells the line at line %d in other words (a second translation: "+
					"%d of its %d words and its numbers)", pos.Line, repSetOverlap(prev.uni, cur.uni), len(cur.uni)),
					resRemoveLines(a, li, li+1, "delete the second translation"))
				prevLine = -1
				continue
			}
		}
		prevSketch, prevLine, prevWords, prevNumbers, prevSketched = sk, li, words, numbers, true
	}
}

// repLineShape returns the words of a line and a 64-bit set of its
// numbers (their digits).
func repLineShape(a *article.Article, t article.Span) (words int, numbers uint64) {
	i, _ := slices.BinarySearchFunc(a.Words, t.Start, func(w article.Word, off int) int { return w.Start - off })
	j := i
	for ; j < len(a.Words) && a.Words[j].Start < t.End; j++ {
		if c := a.Src[a.Words[j].Start]; '0' <= c && c <= '9' {
			numbers |= 1 << (repNumberHash(a.Src[a.Words[j].Start:a.Words[j].End]) & 63)
		}
	}
	return j - i, numbers
}

// repNumberHash hashes the digits a word starts with: "150" of "150-seat".
func repNumberHash(w []byte) uint64 {
	d := 1
	for d < len(w) && ('0' <= w[d] && w[d] <= '9' || w[d] == '.' || w[d] == ',') {
		d++
	}
	return repHashBytes(w[:d])
}

// repMayBeNear reports two lines that may be translations of each other,
// by their lengths and numbers: of like length, and the numbers of one
// among those of the other. It is a first look, so it lets through every
// pair repNearPair could accept: its lengths count the sketch's words, not
// repNearPair's stems, hence a looser bound than repNearLengthSkew.
func repMayBeNear(w1 int, n1 uint64, w2 int, n2 uint64) bool {
	const skew = 2.0
	if (n1 == 0) != (n2 == 0) || n1 != 0 && n1&n2 != n1 && n1&n2 != n2 {
		return false
	}
	x, y := float64(w1), float64(w2)
	return x <= skew*y && y <= skew*x
}

func repNearPair(x, y *repLineStems) bool {
	lx, ly := float64(x.words), float64(y.words)
	if lx > repNearLengthSkew*ly || ly > repNearLengthSkew*lx {
		return false
	}
	shared := repSetOverlap(x.uni, y.uni)
	if shared < repNearMinShared {
		return false
	}
	uni := float64(shared) / float64(min(len(x.uni), len(y.uni)))
	bi := float64(repSetOverlap(x.bi, y.bi)) / float64(max(1, min(len(x.bi), len(y.bi))))
	nums := repSetOverlap(x.numbers, y.numbers)
	if nums > 0 && nums == min(len(x.numbers), len(y.numbers)) {
		return uni >= repNearUni && bi >= repNearBi
	}
	return len(x.numbers)+len(y.numbers) == 0 && uni >= repNearUniNoNum && bi >= repNearBiNoNum
}

// repBoxLines marks the lines of fact and product boxes: paragraphs of two
// lines or more, two of them "Label: value" lines ("Price: £299",
// "Verdict: …"). The same sentence in two boxes is not a repeat.
func repBoxLines(a *article.Article) []bool {
	var out []bool
	for _, para := range a.Paragraphs {
		if para.EndLine-para.FirstLine < 2 {
			continue
		}
		labels := 0
		for li := para.FirstLine; li < para.EndLine; li++ {
			if repLabelLine(a.Text(a.Lines[li].Text)) {
				labels++
			}
		}
		if labels < 2 {
			continue
		}
		if out == nil {
			out = make([]bool, len(a.Lines))
		}
		for li := para.FirstLine; li < para.EndLine; li++ {
			out[li] = true
		}
	}
	return out
}

// repLabelLine reports a line that opens with a label of one to three
// words and a colon, with text after it.
func repLabelLine(b []byte) bool {
	c := bytes.IndexByte(b, ':')
	if c <= 0 || c > 30 || c+2 > len(b) {
		return false
	}
	r, _ := utf8.DecodeRune(b)
	return unicode.IsUpper(r) && bytes.Count(b[:c], []byte(" ")) <= 2 && b[c+1] != '/'
}
