package fix

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/mtlint/mtlint/rules"
)

// A diffLine is one line of either text with its terminator ("\n", or
// "\r\n" kept whole so that CRLF files stay CRLF), or a last line without
// one.
type diffLine struct {
	op   diffOp
	text []byte // a slice of the old or the fixed text, not a copy
}

type diffOp int8

const (
	opEqual diffOp = iota
	opDelete
	opInsert
)

// lineStarts returns the offset of the start of each line of s: 0, and one
// past each "\n" that is not the last byte. An empty s has no lines.
func lineStarts(s []byte) []int {
	if len(s) == 0 {
		return nil
	}
	starts := make([]int, 1, bytes.Count(s, []byte{'\n'})+1)
	for i := 0; ; {
		j := bytes.IndexByte(s[i:], '\n')
		if j < 0 || i+j+1 == len(s) {
			return starts
		}
		i += j + 1
		starts = append(starts, i)
	}
}

// lineDiff turns edits of src into the lines of both texts, each marked
// equal, deleted or inserted, in one pass over the text and the edits.
//
// The lines an edit touches (from the line holding its start to the line
// holding its end) are its block; blocks that share a line merge. A block's
// old lines are replaced by the lines of its new text, less the lines at
// either end that the edit left as they were ("x\n" deleted before an
// identical "x\n" shows as the first of the two going, as diff -u has it).
// Lines between blocks are equal. The result is a correct line diff of the
// two texts, though not always the shortest: a line that a block leaves as
// it was between two that change shows as deleted and inserted again
// (fixes rarely span such lines). On the fixes of the seed, bbc-dev and
// pages-dev, it has as many changed lines as go-diff's line diff had.
func lineDiff(src []byte, edits []rules.Edit) ([]diffLine, []byte, error) {
	prev := 0
	for _, e := range edits {
		if e.Offset < prev || e.EndOffset < e.Offset || e.EndOffset > len(src) {
			return nil, nil, fmt.Errorf("internal error: edit [%d,%d) is out of order or outside the text (%d bytes)", e.Offset, e.EndOffset, len(src))
		}
		prev = e.EndOffset
	}
	old := lineStarts(src)
	lineEnd := func(i int) int { // the end of old line i, its terminator included
		if i+1 < len(old) {
			return old[i+1]
		}
		return len(src)
	}
	// lineAt returns the old line holding off; an offset at the end of a
	// text that ends with a newline (or is empty) is on a line of its own,
	// len(old), which has no bytes.
	lineAt := func(off int) int {
		i := sort.Search(len(old), func(i int) bool { return old[i] > off }) - 1
		if i < 0 || off == len(src) && src[len(src)-1] == '\n' {
			return len(old)
		}
		return i
	}
	var lines []diffLine
	var fixed bytes.Buffer
	fixed.Grow(len(src))
	next := 0 // the next old line not yet written
	for k := 0; k < len(edits); {
		// A block: the lines from the first edit's start to the end of the
		// last edit that starts on a line the block already holds.
		first := lineAt(edits[k].Offset)
		last := lineAt(max(edits[k].EndOffset, edits[k].Offset))
		j := k + 1
		for j < len(edits) && lineAt(edits[j].Offset) <= last {
			last = max(last, lineAt(edits[j].EndOffset))
			j++
		}
		for ; next < first; next++ {
			lines = append(lines, diffLine{opEqual, src[old[next]:lineEnd(next)]})
			fixed.Write(src[old[next]:lineEnd(next)])
		}
		// The block's old text and new text.
		bStart, bEnd := len(src), len(src)
		if first < len(old) {
			bStart = old[first]
		}
		if last < len(old) {
			bEnd = lineEnd(last)
		}
		newStart := fixed.Len()
		at := bStart
		for _, e := range edits[k:j] {
			fixed.Write(src[at:e.Offset])
			fixed.WriteString(e.Text)
			at = e.EndOffset
		}
		fixed.Write(src[at:bEnd])
		// (The new lines are slices of fixed's current array: a later
		// growth copies the buffer and leaves them as they are.)
		oldLines := splitLines(src[bStart:bEnd])
		newLines := splitLines(fixed.Bytes()[newStart:])
		// Leave out the lines at either end that did not change.
		p := 0
		for p < len(oldLines) && p < len(newLines) && bytes.Equal(oldLines[p], newLines[p]) {
			p++
		}
		q := 0
		for q < len(oldLines)-p && q < len(newLines)-p && bytes.Equal(oldLines[len(oldLines)-1-q], newLines[len(newLines)-1-q]) {
			q++
		}
		for _, l := range oldLines[:p] {
			lines = append(lines, diffLine{opEqual, l})
		}
		for _, l := range oldLines[p : len(oldLines)-q] {
			lines = append(lines, diffLine{opDelete, l})
		}
		for _, l := range newLines[p : len(newLines)-q] {
			lines = append(lines, diffLine{opInsert, l})
		}
		for _, l := range oldLines[len(oldLines)-q:] {
			lines = append(lines, diffLine{opEqual, l})
		}
		next = min(last+1, len(old))
		k = j
	}
	for ; next < len(old); next++ {
		lines = append(lines, diffLine{opEqual, src[old[next]:lineEnd(next)]})
		fixed.Write(src[old[next]:lineEnd(next)])
	}
	return lines, fixed.Bytes(), nil
}

// splitLines cuts s after each "\n"; a last piece without one is a line
// too. The lines are slices of s.
func splitLines[T ~string | ~[]byte](s T) []T {
	var out []T
	for len(s) > 0 {
		i := 0
		for i < len(s) && s[i] != '\n' {
			i++
		}
		if i == len(s) {
			out = append(out, s)
			break
		}
		out = append(out, s[:i+1])
		s = s[i+1:]
	}
	return out
}

// Unified returns the unified diff of the edits to src (sorted and
// disjoint, as Result.Edits are), with context lines of context around
// each change, under the headers "--- a/NAME" and "+++ b/NAME". It returns
// nil when the edits change nothing. It takes time linear in the text and
// the edits, whatever their number and the length of the lines.
//
// The format is the one diff -u, patch and git apply use: hunks
// "@@ -l,n +l,n @@" (",n" left out when n is 1; l is the line before the
// hunk when n is 0), lines prefixed with " ", "-" or "+", and
// "\ No newline at end of file" after a last line that lacks a newline.
// Line terminators are written as they are in the texts, so a CRLF file
// gets CRLF lines in the diff, which patch and git apply keep.
func Unified(name string, src []byte, edits []rules.Edit, context int) ([]byte, error) {
	if context < 0 {
		context = 0
	}
	lines, fixed, err := lineDiff(src, edits)
	if err != nil {
		return nil, err
	}
	if bytes.Equal(src, fixed) {
		return nil, nil
	}
	var out bytes.Buffer
	// Like git, end a name that holds a space with a tab, so that patch
	// does not take the rest of the line for a timestamp.
	tab := ""
	if strings.ContainsAny(name, " \t") {
		tab = "\t"
	}
	fmt.Fprintf(&out, "--- a/%s%s\n+++ b/%s%s\n", name, tab, name, tab)

	// Line numbers (0-based) in a and b at the start of each line.
	n := len(lines)
	oldAt, newAt := make([]int, n+1), make([]int, n+1)
	for i, l := range lines {
		oldAt[i+1], newAt[i+1] = oldAt[i], newAt[i]
		if l.op != opInsert {
			oldAt[i+1]++
		}
		if l.op != opDelete {
			newAt[i+1]++
		}
	}
	for i := 0; i < n; {
		if lines[i].op == opEqual {
			i++
			continue
		}
		// A hunk: from context lines before this change to context lines
		// after the last change that is at most 2*context equal lines
		// away from the one before it.
		start := max(i-context, 0) // lines before i are equal lines
		end := i
		for {
			for end < n && lines[end].op != opEqual {
				end++
			}
			j := end
			for j < n && lines[j].op == opEqual {
				j++
			}
			if j < n && j-end <= 2*context {
				end = j
				continue
			}
			end = min(end+context, n)
			break
		}
		writeHunk(&out, lines[start:end], oldAt[start], newAt[start])
		i = end
	}
	return out.Bytes(), nil
}

func writeHunk(out *bytes.Buffer, lines []diffLine, oldStart, newStart int) {
	oldN, newN := 0, 0
	for _, l := range lines {
		if l.op != opInsert {
			oldN++
		}
		if l.op != opDelete {
			newN++
		}
	}
	fmt.Fprintf(out, "@@ -%s +%s @@\n", hunkRange(oldStart, oldN), hunkRange(newStart, newN))
	// Within a run of changes, deletions come first, then insertions.
	for i := 0; i < len(lines); {
		if lines[i].op == opEqual {
			writeLine(out, ' ', lines[i].text)
			i++
			continue
		}
		j := i
		for j < len(lines) && lines[j].op != opEqual {
			j++
		}
		for _, op := range []diffOp{opDelete, opInsert} {
			for _, l := range lines[i:j] {
				if l.op == op {
					prefix := byte('-')
					if op == opInsert {
						prefix = '+'
					}
					writeLine(out, prefix, l.text)
				}
			}
		}
		i = j
	}
}

// hunkRange formats "l,n" for lines [start, start+n), 0-based start.
func hunkRange(start, n int) string {
	switch n {
	case 0:
		return fmt.Sprintf("%d,0", start) // the line before the (empty) range
	case 1:
		return fmt.Sprintf("%d", start+1)
	}
	return fmt.Sprintf("%d,%d", start+1, n)
}

func writeLine(out *bytes.Buffer, prefix byte, text []byte) {
	out.WriteByte(prefix)
	out.Write(text)
	if !bytes.HasSuffix(text, []byte("\n")) {
		out.WriteString("\n\\ No newline at end of file\n")
	}
}

// DiffName returns the name to write after "a/" and "b/" in the diff of
// path, so that "patch -p1" or "git apply" run in the current directory
// finds the file:
//
//   - a relative path inside the current directory is used as given,
//     cleaned ("./x/../a.txt" → "a.txt"), with forward slashes;
//   - an absolute path inside the current directory is made relative to it;
//   - any other path (absolute elsewhere, or reaching up with "..") is
//     written as the absolute path without its leading "/", as
//     "git diff --no-index" does; apply such a diff from the root
//     directory ("patch -p1 -d /"). outside reports this case.
//
// patch and git apply both refuse names that are absolute or contain "..",
// which is why such names are never written.
func DiffName(path string) (name string, outside bool) {
	clean := filepath.Clean(path)
	if !filepath.IsAbs(clean) && !escapes(clean) {
		return filepath.ToSlash(clean), false
	}
	abs, err := filepath.Abs(clean)
	if err != nil {
		return filepath.ToSlash(clean), true
	}
	if wd, err := os.Getwd(); err == nil {
		if rel, err := filepath.Rel(wd, abs); err == nil && !escapes(rel) {
			return filepath.ToSlash(rel), false
		}
	}
	return strings.TrimLeft(filepath.ToSlash(abs), "/"), true
}

// escapes reports whether a cleaned relative path starts with "..".
func escapes(rel string) bool {
	return rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator))
}
