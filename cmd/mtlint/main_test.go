package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/report"
)

type result struct {
	code           int
	stdout, stderr string
}

func runArgs(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(append([]string{"mtlint"}, args...), strings.NewReader(stdin), &out, &errOut)
	return result{code, out.String(), errOut.String()}
}

// writeFiles creates files in a temporary directory and returns it.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const (
	clean  = "Markets rose on Friday.\n\nThe central bank left rates unchanged, as analysts had expected.\n"
	flawed = "The unions, however , insist that the dispute is not about wages.\n"
)

func TestExitCodes(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"clean.txt":      clean,
		"flawed.txt":     flawed,
		"sub/binary.txt": "text\x00more",
		"sub/latin1.txt": "caf\xe9\x01\n",
		"sub/cp1252.txt": "The caf\xe9 , closed.\n",
		"notes.csv":      "ignored, not a text extension ,",
	})
	p := func(n string) string { return filepath.Join(dir, n) }
	cases := []struct {
		name string
		args []string
		code int
		in   []string // substrings of stdout
		err  []string // substrings of stderr
	}{
		{"clean file", []string{"check", p("clean.txt")}, 0, []string{"no findings in 1 file"}, nil},
		{"warning below fail-on", []string{"check", p("flawed.txt")}, 0, []string{"punctuation/space-before"}, nil},
		{"warning at fail-on", []string{"check", "--fail-on", "warning", p("flawed.txt")}, 1, nil, nil},
		{"flags after the path", []string{"check", p("flawed.txt"), "--fail-on", "warning"}, 1, nil, nil},
		{"fail-on never", []string{"check", "--fail-on", "never", p("flawed.txt")}, 0, nil, nil},
		{"disabled rule", []string{"check", "--fail-on", "warning", "--disable", "punctuation/", p("flawed.txt")}, 0, nil, nil},
		{"bad files are named and the batch goes on", []string{"check", "--fail-on", "warning", dir}, 2,
			[]string{"punctuation/space-before", "encoding/not-utf8", "2 files could not be checked"},
			[]string{"binary.txt: binary file", "latin1.txt: not valid UTF-8 at byte 3"}},
		{"missing file", []string{"check", p("nope.txt"), p("clean.txt")}, 2, []string{"no findings in 1 file"}, []string{"nope.txt: no such file"}},
		{"no paths", []string{"check"}, 2, nil, []string{"needs at least one PATH"}},
		{"bad fail-on", []string{"check", "--fail-on", "fatal", p("clean.txt")}, 2, nil, []string{"unknown severity"}},
		{"bad format", []string{"check", "--format", "xml", p("clean.txt")}, 2, nil, []string{"unknown format"}},
		{"unknown rule", []string{"check", "--enable", "nope/", p("clean.txt")}, 2, nil, []string{"no check matches"}},
		{"unknown flag", []string{"check", "--bogus", p("clean.txt")}, 2, nil, []string{"bogus"}},
		{"unknown language", []string{"check", "--lang", "xx", p("clean.txt")}, 2, nil, []string{`unknown language "xx"`}},
		{"unknown source language", []string{"check", "--source-lang", "es,klingon", p("clean.txt")}, 2, nil, []string{"unknown language klingon"}},
		{"known source languages", []string{"check", "--source-lang", "es", "--source-lang", "fr,de", p("clean.txt")}, 0, nil, nil},
		{"empty directory", []string{"check", t.TempDir()}, 2, nil, []string{"no files to check"}},
		{"version", []string{"version"}, 0, []string{"mtlint " + Version}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := runArgs(t, "", tc.args...)
			if r.code != tc.code {
				t.Errorf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", r.code, tc.code, r.stdout, r.stderr)
			}
			for _, s := range tc.in {
				if !strings.Contains(r.stdout, s) {
					t.Errorf("stdout lacks %q:\n%s", s, r.stdout)
				}
			}
			for _, s := range tc.err {
				if !strings.Contains(r.stderr, s) {
					t.Errorf("stderr lacks %q:\n%s", s, r.stderr)
				}
			}
		})
	}
}

func TestStdinJSON(t *testing.T) {
	r := runArgs(t, flawed, "check", "--format", "json", "-")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var rep report.JSONReport
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, r.stdout)
	}
	if len(rep.Files) != 1 || rep.Files[0].Path != "<stdin>" {
		t.Fatalf("files: %+v", rep.Files)
	}
	found := false
	for _, f := range rep.Files[0].Findings {
		if f.Rule == "punctuation/space-before" {
			found = true
			if got := flawed[f.Offset:f.EndOffset]; !strings.Contains(got, " ,") {
				t.Errorf("range selects %q", got)
			}
			if f.Fix == nil || len(f.Fix.Edits) == 0 {
				t.Error("no fix")
			}
		}
	}
	if !found {
		t.Errorf("no space-before finding: %s", r.stdout)
	}
}

func TestDirectoryWalkOrderAndPaths(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"b.txt": clean, "a.md": clean, "c/d.txt": clean, ".hidden/e.txt": flawed, "f.csv": flawed,
	})
	r := runArgs(t, "", "check", "--format", "json", dir)
	var rep report.JSONReport
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range rep.Files {
		got = append(got, strings.TrimPrefix(f.Path, dir+string(filepath.Separator)))
	}
	if strings.Join(got, " ") != "a.md b.txt c/d.txt" {
		t.Errorf("walk gave %v", got)
	}
}

func TestRulesCommand(t *testing.T) {
	r := runArgs(t, "", "rules")
	if r.code != 0 || !strings.Contains(r.stdout, "punctuation/space-before (warning)") {
		t.Errorf("rules output:\n%s\n%s", r.stdout, r.stderr)
	}
	r = runArgs(t, "", "rules", "--format", "json", "punctuation/")
	var doc struct {
		Rules []struct{ ID, Doc string }
	}
	if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil {
		t.Fatal(err)
	}
	for _, x := range doc.Rules {
		if !strings.HasPrefix(x.ID, "punctuation/") || x.Doc == "" {
			t.Errorf("rule %+v", x)
		}
	}
	if len(doc.Rules) == 0 {
		t.Error("no punctuation rules listed")
	}
}

func TestReorder(t *testing.T) {
	app := newApp(nil, nil, nil)
	got := reorder(app, "check", []string{"a.txt", "--format", "json", "-", "--fail-on=info", "b.txt", "--", "--weird.txt"})
	want := "--format json --fail-on=info -- a.txt - b.txt -- --weird.txt"
	if strings.Join(got, " ") != want {
		t.Errorf("got %q\nwant %q", strings.Join(got, " "), want)
	}
}
