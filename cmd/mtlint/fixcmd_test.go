package main

import (
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/checks"
	"github.com/mtlint/mtlint/fix"
	"github.com/mtlint/mtlint/internal/corpus"
	"github.com/mtlint/mtlint/rules"
)

var updateFix = flag.Bool("fix.update", false, "rewrite the golden files under testdata/fix/")

// fixReport mirrors the JSON output of mtlint fix.
type fixReport struct {
	Version int `json:"version"`
	Files   []struct {
		Path      string       `json:"path"`
		Error     string       `json:"error"`
		Changed   bool         `json:"changed"`
		Written   bool         `json:"written"`
		Converged bool         `json:"converged"`
		Rounds    int          `json:"rounds"`
		Edits     []rules.Edit `json:"edits"`
		Applied   []struct {
			Rule  string       `json:"rule"`
			Round int          `json:"round"`
			Edits []rules.Edit `json:"edits"`
		} `json:"applied"`
		Skipped []struct {
			Rule   string       `json:"rule"`
			Reason string       `json:"reason"`
			Unsafe bool         `json:"unsafe"`
			Line   int          `json:"line"`
			Column int          `json:"column"`
			Edits  []rules.Edit `json:"edits"`
		} `json:"skipped"`
	} `json:"files"`
	Summary struct {
		Files, Changed, Written, Applied, Failed int
	} `json:"summary"`
}

// runFixCmd runs "mtlint fix" (args start with "fix") without any
// .mtlint.yaml, so that a configuration file in a parent directory cannot
// change what the tests see.
func runFixCmd(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	if len(args) == 0 || args[0] != "fix" {
		t.Fatalf("runFixCmd wants fix arguments, got %q", args)
	}
	return runArgs(t, stdin, append([]string{"fix", "--no-config"}, args[1:]...)...)
}

func parseFixJSON(t *testing.T, s string) fixReport {
	t.Helper()
	var rep fixReport
	if err := json.Unmarshal([]byte(s), &rep); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, s)
	}
	return rep
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func readString(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func fixGolden(t *testing.T, path, got string) {
	t.Helper()
	if *updateFix {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -run TestFixGolden -fix.update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs\ngot:\n%s\nwant:\n%s", filepath.Base(path), got, want)
	}
}

// goldenInputs are the texts under testdata/fix: realistic news text with
// the defects that the fixable checks repair, one file per category.
func goldenInputs(t *testing.T) []string {
	in, err := filepath.Glob("testdata/fix/*.txt")
	if err != nil || len(in) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	for i, p := range in {
		if in[i], err = filepath.Abs(p); err != nil {
			t.Fatal(err)
		}
	}
	return in
}

// TestFixGolden runs fix on each input, with and without --unsafe, and
// compares the diff (NAME[.unsafe].diff) and the text --write leaves
// (NAME[.unsafe].fixed) with the golden files. It also checks the exit
// codes, that a second --write changes nothing (the file is not even
// rewritten), and that the fixed text has no applicable fix left.
func TestFixGolden(t *testing.T) {
	applied := map[string]bool{}
	for _, input := range goldenInputs(t) {
		base := strings.TrimSuffix(filepath.Base(input), ".txt")
		for _, unsafe := range []bool{false, true} {
			suffix, flags := "", []string{}
			if unsafe {
				suffix, flags = ".unsafe", []string{"--unsafe"}
			}
			t.Run(base+suffix, func(t *testing.T) {
				dir := t.TempDir()
				copyFile(t, input, filepath.Join(dir, base+".txt"))
				t.Chdir(dir)
				args := append(append([]string{"fix"}, flags...), base+".txt")

				r := runFixCmd(t, "", args...)
				wantCode := 0
				if r.stdout != "" {
					wantCode = 1
				}
				if r.code != wantCode {
					t.Errorf("diff mode: exit %d, want %d\n%s", r.code, wantCode, r.stderr)
				}
				golden := strings.TrimSuffix(input, ".txt") + suffix
				fixGolden(t, golden+".diff", r.stdout)

				j := runFixCmd(t, "", append(append([]string{"fix", "--format", "json"}, flags...), base+".txt")...)
				for _, f := range parseFixJSON(t, j.stdout).Files {
					for _, a := range f.Applied {
						applied[a.Rule] = true
					}
				}

				w := runFixCmd(t, "", append([]string{"fix", "--write"}, args[1:]...)...)
				if w.code != 0 || w.stdout != "" {
					t.Errorf("--write: exit %d, stdout %q, stderr %s", w.code, w.stdout, w.stderr)
				}
				fixed := readString(t, base+".txt")
				fixGolden(t, golden+".fixed", fixed)

				before, _ := os.Stat(base + ".txt")
				again := runFixCmd(t, "", append([]string{"fix", "--write"}, args[1:]...)...)
				after, _ := os.Stat(base + ".txt")
				if again.code != 0 || readString(t, base+".txt") != fixed {
					t.Errorf("second --write: exit %d, changed the text\n%s", again.code, again.stderr)
				}
				if !os.SameFile(before, after) || !before.ModTime().Equal(after.ModTime()) {
					t.Error("second --write rewrote the file")
				}
				if d := runFixCmd(t, "", args...); d.code != 0 || d.stdout != "" {
					t.Errorf("the fixed text still has fixes: exit %d\n%s", d.code, d.stdout)
				}
			})
		}
	}
	// Every check that offers a fix on its own Bad example should be
	// exercised by a golden input; checks are being added all the time,
	// so a missing one is logged rather than failed.
	for _, c := range fixableChecks(t) {
		if !applied[c] {
			t.Logf("no golden input exercises the fix of %s", c)
		}
	}
}

// fixableChecks lists the checks whose Bad example gets a fix.
func fixableChecks(t *testing.T) []string {
	var out []string
	for _, c := range checks.All() {
		r := runFixCmd(t, c.Bad, "fix", "--unsafe", "--disable", "all", "--enable", c.ID, "-")
		if r.code == 1 {
			out = append(out, c.ID)
		}
	}
	return out
}

// TestFixDiffAppliesLikeWrite applies the printed diff with patch -p1 and
// with git apply, and compares the result with what --write leaves, on
// every golden input and on the seed article when it is present.
func TestFixDiffAppliesLikeWrite(t *testing.T) {
	inputs := goldenInputs(t)
	if seed := corpus.SeedPath(); seed != "" {
		inputs = append(inputs, seed)
	} else {
		t.Log("the seed article is absent; testing the golden inputs only")
	}
	tools := [][]string{{"patch", "-p1", "--batch", "--silent", "-i", "fixes.patch"}, {"git", "apply", "fixes.patch"}}
	for _, tool := range tools {
		t.Run(tool[0], func(t *testing.T) {
			if _, err := exec.LookPath(tool[0]); err != nil {
				t.Skipf("skipping: no %s command on this system", tool[0])
			}
			for _, input := range inputs {
				name := filepath.Base(input)
				dir := t.TempDir()
				t.Chdir(dir)
				os.Mkdir("news", 0o755)
				os.Mkdir("written", 0o755)
				copyFile(t, input, filepath.Join("news", name))
				copyFile(t, input, filepath.Join("written", name))
				r := runFixCmd(t, "", "fix", "--unsafe", "-U", "2", filepath.Join("news", name))
				if r.code != 1 || !strings.HasPrefix(r.stdout, "--- a/news/"+name+"\n+++ b/news/"+name+"\n") {
					t.Fatalf("%s: exit %d\n%s\n%s", name, r.code, r.stdout, r.stderr)
				}
				os.WriteFile("fixes.patch", []byte(r.stdout), 0o644)
				cmd := exec.Command(tool[0], tool[1:]...)
				if out, err := cmd.CombinedOutput(); err != nil {
					t.Fatalf("%s: %s: %v\n%s", name, tool[0], err, out)
				}
				if w := runFixCmd(t, "", "fix", "--unsafe", "--write", filepath.Join("written", name)); w.code != 0 {
					t.Fatalf("%s: --write: exit %d: %s", name, w.code, w.stderr)
				}
				if readString(t, filepath.Join("news", name)) != readString(t, filepath.Join("written", name)) {
					t.Errorf("%s: %s and --write give different texts", name, tool[0])
				}
			}
		})
	}
}

func TestFixFlags(t *testing.T) {
	const text = "Advertisement\n\nThe unions, however , insist.\n\nShare this article\n\nIt rained.Then it stopped.\n"
	dir := writeFiles(t, map[string]string{"a.txt": text, "clean.txt": "Markets rose on Friday.\n"})
	t.Chdir(dir)
	cases := []struct {
		name   string
		args   []string
		code   int
		out    []string // substrings of stdout
		notOut []string
		err    []string // substrings of stderr
	}{
		{"diff", []string{"a.txt"}, 1, []string{"--- a/a.txt\n+++ b/a.txt\n", "+The unions, however, insist.", "+It rained. Then"}, []string{"-Share this article"},
			[]string{"a.txt: 2 unsafe fixes not applied: they delete or join text (use --unsafe) [residue/site-chrome]\n"}},
		{"unsafe", []string{"--unsafe", "a.txt"}, 1, []string{"-Share this article"}, nil, nil},
		{"clean file", []string{"clean.txt"}, 0, nil, []string{"---"}, nil},
		{"disable a category", []string{"--disable", "punctuation/", "a.txt"}, 0, nil, []string{"however"}, nil},
		{"enable one rule only", []string{"--disable", "all", "--enable", "punctuation/missing-space", "a.txt"}, 1,
			[]string{"+It rained. Then"}, []string{"however, insist"}, nil},
		{"no context", []string{"-U", "0", "a.txt"}, 1, []string{"@@ -3 +3 @@\n-The unions, however , insist.\n+The unions, however, insist.\n@@"}, nil, nil},
		{"flags after the path", []string{"a.txt", "--unified", "1"}, 1, []string{"@@ -2,3 +2,3 @@\n \n-The"}, nil, nil},
		{"standard input", []string{"-"}, 1, []string{"--- a/<stdin>\n"}, nil, nil},
		{"bad context", []string{"-U", "-1", "a.txt"}, 2, nil, nil, []string{"--unified"}},
		{"bad format", []string{"--format", "xml", "a.txt"}, 2, nil, nil, []string{"unknown format"}},
		{"unknown rule", []string{"--enable", "nope/", "a.txt"}, 2, nil, nil, []string{"no check matches"}},
		{"no paths", nil, 2, nil, nil, []string{"needs at least one PATH"}},
		{"write standard input", []string{"--write", "-"}, 2, nil, nil, []string{"cannot write standard input"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := runFixCmd(t, text, append([]string{"fix"}, tc.args...)...)
			if r.code != tc.code {
				t.Errorf("exit %d, want %d\n%s\n%s", r.code, tc.code, r.stdout, r.stderr)
			}
			for _, s := range tc.out {
				if !strings.Contains(r.stdout, s) {
					t.Errorf("stdout lacks %q:\n%s", s, r.stdout)
				}
			}
			for _, s := range tc.notOut {
				if strings.Contains(r.stdout, s) {
					t.Errorf("stdout has %q:\n%s", s, r.stdout)
				}
			}
			for _, s := range tc.err {
				if !strings.Contains(r.stderr, s) {
					t.Errorf("stderr lacks %q:\n%s", s, r.stderr)
				}
			}
		})
	}
	if readString(t, "a.txt") != text {
		t.Error("diff mode changed the file")
	}
}

func TestFixJSON(t *testing.T) {
	const text = "Advertisement\n\nThe unions, however , insist.\n\nShare this article\n\nIt rained.Then it stopped.\n"
	dir := writeFiles(t, map[string]string{"a.txt": text, "b.txt": "Markets rose on Friday.\n"})
	t.Chdir(dir)
	r := runFixCmd(t, "", "fix", "--format", "json", "a.txt", "b.txt")
	if r.code != 1 || r.stderr != "" {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	rep := parseFixJSON(t, r.stdout)
	if rep.Version != 1 || len(rep.Files) != 2 {
		t.Fatalf("report: %+v", rep)
	}
	a, b := rep.Files[0], rep.Files[1]
	if a.Path != "a.txt" || !a.Changed || a.Written || !a.Converged || a.Rounds != 1 || len(a.Applied) != 2 {
		t.Errorf("a.txt: %+v", a)
	}
	// The net edits turn the file into the fixed text.
	var out []byte
	prev := 0
	for _, e := range a.Edits {
		out = append(append(out, text[prev:e.Offset]...), e.Text...)
		prev = e.EndOffset
	}
	out = append(out, text[prev:]...)
	if string(out) != "Advertisement\n\nThe unions, however, insist.\n\nShare this article\n\nIt rained. Then it stopped.\n" {
		t.Errorf("edits give %q", out)
	}
	if len(a.Skipped) != 2 || a.Skipped[1].Reason != "unsafe" || !a.Skipped[1].Unsafe || a.Skipped[1].Line != 5 || a.Skipped[1].Column != 1 ||
		a.Skipped[1].Edits[0] != (rules.Edit{Offset: 45, EndOffset: 65}) {
		t.Errorf("skipped: %+v", a.Skipped)
	}
	if b.Changed || len(b.Edits) != 0 || b.Edits == nil || b.Applied == nil || b.Skipped == nil {
		t.Errorf("b.txt: %+v (empty lists must be [], not null)", b)
	}
	if rep.Summary.Files != 2 || rep.Summary.Changed != 1 || rep.Summary.Applied != 2 || rep.Summary.Failed != 0 {
		t.Errorf("summary %+v", rep.Summary)
	}

	// With --write the JSON says what was written, and the exit status is 0.
	w := runFixCmd(t, "", "fix", "--format", "json", "--write", "--unsafe", "a.txt")
	rep = parseFixJSON(t, w.stdout)
	if w.code != 0 || !rep.Files[0].Written || rep.Summary.Written != 1 {
		t.Errorf("--write: exit %d %+v", w.code, rep)
	}
	if got := readString(t, "a.txt"); got != "The unions, however, insist.\n\nIt rained. Then it stopped.\n" {
		t.Errorf("written %q", got)
	}
}

// TestFixBadInput: files that cannot be read or fixed are named on
// standard error with the reason, the others are still fixed, the exit
// status is 2, and the bad files are left as they were.
func TestFixBadInput(t *testing.T) {
	files := map[string]string{
		"good.txt":   "The unions, however , insist.\n",
		"binary.txt": "The unions , \x00\x01 insist",
		"latin1.txt": "The caf\xe9\x01 , closed.\n",
		"utf16.txt":  "\xff\xfeT\x00h\x00e\x00",
	}
	dir := writeFiles(t, files)
	t.Chdir(dir)
	args := []string{"good.txt", "binary.txt", "latin1.txt", "utf16.txt", "good.txt/under.txt", "missing.txt"}
	wantErr := []string{
		"mtlint: binary.txt: binary file (contains NUL bytes) at byte 13\n",
		"mtlint: latin1.txt: not valid UTF-8 at byte 7 (byte 0xE9)\n",
		"mtlint: utf16.txt: not valid UTF-8 at byte 0 (UTF-16 byte order mark; convert the file to UTF-8)\n",
		"mtlint: good.txt/under.txt: not a directory\n",
		"mtlint: missing.txt: no such file or directory\n",
	}
	for _, mode := range [][]string{{"fix"}, {"fix", "--write"}, {"fix", "--format", "json"}} {
		t.Run(strings.Join(mode, " "), func(t *testing.T) {
			r := runFixCmd(t, "", append(mode, args...)...)
			if r.code != 2 {
				t.Errorf("exit %d, want 2", r.code)
			}
			for _, e := range wantErr {
				if !strings.Contains(r.stderr, e) {
					t.Errorf("stderr lacks %q:\n%s", e, r.stderr)
				}
			}
			switch mode[len(mode)-1] {
			case "fix":
				if !strings.Contains(r.stdout, "+The unions, however, insist.") {
					t.Errorf("the good file's diff is missing:\n%s", r.stdout)
				}
			case "json":
				rep := parseFixJSON(t, r.stdout)
				if len(rep.Files) != 6 || rep.Summary.Failed != 5 || rep.Files[1].Error == "" || rep.Files[0].Error != "" {
					t.Errorf("report: %+v", rep)
				}
			case "--write":
				if got := readString(t, "good.txt"); got != "The unions, however, insist.\n" {
					t.Errorf("good.txt not fixed: %q", got)
				}
			}
			for name, body := range files {
				if name != "good.txt" && readString(t, name) != body {
					t.Errorf("%s was changed", name)
				}
			}
		})
	}
}

// The seed article: read in place, never copied into the project.

// lineKinds are removed with their whole line (the snippet is part of it).
var lineKinds = map[string]bool{"boilerplate": true, "related-links-block": true, "caption-credit": true}

// Shapes of the seed's defects for TestFixSeed: a space before a comma
// between two words, a period before a capital with no space, and a line of
// a section path and an ISO timestamp.
var (
	spaceBeforeComma    = regexp.MustCompile(`^(\pL+) ,( \pL+)$`)
	periodBeforeCapital = regexp.MustCompile(`^(\pL+)\.(\p{Lu}\pL*)$`)
	sectionTimestamp    = regexp.MustCompile(`(?m)^[\pL ]+/[\pL ]+ \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$`)
)

func registered(prefix string) bool {
	for _, c := range checks.All() {
		if c.ID == prefix || strings.HasSuffix(prefix, "/") && strings.HasPrefix(c.ID, prefix) {
			return true
		}
	}
	return false
}

// TestFixSeed is the acceptance test of issue 5 on the seed article:
// fix --unsafe leaves no fixable finding, joins its orphaned paragraphs,
// closes up its space before a comma, splits its period without a space,
// removes the site chrome, and changes nothing else: every byte it removes
// or replaces lies in a defect the .expect.tsv lists (or is white space next
// to one). What a missing check cannot fix yet is logged, not failed. The
// snippets come from the .expect.tsv, read in place: none is quoted here.
func TestFixSeed(t *testing.T) {
	abs, orig, rows := corpus.Seed(t)
	src := string(orig)
	dir := t.TempDir()
	t.Chdir(dir)
	copyFile(t, abs, "seed.txt")

	j := runFixCmd(t, "", "fix", "--unsafe", "--format", "json", "seed.txt")
	if j.code != 1 {
		t.Fatalf("exit %d: %s", j.code, j.stderr)
	}
	f := parseFixJSON(t, j.stdout).Files[0]
	if !f.Converged || len(f.Skipped) != 0 {
		t.Errorf("fixes left after %d rounds: %+v", f.Rounds, f.Skipped)
	}
	if w := runFixCmd(t, "", "fix", "--unsafe", "--write", "seed.txt"); w.code != 0 {
		t.Fatalf("--write: exit %d: %s", w.code, w.stderr)
	}
	fixed := readString(t, "seed.txt")
	if again := runFixCmd(t, "", "fix", "--unsafe", "seed.txt"); again.code != 0 || again.stdout != "" {
		t.Errorf("re-check finds fixes: exit %d\n%s", again.code, again.stdout)
	}

	// The named repairs, made from the .expect.tsv's snippets of three
	// kinds: orphaned paragraphs joined with a space, a space before a
	// comma taken out, a space put after a period before a capital.
	var named []struct{ rule, before, after string }
	for _, r := range rows {
		var after string
		switch {
		case r.Kind == "orphan-paragraph":
			after = strings.Join(strings.Fields(r.Snippet), " ")
		case r.Kind == "space-before-punct" && spaceBeforeComma.MatchString(r.Snippet):
			after = spaceBeforeComma.ReplaceAllString(r.Snippet, "$1,$2")
		case r.Kind == "missing-space-after-punct" && periodBeforeCapital.MatchString(r.Snippet):
			after = periodBeforeCapital.ReplaceAllString(r.Snippet, "$1. $2")
		default:
			continue
		}
		named = append(named, struct{ rule, before, after string }{corpus.Kinds[r.Kind], r.Snippet, after})
	}
	if len(named) == 0 {
		t.Fatal("the .expect.tsv lists none of the named repairs")
	}
	for _, n := range named {
		if !registered(n.rule) {
			t.Logf("not yet fixable: %q (no %s check)", n.before, n.rule)
			continue
		}
		if strings.Contains(fixed, n.before) || !strings.Contains(fixed, n.after) {
			t.Errorf("%s: %q was not turned into %q", n.rule, n.before, n.after)
		}
	}

	// The defects of the .expect.tsv: where they are, and whether each
	// one is gone.
	var allowed [][2]int
	fixedLines := map[string]bool{}
	for _, l := range strings.Split(fixed, "\n") {
		fixedLines[strings.TrimSpace(l)] = true
	}
	for _, r := range rows {
		i := strings.Index(src, r.Snippet)
		if i < 0 {
			t.Fatalf("snippet %q not in the seed", r.Snippet)
		}
		span := [2]int{i, i + len(r.Snippet)}
		if lineKinds[r.Kind] {
			span[0] = strings.LastIndexByte(src[:i], '\n') + 1
			if e := strings.IndexByte(src[span[1]:], '\n'); e >= 0 {
				span[1] += e
			} else {
				span[1] = len(src)
			}
		}
		allowed = append(allowed, span)
		rule := corpus.Kinds[r.Kind]
		switch {
		case rule == "":
			t.Errorf("kind %q has no rule mapped", r.Kind)
		case !registered(rule):
			t.Logf("not yet fixable: %s %q (no %s check)", r.Kind, r.Snippet, rule)
		case r.Kind == "unbalanced-quote":
			// Not fixable: which quote is missing is for an editor to say.
		case lineKinds[r.Kind]:
			if line := strings.TrimSpace(src[span[0]:span[1]]); fixedLines[line] {
				t.Errorf("%s line %q is still there", r.Kind, line)
			}
		case strings.Contains(fixed, r.Snippet):
			t.Errorf("%s %q is still there", r.Kind, r.Snippet)
		}
	}
	// The .expect.tsv lists the first timestamp of a widget of section
	// paths and timestamps but not the next ones, which are the same residue.
	for _, m := range sectionTimestamp.FindAllStringIndex(src, -1) {
		allowed = append(allowed, [2]int{m[0], m[1]})
	}

	// Nothing else changed: every byte an edit removes is inside a listed
	// defect or is white space, and every edit touches a listed defect.
	inside := func(off int) bool {
		for _, s := range allowed {
			if off >= s[0] && off < s[1] {
				return true
			}
		}
		return false
	}
	touches := func(lo, hi int) bool {
		for _, s := range allowed {
			if lo <= s[1] && s[0] <= hi {
				return true
			}
		}
		return false
	}
	var out strings.Builder
	prev := 0
	for _, e := range f.Edits {
		if !touches(e.Offset, e.EndOffset) {
			t.Errorf("edit %+v (%q) is outside every listed defect", e, src[e.Offset:e.EndOffset])
		}
		for k := e.Offset; k < e.EndOffset; k++ {
			if !inside(k) && !strings.ContainsRune(" \t\r\n", rune(src[k])) {
				t.Errorf("edit %+v removes %q outside the listed defects", e, src[k:min(k+30, e.EndOffset)])
				break
			}
		}
		out.WriteString(src[prev:e.Offset])
		out.WriteString(e.Text)
		prev = e.EndOffset
	}
	out.WriteString(src[prev:])
	if out.String() != fixed {
		t.Error("the JSON edits do not give the text --write wrote")
	}
}

// TestFixNotes: what is left unfixed is said on standard error, one line
// per reason, naming the rules.
func TestFixNotes(t *testing.T) {
	res := &fix.Result{
		Rounds: 5,
		Skipped: []fix.Record{
			{Rule: "residue/site-chrome", Reason: fix.ReasonUnsafe},
			{Rule: "linebreak/orphan-paragraph", Reason: fix.ReasonUnsafe},
			{Rule: "punctuation/space-before", Reason: fix.ReasonNotConverged},
			{Rule: "punctuation/doubled", Reason: fix.ReasonConflict},
			{Rule: "x/broken", Reason: fix.ReasonNoOp},
		},
	}
	var b strings.Builder
	noteFixSkipped(&b, &fixOutcome{path: "a.txt", res: res})
	want := "mtlint: a.txt: 2 unsafe fixes not applied: they delete or join text (use --unsafe) [linebreak/orphan-paragraph, residue/site-chrome]\n" +
		"mtlint: a.txt: fixes did not settle after 5 rounds; 2 fixes left [punctuation/doubled, punctuation/space-before]\n" +
		"mtlint: a.txt: 1 fix that changes nothing ignored (a bug in the check) [x/broken]\n"
	if b.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", b.String(), want)
	}
}

// TestFixPathOutside: a file outside the current directory is named in
// the diff by its absolute path without the leading slash (patch and git
// apply refuse ".." and absolute names), with a note; patch -p1 -d /
// applies it. An absolute path inside the current directory is made
// relative to it.
func TestFixPathOutside(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "The unions, however , insist.\n", "sub/b.txt": "x\n"})
	abs := filepath.Join(dir, "a.txt")
	name := strings.TrimPrefix(filepath.ToSlash(abs), "/")

	t.Chdir(dir)
	if r := runFixCmd(t, "", "fix", abs); !strings.HasPrefix(r.stdout, "--- a/a.txt\n+++ b/a.txt\n") || r.stderr != "" {
		t.Errorf("absolute path inside the directory:\n%s\n%s", r.stdout, r.stderr)
	}

	t.Chdir(filepath.Join(dir, "sub"))
	r := runFixCmd(t, "", "fix", "../a.txt")
	if r.code != 1 || !strings.HasPrefix(r.stdout, "--- a/"+name+"\n+++ b/"+name+"\n") {
		t.Fatalf("exit %d:\n%s", r.code, r.stdout)
	}
	if !strings.Contains(r.stderr, "mtlint: note: ../a.txt is outside the current directory; the diff names it from the root: apply with patch -p1 -d /\n") {
		t.Errorf("no note:\n%s", r.stderr)
	}
	if _, err := exec.LookPath("patch"); err != nil {
		t.Skip("skipping the patch run: no patch command on this system")
	}
	cmd := exec.Command("patch", "-p1", "-d", "/", "--batch", "--silent")
	cmd.Stdin = strings.NewReader(r.stdout)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("patch: %v\n%s", err, out)
	}
	if got := readString(t, abs); got != "The unions, however, insist.\n" {
		t.Errorf("patched file holds %q", got)
	}
}

// TestFixConfig: fix follows .mtlint.yaml as check does: an allowed
// phrase is not fixed, excluded files are not walked, pattern rules fix;
// JSON Lines files are refused when named and skipped in a walk.
func TestFixConfig(t *testing.T) {
	const text = "The unions, however , said no. It rained.Then it stopped. Prices rose 5 per cent.\n"
	dir := writeFiles(t, map[string]string{
		".mtlint.yaml": "allow: [\"however , said\"]\nfiles:\n  exclude: [\"drafts/**\"]\npatterns:\n" +
			"  - id: house-style\n    message: \"write '{replacement}', not '{match}'\"\n    severity: info\n    swap: {per cent: percent}\n",
		"a.txt":        text,
		"drafts/b.txt": text,
		"c.jsonl":      "{\"id\":\"1\",\"text\":\"however , x\"}\n{\"id\":\"2\",\"text\":\"a , b\"}\n",
	})
	t.Chdir(dir)
	r := runArgs(t, "", "fix", ".")
	want := "--- a/a.txt\n+++ b/a.txt\n@@ -1 +1 @@\n-" + text +
		"+The unions, however , said no. It rained. Then it stopped. Prices rose 5 percent.\n"
	if r.code != 1 || r.stdout != want {
		t.Errorf("exit %d\n%s\nwant:\n%s", r.code, r.stdout, want)
	}
	if r.stderr != "mtlint: note: skipping c.jsonl (JSON Lines; fix works on text files only)\n" {
		t.Errorf("stderr:\n%s", r.stderr)
	}
	r = runArgs(t, "", "fix", "--write", "c.jsonl", "a.txt")
	if r.code != 2 || !strings.Contains(r.stderr, "mtlint: c.jsonl: a JSON Lines file: fix works on text files only\n") {
		t.Errorf("exit %d\n%s", r.code, r.stderr)
	}
	if readString(t, "drafts/b.txt") != text || !strings.Contains(readString(t, "a.txt"), "5 percent") {
		t.Error("wrong files written")
	}
	if r := runArgs(t, "", "fix", "--no-config", "a.txt"); !strings.Contains(r.stdout, "+The unions, however, said no") {
		t.Errorf("--no-config still allows the phrase:\n%s", r.stdout)
	}
}
