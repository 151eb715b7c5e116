package checks

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/internal/corpus"
	"github.com/mtlint/mtlint/rules"
)

var listCorpus = flag.Bool("corpus.list", false, "print every warning/error finding on the shared corpora")

func readSeed(t *testing.T) (*article.Article, []corpus.Row) {
	t.Helper()
	_, src, rows := corpus.Seed(t)
	a, err := article.Parse(corpus.SeedName, src)
	if err != nil {
		t.Fatal(err)
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
		want, ok := corpus.Kinds[r.Kind]
		if !ok {
			t.Errorf("expect kind %q has no rule mapped", r.Kind)
			continue
		}
		if !registeredPrefix(want) {
			t.Errorf("no %s check for %s %q", want, r.Kind, r.Snippet)
			continue
		}
		span := article.Span{Start: r.Start, End: r.End}
		found := false
		for _, f := range fs {
			if matches(f.Rule, want) && f.Overlaps(span) {
				found = true
			}
		}
		if !found {
			t.Errorf("missed %s %q (want %s at %d-%d)", r.Kind, r.Snippet, want, r.Start, r.End)
		}
	}
	for _, f := range fs {
		if f.Severity < rules.Warning {
			continue
		}
		ok := false
		for _, r := range rows {
			if f.Overlaps(article.Span{Start: r.Start, End: r.End}) {
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
	root, paths := corpus.BBC(t)
	slips := knownSlips(t)
	e, err := Registry().NewEngine(rules.Config{})
	if err != nil {
		t.Fatal(err)
	}
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

// pagesFloor is, per kind of pages-dev defect, the number of defects the
// checks must catch (a warning or error overlapping the snippet, the scoring
// rule of pages-dev's README); raise a floor when a change catches more.
var pagesFloor = map[string]int{
	"boilerplate":               74,
	"related-links-block":       16,
	"caption-credit":            12,
	"duplicate-sentence":        9,
	"missing-space-after-punct": 15,
	"unbalanced-quote":          14,
	"space-before-punct":        13,
	"mojibake":                  9,
	"space-inside-number":       7,
	"untranslated":              5,
	"lowercase-sentence-start":  4,
	"broken-sentence-linebreak": 4,
	"space-inside-quote":        3,
	"repeated-word":             3,
	"spurious-period":           2,
	"double-punct":              1,
}

// maxPagesCleanAlarms bounds the warnings and errors on the clean pages of
// pages-dev, every one of them a false alarm.
const maxPagesCleanAlarms = 0

// TestPagesDev scores the default checks on the 50 annotated pages of
// pages-dev: recall per kind of defect against pagesFloor, and false alarms
// on the clean pages. -corpus.list prints every missed defect and every
// warning or error that matches no annotation.
func TestPagesDev(t *testing.T) {
	pages := corpus.Pages(t)
	e, err := Registry().NewEngine(rules.Config{})
	if err != nil {
		t.Fatal(err)
	}
	caught, total := map[string]int{}, map[string]int{}
	var kinds []string
	var cleanAlarms, unmatched int
	for _, pg := range pages {
		a, err := article.Parse(pg.Name, pg.Src)
		if err != nil {
			t.Errorf("%s: %v", pg.Name, err)
			continue
		}
		fs, err := e.Run(a)
		if err != nil {
			t.Fatalf("%s: %v", pg.Name, err)
		}
		for _, r := range pg.Rows {
			if !corpus.Scoreable(r.Kind) {
				continue
			}
			if total[r.Kind] == 0 {
				kinds = append(kinds, r.Kind)
			}
			total[r.Kind]++
			if r.Start < 0 {
				t.Logf("%s: %s snippet %q is not in the text", pg.Name, r.Kind, r.Snippet)
				continue
			}
			hit := false
			for _, f := range fs {
				if f.Severity >= rules.Warning && f.Overlaps(article.Span{Start: r.Start, End: r.End}) {
					hit = true
					break
				}
			}
			if hit {
				caught[r.Kind]++
			} else if *listCorpus {
				t.Logf("MISS  %s %s %q", pg.Name, r.Kind, r.Snippet)
			}
		}
		for _, f := range fs {
			if f.Severity < rules.Warning {
				continue
			}
			pos := a.Position(f.Start)
			line := fmt.Sprintf("%s:%d:%d %s %s: %q — %s", pg.Name, pos.Line, pos.Column, f.Severity, f.Rule, context(a, f.Span), f.Message)
			if pg.Clean() {
				cleanAlarms++
				t.Logf("FALSE (clean page) %s", line)
				continue
			}
			matched := false
			for _, r := range pg.Rows {
				if r.Start >= 0 && f.Overlaps(article.Span{Start: r.Start, End: r.End}) {
					matched = true
					break
				}
			}
			if !matched {
				unmatched++
				if *listCorpus {
					t.Logf("OTHER %s", line)
				}
			}
		}
	}
	slices.Sort(kinds)
	var sumCaught, sumTotal int
	for _, k := range kinds {
		sumCaught += caught[k]
		sumTotal += total[k]
		t.Logf("%-26s %3d / %3d", k, caught[k], total[k])
		if caught[k] < pagesFloor[k] {
			t.Errorf("%s: caught %d of %d, fewer than the floor %d", k, caught[k], total[k], pagesFloor[k])
		}
	}
	t.Logf("pages-dev: %d of %d scoreable defects caught (%.2f); %d warnings/errors on the clean pages; %d on the other pages match no annotation",
		sumCaught, sumTotal, float64(sumCaught)/float64(max(sumTotal, 1)), cleanAlarms, unmatched)
	if cleanAlarms > maxPagesCleanAlarms {
		t.Errorf("%d warnings/errors on the clean pages of pages-dev (at most %d allowed)", cleanAlarms, maxPagesCleanAlarms)
	}
}
