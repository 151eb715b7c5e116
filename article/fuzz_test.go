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

// checkPositions compares Position with positions counted independently
// (wantPositions) at every offset, and checks that positions never go back.
func checkPositions(a *Article) error {
	src := a.Src
	want := wantPositions(src, a.BodyStart)
	prev := Position{1, 1}
	for off := -1; off <= len(src)+1; off++ {
		p := a.Position(off)
		w := want[min(max(off, 0), len(src))]
		if p != w {
			return fmt.Errorf("Position(%d) = %v, want %v", off, p, w)
		}
		if p.Line < prev.Line || p.Line == prev.Line && p.Column < prev.Column {
			return fmt.Errorf("Position(%d) = %v goes back from %v", off, p, prev)
		}
		prev = p
	}
	return nil
}

// wantPositions counts the position of every offset of src (and of
// len(src)) one character at a time: lines and columns start at 1, the
// column grows by one per character as utf8.DecodeRune reads them (an
// invalid byte is one character), the byte order mark (the first bodyStart
// bytes) is not counted, "\n" moves to column 1 of the next line, the "\n"
// of "\r\n" shares the column of its "\r", and an offset inside a
// character maps to that character.
func wantPositions(src []byte, bodyStart int) []Position {
	want := make([]Position, len(src)+1)
	line, col := 1, 1
	for off := 0; off < len(src); {
		r, n := utf8.DecodeRune(src[off:])
		for k := off; k < off+n; k++ {
			want[k] = Position{line, col}
		}
		switch {
		case off < bodyStart:
		case r == '\n':
			line, col = line+1, 1
		case r == '\r' && off+1 < len(src) && src[off+1] == '\n':
			want[off+1] = Position{line, col}
			line, col = line+1, 1
			n = 2
		default:
			col++
		}
		off += n
	}
	want[len(src)] = Position{line, col}
	for k := 0; k < bodyStart; k++ {
		want[k] = want[bodyStart]
	}
	return want
}
