package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/report"
)

// chdir runs the test in dir (configuration files are found from the
// working directory).
func chdir(t *testing.T, dir string) {
	t.Helper()
	old, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chdir(old) })
}

func decode(t *testing.T, out string) report.JSONReport {
	t.Helper()
	var rep report.JSONReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	return rep
}

func rulesFired(rep report.JSONReport) map[string]int {
	m := map[string]int{}
	for _, f := range rep.Files {
		for _, x := range f.Findings {
			m[x.Rule]++
		}
	}
	return m
}

func TestConfigFile(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		".git/HEAD": "ref: refs/heads/main\n",
		".mtlint.yaml": `rules:
  disable: [punctuation/]
  repetition/doubled-word:
    severity: error
allow:
  - Kyiv  Independent
files:
  exclude: ["drafts/**"]
patterns:
  - id: newsletter
    message: "site boilerplate: {match}"
    severity: warning
    tokens: ["Subscribe to our newsletter"]
`,
		"a.txt":        flawed + "\nThey met the the minister.\n\nSubscribe to our newsletter\n",
		"drafts/b.txt": flawed,
	})
	chdir(t, dir)
	r := runArgs(t, "", "check", "--format", "json", ".")
	rep := decode(t, r.stdout)
	if len(rep.Files) != 1 || rep.Files[0].Path != "a.txt" {
		t.Fatalf("drafts/ should be excluded: %+v", rep.Files)
	}
	fired := rulesFired(rep)
	if fired["punctuation/space-before"] != 0 {
		t.Errorf("the file disables punctuation/: %v", fired)
	}
	if fired["custom/newsletter"] != 1 {
		t.Errorf("the custom rule did not fire once: %v", fired)
	}
	for _, x := range rep.Files[0].Findings {
		if x.Rule == "repetition/doubled-word" && x.Severity != "error" {
			t.Errorf("severity override ignored: %+v", x)
		}
	}
	if r.code != 1 {
		t.Errorf("exit %d with an error-severity finding", r.code)
	}
	// The flags win over the file.
	r = runArgs(t, "", "check", "--format", "json", "--enable", "punctuation/space-before", ".")
	if n := rulesFired(decode(t, r.stdout))["punctuation/space-before"]; n != 1 {
		t.Errorf("--enable should override the file's disable: %d findings", n)
	}
	// --no-config ignores it.
	r = runArgs(t, "", "check", "--format", "json", "--no-config", ".")
	if len(decode(t, r.stdout).Files) != 2 {
		t.Errorf("--no-config should check drafts/ too")
	}
}

func TestConfigErrorsStopTheRun(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"bad.yaml": "rules:\n  disable: [nosuch/]\n  linebreak/orphan-paragraph:\n    severity: fatal\npatterns:\n  - id: x\n    message: m\n    regex: \"(\"\nbogus: 1\n",
		"a.txt":    flawed,
	})
	r := runArgs(t, "", "check", "--config", filepath.Join(dir, "bad.yaml"), filepath.Join(dir, "a.txt"))
	if r.code != 2 || r.stdout != "" {
		t.Errorf("exit %d, stdout %q: want 2 and nothing checked", r.code, r.stdout)
	}
	for _, want := range []string{"bad.yaml:2:", "bad.yaml:4:", "bad.yaml:8:", "bad.yaml:9:", "nothing was checked"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
}

func TestInitCommand(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, ".mtlint.yaml")
	if r := runArgs(t, "", "init", p); r.code != 0 {
		t.Fatalf("init: %d %s", r.code, r.stderr)
	}
	before, _ := os.ReadFile(p)
	os.WriteFile(p, []byte("# mine\n"), 0o644)
	if r := runArgs(t, "", "init", p); r.code != 2 || !strings.Contains(r.stderr, "already exists") {
		t.Errorf("init over an existing file: %d %s", r.code, r.stderr)
	}
	if b, _ := os.ReadFile(p); string(b) != "# mine\n" {
		t.Error("init replaced an existing file without --force")
	}
	if r := runArgs(t, "", "init", "--force", p); r.code != 0 {
		t.Errorf("init --force: %d %s", r.code, r.stderr)
	}
	// The starter loads and runs.
	a := filepath.Join(dir, "a.txt")
	os.WriteFile(a, []byte(clean), 0o644)
	if r := runArgs(t, "", "check", "--config", p, a); r.code != 0 {
		t.Errorf("check with the starter: %d %s", r.code, r.stderr)
	}
	if len(before) < 500 {
		t.Errorf("starter is only %d bytes", len(before))
	}
}

func TestJSONLInput(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"corpus.jsonl": `{"id":"a1","text":"Clean text here."}` + "\n" +
			`{"id":"a2","text":"The unions, however , insist."}` + "\n" +
			`{"id":"a3"}` + "\n",
	})
	r := runArgs(t, "", "check", "--format", "json", filepath.Join(dir, "corpus.jsonl"))
	rep := decode(t, r.stdout)
	if len(rep.Files) != 3 || r.code != 2 {
		t.Fatalf("exit %d, %d records: %s", r.code, len(rep.Files), r.stdout)
	}
	rec := rep.Files[1]
	if rec.Record == nil || rec.Record.ID != "a2" || rec.Record.Line != 2 {
		t.Errorf("record: %+v", rec.Record)
	}
	text := "The unions, however , insist."
	found := false
	for _, x := range rec.Findings {
		if x.Rule == "punctuation/space-before" {
			found = true
			if text[x.Offset:x.EndOffset] != " ," && !strings.Contains(text[x.Offset:x.EndOffset], ",") {
				t.Errorf("offset within the record's text selects %q", text[x.Offset:x.EndOffset])
			}
		}
	}
	if !found {
		t.Errorf("no finding in record a2: %+v", rec)
	}
	if rep.Files[2].Error == "" || !strings.Contains(r.stderr, "corpus.jsonl#3[a3]") {
		t.Errorf("the bad record should be named: %q / %s", rep.Files[2].Error, r.stderr)
	}
	// Standard input as JSON Lines.
	r = runArgs(t, `{"id":"x","text":"however , yes"}`+"\n", "check", "--jsonl", "--format", "jsonl", "-")
	var line report.JSONFile
	if err := json.Unmarshal([]byte(strings.TrimSpace(r.stdout)), &line); err != nil || line.Record.ID != "x" {
		t.Errorf("jsonl from stdin: %v %s", err, r.stdout)
	}
}

func TestShardsAndJobs(t *testing.T) {
	files := map[string]string{}
	for i := range 40 {
		body := clean
		if i%3 == 0 {
			body = flawed
		}
		files[fmt.Sprintf("d%d/a%02d.txt", i%4, i)] = body
	}
	dir := writeFiles(t, files)
	all := runArgs(t, "", "check", "--format", "jsonl", "--jobs", "1", dir)
	eight := runArgs(t, "", "check", "--format", "jsonl", "--jobs", "8", dir)
	if all.stdout != eight.stdout {
		t.Error("output differs between --jobs 1 and --jobs 8")
	}
	seen := map[string]int{}
	total := 0
	for k := 1; k <= 3; k++ {
		r := runArgs(t, "", "check", "--format", "jsonl", "--shard", fmt.Sprintf("%d/3", k), dir)
		for _, l := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
			if l == "" {
				continue
			}
			var f report.JSONFile
			if err := json.Unmarshal([]byte(l), &f); err != nil {
				t.Fatal(err)
			}
			seen[f.Path]++
			total++
		}
	}
	if total != 40 || len(seen) != 40 {
		t.Errorf("shards cover %d files (%d distinct), want 40", total, len(seen))
	}
	if r := runArgs(t, "", "check", "--shard", "4/3", dir); r.code != 2 {
		t.Errorf("--shard 4/3 accepted")
	}
}

func TestMaxWarnings(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": flawed})
	if r := runArgs(t, "", "check", "--max-warnings", "0", dir); r.code != 1 {
		t.Errorf("--max-warnings 0 with a warning: exit %d", r.code)
	}
	if r := runArgs(t, "", "check", "--max-warnings", "5", dir); r.code != 0 {
		t.Errorf("--max-warnings 5 with one warning: exit %d", r.code)
	}
}

// TestMaxFindingsFlag: a file with more findings than --max-findings has
// its first ones reported, the count of the others in the JSON report and
// one notice on standard error; the exit status still counts the others
// (here an error past the limit).
func TestMaxFindingsFlag(t *testing.T) {
	text := "The port, however , stayed shut. The unions, however , said no. The talks , officials said, will resume. The mayor said the caf\u00c3\u00a9 was closed.\n"
	dir := writeFiles(t, map[string]string{"a.txt": text, "clean.txt": clean})
	all := decode(t, runArgs(t, "", "check", "--format", "json", "--max-findings", "0", dir).stdout)
	n := len(all.Files[0].Findings)
	if n < 4 || all.Files[0].Findings[n-1].Severity != "error" || all.Files[0].Omitted != 0 {
		t.Fatalf("without a limit: %d findings, want warnings then an error last: %+v", n, all.Files[0])
	}
	r := runArgs(t, "", "check", "--format", "json", "--max-findings", "2", dir)
	rep := decode(t, r.stdout)
	if got := rep.Files[0]; len(got.Findings) != 2 || got.Omitted != n-2 || got.Findings[1].Offset != all.Files[0].Findings[1].Offset {
		t.Errorf("--max-findings 2: %d findings, omitted %d; want 2 and %d", len(got.Findings), got.Omitted, n-2)
	}
	if rep.Files[1].Omitted != 0 || rep.Summary.Omitted != n-2 || rep.Summary.Findings != 2 {
		t.Errorf("summary %+v, clean file %+v", rep.Summary, rep.Files[1])
	}
	if strings.Count(r.stderr, "--max-findings") != 1 || !strings.Contains(r.stderr, "a.txt") {
		t.Errorf("want one notice naming the file, got %q", r.stderr)
	}
	if r.code != 1 {
		t.Errorf("the omitted error should still fail the run: exit %d", r.code)
	}
	text2 := runArgs(t, "", "check", "--max-findings", "2", dir).stdout
	if !strings.Contains(text2, fmt.Sprintf("%d more findings not shown", n-2)) {
		t.Errorf("text report without the notice:\n%s", text2)
	}
	if r := runArgs(t, "", "check", "--max-findings", "-1", dir); r.code != 2 {
		t.Errorf("--max-findings -1: exit %d, want 2", r.code)
	}
}
