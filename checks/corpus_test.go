package checks

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

// The corpora under ../shared are other people's texts: the tests read them
// in place and skip when they are absent.
const sharedCorpus = "../../shared/corpus"

var listCorpus = flag.Bool("corpus.list", false, "print every warning/error finding on the shared corpora")

// seedKinds maps the kinds of the seed's .expect.tsv to the rule (or rule
// prefix) that must report them.
var seedKinds = map[string]string{
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

type expectRow struct {
	kind    string
	snippet string
	span    article.Span
}

func readSeed(t *testing.T) (*article.Article, []expectRow) {
	t.Helper()
	dir := filepath.Join(sharedCorpus, "seed")
	src, err := os.ReadFile(filepath.Join(dir, "limited-times-belarus.txt"))
	if os.IsNotExist(err) {
		t.Skipf("skipping: %s is absent (the shared corpus is not checked out beside the project)", dir)
	}
	if err != nil {
		t.Fatal(err)
	}
	a, err := article.Parse("limited-times-belarus.txt", src)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(filepath.Join(dir, "limited-times-belarus.expect.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []expectRow
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
		snip = strings.ReplaceAll(snip, `\n`, "\n")
		snip = strings.TrimSuffix(snip, "...")
		i := strings.Index(string(src), snip)
		if i < 0 {
			t.Fatalf("snippet %q not found in the seed", snip)
		}
		rows = append(rows, expectRow{kind, snip, article.Span{Start: i, End: i + len(snip)}})
	}
	return a, rows
}

func registeredPrefix(prefix string) bool {
	for _, c := range All() {
		if strings.HasPrefix(c.ID, prefix) {
			return true
		}
	}
	return false
}

func matches(rule, want string) bool {
	return rule == want || (strings.HasSuffix(want, "/") && strings.HasPrefix(rule, want))
}

// TestSeed: every listed artifact of a kind whose check exists is reported
// over a range that overlaps its snippet, and no warning or error fires
// anywhere else.
func TestSeed(t *testing.T) {
	a, rows := readSeed(t)
	e, err := Registry().NewEngine(rules.Config{})
	if err != nil {
		t.Fatal(err)
	}
	fs, err := e.Run(a)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		want, ok := seedKinds[r.kind]
		if !ok {
			t.Errorf("expect kind %q has no rule mapped", r.kind)
			continue
		}
		if !registeredPrefix(want) {
			t.Logf("not yet checked: %s %q (no %s check)", r.kind, r.snippet, want)
			continue
		}
		found := false
		for _, f := range fs {
			if matches(f.Rule, want) && f.Overlaps(r.span) {
				found = true
			}
		}
		if !found {
			t.Errorf("missed %s %q (want %s at %d-%d)", r.kind, r.snippet, want, r.span.Start, r.span.End)
		}
	}
	for _, f := range fs {
		if f.Severity < rules.Warning {
			continue
		}
		ok := false
		for _, r := range rows {
			if f.Overlaps(r.span) {
				ok = true
			}
		}
		if !ok {
			pos := a.Position(f.Start)
			t.Errorf("false alarm on the seed at %d:%d %s %s: %q", pos.Line, pos.Column, f.Rule, f.Message, a.String(f.Span))
		}
	}
}

// knownSlips lists the real slips in the BBC corpus that a finding may
// point at: "path<TAB>snippet" lines in testdata/bbc-slips.tsv (path
// relative to bbc-dev). A warning or error elsewhere is a false alarm.
func knownSlips(t *testing.T) map[string][]string {
	t.Helper()
	m := map[string][]string{}
	b, err := os.ReadFile("../testdata/bbc-slips.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		p, snip, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("bad line in bbc-slips.tsv: %q", line)
		}
		m[p] = append(m[p], snip)
	}
	return m
}

// maxBBCFalseAlarms is the acceptance bound of issue 2 and issue 4.
const maxBBCFalseAlarms = 5

// TestBBCFalseAlarms runs every default check over the 896 edited BBC
// articles. Warnings and errors there must point at known real slips;
// at most maxBBCFalseAlarms may not.
func TestBBCFalseAlarms(t *testing.T) {
	root := filepath.Join(sharedCorpus, "bbc-dev")
	if _, err := os.Stat(root); err != nil {
		t.Skipf("skipping: %s is absent (the shared corpus is not checked out beside the project)", root)
	}
	slips := knownSlips(t)
	e, err := Registry().NewEngine(rules.Config{})
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".txt") {
			paths = append(paths, p)
		}
		return nil
	})
	sort.Strings(paths)
	if len(paths) < 800 {
		t.Fatalf("found only %d articles under %s", len(paths), root)
	}
	var falseAlarms, real int
	perRule := map[string]int{}
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(root, p)
		a, err := article.Parse(rel, src)
		if err != nil {
			t.Errorf("%s: %v", rel, err)
			continue
		}
		fs, err := e.Run(a)
		if err != nil {
			t.Fatalf("%s: %v", rel, err)
		}
		for _, f := range fs {
			if f.Severity < rules.Warning {
				continue
			}
			isReal := false
			for _, s := range slips[filepath.ToSlash(rel)] {
				i := strings.Index(string(src), s)
				if i >= 0 && f.Overlaps(article.Span{Start: i, End: i + len(s)}) {
					isReal = true
				}
			}
			pos := a.Position(f.Start)
			line := fmt.Sprintf("%s:%d:%d %s %s: %q", rel, pos.Line, pos.Column, f.Severity, f.Rule, context(a, f.Span))
			if isReal {
				real++
				if *listCorpus {
					t.Logf("real  %s", line)
				}
				continue
			}
			falseAlarms++
			perRule[f.Rule]++
			t.Logf("FALSE %s — %s", line, f.Message)
		}
	}
	t.Logf("%d articles: %d findings at known slips, %d false alarms %v", len(paths), real, falseAlarms, perRule)
	if falseAlarms > maxBBCFalseAlarms {
		t.Errorf("%d false alarms of warning/error severity on bbc-dev (at most %d allowed)", falseAlarms, maxBBCFalseAlarms)
	}
}

// context returns the finding's text with up to 30 bytes either side,
// widened to character boundaries.
func context(a *article.Article, s article.Span) string {
	lo, hi := max(s.Start-30, 0), min(s.End+30, len(a.Src))
	for lo > 0 && (a.Src[lo]&0xC0) == 0x80 {
		lo--
	}
	for hi < len(a.Src) && (a.Src[hi]&0xC0) == 0x80 {
		hi++
	}
	return string(a.Src[lo:s.Start]) + "⟦" + a.String(s) + "⟧" + string(a.Src[s.End:hi])
}
