package checks

import (
	"bytes"
	"slices"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

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

func init() { register(spacedNumberCheck) }

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

// runSpacedNumber reads the paragraph's runs of word characters in order,
// as a scan would, but visits only those that can start a finding, all of
// which a mark points at: a number of one to three digits before "," or
// "." ("20, 000", "1. 4"), a group of one or two letters before "." ("U.
// S."), and a number after a currency sign and white space ("$ 12"). A run
// that starts no finding only tells the scan where to go on, never past
// the next run; a finding tells it to go on after what it reported.
func runSpacedNumber(pass *rules.Pass) {
	nouns := listParam(pass, "count-nouns", countNouns, defaultCountNouns)
	a := pass.Article
	var buf [64]int // most paragraphs have fewer starts: no allocation
	starts := buf[:0]
	for pi := range a.Paragraphs {
		p := paraAt(a, pi)
		starts = spacedStarts(p, p.marks(a), starts[:0])
		next := p.lo
		for _, s := range starts {
			if s >= next {
				next = spacedAt(pass, p, s, nouns)
			}
		}
	}
}

// spacedStarts appends to out, in order and once each, the offsets of the
// paragraph's runs of ASCII letters and digits that may start a spaced
// number, abbreviation or currency amount (see runSpacedNumber).
func spacedStarts(p para, marks []int, out []int) []int {
	src := p.src
	for _, m := range marks {
		switch c := src[m]; {
		case c == ',' || c == '.':
			k := m
			for k > p.lo && m-k < 4 && isASCIIDigit(src[k-1]) {
				k--
			}
			if d := m - k; d >= 1 && d <= 3 {
				out = append(out, k) // "20, 000", "$1. 4 billion"
			}
			if c == '.' {
				k = m
				for k > p.lo && m-k < 3 && isASCIILetter(src[k-1]) {
					k--
				}
				if d := m - k; d >= 1 && d <= 2 {
					out = append(out, k) // "U. S."
				}
			}
		default:
			r, n := p.at(m)
			if !isCurrency(r) {
				continue
			}
			k := m + n
			for {
				r, n := p.at(k)
				if n == 0 || !(isHSpace(r) || r == '\n' || r == '\r') {
					break
				}
				k += n
			}
			if k < p.hi && isASCIIDigit(src[k]) {
				out = append(out, k) // "$ 12", "€ 30"
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// spacedAt looks at the run of ASCII letters or digits at s as the scan
// would and returns where to go on.
func spacedAt(pass *rules.Pass, p para, s int, nouns map[string]bool) int {
	c := p.src[s]
	pr, _ := p.before(s)
	switch {
	case article.IsWordRune(pr):
		return p.wordEnd(s)
	case byteClass[c]&clsDigit != 0:
		switch {
		case pr == '.' || pr == ',':
			return p.wordEnd(s)
		case isHSpace(pr) || pr == '\n':
			if j := spacedCurrencyAt(pass, p, s); j > s {
				return j
			}
		}
		return spacedNumberAt(pass, p, s, nouns)
	case pr == '.':
		return p.wordEnd(s)
	}
	return spacedAbbrevAt(pass, p, s)
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
