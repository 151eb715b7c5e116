package checks

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/lang"
	"github.com/mtlint/mtlint/rules"
)

// residue/timestamp: timestamp and metadata lines, ISO date-times and
// publication stamps left in the body.

func init() {
	register(
		&rules.Check{
			ID: "residue/timestamp",
			Doc: "Finds timestamps and metadata lines left in the body by the scraper: a line that holds " +
				"nothing but a date or time, possibly after a section path or \"Updated\" " +
				"(\"2023-10-12T08:14:03.512Z\", \"World/Europe 2023-10-02T11:20:47.561Z\", \"Published: " +
				"12/10/2023 - 08:14\", \"Print date: 12-10-2023\"), ISO 8601 date-times inside a line, a date " +
				"stamp opening a line (\"date 2023-11-04 By noon...\") and a publication stamp opening a " +
				"paragraph (\"Posted on Monday, March 9, 2020 at 4:45 p.m. The...\"). Dates in running text, " +
				"datelines (\"LONDON, May 31 (Reuters) -\"), a bare date opening a paragraph (a diary's " +
				"\"Friday, May 8th.\") and the date lines of sports fixtures and results (\"Saturday, 14 " +
				"October\" above \"Valencia v Cadiz\") are not flagged. The fix deletes the line or the " +
				"timestamp (unsafe).",
			Bad:      "Dockworkers extend strike\n\n2023-10-12T08:14:03.512Z\n\nThe strike entered its ninth day.\n",
			Good:     "Dockworkers extend strike\n\nVALENCIA, Oct 12 (Reuters) - The strike entered its ninth day on 12 October 2023.\n",
			Severity: rules.Warning,
			Run:      runTimestamp,
		},
	)
}

// Timestamp vocabulary, lower case.
var (
	resMonths   = resWordList(lang.Months)
	resWeekdays = resWordList(lang.Weekdays)
	resZones    = resWordList(`am pm a.m p.m gmt utc bst cet cest eet eest est edt cst cdt mst mdt pst pdt
		et pt ist msk jst aest z h hrs hr`)
	resMeta = resWordList(`published updated posted last modified on at date time created edited
		publicado actualizado publié mis à jour publiziert aktualisiert ago hours hour minutes
		minute mins min days day of the le el de del um date`)
)

// resISOLen returns the length of the ISO 8601 date or date-time at the
// start of b ("2023-10-12", "2023-10-12T08:14:03.512Z", "…+02:00"), or 0;
// timed reports a time part.
func resISOLen(b []byte) (n int, timed bool) {
	if len(b) < 10 || !isASCIIDigits(b[:4]) || b[4] != '-' || !isASCIIDigits(b[5:7]) || b[7] != '-' || !isASCIIDigits(b[8:10]) {
		return 0, false
	}
	n = 10
	if n+6 <= len(b) && (b[n] == 'T' || b[n] == 't') && isASCIIDigits(b[n+1:n+3]) && b[n+3] == ':' && isASCIIDigits(b[n+4:n+6]) {
		n += 6
		timed = true
		for n < len(b) {
			c := b[n]
			if isASCIIDigit(c) || c == ':' || c == '.' || c == 'Z' || c == '+' || c == '-' {
				n++
				continue
			}
			break
		}
	}
	return n, timed
}

type resTimeEvidence struct {
	iso, numDate, clock, month, year, day, weekday, meta bool
	posted                                               bool // "Posted", "Updated", "Published"
}

// resPostedWords say that a date is the page's publication stamp.
var resPostedWords = resWordList(`published updated posted modified created edited date publicado
	actualizado publié publiziert aktualisiert pubblicato aggiornato`)

// resTimestampLine reports a line that holds nothing but a date or time,
// with at most a section path, separators and words such as "Updated":
// "2023-10-12T08:14:03.512Z", "World/Europe 2023-10-02T11:20:47.561Z",
// "Published: 12/10/2023 - 08:14", "Thursday, 12 October 2023, 10:15 GMT".
func resTimestampLine(src []byte, t article.Span) bool {
	ev, ok := resTimestampEvidence(src, t)
	return ok && (ev.iso || ev.numDate || ev.clock || (ev.month && ev.year) ||
		(ev.month && ev.day && (ev.weekday || ev.meta)))
}

// resTimestampSentence reports a sentence that is nothing but a publication
// stamp: a timestamp with a word such as "Posted", or an ISO date ("Posted
// on Monday, March 9, 2020 at 4:45 p.m."). A bare date opening a
// paragraph may be the article's own ("Friday, May 8th. The queue starts
// early…").
func resTimestampSentence(src []byte, t article.Span) bool {
	ev, ok := resTimestampEvidence(src, t)
	return ok && (ev.iso || ev.posted && (ev.numDate || ev.clock || ev.month && (ev.year || ev.day)))
}

// resTimestampEvidence reads the tokens of t as a timestamp; ok is false
// when one of them cannot be part of one.
func resTimestampEvidence(src []byte, t article.Span) (ev resTimeEvidence, ok bool) {
	if t.Len() == 0 || t.Len() > 120 {
		return ev, false
	}
	tokens := 0
	t.Start = resDateLabelEnd(src, t)
	for i := t.Start; i < t.End; {
		r, n := utf8.DecodeRune(src[i:t.End])
		if article.IsSpace(r) {
			i += n
			continue
		}
		j := i
		for j < t.End {
			r, n := utf8.DecodeRune(src[j:t.End])
			if article.IsSpace(r) {
				break
			}
			j += n
		}
		tokens++
		if tokens > 14 {
			return ev, false
		}
		if !resTimeToken(src[i:j], tokens == 1, &ev) {
			return ev, false
		}
		i = j
	}
	return ev, true
}

// resDateLabelEnd returns where the text after a label of one or two
// words ending in a colon starts ("Print date: 12-10-2023"), or t.Start.
func resDateLabelEnd(src []byte, t article.Span) int {
	b := src[t.Start:t.End]
	c := bytes.IndexByte(b, ':')
	if c <= 0 || c > 24 || c+1 >= len(b) || b[c+1] != ' ' {
		return t.Start
	}
	words := 1
	for _, r := range string(b[:c]) {
		switch {
		case r == ' ':
			words++
		case !unicode.IsLetter(r):
			return t.Start
		}
	}
	if words > 2 {
		return t.Start
	}
	return t.Start + c + 1
}

func resTimeToken(tok []byte, first bool, ev *resTimeEvidence) bool {
	// Trim brackets and trailing punctuation.
	for len(tok) > 0 && (tok[0] == '(' || tok[0] == '[') {
		tok = tok[1:]
	}
	for len(tok) > 0 {
		c := tok[len(tok)-1]
		if c == ',' || c == ';' || c == ')' || c == ']' || c == '|' || c == ':' || c == '.' {
			tok = tok[:len(tok)-1]
			continue
		}
		break
	}
	if len(tok) == 0 {
		return true
	}
	// Separators.
	sep := true
	for _, r := range string(tok) {
		if !strings.ContainsRune("|-–—·•/›>»", r) {
			sep = false
			break
		}
	}
	if sep {
		return true
	}
	if n, _ := resISOLen(tok); n == len(tok) {
		ev.iso = true
		return true
	}
	if isASCIIDigit(tok[0]) {
		return resNumericToken(tok, ev)
	}
	if len(tok) > 24 {
		return false
	}
	var arr [32]byte
	low, ok := resFold(arr[:0], tok, 30)
	if !ok {
		return false
	}
	switch {
	case resMonths[string(low)]:
		ev.month = true
	case resWeekdays[string(low)]:
		ev.weekday = true
	case resZones[string(low)]:
	case resMeta[string(low)] || resPostedWords[string(low)]:
		ev.meta = true
		ev.posted = ev.posted || resPostedWords[string(low)]
	case first && bytes.IndexByte(tok, '/') > 0:
		// A section path: "World/Europe".
		for _, r := range string(tok) {
			if r != '/' && r != '-' && !unicode.IsLetter(r) {
				return false
			}
		}
	default:
		return false
	}
	return true
}

// resNumericToken classifies a token that starts with a digit.
func resNumericToken(tok []byte, ev *resTimeEvidence) bool {
	// Digits, then what follows them.
	d := 0
	for d < len(tok) && isASCIIDigit(tok[d]) {
		d++
	}
	rest := tok[d:]
	switch {
	case len(rest) == 0:
		switch {
		case d <= 2:
			ev.day = true
		case d == 4 && (tok[0] == '1' && tok[1] == '9' || tok[0] == '2' && tok[1] == '0'):
			ev.year = true
		default:
			return false
		}
		return true
	case string(rest) == "st" || string(rest) == "nd" || string(rest) == "rd" || string(rest) == "th":
		ev.day = d <= 2
		return d <= 2
	}
	// A clock: 10:30, 10.30, 10h30, 10:30:15, 10:30am, 10:30h.
	if d <= 2 && len(rest) >= 3 && (rest[0] == ':' || rest[0] == '.' || rest[0] == 'h') && isASCIIDigit(rest[1]) && isASCIIDigit(rest[2]) {
		r := rest[3:]
		if len(r) >= 3 && r[0] == ':' && isASCIIDigits(r[1:3]) {
			r = r[3:]
		}
		switch strings.ToLower(string(r)) {
		case "", "am", "pm", "a.m", "p.m", "h", "hrs", "z":
			ev.clock = true
			return true
		}
		return false
	}
	// A date: 31/05/2021, 31.05.21, 5-31-2021.
	if d <= 4 && len(rest) >= 2 && (rest[0] == '/' || rest[0] == '.' || rest[0] == '-') {
		sep := rest[0]
		r := rest[1:]
		d2 := 0
		for d2 < len(r) && isASCIIDigit(r[d2]) {
			d2++
		}
		if d2 >= 1 && d2 <= 2 && d2 < len(r) && r[d2] == sep && isASCIIDigits(r[d2+1:]) && len(r)-d2-1 <= 4 && len(r)-d2-1 >= 2 {
			ev.numDate = true
			return true
		}
	}
	// "10am", "3pm"
	switch strings.ToLower(string(rest)) {
	case "am", "pm", "h":
		if d <= 2 {
			ev.clock = true
			return true
		}
	}
	return false
}

// resTimestampLines marks the lines that are nothing but a timestamp, but
// for the date lines of a sports fixture block ("Saturday, 14 October"
// above "Valencia v Cadiz (1500 BST)"), which are content.
func resTimestampLines(a *article.Article) []bool {
	var out []bool
	for li, l := range a.Lines {
		if l.Blank() || !resTimestampLine(a.Src, l.Text) || resNextToFixture(a, li) {
			continue
		}
		if out == nil {
			out = make([]bool, len(a.Lines))
		}
		out[li] = true
	}
	return out
}

// resNextToFixture reports a line right above or below a line of a
// fixture block or a result ("Valencia v Cadiz", "Bilbao 2-1 Vigo",
// "Kick-off: 1500 BST"), a blank line apart at most.
func resNextToFixture(a *article.Article, li int) bool {
	for _, d := range []int{1, 2, -1, -2} {
		k := li + d
		if k < 0 || k >= len(a.Lines) {
			continue
		}
		if a.Lines[k].Blank() {
			continue
		}
		if (d == 2 || d == -2) && !a.Lines[li+d/2].Blank() {
			continue
		}
		if !resTimestampLine(a.Src, a.Lines[k].Text) && resFixtureLine(a.Text(a.Lines[k].Text)) {
			return true // a timestamp line is no fixture, whatever time it holds
		}
	}
	return false
}

// resSidesLine reports a short line naming two sides of a fixture or a
// result: "Valencia v Cadiz", "Bilbao vs. Vigo", "Bilbao 2-1 Vigo".
func resSidesLine(b []byte) bool {
	if len(b) > 120 {
		return false
	}
	for _, sep := range []string{" v ", " vs ", " vs. ", " V "} {
		if i := bytes.Index(b, []byte(sep)); i > 0 && i+len(sep) < len(b) {
			return true
		}
	}
	// A score between two words: "Bilbao 2-1 Vigo".
	for i := 1; i+2 < len(b); i++ {
		if b[i] == '-' && isASCIIDigit(b[i-1]) && isASCIIDigit(b[i+1]) && (i < 2 || b[i-2] == ' ') && (i+2 >= len(b) || b[i+2] == ' ') {
			return i >= 3 && i+3 < len(b)
		}
	}
	return false
}

// resDatePrefix returns the end of a date stamp opening line text t and
// followed by more text: an ISO date, with a time or without, after at
// most one word such as "date" or "Updated" ("date 2023-11-04 By
// noon…"). It returns 0 when there is none.
func resDatePrefix(src []byte, t article.Span) int {
	b := src[t.Start:t.End]
	i := 0
	if n, _ := resISOLen(b); n == 0 {
		sp := bytes.IndexByte(b, ' ')
		if sp <= 0 || sp > 12 {
			return 0
		}
		var arr [16]byte
		w, ok := resFold(arr[:0], bytes.TrimRight(b[:sp], ":"), 14)
		if !ok || !resMeta[string(w)] {
			return 0
		}
		i = sp + 1
	}
	n, _ := resISOLen(b[i:])
	if n == 0 || i+n >= len(b) || b[i+n] != ' ' {
		return 0
	}
	return t.Start + i + n
}

// resTimestampKey keys the timestamp lines of an article, which
// residue/timestamp reports and residue/site-chrome takes as evidence.
type resTimestampKey struct{}

// resSharedTimestampLines returns resTimestampLines, computed once per run.
func resSharedTimestampLines(p *rules.Pass) []bool {
	return p.Shared(resTimestampKey{}, func(a *article.Article) any { return resTimestampLines(a) }).([]bool)
}

func runTimestamp(p *rules.Pass) {
	a := p.Article
	src := a.Src
	var hits []resHit
	lines := resSharedTimestampLines(p)
	wi, si := 0, 0
	for li, l := range a.Lines {
		if l.Blank() {
			continue
		}
		if lines != nil && lines[li] {
			hits = append(hits, resHit{line: li, span: l.Text, msg: "timestamp line " + resQuote(a.Text(l.Text)) + " left in the text"})
			continue
		}
		// A date stamp opening the line, or a sentence that is nothing
		// but a timestamp at its start ("Posted on Monday, March 9, 2020
		// at 4:45 p.m. The ferry…").
		prefix := article.Span{Start: l.Text.Start, End: resDatePrefix(src, l.Text)}
		if prefix.End == 0 {
			for si < len(a.Sentences) && a.Sentences[si].End <= l.Text.Start {
				si++
			}
			if si < len(a.Sentences) && a.Sentences[si].Start == l.Text.Start && a.Sentences[si].End < l.Text.End &&
				a.LineAt(a.Sentences[si].End) == li && resTimestampSentence(src, a.Sentences[si].Span) {
				prefix.End = a.Sentences[si].End
			}
		}
		if prefix.End > 0 {
			hits = append(hits, resHit{line: li, span: prefix, inline: true, msg: "timestamp " + resQuote(a.Text(prefix)) + " left in the text"})
		}
		// An ISO date-time inside a line.
		for wi < len(a.Words) && a.Words[wi].Start < l.Text.Start {
			wi++
		}
		for ; wi < len(a.Words) && a.Words[wi].Start < l.Text.End; wi++ {
			w := a.Words[wi]
			if w.Start < prefix.End || w.Len() < 11 || !isASCIIDigit(src[w.Start]) {
				continue
			}
			n, timed := resISOLen(src[w.Start:l.Text.End])
			if n == 0 || !timed {
				continue
			}
			s := article.Span{Start: w.Start, End: w.Start + n}
			hits = append(hits, resHit{line: li, span: s, inline: true, msg: "timestamp " + resQuote(a.Text(s)) + " left in the text"})
		}
	}
	resReport(p, hits, "timestamp")
}

// resFixtureLine reports a line of a fixture block: two sides ("Italy v
// Wales", "Bilbao 2-1 Vigo", see resSidesLine), "Kick-off: 1430 GMT",
// "Venue: Stadio Flaminio", or words with a kick-off time ("Arsenal -
// Chelsea, 15:00").
func resFixtureLine(line []byte) bool {
	if resSidesLine(line) {
		return true
	}
	toks := bytes.Fields(line)
	words, clock := 0, false
	for i, tok := range toks {
		low := strings.ToLower(strings.TrimRight(string(tok), ":,"))
		switch {
		case (low == "v" || low == "vs" || low == "vs.") && i > 0 && i+1 < len(toks):
			return true
		case i == 0 && (low == "kick-off" || low == "venue" || low == "ko"):
			return true
		case isASCIIDigit(tok[0]):
			var ev resTimeEvidence
			t := bytes.Trim(tok, "(),")
			if bytes.IndexByte(t, ':') > 0 && resNumericToken(t, &ev) && ev.clock {
				clock = true // "15:00", not "24h"
			}
			if len(tok) >= 4 && isASCIIDigits(tok[:4]) && i+1 < len(toks) && resZones[strings.ToLower(strings.Trim(string(toks[i+1]), "(),"))] {
				clock = true // "1430 GMT"
			}
		case resZones[strings.Trim(low, "()")]:
		default:
			words++
		}
	}
	return clock && words >= 2 // two sides, or a side and a venue
}
