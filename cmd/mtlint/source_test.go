package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/report"
)

const (
	origES = "El Gobierno aprobó ayer un gasto de 1.500 millones de euros para los hospitales.\n\nLa ministra de Sanidad, Carmen Ortega, dijo que el dinero llegará antes del verano.\n"
	mtEN   = "The government yesterday approved spending of 1.2 billion euros on hospitals.\n\nHealth minister Carmen Ortega said the money would arrive before the summer.\n"
)

func TestSourceFlag(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"orig/a.txt": origES, "mt/a.txt": mtEN, "mt/b.txt": clean,
		".mtlint.yaml": "source: orig\n",
		"x.jsonl":      `{"id":"a","text":` + jsonString(mtEN) + `,"orig":` + jsonString(origES) + "}\n",
	})
	p := func(n string) string { return filepath.Join(dir, n) }
	cases := []struct {
		name   string
		args   []string
		code   int
		in     []string // substrings of stdout
		out    []string // substrings stdout must not have
		stderr string
	}{
		{"one pair", []string{"check", "--no-config", "--source", p("orig/a.txt"), p("mt/a.txt")}, 0,
			[]string{"number differs from the source: «1.2 billion» here, «1.500 millones» (1.5 billion) in the source [bitext/number]", "source: «1.500 millones»"}, nil, ""},
		{"fail on the warning", []string{"check", "--no-config", "--fail-on", "warning", "--source", p("orig/a.txt"), p("mt/a.txt")}, 1, nil, nil, ""},
		{"a directory of originals", []string{"check", "--no-config", "--source", p("orig"), p("mt")}, 0,
			[]string{"[bitext/number]", "note: 1 file had no source and was checked without one (the first: " + p("mt/b.txt") + ")"}, nil, ""},
		{"the configuration names the originals", []string{"check", "--config", p(".mtlint.yaml"), p("mt")}, 0,
			[]string{"[bitext/number]"}, nil, ""},
		{"no source: no bitext check", []string{"check", "--no-config", p("mt")}, 0, nil, []string{"bitext/", "note:"}, ""},
		{"no source: SARIF lists no bitext rule", []string{"check", "--no-config", "--format", "sarif", p("mt/a.txt")}, 0, nil, []string{"bitext/"}, ""},
		{"JSON Lines with a source field", []string{"check", "--no-config", "--jsonl-source", "orig", "--format", "json", p("x.jsonl")}, 0,
			[]string{`"rule":"bitext/number"`, `"source_offset":37`, `"source":{"lang":"es"}`}, nil, ""},
		{"alignment in JSON", []string{"check", "--no-config", "--format", "json", "--alignment", "--source", p("orig/a.txt"), p("mt/a.txt")}, 0,
			[]string{`"alignment":{"ratio":`, `"kind":"1-1"`}, nil, ""},
		{"the source's language given", []string{"check", "--no-config", "--format", "json", "--source-lang", "es", "--source", p("orig/a.txt"), p("mt/a.txt")}, 0,
			[]string{`"source":{"path":"` + p("orig/a.txt") + `","lang":"es"}`}, nil, ""},
		{"one source file for two translations", []string{"check", "--no-config", "--source", p("orig/a.txt"), p("mt/a.txt"), p("mt/b.txt")}, 2, nil, nil,
			"--source " + p("orig/a.txt") + " is one file: it pairs with one translation"},
		{"no such source", []string{"check", "--no-config", "--source", p("nowhere"), p("mt")}, 2, nil, nil, "--source: " + p("nowhere") + ": no such file or directory"},
		{"alignment in the text report", []string{"check", "--no-config", "--alignment", "--source", p("orig/a.txt"), p("mt/a.txt")}, 2, nil, nil,
			"--alignment is reported in --format json or jsonl, not text"},
		{"alignment without a source", []string{"check", "--no-config", "--format", "json", "--alignment", p("mt/a.txt")}, 2, nil, nil, "--alignment needs a source"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := runArgs(t, "", c.args...)
			if r.code != c.code {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", r.code, c.code, r.stdout, r.stderr)
			}
			for _, s := range c.in {
				if !strings.Contains(r.stdout, s) {
					t.Errorf("stdout lacks %q:\n%s", s, r.stdout)
				}
			}
			for _, s := range c.out {
				if strings.Contains(r.stdout, s) {
					t.Errorf("stdout has %q:\n%s", s, r.stdout)
				}
			}
			if c.stderr != "" && !strings.Contains(r.stderr, c.stderr) {
				t.Errorf("stderr lacks %q:\n%s", c.stderr, r.stderr)
			}
		})
	}
}

// TestSourceBadInput: an unreadable source is its translation's error,
// named on standard error, and the batch goes on.
func TestSourceBadInput(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"orig/a.txt": "caf\x00 con leche", "orig/b.txt": origES,
		"mt/a.txt": mtEN, "mt/b.txt": mtEN,
	})
	r := runArgs(t, "", "check", "--no-config", "--source", filepath.Join(dir, "orig"), filepath.Join(dir, "mt"))
	if r.code != 2 {
		t.Errorf("exit %d, want 2", r.code)
	}
	want := "mtlint: " + filepath.Join(dir, "mt/a.txt") + ": source " + filepath.Join(dir, "orig/a.txt") + ": binary file (contains NUL bytes) at byte 3\n"
	if r.stderr != want {
		t.Errorf("stderr\n got  %q\n want %q", r.stderr, want)
	}
	if !strings.Contains(r.stdout, "mt/b.txt:1:") {
		t.Errorf("the other file was not checked:\n%s", r.stdout)
	}
}

func jsonString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)
	return `"` + r.Replace(s) + `"`
}

// The alignment of Markdown files gives offsets in the files' bytes, as
// the findings do: the file sliced at a paragraph bead's offsets is that
// paragraph's text (a heading without its "# "), not the front matter
// before it.
func TestSourceAlignmentMarkdownOffsets(t *testing.T) {
	const fm = "---\ntitle: \"Hospitals\"\nlang: %s\n---\n\n"
	src := fmt.Sprintf(fm, "es") + "# Más dinero para los hospitales\n\n" + origES
	mt := fmt.Sprintf(fm, "en") + "# More money for hospitals\n\n" + mtEN
	dir := writeFiles(t, map[string]string{"orig/a.md": src, "mt/a.md": mt})
	r := runArgs(t, "", "check", "--no-config", "--format", "json", "--alignment", "--source", filepath.Join(dir, "orig/a.md"), filepath.Join(dir, "mt/a.md"))
	var rep struct {
		Files []struct {
			Alignment struct {
				Paragraphs []report.JSONBead `json:"paragraphs"`
			} `json:"alignment"`
		} `json:"files"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil || len(rep.Files) != 1 {
		t.Fatalf("code %d, %v:\n%s%s", r.code, err, r.stdout, r.stderr)
	}
	beads := rep.Files[0].Alignment.Paragraphs
	if len(beads) == 0 {
		t.Fatalf("no paragraph beads:\n%s", r.stdout)
	}
	b := beads[0]
	if got, want := mt[b.Offset:b.EndOffset], "More money for hospitals"; got != want {
		t.Errorf("translation's first paragraph bead is %q, want %q", got, want)
	}
	if got, want := src[b.SourceOffset:b.SourceEndOffset], "Más dinero para los hospitales"; got != want {
		t.Errorf("source's first paragraph bead is %q, want %q", got, want)
	}
}
