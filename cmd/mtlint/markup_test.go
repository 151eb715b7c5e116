package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A Markdown article with front matter and a wrapped paragraph that has one
// defect: the space before the comma.
const wrappedMD = "---\ntitle: Dockworkers vote\ndate: 2024-03-12\ntags: [ports, labour]\n---\n\n" +
	"Dockworkers voted on Tuesday to extend the strike\nfor another week. The union said the offer ,\nhowever, fell short.\n"

// TestMarkupInputs: the walk picks up Markdown and HTML, each read by its
// reader; --input forces one (standard input included); positions in the
// JSON report are the file's.
func TestMarkupInputs(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.md":        wrappedMD,
		"b.markdown":  wrappedMD,
		"c.html":      "<html><body><p>The strike goes on , the union said.</p></body></html>",
		"d.htm":       "<p>Ships wait at anchor.</p>",
		"e.txt":       "Ships wait at anchor.\n",
		"f.md.bak":    wrappedMD,
		"sub/g.xhtml": "<p>not walked , either</p>",
	})
	r := runArgs(t, "", "check", "--no-config", "--format", "json", dir)
	var doc struct {
		Files []struct {
			Path     string
			Findings []struct {
				Rule         string
				Line, Column int
				Offset       int
				EndOffset    int `json:"end_offset"`
			}
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil {
		t.Fatalf("%v\n%s%s", err, r.stdout, r.stderr)
	}
	var names []string
	for _, f := range doc.Files {
		names = append(names, filepath.Base(f.Path))
	}
	if got := strings.Join(names, " "); got != "a.md b.markdown c.html d.htm e.txt" {
		t.Errorf("walked %s", got)
	}
	for _, f := range doc.Files {
		src, _ := os.ReadFile(f.Path)
		switch filepath.Base(f.Path) {
		case "a.md", "b.markdown":
			if len(f.Findings) != 1 || f.Findings[0].Rule != "punctuation/space-before" || f.Findings[0].Line != 8 || f.Findings[0].Column != 43 {
				t.Errorf("%s: %+v", f.Path, f.Findings)
			}
		case "c.html":
			if len(f.Findings) != 1 || f.Findings[0].Rule != "punctuation/space-before" {
				t.Errorf("%s: %+v", f.Path, f.Findings)
			}
		default:
			if len(f.Findings) != 0 {
				t.Errorf("%s: %+v", f.Path, f.Findings)
			}
		}
		for _, x := range f.Findings {
			if x.Rule == "punctuation/space-before" && string(src[x.Offset:x.EndOffset]) != " ," {
				t.Errorf("%s: the finding's bytes are %q", f.Path, src[x.Offset:x.EndOffset])
			}
		}
	}

	// Standard input is plain text unless --input says otherwise.
	if r := runArgs(t, wrappedMD, "check", "--no-config", "-"); !strings.Contains(r.stdout, "tags: [ports, labour]") {
		t.Errorf("stdin as text: exit %d\n%s", r.code, r.stdout)
	}
	r = runArgs(t, wrappedMD, "check", "--no-config", "--input", "markdown", "-")
	if r.code != 0 || strings.Contains(r.stdout, "tags: [ports, labour]") || !strings.Contains(r.stdout, "<stdin>:8:43: warning: space before ','") {
		t.Errorf("stdin as Markdown: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	// --input text reads a Markdown file as today.
	if r := runArgs(t, "", "check", "--no-config", "--input", "text", filepath.Join(dir, "a.md")); !strings.Contains(r.stdout, "tags: [ports, labour]") {
		t.Errorf("--input text: %s", r.stdout)
	}
	if r := runArgs(t, "", "check", "--input", "docx", filepath.Join(dir, "a.md")); r.code != 2 || !strings.Contains(r.stderr, "--input") {
		t.Errorf("--input docx: exit %d, %s", r.code, r.stderr)
	}
}

// TestFixMarkdown: fix --write edits a Markdown file through the mapped
// edits and leaves its front matter and wrapping alone.
func TestFixMarkdown(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.md": wrappedMD})
	p := filepath.Join(dir, "a.md")
	if r := runArgs(t, "", "fix", "--no-config", "--write", p); r.code != 0 {
		t.Fatalf("exit %d: %s%s", r.code, r.stdout, r.stderr)
	}
	got, _ := os.ReadFile(p)
	want := strings.Replace(wrappedMD, "offer ,\n", "offer,\n", 1)
	if string(got) != want {
		t.Errorf("fixed file\n got:  %q\n want: %q", got, want)
	}
}
