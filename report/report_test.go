package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// sample builds a small result by hand: a BOM, multi-byte characters, a
// CRLF line and a finding that runs over a line break.
func sample(t *testing.T) []*File {
	t.Helper()
	src := "\uFEFFThe minister, however , said “the talks” failed.Crews agreed.\r\n\r\nThe\r\n\r\nwalkout of dockers.\n"
	a, err := article.Parse("news/a.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	at := func(s string) article.Span {
		i := bytes.Index(a.Src, []byte(s))
		if i < 0 {
			t.Fatalf("%q not in sample", s)
		}
		return article.Span{Start: i, End: i + len(s)}
	}
	sp := at(" ,")
	dot := at(".Crews")
	the := at("The\r\n\r\nwalkout")
	return []*File{
		{Path: "news/a.txt", Article: a, Findings: []rules.Finding{
			{Rule: "punctuation/space-before", Severity: rules.Warning, Message: "space before comma", Span: sp,
				Fix: rules.Replace("remove the space", article.Span{Start: sp.Start, End: sp.Start + 1}, "")},
			{Rule: "punctuation/missing-space", Severity: rules.Warning, Message: "missing space after period", Span: dot,
				Fix: rules.Replace("insert a space", article.Span{Start: dot.Start + 1, End: dot.Start + 1}, " ")},
			{Rule: "linebreak/orphan-paragraph", Severity: rules.Error, Message: "one-word paragraph cut from a sentence", Span: the,
				Fix: &rules.Fix{Description: "join the paragraphs", Unsafe: true, Edits: []rules.Edit{{Offset: the.Start + 3, EndOffset: the.Start + 7, Text: " "}}}},
		}},
		{Path: "news/binary.txt", Err: errors.New("binary file (contains NUL bytes) at byte 10")},
		{Path: "news/clean.txt", Article: a},
	}
}

func render(t *testing.T, format string, files []*File) []byte {
	t.Helper()
	return renderOpts(t, format, Options{}, files)
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./report -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test ./report -update rewrites it)\n--- got ---\n%s\n--- want ---\n%s", name, got, want)
	}
}

func TestTextGolden(t *testing.T) { golden(t, "sample.txt.golden", render(t, "text", sample(t))) }
func TestJSONGolden(t *testing.T) { golden(t, "sample.json.golden", render(t, "json", sample(t))) }

// TestJSONContract decodes the JSON report and checks the positions against
// the article, independently of the golden file.
func TestJSONContract(t *testing.T) {
	files := sample(t)
	var rep JSONReport
	if err := json.Unmarshal(render(t, "json", files), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Version != 1 || len(rep.Files) != 3 {
		t.Fatalf("version %d, %d files", rep.Version, len(rep.Files))
	}
	want := Summary{Files: 3, Findings: 3, Errors: 1, Warnings: 2, Infos: 0, Failed: 1}
	if rep.Summary != want {
		t.Errorf("summary %+v, want %+v", rep.Summary, want)
	}
	f := rep.Files[0].Findings[0]
	// Line 1 starts after the 3-byte BOM, which columns do not count;
	// "The minister, however" is 21 characters, so " ," is at column 22.
	if f.Line != 1 || f.Column != 22 || f.EndLine != 1 || f.EndColumn != 24 {
		t.Errorf("space-before at %d:%d-%d:%d, want 1:22-1:24", f.Line, f.Column, f.EndLine, f.EndColumn)
	}
	if got := string(files[0].Article.Src[f.Offset:f.EndOffset]); got != " ," {
		t.Errorf("offsets select %q", got)
	}
	// ".Crews" comes after the curly quotes (3 bytes, 1 column each).
	g := rep.Files[0].Findings[1]
	if g.Column != 48 || g.Offset != 3+47+4 {
		t.Errorf("missing-space at column %d offset %d, want 48 and 54", g.Column, g.Offset)
	}
	o := rep.Files[0].Findings[2]
	if o.Line != 3 || o.Column != 1 || o.EndLine != 5 || o.EndColumn != 8 {
		t.Errorf("orphan at %d:%d-%d:%d, want 3:1-5:8", o.Line, o.Column, o.EndLine, o.EndColumn)
	}
	if rep.Files[1].Error == "" || len(rep.Files[1].Findings) != 0 {
		t.Errorf("the binary file should carry its error and no findings: %+v", rep.Files[1])
	}
	if rep.Files[2].Findings == nil {
		t.Error("findings must be [] not null for a clean file")
	}
}

func TestTextColourOnlyWhenAsked(t *testing.T) {
	plain := render(t, "text", sample(t))
	if bytes.Contains(plain, []byte("\x1b[")) {
		t.Error("plain text report contains ANSI escapes")
	}
	var buf bytes.Buffer
	w, _ := New("text", &buf, Options{Color: true})
	for _, f := range sample(t) {
		w.File(f)
	}
	w.Close()
	if !bytes.Contains(buf.Bytes(), []byte("\x1b[31m")) {
		t.Error("coloured report has no colour")
	}
}

func TestUnknownFormat(t *testing.T) {
	if _, err := New("xml", &bytes.Buffer{}, Options{}); err == nil {
		t.Error("want an error for an unknown format")
	}
}

func TestExcerptWindow(t *testing.T) {
	long := bytes.Repeat([]byte("word "), 100)
	src := append(append([]byte{}, long...), []byte("however , said")...)
	src = append(src, long...)
	a, err := article.Parse("x", src)
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(src, []byte(" ,"))
	line, marks := excerpt(&File{Article: a}, article.Span{Start: i, End: i + 2})
	if n := len([]rune(line)); n > window+window/3+4 {
		t.Errorf("excerpt is %d characters long", n)
	}
	lr, mr := []rune(line), []rune(marks)
	start := len(mr) - 2
	if string(lr[start:start+2]) != " ," || string(mr[start:]) != "^^" {
		t.Errorf("marks do not line up:\n%s\n%s", line, marks)
	}
}
