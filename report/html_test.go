package report

import (
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

// displayed is the text an article shows in the HTML report: the file
// without its byte order mark, with "\r\n" as "\n".
func displayed(a *article.Article) string {
	return strings.ReplaceAll(string(a.Src[a.BodyStart:]), "\r\n", "\n")
}

// segText joins the segments back into text, dropping the glyphs that only
// show invisible characters.
func segText(segs []htmlSeg) string {
	var b strings.Builder
	for _, s := range segs {
		b.WriteString(s.Text)
		for _, p := range s.Parts {
			b.WriteString(p.Text)
		}
	}
	return b.String()
}

func TestSegmentsCoverTheText(t *testing.T) {
	files := sample(t)
	a := files[0].Article
	segs := segments(&File{Article: a}, files[0].Findings)
	if got, want := segText(segs), displayed(a); got != want {
		// The sample has a BOM and CRLF lines; glyph-only parts (the "\r")
		// are dropped, so the texts must match exactly.
		t.Errorf("segments give\n%q\nwant\n%q", got, want)
	}
	marked := map[string]bool{}
	for _, s := range segs {
		if s.Mark {
			for _, id := range strings.Fields(s.IDs) {
				marked[id] = true
			}
		}
	}
	if len(marked) != len(files[0].Findings) {
		t.Errorf("%d findings have a highlight, want %d", len(marked), len(files[0].Findings))
	}
}

// TestSegmentsOverlap: overlapping, nested and empty ranges split the text
// into marks that list every finding covering them.
func TestSegmentsOverlap(t *testing.T) {
	src := "Alpha beta gamma delta.\n"
	a, err := article.Parse("x", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	span := func(s string) article.Span {
		i := strings.Index(src, s)
		return article.Span{Start: i, End: i + len(s)}
	}
	fs := []rules.Finding{
		{Rule: "a/one", Severity: rules.Info, Span: span("Alpha beta")},
		{Rule: "a/two", Severity: rules.Error, Span: span("beta gamma")},
		{Rule: "a/three", Severity: rules.Warning, Span: span("gam")},
		{Rule: "a/four", Severity: rules.Warning, Span: article.Span{Start: span("delta").Start, End: span("delta").Start}},
	}
	rules.SortFindings(fs)
	var got []string
	for _, s := range segments(&File{Article: a}, fs) {
		switch {
		case s.Point:
			got = append(got, "^["+s.IDs+"]")
		case s.Mark:
			got = append(got, segText([]htmlSeg{s})+"["+s.IDs+"|"+s.Class+"]")
		default:
			got = append(got, s.Text)
		}
	}
	want := []string{
		"Alpha [0|s-info]", "beta[0 1|s-error multi]", " [1|s-error]", "gam[1 2|s-error multi]", "ma[1|s-error]",
		" ", "^[3]", "delta.\n",
	}
	if strings.Join(got, "/") != strings.Join(want, "/") {
		t.Errorf("segments\n%q\nwant\n%q", got, want)
	}
}

func TestSegmentsShowInvisibles(t *testing.T) {
	src := "\uFEFFOne\u00A0two\u200B.\n"
	a, err := article.Parse("x", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	fs := []rules.Finding{
		{Rule: "a/bom", Severity: rules.Warning, Span: article.Span{Start: 0, End: 3}},
		{Rule: "a/nbsp", Severity: rules.Warning, Span: article.Span{Start: 6, End: 8}},
	}
	segs := segments(&File{Article: a}, fs)
	var glyphs []string
	for _, s := range segs {
		for _, p := range s.Parts {
			if p.Glyph != "" {
				glyphs = append(glyphs, p.Glyph)
			}
		}
	}
	if strings.Join(glyphs, "") != "¤⍽" {
		t.Errorf("glyphs %q, want the BOM and the no-break space shown", glyphs)
	}
	// The zero-width space outside any finding stays as it is.
	if !strings.Contains(segText(segs), "two\u200B.") {
		t.Errorf("text %q", segText(segs))
	}
}

func TestDiffMiddle(t *testing.T) {
	for _, c := range [][5]string{
		{"however , said", "however, said", "however", " ", ""},
		{"Europe.The", "Europe. The", "Europe.", "", " "},
		{"20, 000", "20,000", "20,", " ", ""},
		{"“a”", "\"a\"", "", "“a”", "\"a\""},
		{"same", "same", "same", "", ""},
	} {
		pre, del, ins, suf := diffMiddle(c[0], c[1])
		if pre != c[2] || del != c[3] || ins != c[4] || pre+del+suf != c[0] || pre+ins+suf != c[1] {
			t.Errorf("diffMiddle(%q, %q) = %q %q %q %q", c[0], c[1], pre, del, ins, suf)
		}
	}
}

func TestScore(t *testing.T) {
	fs := []rules.Finding{{Severity: rules.Error}, {Severity: rules.Warning}, {Severity: rules.Info}}
	if got := Score(fs, 1000); got != 14 {
		t.Errorf("score %v, want 14 (10+3+1 per 1,000 words)", got)
	}
	if got := Score(fs, 10); got != 140 {
		t.Errorf("score of a 10-word text %v, want 140 (counted as 100 words)", got)
	}
	if Score(nil, 500) != 0 {
		t.Error("no findings, score 0")
	}
}

// TestHTMLEscapes: an article, a path and a message with markup render as
// text; the only <script> element is the report's own.
func TestHTMLEscapes(t *testing.T) {
	src := "The union said that <script>alert(1)</script> is not what it wanted.\n\n<img src=x onerror=alert(2)> & more.\n"
	a, err := article.Parse("x", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	i := strings.Index(src, "<script>")
	f := &File{Path: "news/<b>bold</b>.txt", Article: a, Findings: []rules.Finding{
		{Rule: "residue/shortcode", Severity: rules.Warning, Message: `markup "<script>" left in the text`,
			Span: article.Span{Start: i, End: i + len("<script>")},
			Fix:  rules.Replace("remove </script>", article.Span{Start: i, End: i + len("<script>")}, "")},
	}}
	bad := &File{Path: "news/<i>.txt", Err: errors.New("not valid UTF-8 at byte 3 <here>")}
	out := string(renderOpts(t, "html", Options{}, []*File{f, bad}))
	if n := strings.Count(out, "<script"); n != 1 {
		t.Errorf("%d <script elements, want only the report's own", n)
	}
	for _, bad := range []string{"<img", "<b>bold", "<i>.txt", "<here>"} {
		if strings.Contains(out, bad) {
			t.Errorf("report contains unescaped %q", bad)
		}
	}
	for _, want := range []string{
		"&lt;script&gt;</mark>alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt; &amp; more.",
		"news/&lt;b&gt;bold&lt;/b&gt;.txt", "not valid UTF-8 at byte 3 &lt;here&gt;",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
}

var (
	markRE = regexp.MustCompile(`<mark class="[^"]*" data-f="([0-9 ]+)"`)
	rowRE  = regexp.MustCompile(`<tr data-a="(a[0-9]+)"`)
)

// TestHTMLReport checks the sample's report: every finding highlighted and
// listed, the file that could not be read shown with its error, the
// overview sorted worst first.
func TestHTMLReport(t *testing.T) {
	files := sample(t)
	extra, err := article.Parse("news/b.txt", []byte("Markets rose , and fell.\n"))
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, &File{Path: "news/b.txt", Article: extra, Findings: []rules.Finding{
		{Rule: "punctuation/space-before", Severity: rules.Warning, Message: "space before comma", Span: article.Span{Start: 12, End: 14}},
	}})
	out := string(renderOpts(t, "html", Options{Rules: sampleRules(), Version: "0.1.0-dev"}, files))
	// Findings of the first article: each id in a mark, each in the list.
	first := out[strings.Index(out, `id="a1"`):strings.Index(out, `id="a2"`)]
	ids := map[string]bool{}
	for _, m := range markRE.FindAllStringSubmatch(first, -1) {
		for _, id := range strings.Fields(m[1]) {
			ids[id] = true
		}
	}
	if len(ids) != 3 || strings.Count(first, `<li class="f `) != 3 {
		t.Errorf("first article: %d findings highlighted, %d listed; want 3 and 3", len(ids), strings.Count(first, `<li class="f `))
	}
	for _, want := range []string{
		`class="art failed" id="a2"`, "binary file (contains NUL bytes) at byte 10", // the error, in its section
		"could not be checked: binary file", // and in the table
		"<b>4</b> files", "<b>1</b> error", "<b>3</b> warnings",
		`however<del> </del>, said`, `however<ins></ins>, said`,
		"1 file with no findings is not listed here",
		"defect score",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	// Worst first: the failed file, then the short article with one
	// warning (counted as 100 words: 30), then news/a.txt (23 words, 160).
	var order []string
	for _, m := range rowRE.FindAllStringSubmatch(out, -1) {
		order = append(order, m[1])
	}
	if strings.Join(order, " ") != "a2 a1 a4" {
		t.Errorf("table order %v, want a2 a1 a4", order)
	}
	if !strings.HasSuffix(out, "</html>\n") {
		t.Error("report does not end with </html>")
	}
}

// TestHTMLEmpty: a run with no files still makes a whole page.
func TestHTMLEmpty(t *testing.T) {
	out := string(renderOpts(t, "html", Options{}, nil))
	if !strings.HasPrefix(out, "<!DOCTYPE html>") || !strings.HasSuffix(out, "</html>\n") {
		t.Errorf("not a whole page:\n%s", out)
	}
}
