package article

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestParseInput(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		kind      error // nil: valid text
		offset    int
		detail    string // a substring of the error message
		bodyStart int
	}{
		{name: "empty file", in: ""},
		{name: "ASCII", in: "The talks ended.\n"},
		{name: "multi-byte", in: "Мэр “met” Okafor — 市长 ✓ 🙂\n"},
		{name: "BOM", in: "\ufeffThe talks ended.\n", bodyStart: 3},
		{name: "BOM only", in: "\ufeff", bodyStart: 3},
		{name: "BOM inside the text is kept as text", in: "The\ufefftalks"},
		{name: "invalid byte", in: "The talks\xff ended.", kind: ErrEncoding, offset: 9, detail: "0xFF"},
		{name: "Latin-1 é", in: "caf\xe9 au lait", kind: ErrEncoding, offset: 3, detail: "0xE9"},
		{name: "truncated multi-byte at end", in: "Boats \xd0", kind: ErrEncoding, offset: 6, detail: "0xD0"},
		{name: "truncated multi-byte inside", in: "ab\xe2\x80 cd", kind: ErrEncoding, offset: 2, detail: "0xE2"},
		{name: "invalid after valid multi-byte", in: "Мэр\x80", kind: ErrEncoding, offset: 6, detail: "0x80"},
		{name: "surrogate half", in: "x\xed\xa0\x80", kind: ErrEncoding, offset: 1, detail: "0xED"},
		{name: "overlong encoding", in: "x\xc0\xaf", kind: ErrEncoding, offset: 1, detail: "0xC0"},
		{name: "invalid after BOM", in: "\ufeff\xff", kind: ErrEncoding, offset: 3},
		{name: "NUL", in: "The talks\x00 ended.", kind: ErrBinary, offset: 9},
		{name: "NUL first", in: "\x00\x01\x02", kind: ErrBinary, offset: 0},
		{name: "NUL before invalid byte", in: "\xff\x00", kind: ErrBinary, offset: 1},
		{name: "UTF-16 LE BOM", in: "\xff\xfeT\x00h\x00e\x00", kind: ErrEncoding, offset: 0, detail: "UTF-16"},
		{name: "UTF-16 BE BOM", in: "\xfe\xff\x00T\x00h", kind: ErrEncoding, offset: 0, detail: "UTF-16"},
		{name: "UTF-16 LE without NUL", in: "\xff\xfe\x1a\x04", kind: ErrEncoding, offset: 0, detail: "UTF-16"},
		{name: "UTF-16 LE without BOM", in: "T\x00h\x00e\x00 \x00", kind: ErrEncoding, offset: 1, detail: "UTF-16"},
		{name: "UTF-16 BE without BOM", in: "\x00T\x00h\x00e", kind: ErrEncoding, offset: 0, detail: "UTF-16"},
		{name: "binary with NULs", in: "\x7fELF\x02\x01\x01\x00\x00\x00", kind: ErrBinary, offset: 7},
		{name: "UTF-32 LE BOM", in: "\xff\xfe\x00\x00T\x00\x00\x00", kind: ErrEncoding, offset: 0, detail: "UTF-32"},
		{name: "UTF-32 BE BOM", in: "\x00\x00\xfe\xff\x00\x00\x00T", kind: ErrEncoding, offset: 0, detail: "UTF-32"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse("f.txt", []byte(tc.in))
			if tc.kind == nil {
				if err != nil {
					t.Fatalf("Parse(%q): %v", tc.in, err)
				}
				if a.BodyStart != tc.bodyStart {
					t.Errorf("BodyStart = %d, want %d", a.BodyStart, tc.bodyStart)
				}
				if a.Path != "f.txt" || string(a.Src) != tc.in {
					t.Errorf("Path, Src = %q, %q", a.Path, a.Src)
				}
				if err := checkInvariants(a); err != nil {
					t.Error(err)
				}
				return
			}
			if err == nil {
				t.Fatalf("Parse(%q) succeeded, want %v", tc.in, tc.kind)
			}
			if a != nil {
				t.Errorf("Parse returned an article with an error")
			}
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %v is a %T, want *InputError", err, err)
			}
			if !errors.Is(err, tc.kind) {
				t.Errorf("error %v is not %v", err, tc.kind)
			}
			if ie.Offset != tc.offset {
				t.Errorf("Offset = %d, want %d (%v)", ie.Offset, tc.offset, err)
			}
			if !strings.Contains(err.Error(), tc.detail) || !strings.Contains(err.Error(), "byte") {
				t.Errorf("message %q does not say %q and where", err.Error(), tc.detail)
			}
		})
	}
}

func TestLines(t *testing.T) {
	type line struct{ text, brk string }
	tests := []struct {
		name string
		in   string
		want []line
	}{
		{"empty", "", []line{{"", ""}}},
		{"newline only", "\n", []line{{"", "\n"}}},
		{"LF", "a\nb\n", []line{{"a", "\n"}, {"b", "\n"}}},
		{"no final newline", "a\nb", []line{{"a", "\n"}, {"b", ""}}},
		{"CRLF", "a\r\nb\r\n", []line{{"a", "\r\n"}, {"b", "\r\n"}}},
		{"mixed", "a\r\nb\nc", []line{{"a", "\r\n"}, {"b", "\n"}, {"c", ""}}},
		{"blank lines", "a\n\n\nb", []line{{"a", "\n"}, {"", "\n"}, {"", "\n"}, {"b", ""}}},
		{"CR before CRLF stays in the line", "a\r\r\n", []line{{"a\r", "\r\n"}}},
		// A lone CR (old Mac OS) is not a line terminator: it is white
		// space inside the line.
		{"lone CR", "a\rb\r", []line{{"a\rb\r", ""}}},
		{"BOM", "\ufeffa\nb", []line{{"a", "\n"}, {"b", ""}}},
		{"trailing newlines", "a\n\n", []line{{"a", "\n"}, {"", "\n"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := mustParse(t, tc.in)
			var got []line
			for _, l := range a.Lines {
				got = append(got, line{a.String(l.Span), a.String(l.Break)})
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("lines of %q:\n got  %q\n want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestLineText(t *testing.T) {
	a := mustParse(t, " \t Indented text\u00a0 \r\n \t\u00a0\r\nx")
	want := []struct {
		text  string
		blank bool
	}{{"Indented text", false}, {"", true}, {"x", false}}
	for i, w := range want {
		l := a.Lines[i]
		if got := a.String(l.Text); got != w.text || l.Blank() != w.blank {
			t.Errorf("line %d: Text %q Blank %v, want %q %v", i, got, l.Blank(), w.text, w.blank)
		}
	}
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		want  []string
		lines [][2]int
	}{
		{"none", "", nil, nil},
		{"blank only", " \n\t\n", nil, nil},
		{"one", "Headline", []string{"Headline"}, [][2]int{{0, 1}}},
		{"two", "Headline\n\nBody text.\n", []string{"Headline", "Body text."}, [][2]int{{0, 1}, {2, 3}}},
		{"multi-line", "Line one\nline two.\n\nNext.", []string{"Line one\nline two.", "Next."}, [][2]int{{0, 2}, {3, 4}}},
		{"blank line with spaces and tabs", "One.\n \t \nTwo.", []string{"One.", "Two."}, [][2]int{{0, 1}, {2, 3}}},
		{"blank line with no-break space", "One.\n\u00a0\nTwo.", []string{"One.", "Two."}, [][2]int{{0, 1}, {2, 3}}},
		{"many blank lines", "\n\nOne.\n\n\n\nTwo.\n\n", []string{"One.", "Two."}, [][2]int{{2, 3}, {6, 7}}},
		{"leading indentation", "   One.\n\tstill one.  \n\n    Two.", []string{"One.\n\tstill one.", "Two."}, [][2]int{{0, 2}, {3, 4}}},
		{"CRLF", "One.\r\n\r\nTwo\r\nthree.\r\n", []string{"One.", "Two\r\nthree."}, [][2]int{{0, 1}, {2, 4}}},
		{"BOM", "\ufeffHeadline\n\nBody.", []string{"Headline", "Body."}, [][2]int{{0, 1}, {2, 3}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := mustParse(t, tc.in)
			var got []string
			var lines [][2]int
			for i, p := range a.Paragraphs {
				got = append(got, a.String(p.Span))
				lines = append(lines, [2]int{p.FirstLine, p.EndLine})
				if n := len(a.ParagraphLines(i)); n != p.EndLine-p.FirstLine {
					t.Errorf("ParagraphLines(%d) has %d lines", i, n)
				}
			}
			if !reflect.DeepEqual(got, tc.want) || !reflect.DeepEqual(lines, tc.lines) {
				t.Errorf("paragraphs of %q:\n got  %q %v\n want %q %v", tc.in, got, lines, tc.want, tc.lines)
			}
		})
	}
}

func TestPosition(t *testing.T) {
	tests := []struct {
		name string
		in   string
		off  int
		want Position
	}{
		{"start", "abc", 0, Position{1, 1}},
		{"empty file", "", 0, Position{1, 1}},
		{"middle", "abc", 2, Position{1, 3}},
		{"EOF without newline", "abc", 3, Position{1, 4}},
		{"EOF after newline", "abc\n", 4, Position{2, 1}},
		{"at the newline", "abc\ndef", 3, Position{1, 4}},
		{"second line", "abc\ndef", 5, Position{2, 2}},
		{"blank line", "a\n\nb", 2, Position{2, 1}},
		{"after blank line", "a\n\nb", 3, Position{3, 1}},
		{"CRLF second line", "ab\r\ncd", 5, Position{2, 2}},
		{"at CR", "ab\r\ncd", 2, Position{1, 3}},
		{"at LF of CRLF", "ab\r\ncd", 3, Position{1, 3}},
		{"EOF after CRLF", "ab\r\n", 4, Position{2, 1}},
		{"multi-byte", "Лук x", 7, Position{1, 5}},
		{"after a 4-byte character", "🙂x", 4, Position{1, 2}},
		{"curly quotes", "“Да” x", 11, Position{1, 6}},
		{"inside a 2-byte character", "Лук", 3, Position{1, 2}},
		{"inside a 3-byte character", "a…b", 2, Position{1, 2}},
		{"inside a 4-byte character", "a🙂b", 4, Position{1, 2}},
		{"BOM not counted", "\ufeffab", 4, Position{1, 2}},
		{"BOM start", "\ufeffab", 3, Position{1, 1}},
		{"inside the BOM", "\ufeffab", 1, Position{1, 1}},
		{"BOM second line", "\ufeffa\nb", 5, Position{2, 1}},
		{"negative offset", "ab", -5, Position{1, 1}},
		{"offset past EOF", "ab", 99, Position{1, 3}},
		{"lone CR is a character", "a\rb", 2, Position{1, 3}},
		{"tab is one character", "\tb", 1, Position{1, 2}},
		{"combining mark is a character", "e\u0301x", 3, Position{1, 3}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := mustParse(t, tc.in)
			if got := a.Position(tc.off); got != tc.want {
				t.Errorf("Position(%d) in %q = %v, want %v", tc.off, tc.in, got, tc.want)
			}
		})
	}
}

// TestPositionMonotonic checks every offset of a mixed text.
func TestPositionMonotonic(t *testing.T) {
	for _, in := range invariantInputs {
		a := mustParse(t, in)
		if err := checkPositions(a); err != nil {
			t.Errorf("%q: %v", in, err)
		}
	}
}

func TestLineAtParagraphAt(t *testing.T) {
	src := "Head\r\n\r\n  Body one.\nBody two.\n"
	a := mustParse(t, src)
	lines := []int{0, 0, 0, 0, 0, 0, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3}
	paras := []int{0, 0, 0, 0, -1, -1, -1, -1, -1, -1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, -1, -1}
	if len(lines) != len(src)+1 || len(paras) != len(src)+1 {
		t.Fatalf("test tables have %d, %d entries for %d offsets", len(lines), len(paras), len(src)+1)
	}
	for off := 0; off <= len(src); off++ {
		if got := a.LineAt(off); got != lines[off] {
			t.Errorf("LineAt(%d) = %d, want %d", off, got, lines[off])
		}
		if got := a.ParagraphAt(off); got != paras[off] {
			t.Errorf("ParagraphAt(%d) = %d, want %d", off, got, paras[off])
		}
	}
}

func TestSpan(t *testing.T) {
	s := Span{2, 5}
	if s.Len() != 3 || !s.Contains(2) || !s.Contains(4) || s.Contains(5) || s.Contains(1) {
		t.Errorf("Len/Contains wrong for %v", s)
	}
	tests := []struct {
		a, b Span
		want bool
	}{
		{Span{2, 5}, Span{4, 6}, true},
		{Span{2, 5}, Span{5, 6}, false},
		{Span{2, 5}, Span{0, 2}, false},
		{Span{2, 5}, Span{3, 3}, true},
		{Span{2, 5}, Span{5, 5}, true},
		{Span{2, 5}, Span{6, 6}, false},
		{Span{3, 3}, Span{3, 3}, true},
	}
	for _, tc := range tests {
		if got := tc.a.Overlaps(tc.b); got != tc.want {
			t.Errorf("%v.Overlaps(%v) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
		if got := tc.b.Overlaps(tc.a); got != tc.want {
			t.Errorf("%v.Overlaps(%v) = %v, want %v", tc.b, tc.a, got, tc.want)
		}
	}
}

func TestSentenceAtWordAt(t *testing.T) {
	src := "Mr. Li left.  He won.\n\nNext"
	a := mustParse(t, src)
	// offsets:  M0 r1 .2 _3 L4 i5 _6 l7 e8 f9 t10 .11 _12 _13 H14 e15 _16 w17 o18 n19 .20 \n21 \n22 N23..26
	sents := []int{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, -1, 1, 1, 1, 1, 1, 1, 1, -1, -1, 2, 2, 2, 2, -1}
	words := []int{0, 0, -1, -1, 1, 1, -1, 2, 2, 2, 2, -1, -1, -1, 3, 3, -1, 4, 4, 4, -1, -1, -1, 5, 5, 5, 5, -1}
	for off := 0; off <= len(src); off++ {
		if got := a.SentenceAt(off); got != sents[off] {
			t.Errorf("SentenceAt(%d) = %d, want %d", off, got, sents[off])
		}
		if got := a.WordAt(off); got != words[off] {
			t.Errorf("WordAt(%d) = %d, want %d", off, got, words[off])
		}
	}
}

// TestDecode: UTF-8 is returned as it is; text that is not UTF-8 but reads
// as Windows-1252 without control characters is transcoded; anything else
// is the error Parse gives.
func TestDecode(t *testing.T) {
	tests := []struct {
		name, in, want, enc string
		kind                error
	}{
		{name: "UTF-8", in: "The café, £5 and “quotes”.\n", want: "The café, £5 and “quotes”.\n"},
		{name: "ASCII", in: "The talks ended.\n", want: "The talks ended.\n"},
		{name: "Latin-1 letters", in: "The caf\xe9 in Sa\xf5 Paulo, Espa\xf1a.\n", want: "The café in Saõ Paulo, España.\n", enc: EncodingWindows1252},
		{name: "pound sign", in: "It costs \xa35.\r\n", want: "It costs £5.\r\n", enc: EncodingWindows1252},
		{name: "Windows-1252 punctuation", in: "\x93We\x92ll win\x94 \x96 he said\x85 \x80 5", want: "“We’ll win” – he said… € 5", enc: EncodingWindows1252},
		{name: "tabs and line breaks", in: "a\tb\r\nc\xe9\n", want: "a\tb\r\ncé\n", enc: EncodingWindows1252},
		{name: "a control character", in: "caf\xe9\x01", kind: ErrEncoding},
		{name: "DEL", in: "caf\xe9\x7f", kind: ErrEncoding},
		{name: "an undefined byte", in: "caf\xe9 \x81", kind: ErrEncoding},
		{name: "NUL", in: "caf\xe9\x00", kind: ErrBinary},
		{name: "UTF-16 with a byte order mark", in: "\xff\xfeT\x00h\x00\xe9\x00", kind: ErrEncoding},
		{name: "UTF-8 byte order mark and a bad byte", in: "\ufeffcaf\xe9", kind: ErrEncoding},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, enc, err := Decode([]byte(tc.in))
			if tc.kind != nil {
				if !errors.Is(err, tc.kind) {
					t.Fatalf("Decode(%q): error %v, want %v", tc.in, err, tc.kind)
				}
				if _, perr := Parse("f.txt", []byte(tc.in)); perr == nil || perr.Error() != err.Error() {
					t.Errorf("Decode's error %v is not Parse's %v", err, perr)
				}
				return
			}
			if err != nil || string(got) != tc.want || enc != tc.enc {
				t.Fatalf("Decode(%q) = %q, %q, %v; want %q, %q", tc.in, got, enc, err, tc.want, tc.enc)
			}
			a, err := ParseFile("f.txt", []byte(tc.in))
			if err != nil || a.Encoding != tc.enc || string(a.Src) != tc.want {
				t.Errorf("ParseFile: %v, encoding %q, text %q", err, a.Encoding, a.Src)
			}
		})
	}
}
