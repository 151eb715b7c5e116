package checks

import (
	"bytes"
	_ "embed"
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

// This file holds the repetition/ checks: a word typed twice ("the the"),
// a sentence or paragraph that appears twice in one article, and words run
// together when markup was stripped ("improvementand", "2022Europe",
// "JonathanPresident"). Their word lists are data (data/repetition.txt).

//go:embed data/repetition.txt
var repetitionData string

var repLists = newRepLists(repetitionData)

type repListSet struct {
	doubledOK    map[string]bool // lower case
	fusedNames   map[string]bool // exact
	fusedTitles  map[string]bool // exact, capitalised
	fusedSuffix  []string        // lower case
	fusedEndings []string        // lower case
	units        map[string]bool // lower case
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
	return &repListSet{
		doubledOK:    set("doubled-ok", true),
		fusedNames:   set("fused-names", false),
		fusedTitles:  set("fused-titles", false),
		fusedSuffix:  dataSection(d, "fused-suffixes"),
		fusedEndings: dataSection(d, "fused-endings"),
		units:        set("units", true),
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

// ---------------------------------------------------------------------------
// repetition/doubled-word

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
	buf := make([]byte, 0, 32)
	for si := range a.Sentences {
		s := a.Sentences[si]
		for k := s.FirstWord + 1; k < s.EndWord; k++ {
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
			if repLists.doubledOK[string(buf)] || extra[string(buf)] {
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

// ---------------------------------------------------------------------------
// repetition/repeated-sentence

// repHash hashes the words of [from, to) so that case, punctuation and
// white space do not count. It reads only each word's length and its first
// and last letters (ASCII letters in lower case, other bytes ignored): two
// sentences that hash alike are compared word by word before they count as
// repeated, and in real text almost no different sentences hash alike.
func repHash(a *article.Article, from, to int) uint64 {
	h, _ := repHashes(a, from, to, 0)
	return h
}

// repHashes is repHash of words [from, to) and of their first n words (0
// when there are not n of them, or n is 0), in one pass.
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

func runRepeatedSentence(p *rules.Pass) {
	a := p.Article
	minWords := p.Int("min-words")
	boxes := repBoxLines(a)
	inBoxes := func(x, y int) bool { // two offsets, both in fact boxes
		return boxes != nil && boxes[a.LineAt(x)] && boxes[a.LineAt(y)]
	}
	paras := make(map[uint64]int, len(a.Paragraphs))
	// sents holds the sentences by the hash of their words, and by the hash
	// of their first minWords words (marked with repPrefixMark), for
	// the repeats of an earlier sentence's start. A hash is only a hint:
	// the words are compared before anything is reported.
	sents := make(map[uint64]int, 2*len(a.Sentences))
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
			if qi, ok := paras[ph]; ok {
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
				paras[ph] = pi
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
			ti, ok := sents[h]
			if !ok {
				sents[h] = si
				// The start of an earlier, longer sentence: "“We hold the
				// port” – she said." after "“We hold the port” – she said
				// on the radio."
				if ti, ok := sents[ph]; ok && minWords > 0 {
					t := a.Sentences[ti]
					if t.EndWord-t.FirstWord > n && repSameWords(a, t.FirstWord, t.FirstWord+n, s.FirstWord, s.EndWord) && !inBoxes(t.Start, s.Start) {
						pos := a.Position(t.Start)
						p.Report(s.Span, fmt.Sprintf("this sentence repeats the start of the sentence at line %d", pos.Line), repRemoveSentence(a, s))
					}
					continue
				}
				sents[ph] = si
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

// ---------------------------------------------------------------------------
// repetition/fused-words

// repFuse is one fused word: where the space is missing, and why.
type repFuse struct {
	at     int
	reason string
	unsafe bool
}

// repSeams finds the seams of word w (bytes [start, end) of src).
// prev and next are the words before and after it in its sentence (empty
// spans when there are none).
func repSeams(src []byte, start, end int, prev, next []byte, names map[string]bool, out []repFuse) []repFuse {
	partStart := start // start of the current run of letters
	digits := 0        // digits (and separators) right before the current position
	prevR := rune(-1)
	for i := start; i < end; {
		r, n := utf8.DecodeRune(src[i:end])
		switch {
		case unicode.IsLetter(r):
			if prevR >= 0 && !unicode.IsLetter(prevR) {
				partStart = i
			}
			if unicode.IsUpper(r) && prevR >= 0 && unicode.IsLower(prevR) {
				if f, ok := repCaseSeam(src, start, end, partStart, i, prev, next, names); ok {
					out = append(out, f)
				}
			}
			if digits > 0 {
				if f, ok := repDigitSeam(src, i, end, digits); ok {
					out = append(out, f)
				}
			}
			digits = 0
		case r >= '0' && r <= '9':
			if prevR >= 0 && unicode.IsLetter(prevR) {
				digits = 0
			}
			digits++
		case r == ',' || r == '.':
			// inside a number: "20,000Euros"
		default:
			digits = 0
		}
		prevR = r
		i += n
	}
	return out
}

// repPartEnd returns the end of the run of letters that starts at i.
func repPartEnd(src []byte, i, end int) int {
	for i < end {
		r, n := utf8.DecodeRune(src[i:end])
		if !unicode.IsLetter(r) {
			break
		}
		i += n
	}
	return i
}

// repCaseSeam judges a lower-to-upper seam at i inside the run of letters
// that starts at partStart.
func repCaseSeam(src []byte, start, end, partStart, i int, prev, next []byte, names map[string]bool) (repFuse, bool) {
	partEnd := repPartEnd(src, partStart, end)
	part := src[partStart:partEnd]
	if repLists.fusedNames[string(part)] || names[string(part)] || repLists.fusedNames[string(src[start:end])] {
		return repFuse{}, false
	}
	// The piece before the seam, back to the previous seam or the start.
	lo := i
	for lo > partStart {
		r, n := utf8.DecodeLastRune(src[partStart:lo])
		if unicode.IsUpper(r) {
			lo -= n
			break
		}
		lo -= n
	}
	pre := src[lo:i]
	if utf8.RuneCount(pre) <= 2 || string(pre) == "Mac" {
		return repFuse{}, false // "iPhone", "eBay", "McDonald", "DiCaprio", "LeBlanc", "MacAulay"
	}
	// The word after the seam: a capital and the lower-case letters after it.
	j := i
	_, n := utf8.DecodeRune(src[j:end])
	j += n
	for j < end {
		r, n := utf8.DecodeRune(src[j:end])
		if !unicode.IsLower(r) {
			break
		}
		j += n
	}
	post := src[i:j]
	if j < partEnd {
		// More letters follow the word: "JetBlueAirways" is not judged on "Blue".
		r, _ := utf8.DecodeRune(src[j:end])
		if !unicode.IsUpper(r) {
			return repFuse{}, false
		}
	}
	lowerStart, _ := utf8.DecodeRune(src[lo:i])
	switch {
	case repLists.fusedTitles[string(post)]:
		return repFuse{at: i, reason: fmt.Sprintf("%q and %q run together", pre, post)}, true
	case unicode.IsLower(lowerStart) && lo == partStart && utf8.RuneCount(post) >= 2:
		// "saidPresident": a lower-case word glued to a capitalised one.
		return repFuse{at: i, reason: fmt.Sprintf("%q and %q run together", pre, post)}, true
	case utf8.RuneCount(post) >= 3 && (bytes.Equal(post, prev) || bytes.Equal(pre, next)):
		// "President JonathanPresident Goodluck": a word repeated beside it.
		return repFuse{at: i, reason: fmt.Sprintf("%q and %q run together", pre, post)}, true
	}
	return repFuse{}, false
}

// repDigitSeam judges a digit-to-letter seam at i, after digits digits:
// "2022Europe", "2016claiming"; units ("5bn", "1990s", "21st") are fine.
func repDigitSeam(src []byte, i, end, digits int) (repFuse, bool) {
	j := repPartEnd(src, i, end)
	word := src[i:j]
	first, _ := utf8.DecodeRune(word)
	count := utf8.RuneCount(word)
	var arr [24]byte
	if len(word) < len(arr) && repLists.units[string(repLower(arr[:0], word))] {
		return repFuse{}, false // "14Mbps", "300MHz", "5kWh": a unit in any case
	}
	if unicode.IsUpper(first) {
		if digits < 2 || count < 3 {
			return repFuse{}, false
		}
		for _, r := range string(word)[len(string(first)):] {
			if !unicode.IsLower(r) {
				return repFuse{}, false // "300ER", "2100GMT"
			}
		}
		return repFuse{at: i, reason: fmt.Sprintf("a number and %q run together", word)}, true
	}
	if digits < 3 || count < 3 {
		return repFuse{}, false
	}
	for _, r := range string(word) {
		if !unicode.IsLower(r) {
			return repFuse{}, false
		}
	}
	return repFuse{at: i, reason: fmt.Sprintf("a number and %q run together", word)}, true
}

// repFunctionGlue judges a lower-case word that ends in a function word
// ("improvementand"): the part before it must end like an English word
// ("-ment", "-tion") or stand alone elsewhere in the article.
func repFunctionGlue(a *article.Article, w article.Word, budget *int) (repFuse, bool) {
	b := a.Src[w.Start:w.End]
	for _, c := range b {
		if c < 'a' || c > 'z' {
			return repFuse{}, false
		}
	}
	for _, suf := range repLists.fusedSuffix {
		if len(b) < len(suf)+4 || string(b[len(b)-len(suf):]) != suf {
			continue
		}
		pre := b[:len(b)-len(suf)]
		for _, e := range repLists.fusedEndings {
			if len(pre) >= len(e)+3 && string(pre[len(pre)-len(e):]) == e {
				return repFuse{at: w.Start + len(pre), reason: fmt.Sprintf("%q and %q run together", pre, suf), unsafe: true}, true
			}
		}
		if repStopPrefix[string(pre)] || *budget <= 0 {
			continue
		}
		*budget--
		for _, o := range a.Words {
			if o.Len() == len(pre) && bytes.EqualFold(a.Src[o.Start:o.End], pre) {
				return repFuse{at: w.Start + len(pre), reason: fmt.Sprintf("%q and %q run together", pre, suf), unsafe: true}, true
			}
		}
	}
	return repFuse{}, false
}

// The fast pass of repetition/fused-words looks at each byte with the one
// before it: repClass classifies bytes, and repSeamAfter[c] has bit p set
// when a byte of class c after one of class p may be a seam. Each byte is
// judged on its own, so the loop has no chain of dependent loads.
const (
	repLowerClass = iota // a lower-case ASCII letter
	repUpperClass        // an ASCII capital
	repDigitClass        // an ASCII digit
	repWideClass         // a byte of a non-ASCII character
	repPunctClass        // anything else
)

var repClass = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c >= 'a' && c <= 'z':
			t[c] = repLowerClass
		case c >= 'A' && c <= 'Z':
			t[c] = repUpperClass
		case c >= '0' && c <= '9':
			t[c] = repDigitClass
		case c >= utf8.RuneSelf:
			t[c] = repWideClass
		default:
			t[c] = repPunctClass
		}
	}
	return t
}()

var repSeamAfter = [5]uint8{
	repLowerClass: 1 << repDigitClass,                                                                          // "2016claiming"
	repUpperClass: 1<<repLowerClass | 1<<repDigitClass,                                                         // "saidPresident", "2022Europe"
	repWideClass:  1<<repLowerClass | 1<<repUpperClass | 1<<repDigitClass | 1<<repWideClass | 1<<repPunctClass, // look closer
}

// repGlueLast marks the last letters of the fused suffixes.
var repGlueLast = func() (t [256]bool) {
	for _, suf := range repLists.fusedSuffix {
		t[suf[len(suf)-1]] = true
	}
	return t
}()

// repStopPrefix are words that form real words with a function word after
// them ("within", "therefore", "forthwith", "aforesaid").
var repStopPrefix = resWordList(`with there where here what when then them this that upon into onto over
	under some about after before forth afore here there where hence thence whence`)

// repGlueCandidates caps the words per article that are looked up among
// all the article's words, to keep the check linear.
const repGlueCandidates = 4

func runFusedWords(p *rules.Pass) {
	a := p.Article
	src := a.Src
	var names map[string]bool
	if l := p.Strings("extra-names"); len(l) > 0 {
		names = map[string]bool{}
		for _, s := range l {
			names[s] = true
		}
	}
	report := func(w article.Word, f repFuse) {
		p.Report(w.Span, fmt.Sprintf("fused words in %q: %s", src[w.Start:w.End], f.reason),
			&rules.Fix{Description: "insert a space", Unsafe: f.unsafe,
				Edits: []rules.Edit{{Offset: f.at, EndOffset: f.at, Text: " "}}})
	}

	// Seams. One pass over the bytes finds the places where a lower-case
	// letter meets a capital, a digit meets a letter, or a non-ASCII
	// character stands; only the words that hold one are looked at.
	var found []repFuse
	wi, last := 0, -1
	prev := uint8(repPunctClass)
	for i := a.BodyStart; i < len(src); i++ {
		cl := repClass[src[i]]
		seam := repSeamAfter[cl]>>prev&1 != 0
		prev = cl
		if !seam {
			continue
		}
		for wi < len(a.Words) && a.Words[wi].End <= i {
			wi++
		}
		if wi == len(a.Words) {
			break
		}
		if wi == last || a.Words[wi].Start > i || a.Words[wi].Len() < 5 {
			continue
		}
		last = wi
		w := a.Words[wi]
		if repAddress(src, w) {
			continue
		}
		var prevW, nextW []byte
		if wi > 0 && a.Words[wi-1].Sentence == w.Sentence {
			prevW = src[a.Words[wi-1].Start:a.Words[wi-1].End]
		}
		if wi+1 < len(a.Words) && a.Words[wi+1].Sentence == w.Sentence {
			nextW = src[a.Words[wi+1].Start:a.Words[wi+1].End]
		}
		found = repSeams(src, w.Start, w.End, prevW, nextW, names, found[:0])
		for _, f := range found {
			report(w, f)
		}
	}

	// Function words glued to the end of a lower-case word.
	budget := repGlueCandidates
	for _, w := range a.Words {
		if w.Len() < 7 || !repGlueLast[src[w.End-1]] || src[w.Start] < 'a' || src[w.Start] > 'z' {
			continue
		}
		if f, ok := repFunctionGlue(a, w, &budget); ok {
			report(w, f)
		}
	}
}

// repAddress reports a word that is part of a handle, hashtag, URL or
// e-mail address, which keep their case.
func repAddress(src []byte, w article.Word) bool {
	if w.Start > 0 {
		switch src[w.Start-1] {
		case '@', '#', '/', '.', ':', '_', '=', '\\', '&':
			return true
		}
	}
	if w.End+1 < len(src) {
		c := src[w.End]
		if c == '@' || c == '/' || c == '_' || (c == '.' && unicode.IsLetter(rune(src[w.End+1]))) {
			return true
		}
	}
	return false
}

// ---------------------------------------------------------------------------

func init() {
	register(
		&rules.Check{
			ID: "repetition/doubled-word",
			Doc: "Finds a word typed twice in a row (\"the the\", \"to to\", \"strike strike\"), also " +
				"across a line break. Doubles that good English allows are left alone: \"had had\", \"that " +
				"that\", \"really really\", \"no no no\", \"what it is is\", \"this this new law\", particles meeting a preposition " +
				"(\"log in in Paris\"), and capitalised doubles, which are names and titles (\"Duran Duran\", " +
				"\"Girls Girls Girls\"). The fix deletes the repeat; it deletes a word, so it is unsafe, though " +
				"for function words such as \"the the\" it is mechanical.",
			Bad:      "Dock workers are the the most affected.\n",
			Good:     "He had had enough of Duran Duran, and said that that was that.\n",
			Severity: rules.Warning,
			Params: []rules.Param{
				{Name: "extra-allowed", Kind: rules.Strings, Default: []string{},
					Doc: "more words that may stand twice in a row (case-insensitive)"},
			},
			Run: runDoubledWord,
		},
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
		&rules.Check{
			ID: "repetition/fused-words",
			Doc: "Finds two words run together, a common artifact of stripped markup, where the evidence is " +
				"strong: a lower-case word glued to a capitalised one (\"saidPresident\"), a capitalised word " +
				"glued to a function word or a title (\"JonathanPresident\", \"reportThe\"), a number glued " +
				"to a word (\"2022Europe\", \"2016claiming\"; not units, in any case, such as \"5bn\", \"1990s\" or \"14Mbps\"), and a " +
				"function word glued to a word that ends like an English word or stands alone elsewhere in " +
				"the article (\"improvementand\"). CamelCase names are left alone (\"iPhone\", \"McDonald\", " +
				"\"DaimlerChrysler\", \"PlayStation\", \"easyJet\"; the list is data and extendable). The fix " +
				"inserts the space; it is unsafe for the last kind, which is a guess.",
			Bad:      "The minister described the offer as a clear improvementand said the talks would resume in 2022Europe.\n",
			Good:     "Shares in DaimlerChrysler, GlaxoSmithKline and easyJet rose, and iPhone sales in the 1990s were 5bn.\n",
			Severity: rules.Warning,
			Params: []rules.Param{
				{Name: "extra-names", Kind: rules.Strings, Default: []string{},
					Doc: "more CamelCase names never to split (exact)"},
			},
			Run: runFusedWords,
		},
	)
}
