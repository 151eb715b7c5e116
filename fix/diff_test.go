package fix

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/rules"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// diffCases are pairs of texts whose unified diffs are kept as golden
// files under testdata/diff/ (name.diff with 3 lines of context, and
// name.u0.diff / name.u1.diff with 0 and 1).
var diffCases = []struct{ name, a, b string }{
	{"one-line", lines(1, 12), strings.Replace(lines(1, 12), "line 6 ,", "line 6,", 1)},
	{"first-line", lines(1, 8), strings.Replace(lines(1, 8), "line 1 ,", "line 1,", 1)},
	{"last-line", lines(1, 8), strings.Replace(lines(1, 8), "line 8 ,", "line 8,", 1)},
	{"close-changes-one-hunk", lines(1, 20), strings.NewReplacer("line 5 ,", "line 5,", "line 11 ,", "line 11,").Replace(lines(1, 20))},
	{"far-changes-two-hunks", lines(1, 20), strings.NewReplacer("line 3 ,", "line 3,", "line 17 ,", "line 17,").Replace(lines(1, 20))},
	{"joined-paragraph", "Intro.\n\nThe\n\nwalkout of the two unions.\n\nMore.\n", "Intro.\n\nThe walkout of the two unions.\n\nMore.\n"},
	{"deleted-lines", "Title\n\nAdvertisement\n\nBody text.\n", "Title\n\nBody text.\n"},
	{"no-newline-at-end", "One.\nTwo , three.", "One.\nTwo, three."},
	{"no-newline-context", "A , b.\nc\nd\ne", "A, b.\nc\nd\ne"},
	{"newline-added-at-end", "One.\nTwo.", "One.\nTwo.\n"},
	{"newline-removed-at-end", "One.\nTwo.\n", "One.\nTwo."},
	{"crlf", "Head\r\n\r\nCrews.Dockers said.\r\nEnd\r\n", "Head\r\n\r\nCrews. Dockers said.\r\nEnd\r\n"},
	{"crlf-no-newline-at-end", "Head\r\nCrews.Dockers", "Head\r\nCrews. Dockers"},
	{"everything-deleted", "Advertisement\nSubscribe\n", ""},
	{"from-empty", "", "Text.\n"},
	{"utf8-bom", "\uFEFFTitle ,\nBody\n", "\uFEFFTitle,\nBody\n"},
	{"repeated-lines", "x\nx\ny ,\nx\nx\n", "x\nx\ny,\nx\nx\n"},
}

// editsOf returns edits that turn a into b: when both have the same
// number of lines, one edit per line that differs, covering what differs
// in it; otherwise one edit from the first byte that differs to the last.
func editsOf(a, b string) []rules.Edit {
	one := func(off int, x, y string) []rules.Edit {
		p := 0
		for p < len(x) && p < len(y) && x[p] == y[p] {
			p++
		}
		q := 0
		for q < len(x)-p && q < len(y)-p && x[len(x)-1-q] == y[len(y)-1-q] {
			q++
		}
		if p == len(x) && p == len(y) {
			return nil
		}
		return []rules.Edit{{Offset: off + p, EndOffset: off + len(x) - q, Text: y[p : len(y)-q]}}
	}
	la, lb := splitLines(a), splitLines(b)
	if len(la) != len(lb) {
		return one(0, a, b)
	}
	var edits []rules.Edit
	off := 0
	for i := range la {
		edits = append(edits, one(off, la[i], lb[i])...)
		off += len(la[i])
	}
	return edits
}

// lines returns "line i ,\n" for i in [from, to].
func lines(from, to int) string {
	var b strings.Builder
	for i := from; i <= to; i++ {
		fmt.Fprintf(&b, "line %d ,\n", i)
	}
	return b.String()
}

func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs\ngot:\n%s\nwant:\n%s", path, got, want)
	}
}

func TestUnifiedGolden(t *testing.T) {
	for _, tc := range diffCases {
		for _, u := range []int{3, 1, 0} {
			t.Run(fmt.Sprintf("%s/U%d", tc.name, u), func(t *testing.T) {
				got, err := Unified(tc.name+".txt", []byte(tc.a), editsOf(tc.a, tc.b), u)
				if err != nil {
					t.Fatal(err)
				}
				file := tc.name + ".diff"
				if u != 3 {
					file = fmt.Sprintf("%s.u%d.diff", tc.name, u)
				}
				golden(t, filepath.Join("testdata", "diff", file), got)
				out, err := applyUnified([]byte(tc.a), got)
				if err != nil {
					t.Fatalf("the diff does not apply: %v\n%s", err, got)
				}
				if string(out) != tc.b {
					t.Errorf("applying the diff gives %q, want %q", out, tc.b)
				}
			})
		}
	}
}

func TestUnifiedEqual(t *testing.T) {
	got, err := Unified("x.txt", []byte("same\n"), nil, 3)
	if err != nil || got != nil {
		t.Errorf("equal texts: %q, %v", got, err)
	}
}

// TestUnifiedMatchesDiffU compares the writer with GNU diff -u, byte for
// byte, on the golden cases.
func TestUnifiedMatchesDiffU(t *testing.T) {
	diffCmd, err := exec.LookPath("diff")
	if err != nil {
		t.Skip("skipping: no diff command")
	}
	if out, _ := exec.Command(diffCmd, "--version").Output(); !bytes.Contains(out, []byte("GNU")) {
		t.Skip("skipping: diff is not GNU diff")
	}
	dir := t.TempDir()
	for _, tc := range diffCases {
		for _, u := range []int{3, 1, 0} {
			a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
			os.WriteFile(a, []byte(tc.a), 0o644)
			os.WriteFile(b, []byte(tc.b), 0o644)
			name := tc.name + ".txt"
			want, _ := exec.Command(diffCmd, fmt.Sprintf("-U%d", u), "--label", "a/"+name, "--label", "b/"+name, a, b).Output()
			got, err := Unified(name, []byte(tc.a), editsOf(tc.a, tc.b), u)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s -U%d differs from diff -u\ngot:\n%s\nwant:\n%s", tc.name, u, got, want)
			}
		}
	}
}

// TestUnifiedAppliesWithTools applies every golden diff with patch -p1 and
// git apply, in a directory holding the old text.
func TestUnifiedAppliesWithTools(t *testing.T) {
	tools := map[string][]string{
		"patch": {"patch", "-p1", "--batch", "--silent", "-i"},
		"git":   {"git", "apply", "--unsafe-paths"},
	}
	for tool, argv := range tools {
		t.Run(tool, func(t *testing.T) {
			if _, err := exec.LookPath(argv[0]); err != nil {
				t.Skipf("skipping: no %s command", argv[0])
			}
			for _, tc := range diffCases {
				for _, u := range []int{3, 0} {
					name := tc.name + ".txt"
					if tool == "patch" && tc.a == "" {
						continue // patch takes an empty old file for a creation and wants it absent
					}
					dir := t.TempDir()
					os.WriteFile(filepath.Join(dir, name), []byte(tc.a), 0o644)
					d, _ := Unified(name, []byte(tc.a), editsOf(tc.a, tc.b), u)
					pf := filepath.Join(dir, "fix.patch")
					os.WriteFile(pf, d, 0o644)
					args := append(append([]string{}, argv[1:]...), pf)
					if tool == "git" && u == 0 {
						args = append([]string{"apply", "--unidiff-zero"}, args[1:]...)
					}
					cmd := exec.Command(argv[0], args...)
					cmd.Dir = dir
					if out, err := cmd.CombinedOutput(); err != nil {
						t.Errorf("%s -U%d: %s: %v\n%s\n%s", tc.name, u, tool, err, out, d)
						continue
					}
					got, err := os.ReadFile(filepath.Join(dir, name))
					if err != nil && !(tc.b == "" && os.IsNotExist(err)) {
						t.Errorf("%s: %v", tc.name, err)
						continue
					}
					if string(got) != tc.b {
						t.Errorf("%s -U%d: %s gives %q, want %q", tc.name, u, tool, got, tc.b)
					}
				}
			}
		})
	}
}

func FuzzUnified(f *testing.F) {
	for _, tc := range diffCases {
		f.Add([]byte(tc.a), []byte(tc.b), uint8(3))
	}
	f.Fuzz(func(t *testing.T, a, b []byte, u uint8) {
		context := int(u % 8)
		d, err := Unified("f.txt", a, editsOf(string(a), string(b)), context)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Equal(a, b) != (d == nil) {
			t.Fatalf("equal=%v but diff %q", bytes.Equal(a, b), d)
		}
		if d == nil {
			return
		}
		out, err := applyUnified(a, d)
		if err != nil {
			t.Fatalf("%v\n%s", err, d)
		}
		if !bytes.Equal(out, b) {
			t.Fatalf("applying gives %q, want %q\n%s", out, b, d)
		}
	})
}

// applyUnified is a strict applier of a one-file unified diff: the
// headers, the hunk ranges and counts, the context and the "No newline"
// markers must all be exact.
func applyUnified(old, diff []byte) ([]byte, error) {
	dl := splitLines(string(diff))
	if len(dl) < 2 || !strings.HasPrefix(dl[0], "--- a/") || !strings.HasPrefix(dl[1], "+++ b/") {
		return nil, fmt.Errorf("bad headers")
	}
	src := splitLines(string(old))
	var out []string
	pos := 0 // next line of src to copy
	i := 2
	lastOld, lastNew := 0, 0
	for i < len(dl) {
		h := dl[i]
		var os1, on, ns, nn int
		if err := parseHunk(h, &os1, &on, &ns, &nn); err != nil {
			return nil, err
		}
		i++
		start := os1 - 1
		if on == 0 {
			start = os1
		}
		if start < pos {
			return nil, fmt.Errorf("hunk %q overlaps the previous one", h)
		}
		if start > len(src) {
			return nil, fmt.Errorf("hunk %q starts past the end", h)
		}
		out = append(out, src[pos:start]...)
		// The new side must start where our output is.
		wantNew := len(out) + 1
		if nn == 0 {
			wantNew = len(out)
		}
		if ns != wantNew {
			return nil, fmt.Errorf("hunk %q: new start %d, want %d", h, ns, wantNew)
		}
		pos = start
		gotOld, gotNew := 0, 0
		for i < len(dl) && !strings.HasPrefix(dl[i], "@@ ") {
			l := dl[i]
			i++
			if !strings.HasSuffix(l, "\n") {
				return nil, fmt.Errorf("diff line %q lacks a newline", l)
			}
			body := l[1:]
			if i < len(dl) && dl[i] == "\\ No newline at end of file\n" {
				body = strings.TrimSuffix(body, "\n")
				i++
			}
			switch l[0] {
			case ' ', '-':
				if pos >= len(src) || src[pos] != body {
					return nil, fmt.Errorf("line %d: want %q, have %q", pos+1, body, at(src, pos))
				}
				pos++
				gotOld++
				if l[0] == ' ' {
					out = append(out, body)
					gotNew++
				}
			case '+':
				out = append(out, body)
				gotNew++
			default:
				return nil, fmt.Errorf("bad diff line %q", l)
			}
		}
		if gotOld != on || gotNew != nn {
			return nil, fmt.Errorf("hunk %q has %d old and %d new lines", h, gotOld, gotNew)
		}
		if os1 < lastOld || ns < lastNew {
			return nil, fmt.Errorf("hunks out of order")
		}
		lastOld, lastNew = os1, ns
	}
	out = append(out, src[pos:]...)
	for k, l := range out {
		if k < len(out)-1 && !strings.HasSuffix(l, "\n") {
			return nil, fmt.Errorf("line %d of the result lacks a newline but is not the last", k+1)
		}
	}
	return []byte(strings.Join(out, "")), nil
}

func at(s []string, i int) string {
	if i < len(s) {
		return s[i]
	}
	return "(end of file)"
}

// parseHunk reads "@@ -l[,n] +l[,n] @@\n".
func parseHunk(h string, os1, on, ns, nn *int) error {
	rest, ok := strings.CutPrefix(h, "@@ -")
	if !ok || !strings.HasSuffix(rest, " @@\n") {
		return fmt.Errorf("bad hunk header %q", h)
	}
	rest = strings.TrimSuffix(rest, " @@\n")
	o, n, ok := strings.Cut(rest, " +")
	if !ok {
		return fmt.Errorf("bad hunk header %q", h)
	}
	var err error
	if *os1, *on, err = hunkNums(o); err != nil {
		return fmt.Errorf("bad hunk header %q: %v", h, err)
	}
	if *ns, *nn, err = hunkNums(n); err != nil {
		return fmt.Errorf("bad hunk header %q: %v", h, err)
	}
	return nil
}

func hunkNums(s string) (int, int, error) {
	l, n, has := strings.Cut(s, ",")
	a, err := strconv.Atoi(l)
	if err != nil {
		return 0, 0, err
	}
	if !has {
		return a, 1, nil
	}
	if n == "1" {
		return 0, 0, fmt.Errorf("count 1 is written without a comma")
	}
	b, err := strconv.Atoi(n)
	return a, b, err
}

func TestDiffName(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		path, name string
		outside    bool
	}{
		{"article.txt", "article.txt", false},
		{"./news/../article.txt", "article.txt", false},
		{"news/a b.txt", "news/a b.txt", false},
		{filepath.Join(wd, "testdata", "x.txt"), "testdata/x.txt", false},
		{"/elsewhere/x.txt", "elsewhere/x.txt", true},
		{"../x.txt", strings.TrimPrefix(filepath.ToSlash(filepath.Join(filepath.Dir(wd), "x.txt")), "/"), true},
	}
	for _, tc := range cases {
		name, outside := DiffName(tc.path)
		if name != tc.name || outside != tc.outside {
			t.Errorf("DiffName(%q) = %q, %v; want %q, %v", tc.path, name, outside, tc.name, tc.outside)
		}
	}
}

func TestUnifiedNameWithSpace(t *testing.T) {
	d, err := Unified("news/a b.txt", []byte("x ,\n"), editsOf("x ,\n", "x,\n"), 3)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(d), "--- a/news/a b.txt\t\n+++ b/news/a b.txt\t\n") {
		t.Errorf("headers:\n%s", d)
	}
}
