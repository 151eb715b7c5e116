package reader

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

// checkMap asserts the invariants of an article's origin: pieces cover
// the text in order, a verbatim piece is the file's bytes, and the file
// ranges only move forward.
func checkMap(t *testing.T, a *article.Article) {
	t.Helper()
	o := a.Origin
	prevText, prevFile := -1, 0
	for i, p := range o.Pieces {
		if p.Text <= prevText || p.File < prevFile || p.FileEnd < p.File || p.FileEnd > len(o.File) {
			t.Fatalf("piece %d out of order: %+v", i, p)
		}
		end := len(a.Src)
		if i+1 < len(o.Pieces) {
			end = o.Pieces[i+1].Text
		}
		if p.Kind == article.Verbatim && string(a.Src[p.Text:end]) != string(o.File[p.File:p.FileEnd]) {
			t.Fatalf("verbatim piece %d: text %q, file %q", i, a.Src[p.Text:end], o.File[p.File:p.FileEnd])
		}
		prevText, prevFile = p.Text, p.FileEnd
	}
	if len(a.Src) > 0 && (len(o.Pieces) == 0 || o.Pieces[0].Text != 0) {
		t.Fatalf("the pieces do not start the text")
	}
}

func TestMarkdownText(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"soft wrap is a space", "The port reopened\non Monday.\n", "The port reopened on Monday."},
		{"hard breaks are line breaks", "Calle Mayor 4  \nMadrid\\\nSpain\n", "Calle Mayor 4\nMadrid\nSpain"},
		{"emphasis and links are not text, link text is", "The *new* line, says the [ministry](https://example.org), is **open**.\n",
			"The new line, says the ministry, is open."},
		{"blocks are paragraphs", "# Headline\n\nLead paragraph.\n\n- one item\n- another item\n\n> A quoted\n> line.\n",
			"Headline\n\nLead paragraph.\n\none item\n\nanother item\n\nA quoted line."},
		{"code blocks, raw HTML and comments are skipped", "Before.\n\n```go\nx := 1\n```\n\n    indented code\n\n<div class=\"ad\">Advert</div>\n\nAfter <!-- note --> it.\n",
			"Before.\n\nAfter it."},
		{"entities and escapes are decoded", "Fish &amp; chips cost 5 \\* 2 &euro;.\n", "Fish & chips cost 5 * 2 €."},
		{"a name that only starts with an entity's is text", "AT&notit; the &copyright; holder &ampfoo;.\n", "AT&notit; the &copyright; holder &ampfoo;."},
		{"code spans keep their text", "Run `make test` first.\n", "Run make test first."},
		{"images are not read", "![A ship at the quay](ship.jpg)\n\nThe ship docked.\n", "The ship docked."},
		{"YAML front matter is metadata", "---\ntitle: Port\ndate: 2024-01-02\n---\nThe port.\n", "The port."},
		{"TOML front matter is metadata", "+++\ntitle = \"Port\"\n+++\n\nThe port.\n", "The port."},
		{"JSON front matter is metadata", "{\n  \"title\": \"Port\"\n}\n\nThe port.\n", "The port."},
		{"a thematic break is no front matter further down", "The port.\n\n---\n\nThe ship.\n", "The port.\n\nThe ship."},
		{"tables are skipped", "Arrivals:\n\n| Port | Ships |\n|---|---|\n| Valencia | 40 |\n\nThe end.\n", "Arrivals:\n\nThe end."},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Read(Markdown, "t.md", []byte(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			if string(a.Src) != tc.want {
				t.Errorf("text\n got:  %q\n want: %q", a.Src, tc.want)
			}
			checkMap(t, a)
		})
	}
}

func TestFrontMatter(t *testing.T) {
	cases := []struct {
		name, in string
		want     article.Meta
	}{
		{"YAML", "---\ntitle: \"Strike ends\"\nlang: fr\ntranslationKey: strike-2024\nsite: harbour-daily\ncategories: [ports, labour]\n---\n\nText.\n",
			article.Meta{Lang: "fr", Source: "strike-2024", Site: "harbour-daily", Section: "ports", Title: "Strike ends"}},
		{"YAML closed by dots", "---\nlanguage: de\n...\nText.\n", article.Meta{Lang: "de"}},
		{"TOML", "+++\ntitle = \"Strike ends\"\nlang = 'es'\nsource = \"originals/strike.md\"\nsection = \"world\"\n[params]\nsite = \"not read\"\n+++\nText.\n",
			article.Meta{Lang: "es", Source: "originals/strike.md", Section: "world", Title: "Strike ends"}},
		{"JSON", "{\"title\": \"Strike ends\", \"lang\": \"pt-BR\", \"original\": \"https://example.org/a\", \"site\": \"x\"}\nText.\n",
			article.Meta{Lang: "pt-BR", Source: "https://example.org/a", Site: "x", Title: "Strike ends"}},
		{"bad YAML is still skipped", "---\ntitle: [unclosed\n---\nText.\n", article.Meta{}},
		{"an unclosed fence is text", "---\ntitle: x\n\nText.\n", article.Meta{}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Read(Markdown, "t.md", []byte(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			if a.Origin.Meta != tc.want {
				t.Errorf("meta\n got:  %+v\n want: %+v", a.Origin.Meta, tc.want)
			}
			if tc.name != "an unclosed fence is text" && string(a.Src) != "Text." {
				t.Errorf("text %q, want the body alone", a.Src)
			}
		})
	}
}

func TestHTMLText(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"blocks are paragraphs, white space collapses", "<h1>Port  reopens</h1>\n<p>The port\n   reopened <b>on</b> Monday.</p><p>Ships wait.</p>",
			"Port reopens\n\nThe port reopened on Monday.\n\nShips wait."},
		{"br is a line break", "<p>Calle Mayor 4<br>Madrid<br/>Spain</p>", "Calle Mayor 4\nMadrid\nSpain"},
		{"scripts, styles, head, comments and hidden elements are dropped",
			"<html><head><title>T</title><style>p{}</style></head><body><script>var a = '<p>x</p>';</script><!-- c --><p hidden>Hidden.</p><p>Shown.</p><noscript>Enable JS</noscript></body></html>",
			"Shown."},
		{"entities are decoded", "<p>Caf&eacute; &amp; bar &#8211; &#x201C;open&#x201D;</p>", "Café & bar – “open”"},
		{"link text is kept", "<p>Read the <a href=\"/r\">report</a>.</p>", "Read the report."},
		{"unclosed p and li", "<ul><li>One<li>Two</ul><p>A<p>B", "One\n\nTwo\n\nA\n\nB"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Read(HTML, "t.html", []byte(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			if string(a.Src) != tc.want {
				t.Errorf("text\n got:  %q\n want: %q", a.Src, tc.want)
			}
			checkMap(t, a)
		})
	}
}

func TestHTMLHints(t *testing.T) {
	in := `<body><div class="site-header"><nav><a href="/">Home</a> <a href="/w">World</a></nav></div>
<article><header><h1>Port reopens</h1></header>
<p>The port reopened on Monday, the <a href="/a">authority</a> said.</p>
<figure><figcaption>Cranes at the quay. Photo: Ana Ruiz</figcaption></figure>
<div class="share-tools"><a href="/fb">Share</a></div></article>
<aside><p>Most read</p></aside><footer><p>Contact us</p></footer></body>`
	a, err := Read(HTML, "t.html", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]article.Hint{
		"Home World":                          {Element: "nav", LinkDensity: 1, ClassWords: []string{"site", "header"}},
		"Port reopens":                        {Element: "h1"},
		"Cranes at the quay. Photo: Ana Ruiz": {Element: "figcaption"},
		"Share":                               {Element: "div", LinkDensity: 1, ClassWords: []string{"share", "tools"}},
		"Most read":                           {Element: "aside"},
		"Contact us":                          {Element: "footer"},
	}
	for li, l := range a.Lines {
		text := a.String(l.Text)
		h := a.Origin.Hints[li]
		if l.Blank() {
			if h != nil {
				t.Errorf("blank line %d has a hint", li)
			}
			continue
		}
		if h == nil {
			t.Errorf("line %q has no hint", text)
			continue
		}
		w, ok := want[text]
		if !ok {
			if h.LinkDensity <= 0 || h.LinkDensity >= 0.5 || h.Element != "p" {
				t.Errorf("prose line %q: hint %+v", text, *h)
			}
			continue
		}
		if h.Element != w.Element || h.LinkDensity != w.LinkDensity || strings.Join(h.ClassWords, ",") != strings.Join(w.ClassWords, ",") {
			t.Errorf("line %q: hint %+v, want %+v", text, *h, w)
		}
	}
}

// TestMapSpan: a finding on a decoded entity covers the entity; one on
// text covers the same bytes in the file.
func TestMapSpan(t *testing.T) {
	in := "<p>The caf&eacute; on the quay , reopened.</p>"
	a, err := Read(HTML, "t.html", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	text := string(a.Src)
	for _, tc := range []struct{ text, file string }{
		{"é", "&eacute;"}, {"café", "caf&eacute;"}, {" ,", " ,"}, {"reopened.", "reopened."},
	} {
		i := strings.Index(text, tc.text)
		s := a.Origin.MapSpan(article.Span{Start: i, End: i + len(tc.text)}, len(a.Src))
		if got := in[s.Start:s.End]; got != tc.file {
			t.Errorf("%q maps to %q, want %q", tc.text, got, tc.file)
		}
	}
}

// TestMapEdit: an edit is carried to the file only where that is
// unambiguous.
func TestMapEdit(t *testing.T) {
	cases := []struct {
		name, format, in string
		from, to         string // the text replaced (first occurrence) and its replacement
		want             string // the file after the edit; "" when no fix is offered
	}{
		{"inside a text run", "markdown", "The offer , however, stands.\n", " ,", ",", "The offer, however, stands.\n"},
		{"over a soft wrap", "markdown", "The offer\n, however, stands.\n", " ,", ",", "The offer, however, stands.\n"},
		{"an insertion inside text", "markdown", "The night.The wind dropped.\n", ".", ". ", "The night. The wind dropped.\n"},
		{"a join of two paragraphs", "markdown", "The\n\ndispute goes on.\n", "\n\n", " ", "The dispute goes on.\n"},
		{"no join of a heading and a paragraph", "markdown", "# The\n\ndispute goes on.\n", "\n\n", " ", ""},
		{"no join of two list items", "markdown", "- The\n- dispute goes on.\n", "\n\n", " ", ""},
		{"no edit across emphasis", "markdown", "The **big** ,ship sails.\n", "big ,", "big,", ""},
		{"no edit over a quote marker", "markdown", "> The offer\n> , however, stands.\n", " ,", ",", ""},
		{"no edit of a decoded entity's neighbour and the entity", "markdown", "Fish &amp; chips\n", " &", "&", ""},
		{"no markup inserted", "markdown", "The night.\n", ".", "*", ""},
		{"HTML: inside one text node", "html", "<p>The night.The wind.</p>", ".", ". ", "<p>The night. The wind.</p>"},
		{"HTML: collapsed white space", "html", "<p>hectares\n   , most of it</p>", " ,", ",", "<p>hectares, most of it</p>"},
		{"HTML: not across tags", "html", "<p>The night.</p><p>The wind.</p>", "\n\n", " ", ""},
		{"HTML: in the text node after a link", "html", "<p>the <a href=x>night</a> .</p>", " .", ".", "<p>the <a href=x>night</a>.</p>"},
		{"HTML: not across a link's end", "html", "<p>the <a href=x>night </a>.</p>", " .", ".", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := Markdown
			if tc.format == "html" {
				f = HTML
			}
			a, err := Read(f, "t", []byte(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			i := strings.Index(string(a.Src), tc.from)
			if i < 0 {
				t.Fatalf("%q not in the text %q", tc.from, a.Src)
			}
			fs := []rules.Finding{{Rule: "t/t", Severity: rules.Warning, Message: "m",
				Span: article.Span{Start: i, End: i + len(tc.from)},
				Fix:  rules.Replace("d", article.Span{Start: i, End: i + len(tc.from)}, tc.to)}}
			fs = MapFindings(a, nil, fs)
			if tc.want == "" {
				if fs[0].Fix != nil {
					t.Errorf("a fix was offered: %+v", fs[0].Fix.Edits)
				}
				if !strings.Contains(fs[0].Message, "no fix offered") {
					t.Errorf("message %q does not say why there is no fix", fs[0].Message)
				}
				return
			}
			if fs[0].Fix == nil {
				t.Fatalf("no fix offered: %s", fs[0].Message)
			}
			out, _ := rules.Apply([]byte(tc.in), []*rules.Fix{fs[0].Fix})
			if string(out) != tc.want {
				t.Errorf("fixed file\n got:  %q\n want: %q", out, tc.want)
			}
		})
	}
}

func TestForPathAndParseFormat(t *testing.T) {
	for path, want := range map[string]Format{"a.md": Markdown, "b.MARKDOWN": Markdown, "c.html": HTML, "d.htm": HTML, "e.txt": Text, "f": Text} {
		if got := ForPath(path); got != want {
			t.Errorf("ForPath(%q) = %v, want %v", path, got, want)
		}
	}
	for s, want := range map[string]Format{"": Auto, "auto": Auto, "text": Text, "Markdown": Markdown, "md": Markdown, "html": HTML} {
		if got, err := ParseFormat(s); err != nil || got != want {
			t.Errorf("ParseFormat(%q) = %v, %v; want %v", s, got, err, want)
		}
	}
	if _, err := ParseFormat("docx"); err == nil {
		t.Error("ParseFormat accepted docx")
	}
}

// TestPlainTextUntouched: plain text is article.ParseFile's, with no origin.
func TestPlainTextUntouched(t *testing.T) {
	in := "---\ntitle: not front matter in a text file\n---\n*The* port.\n"
	a, err := Read(Auto, "a.txt", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if a.Origin != nil || string(a.Src) != in {
		t.Errorf("a text file was changed by a reader: %q", a.Src)
	}
	fs := []rules.Finding{{Rule: "t/t", Span: article.Span{Start: 1, End: 2}}}
	if got := MapFindings(a, nil, fs); got[0].Span != fs[0].Span {
		t.Errorf("plain text findings moved")
	}
}

// TestWindows1252: a Markdown file in Windows-1252 is read as its UTF-8
// transcoding, whose bytes the findings point into.
func TestWindows1252(t *testing.T) {
	in := []byte("---\nlang: fr\n---\nLe caf\xe9 ferme.\n")
	a, err := Read(Auto, "a.md", in)
	if err != nil {
		t.Fatal(err)
	}
	if a.Encoding != article.EncodingWindows1252 || string(a.Src) != "Le café ferme." || a.Origin.Meta.Lang != "fr" {
		t.Errorf("encoding %q, text %q, meta %+v", a.Encoding, a.Src, a.Origin.Meta)
	}
}

// BenchmarkRead measures the readers alone (parsing, the text and its
// map, then the article model) on the articles of testdata.
func BenchmarkRead(b *testing.B) {
	for _, tc := range []struct {
		name, glob string
		f          Format
	}{{"markdown", "testdata/markdown/*.md", Markdown}, {"html", "testdata/html/*.html", HTML}} {
		files, _ := filepath.Glob(tc.glob)
		var srcs [][]byte
		n := 0
		for _, p := range files {
			src, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			src = []byte(strings.NewReplacer("⟦", "", "⟧", "").Replace(string(src)))
			srcs = append(srcs, src)
			n += len(src)
		}
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(n))
			for b.Loop() {
				for _, src := range srcs {
					if _, err := Read(tc.f, "bench", src); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
	b.Run("text", func(b *testing.B) {
		src := []byte(strings.Repeat("The port reopened on Monday, the authority said.\n\n", 40))
		b.SetBytes(int64(len(src)))
		for b.Loop() {
			if _, err := Read(Text, "bench", src); err != nil {
				b.Fatal(err)
			}
		}
	})
}
