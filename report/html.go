package report

import (
	"bufio"
	"cmp"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/mtlint/mtlint/rules"
)

// The HTML report: one self-contained page (inline CSS and JavaScript, no
// network) built with html/template, so that every piece of an article's
// text, a path or a message is escaped.
//
// The writer streams. Each file becomes a collapsed <details> section as
// it arrives; the article's text with its highlights and its list of
// findings are inside a <template>, which the browser parses but neither
// styles nor lays out until the section is opened, so a report on
// thousands of articles stays light. Close writes the overview (counts,
// findings by rule, the articles sorted worst first), the filter bar and
// the script; CSS places them above the articles.
//
// The text is split in Go into segments over which the set of findings is
// constant: a segment covered by findings is a <mark> listing them in
// data-f, so overlapping findings split into several marks and nothing
// has to convert byte offsets into JavaScript string positions. An empty
// range (an insertion point) is an empty mark drawn as a caret.

//go:embed assets/report.html.tmpl
var htmlTemplateText string

//go:embed assets/report.css
var htmlCSS string

//go:embed assets/report.js
var htmlJS string

var htmlTemplates = template.Must(template.New("report").Funcs(template.FuncMap{
	"score": func(f float64) string { return strconv.FormatFloat(f, 'f', 1, 64) },
	"inc":   func(i int) int { return i + 1 },
}).Parse(htmlTemplateText))

// Score weights: the defect score of an article is
//
//	1000 × (10·errors + 3·warnings + 1·infos) / max(words, 100)
//
// — severity-weighted findings per 1,000 words, with short texts counted
// as 100 words so that a one-line file with one slip does not top the list.
// 0 is clean; higher is worse.
const (
	scoreError   = 10
	scoreWarning = 3
	scoreInfo    = 1
	scoreMinWord = 100
)

// Score is the defect score of a file's findings over words words.
func Score(findings []rules.Finding, words int) float64 {
	w := 0
	for _, f := range findings {
		switch f.Severity {
		case rules.Error:
			w += scoreError
		case rules.Warning:
			w += scoreWarning
		default:
			w += scoreInfo
		}
	}
	return 1000 * float64(w) / float64(max(words, scoreMinWord))
}

type htmlWriter struct {
	w       *bufio.Writer
	version string
	sum     Summary
	started bool
	n       int
	err     error
	words   int
	rows    []htmlRow
	rules   []*htmlRule
	ruleIdx map[string]int
}

// htmlRule is one rule in the overview and the filters.
type htmlRule struct {
	Index            int
	ID, Doc          string
	Severity         string
	Errors, Warnings int
	Infos, Total     int
}

// htmlRow is one file in the overview table.
type htmlRow struct {
	ID, Name, Err string
	Words         int
	E, W, I       int
	Omitted       int // findings past the per-file limit, not shown
	Score         float64
	Counts        string
}

func newHTML(w io.Writer, opts Options) *htmlWriter {
	h := &htmlWriter{w: bufio.NewWriter(w), version: opts.Version, ruleIdx: map[string]int{}}
	for _, c := range opts.Rules {
		h.rule(c.ID, c)
	}
	return h
}

func (h *htmlWriter) rule(id string, c *rules.Check) *htmlRule {
	if i, ok := h.ruleIdx[id]; ok {
		return h.rules[i]
	}
	r := &htmlRule{Index: len(h.rules), ID: id}
	if c != nil {
		r.Doc, r.Severity = c.Doc, c.Severity.String()
	}
	h.ruleIdx[id] = r.Index
	h.rules = append(h.rules, r)
	return r
}

func (h *htmlWriter) exec(name string, data any) {
	if h.err == nil {
		h.err = htmlTemplates.ExecuteTemplate(h.w, name, data)
	}
}

func (h *htmlWriter) header() {
	if h.started {
		return
	}
	h.started = true
	h.exec("head", struct {
		CSS     template.CSS
		Version string
	}{template.CSS(htmlCSS), h.version})
}

// htmlArticle is what the "article" template renders.
type htmlArticle struct {
	htmlRow
	Worst    string
	Segs     []htmlSeg
	Findings []htmlFinding
}

type htmlFinding struct {
	I               int
	Rule, Sev, Msg  string
	Source          string // the matching range of the source, for a bitext finding
	Line, Col       int
	EndLine, EndCol int
	Fix             *htmlFix
}

type htmlFix struct {
	Pre, Del, Ins, Suf string
	Desc               string
	Unsafe             bool
}

// htmlSeg is a run of text: plain, or a mark covered by the findings IDs.
type htmlSeg struct {
	Mark  bool
	Point bool // an empty range
	IDs   string
	Class string
	Text  string     // plain text
	Parts []htmlPart // a mark's text, with invisible characters shown
}

type htmlPart struct {
	Glyph, Title string // shown in place of (or before) the text
	Text         string
}

func sevLetter(s rules.Severity) byte {
	switch s {
	case rules.Error:
		return 'e'
	case rules.Warning:
		return 'w'
	}
	return 'i'
}

func (h *htmlWriter) File(f *File) error {
	h.sum.Add(f)
	h.header()
	h.n++
	row := htmlRow{ID: "a" + strconv.Itoa(h.n), Name: f.Name()}
	if f.Err != nil {
		row.Err = f.Err.Error()
		row.Score = math.Inf(1)
		h.rows = append(h.rows, row)
		h.exec("article", htmlArticle{htmlRow: row})
		return h.err
	}
	a := f.Article
	row.Words = len(a.Words)
	row.Omitted = len(f.Omitted)
	h.words += row.Words
	row.Score = Score(f.Findings, row.Words)
	type key struct {
		rule int
		sev  byte
	}
	counts := map[key]int{}
	art := htmlArticle{Worst: "none"}
	worst := rules.Severity(0)
	for i, x := range f.Findings {
		r := h.rule(x.Rule, nil)
		r.Total++
		switch x.Severity {
		case rules.Error:
			row.E++
			r.Errors++
		case rules.Warning:
			row.W++
			r.Warnings++
		default:
			row.I++
			r.Infos++
		}
		counts[key{r.Index, sevLetter(x.Severity)}]++
		if x.Severity > worst {
			worst = x.Severity
			art.Worst = x.Severity.String()
		}
		p, q := f.Position(x.Start), f.Position(x.End)
		hf := htmlFinding{I: i, Rule: x.Rule, Sev: x.Severity.String(), Msg: x.Message,
			Line: p.Line, Col: p.Column, EndLine: q.Line, EndCol: q.Column, Source: sourceExcerpt(f, x)}
		if x.Fix != nil && len(x.Fix.Edits) > 0 {
			before, after := FixPreview(f.Bytes(), x.Fix)
			pre, del, ins, suf := diffMiddle(before, after)
			hf.Fix = &htmlFix{Pre: pre, Del: del, Ins: ins, Suf: suf, Desc: x.Fix.Description, Unsafe: x.Fix.Unsafe}
		}
		art.Findings = append(art.Findings, hf)
	}
	keys := make([]key, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(x, y key) int { return cmp.Or(cmp.Compare(x.rule, y.rule), cmp.Compare(x.sev, y.sev)) })
	var c strings.Builder
	for i, k := range keys {
		if i > 0 {
			c.WriteByte(' ')
		}
		fmt.Fprintf(&c, "%d:%c:%d", k.rule, k.sev, counts[k])
	}
	row.Counts = c.String()
	art.htmlRow = row
	art.Segs = segments(f, f.Findings)
	h.rows = append(h.rows, row)
	h.exec("article", art)
	return h.err
}

// diffMiddle splits a fix preview into the common prefix, the part that
// goes, the part that comes and the common suffix.
func diffMiddle(before, after string) (pre, del, ins, suf string) {
	i := 0
	for i < len(before) && i < len(after) && before[i] == after[i] {
		i++
	}
	for i > 0 && i < len(before) && !utf8.RuneStart(before[i]) {
		i--
	}
	j := 0
	for j < len(before)-i && j < len(after)-i && before[len(before)-1-j] == after[len(after)-1-j] {
		j++
	}
	for j > 0 && !utf8.RuneStart(before[len(before)-j]) {
		j--
	}
	return before[:i], before[i : len(before)-j], after[i : len(after)-j], before[len(before)-j:]
}

// segments splits the article's text at every finding boundary. Line
// terminators become "\n"; a byte order mark is dropped unless a finding
// covers it.
func segments(f *File, fs []rules.Finding) []htmlSeg {
	src, bodyStart := f.Bytes(), f.bodyStart()
	cuts := make([]int, 0, 2*len(fs)+2)
	cuts = append(cuts, 0, len(src))
	for _, f := range fs {
		cuts = append(cuts, f.Start, f.End)
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)

	var segs []htmlSeg
	var active []int // non-empty findings covering the current position
	next := 0        // the next finding (by start) not yet active
	pos := 0
	for _, c := range cuts {
		if c > pos {
			segs = append(segs, textSeg(src, bodyStart, fs, active, pos, c))
		}
		pos = c
		active = slices.DeleteFunc(active, func(i int) bool { return fs[i].End <= c })
		for next < len(fs) && fs[next].Start <= c {
			f := fs[next]
			if f.Start == f.End {
				segs = append(segs, htmlSeg{Mark: true, Point: true, IDs: strconv.Itoa(next),
					Class: "s-" + f.Severity.String()})
			} else if f.End > c {
				active = append(active, next)
			}
			next++
		}
	}
	return segs
}

func textSeg(src []byte, bodyStart int, fs []rules.Finding, active []int, start, end int) htmlSeg {
	if len(active) == 0 {
		var b strings.Builder
		for i := start; i < end; i++ {
			switch {
			case src[i] == '\r' && i+1 < len(src) && src[i+1] == '\n':
			case i < bodyStart:
			default:
				b.WriteByte(src[i])
			}
		}
		return htmlSeg{Text: b.String()}
	}
	worst := rules.Severity(0)
	ids := make([]string, len(active))
	for k, i := range active {
		ids[k] = strconv.Itoa(i)
		worst = max(worst, fs[i].Severity)
	}
	class := "s-" + worst.String()
	if len(active) > 1 {
		class += " multi"
	}
	seg := htmlSeg{Mark: true, IDs: strings.Join(ids, " "), Class: class}
	var run strings.Builder
	flush := func() {
		if run.Len() > 0 {
			seg.Parts = append(seg.Parts, htmlPart{Text: run.String()})
			run.Reset()
		}
	}
	for i := start; i < end; {
		r, n := utf8.DecodeRune(src[i:])
		g, title, keep := glyph(r)
		switch {
		case r == '\r' && i+1 < len(src) && src[i+1] == '\n':
			// the "\n" that follows shows the break
		case g != "":
			flush()
			p := htmlPart{Glyph: g, Title: title}
			if keep {
				p.Text = string(r)
			}
			seg.Parts = append(seg.Parts, p)
		default:
			run.WriteRune(r)
		}
		i += n
	}
	flush()
	return seg
}

// glyph is how a character that cannot be seen is shown inside a
// highlight; keep reports whether the character itself follows the glyph
// (a line break still breaks the line).
func glyph(r rune) (g, title string, keep bool) {
	switch r {
	case '\n':
		return "↵", "line break", true
	case '\r':
		return "␍", "carriage return", false
	case '\t':
		return "⇥", "tab", true
	case '\u00A0':
		return "⍽", "no-break space (U+00A0)", false
	case '\u00AD':
		return "¬", "soft hyphen (U+00AD)", false
	case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF':
		return "¤", fmt.Sprintf("invisible character (U+%04X)", r), false
	}
	if r < 0x20 || r == 0x7F {
		return "␀", fmt.Sprintf("control character (U+%04X)", r), false
	}
	return "", "", false
}

// htmlOverview is what the "tail" template renders.
type htmlOverview struct {
	Sum       Summary
	Words     int
	Rows      []htmlRow
	Clean     int
	Rules     []*htmlRule // every rule, for the filters
	Chart     []chartBar  // the rules with findings, most first
	ChartH    int
	ChartW    int
	JS        template.JS
	Version   string
	Weights   [3]int
	MinWords  int
	ShowCheck bool
}

type chartBar struct {
	*htmlRule
	Y, W           int
	EW, WW, IW     float64 // widths of the error, warning and info parts
	EX, WX, IX, TX float64
}

const chartWidth = 300 // pixels for the longest bar

func (h *htmlWriter) Close() error {
	h.header()
	ov := htmlOverview{Sum: h.sum, Words: h.words, Rules: h.rules, JS: template.JS(htmlJS), Version: h.version,
		Weights: [3]int{scoreError, scoreWarning, scoreInfo}, MinWords: scoreMinWord}
	for _, r := range h.rows {
		if r.Err != "" || r.E+r.W+r.I > 0 {
			ov.Rows = append(ov.Rows, r)
		} else {
			ov.Clean++
		}
	}
	slices.SortStableFunc(ov.Rows, func(x, y htmlRow) int {
		return cmp.Or(cmp.Compare(y.Score, x.Score), cmp.Compare(y.E, x.E), cmp.Compare(y.W, x.W), cmp.Compare(x.Name, y.Name))
	})
	most := 0
	for _, r := range h.rules {
		if r.Total > 0 {
			ov.Chart = append(ov.Chart, chartBar{htmlRule: r})
			most = max(most, r.Total)
		}
	}
	slices.SortStableFunc(ov.Chart, func(x, y chartBar) int {
		return cmp.Or(cmp.Compare(y.Total, x.Total), cmp.Compare(x.ID, y.ID))
	})
	const x0 = 270 // bars start after the labels
	for i := range ov.Chart {
		b := &ov.Chart[i]
		b.Y = i * 22
		scale := float64(chartWidth) / float64(most)
		b.EW, b.WW, b.IW = float64(b.Errors)*scale, float64(b.Warnings)*scale, float64(b.Infos)*scale
		b.EX = x0
		b.WX = b.EX + b.EW
		b.IX = b.WX + b.WW
		b.TX = b.IX + b.IW + 6
	}
	ov.ChartH = len(ov.Chart) * 22
	ov.ChartW = x0 + chartWidth + 60
	h.exec("tail", ov)
	if h.err != nil {
		return h.err
	}
	return h.w.Flush()
}

func (h *htmlWriter) Summary() Summary { return h.sum }
