package pipeline

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/mtlint/mtlint/reader"
	"github.com/mtlint/mtlint/report"
	mtsetup "github.com/mtlint/mtlint/setup"
)

// The tests run the pipeline on the prism runner (in-process) and compare
// what it writes with what `mtlint check --format jsonl` writes for the
// same inputs. The mtlint binary is built from the main module (the
// directory above this module), or taken from $MTLINT.

var mtlintBin string

func TestMain(m *testing.M) {
	flag.Parse()
	code := func() int {
		dir, err := os.MkdirTemp("", "mtlint-beam-test")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		defer os.RemoveAll(dir)
		if mtlintBin = os.Getenv("MTLINT"); mtlintBin == "" {
			mtlintBin = filepath.Join(dir, "mtlint")
			cmd := exec.Command("go", "build", "-o", mtlintBin, "./cmd/mtlint")
			cmd.Dir = ".." + string(filepath.Separator) + ".."
			if out, err := cmd.CombinedOutput(); err != nil {
				fmt.Fprintf(os.Stderr, "building mtlint: %v\n%s", err, out)
				return 1
			}
		}
		return ptest.MainRetWithDefault(m, "prism")
	}()
	os.Exit(code)
}

// The articles of the tests, written for them: two sites whose pages share
// a header and a footer, with the defects machine translation and scraping
// leave (a space before a comma, a doubled word, a sentence cut by a line
// break, mojibake, a timestamp), clean ones, and inputs that cannot be
// checked.
var harbourBodies = []string{
	"Dockworkers in Valencia ended their nine-day strike on Monday , after the port authority agreed to hire two hundred new crane operators.\n\nThe deal, which union members approved by a wide margin, also limits night shifts to four a week.",
	"Ships that had waited offshore for more than a week began to berth on Tuesday morning.\n\nExporters of citrus fruit said the the delay had cost them several million euros in spoiled cargo.",
	"The regional government said it would review the safety rules at the container terminal.\n\nInspectors found that several cranes had not been\nchecked for more than two years, the report said.",
	"Union leaders warned that talks on pensions would resume in January.\n\nâ€œWe have won a battle, not the war,â€\x9d one of them told reporters outside the port offices.",
	"Residents near the docks welcomed the end of the dispute.\n\nTraffic on the coastal road, blocked by lorries for days, returned to normal by the evening.",
	"Updated 2024-05-13T09:41:07.512Z\n\nThe city council offered to mediate if the talks on pensions stall.\n\nThe mayor said the port was vital to the region and its forty thousand jobs.",
}

var valleyBodies = []string{
	"Farmers in the upper valley have started the harvest two weeks early after a dry spring.\n\nThe cooperative expects a smaller crop but better prices.",
	"The new bridge over the river will open in September , the council said on Friday.\n\nIt replaces a crossing built in 1931.",
	"A local bakery has won a national prize for its rye bread.\n\nIts owner said she would not change the recipe, which was her grandmother's.",
}

// writeInputs writes the test's inputs under dir.
func writeInputs(t *testing.T, dir string) {
	t.Helper()
	files := map[string][]byte{}
	for i, b := range harbourBodies {
		files[fmt.Sprintf("harbour/story-%d.txt", i)] = []byte(fmt.Sprintf(
			"The Harbour Courier\nHome | News | Sport | Weather\nMonday, %d May 2024\n\n%s\n\nShare this article\n© The Harbour Courier 2024\n", 10+i, b))
	}
	for i, b := range valleyBodies {
		files[fmt.Sprintf("valley/item-%d.txt", i)] = []byte("Valley Weekly\n\n" + b + "\n")
	}
	files["harbour/empty.txt"] = []byte{}
	files["harbour/cp1252.txt"] = []byte("The caf\xe9 on the quay , closed since March, will reopen under new owners.\n")
	files["harbour/scan.txt"] = []byte("PDF-1.4\x00\x00\x01binary data from a bad export")
	files["harbour/huge.txt"] = bytes.Repeat([]byte("The port reopened. "), (1<<20)/19+10) // over --max-size 1
	var feed strings.Builder
	for i, b := range valleyBodies {
		site := "valley"
		if i == 1 {
			site = "harbour"
		}
		rec, _ := json.Marshal(map[string]any{"id": fmt.Sprintf("v-%d", i), "site": site, "text": "Valley Weekly\n\n" + b})
		feed.Write(rec)
		feed.WriteString("\n")
	}
	feed.WriteString("\n")                                                                                             // a blank line: skipped
	feed.WriteString(`{"id": "bad-1", "text": "The ferry to the islands was cancelled because of high winds."` + "\n") // unterminated
	feed.WriteString(`{"id": "bad-2", "body": "The museum reopens after a year of repairs."}` + "\n")
	feed.WriteString(`{"id": 7, "site": "valley", "text": ["A list", "is not a text"]}` + "\n")
	feed.WriteString(`{"id": "bad-4", "text": "` + strings.Repeat("word ", (1<<20)/5+10) + `"}` + "\n") // over --max-size 1
	feed.WriteString(`{"id": 8, "site": "valley", "text": "The library will stay open late during the exam period , the university said."}` + "\n")
	files["feeds/valley.jsonl"] = []byte(feed.String())
	// Windows-1252 files whose template line has accented letters.
	for i, b := range []string{"The quay will be closed to cars from Monday.", "Fishermen sold their catch at the old market , as every Friday.", "A new ferry line to the islands opens in July."} {
		files[fmt.Sprintf("quai/note-%d.txt", i)] = []byte("Le Journal du Quai \xb7 Soci\xe9t\xe9\n\n" + b + "\n")
	}
	// Markdown with front matter: the site it names is the group of
	// residue/template, whatever the folder.
	for i, b := range []string{"The ferry company said the new timetable would start in June , after the summer.", "Fishermen protested against the new quotas outside the town hall.",
		"The lighthouse will be restored with money from the region.", "A storm closed the harbour for two days last week.\nThe coastguard said no one was hurt."} {
		front := "---\ntitle: Harbour notes\nsite: harbour-notes\n---\n\n"
		if i == 3 {
			front = "" // no front matter: the folder is the group
		}
		files[fmt.Sprintf("notes/n%d.md", i)] = []byte(front + "Harbour Notes | *Opinion*\n\n# Note " + fmt.Sprint(i) + "\n\n" + b + "\n\nShare on [social media](https://example.com/share)\n")
	}
	files["notes/cp1252.md"] = []byte("---\nsite: harbour-notes\n---\n\nThe caf\xe9 on the quay reopened on Friday , under new owners.\n")
	// HTML pages of one site: a menu in each, defects in the text.
	for i, b := range []string{"The new bridge will open in September , the council said.", "The the museum reopens after a year of repairs.", "Farmers began the harvest two weeks early."} {
		files[fmt.Sprintf("pages/p%d.html", i)] = []byte("<!DOCTYPE html>\n<html lang=\"en\"><head><title>Valley Times</title></head><body>\n" +
			"<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li><li><a href=\"/sport\">Sport</a></li></ul></nav>\n" +
			"<article><h1>Story " + fmt.Sprint(i) + "</h1>\n<p>" + b + "</p>\n<p>Residents welcomed the news &amp; said so.</p></article>\n" +
			"<footer><p>&copy; Valley Times 2024</p></footer></body></html>\n")
	}
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, body, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

const testConfig = `# the test's settings
rules:
  disable: [punctuation/]
  residue/template:
    min-articles: 4
allow:
  - Valley Weekly
patterns:
  - id: euros
    message: 'write amounts in figures: "{match}"'
    tokens: [several million euros]
`

func TestPipelineEqualsCheck(t *testing.T) {
	dir := t.TempDir()
	writeInputs(t, dir)
	if err := os.WriteFile(filepath.Join(dir, "site.yaml"), []byte(testConfig), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir) // relative paths, as a user gives them
	patterns := []string{"harbour/*.txt", "valley/*.txt", "quai/*.txt", "notes/*.md", "pages/*.html", "feeds/*.jsonl", "missing/story.txt"}
	var cliArgs []string
	for _, p := range patterns {
		m, _ := filepath.Glob(p)
		if len(m) == 0 {
			m = []string{p}
		}
		cliArgs = append(cliArgs, m...)
	}
	for _, tc := range []struct {
		name     string
		o        Options // Files and MaxSize are set below
		cli      []string
		template bool // residue/template must fire
	}{
		{name: "defaults", o: Options{Setup: mtsetup.Options{NoConfig: true}}, cli: []string{"--no-config"}, template: true},
		{name: "a sketched count", o: Options{Setup: mtsetup.Options{NoConfig: true}, SketchBytes: 1 << 10}, cli: []string{"--no-config"}, template: true},
		{name: "configuration, flags and groups by site",
			o: Options{Setup: mtsetup.Options{Config: "site.yaml", ConfigData: []byte(testConfig), Enable: []string{"punctuation/space-before"},
				Disable: []string{"linebreak/"}, Lang: "en", SourceLangs: []string{"es"}}, JSONLGroup: "site", Worst: 2},
			cli:      []string{"--config", "site.yaml", "--enable", "punctuation/space-before", "--disable", "linebreak/", "--lang", "en", "--source-lang", "es", "--jsonl-group", "site"},
			template: true},
		{name: "no template check", o: Options{Setup: mtsetup.Options{NoConfig: true, Disable: []string{"residue/template"}}},
			cli: []string{"--no-config", "--disable", "residue/template"}},
		{name: "every file read as text (--input text)", o: Options{Setup: mtsetup.Options{NoConfig: true}, Format: reader.Text},
			cli: []string{"--no-config", "--input", "text"}, template: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := tc.o
			o.Files, o.MaxSize = patterns, 1<<20
			out := filepath.Join(t.TempDir(), "run")
			sketched := runPipeline(t, o, out)
			if (sketched > 0) != (o.SketchBytes > 0) {
				t.Errorf("template sets made from a sketch: %d", sketched)
			}
			got := readLines(t, out+"-findings.jsonl")
			want := runCheck(t, append(append([]string{"check", "--format", "jsonl", "--max-size", "1"}, tc.cli...), cliArgs...))
			compareLines(t, got, want)

			records := parseFindings(t, got)
			checkSummary(t, records, readLines(t, out+"-summary.jsonl"), o)
			checkDeadLetters(t, records, readLines(t, out+"-dead-letters.jsonl"))

			// The test tests something: the template pass and the
			// configuration show in the findings.
			rules := map[string]int{}
			for _, r := range records {
				for _, f := range r.Findings {
					rules[f.Rule]++
				}
			}
			if tc.template != (rules["residue/template"] > 0) {
				t.Errorf("residue/template findings: %d", rules["residue/template"])
			}
			if tc.name == "defaults" {
				// Template lines are found in Windows-1252 files by their
				// accented line, in Markdown by the site its front matter
				// names (not in the file without one, alone in its folder's
				// group), and in HTML pages by their menu.
				flagged := map[string]bool{}
				for _, r := range records {
					for _, f := range r.Findings {
						if f.Rule == "residue/template" {
							flagged[filepath.ToSlash(r.Path)] = true
						}
					}
				}
				for _, name := range []string{"quai/note-0.txt", "quai/note-2.txt", "notes/n0.md", "notes/n2.md", "pages/p0.html", "pages/p2.html"} {
					if !flagged[name] {
						t.Errorf("%s: no template line found", name)
					}
				}
				if flagged["notes/n3.md"] {
					t.Error("notes/n3.md, alone in its group, has template lines")
				}
			}
			if strings.Contains(tc.name, "configuration") && (rules["custom/euros"] == 0 || rules["punctuation/doubled"] > 0 || rules["punctuation/space-before"] == 0) {
				t.Errorf("the configuration and flags did not decide: %v", rules)
			}
		})
	}
}

// runPipeline builds the pipeline as mtlint-beam does and runs it. It
// returns the number of template sets made from a sketch's second pass.
func runPipeline(t *testing.T, o Options, out string) int64 {
	t.Helper()
	p, s := beam.NewPipelineWithRoot()
	res, err := Build(s, o)
	if err != nil {
		t.Fatal(err)
	}
	Write(s, out+"-findings.jsonl", 1, false, res.Findings)
	Write(s, out+"-summary.jsonl", 1, true, res.Summary)
	Write(s, out+"-dead-letters.jsonl", 1, true, res.DeadLetters)
	pr, err := ptest.RunWithMetrics(p)
	if err != nil {
		t.Fatalf("pipeline: %v", err)
	}
	var n int64
	for _, c := range pr.Metrics().Query(func(r beam.MetricResult) bool { return r.Name() == "template-sets-from-sketch" }).Counters() {
		n += c.Result()
	}
	return n
}

// runCheck runs mtlint and returns its standard output's lines.
func runCheck(t *testing.T, args []string) []string {
	t.Helper()
	cmd := exec.Command(mtlintBin, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	// 1: findings at or above --fail-on; 2: some input could not be checked.
	if code := cmd.ProcessState.ExitCode(); code < 0 || code > 2 || stdout.Len() == 0 {
		t.Fatalf("mtlint %.300s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return splitLines(stdout.String())
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return splitLines(string(b))
}

func splitLines(s string) []string {
	var out []string
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out
}

// compareLines compares two outputs record for record, order aside.
func compareLines(t *testing.T, got, want []string) {
	t.Helper()
	g, w := slices.Sorted(slices.Values(got)), slices.Sorted(slices.Values(want))
	if slices.Equal(g, w) {
		return
	}
	t.Errorf("the pipeline wrote %d records, mtlint check %d; they differ:", len(got), len(want))
	gs, ws := map[string]bool{}, map[string]bool{}
	for _, l := range g {
		gs[l] = true
	}
	for _, l := range w {
		ws[l] = true
	}
	for _, l := range g {
		if !ws[l] {
			t.Errorf("only in the pipeline's: %.400s", l)
		}
	}
	for _, l := range w {
		if !gs[l] {
			t.Errorf("only in mtlint check's: %.400s", l)
		}
	}
}

func parseFindings(t *testing.T, lines []string) []report.JSONFile {
	t.Helper()
	var out []report.JSONFile
	for _, l := range lines {
		var f report.JSONFile
		if err := json.Unmarshal([]byte(l), &f); err != nil {
			t.Fatalf("a findings record is not JSON: %v: %.200s", err, l)
		}
		out = append(out, f)
	}
	return out
}

// groupOfRecord is the group the summary files a record under: for a
// record, its "site" field when grouping by it, else its file; for a
// Markdown file with front matter, the site it names; for a file, its
// directory.
func groupOfRecord(t *testing.T, f report.JSONFile, o Options) string {
	if f.Record == nil {
		if b, err := os.ReadFile(f.Path); err == nil && strings.HasSuffix(f.Path, ".md") && o.Format != reader.Text && strings.HasPrefix(string(b), "---\n") {
			front, _, _ := strings.Cut(string(b)[4:], "\n---\n")
			for _, line := range strings.Split(front, "\n") {
				if site, ok := strings.CutPrefix(line, "site: "); ok {
					return "site:" + site
				}
			}
		}
		return filepath.Dir(f.Path)
	}
	if o.JSONLGroup != "" {
		lines := readLines(t, f.Path)
		var rec struct {
			Site string `json:"site"`
		}
		if f.Record.Line <= len(lines) && json.Unmarshal([]byte(lines[f.Record.Line-1]), &rec) == nil && rec.Site != "" {
			return rec.Site
		}
	}
	return f.Path
}

// checkSummary asserts that each group's summary is the sum of its
// articles' findings, and that its worst articles are the worst.
func checkSummary(t *testing.T, records []report.JSONFile, lines []string, o Options) {
	t.Helper()
	want := map[string]*GroupSummary{}
	scores := map[string]int{} // findings per article
	for _, r := range records {
		g := groupOfRecord(t, r, o)
		s := want[g]
		if s == nil {
			s = &GroupSummary{Group: g, Rules: map[string]int{}}
			want[g] = s
		}
		s.Articles++
		if r.Error != "" {
			s.Failed++
		}
		for _, f := range r.Findings {
			s.Findings++
			s.Rules[f.Rule]++
			switch f.Severity {
			case "error":
				s.Errors++
			case "warning":
				s.Warnings++
			case "info":
				s.Infos++
			}
		}
		scores[nameOf(r.Path, r.Record)] = len(r.Findings)
	}
	if len(lines) != len(want) {
		t.Errorf("%d summary lines, want one for each of %d groups", len(lines), len(want))
	}
	for _, l := range lines {
		var got GroupSummary
		if err := json.Unmarshal([]byte(l), &got); err != nil {
			t.Fatalf("a summary line is not JSON: %v: %s", err, l)
		}
		w := want[got.Group]
		if w == nil {
			t.Errorf("a summary of group %q, which has no articles", got.Group)
			continue
		}
		if got.Articles != w.Articles || got.Failed != w.Failed || got.Findings != w.Findings || got.Errors != w.Errors ||
			got.Warnings != w.Warnings || got.Infos != w.Infos || fmt.Sprint(got.Rules) != fmt.Sprint(w.Rules) {
			t.Errorf("summary of %s:\n%+v\nthe findings sum to\n%+v", got.Group, got, *w)
		}
		worst := o.Worst
		if worst == 0 {
			worst = 10
		}
		if len(got.Worst) > worst {
			t.Errorf("%s: %d worst articles, more than %d", got.Group, len(got.Worst), worst)
		}
		for i, x := range got.Worst {
			if n := scores[nameOf(x.Path, x.Record)]; n != x.Findings || n == 0 {
				t.Errorf("%s: worst article %s has %d findings, the findings output %d", got.Group, x.Path, x.Findings, n)
			}
			if i > 0 && x.Score > got.Worst[i-1].Score {
				t.Errorf("%s: the worst articles are not sorted by score", got.Group)
			}
		}
	}
}

func nameOf(path string, rec *report.JSONRecord) string {
	if rec == nil {
		return path
	}
	return fmt.Sprintf("%s#%d", path, rec.Line)
}

// checkDeadLetters asserts that the dead letters are the articles whose
// findings record carries an error, with that error, and that the test's
// bad inputs are among them.
func checkDeadLetters(t *testing.T, records []report.JSONFile, lines []string) {
	t.Helper()
	want := map[string]string{}
	for _, r := range records {
		if r.Error != "" {
			want[nameOf(r.Path, r.Record)] = r.Error
		}
	}
	got := map[string]DeadLetter{}
	for _, l := range lines {
		var d DeadLetter
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			t.Fatalf("a dead letter is not JSON: %v: %s", err, l)
		}
		got[nameOf(d.Path, d.Record)] = d
	}
	var names []string
	for n := range want {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if d, ok := got[n]; !ok || d.Error != want[n] {
			t.Errorf("dead letter of %s: %+v, want the error %q", n, d, want[n])
		}
	}
	if len(got) != len(want) {
		t.Errorf("%d dead letters, %d records with an error", len(got), len(want))
	}
	for _, tc := range []struct{ name, stage, err string }{
		{"feeds/valley.jsonl#5", "read", "line 5: not a JSON object"},
		{"feeds/valley.jsonl#6", "read", `line 6: no "text" field`},
		{"feeds/valley.jsonl#7", "read", `line 7: field "text" is not a string`},
		{"feeds/valley.jsonl#8", "read", "line 8: record longer than"},
		{"harbour/huge.txt", "read", "too large"},
		{"missing/story.txt", "read", "no such file or directory"},
		{"harbour/scan.txt", "check", "binary file"},
	} {
		if d := got[tc.name]; d.Stage != tc.stage || !strings.HasPrefix(d.Error, tc.err) {
			t.Errorf("dead letter of %s: %+v, want stage %s and %q", tc.name, d, tc.stage, tc.err)
		}
	}
}
