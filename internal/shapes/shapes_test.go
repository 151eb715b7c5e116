package shapes

import (
	"bytes"
	"testing"
	"unicode/utf8"
)

// TestShapes checks that each shape has the layout its name promises and
// that the same N gives the same text.
func TestShapes(t *testing.T) {
	for _, s := range append(All, Sentences) {
		small, big := Text(s, 100), Text(s, 1000)
		if !bytes.Equal(small, Text(s, 100)) {
			t.Errorf("%s: two texts for the same N", s)
		}
		if !utf8.Valid(big) || len(big) < 5*len(small) {
			t.Errorf("%s: %d bytes for N=100, %d for N=1000", s, len(small), len(big))
		}
		lines := bytes.Count(big, []byte("\n"))
		blank := bytes.Count(big, []byte("\n\n"))
		switch s {
		case Line, Findings, NoSpace:
			if lines != 1 {
				t.Errorf("%s: %d lines, want 1", s, lines)
			}
		case Paragraph:
			if blank != 0 || lines < 1000 {
				t.Errorf("%s: %d lines, %d blank, want one paragraph of many lines", s, lines, blank)
			}
		case Article, Sentences:
			if blank < 250 {
				t.Errorf("%s: %d paragraphs for 1000 sentences", s, blank)
			}
		}
		if s == NoSpace {
			if len(big) < 1000*NoSpaceBytes || bytes.ContainsAny(big[:len(big)-1], " \t\n") {
				t.Errorf("nospace: %d bytes, or white space inside", len(big))
			}
		}
	}
}
