package fix

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// A diffLine is one line of either text with its terminator ("\n", or
// "\r\n" kept whole so that CRLF files stay CRLF), or a last line without
// one.
type diffLine struct {
	op   diffmatchpatch.Operation
	text string
}

// lineDiff compares a and b line by line with go-diff's line mode (each
// distinct line becomes one rune, the runes are diffed, and the runes are
// turned back into lines) and checks that the result rebuilds both texts.
func lineDiff(a, b string) (lines []diffLine, err error) {
	defer func() {
		if r := recover(); r != nil { // go-diff panics past about a million distinct lines
			lines, err = nil, fmt.Errorf("cannot diff: %v", r)
		}
	}()
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0 // exact; line mode keeps the sequences short
	ra, rb, lineArray := dmp.DiffLinesToRunes(a, b)
	diffs := dmp.DiffCharsToLines(dmp.DiffMainRunes(ra, rb, false), lineArray)
	var oldText, newText strings.Builder
	for _, d := range diffs {
		for _, l := range splitLines(d.Text) {
			lines = append(lines, diffLine{d.Type, l})
		}
		if d.Type != diffmatchpatch.DiffInsert {
			oldText.WriteString(d.Text)
		}
		if d.Type != diffmatchpatch.DiffDelete {
			newText.WriteString(d.Text)
		}
	}
	if oldText.String() != a || newText.String() != b {
		return nil, fmt.Errorf("internal error: the line diff does not rebuild the texts")
	}
	return lines, nil
}

// splitLines cuts s after each "\n"; a last piece without one is a line too.
func splitLines(s string) []string {
	var out []string
	for len(s) > 0 {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			out = append(out, s)
			break
		}
		out = append(out, s[:i+1])
		s = s[i+1:]
	}
	return out
}

// Unified returns the unified diff that turns a into b, with context lines
// of context around each change, under the headers "--- a/NAME" and
// "+++ b/NAME". It returns nil when a and b are equal.
//
// The format is the one diff -u, patch and git apply use: hunks
// "@@ -l,n +l,n @@" (",n" left out when n is 1; l is the line before the
// hunk when n is 0), lines prefixed with " ", "-" or "+", and
// "\ No newline at end of file" after a last line that lacks a newline.
// Line terminators are written as they are in the texts, so a CRLF file
// gets CRLF lines in the diff, which patch and git apply keep.
func Unified(name string, a, b []byte, context int) ([]byte, error) {
	if bytes.Equal(a, b) {
		return nil, nil
	}
	if context < 0 {
		context = 0
	}
	lines, err := lineDiff(string(a), string(b))
	if err != nil {
		return nil, err
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
		if l.op != diffmatchpatch.DiffInsert {
			oldAt[i+1]++
		}
		if l.op != diffmatchpatch.DiffDelete {
			newAt[i+1]++
		}
	}
	for i := 0; i < n; {
		if lines[i].op == diffmatchpatch.DiffEqual {
			i++
			continue
		}
		// A hunk: from context lines before this change to context lines
		// after the last change that is at most 2*context equal lines
		// away from the one before it.
		start := max(i-context, 0) // lines before i are equal lines
		end := i
		for {
			for end < n && lines[end].op != diffmatchpatch.DiffEqual {
				end++
			}
			j := end
			for j < n && lines[j].op == diffmatchpatch.DiffEqual {
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
		if l.op != diffmatchpatch.DiffInsert {
			oldN++
		}
		if l.op != diffmatchpatch.DiffDelete {
			newN++
		}
	}
	fmt.Fprintf(out, "@@ -%s +%s @@\n", hunkRange(oldStart, oldN), hunkRange(newStart, newN))
	// Within a run of changes, deletions come first, then insertions.
	for i := 0; i < len(lines); {
		if lines[i].op == diffmatchpatch.DiffEqual {
			writeLine(out, ' ', lines[i].text)
			i++
			continue
		}
		j := i
		for j < len(lines) && lines[j].op != diffmatchpatch.DiffEqual {
			j++
		}
		for _, op := range []diffmatchpatch.Operation{diffmatchpatch.DiffDelete, diffmatchpatch.DiffInsert} {
			for _, l := range lines[i:j] {
				if l.op == op {
					prefix := byte('-')
					if op == diffmatchpatch.DiffInsert {
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

func writeLine(out *bytes.Buffer, prefix byte, text string) {
	out.WriteByte(prefix)
	out.WriteString(text)
	if !strings.HasSuffix(text, "\n") {
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
