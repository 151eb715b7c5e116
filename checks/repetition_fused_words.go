package checks

import (
	"bytes"
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

// repetition/fused-words: two words run together when markup was stripped.

func init() {
	register(
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

// repFunctionGlue judges a lower-case ASCII word (the caller reads it from
// the word's shape) that ends in a function word ("improvementand"): the
// part before it must end like an English word ("-ment", "-tion") or stand
// alone elsewhere in the article.
func repFunctionGlue(a *article.Article, w article.Word, budget *int) (repFuse, bool) {
	b := a.Src[w.Start:w.End]
	for _, suf := range repGlueByLast[b[len(b)-1]] {
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
		// The word elsewhere, in any case: a word of the same length that
		// folds to pre is ASCII, so its hash is pre's.
		h := article.WordHash(pre)
		for oi, o := range a.Words {
			if a.Hashes[oi] == h && o.Len() == len(pre) && bytes.EqualFold(a.Src[o.Start:o.End], pre) {
				return repFuse{at: w.Start + len(pre), reason: fmt.Sprintf("%q and %q run together", pre, suf), unsafe: true}, true
			}
		}
	}
	return repFuse{}, false
}

// repMaySeam reports whether a word of the given shape may hold a seam:
// it has a character outside ASCII, an ASCII capital after its first
// character, or both digits and lower-case letters.
func repMaySeam(shape article.WordShape) bool {
	return shape.Any(article.NonASCII|article.UpperInner) || shape.Has(article.Digit|article.Lower)
}

// repHasSeam reports whether word w (of the given shape) holds a seam: a
// character outside ASCII, or an ASCII capital after a lower-case letter or
// a digit, or a lower-case letter after a digit.
func repHasSeam(src []byte, w article.Word, shape article.WordShape) bool {
	switch {
	case shape.Any(article.NonASCII):
		return true
	case !repMaySeam(shape):
		return false
	}
	for j := w.Start + 1; j < w.End; j++ {
		prev, c := src[j-1], src[j]
		if isASCIIDigit(prev) && isASCIILetter(c) || 'a' <= prev && prev <= 'z' && 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// repGlueByLast lists the fused suffixes by their last letter, in the
// list's order.
var repGlueByLast = func() (t [256][]string) {
	for _, suf := range repLists.fusedSuffix {
		t[suf[len(suf)-1]] = append(t[suf[len(suf)-1]], suf)
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

	// Seams: the places where a lower-case letter meets a capital, a digit
	// meets a letter, or a non-ASCII character stands. The words' shapes
	// say which words may hold one; only those are read.
	var found []repFuse
	for wi, shape := range a.Shapes {
		if !repMaySeam(shape) {
			continue // most words, told by their shape alone
		}
		w := a.Words[wi]
		if w.Len() < 5 || !repHasSeam(src, w, shape) || repAddress(src, w) {
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
	for wi, shape := range a.Shapes {
		if !shape.LowerASCII() {
			continue
		}
		w := a.Words[wi]
		if w.Len() < 7 || repGlueByLast[src[w.End-1]] == nil {
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
