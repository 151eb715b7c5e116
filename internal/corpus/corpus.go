// Package corpus gives tests access to the shared corpora beside the
// project (../shared/corpus: the seed article with its expected defects and
// the edited BBC articles). Those texts are other people's writing: tests
// read them in place and skip, with a message, when they are absent.
package corpus

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// Dir returns the shared corpus folder: ../shared/corpus from the module
// root (the nearest parent of the working directory holding go.mod; from a
// module nested in the project, such as beam/, the project's root, the
// next one up). ok is false when it does not exist.
func Dir() (dir string, ok bool) {
	wd, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			p := filepath.Join(d, "..", "shared", "corpus")
			if dir == "" {
				dir = p
			}
			if info, err := os.Stat(p); err == nil && info.IsDir() {
				return p, true
			}
		}
		if filepath.Dir(d) == d {
			return dir, false
		}
	}
}

// Path returns a path inside the shared corpus, skipping the test when it
// is absent.
func Path(t testing.TB, elem ...string) string {
	t.Helper()
	dir, ok := Dir()
	p := filepath.Join(append([]string{dir}, elem...)...)
	if ok {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	t.Skipf("skipping: %s is absent (the shared corpus is not checked out beside the project)", p)
	return ""
}

// SeedName is the seed article's file name.
const SeedName = "limited-times-belarus.txt"

// Row is one line of the seed's .expect.tsv: a kind of defect and the
// snippet it is at, located in the text (the first occurrence).
type Row struct {
	Kind, Snippet string
	Start, End    int
}

// Seed returns the seed article's path and bytes and its expected defects.
func Seed(t testing.TB) (path string, src []byte, rows []Row) {
	t.Helper()
	path = Path(t, "seed", SeedName)
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(strings.TrimSuffix(path, ".txt") + ".expect.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		kind, snip, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("bad expect line %q", line)
		}
		snip = strings.TrimSuffix(strings.ReplaceAll(snip, `\n`, "\n"), "...")
		i := bytes.Index(src, []byte(snip))
		if i < 0 {
			t.Fatalf("snippet %q not found in the seed", snip)
		}
		rows = append(rows, Row{Kind: kind, Snippet: snip, Start: i, End: i + len(snip)})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return path, src, rows
}

// BBC returns the root of the BBC corpus and its articles' paths, sorted.
func BBC(t testing.TB) (root string, paths []string) {
	t.Helper()
	root = Path(t, "bbc-dev")
	filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".txt") {
			paths = append(paths, p)
		}
		return nil
	})
	sort.Strings(paths)
	if len(paths) == 0 {
		t.Skipf("skipping: no articles under %s", root)
	}
	return root, paths
}

// Kinds maps the kinds of the seed's .expect.tsv to the rule, or rule
// prefix ending in "/", that must report them.
var Kinds = map[string]string{
	"boilerplate":               "residue/",
	"related-links-block":       "residue/",
	"caption-credit":            "residue/",
	"double-punct":              "punctuation/doubled",
	"spurious-period":           "punctuation/stray-period",
	"missing-space-after-punct": "punctuation/missing-space",
	"space-inside-quote":        "punctuation/space-after-opening",
	"space-before-punct":        "punctuation/space-before",
	"unbalanced-quote":          "punctuation/unbalanced",
	"orphan-paragraph":          "linebreak/orphan-paragraph",
	"broken-sentence-linebreak": "linebreak/split-sentence",
}

// SeedPath returns the seed article's path, or "" when it is absent.
func SeedPath() string {
	dir, ok := Dir()
	if !ok {
		return ""
	}
	p := filepath.Join(dir, "seed", SeedName)
	if _, err := os.Stat(p); err != nil {
		return ""
	}
	return p
}

// Page is one page of pages-dev: its text and its annotated defects. Rows
// whose snippet is not found in the text have Start = End = -1.
type Page struct {
	Name string // the file name, e.g. "01_pledgetimes.txt"
	Path string
	Src  []byte
	Rows []Row
}

// Clean reports a page annotated with no defect at all (a clean page).
func (p Page) Clean() bool { return len(p.Rows) == 0 }

// Scoreable reports whether a pages-dev kind is one a rule-based checker is
// expected to catch: every kind but the "other:" ones (see the README).
func Scoreable(kind string) bool { return !strings.HasPrefix(kind, "other:") }

// Pages returns the 50 annotated pages of pages-dev, sorted by name. The
// snippet of a row is located at its first occurrence ("\n" in it stands for
// a line break).
func Pages(t testing.TB) []Page {
	t.Helper()
	root := Path(t, "pages-dev")
	names, err := filepath.Glob(filepath.Join(root, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(names)
	var pages []Page
	for _, p := range names {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		pg := Page{Name: filepath.Base(p), Path: p, Src: src}
		exp, err := os.ReadFile(strings.TrimSuffix(p, ".txt") + ".expect")
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(exp), "\n") {
			if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
				continue
			}
			kind, snip, ok := strings.Cut(line, "\t")
			if !ok {
				t.Fatalf("%s: bad expect line %q", pg.Name, line)
			}
			snip = strings.ReplaceAll(snip, `\n`, "\n")
			r := Row{Kind: kind, Snippet: snip, Start: -1, End: -1}
			if i := bytes.Index(src, []byte(snip)); i >= 0 {
				r.Start, r.End = i, i+len(snip)
			}
			pg.Rows = append(pg.Rows, r)
		}
		pages = append(pages, pg)
	}
	if len(pages) == 0 {
		t.Skipf("skipping: no pages under %s", root)
	}
	return pages
}
