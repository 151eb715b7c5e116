package main

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/report"
)

// siteArticle writes one article of a site for the tests: the site's
// header and footer around a body of its own; the date and the year vary.
func siteArticle(r *rand.Rand, site string) string {
	subjects := []string{"The port authority", "The regional government", "Union leaders", "The shipping lines",
		"Local residents", "The city council", "Exporters of citrus fruit", "The transport minister"}
	verbs := []string{"said", "warned", "confirmed", "denied", "announced", "insisted"}
	objects := []string{"the strike would end soon", "talks would resume next week", "the losses were growing",
		"the new shifts were fair", "ships were waiting offshore", "the deal covered all workers"}
	days := []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	var b strings.Builder
	fmt.Fprintf(&b, "%s\nHome | World | Business | Sport\n%s, %d October %d\n\n", site, days[r.IntN(7)], 1+r.IntN(28), 2019+r.IntN(6))
	fmt.Fprintf(&b, "%s %s %s\n\n", subjects[r.IntN(8)], verbs[r.IntN(6)], objects[r.IntN(6)])
	for range 3 {
		fmt.Fprintf(&b, "%s %s that %s, and %s %s that %s.\n\n", subjects[r.IntN(8)], verbs[r.IntN(6)], objects[r.IntN(6)],
			strings.ToLower(subjects[r.IntN(8)]), verbs[r.IntN(6)], objects[r.IntN(6)])
	}
	fmt.Fprintf(&b, "Get the morning briefing in your inbox\n© %s %d\n", site, 2019+r.IntN(6))
	return b.String()
}

// templateLines returns, per file (or record), the text of the lines
// residue/template flags.
func templateLines(t *testing.T, out string, texts map[string]string) map[string][]string {
	t.Helper()
	m := map[string][]string{}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if l == "" {
			continue
		}
		var f report.JSONFile
		if err := json.Unmarshal([]byte(l), &f); err != nil {
			t.Fatalf("%v: %s", err, l)
		}
		name := f.Path
		if f.Record != nil {
			name = f.Record.ID
		}
		for _, x := range f.Findings {
			if x.Rule == "residue/template" {
				text := ""
				if texts != nil {
					text = texts[name][x.Offset:x.EndOffset]
				}
				m[name] = append(m[name], text)
			}
		}
	}
	return m
}

func TestTemplateFolders(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 22))
	files, texts := map[string]string{}, map[string]string{}
	for i := range 10 {
		files[fmt.Sprintf("harbour/a%02d.txt", i)] = siteArticle(r, "The Harbour Courier")
		files[fmt.Sprintf("valley/b%02d.txt", i)] = siteArticle(r, "Valley News Online")
	}
	dir := writeFiles(t, files)
	for name, text := range files {
		texts[filepath.Join(dir, name)] = text
	}
	one := runArgs(t, "", "check", "--format", "jsonl", "--fail-on", "never", "--jobs", "1", dir)
	two := runArgs(t, "", "check", "--format", "jsonl", "--fail-on", "never", "--jobs", "2", dir)
	if one.stdout != two.stdout {
		t.Error("output differs between --jobs 1 and --jobs 2")
	}
	got := templateLines(t, one.stdout, texts)
	if len(got) != 20 {
		t.Fatalf("template lines in %d of 20 files", len(got))
	}
	for name, lines := range got {
		joined := strings.Join(lines, "\n")
		// The header (3 lines, one finding) and the footer (2 lines).
		if len(lines) != 2 || !strings.HasPrefix(joined, texts[name][:strings.Index(texts[name], "\n\n")]) ||
			!strings.HasSuffix(joined, strings.TrimSpace(texts[name][strings.Index(texts[name], "Get the morning"):])) {
			t.Errorf("%s: flagged %q", name, lines)
		}
	}
	// A single file is checked as it always was.
	single := filepath.Join(dir, "harbour", "a00.txt")
	if lines := templateLines(t, runArgs(t, "", "check", "--format", "jsonl", single).stdout, texts); len(lines) != 0 {
		t.Errorf("a single file gets template findings: %v", lines)
	}
	// Shards together find what one run finds.
	var shards []string
	for k := 1; k <= 3; k++ {
		out := runArgs(t, "", "check", "--format", "jsonl", "--fail-on", "never", "--shard", fmt.Sprintf("%d/3", k), dir).stdout
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			if l != "" {
				shards = append(shards, l)
			}
		}
	}
	whole := strings.Split(strings.TrimSpace(one.stdout), "\n")
	sort.Strings(shards)
	sort.Strings(whole)
	if strings.Join(shards, "\n") != strings.Join(whole, "\n") {
		t.Error("the shards' findings differ from one run's")
	}
}

func TestTemplateConfigured(t *testing.T) {
	r := rand.New(rand.NewPCG(25, 26))
	files := map[string]string{".git/HEAD": "ref: refs/heads/main\n"}
	for i := range 6 {
		files[fmt.Sprintf("harbour/a%02d.txt", i)] = siteArticle(r, "The Harbour Courier")
	}
	dir := writeFiles(t, files)
	chdir(t, dir)
	texts := map[string]string{}
	for name, text := range files {
		texts[name] = text
	}
	flagged := func(config string) string {
		if err := os.WriteFile(filepath.Join(dir, ".mtlint.yaml"), []byte(config), 0o644); err != nil {
			t.Fatal(err)
		}
		var all []string
		for _, lines := range templateLines(t, runArgs(t, "", "check", "--format", "jsonl", "harbour").stdout, texts) {
			all = append(all, lines...)
		}
		return strings.Join(all, "\n")
	}
	const promo = "Get the morning briefing in your inbox"
	if got := flagged("lang: en\n"); strings.Count(got, "Home | World") != 6 || strings.Count(got, promo) != 6 {
		t.Errorf("the menu and the promo are not flagged in each of the 6 articles:\n%s", got)
	}
	if got := flagged("rules:\n  residue/template:\n    min-articles: 7\n"); got != "" {
		t.Errorf("min-articles 7 in a folder of 6:\n%s", got)
	}
	if got := flagged("rules:\n  residue/template:\n    allow-lines: [" + promo + "]\n"); strings.Contains(got, promo) || !strings.Contains(got, "Home | World") {
		t.Errorf("with the promo allowed:\n%s", got)
	}
	if got := flagged("rules:\n  disable: [residue/template]\n"); got != "" {
		t.Errorf("disabled:\n%s", got)
	}
}

func TestTemplateJSONLGroups(t *testing.T) {
	r := rand.New(rand.NewPCG(23, 24))
	var b strings.Builder
	texts := map[string]string{}
	for i := range 16 {
		site := []string{"The Harbour Courier", "Valley News Online"}[i%2]
		text := siteArticle(r, site)
		id := fmt.Sprintf("r%02d", i)
		texts[id] = text
		rec, _ := json.Marshal(map[string]string{"id": id, "site": site, "text": text})
		b.Write(rec)
		b.WriteByte('\n')
	}
	dir := writeFiles(t, map[string]string{"batch.jsonl": b.String()})
	path := filepath.Join(dir, "batch.jsonl")
	bySite := templateLines(t, runArgs(t, "", "check", "--format", "jsonl", "--jsonl-group", "site", path).stdout, texts)
	if len(bySite) != 16 {
		t.Errorf("grouped by site: template lines in %d of 16 records", len(bySite))
	}
	for id, lines := range bySite {
		if len(lines) != 2 {
			t.Errorf("%s: %q", id, lines)
		}
	}
	// One group for the whole file: the menu line is shared by all 16
	// records, the site lines by half of them (min-share 0.5 still holds).
	byFile := templateLines(t, runArgs(t, "", "check", "--format", "jsonl", path).stdout, texts)
	if len(byFile) != 16 {
		t.Errorf("grouped by file: template lines in %d of 16 records", len(byFile))
	}
	// From standard input there is no first pass.
	stdin := templateLines(t, runArgs(t, b.String(), "check", "--format", "jsonl", "--jsonl", "-").stdout, texts)
	if len(stdin) != 0 {
		t.Errorf("records from standard input get template findings: %v", stdin)
	}
}

// TestTemplateWindows1252 checks a folder of Windows-1252 files whose
// template lines have accented letters: the first pass counts their lines
// as the check pass reads them (in UTF-8), so they are found.
func TestTemplateWindows1252(t *testing.T) {
	bodies := []string{"The ferry company said the new timetable would start in June.",
		"Fishermen protested against the quotas outside the town hall.",
		"The lighthouse will be restored with money from the region.",
		"A storm closed the harbour for two days last week."}
	files, texts := map[string]string{}, map[string]string{}
	for i, b := range bodies {
		text := "Le Petit Journal du Port\nAccueil | Société | Économie\n\n" + b + "\n"
		var latin1 []byte // é and É are the same code in Windows-1252
		for _, r := range text {
			latin1 = append(latin1, byte(r))
		}
		name := fmt.Sprintf("port/%d.txt", i)
		files[name], texts[name] = string(latin1), text
	}
	dir := writeFiles(t, files)
	for name, text := range texts {
		texts[filepath.Join(dir, name)] = text
	}
	got := templateLines(t, runArgs(t, "", "check", "--format", "jsonl", "--enable", "residue/template", dir).stdout, texts)
	if len(got) != 4 {
		t.Fatalf("template lines in %d of 4 files: %v", len(got), got)
	}
	for name, lines := range got {
		if strings.Join(lines, "|") != "Le Petit Journal du Port\nAccueil | Société | Économie" {
			t.Errorf("%s: flagged %q", name, lines)
		}
	}
}
