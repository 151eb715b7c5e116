package checks

import (
	"bytes"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

// This file holds the checks on misplaced marks: doubled, stray-period and
// spaced-number.

var doubledCheck = &rules.Check{
	ID: "punctuation/doubled",
	Doc: "Reports doubled punctuation, with or without a space between the marks: \"shorter week. . " +
		"This\", \",,\", \". ,\", \";;\", \"night owl?.\". Machine translation and careless merging of " +
		"sentences leave such pairs behind. Ellipses (\"...\", \"…\", \". . .\"), repeated or combined " +
		"question and exclamation marks (\"!!\", \"?!\"), a title ending in \"!\" or \"?\" followed by a " +
		"comma (\"Run!, starring\") and an abbreviation's period followed by another mark " +
		"(\"Inc.,\") are not reported. The fix keeps one mark: the strongest one when a capital or " +
		"the end follows, the weakest when the sentence goes on.",
	Bad:      "The union wants a shorter week. . This Monday, the mayor met them,, again.",
	Good:     "The union wants a shorter week. This Monday, the mayor met them, again.",
	Severity: rules.Warning,
	Run:      runDoubled,
}

var strayPeriodCheck = &rules.Check{
	ID: "punctuation/stray-period",
	Doc: "Reports a period inside a sentence: a period followed by a lowercase word, as in \"a grant " +
		"of 2.5 million. crowns\" or \"the plan. of a second harbour\". Translation engines copy " +
		"periods from abbreviations and number formats of the source language. A period after an " +
		"abbreviation (\"approx. two\", \"etc. and\", \"vs. the\", \"a.m. on\", \"Ph.D. student\", " +
		"\"e.g. the\", a single initial) is not reported, nor one in a URL or an ellipsis, nor one that ends a " +
		"line of a paragraph written one per line (linebreak/lowercase-start reports the next line).",
	Bad:      "The province approved a grant of 2.5 million. crowns for the ferry.",
	Good:     "The province approved a grant of 2.5 million crowns for the ferry.",
	Severity: rules.Warning,
	Params: []rules.Param{{
		Name:    "abbreviations",
		Kind:    rules.Strings,
		Default: []string{},
		Doc:     "more abbreviations (without the final period) after which a period may stand inside a sentence",
	}},
	Run: runStrayPeriod,
}

var spacedNumberCheck = &rules.Check{
	ID: "punctuation/spaced-number",
	Doc: "Reports spaces inside a number or a dotted abbreviation: \"20, 000 people\", \"$1. 4 billion\", " +
		"\"3. 5%\", \"U. S. President\". A thousands group is reported only when it is exactly three " +
		"digits after one to three, and the number follows a currency sign or precedes a counted noun " +
		"(\"in 2004, 300 people\" and lists such as \"the 147, 156 and 166\" are left alone); a decimal " +
		"only before a percent sign or a magnitude (\"billion\", \"bn\", \"m\") or after a currency sign; " +
		"an abbreviation only when the letters spell a known one (\"J. Smith\" is an initial). A currency " +
		"sign set apart from its amount (\"$ 12 billion\", \"€ 30\", \"R$ 584\", \"R $ 584\") is reported " +
		"too, and so is a line break in place of the space (\"10.\\n4%\"). The fix removes the space.",
	Bad:      "About 20, 000 people marched; the loan is worth $1. 4 billion, or € 1.2 billion, a U. S. official said.",
	Good:     "About 20,000 people marched; the loan is worth $1.4 billion, or €1.2 billion, a U.S. official said.",
	Severity: rules.Warning,
	Params: []rules.Param{{
		Name:    "count-nouns",
		Kind:    rules.Strings,
		Default: countNouns,
		Doc:     "words that, following \"20, 000\", show that it is one number",
	}},
	Run: runSpacedNumber,
}

// strength orders marks for the doubled fix.
func strength(c byte) int {
	switch c {
	case '?', '!':
		return 3
	case '.':
		return 2
	case ':', ';':
		return 1
	}
	return 0
}

func runDoubled(pass *rules.Pass) {
	for _, p := range sharedParagraphs(pass) {
		for i := p.seek(p.lo, clsSentence); i < p.hi; i = p.seek(i, clsSentence) {
			i = doubledRun(pass, p, i)
		}
	}
}

// doubledRun looks at the run of marks that starts at i, reports it when it
// is a slip, and returns where the run ends.
func doubledRun(pass *rules.Pass, p para, i int) int {
	// marks[k] is the offset of the k-th mark; the run may have spaces
	// between its marks.
	// The run is read to its end, however long, so that one fix reduces
	// it to one mark (a fix of part of a run would take many rounds).
	var buf [8]int
	marks := buf[:0]
	j := i
	spaced := false
	for j < p.hi {
		k := p.skipHSpace(j)
		if k >= p.hi || !isSentencePunct(rune(p.src[k])) {
			break
		}
		if k > j {
			if len(marks) == 0 {
				break
			}
			c := p.src[k]
			if nr, _ := p.at(k + 1); c == '.' && article.IsWordRune(nr) {
				break // a domain or extension after a space: "in .uk, .com"
			}
			if c == ':' || c == ';' {
				if nr, _ := p.at(k + 1); nr == '-' || nr == ')' || nr == '(' || nr == 'D' || nr == 'P' || nr == 'p' {
					break // an emoticon: "age. :-)"
				}
			}
			spaced = true
		}
		marks = append(marks, k)
		j = k + 1
	}
	n := len(marks)
	if n == 0 {
		return i + 1
	}
	last := marks[n-1] + 1
	if n == 1 {
		return last
	}
	src := p.src
	periods, bangs := 0, 0
	for _, m := range marks[:n] {
		switch src[m] {
		case '.':
			periods++
		case '!', '?':
			bangs++
		}
	}
	first := src[marks[0]]
	pr, _ := p.before(marks[0])
	nr, _ := p.at(last)
	switch {
	case periods >= 3 || pr == '.' || pr == '…' || nr == '…':
		return last // an ellipsis
	case bangs == n:
		return last // "!!", "?!"
	case first == '!' || first == '?':
		second := src[marks[1]]
		if second == ',' || second == ';' || second == ':' || second == ')' {
			return last // a title: "Run!, starring"
		}
		ws := p.wordStart(marks[0])
		if bangNames[lowerASCII(src[ws:marks[0]])] {
			return last // "Yahoo!."
		}
	case !spaced && (article.IsWordRune(nr) && article.IsWordRune(pr) || p.webToken(marks[0])):
		return last // "std::vector", "../data" in code and paths
	case first == '.' && !spaced && p.isAbbrevBefore(marks[0], nil) && src[marks[1]] != '.':
		return last // "Inc.,", "U.S.:"
	}
	// Keep one mark.
	keep := marks[0]
	if src[marks[1]] != first || n > 2 {
		strongest, weakest := marks[0], marks[0]
		for _, m := range marks[1:n] {
			if strength(src[m]) > strength(src[strongest]) {
				strongest = m
			}
			if strength(src[m]) < strength(src[weakest]) {
				weakest = m
			}
		}
		keep = strongest
		if r, _ := p.at(p.skipHSpace(last)); isLower(r) {
			keep = weakest
		}
	}
	span := article.Span{Start: marks[0], End: last}
	if first == '.' && p.isAbbrevBefore(marks[0], nil) {
		// The abbreviation keeps its period: "U.S. ." loses the second
		// one, "Inc. ," only the space.
		if src[marks[1]] == '.' {
			pass.Report(span, "doubled punctuation", rules.Replace("keep one mark", span, "."))
		} else {
			pass.Report(span, "space between an abbreviation's period and the next mark",
				rules.Replace("remove the space", article.Span{Start: marks[0] + 1, End: marks[1]}, ""))
		}
		return last
	}
	pass.Report(span, "doubled punctuation", rules.Replace("keep one mark", span, string(src[keep])))
	return last
}

func runStrayPeriod(pass *rules.Pass) {
	extra := setOf(pass.Strings("abbreviations"))
	for _, p := range sharedParagraphs(pass) {
		for i := p.lo; i < p.hi; i++ {
			k := bytes.IndexByte(p.src[i:p.hi], '.')
			if k < 0 {
				break
			}
			i += k
			if strayPeriodAt(p, i, extra) && !(p.lineEndAt(i+1) && lineParagraphs(pass.Article, p.index)) {
				// (A period that ends a line of a paragraph written one per
				// line is linebreak/lowercase-start's: the next line lost its
				// head.)
				pass.Report(article.Span{Start: i, End: i + 1}, "period inside a sentence, before a lowercase word",
					rules.Replace("remove the period", article.Span{Start: i, End: i + 1}, ""))
			}
		}
	}
}

// romanLabels are lowercase list labels: "ii. the second point".
var romanLabels = article.WordSet(`i ii iii iv v vi vii viii ix x xi xii`)

func strayPeriodAt(p para, i int, extra map[string]bool) bool {
	pr, _ := p.before(i)
	if !article.IsWordRune(pr) {
		return false
	}
	nr, nn := p.at(i + 1)
	if nn == 0 || !article.IsSpace(nr) {
		return false // "1.5", "elpais.com", the end of the paragraph
	}
	j := i + 1
	for {
		r, n := p.at(j)
		if n == 0 || !article.IsSpace(r) {
			break
		}
		j += n
	}
	we := p.wordEnd(j)
	if we == j {
		return false
	}
	for _, r := range string(p.src[j:we]) {
		if !isLower(r) {
			return false // "eBay", "iPod", "3g"
		}
	}
	if w := p.src[j:we]; len(w) == 1 && w[0] == 'i' {
		return false // "i think": a lowercase sentence, not a stray period
	}
	if r, _ := p.at(we); r == '.' || r == '@' || r == '/' || r == ':' {
		return false // "bbc.co.uk", an address
	}
	if p.isAbbrevBefore(i, extra) || p.webToken(i) || p.webToken(j) {
		return false
	}
	// a list label at the start of a line: "2. the second point"
	ws := p.wordStart(i)
	if r, n := p.before(p.backHSpace(ws)); n == 0 || r == '\n' {
		w := p.src[ws:i]
		if romanLabels[string(w)] || allDigits(w) {
			return false
		}
	}
	return true
}

// lineEndAt reports whether only horizontal space stands between i and a
// line break.
func (p para) lineEndAt(i int) bool {
	j := p.skipHSpace(i)
	return j < p.hi && (p.src[j] == '\n' || p.src[j] == '\r')
}

func allDigits(b []byte) bool {
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return len(b) > 0
}

// countNouns may follow a number that a space split: "20, 000 people".
var countNouns = []string{
	"people", "persons", "jobs", "workers", "employees", "staff", "troops", "soldiers", "residents",
	"homes", "houses", "households", "families", "copies", "units", "cars", "vehicles", "tonnes", "tons",
	"barrels", "kilometres", "kilometers", "km", "miles", "metres", "meters", "feet", "hectares", "acres",
	"euros", "dollars", "pounds", "yen", "yuan", "rupees", "roubles", "rubles", "francs", "shares",
	"votes", "voters", "fans", "spectators", "visitors", "tourists", "users", "customers", "subscribers",
	"students", "children", "pupils", "patients", "cases", "deaths", "victims", "refugees", "migrants",
	"members", "signatures", "protesters", "demonstrators", "police", "officers", "prisoners",
	"inhabitants", "tickets", "seats", "flights", "passengers", "words", "pages", "years",
}

var defaultCountNouns = setOf(countNouns)

// magnitudes may follow a decimal that a space split: "$1. 4 billion".
var magnitudes = article.WordSet(`billion million trillion thousand bn m tn k percent per pc`)

// spacedAbbrevs are the dotted abbreviations that "U. S." spells.
var spacedAbbrevs = article.WordSet(`U.S U.K U.N E.U U.S.A U.A.E a.m p.m e.g i.e Ph.D`)

func isCurrency(r rune) bool {
	return r == '$' || r == '£' || r == '€' || r == '¥' || r == '₽' || r == '₹'
}

func runSpacedNumber(pass *rules.Pass) {
	nouns := listParam(pass, "count-nouns", countNouns, defaultCountNouns)
	for _, p := range sharedParagraphs(pass) {
		// Numbers and the abbreviations looked for are ASCII: other bytes
		// only need skipping.
		for i := p.seek(p.lo, clsDigit|clsLetter); i < p.hi; i = p.seek(i, clsDigit|clsLetter) {
			c := p.src[i]
			pr, _ := p.before(i)
			switch {
			case article.IsWordRune(pr):
				i = p.wordEnd(i)
			case byteClass[c]&clsDigit != 0:
				switch {
				case pr == '.' || pr == ',':
					i = p.wordEnd(i)
				case isHSpace(pr) || pr == '\n':
					if j := spacedCurrencyAt(pass, p, i); j > i {
						i = j
						break
					}
					i = spacedNumberAt(pass, p, i, nouns)
				default:
					i = spacedNumberAt(pass, p, i, nouns)
				}
			case pr == '.':
				i = p.wordEnd(i)
			default:
				i = spacedAbbrevAt(pass, p, i)
			}
		}
	}
}

// digitsEnd returns the end of the run of ASCII digits at i.
func (p para) digitsEnd(i int) int {
	for i < p.hi && p.src[i] >= '0' && p.src[i] <= '9' {
		i++
	}
	return i
}

// spacedNumberAt looks at the number starting at s and returns where to go
// on scanning.
func spacedNumberAt(pass *rules.Pass, p para, s int, nouns map[string]bool) int {
	e := p.digitsEnd(s)
	if e-s > 3 || e+2 >= p.hi {
		return e
	}
	sep := p.src[e]
	if sep != ',' && sep != '.' {
		return e
	}
	// The gap after the separator: one space, or a line break ("10.\n4%").
	ts := e + 1
	switch {
	case p.src[ts] == ' ':
		ts++
	case p.src[ts] == '\n':
		ts++
	case p.src[ts] == '\r' && ts+1 < p.hi && p.src[ts+1] == '\n':
		ts += 2
	default:
		return e
	}
	te := p.digitsEnd(ts)
	if te == ts {
		return e
	}
	pr, _ := p.before(s)
	currency := isCurrency(pr)
	after := p.skipHSpace(te)
	next := lowerASCII(p.src[after:p.wordEnd(after)])
	if nr, _ := p.at(te); article.IsWordRune(nr) {
		next = lowerASCII(p.src[te:p.wordEnd(te)]) // "3. 5bn"
	}
	ok := false
	switch sep {
	case ',':
		if te-ts != 3 {
			return e
		}
		if nr, _ := p.at(te); nr == ',' || nr == '.' {
			if r2, _ := p.at(te + 1); isDigitRune(r2) || isHSpace(r2) && !currency {
				return e // "1, 000,000" or a list "147, 156, 166"
			}
		}
		if r, _ := p.before(p.backHSpace(s)); r == ',' {
			return e // a list: "the 147, 156, 156"
		}
		ok = currency || (nouns[next] && after > te)
	case '.':
		if te-ts > 3 {
			return e
		}
		nr, _ := p.at(te)
		ok = currency || nr == '%' || magnitudes[next]
	}
	if !ok {
		return e
	}
	msg, desc := "space inside a number", "remove the space"
	if p.src[e+1] != ' ' {
		msg, desc = "line break inside a number", "remove the line break"
	}
	pass.Report(article.Span{Start: s, End: te}, msg,
		rules.Replace(desc, article.Span{Start: e + 1, End: ts}, ""))
	return te
}

// currencyPrefixes are the letters that, written apart from a dollar sign,
// still belong to it: "R $ 584" is R$584, Brazil's real.
var currencyPrefixes = article.WordSet(`R US NZ HK NT RD TT AU CA MX`)

// spacedCurrencyAt looks for a currency sign set apart from the amount
// that starts at s: "$ 12 billion", "€ 30", "R$ 584", "R $ 584". It returns
// where to go on scanning, or s when there is nothing to report.
func spacedCurrencyAt(pass *rules.Pass, p para, s int) int {
	// Back over the gap: spaces, or a line break inside the paragraph.
	k := s
	for {
		r, n := p.before(k)
		if n == 0 || !(isHSpace(r) || r == '\n' || r == '\r') {
			break
		}
		k -= n
	}
	sign, n := p.before(k)
	if !isCurrency(sign) {
		return s
	}
	cs := k - n
	start := cs
	edits := []rules.Edit{{Offset: k, EndOffset: s}}
	pb, _ := p.before(cs)
	switch {
	case isUpper(pb):
		// Letters written against the sign: "R$", "US$", "A$".
		ws := p.wordStart(cs)
		if cs-ws > 3 || !allUpperASCII(p.src[ws:cs]) {
			return s
		}
		if r, m := p.before(ws); m > 0 && !article.IsSpace(r) && !article.IsOpener(r) {
			return s
		}
		start = ws
	case isHSpace(pb):
		// "R $ 584": a currency prefix set apart too.
		gs := p.backHSpace(cs)
		if r, _ := p.before(gs); isDigitRune(r) {
			return s // "5 $ 10": a sign between numbers
		}
		ws := p.wordStart(gs)
		if ws < gs && currencyPrefixes[string(p.src[ws:gs])] {
			if r, m := p.before(ws); m == 0 || article.IsSpace(r) || article.IsOpener(r) {
				start = ws
				edits = append([]rules.Edit{{Offset: gs, EndOffset: cs}}, edits...)
			}
		}
	case pb != 0 && !article.IsOpener(pb) && pb != '\n':
		return s // "5 $ 10", "x€ 5": not a price
	}
	// The amount: digits, with "," or "." between groups of digits.
	e := p.digitsEnd(s)
	for e+1 < p.hi && (p.src[e] == ',' || p.src[e] == '.') && isDigitRune(rune(p.src[e+1])) {
		e = p.digitsEnd(e + 1)
	}
	what := "space"
	if bytes.ContainsAny(p.src[k:s], "\n") {
		what = "line break"
	}
	pass.Report(article.Span{Start: start, End: e}, what+" between the currency sign and the amount",
		&rules.Fix{Description: "remove the " + what, Edits: edits})
	return e
}

func allUpperASCII(b []byte) bool {
	for _, c := range b {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return len(b) > 0
}

// spacedAbbrevAt looks at a word starting at s for "U. S." and returns
// where to go on scanning.
func spacedAbbrevAt(pass *rules.Pass, p para, s int) int {
	we := p.wordEnd(s)
	if we-s > 2 {
		return we
	}
	// Collect up to three groups "X." of one or two letters, one space
	// between groups.
	var ends [3]int   // the end of each group, after its period
	var spaces [3]int // the start of the group after each space
	n := 0
	for j := s; n < len(ends); {
		ge := p.wordEnd(j)
		if ge == j || ge-j > 2 || !allLetters(p.src[j:ge]) || ge >= p.hi || p.src[ge] != '.' {
			break
		}
		ends[n] = ge + 1
		n++
		if ge+2 >= p.hi || !isHSpace(rune(p.src[ge+1])) {
			break
		}
		j = ge + 2
		spaces[n-1] = j
	}
	// The longest run of groups that spells a known abbreviation.
	for g := n; g >= 2; g-- {
		var buf [16]byte
		b := buf[:0]
		for k := 0; k < g; k++ {
			from := s
			if k > 0 {
				from = spaces[k-1]
				b = append(b, '.')
			}
			b = append(b, p.src[from:ends[k]-1]...)
		}
		if !spacedAbbrevs[string(b)] {
			continue
		}
		edits := make([]rules.Edit, g-1)
		for k := range edits {
			edits[k] = rules.Edit{Offset: ends[k], EndOffset: spaces[k]}
		}
		pass.Report(article.Span{Start: s, End: ends[g-1]}, "space inside an abbreviation",
			&rules.Fix{Description: "remove the spaces", Edits: edits})
		return ends[g-1]
	}
	return we
}
