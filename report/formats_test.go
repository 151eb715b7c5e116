package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/checks"
	"github.com/mtlint/mtlint/internal/corpus"
	"github.com/mtlint/mtlint/rules"
)

// Tests of the HTML, SARIF and GitHub reports. The golden files are
// rewritten with go test ./report -update; the ones made with mtlint's real
// checks (the article in testdata and the example scraped page) change
// whenever a check does.

// sampleRules describes the rules of sample() as the SARIF report needs.
func sampleRules() []*rules.Check {
	run := func(*rules.Pass) {}
	return []*rules.Check{
		{ID: "linebreak/orphan-paragraph", Severity: rules.Error, Run: run,
			Doc: "Finds a paragraph of one or two words that is the start of the next paragraph's sentence. Scrapers and converters leave them.",
			Bad: "The\n\nwalkout of dockers.", Good: "The walkout of dockers."},
		{ID: "punctuation/missing-space", Severity: rules.Warning, Run: run,
			Doc: "Finds a sentence that starts right after the previous one's period, with no space.",
			Bad: "failed.Crews agreed.", Good: "failed. Crews agreed."},
		{ID: "punctuation/space-before", Severity: rules.Warning, Run: run,
			Doc: "Finds a space before a comma, period, colon or semicolon: French typography, or a slip.",
			Bad: "however , said", Good: "however, said",
			Params: []rules.Param{{Name: "marks", Kind: rules.String, Default: ",.;:", Doc: "the marks that take no space before them"}}},
	}
}

func renderOpts(t *testing.T, format string, opts Options, files []*File) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, err := New(format, &buf, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if err := w.File(f); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// checked runs mtlint's default checks over a file read from disk, as
// "mtlint check" does, under the given display path, and returns the
// result and the checks that reported something.
func checked(t *testing.T, path, name string) (*File, []*rules.Check) {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	engine, err := checks.Registry().NewEngine(rules.Config{})
	if err != nil {
		t.Fatal(err)
	}
	a, err := article.Parse(name, src)
	if err != nil {
		t.Fatal(err)
	}
	fs, err := engine.Run(a)
	if err != nil {
		t.Fatal(err)
	}
	// Only the rules that fired: the golden files then change with the
	// docs of those rules only.
	var fired []*rules.Check
	for _, c := range engine.Checks() {
		for _, x := range fs {
			if x.Rule == c.ID {
				fired = append(fired, c)
				break
			}
		}
	}
	return &File{Path: name, Article: a, Findings: fs}, fired
}

var unreadable = &File{Path: "news/missing.txt", Err: errors.New("no such file or directory")}

// articleBatch is the article in testdata, checked, followed by a file
// that could not be read.
func articleBatch(t *testing.T) ([]*File, Options) {
	f, cs := checked(t, "testdata/article.txt", "news/article.txt")
	if len(f.Findings) == 0 {
		t.Fatal("the test article has no findings")
	}
	return []*File{f, unreadable}, Options{Rules: cs, Version: "0.1.0-dev"}
}

func TestGitHubGolden(t *testing.T) {
	golden(t, "sample.github.golden", render(t, "github", sample(t)))
	files, opts := articleBatch(t)
	golden(t, "article.github.golden", renderOpts(t, "github", opts, files))
}

func TestSARIFGolden(t *testing.T) {
	golden(t, "sample.sarif.golden", renderOpts(t, "sarif", Options{Rules: sampleRules(), Version: "0.1.0-dev"}, sample(t)))
	files, opts := articleBatch(t)
	golden(t, "article.sarif.golden", renderOpts(t, "sarif", opts, files))
}

// TestExampleGolden renders the project's example scraped page, written
// for mtlint with the defects of a real machine-translated page (site
// furniture, timestamps, related links, broken punctuation and line breaks,
// a photo credit), in both CI formats. The shared seed article is read in
// place by the corpus tests, never rendered into a committed file.
func TestExampleGolden(t *testing.T) {
	f, cs := checked(t, "../testdata/examples/port-strike.txt", "examples/port-strike.txt")
	if len(f.Findings) < 20 {
		t.Fatalf("the example has %d findings, want at least 20", len(f.Findings))
	}
	opts := Options{Rules: cs, Version: "0.1.0-dev"}
	golden(t, "example.github.golden", renderOpts(t, "github", opts, []*File{f}))
	golden(t, "example.sarif.golden", renderOpts(t, "sarif", opts, []*File{f}))
}

func TestGitHubEscaping(t *testing.T) {
	a, err := article.Parse("x", []byte("a , b\n"))
	if err != nil {
		t.Fatal(err)
	}
	f := &File{Path: "dir,with:odd%name.txt", Article: a, Findings: []rules.Finding{
		{Rule: "x/y", Severity: rules.Info, Message: "100% sure:\r\nnot, really", Span: article.Span{Start: 1, End: 3}},
	}}
	bad := &File{Path: "b.txt", Err: errors.New("line one\nline two")}
	got := string(renderOpts(t, "github", Options{}, []*File{f, bad}))
	want := "::notice file=dir%2Cwith%3Aodd%25name.txt,line=1,col=2,endLine=1,endColumn=4,title=x/y::100%25 sure:%0D%0Anot, really\n" +
		"::error file=b.txt,title=mtlint%3A could not check b.txt::line one%0Aline two\n"
	if !strings.HasPrefix(got, want) {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// TestGitHubMultiLine: GitHub honours columns only on one line.
func TestGitHubMultiLine(t *testing.T) {
	got := string(render(t, "github", sample(t)))
	if !strings.Contains(got, "line=3,endLine=5,title=linebreak/orphan-paragraph::") {
		t.Errorf("a range over lines 3-5 should carry no columns:\n%s", got)
	}
}

// sarifDoc is the part of a SARIF log the tests read.
type sarifDoc struct {
	Version string `json:"version"`
	Runs    []struct {
		ColumnKind string `json:"columnKind"`
		Tool       struct {
			Driver struct {
				Name  string `json:"name"`
				Rules []struct {
					ID   string `json:"id"`
					Help struct {
						Text string `json:"text"`
					} `json:"help"`
					DefaultConfiguration struct {
						Level string `json:"level"`
					} `json:"defaultConfiguration"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Results []struct {
			RuleID    string `json:"ruleId"`
			RuleIndex int    `json:"ruleIndex"`
			Level     string `json:"level"`
			Message   struct {
				Text string `json:"text"`
			} `json:"message"`
			Locations []struct {
				PhysicalLocation struct {
					ArtifactLocation struct {
						URI   string `json:"uri"`
						Index int    `json:"index"`
					} `json:"artifactLocation"`
					Region sarifRegionDoc `json:"region"`
				} `json:"physicalLocation"`
			} `json:"locations"`
			Fixes []struct {
				ArtifactChanges []struct {
					Replacements []struct {
						DeletedRegion   sarifRegionDoc `json:"deletedRegion"`
						InsertedContent *struct {
							Text string `json:"text"`
						} `json:"insertedContent"`
					} `json:"replacements"`
				} `json:"artifactChanges"`
			} `json:"fixes"`
		} `json:"results"`
		Artifacts []struct {
			Location struct {
				URI string `json:"uri"`
			} `json:"location"`
		} `json:"artifacts"`
		Invocations []struct {
			ExecutionSuccessful bool `json:"executionSuccessful"`
			Notifications       []struct {
				Level   string `json:"level"`
				Message struct {
					Text string `json:"text"`
				} `json:"message"`
			} `json:"toolExecutionNotifications"`
		} `json:"invocations"`
	} `json:"runs"`
}

type sarifRegionDoc struct {
	StartLine   int  `json:"startLine"`
	StartColumn int  `json:"startColumn"`
	EndLine     int  `json:"endLine"`
	EndColumn   int  `json:"endColumn"`
	ByteOffset  int  `json:"byteOffset"`
	ByteLength  *int `json:"byteLength"`
}

// TestSARIFContract reads the SARIF report back and checks it against the
// sample, independently of the golden file.
func TestSARIFContract(t *testing.T) {
	files := sample(t)
	var doc sarifDoc
	if err := json.Unmarshal(renderOpts(t, "sarif", Options{Rules: sampleRules()}, files), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Version != "2.1.0" || len(doc.Runs) != 1 {
		t.Fatalf("version %q, %d runs", doc.Version, len(doc.Runs))
	}
	run := doc.Runs[0]
	if run.ColumnKind != "unicodeCodePoints" {
		t.Errorf("columnKind %q", run.ColumnKind)
	}
	if len(run.Tool.Driver.Rules) != 3 || !strings.Contains(run.Tool.Driver.Rules[2].Help.Text, "Bad: however , said") {
		t.Errorf("rules: %+v", run.Tool.Driver.Rules)
	}
	if len(run.Results) != 3 {
		t.Fatalf("%d results, want 3", len(run.Results))
	}
	for _, r := range run.Results {
		if run.Tool.Driver.Rules[r.RuleIndex].ID != r.RuleID {
			t.Errorf("result %s points at rule %d", r.RuleID, r.RuleIndex)
		}
	}
	src := files[0].Article.Src
	r := run.Results[0].Locations[0].PhysicalLocation
	if r.ArtifactLocation.URI != "news/a.txt" || run.Artifacts[r.ArtifactLocation.Index].Location.URI != "news/a.txt" {
		t.Errorf("artifact %+v", r.ArtifactLocation)
	}
	g := r.Region
	if g.StartLine != 1 || g.StartColumn != 22 || g.EndLine != 1 || g.EndColumn != 24 {
		t.Errorf("space-before at %d:%d-%d:%d, want 1:22-1:24", g.StartLine, g.StartColumn, g.EndLine, g.EndColumn)
	}
	if got := string(src[g.ByteOffset : g.ByteOffset+*g.ByteLength]); got != " ," {
		t.Errorf("byte range selects %q", got)
	}
	// The fix removes the space: one replacement, nothing inserted.
	rep := run.Results[0].Fixes[0].ArtifactChanges[0].Replacements[0]
	if rep.DeletedRegion.ByteOffset != g.ByteOffset || *rep.DeletedRegion.ByteLength != 1 || rep.InsertedContent != nil {
		t.Errorf("fix %+v", rep)
	}
	// The insertion of a space deletes nothing.
	ins := run.Results[1].Fixes[0].ArtifactChanges[0].Replacements[0]
	if *ins.DeletedRegion.ByteLength != 0 || ins.InsertedContent == nil || ins.InsertedContent.Text != " " {
		t.Errorf("insertion %+v", ins)
	}
	if o := run.Results[2]; o.Level != "error" || o.Locations[0].PhysicalLocation.Region.EndLine != 5 {
		t.Errorf("orphan %+v", o)
	}
	inv := run.Invocations[0]
	if inv.ExecutionSuccessful || len(inv.Notifications) != 1 || inv.Notifications[0].Level != "error" ||
		!strings.Contains(inv.Notifications[0].Message.Text, "news/binary.txt: could not check the file: binary file") {
		t.Errorf("the binary file should be an error notification: %+v", inv)
	}
	if len(run.Artifacts) != 3 {
		t.Errorf("%d artifacts, want the 3 files", len(run.Artifacts))
	}
}

// TestSARIFUnknownRule: a finding of a rule not in Options.Rules still gets
// a rule descriptor to point at.
func TestSARIFUnknownRule(t *testing.T) {
	var doc sarifDoc
	if err := json.Unmarshal(renderOpts(t, "sarif", Options{}, sample(t)), &doc); err != nil {
		t.Fatal(err)
	}
	run := doc.Runs[0]
	if len(run.Tool.Driver.Rules) != 3 {
		t.Fatalf("%d rules", len(run.Tool.Driver.Rules))
	}
	for _, r := range run.Results {
		if run.Tool.Driver.Rules[r.RuleIndex].ID != r.RuleID {
			t.Errorf("result %s points at rule %d", r.RuleID, r.RuleIndex)
		}
	}
}

func TestArtifactURI(t *testing.T) {
	for in, want := range map[string]string{
		"news/a.txt":      "news/a.txt",
		"news/a b#1.txt":  "news/a%20b%231.txt",
		"/work/x/ü.txt":   "file:///work/x/%C3%BC.txt",
		"<stdin>":         "%3Cstdin%3E",
		"c:notes.txt":     "./c:notes.txt",
		"news/100%25.txt": "news/100%2525.txt",
	} {
		if got := artifactURI(in); got != want {
			t.Errorf("artifactURI(%q) = %q, want %q", in, got, want)
		}
	}
}

// multitool finds the SARIF Multitool (npm package @microsoft/sarif-multitool).
func multitool() string {
	if p := os.Getenv("MTLINT_SARIF_MULTITOOL"); p != "" {
		return p
	}
	p, err := exec.LookPath("sarif-multitool")
	if err != nil {
		return ""
	}
	// npm's sarif-multitool is a node script that passes its arguments
	// through a shell, which splits "Gh;Sarif"; run the binary it wraps.
	if real, err := filepath.EvalSymlinks(p); err == nil {
		pkg := "sarif-multitool-" + runtime.GOOS
		for _, bin := range []string{
			filepath.Join(filepath.Dir(real), "node_modules", "@microsoft", pkg, "Sarif.Multitool"),
			filepath.Join(filepath.Dir(real), "..", pkg, "Sarif.Multitool"),
		} {
			if _, err := os.Stat(bin); err == nil {
				return bin
			}
		}
	}
	return ""
}

// TestSARIFValidates runs the SARIF Multitool's validator (the 2.1.0 JSON
// schema, the SARIF rules and GitHub's ingestion rules) over the reports of
// the sample, the test article and, when present, the seed. Any error or
// warning fails the test, except the advice to name a web page for the tool,
// which mtlint does not have.
func TestSARIFValidates(t *testing.T) {
	tool := multitool()
	if tool == "" {
		t.Skip("skipping: the SARIF Multitool is not installed (npm install -g @microsoft/sarif-multitool@5.7.0, or set MTLINT_SARIF_MULTITOOL)")
	}
	dir := t.TempDir()
	logs := map[string][]byte{
		"sample.sarif": renderOpts(t, "sarif", Options{Rules: sampleRules(), Version: "0.1.0-dev"}, sample(t)),
	}
	files, opts := articleBatch(t)
	logs["article.sarif"] = renderOpts(t, "sarif", opts, files)
	if seedPath := corpus.SeedPath(); seedPath != "" {
		f, cs := checked(t, seedPath, "seed/limited-times-belarus.txt")
		logs["seed.sarif"] = renderOpts(t, "sarif", Options{Rules: cs, Version: "0.1.0-dev"}, []*File{f})
	}
	// A log the validator must reject: line 0 and a result with no rule.
	logs["broken.sarif"] = []byte(`{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[` +
		`{"message":{"text":"m"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"a.txt"},"region":{"startLine":0}}}]}]}]}`)
	for name, b := range logs {
		in, out := filepath.Join(dir, name), filepath.Join(dir, "validation-"+name)
		if err := os.WriteFile(in, b, 0o644); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(tool, "validate", in, "--output", out, "--log", "ForceOverwrite", "--rule-kind", "Gh;Sarif", "--quiet")
		if msg, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%s: %v\n%s", name, err, msg)
		}
		problems, err := validationProblems(out)
		if err != nil {
			t.Fatal(err)
		}
		if name == "broken.sarif" {
			if len(problems) == 0 {
				t.Errorf("the validator accepted a broken log")
			}
			continue
		}
		for _, p := range problems {
			t.Errorf("%s: %s", name, p)
		}
		t.Logf("%s: valid (%d results)", name, bytes.Count(b, []byte(`"ruleId"`)))
	}
}

var informationURIAdvice = regexp.MustCompile(`(?i)nformation_?uri`)

// validationProblems reads the Multitool's own SARIF log and returns its
// errors and warnings.
func validationProblems(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var log struct {
		Runs []struct {
			Results []struct {
				RuleID  string `json:"ruleId"`
				Level   string `json:"level"`
				Message struct {
					Text      string   `json:"text"`
					ID        string   `json:"id"`
					Arguments []string `json:"arguments"`
				} `json:"message"`
			} `json:"results"`
			Invocations []struct {
				Notifications []struct {
					Level   string `json:"level"`
					Message struct {
						Text string `json:"text"`
					} `json:"message"`
				} `json:"toolExecutionNotifications"`
			} `json:"invocations"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(b, &log); err != nil {
		return nil, fmt.Errorf("reading the validator's log: %v", err)
	}
	var out []string
	for _, run := range log.Runs {
		for _, r := range run.Results {
			level := r.Level
			if level == "" {
				level = "warning"
			}
			if level != "error" && level != "warning" {
				continue
			}
			text := r.Message.Text
			if text == "" {
				text = r.Message.ID + " " + strings.Join(r.Message.Arguments, " | ")
			}
			if r.RuleID == "SARIF2005" && informationURIAdvice.MatchString(text) {
				continue
			}
			out = append(out, fmt.Sprintf("%s %s: %s", level, r.RuleID, text))
		}
		for _, inv := range run.Invocations {
			for _, n := range inv.Notifications {
				if n.Level == "error" {
					out = append(out, "validator: "+n.Message.Text)
				}
			}
		}
	}
	return out, nil
}
