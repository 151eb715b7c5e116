package checks

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/lang"
	"github.com/mtlint/mtlint/rules"
)

// The pairs of testdata/bitext: articles in Spanish, French, German,
// Russian and Chinese, written for mtlint, with English translations — ten
// faithful, thirty with defects planted in them (numbers changed,
// sentences dropped or made up, clauses left untranslated, names and
// addresses misspelt, quotes lost), some with residue lines and orphaned
// paragraphs besides. testdata/bitext/expect.tsv lists the planted defects.

type pairRow struct {
	rule, snippet string
	source        bool // the snippet is in the source
	optional      bool // "?": may be reported, need not be
	beyond        bool // "~": planted, known to lie beyond the check's sure margin
	found         bool
}

func readPairRows(t *testing.T) map[string][]*pairRow {
	t.Helper()
	b, err := os.ReadFile("../testdata/bitext/expect.tsv")
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string][]*pairRow{}
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.SplitN(line, "\t", 3)
		if len(f) != 3 {
			t.Fatalf("bad expect line %q", line)
		}
		r := &pairRow{rule: f[1], snippet: f[2]}
		r.optional = strings.HasSuffix(r.rule, "?")
		r.beyond = strings.HasSuffix(r.rule, "~")
		r.rule = strings.TrimRight(r.rule, "?~")
		if s, ok := strings.CutPrefix(r.snippet, "source:"); ok {
			r.snippet, r.source = s, true
		}
		rows[f[0]] = append(rows[f[0]], r)
	}
	return rows
}

// pairFiles returns the translation files of testdata/bitext, sorted.
func pairFiles(t *testing.T) []string {
	t.Helper()
	names, err := filepath.Glob("../testdata/bitext/translation/*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("no pairs: %v", err)
	}
	sort.Strings(names)
	return names
}

// readPair parses a pair; the source's language is in its name.
func readPair(t testing.TB, path string) (src, tgt *article.Article, l lang.Lang) {
	t.Helper()
	name := filepath.Base(path)
	tb, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sb, err := os.ReadFile(filepath.Join(filepath.Dir(path), "..", "source", name))
	if err != nil {
		t.Fatal(err)
	}
	if tgt, err = article.Parse(name, tb); err != nil {
		t.Fatal(err)
	}
	if src, err = article.Parse(name, sb); err != nil {
		t.Fatal(err)
	}
	l, ok := lang.Parse(name[:2])
	if !ok {
		t.Fatalf("%s: no language in the name", name)
	}
	return src, tgt, l
}

func spanOf(text []byte, snippet string) article.Span {
	i := bytes.Index(text, []byte(snippet))
	if i < 0 {
		return article.Span{Start: -1, End: -1}
	}
	return article.Span{Start: i, End: i + len(snippet)}
}

// TestPairs: every planted defect is found by its check; no bitext
// warning fires anywhere else; the faithful translations get no bitext
// finding at all and no warning or error of any check.
func TestPairs(t *testing.T) {
	rows := readPairRows(t)
	e, err := Registry().NewEngine(rules.Config{})
	if err != nil {
		t.Fatal(err)
	}
	perRule := map[string][4]int{} // found, planted; of them beyond the sure margin: found, planted
	var clean, defective, alarms int
	for _, path := range pairFiles(t) {
		name := filepath.Base(path)
		src, tgt, sl := readPair(t, path)
		if got, ok := lang.Identify(src.Src); !ok || got != sl {
			t.Errorf("%s: the source's language is identified as %v, not %v", name, got, sl)
		}
		fs, err := e.RunBitext(tgt, rules.NewBitext(src, tgt, sl, lang.English))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		isClean := strings.Contains(name, "clean")
		if isClean {
			clean++
			if len(rows[name]) > 0 {
				t.Errorf("%s: a clean pair with planted defects", name)
			}
		} else {
			defective++
		}
		for _, r := range rows[name] {
			text := tgt.Src
			if r.source {
				text = src.Src
			}
			want := spanOf(text, r.snippet)
			if want.Start < 0 {
				t.Fatalf("%s: snippet %q not in the text", name, r.snippet)
			}
			for _, f := range fs {
				at := f.Span
				if r.source {
					if f.Source == nil {
						continue
					}
					at = *f.Source
				}
				if f.Rule == r.rule && at.Overlaps(want) {
					r.found = true
				}
			}
			if !r.optional {
				c := perRule[r.rule]
				c[1]++
				if r.found {
					c[0]++
				}
				if r.beyond {
					c[3]++
					if r.found {
						c[2]++
					}
					t.Logf("%s: %s %q beyond the sure margin: found %v", name, r.rule, r.snippet, r.found)
				} else if !r.found {
					t.Errorf("%s: missed %s %q", name, r.rule, r.snippet)
				}
				perRule[r.rule] = c
			}
		}
		for _, f := range fs {
			bitext := strings.HasPrefix(f.Rule, "bitext/")
			if isClean && (bitext || f.Severity >= rules.Warning) {
				alarms++
				t.Errorf("%s: finding on a clean pair: %s %s %q", name, f.Rule, f.Message, tgt.String(f.Span))
				continue
			}
			if !bitext || f.Severity < rules.Warning {
				continue
			}
			matched := false
			for _, r := range rows[name] {
				text, at := tgt.Src, f.Span
				if r.source {
					if f.Source == nil {
						continue
					}
					text, at = src.Src, *f.Source
				}
				if r.rule == f.Rule && at.Overlaps(spanOf(text, r.snippet)) {
					matched = true
				}
			}
			if !matched {
				alarms++
				t.Errorf("%s: false alarm %s: %s at %q", name, f.Rule, f.Message, tgt.String(f.Span))
			}
		}
	}
	var ids []string
	for id := range perRule {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		c := perRule[id]
		t.Logf("%-22s %2d of %2d planted defects found (%d of the %d beyond the sure margin)", id, c[0], c[1], c[2], c[3])
	}
	t.Logf("%d pairs with defects, %d clean pairs; %d false alarms", defective, clean, alarms)
	if clean < 10 || defective < 30 {
		t.Errorf("want at least 10 clean pairs and 30 with defects, have %d and %d", clean, defective)
	}
}
