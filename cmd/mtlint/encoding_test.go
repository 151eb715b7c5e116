package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/checks"
	"github.com/mtlint/mtlint/fix"
)

// windows1252Input is a news text written in Windows-1252 (testdata), with
// a space before a comma and a missing space after a period.
const windows1252Input = "testdata/fix/windows-1252.txt"

// TestWindows1252Check: a Windows-1252 file is checked as its UTF-8
// transcoding; the JSON report names the encoding, and its findings are
// located in the transcoded text (offsets, lines, columns).
func TestWindows1252Check(t *testing.T) {
	raw, err := os.ReadFile(windows1252Input)
	if err != nil {
		t.Fatal(err)
	}
	if utf8.Valid(raw) {
		t.Fatalf("%s must not be UTF-8", windows1252Input)
	}
	text, enc, err := article.Decode(raw)
	if err != nil || enc != article.EncodingWindows1252 {
		t.Fatalf("Decode: %q, %v", enc, err)
	}
	r := runArgs(t, "", "check", "--format", "json", windows1252Input)
	var rep struct {
		Files []struct {
			Encoding string
			Error    string
			Findings []struct {
				Rule         string
				Line, Column int
				Offset       int
			}
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil || len(rep.Files) != 1 {
		t.Fatalf("bad report (%v):\n%s\n%s", err, r.stdout, r.stderr)
	}
	f := rep.Files[0]
	if f.Encoding != "windows-1252" || f.Error != "" {
		t.Errorf("encoding %q, error %q", f.Encoding, f.Error)
	}
	// Where each defect is in the transcoded text.
	want := map[string]string{
		"encoding/not-utf8":         "€40m",
		"punctuation/space-before":  " , union",
		"punctuation/missing-space": ".Ships",
	}
	for rule, snippet := range want {
		off := strings.Index(string(text), snippet)
		line := strings.Count(string(text[:off]), "\n") + 1
		col := utf8.RuneCount(text[strings.LastIndexByte(string(text[:off]), '\n')+1:off]) + 1
		found := false
		for _, x := range f.Findings {
			if x.Rule == rule {
				found = true
				if x.Offset != off || x.Line != line || x.Column != col {
					t.Errorf("%s at offset %d, %d:%d; want offset %d, %d:%d", rule, x.Offset, x.Line, x.Column, off, line, col)
				}
			}
		}
		if !found {
			t.Errorf("no %s finding:\n%s", rule, r.stdout)
		}
	}
	// The check and fix agree on the rule that stands for the transcoding.
	found := false
	for _, c := range checks.All() {
		found = found || c.ID == fix.TranscodeRule
	}
	if !found {
		t.Errorf("no check %s", fix.TranscodeRule)
	}
}

// TestWindows1252FixWrite: fix --write turns a Windows-1252 file into UTF-8
// and loses no character on the way: every character of the transcoded
// text is still there, but for the fixes' spaces.
func TestWindows1252FixWrite(t *testing.T) {
	raw, err := os.ReadFile(windows1252Input)
	if err != nil {
		t.Fatal(err)
	}
	text, _, err := article.Decode(raw)
	if err != nil {
		t.Fatal(err)
	}
	input, err := filepath.Abs(windows1252Input)
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir())
	copyFile(t, input, "news.txt")
	r := runFixCmd(t, "", "fix", "--write", "news.txt")
	if r.code != 0 {
		t.Fatalf("fix --write: exit %d\n%s", r.code, r.stderr)
	}
	got := readString(t, "news.txt")
	if !utf8.ValidString(got) {
		t.Fatalf("the written file is not UTF-8: %q", got)
	}
	count := func(s string) map[rune]int {
		m := map[rune]int{}
		for _, c := range s {
			if c != ' ' {
				m[c]++
			}
		}
		return m
	}
	want, have := count(string(text)), count(got)
	for c, n := range want {
		if have[c] != n {
			t.Errorf("%q: %d in the transcoded text, %d in the written file", c, n, have[c])
		}
	}
	if len(have) != len(want) {
		t.Errorf("the written file has other characters: %v, want %v", have, want)
	}
	// A second run finds a UTF-8 file with nothing left to fix.
	if r := runArgs(t, "", "check", "--format", "json", "news.txt"); strings.Contains(r.stdout, "encoding") {
		t.Errorf("the written file is still reported as not UTF-8:\n%s", r.stdout)
	}
}
