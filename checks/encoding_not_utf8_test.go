package checks

import (
	"strings"
	"testing"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

// TestEncodingNotUTF8: a file read as Windows-1252 gets one finding, at its
// first character outside ASCII in the transcoded text, with a fix that
// stands for the transcoding (no edits); a UTF-8 file gets none.
func TestEncodingNotUTF8(t *testing.T) {
	e, err := Registry().NewEngine(rules.Config{Disable: []string{"all"}, Enable: []string{"encoding/not-utf8"}})
	if err != nil {
		t.Fatal(err)
	}
	run := func(src string) (*article.Article, []rules.Finding) {
		a, err := article.ParseFile("news.txt", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		fs, err := e.Run(a)
		if err != nil {
			t.Fatal(err)
		}
		return a, fs
	}
	a, fs := run("Fares rose to \xa35 on the \x93new\x94 line, and \xa37 later.\n")
	if len(fs) != 1 || a.String(fs[0].Span) != "£" || fs[0].Fix == nil || len(fs[0].Fix.Edits) != 0 ||
		!strings.HasPrefix(fs[0].Message, "file is Windows-1252, not UTF-8") {
		t.Errorf("got %v", fs)
	}
	if _, fs := run("Fares rose to £5 on the “new” line.\n"); len(fs) != 0 {
		t.Errorf("UTF-8 file: %v", fs)
	}
}
