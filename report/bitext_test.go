package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/checks"
	"github.com/mtlint/mtlint/lang"
	"github.com/mtlint/mtlint/rules"
)

// bitextSample checks a translation with its source with mtlint's real
// checks, as "mtlint check --source" does, keeping the alignment; and adds
// a file that had no source.
func bitextSample(t *testing.T) []*File {
	t.Helper()
	src := "El Ayuntamiento aprobó un gasto de 240 millones de euros.\n\nLa alcaldesa, Carmen Ortega, lo anunció el martes. «Es una inversión histórica», dijo.\n\nLas obras empezarán en marzo y durarán al menos tres años, según el calendario municipal.\n"
	tgt := "The city council approved spending of 420 million euros.\n\nThe mayor, Carmen Ortega, announced it on Tuesday. \"It is a historic investment, she said.\n"
	sa, err := article.Parse("orig/port.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	ta, err := article.Parse("mt/port.txt", []byte(tgt))
	if err != nil {
		t.Fatal(err)
	}
	e, err := checks.Registry().NewEngine(rules.Config{Disable: []string{"all"}, Enable: []string{"bitext"}})
	if err != nil {
		t.Fatal(err)
	}
	es, _ := lang.Parse("es")
	bt := rules.NewBitext(sa, ta, es, lang.English)
	fs, err := e.RunBitext(ta, bt)
	if err != nil {
		t.Fatal(err)
	}
	clean, _ := article.Parse("mt/other.txt", []byte("Nothing to compare.\n"))
	return []*File{
		{Path: "mt/port.txt", Article: ta, Findings: fs,
			Source: &Source{Path: "orig/port.txt", Lang: "es", Article: sa, Alignment: bt.Alignment()}},
		{Path: "mt/other.txt", Article: clean, Source: &Source{Path: "orig/other.txt", Missing: true}},
	}
}

func TestBitextTextGolden(t *testing.T) {
	golden(t, "bitext.txt.golden", render(t, "text", bitextSample(t)))
}
func TestBitextJSONGolden(t *testing.T) {
	golden(t, "bitext.json.golden", render(t, "json", bitextSample(t)))
}

// TestBitextJSON decodes the JSON report: the source ranges point at the
// source text, the alignment covers both articles, and a file without a
// source says so.
func TestBitextJSON(t *testing.T) {
	files := bitextSample(t)
	var rep JSONReport
	if err := json.Unmarshal(render(t, "json", files), &rep); err != nil {
		t.Fatal(err)
	}
	f := rep.Files[0]
	if f.Source == nil || f.Source.Path != "orig/port.txt" || f.Source.Lang != "es" || f.Alignment == nil {
		t.Fatalf("source %+v alignment %v", f.Source, f.Alignment != nil)
	}
	src := files[0].Source.Article.Src
	var rules []string
	for _, x := range f.Findings {
		rules = append(rules, x.Rule)
		if x.SourceOffset == nil || x.SourceEndOffset == nil {
			t.Errorf("%s: no source range", x.Rule)
			continue
		}
		if x.Rule == "bitext/number" && string(src[*x.SourceOffset:*x.SourceEndOffset]) != "240 millones" {
			t.Errorf("bitext/number source range %q", src[*x.SourceOffset:*x.SourceEndOffset])
		}
	}
	if got := strings.Join(rules, " "); got != "bitext/number bitext/quotes bitext/omission" {
		t.Errorf("rules %s", got)
	}
	last := f.Alignment.Sentences[len(f.Alignment.Sentences)-1]
	if last.Kind != "1-0" || last.Margin == nil || !strings.HasPrefix(string(src[last.SourceOffset:last.SourceEndOffset]), "Las obras") {
		t.Errorf("last sentence bead %+v", last)
	}
	if o := rep.Files[1]; o.Source == nil || !o.Source.Missing || o.Alignment != nil {
		t.Errorf("a file without its source: %+v", o.Source)
	}
	// Without a source, a file's JSON has neither field.
	plain := render(t, "json", []*File{{Path: "a.txt", Article: files[1].Article}})
	if bytes.Contains(plain, []byte(`"source`)) || bytes.Contains(plain, []byte(`"alignment"`)) {
		t.Errorf("source fields without a source: %s", plain)
	}
}

func TestBitextHTML(t *testing.T) {
	out := string(render(t, "html", bitextSample(t)))
	for _, want := range []string{`<div class="fix src"><span class="label">source</span> «240 millones»</div>`, "bitext/omission"} {
		if !strings.Contains(out, want) {
			t.Errorf("the HTML report lacks %q", want)
		}
	}
}
