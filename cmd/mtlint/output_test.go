package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOutputFlag: --output writes the whole report to the file, leaves no
// temporary file behind, keeps the exit codes, and a run that cannot write
// its report leaves nothing.
func TestOutputFlag(t *testing.T) {
	dir := writeFiles(t, map[string]string{"flawed.txt": flawed, "sub/binary.txt": "text\x00more"})
	out := filepath.Join(dir, "report.sarif")
	r := runArgs(t, "", "check", "--format", "sarif", "--output", out, "--fail-on", "warning", filepath.Join(dir, "flawed.txt"))
	if r.code != 1 || r.stdout != "" {
		t.Fatalf("exit %d, stdout %q; want 1 and nothing on stdout", r.code, r.stdout)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Version string `json:"version"`
					Rules   []struct {
						ID string `json:"id"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID string `json:"ruleId"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatalf("the report is not whole JSON: %v", err)
	}
	run := doc.Runs[0]
	if len(run.Results) == 0 || run.Results[0].RuleID != "punctuation/space-before" {
		t.Errorf("results %+v", run.Results)
	}
	if len(run.Tool.Driver.Rules) < 2 || run.Tool.Driver.Version != Version {
		t.Errorf("the report should describe every check that ran and name version %s: %+v", Version, run.Tool.Driver)
	}
	// A file that cannot be checked: exit 2, and the report is still written.
	html := filepath.Join(dir, "report.html")
	r = runArgs(t, "", "check", "-f", "html", "-o", html, dir)
	if r.code != 2 || !strings.Contains(r.stderr, "binary.txt: binary file") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
	if b, err := os.ReadFile(html); err != nil || !strings.Contains(string(b), "binary file (contains NUL bytes)") {
		t.Errorf("the HTML report should show the binary file's error (%v)", err)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("temporary file %s left behind", e.Name())
		}
	}
	// An output directory that does not exist: exit 2, nothing written.
	missing := filepath.Join(dir, "no-such-dir", "r.json")
	r = runArgs(t, "", "check", "-f", "json", "-o", missing, filepath.Join(dir, "flawed.txt"))
	if r.code != 2 || !strings.Contains(r.stderr, "--output") {
		t.Errorf("exit %d, stderr %q; want 2 and an --output error", r.code, r.stderr)
	}
	// "-" is standard output; colour stays off in a file.
	r = runArgs(t, "", "check", "-f", "github", "-o", "-", filepath.Join(dir, "flawed.txt"))
	if r.code != 0 || !strings.HasPrefix(r.stdout, "::warning file=") {
		t.Errorf("exit %d, stdout %q", r.code, r.stdout)
	}
	txt := filepath.Join(dir, "r.txt")
	runArgs(t, "", "check", "--color", "auto", "-o", txt, filepath.Join(dir, "flawed.txt"))
	if b, _ := os.ReadFile(txt); strings.Contains(string(b), "\x1b[") || !strings.Contains(string(b), "space-before") {
		t.Errorf("text report in a file: %q", b)
	}
}

// TestOutputRemovedOnFailure: when the report cannot be completed the
// temporary file is removed and FILE keeps its old content.
func TestOutputRemovedOnFailure(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "report.json")
	if err := os.WriteFile(out, []byte("old report\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	w, finish, err := openOutput(out, nil)
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte(`{"half":`))
	if err := finish(false); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(out); string(b) != "old report\n" {
		t.Errorf("FILE now holds %q", b)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("%d entries in the directory, want only FILE", len(entries))
	}
}
