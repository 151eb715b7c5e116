package article

import (
	"errors"
	"fmt"
	"testing"
	"unicode/utf8"
)

// FuzzParse parses arbitrary bytes: Parse either returns an *InputError or
// a model that keeps every invariant of checkInvariants, and Position maps
// every offset without panicking, monotonically. The seed corpus is in
// testdata/fuzz/FuzzParse; the sentence and word cases are added here.
func FuzzParse(f *testing.F) {
	for _, in := range invariantInputs {
		f.Add([]byte(in))
	}
	for _, tc := range sentenceCases {
		f.Add([]byte(tc.in))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		a, err := Parse("fuzz.txt", src)
		if err != nil {
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %v is a %T, want *InputError", err, err)
			}
			if ie.Offset < 0 || ie.Offset >= len(src) {
				t.Fatalf("error offset %d outside the input (%d bytes)", ie.Offset, len(src))
			}
			if utf8.Valid(src) && !errors.Is(err, ErrBinary) && !errors.Is(err, ErrEncoding) {
				t.Fatalf("valid UTF-8 refused with %v", err)
			}
			_ = err.Error()
			return
		}
		if !utf8.Valid(src) {
			t.Fatalf("invalid UTF-8 accepted")
		}
		if err := checkInvariants(a); err != nil {
			t.Fatal(err)
		}
		if err := checkPositions(a); err != nil {
			t.Fatal(err)
		}
	})
}

// checkPositions maps every offset of a to a position: lines and columns
// start at 1, never go backwards as the offset grows, the column grows by
// one per character on a line, and a line terminator moves to column 1 of
// the next line.
func checkPositions(a *Article) error {
	src := a.Src
	prev := Position{1, 1}
	for off := -1; off <= len(src)+1; off++ {
		p := a.Position(off)
		if p.Line < 1 || p.Column < 1 || p.Line > len(a.Lines)+1 {
			return fmt.Errorf("Position(%d) = %v", off, p)
		}
		if p.Line < prev.Line || p.Line == prev.Line && p.Column < prev.Column {
			return fmt.Errorf("Position(%d) = %v goes back from %v", off, p, prev)
		}
		if off > a.BodyStart && off <= len(src) && (off == len(src) || utf8.RuneStart(src[off])) {
			// The previous character is one column (or one line) back.
			_, n := utf8.DecodeLastRune(src[:off])
			q := a.Position(off - n)
			switch {
			case src[off-1] == '\n':
				if p != (Position{q.Line + 1, 1}) {
					return fmt.Errorf("Position(%d) = %v after a newline at %v", off, p, q)
				}
			case src[off-1] == '\r' && off < len(src) && src[off] == '\n':
				if p != q {
					return fmt.Errorf("Position(%d) = %v: the LF of CRLF is not at the CR's %v", off, p, q)
				}
			default:
				if p != (Position{q.Line, q.Column + 1}) {
					return fmt.Errorf("Position(%d) = %v after Position(%d) = %v", off, p, off-n, q)
				}
			}
		}
		prev = p
	}
	return nil
}
