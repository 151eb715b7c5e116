package reader

import (
	"testing"
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
)

// FuzzRead: whatever the file, the readers give a text whose map holds
// (pieces in order, verbatim pieces equal to the file's bytes) and every
// span and edit of the text maps inside the file, on character
// boundaries.
func FuzzRead(f *testing.F) {
	for _, s := range []string{
		"---\nlang: fr\n---\n# Title\n\nSome *text*\nwrapped &amp; \\* here  \nhard\n\n> quote\n\n- item\n",
		"+++\ntitle = \"x\"\n+++\n| a | b |\n|---|---|\n| 1 | 2 |\n",
		"<html><body><nav><a>Home</a></nav><p>Caf&eacute; , open.<br>Next</p><script>x</script></body></html>",
		"<p>a<li>b<p>c</ul></div>&#0; &#xD800; &bogus;",
	} {
		f.Add(s, true)
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, md bool) {
		format := HTML
		if md {
			format = Markdown
		}
		a, err := Read(format, "f", []byte(s))
		if err != nil {
			return // not text: NUL bytes, invalid UTF-8 the transcoding refuses
		}
		if a.Origin == nil {
			t.Fatal("no origin")
		}
		checkMap(t, a)
		file := a.Origin.File
		n := len(a.Src)
		for i := 0; i <= n; i += 1 + n/16 {
			for j := i; j <= n && j <= i+8; j++ {
				if !boundary(a.Src, i) || !boundary(a.Src, j) {
					continue // checks report whole characters
				}
				sp := a.Origin.MapSpan(article.Span{Start: i, End: j}, n)
				if sp.Start < 0 || sp.End < sp.Start || sp.End > len(file) {
					t.Fatalf("[%d,%d) maps to %v outside the file (%d bytes)", i, j, sp, len(file))
				}
				if fs, fe, ok := a.Origin.MapEdit(i, j, n); ok {
					if fs < 0 || fe < fs || fe > len(file) || !boundary(file, fs) || !boundary(file, fe) {
						t.Fatalf("edit [%d,%d) maps to [%d,%d) badly", i, j, fs, fe)
					}
					if utf8.Valid(a.Src[i:j]) && string(file[fs:fe]) != string(a.Src[i:j]) && !article.ASCIISpace(file[fs:fe]) &&
						!article.ASCIISpace(a.Src[i:j]) && !mixedSpace(a, i, j) {
						t.Fatalf("edit [%d,%d) %q maps to %q", i, j, a.Src[i:j], file[fs:fe])
					}
				}
			}
		}
	})
}

func boundary(b []byte, i int) bool { return i == len(b) || utf8.RuneStart(b[i]) }

// mixedSpace reports a range of the text that covers white-space pieces
// besides verbatim ones (their file bytes are other white space).
func mixedSpace(a *article.Article, i, j int) bool {
	for _, p := range a.Origin.Pieces {
		if p.Text >= i && p.Text < j && p.Kind != article.Verbatim {
			return true
		}
	}
	return false
}
