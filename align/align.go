// Package align aligns a translated article with its source: paragraphs
// first, then the sentences inside each pair of aligned paragraphs.
//
// Both levels use the same dynamic programme, Gale and Church's (1993)
// length-based alignment: a translation's length is close to a constant
// times its source's (the ratio of the two articles' lengths, refined on
// the paragraphs it aligns one to one), so the programme finds the
// sequence of beads — 1–1, 1–2, 2–1, 1–0 (the source unit has no
// translation) and 0–1 (the translated unit has no source) — whose lengths
// fit best. Anchors that survive translation sharpen it: numbers
// (normalised across locales by package numbers), names (accents folded,
// Cyrillic transliterated, exonyms), URLs, handles and quotations. A unit
// that shares anchors with another is drawn to it; anchors left unmatched
// inside a bead cost a little.
//
// The programme runs in a band around the diagonal of the two texts'
// cumulative lengths, so it costs time linear in the number of units; when
// the best path touches the edge of the band the band is widened and the
// programme run again. Scraped translations have extra lines (residue) and
// paragraphs split or merged (orphans): a 1–2 bead is cheap where the
// first of the two paragraphs does not end a sentence, and a short extra
// paragraph is absorbed or left as 0–1, not allowed to derail the rest.
//
// For each 1–0 and 0–1 bead the alignment also gives a margin: how much
// more the alignment would cost if the unit were merged into its
// neighbour instead, or paired by shifting the neighbour's boundary,
// judged by how closely the article's own sentences keep their lengths.
// Checks report omissions and additions only when the margin is wide.
package align

import (
	"math"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
)

// Range is a half-open range [Start, End) of paragraph or sentence indexes.
type Range struct{ Start, End int }

// Len is the number of units in the range.
func (r Range) Len() int { return r.End - r.Start }

// Bead is one step of an alignment: the source units Src and the target
// units Tgt that translate them. A 1–0 bead (empty Tgt) is a source unit
// left untranslated; a 0–1 bead (empty Src) a target unit with no source.
type Bead struct {
	Src, Tgt Range
	// Cost is the bead's cost in the programme (lower is better).
	Cost float64
	// Margin, for a bead with an empty side, is how much more the
	// alignment would cost with the unit merged into a neighbouring bead
	// or paired by shifting a neighbour's boundary (+Inf when there is no
	// neighbour; see margins); 0 for the other beads.
	Margin float64
	// Para is, for a sentence bead, the index of the paragraph bead it
	// lies in.
	Para int
}

// Shape is "1-1", "2-1", "1-0" and so on: the number of source and target
// units.
func (b Bead) Shape() string {
	return string(rune('0'+min(b.Src.Len(), 9))) + "-" + string(rune('0'+min(b.Tgt.Len(), 9)))
}

// Null reports a bead with an empty side.
func (b Bead) Null() bool { return b.Src.Len() == 0 || b.Tgt.Len() == 0 }

// Alignment is the alignment of a translation with its source.
type Alignment struct {
	Source, Target *Side
	// Ratio is the target's length per unit of the source's length.
	Ratio float64
	// Paragraphs align the articles' paragraphs; Sentences their
	// sentences, in order, each inside one paragraph bead.
	Paragraphs []Bead
	Sentences  []Bead
	// SourceBead and TargetBead give the sentence bead of each source and
	// target sentence.
	SourceBead, TargetBead []int
	// Widened counts how many times the band had to be widened.
	Widened int
	// SourceAnchors and TargetAnchors count the anchors (numbers, names,
	// addresses, quotations) of each text; Matched those the sentence
	// beads pair up. Two texts that share none are hardly a source and its
	// translation.
	SourceAnchors, TargetAnchors, Matched int
}

// DefaultMargin is the margin from which a bead with an empty side is
// worth reporting: on the MQM evaluation, nearly every omission the
// aligner reports at this margin in unchanged machine translations is one
// a rater marked too.
const DefaultMargin = 3.0

// The model's costs, in nats (negative log-probabilities). They were
// tuned on the MQM evaluation (mqm_test.go): real machine translations with
// a sentence deleted or a foreign paragraph inserted.
const (
	costSplit    = 3.5  // a 1–2 or 2–1 bead
	costSplitCut = 0.3  // the same where the split unit does not end a sentence (an orphan)
	costNull     = 4.5  // a 1–0 or 0–1 bead
	costNullChar = 0.01 // and per character of the unit left alone
	costMore     = 2.0  // each unit beyond 1–2 or 2–1 in a merged bead (only when margins are computed)
	costBreak    = 1.0  // a bead that opens a paragraph on one side only (sentence level)
	variance     = 6.0  // of the target length per character of the expected length
	anchorReward = 1.5  // per anchor matched inside a bead
	anchorCost   = 1.0  // per anchor left unmatched inside a bead
	weakReward   = 0.3  // per shared word beginning ("presid", "millon") inside a bead
	weakCost     = 0.4  // per word beginning left unmatched
	minBand      = 4    // the least half-width of the band, in units (paragraphs)
	minBandGuide = 2    // the same for sentences, around the paragraph alignment
)

// Align aligns a translation (tgt) with its source (src).
func Align(src, tgt *Side) *Alignment {
	al := &Alignment{Source: src, Target: tgt}
	// Anchor names are the ones the two texts share.
	stem := Declines(src.Lang) || Declines(tgt.Lang)
	sa, ta := src.anchorNames(stem), tgt.anchorNames(stem)
	shared := sharedNames(src, tgt, sa, ta)
	sk, sko := unitKeys(src, sa, shared, alphabetic(tgt))
	tk, tko := unitKeys(tgt, ta, shared, alphabetic(src))
	sw, swo := src.weakKeys(tgt)
	tw, two := tgt.weakKeys(src)

	// Paragraphs: the programme over paragraphs, then again with the
	// length ratio measured on the paragraphs it aligned one to one.
	ps := paraLevel(src, sk, sko)
	pt := paraLevel(tgt, tk, tko)
	// The ratio of the two texts' lengths, kept near what the scripts
	// usually give: a translation that lost a third of the text must not
	// set the ratio it is judged by.
	prior := 1.0
	switch cs, ct := src.CJK(), tgt.CJK(); {
	case cs && !ct:
		prior = 3
	case ct && !cs:
		prior = 1.0 / 3
	}
	al.Ratio = prior
	if ps.cum[ps.n()] > 0 && pt.cum[pt.n()] > 0 {
		al.Ratio = min(max(pt.cum[pt.n()]/ps.cum[ps.n()], prior*0.87), prior*1.15)
	}
	lv := &level{s: ps, t: pt, ratio: al.Ratio}
	paras := lv.align(&al.Widened)
	var ratios []float64
	for _, b := range paras {
		if b.Src.Len() == 1 && b.Tgt.Len() == 1 && ps.len[b.Src.Start] >= 20 {
			ratios = append(ratios, pt.len[b.Tgt.Start]/ps.len[b.Src.Start])
		}
	}
	// The sentences are measured against the article's own ratio, the
	// median over the paragraphs aligned one to one: the ratio of the
	// totals counts what the translation lost or gained, and would make
	// the sentences next to a lost one look as if they had room for it.
	// The paragraphs are aligned again only when it differs much.
	if len(ratios) >= 3 {
		slices.Sort(ratios)
		r := ratios[len(ratios)/2]
		if math.Abs(r/al.Ratio-1) > 0.1 {
			lv.ratio = r
			paras = lv.align(&al.Widened)
		}
		al.Ratio = r
	}

	// Sentences: one programme over all the sentences, in a band around
	// the paragraph alignment, with paragraph breaks that do not match
	// costing a little; a paragraph bead that lost a sentence does not
	// push its neighbours off.
	ss := sentLevel(src, sk, sko, sw, swo)
	st := sentLevel(tgt, tk, tko, tw, two)
	sl := &level{s: ss, t: st, ratio: al.Ratio, guide: guide(src, tgt, paras)}
	al.Sentences = sl.align(&al.Widened)
	sl.margins(al.Sentences)
	al.SourceAnchors, al.TargetAnchors = len(sk), len(tk)
	for _, b := range al.Sentences {
		if !b.Null() {
			m, _ := count(sl.gather(0, ss.keys[b.Src.Start:b.Src.End], nil, 0), sl.gather(1, st.keys[b.Tgt.Start:b.Tgt.End], nil, 0))
			al.Matched += m
		}
	}

	// The paragraph beads that hold the sentence beads: the smallest
	// groups of paragraphs that no sentence bead crosses.
	al.Paragraphs = paragraphBeads(src, tgt, al.Sentences, lv)
	al.SourceBead = make([]int, len(src.Sentences))
	al.TargetBead = make([]int, len(tgt.Sentences))
	for k, b := range al.Sentences {
		for i := b.Src.Start; i < b.Src.End; i++ {
			al.SourceBead[i] = k
		}
		for j := b.Tgt.Start; j < b.Tgt.End; j++ {
			al.TargetBead[j] = k
		}
	}
	return al
}

// guide turns a paragraph alignment into, for each source sentence, the
// target sentences of the paragraph bead that holds it: the centre of the
// sentence programme's band.
func guide(src, tgt *Side, paras []Bead) [][2]int {
	g := make([][2]int, len(src.Sentences)+1)
	for _, b := range paras {
		ts := sentRange(tgt, b.Tgt)
		ss := sentRange(src, b.Src)
		for i := ss.Start; i < ss.End; i++ {
			g[i] = [2]int{ts.Start, ts.End}
		}
		if ss.Len() == 0 && ss.Start <= len(src.Sentences) {
			// A target paragraph with no source: widen the neighbours'.
			if ss.Start < len(src.Sentences) {
				g[ss.Start][0] = min(g[ss.Start][0], ts.Start)
			}
			if ss.Start > 0 {
				g[ss.Start-1][1] = max(g[ss.Start-1][1], ts.End)
			}
		}
	}
	g[len(src.Sentences)] = [2]int{len(tgt.Sentences), len(tgt.Sentences)}
	return g
}

// paragraphBeads groups sentence beads into paragraph beads: paragraphs
// that a sentence bead joins (on either side) belong to one paragraph
// bead.
func paragraphBeads(src, tgt *Side, sents []Bead, lv *level) []Bead {
	sp := paraIndex(src)
	tp := paraIndex(tgt)
	var out []Bead
	ps, pt := 0, 0 // the next paragraphs not yet in a bead
	for k := 0; k < len(sents); {
		// Grow a group of sentence beads until it ends at paragraph ends
		// on both sides.
		es, et := ps, pt
		q := k
		for q < len(sents) {
			b := sents[q]
			if b.Src.Len() > 0 {
				es = max(es, sp[b.Src.End-1]+1)
			}
			if b.Tgt.Len() > 0 {
				et = max(et, tp[b.Tgt.End-1]+1)
			}
			q++
			if q == len(sents) {
				break
			}
			n := sents[q]
			srcDone := n.Src.Len() == 0 || sp[n.Src.Start] >= es
			tgtDone := n.Tgt.Len() == 0 || tp[n.Tgt.Start] >= et
			if srcDone && tgtDone && (es > ps || et > pt) {
				break
			}
		}
		pb := Bead{Src: Range{ps, es}, Tgt: Range{pt, et}}
		pb.Cost = lv.cost(ps, es, pt, et)
		if pb.Null() {
			pb.Margin = math.Inf(1)
		}
		for x := k; x < q; x++ {
			sents[x].Para = len(out)
			if pb.Null() {
				pb.Margin = math.Min(pb.Margin, sents[x].Margin)
			}
		}
		out = append(out, pb)
		ps, pt = es, et
		k = q
	}
	return out
}

// paraIndex returns the paragraph of each sentence.
func paraIndex(s *Side) []int {
	out := make([]int, len(s.Sentences))
	for i, st := range s.Sentences {
		out[i] = st.Para
	}
	return out
}

// sentRange returns the sentences of a range of paragraphs.
func sentRange(s *Side, r Range) Range {
	if r.Len() == 0 {
		if r.Start < len(s.Paragraphs) {
			f := s.Paragraphs[r.Start].FirstSentence
			return Range{f, f}
		}
		return Range{len(s.Sentences), len(s.Sentences)}
	}
	return Range{s.Paragraphs[r.Start].FirstSentence, s.Paragraphs[r.End-1].EndSentence}
}

// sharedNames returns the name keys that occur in both texts, sorted;
// ka and kb are the anchor keys of their names (see anchorNames).
func sharedNames(a, b *Side, ka, kb []uint64) []uint64 {
	keys := func(s *Side, ks []uint64) []uint64 {
		out := make([]uint64, 0, len(s.Names))
		for i, n := range s.Names {
			if n.Kind == Word {
				out = append(out, ks[i])
			}
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	x, y := keys(a, ka), keys(b, kb)
	shared := x[:0]
	i, j := 0, 0
	for i < len(x) && j < len(y) {
		switch {
		case x[i] == y[j]:
			shared = append(shared, x[i])
			i++
			j++
		case x[i] < y[j]:
			i++
		default:
			j++
		}
	}
	return shared
}

// alphabetic reports a text in a language written in Latin or Cyrillic
// letters, where the other text's names can be found.
func alphabetic(s *Side) bool {
	return s.Lang != 0 && (s.Lang.Latin() || s.Lang.UsesScript("Cyrillic"))
}

// unitKeys returns every sentence's anchor keys, sorted per sentence, in
// one slice with offsets: sentence i's are keys[off[i]:off[i+1]]. With
// strict, names the other text lacks count too (see Side.SurelyName);
// names holds the anchor keys of the text's names.
func unitKeys(s *Side, names, shared []uint64, strict bool) (keys []uint64, off []int) {
	off = make([]int, len(s.Sentences)+1)
	keys = make([]uint64, 0, len(s.Numbers)+len(s.Names)+len(s.Sentences)/4)
	for i := range s.Sentences {
		off[i] = len(keys)
		keys = s.sentenceKeys(keys, i, names, shared, strict)
	}
	off[len(s.Sentences)] = len(keys)
	return keys, off
}

// units is one text's units at one level: their lengths, cumulative
// lengths, sorted anchor keys, and what their ends look like.
type units struct {
	len  []float64
	cum  []float64 // cum[i] is the length of units [0, i)
	keys [][]uint64
	weak [][]uint64
	// keys2 and weak2 are the keys of units i and i+1 together, merged
	// once for the beads of two units.
	keys2, weak2 [][]uint64
	// cut marks a unit that does not end a sentence: a split after it is
	// cheap. inner marks a sentence that holds a sentence break the
	// segmenter did not take (". « La", "3. Mai"): a split of its
	// translation is cheap. first marks a sentence that opens its
	// paragraph.
	cut, inner, first []bool
}

func (u *units) n() int { return len(u.len) }

func (u *units) finish() {
	u.cum = make([]float64, len(u.len)+1)
	for i, l := range u.len {
		u.cum[i+1] = u.cum[i] + l
	}
	u.keys2, u.weak2 = pairs(u.keys), pairs(u.weak)
}

// pairs merges the sorted lists of each two neighbouring units.
func pairs(lists [][]uint64) [][]uint64 {
	if len(lists) < 2 {
		return nil
	}
	total := 0
	for i := 0; i+1 < len(lists); i++ {
		total += len(lists[i]) + len(lists[i+1])
	}
	buf := make([]uint64, 0, total)
	out := make([][]uint64, len(lists)-1)
	for i := range out {
		a, b := lists[i], lists[i+1]
		start := len(buf)
		switch {
		case len(a) == 0:
			out[i] = b
			continue
		case len(b) == 0:
			out[i] = a
			continue
		}
		buf = append(buf, a...)
		merged := mergeSorted(buf[start:], b) // within buf's capacity
		end := start + len(merged)
		buf = buf[:end]
		out[i] = buf[start:end:end]
	}
	return out
}

func paraLevel(s *Side, keys []uint64, off []int) *units {
	n := len(s.Paragraphs)
	u := &units{len: make([]float64, 0, n), keys: make([][]uint64, 0, n), weak: make([][]uint64, 0, n),
		cut: make([]bool, 0, n), first: make([]bool, 0, n)}
	for pi, p := range s.Paragraphs {
		l := 0.0
		for i := p.FirstSentence; i < p.EndSentence; i++ {
			l += s.Len[i]
		}
		u.len = append(u.len, l)
		k := slices.Clone(keys[off[p.FirstSentence]:off[p.EndSentence]])
		slices.Sort(k)
		u.keys = append(u.keys, k)
		u.weak = append(u.weak, nil) // word beginnings only between sentences
		u.cut = append(u.cut, cutAfter(s, p.Span, pi+1 < len(s.Paragraphs), func() article.Span { return s.Paragraphs[pi+1].Span }))
		u.first = append(u.first, true)
	}
	u.finish()
	return u
}

func sentLevel(s *Side, keys []uint64, off []int, weak []uint64, woff []int) *units {
	n := len(s.Sentences)
	u := &units{len: make([]float64, 0, n), keys: make([][]uint64, 0, n), weak: make([][]uint64, 0, n),
		cut: make([]bool, 0, n), inner: make([]bool, 0, n), first: make([]bool, 0, n)}
	for i, st := range s.Sentences {
		u.len = append(u.len, s.Len[i])
		u.keys = append(u.keys, keys[off[i]:off[i+1]])
		u.weak = append(u.weak, weak[woff[i]:woff[i+1]])
		u.cut = append(u.cut, cutAfter(s, st.Span, i+1 < len(s.Sentences), func() article.Span { return s.Sentences[i+1].Span }))
		u.inner = append(u.inner, innerBreak(s.Src[st.Start:st.End]))
		u.first = append(u.first, s.Paragraphs[st.Para].FirstSentence == i)
	}
	u.finish()
	return u
}

// innerBreak reports a sentence that holds terminal punctuation followed
// by white space, perhaps an opening quote and more space, and a capital:
// two sentences the segmenter kept together ("mobilisés. « La").
func innerBreak(b []byte) bool {
	for i := 0; i < len(b); {
		c := b[i]
		var r rune
		if c < utf8.RuneSelf {
			i++
			if c != '.' && c != '!' && c != '?' {
				continue
			}
			r = rune(c)
		} else {
			var n int
			r, n = utf8.DecodeRune(b[i:])
			i += n
			if !terminal(r) {
				continue
			}
		}
		j := i
		for j < len(b) && closer(rune(b[j])) && b[j] < utf8.RuneSelf {
			j++
		}
		if j >= len(b) || b[j] != ' ' {
			continue
		}
		for j < len(b) {
			r, n := utf8.DecodeRune(b[j:])
			if r != ' ' && r != '\u00a0' && r != '«' && r != '“' && r != '"' && r != '„' && r != '(' {
				break
			}
			j += n
		}
		if r, _ := utf8.DecodeRune(b[j:]); j < len(b) && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// cutAfter reports a unit after which the text goes on in the same
// sentence: it ends with a period after a number or a one- or two-letter
// word ("am 3.", "z.", "Sr."), or without terminal punctuation before a
// unit that starts in lower case (an orphaned "The").
func cutAfter(s *Side, sp article.Span, hasNext bool, next func() article.Span) bool {
	src := s.Src
	e := sp.End
	for e > sp.Start {
		r, n := utf8.DecodeLastRune(src[sp.Start:e])
		if !closer(r) {
			break
		}
		e -= n
	}
	r, n := utf8.DecodeLastRune(src[sp.Start:e])
	if !terminal(r) {
		if !hasNext {
			return false
		}
		nx := next()
		f, _ := utf8.DecodeRune(src[nx.Start:nx.End])
		return unicode.IsLower(f)
	}
	if r != '.' {
		return false
	}
	// The word before the period.
	w := e - n
	letters, digits := 0, 0
	for w > sp.Start {
		r, n := utf8.DecodeLastRune(src[sp.Start:w])
		if unicode.IsLetter(r) {
			letters++
		} else if unicode.IsDigit(r) {
			digits++
		} else {
			break
		}
		w -= n
	}
	return letters == 0 && digits > 0 || letters > 0 && letters <= 2 && digits == 0
}

// level is the programme at one level.
type level struct {
	s, t  *units
	ratio float64
	// guide, at the sentence level, gives for each source sentence the
	// target sentences of its paragraph bead: the band's centre.
	guide [][2]int
	buf   [2][]uint64
	// The programme's tables, kept for a second pass.
	lo, hi, off []int
	dp          []float64
	back        []uint8
}

// shapes are the beads the programme may use: source and target units.
var shapes = [...][2]int{{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}}

// cost is the cost of a bead of source units [i0, i1) and target units
// [j0, j1).
func (lv *level) cost(i0, i1, j0, j1 int) float64 {
	return lv.costBelow(i0, i1, j0, j1, math.Inf(1))
}

// costBelow is cost, except that a bead that surely costs more than
// limit may be given any cost above limit instead: the anchors are not
// compared when even all of them matching could not bring the bead under
// it.
func (lv *level) costBelow(i0, i1, j0, j1 int, limit float64) float64 {
	a, b := i1-i0, j1-j0
	ls := lv.s.cum[i1] - lv.s.cum[i0]
	lt := lv.t.cum[j1] - lv.t.cum[j0]
	switch {
	case a == 0 && b == 0:
		return 0
	case a == 0:
		return costNull + costNullChar*lt
	case b == 0:
		return costNull + costNullChar*ls*lv.ratio
	}
	c := lengthCost(lv.ratio*ls, lt, variance)
	switch {
	case a == 1 && b == 1:
	case a == 2 && b == 1:
		c += splitCost(lv.s, i0)
		if lv.t.inner != nil && lv.t.inner[j0] {
			c += costSplitCut - costSplit
		}
		if lv.guide != nil && lv.s.first[i0+1] && !lv.s.cut[i0] {
			c += costBreak // two source paragraphs for one translated sentence
		}
	case a == 1 && b == 2:
		c += splitCost(lv.t, j0)
		if lv.s.inner != nil && lv.s.inner[i0] {
			c += costSplitCut - costSplit
		}
		if lv.guide != nil && lv.t.first[j0+1] && !lv.t.cut[j0] {
			c += costBreak // a translated paragraph break the source does not have
		}
	default:
		c += costSplit + costMore*float64(a+b-3)
	}
	if lv.guide != nil && lv.s.first[i0] != lv.t.first[j0] {
		c += costBreak
	}
	if !math.IsInf(limit, 1) {
		// At most as many anchors match as the smaller side has.
		ka, kb, wa, wb := 0, 0, 0, 0
		for i := i0; i < i1; i++ {
			ka, wa = ka+len(lv.s.keys[i]), wa+len(lv.s.weak[i])
		}
		for j := j0; j < j1; j++ {
			kb, wb = kb+len(lv.t.keys[j]), wb+len(lv.t.weak[j])
		}
		if bound := c - anchorReward*float64(min(ka, kb)) - weakReward*float64(min(wa, wb)); bound > limit+1e-9 {
			return bound
		}
	}
	if m, u := count(lv.gather(0, lv.s.keys[i0:i1], lv.s.keys2, i0), lv.gather(1, lv.t.keys[j0:j1], lv.t.keys2, j0)); m+u > 0 {
		c += -anchorReward*float64(m) + anchorCost*float64(u)
	}
	if m, u := count(lv.gather(0, lv.s.weak[i0:i1], lv.s.weak2, i0), lv.gather(1, lv.t.weak[j0:j1], lv.t.weak2, j0)); m+u > 0 {
		c += -weakReward*float64(m) + weakCost*float64(u)
	}
	return c
}

func splitCost(u *units, i int) float64 {
	if u.cut[i] {
		return costSplitCut
	}
	return costSplit
}

// lengthCost is −log of the probability of a target length lt where e is
// expected: a normal deviate with variance v per character of the length.
func lengthCost(e, lt, v float64) float64 {
	mean := math.Max((e+lt)/2, 1)
	d := math.Abs(lt-e) / math.Sqrt(v*mean)
	var c float64
	if x := d * tailSteps; x < float64(len(tailTable)-1) {
		i := int(x)
		f := x - float64(i)
		c = tailTable[i]*(1-f) + tailTable[i+1]*f
	} else {
		c = tail(d)
	}
	return c
}

// tail is −log P(|Z| ≥ d) for a standard normal Z.
func tail(d float64) float64 {
	if d < 8 {
		return -math.Log(math.Erfc(d / math.Sqrt2))
	}
	// The asymptote, without underflow.
	return d*d/2 + math.Log(d*math.Sqrt(math.Pi/2))
}

// tailTable holds tail at steps of 1/tailSteps up to 8, for lengthCost to
// interpolate: the programme asks for it millions of times.
const tailSteps = 64

var tailTable = func() []float64 {
	t := make([]float64, 8*tailSteps+1)
	for i := range t {
		t[i] = tail(float64(i) / tailSteps)
	}
	return t
}()

// count counts the keys two sorted lists share and those left over.
func count(a, b []uint64) (matched, unmatched int) {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			matched++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return matched, len(a) + len(b) - 2*matched
}

// gather returns the keys of some units as one sorted slice; pre holds
// the keys of each two neighbouring units, merged (see pairs).
func (lv *level) gather(side int, ks [][]uint64, pre [][]uint64, first int) []uint64 {
	switch {
	case len(ks) == 1:
		return ks[0]
	case len(ks) == 2 && pre != nil:
		return pre[first]
	case len(ks) == 2 && len(ks[0]) == 0:
		return ks[1]
	case len(ks) == 2 && len(ks[1]) == 0:
		return ks[0]
	}
	b := lv.buf[side][:0]
	for _, k := range ks {
		b = mergeSorted(b, k)
	}
	lv.buf[side] = b
	return b
}

// mergeSorted merges sorted b into sorted a (in place, growing a).
func mergeSorted(a, b []uint64) []uint64 {
	n := len(a)
	a = append(a, b...)
	i, j, k := n-1, len(b)-1, len(a)-1
	for j >= 0 {
		if i >= 0 && a[i] > b[j] {
			a[k] = a[i]
			i--
		} else {
			a[k] = b[j]
			j--
		}
		k--
	}
	return a
}

// align runs the programme in a band, widening it while the best path
// touches its edge.
func (lv *level) align(widened *int) []Bead {
	ns, nt := lv.s.n(), lv.t.n()
	w := minBand
	if lv.guide != nil {
		w = minBandGuide
	}
	for {
		beads, edge := lv.run(w)
		if !edge || w >= max(ns, nt) {
			return beads
		}
		w *= 2
		*widened++
	}
}

// band returns, for each source unit boundary i (0 to ns), the target
// boundaries the programme considers: around the paragraph alignment's
// guide at the sentence level, around the diagonal of the cumulative
// lengths otherwise, w units either side.
func (lv *level) band(w int) (lo, hi []int) {
	ns, nt := lv.s.n(), lv.t.n()
	lv.lo, lv.hi = grow(lv.lo, ns+1), grow(lv.hi, ns+1)
	lo, hi = lv.lo, lv.hi
	scale := 1.0
	if lv.s.cum[ns] > 0 {
		scale = lv.t.cum[nt] / lv.s.cum[ns]
	}
	j := 0
	for i := 0; i <= ns; i++ {
		x := lv.s.cum[i] * scale
		for j < nt && lv.t.cum[j+1] <= x {
			j++
		}
		if i == ns {
			j = nt
		}
		l, h := j, j
		if lv.guide != nil {
			l, h = lv.guide[i][0], lv.guide[i][1]
			if i > 0 {
				h = max(h, lv.guide[i-1][1])
			}
		}
		lo[i] = max(0, l-w)
		hi[i] = min(nt, h+w)
	}
	// Keep the band monotone and connected.
	for i := 1; i <= ns; i++ {
		lo[i] = max(lo[i], lo[i-1])
	}
	for i := ns - 1; i >= 0; i-- {
		hi[i] = min(hi[i], hi[i+1])
	}
	for i := 1; i <= ns; i++ {
		if lo[i] > hi[i-1] {
			lo[i] = hi[i-1]
		}
	}
	lo[0], hi[ns] = 0, nt
	return lo, hi
}

// run is one pass of the programme with a band of half-width w. edge
// reports a best path that touches the band's edge.
func (lv *level) run(w int) (beads []Bead, edge bool) {
	ns, nt := lv.s.n(), lv.t.n()
	lo, hi := lv.band(w)
	lv.off = grow(lv.off, ns+2)
	off := lv.off
	off[0] = 0
	for i := 0; i <= ns; i++ {
		off[i+1] = off[i] + hi[i] - lo[i] + 1
	}
	lv.dp, lv.back = grow(lv.dp, off[ns+1]), grow(lv.back, off[ns+1])
	dp, back := lv.dp, lv.back
	inf := math.Inf(1)
	at := func(i, j int) float64 {
		if i < 0 || j < lo[i] || j > hi[i] {
			return inf
		}
		return dp[off[i]+j-lo[i]]
	}
	for i := 0; i <= ns; i++ {
		for j := lo[i]; j <= hi[i]; j++ {
			best, arg := inf, uint8(255)
			if i == 0 && j == 0 {
				best = 0
			}
			for k, sh := range shapes {
				pi, pj := i-sh[0], j-sh[1]
				if pi < 0 || pj < 0 {
					continue
				}
				prev := at(pi, pj)
				if prev == inf {
					continue
				}
				if c := prev + lv.costBelow(pi, i, pj, j, best-prev); c < best {
					best, arg = c, uint8(k)
				}
			}
			dp[off[i]+j-lo[i]] = best
			back[off[i]+j-lo[i]] = arg
		}
	}
	// Trace back.
	i, j := ns, nt
	for i > 0 || j > 0 {
		if (j == lo[i] && lo[i] > 0) || (j == hi[i] && hi[i] < nt) {
			edge = true
		}
		k := back[off[i]+j-lo[i]]
		if k == 255 {
			break // unreachable: the band is connected
		}
		sh := shapes[k]
		pi, pj := i-sh[0], j-sh[1]
		beads = append(beads, Bead{Src: Range{pi, i}, Tgt: Range{pj, j}, Cost: at(i, j) - at(pi, pj)})
		i, j = pi, pj
	}
	slices.Reverse(beads)
	return beads, edge
}

// grow returns s with length n, reusing its memory when it can.
func grow[T any](s []T, n int) []T {
	if cap(s) >= n {
		return s[:n]
	}
	return make([]T, n)
}

// margins sets the margin of each bead with an empty side: the least
// extra cost of an alignment without it. A run of such beads of one kind
// (omissions, or additions) is taken whole, and every bead of the run gets
// its margin: the least extra cost of
//
//   - merging the run into the nearest bead on either side that has both
//     sides or the other empty side (an omission next to an addition is a
//     poor translation more than two defects);
//   - or shifting that bead's boundary: its other side goes to the run, and
//     its own side joins the bead beyond it (a translation that put three
//     sentences into one, which no bead can hold, leaves a sentence alone
//     next to a bead that fits badly, and the shift pairs it).
//
// These alternatives are judged by the article's own spread of lengths
// too (see spread): where its sentences keep their lengths closely, a
// merged bead that does not is less likely than the programme's broad
// model says.
func (lv *level) margins(beads []Bead) {
	kind := func(b Bead) int {
		switch {
		case b.Src.Len() == 0 && b.Tgt.Len() > 0:
			return 1 // addition
		case b.Tgt.Len() == 0 && b.Src.Len() > 0:
			return 2 // omission
		}
		return 0
	}
	for k0 := 0; k0 < len(beads); {
		kd := kind(beads[k0])
		if kd == 0 {
			k0++
			continue
		}
		k1 := k0 + 1
		for k1 < len(beads) && kind(beads[k1]) == kd {
			k1++
		}
		v := lv.spread(beads, k0, k1)
		// cost is a bead's cost, with its surprise under the article's
		// spread when sharp; held the cost of beads [lo, hi) as aligned.
		cost := func(i0, i1, j0, j1 int, sharp bool) float64 {
			c := lv.cost(i0, i1, j0, j1)
			if sharp {
				c += lv.surprise(i0, i1, j0, j1, v)
			}
			return c
		}
		held := func(lo, hi int, sharp bool) float64 {
			sum := 0.0
			for _, b := range beads[lo:hi] {
				sum += b.Cost
				if sharp {
					sum += lv.surprise(b.Src.Start, b.Src.End, b.Tgt.Start, b.Tgt.End, v)
				}
			}
			return sum
		}
		run := beads[k0]
		run.Src.End, run.Tgt.End = beads[k1-1].Src.End, beads[k1-1].Tgt.End
		margin := math.Inf(1)
		for _, q := range [2]int{k0 - 1, k1} {
			if q < 0 || q >= len(beads) {
				continue
			}
			// Next to a run of the other kind, lengths say little: a
			// garbled translation is often much longer or shorter than
			// its source.
			sharp := !beads[q].Null()
			lo, hi := min(q, k0), max(q+1, k1)
			margin = math.Min(margin, cost(beads[lo].Src.Start, beads[hi-1].Src.End, beads[lo].Tgt.Start, beads[hi-1].Tgt.End, sharp)-held(lo, hi, sharp))
			p := q - 1 // the bead beyond q
			if q > k0 {
				p = q + 1
			}
			if !sharp || p < 0 || p >= len(beads) || beads[p].Null() {
				continue
			}
			bq, bp := beads[q], beads[p]
			var alt float64
			switch {
			case kd == 2 && p < q: // (Sp Sq → Tp), (R → Tq)
				alt = cost(bp.Src.Start, bq.Src.End, bp.Tgt.Start, bp.Tgt.End, true) + cost(run.Src.Start, run.Src.End, bq.Tgt.Start, bq.Tgt.End, true)
			case kd == 2: // (R → Tq), (Sq Sp → Tp)
				alt = cost(run.Src.Start, run.Src.End, bq.Tgt.Start, bq.Tgt.End, true) + cost(bq.Src.Start, bp.Src.End, bp.Tgt.Start, bp.Tgt.End, true)
			case p < q: // (Sp → Tp Tq), (Sq → R)
				alt = cost(bp.Src.Start, bp.Src.End, bp.Tgt.Start, bq.Tgt.End, true) + cost(bq.Src.Start, bq.Src.End, run.Tgt.Start, run.Tgt.End, true)
			default: // (Sq → R), (Sp → Tq Tp)
				alt = cost(bq.Src.Start, bq.Src.End, run.Tgt.Start, run.Tgt.End, true) + cost(bp.Src.Start, bp.Src.End, bq.Tgt.Start, bp.Tgt.End, true)
			}
			lo, hi = min(p, k0), max(p+1, k1)
			margin = math.Min(margin, alt-held(lo, hi, true))
		}
		for x := k0; x < k1; x++ {
			beads[x].Margin = margin
		}
		k0 = k1
	}
}

// The article's spread of lengths. The programme's variance is broad, as
// it must be for any pair of languages and any translator; one article's
// sentences usually keep their lengths much more closely (on the MQM
// evaluation the median article's variance is a quarter of the
// programme's). A margin judges its alternatives by a mixture: the
// article's spread for most beads, the broad variance for the one in ten
// that strays (a paraphrase, a sentence split differently), at a cost of
// tailCost. So in an article translated closely, a sentence merged into a
// neighbour whose translation is as long as that neighbour alone costs up
// to tailCost more than the broad model says; in a loose one, nothing.
const (
	spreadWindow = 6   // beads on either side of a run whose 1–1 beads measure the spread
	spreadMin    = 3   // fewest 1–1 beads to measure it
	spreadFloor  = 1.0 // the least spread (per character)
	tailCost     = 2.2 // log 9: one bead in ten strays
)

// spread returns the variance per character of the 1–1 beads near the
// beads [k0, k1) (robustly: from their median squared deviation), or the
// programme's variance when it cannot tell or they spread more.
func (lv *level) spread(beads []Bead, k0, k1 int) float64 {
	var buf [4 * spreadWindow]float64
	zs := buf[:0]
	for _, b := range beads[max(0, k0-spreadWindow):min(len(beads), k1+spreadWindow)] {
		if b.Src.Len() == 1 && b.Tgt.Len() == 1 && lv.s.len[b.Src.Start] >= 20 {
			e := lv.s.len[b.Src.Start] * lv.ratio
			lt := lv.t.len[b.Tgt.Start]
			d := lt - e
			zs = append(zs, d*d/max((e+lt)/2, 1))
		}
	}
	if len(zs) < spreadMin {
		return variance
	}
	slices.Sort(zs)
	// The median of a squared standard normal deviate is 0.455.
	return min(max(zs[len(zs)/2]/0.455, spreadFloor), variance)
}

// surprise is how much more a bead of source units [i0, i1) and target
// units [j0, j1) costs under the mixture of spread v and the programme's
// variance than under the programme's alone.
func (lv *level) surprise(i0, i1, j0, j1 int, v float64) float64 {
	if i1 == i0 || j1 == j0 || v >= variance {
		return 0
	}
	e := (lv.s.cum[i1] - lv.s.cum[i0]) * lv.ratio
	lt := lv.t.cum[j1] - lv.t.cum[j0]
	broad := lengthCost(e, lt, variance)
	return max(0, min(lengthCost(e, lt, v), broad+tailCost)-broad)
}

// terminal reports sentence-final punctuation.
func terminal(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '。', '！', '？':
		return true
	}
	return false
}

// closer reports closing quotes and brackets after the final punctuation.
func closer(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', ')', ']', '」', '』', '）':
		return true
	}
	return false
}
