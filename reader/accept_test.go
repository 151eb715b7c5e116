package reader_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/yuin/goldmark"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/checks"
	"github.com/mtlint/mtlint/fix"
	"github.com/mtlint/mtlint/internal/corpus"
	"github.com/mtlint/mtlint/internal/marks"
	"github.com/mtlint/mtlint/lint"
	"github.com/mtlint/mtlint/report"
	"github.com/mtlint/mtlint/rules"
)

var update = flag.Bool("update", false, "rewrite the golden files of the fixed articles (testdata/*/*.fixed)")

// The articles in testdata/markdown and testdata/html were written for
// these tests: news articles as a static-site generator keeps them
// (front matter of each kind, wrapped paragraphs, emphasis, links, lists,
// code, block quotes, hard breaks) and pages as a scraper saves them
// (navigation, share bars, related links, figure captions with credits),
// with the kinds of defects the seed article has planted in them. Each
// planted defect is marked ⟦ ⟧ around the bytes of the file its finding
// must cover; the clean ones have no mark and must get no finding.

func defaultEngine(t testing.TB) *rules.Engine {
	t.Helper()
	e, err := checks.Registry().NewEngine(rules.Config{})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// testFiles returns the marked articles of a folder of testdata.
func testFiles(t *testing.T, dir, ext string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", dir, "*"+ext))
	if err != nil || len(files) == 0 {
		t.Fatalf("no test articles in testdata/%s: %v", dir, err)
	}
	return files
}

// checkMarked checks a marked file with the reader its name chooses and
// compares the findings' ranges, as offsets into the file, with the marks:
// every planted defect found at its bytes, and nothing else (of any
// severity).
func checkMarked(t *testing.T, path string) (string, *report.File) {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text, want := marks.Strip(t, string(raw))
	l := &lint.Linter{Engine: defaultEngine(t)}
	f := l.Check(path, []byte(text))
	if f.Err != nil {
		t.Fatal(f.Err)
	}
	if f.Article.Origin == nil {
		t.Fatalf("%s was read as plain text", path)
	}
	var got []article.Span
	for _, x := range f.Findings {
		got = append(got, x.Span)
	}
	slices.SortFunc(want, func(a, b article.Span) int { return a.Start - b.Start })
	if !marks.Equal(got, want) {
		t.Errorf("%s: findings differ from the planted defects\n got:  %s\n want: %s", path, describe(text, got), describe(text, want))
		for _, x := range f.Findings {
			t.Logf("  %s %s: %s", x.Rule, x.Severity, x.Message)
		}
	}
	return text, f
}

func describe(file string, spans []article.Span) string {
	var parts []string
	for _, s := range spans {
		parts = append(parts, strings.ReplaceAll(file[s.Start:s.End], "\n", "↵"))
	}
	return "[" + strings.Join(parts, "] [") + "]"
}

func TestMarkdownArticles(t *testing.T) {
	for _, path := range testFiles(t, "markdown", ".md") {
		t.Run(filepath.Base(path), func(t *testing.T) { checkMarked(t, path) })
	}
}

func TestHTMLPages(t *testing.T) {
	for _, path := range testFiles(t, "html", ".html") {
		t.Run(filepath.Base(path), func(t *testing.T) { checkMarked(t, path) })
	}
}

// TestHTMLStructureEvidence: residue found from the page's structure
// says which structure decided, and a fix is offered only for the
// spacing and punctuation inside one text node.
func TestHTMLStructureEvidence(t *testing.T) {
	file, f := checkMarked(t, filepath.Join("testdata", "html", "wildfire.html"))
	want := []struct{ text, rule, msg string }{
		{"Andalucía", "residue/site-chrome", "inside <nav>, 100% of its text is link text"},
		{"Facebook", "residue/site-chrome", "100% of its text is link text"},
		{"Privacy", "residue/site-chrome", "inside <footer>"},
	}
	for _, w := range want {
		found := false
		for _, x := range f.Findings {
			if strings.HasPrefix(file[x.Start:x.End], w.text) && x.Rule == w.rule {
				found = true
				if !strings.Contains(x.Message, w.msg) {
					t.Errorf("%q: message %q does not say %q", w.text, x.Message, w.msg)
				}
			}
		}
		if !found {
			t.Errorf("%q: no %s finding", w.text, w.rule)
		}
	}
	for _, x := range f.Findings {
		if strings.HasPrefix(x.Rule, "punctuation/") {
			if x.Fix == nil {
				t.Errorf("%s at %q: no fix, though the edit is inside one text node", x.Rule, file[x.Start:x.End])
			}
			continue
		}
		if x.Fix != nil {
			t.Errorf("%s at %q: a fix that deletes across the markup: %+v", x.Rule, file[x.Start:x.End], x.Fix.Edits)
		}
	}
}

// TestMarkdownFix: fixing a Markdown file edits its bytes where the fixes
// mapped, keeps it valid Markdown, and the rendering changes only where
// the fixes meant it to: the HTML goldmark renders has the same elements in
// the same order, but for the paragraphs that were joined and the hard
// breaks that were removed, and the fixed file is the reviewed golden.
func TestMarkdownFix(t *testing.T) {
	cases := []struct {
		file   string
		unsafe bool
		// lost lists the tags the fixes remove from the rendering.
		lost []string
	}{
		{"harbour-strike.md", false, []string{"<br>"}}, // the hard break inside a sentence
		{"harbour-strike.md", true, []string{"<br>", "<p>", "</p>"}},
		{"grain-corridor.md", false, nil},
		{"grain-corridor.md", true, []string{"<p>", "</p>", "<p>", "</p>"}},
		{"rail-tunnel.md", false, nil},
	}
	e := defaultEngine(t)
	for _, tc := range cases {
		name := tc.file + map[bool]string{true: "+unsafe", false: ""}[tc.unsafe]
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("testdata", "markdown", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			text, _ := marks.Strip(t, string(raw))
			res, err := fix.Run(e, tc.file, []byte(text), fix.Options{Unsafe: tc.unsafe})
			if err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", "markdown", name+".fixed")
			if *update {
				if err := os.WriteFile(golden, res.Fixed, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to write it, and read it)", err)
			}
			if !bytes.Equal(res.Fixed, want) {
				t.Errorf("the fixed file differs from %s", golden)
			}
			// The fixed rendering is the original's with exactly the lost
			// tags taken out.
			before, after := tags(t, []byte(text)), tags(t, res.Fixed)
			rest := slices.Clone(tc.lost)
			var extra []string
			i := 0
			for _, tag := range before {
				if i < len(after) && after[i] == tag {
					i++
					continue
				}
				if k := slices.Index(rest, tag); k >= 0 {
					rest = slices.Delete(rest, k, k+1)
					continue
				}
				extra = append(extra, tag)
			}
			if i < len(after) || len(rest) > 0 || len(extra) > 0 {
				t.Errorf("the rendering's elements changed: not lost %v, lost besides %v, new from %d\n before: %v\n after:  %v",
					rest, extra, i, before, after)
			}
			if len(res.Skipped) > 0 && tc.unsafe {
				for _, s := range res.Skipped {
					t.Logf("left: %s %s (%s)", s.Rule, s.Message, s.Reason)
				}
			}
			// The fixed file reads clean of what was fixed: no finding
			// left with a fix the options allow.
			for _, x := range res.Findings {
				if x.Fix != nil && (tc.unsafe || !x.Fix.Unsafe) {
					t.Errorf("after fixing: %s at %q still has a fix", x.Rule, res.Fixed[x.Start:x.End])
				}
			}
		})
	}
}

var tagRE = regexp.MustCompile(`</?[a-z0-9]+`)

// tags renders Markdown with goldmark and returns its tags in order
// ("<p>", "</p>", "<em>"...).
func tags(t *testing.T, md []byte) []string {
	t.Helper()
	var out bytes.Buffer
	if err := goldmark.New().Convert(md, &out); err != nil {
		t.Fatal(err)
	}
	var list []string
	for _, m := range tagRE.FindAll(out.Bytes(), -1) {
		list = append(list, string(m)+">")
	}
	return list
}

// TestFrontMatterLang: a Markdown file's front matter names its language,
// and it wins over the configured one (--lang) for that file alone.
func TestFrontMatterLang(t *testing.T) {
	body := "\nEl ayuntamiento aprobó el jueves un presupuesto de 1.200 millones de euros para el año que viene, " +
		"con los votos de la coalición de gobierno.\n\nLa alcaldesa dijo que el aumento servirá para pagar tres " +
		"nuevos centros de salud y la reforma del mercado central.\n"
	cases := []struct {
		name, front, configured string
		foreign                 bool
	}{
		{"declared Spanish, configured English", "---\nlang: es\n---\n", "en", false},
		{"declared es-ES", "---\nlang: es-ES\n---\n", "en", false},
		{"declared English", "---\nlang: en\n---\n", "en", true},
		{"declared English, configured Spanish", "+++\nlang = \"en\"\n+++\n", "es", true},
		{"nothing declared: the configuration", "---\ntitle: Presupuesto\n---\n", "en", true},
		{"an unknown code is ignored", "---\nlang: xx\n---\n", "en", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e, err := checks.Registry().NewEngine(rules.Config{Params: map[string]map[string]any{
				"untranslated/fragment": {"lang": tc.configured}}})
			if err != nil {
				t.Fatal(err)
			}
			f := (&lint.Linter{Engine: e}).Check("a.md", []byte(tc.front+body))
			n := 0
			for _, x := range f.Findings {
				if x.Rule == "untranslated/fragment" {
					n++
				}
			}
			if (n > 0) != tc.foreign {
				t.Errorf("%d untranslated/fragment findings; want some: %v", n, tc.foreign)
			}
		})
	}
}

// TestCorpusReadme: the README of the BBC corpus, hand-wrapped Markdown,
// gets no line-break finding (read as plain text, its wrapped lines did).
func TestCorpusReadme(t *testing.T) {
	path := corpus.Path(t, "bbc-dev", "README.md")
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f := (&lint.Linter{Engine: defaultEngine(t)}).Check(path, src)
	if f.Err != nil {
		t.Fatal(f.Err)
	}
	for _, x := range f.Findings {
		if strings.HasPrefix(x.Rule, "linebreak/") {
			t.Errorf("%s at %d: %s", x.Rule, x.Start, x.Message)
		}
	}
}
