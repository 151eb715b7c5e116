package lint

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/lang"
	"github.com/mtlint/mtlint/report"
	"github.com/mtlint/mtlint/rules"
)

// pairEngine has one bitext check that reports, at the start of the
// translation, the first word of the source: enough to see which source a
// file was paired with.
func pairEngine(t *testing.T) *rules.Engine {
	reg, err := rules.NewRegistry(&rules.Check{
		ID: "test/source", Doc: "names the source's first word", Severity: rules.Info, Bitext: true,
		Run: func(p *rules.Pass) {
			s := p.Bitext.Source
			w := s.Words[0]
			p.ReportSource(rules.Info, p.Article.Words[0].Span, w.Span, "source starts with "+s.String(w.Span), nil)
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	e, err := reg.NewEngine(rules.Config{})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func runAll(t *testing.T, l *Linter, w *Walker, args ...string) []*report.File {
	var out []*report.File
	if err := l.RunSeq(w.Inputs(args), func(f *report.File) error { out = append(out, f); return nil }); err != nil {
		t.Fatal(err)
	}
	return out
}

// describe renders results as "name: message" or "name: (alone)" or "name! error".
func describe(dir string, fs []*report.File) string {
	var s []string
	for _, f := range fs {
		name := strings.TrimPrefix(f.Name(), dir+"/")
		switch {
		case f.Err != nil:
			s = append(s, name+"! "+f.Err.Error())
		case f.Source != nil && f.Source.Missing:
			s = append(s, name+": (no source)")
		case len(f.Findings) == 0:
			s = append(s, name+": (alone)")
		default:
			s = append(s, name+": "+f.Findings[0].Message)
		}
	}
	return strings.Join(s, "; ")
}

func TestSourcesDir(t *testing.T) {
	dir := tree(t, map[string]string{
		"orig/a.txt":     "Alfa uno.",
		"orig/sub/b.txt": "Beta dos.",
		"orig/c.txt":     "caf\x00",
		"mt/a.txt":       "Alpha one.",
		"mt/sub/b.txt":   "Beta two.",
		"mt/c.txt":       "Gamma three.",
		"mt/d.txt":       "Delta four.",
	})
	es, _ := lang.Parse("es")
	l := &Linter{Engine: pairEngine(t), Jobs: 2, Sources: &Sources{Dir: filepath.Join(dir, "orig"), Lang: es, TargetLang: lang.English}}
	got := describe(dir, runAll(t, l, &Walker{}, filepath.Join(dir, "mt")))
	want := "mt/a.txt: source starts with Alfa; mt/c.txt! source " + filepath.Join(dir, "orig/c.txt") + ": binary file (contains NUL bytes) at byte 3; mt/d.txt: (no source); mt/sub/b.txt: source starts with Beta"
	if got != want {
		t.Errorf("pairs\n got  %s\n want %s", got, want)
	}
	// A file named on the command line pairs by its name.
	got = describe(dir, runAll(t, l, &Walker{}, filepath.Join(dir, "mt/sub/b.txt")))
	if got != "mt/sub/b.txt: (no source)" {
		t.Errorf("a file named on the command line: %s", got)
	}
	got = describe(dir, runAll(t, l, &Walker{}, filepath.Join(dir, "mt/a.txt")))
	if got != "mt/a.txt: source starts with Alfa" {
		t.Errorf("a file named on the command line: %s", got)
	}
}

func TestSourcesFileAndStdin(t *testing.T) {
	dir := tree(t, map[string]string{"orig.txt": "Uno dos.", "mt.txt": "One two."})
	l := &Linter{Engine: pairEngine(t), Sources: &Sources{File: filepath.Join(dir, "orig.txt"), TargetLang: lang.English},
		Stdin: strings.NewReader("One two, from the standard input.")}
	got := describe(dir, runAll(t, l, &Walker{}, filepath.Join(dir, "mt.txt"), "-"))
	if got != "mt.txt: source starts with Uno; <stdin>: source starts with Uno" {
		t.Errorf("got %s", got)
	}
	l.Sources.File = filepath.Join(dir, "missing.txt")
	got = describe(dir, runAll(t, l, &Walker{}, filepath.Join(dir, "mt.txt")))
	if !strings.HasPrefix(got, "mt.txt! source "+filepath.Join(dir, "missing.txt")+": no such file") {
		t.Errorf("a missing --source file is the translation's error: %s", got)
	}
}

func TestSourcesJSONL(t *testing.T) {
	dir := tree(t, map[string]string{"a.jsonl": `{"id":"1","text":"One two.","orig":"Uno dos."}
{"id":"2","text":"Three four."}
{"id":"3","text":"Five.","orig":7}
{"id":"4","text":"Six.","orig":"caf` + "\\u00e9" + ` seis"}
`})
	l := &Linter{Engine: pairEngine(t), Sources: &Sources{TargetLang: lang.English}}
	got := describe(dir, runAll(t, l, &Walker{JSONLSource: "orig"}, filepath.Join(dir, "a.jsonl")))
	want := `a.jsonl#1[1]: source starts with Uno; a.jsonl#2[2]: (alone); a.jsonl#3[3]! line 3: field "orig" is not a string; a.jsonl#4[4]: source starts with café`
	if got != want {
		t.Errorf("records\n got  %s\n want %s", got, want)
	}
	// Without JSONLSource the field is not read at all.
	l.Sources = nil
	for _, f := range runAll(t, l, &Walker{}, filepath.Join(dir, "a.jsonl")) {
		if f.Err != nil || f.Source != nil {
			t.Errorf("%s: %v %v", f.Name(), f.Err, f.Source)
		}
	}
}

// TestSourcesLanguage: the source's language is identified when not given.
func TestSourcesLanguage(t *testing.T) {
	dir := tree(t, map[string]string{
		"o/a.txt": "El Gobierno aprobó ayer el plan de la ciudad para renovar el puerto, que según la alcaldesa creará miles de empleos.",
		"m/a.txt": "The government yesterday approved the city's plan to renovate the port.",
	})
	l := &Linter{Engine: pairEngine(t), Sources: &Sources{Dir: filepath.Join(dir, "o"), TargetLang: lang.English, Alignment: true}}
	fs := runAll(t, l, &Walker{}, filepath.Join(dir, "m"))
	if len(fs) != 1 || fs[0].Source == nil || fs[0].Source.Lang != "es" || fs[0].Source.Alignment == nil {
		t.Fatalf("got %s", fmt.Sprint(fs[0].Source))
	}
}

// A Markdown source that says its language in front matter is read as that
// language, whatever the text looks like (here Catalan, which mtlint has no
// word list for) and whatever --source-lang says.
func TestSourcesDeclaredLanguage(t *testing.T) {
	dir := tree(t, map[string]string{
		"o/a.md": "---\nlang: ca\n---\n\nEl Govern va aprovar ahir el pla de la ciutat per renovar el port, que crearà milers de llocs de treball.\n",
		"m/a.md": "The government yesterday approved the city's plan to renovate the port, which will create thousands of jobs.\n",
	})
	l := &Linter{Engine: pairEngine(t), Sources: &Sources{Dir: filepath.Join(dir, "o"), Lang: lang.Spanish, TargetLang: lang.English}}
	fs := runAll(t, l, &Walker{}, filepath.Join(dir, "m"))
	if len(fs) != 1 || fs[0].Source == nil || fs[0].Source.Lang != "ca" {
		t.Fatalf("got %s", fmt.Sprint(fs[0].Source))
	}
}
