package article

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// indexInputs are texts with lines longer than checkpointBytes, where the
// index counts from checkpoints, as well as short ones, and bytes that are
// not UTF-8 (an Index works over any bytes).
var indexInputs = map[string]string{
	"short lines":        "Head\n\nThe port reopened.\n",
	"long ASCII line":    strings.Repeat("The port reopened on Monday. ", 40),
	"long Cyrillic":      strings.Repeat("Порт снова открылся в понедельник. ", 30) + "\n",
	"ASCII then wide":    strings.Repeat("a", 700) + strings.Repeat("ж🙂…", 200) + strings.Repeat("b", 300),
	"wide at the seams":  strings.Repeat("x", checkpointBytes-1) + "🙂" + strings.Repeat("x", checkpointBytes-2) + "…é" + strings.Repeat("y", 600),
	"long CRLF lines":    strings.Repeat(strings.Repeat("Talks resumed, said the union. ", 12)+"\r\n", 4) + "\r\n",
	"long lines, BOM":    "\ufeff" + strings.Repeat("Talks “resumed”. ", 40) + "\n" + strings.Repeat("é", 400),
	"lone CR and tabs":   strings.Repeat("a\rb\tc ", 100),
	"invalid bytes":      "ab\xffc\xe2\x82d\x82\x82\x82\x82e" + strings.Repeat("f\xc3", 200) + "\n\x82x",
	"invalid, long":      strings.Repeat("\xe2\x82a\xf0\x9f\x99\x82\x80\x80\x80\x80b\xc3\xa9", 80),
	"newline at the end": strings.Repeat("w", 300) + "\n",
	"empty":              "",
	"only a BOM":         "\ufeff",
}

// TestIndexMatchesCounting compares Index.Position with positions counted
// one character at a time, at every offset.
func TestIndexMatchesCounting(t *testing.T) {
	for name, in := range indexInputs {
		t.Run(name, func(t *testing.T) {
			src := []byte(in)
			x := NewIndex(src)
			body := 0
			if bytes.HasPrefix(src, bom) {
				body = len(bom)
			}
			want := wantPositions(src, body)
			for off := -2; off <= len(src)+2; off++ {
				w := want[min(max(off, 0), len(src))]
				if got := x.Position(off); got != w {
					t.Fatalf("Position(%d) = %v, want %v", off, got, w)
				}
				if got := x.Line(off); got != w.Line {
					t.Fatalf("Line(%d) = %d, want %d", off, got, w.Line)
				}
			}
			if got, w := x.Lines(), bytes.Count(src, []byte{'\n'})+1; got != w {
				t.Errorf("Lines() = %d, want %d", got, w)
			}
		})
	}
}

// TestIndexWork bounds the work of a lookup: it counts at most
// checkpointBytes bytes and a character, wherever the offset is on its
// line, and the checkpoints take a bounded share of the text.
func TestIndexWork(t *testing.T) {
	for name, in := range indexInputs {
		src := []byte(in)
		x := NewIndex(src)
		for off := x.bodyStart; off <= len(src); off++ {
			_, base := x.locate(off)
			if base > off || off-base > checkpointBytes+utf8.UTFMax {
				t.Errorf("%s: Position(%d) counted from %d: %d bytes", name, off, base, off-base)
				break
			}
		}
		if max := len(src)/checkpointBytes + x.Lines(); len(x.cpOff) > max {
			t.Errorf("%s: %d checkpoints for %d bytes on %d lines", name, len(x.cpOff), len(src), x.Lines())
		}
	}
}

// TestArticlePositionUsesIndex checks that the article's positions are its
// index's, and that a text and the same text inside a larger file index
// alike line by line (the use of an Index over a file's own bytes).
func TestArticlePositionUsesIndex(t *testing.T) {
	body := strings.Repeat("Talks “resumed” on Monday, officials said. ", 20)
	a := mustParse(t, body+"\n\n"+body)
	x := NewIndex([]byte("<p>\n" + body + "\n\n" + body))
	for off := 0; off < len(a.Src); off += 7 {
		p, q := a.Position(off), x.Position(off+4)
		if p != (Position{q.Line - 1, q.Column}) {
			t.Fatalf("offset %d: article %v, file %v", off, p, q)
		}
	}
	if a.Index() != a.Index() {
		t.Error("the article's index is built more than once")
	}
}

// FuzzIndex indexes arbitrary bytes, as they are and repeated into lines
// long enough to have checkpoints, and compares every position with
// counting.
func FuzzIndex(f *testing.F) {
	for _, in := range indexInputs {
		f.Add([]byte(in))
	}
	for _, in := range invariantInputs {
		f.Add([]byte(in))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		long := bytes.Repeat(in, 3*checkpointBytes/(len(in)+1)+1)
		for _, src := range [][]byte{in, long} {
			x := NewIndex(src)
			body := 0
			if bytes.HasPrefix(src, bom) {
				body = len(bom)
			}
			want := wantPositions(src, body)
			for off := 0; off <= len(src); off++ {
				if got := x.Position(off); got != want[off] {
					t.Fatal(fmt.Sprintf("%q: Position(%d) = %v, want %v", src, off, got, want[off]))
				}
			}
		}
	})
}
