package article

import (
	"bytes"
	"unicode/utf8"
)

// Index maps byte offsets of a text to 1-based lines and columns, columns
// counted in Unicode code points, in time independent of the length of the
// line: a finding at the end of a 50 MB line costs what one at its start
// does.
//
// It holds the offset at which every line starts and, on lines longer than
// checkpointBytes, a checkpoint every checkpointBytes bytes or so: a
// character boundary, its column and whether the bytes up to the next
// checkpoint are all one byte per character. A column is then the column of
// the checkpoint before the offset plus the characters between them, which
// is a subtraction when that stretch is ASCII and at most checkpointBytes
// bytes of counting when it is not.
//
// An Index works over any bytes (Article.Position uses the article's; a
// reader that checks a text derived from a file can index the file's own
// bytes to report positions in it). Lines end at "\n"; the "\n" of "\r\n"
// has the column of its "\r"; a UTF-8 byte order mark at the start is not
// counted; a byte that is not valid UTF-8 counts as one character, as
// utf8.DecodeRune reads it. An Index is immutable and safe for concurrent
// use.
type Index struct {
	src       []byte
	bodyStart int
	// starts[i] is the offset of the first byte of line i+1. A text that
	// ends with "\n" has a last, empty line starting at len(src).
	starts []int
	// Checkpoints of the long lines, in increasing offset order.
	cpOff   []int  // a character boundary
	cpCol   []int  // its 1-based column
	cpASCII []bool // the bytes up to the next checkpoint or the line's end are one character each
}

// checkpointBytes is the spacing of checkpoints on a long line: the most
// bytes a column lookup counts.
const checkpointBytes = 256

// NewIndex indexes src. It reads src once, keeps a reference to it, and
// allocates about one int per line plus three words per checkpointBytes
// bytes of the lines longer than that; the caller must not modify src.
func NewIndex(src []byte) *Index {
	x := &Index{src: src}
	x.bodyStart = BOMLen(src)
	x.starts = make([]int, 0, bytes.Count(src[x.bodyStart:], []byte{'\n'})+1)
	start := x.bodyStart
	for {
		x.starts = append(x.starts, start)
		nl := bytes.IndexByte(src[start:], '\n')
		end := len(src)
		if nl >= 0 {
			end = start + nl
		}
		if end-start > checkpointBytes {
			x.checkpoint(start, end)
		}
		if nl < 0 {
			break
		}
		start = end + 1
	}
	return x
}

// checkpoint adds the checkpoints of the line [start, end).
func (x *Index) checkpoint(start, end int) {
	col := 1
	for cp := start; cp < end; {
		next := end
		if cp+checkpointBytes < end {
			next = charStart(x.src, cp, cp+checkpointBytes)
		}
		n := utf8.RuneCount(x.src[cp:next])
		x.cpOff = append(x.cpOff, cp)
		x.cpCol = append(x.cpCol, col)
		x.cpASCII = append(x.cpASCII, n == next-cp)
		col += n
		cp = next
	}
}

// charStart returns the start of the character that holds src[off], as
// utf8.DecodeRune reads the bytes from base, a character boundary at or
// before off. Every byte that can start a character is a boundary (a valid
// sequence never holds one; an invalid byte is a character of its own), so
// it looks back at most three bytes.
func charStart(src []byte, base, off int) int {
	if off >= len(src) {
		return off
	}
	k := off
	for k > base && off-k < utf8.UTFMax-1 && !utf8.RuneStart(src[k]) {
		k--
	}
	if k < off {
		if _, n := utf8.DecodeRune(src[k:]); k+n <= off {
			return off // no valid sequence holds off: it is an invalid byte
		}
	}
	return k
}

// Lines returns the number of lines: one more than the number of "\n".
func (x *Index) Lines() int { return len(x.starts) }

// Line returns the 1-based line of byte offset off, clamped to the text.
func (x *Index) Line(off int) int {
	return x.line(x.clamp(off)) + 1
}

func (x *Index) clamp(off int) int {
	return min(max(off, x.bodyStart), len(x.src))
}

// line returns the 0-based line of a clamped offset.
func (x *Index) line(off int) int {
	lo, hi := 0, len(x.starts) // the answer is in [lo, hi)
	for hi-lo > 1 {
		m := int(uint(lo+hi) >> 1)
		if x.starts[m] <= off {
			lo = m
		} else {
			hi = m
		}
	}
	return lo
}

// Position maps a byte offset to its line and column. Offsets before the
// text (or inside its byte order mark) map to the first character, offsets
// past it to the end; an offset inside a multi-byte character maps to that
// character.
func (x *Index) Position(off int) Position {
	p, _ := x.locate(off)
	return p
}

// locate returns the position of off and the offset from which it counted
// characters: off minus that offset is the work the lookup did (at most
// checkpointBytes plus a character).
func (x *Index) locate(off int) (Position, int) {
	off = x.clamp(off)
	i := x.line(off)
	start := x.starts[i]
	src := x.src
	if off < len(src) && off > start && src[off] == '\n' && src[off-1] == '\r' {
		off-- // the "\n" of "\r\n": the column of the "\r"
	}
	base, col, ascii := start, 1, false
	if k := x.checkpointAt(off); k >= 0 && x.cpOff[k] >= start {
		base, col, ascii = x.cpOff[k], x.cpCol[k], x.cpASCII[k]
	}
	if ascii {
		return Position{Line: i + 1, Column: col + off - base}, off
	}
	// Count the characters before the one that holds off.
	k := charStart(src, base, off)
	return Position{Line: i + 1, Column: col + utf8.RuneCount(src[base:k])}, base
}

// checkpointAt returns the index of the last checkpoint at or before off,
// or -1.
func (x *Index) checkpointAt(off int) int {
	lo, hi := 0, len(x.cpOff)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if x.cpOff[m] <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo - 1
}

// LineBounds returns the start and end of the line that holds byte offset
// off (clamped to the text): end is where its terminator ("\n" or "\r\n")
// starts, or the end of the text.
func (x *Index) LineBounds(off int) (start, end int) {
	i := x.line(x.clamp(off))
	start = x.starts[i]
	end = len(x.src)
	if i+1 < len(x.starts) {
		end = x.starts[i+1] - 1
		if end > start && x.src[end-1] == '\r' {
			end--
		}
	}
	return start, end
}
