package rules

import (
	"strings"
	"testing"

	"github.com/mtlint/mtlint/article"
)

// wordCheck reports every occurrence of a word, for engine tests.
func wordCheck(id, word string, sev Severity) *Check {
	return &Check{
		ID: id, Doc: "reports " + word, Severity: sev,
		Params: []Param{{Name: "min", Kind: Int, Default: 1, Doc: "minimum length"}},
		Run: func(p *Pass) {
			for _, w := range p.Article.Words {
				if p.Article.String(w.Span) == word && w.Len() >= p.Int("min") {
					p.Report(w.Span, "found "+word, Replace("drop it", w.Span, ""))
				}
			}
		},
	}
}

func testRegistry(t *testing.T) *Registry {
	t.Helper()
	r, err := NewRegistry(
		wordCheck("punctuation/alpha", "alpha", Warning),
		wordCheck("punctuation/beta", "beta", Error),
		wordCheck("linebreak/gamma", "gamma", Info),
		&Check{ID: "residue/off", Doc: "off by default", Severity: Info, Off: true, Run: func(*Pass) {}},
	)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func ids(e *Engine) string {
	var s []string
	for _, c := range e.Checks() {
		s = append(s, c.ID)
	}
	return strings.Join(s, " ")
}

func TestSelection(t *testing.T) {
	r := testRegistry(t)
	cases := []struct {
		name             string
		enable, disable  []string
		want             string
		wantErrSubstring string
	}{
		{"defaults", nil, nil, "linebreak/gamma punctuation/alpha punctuation/beta", ""},
		{"disable category with slash", nil, []string{"punctuation/"}, "linebreak/gamma", ""},
		{"disable category without slash", nil, []string{"punctuation"}, "linebreak/gamma", ""},
		{"exact enable beats category disable", []string{"punctuation/beta"}, []string{"punctuation/"}, "linebreak/gamma punctuation/beta", ""},
		{"all off then one category", []string{"linebreak/"}, []string{"all"}, "linebreak/gamma", ""},
		{"off by default needs enabling", []string{"residue/off"}, nil, "linebreak/gamma punctuation/alpha punctuation/beta residue/off", ""},
		{"tie goes to disable", []string{"punctuation/alpha"}, []string{"punctuation/alpha"}, "linebreak/gamma punctuation/beta", ""},
		{"prefix is not a category", nil, []string{"punct"}, "", `no check matches "punct"`},
		{"unknown id", []string{"punctuation/nope"}, nil, "", "no check matches"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e, err := r.NewEngine(Config{Enable: tc.enable, Disable: tc.disable})
			if tc.wantErrSubstring != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErrSubstring) {
					t.Fatalf("err = %v, want %q", err, tc.wantErrSubstring)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(e); got != tc.want {
				t.Errorf("enabled = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestRegistryRejects(t *testing.T) {
	run := func(*Pass) {}
	cases := []struct {
		name string
		c    *Check
	}{
		{"bad id", &Check{ID: "NoSlash", Doc: "d", Severity: Info, Run: run}},
		{"upper case id", &Check{ID: "Punct/x", Doc: "d", Severity: Info, Run: run}},
		{"no run", &Check{ID: "a/b", Doc: "d", Severity: Info}},
		{"no severity", &Check{ID: "a/b", Doc: "d", Run: run}},
		{"no doc", &Check{ID: "a/b", Severity: Info, Run: run}},
		{"bad default", &Check{ID: "a/b", Doc: "d", Severity: Info, Run: run, Params: []Param{{Name: "n", Kind: Int, Default: "x"}}}},
	}
	for _, tc := range cases {
		if _, err := NewRegistry(tc.c); err == nil {
			t.Errorf("%s: registered, want an error", tc.name)
		}
	}
	c := &Check{ID: "a/b", Doc: "d", Severity: Info, Run: run}
	if _, err := NewRegistry(c, c); err == nil {
		t.Error("duplicate ID registered, want an error")
	}
}

func parse(t testing.TB, s string) *article.Article {
	t.Helper()
	a, err := article.Parse("t.txt", []byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestRunSortsAndAppliesSettings(t *testing.T) {
	r := testRegistry(t)
	a := parse(t, "beta alpha gamma.\n\nalpha beta.\n")
	e, err := r.NewEngine(Config{
		Severity: map[string]Severity{"linebreak/gamma": Error},
		Params:   map[string]map[string]any{"punctuation/beta": {"min": 4.0}}, // a float from JSON/YAML
	})
	if err != nil {
		t.Fatal(err)
	}
	fs, err := e.Run(a)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range fs {
		got = append(got, a.String(f.Span)+":"+f.Severity.String())
	}
	want := "beta:error alpha:warning gamma:error alpha:warning beta:error"
	if strings.Join(got, " ") != want {
		t.Errorf("got %q\nwant %q", strings.Join(got, " "), want)
	}
	for i := 1; i < len(fs); i++ {
		if fs[i].Start < fs[i-1].Start {
			t.Errorf("findings not sorted at %d", i)
		}
	}

	// A parameter value that filters everything out.
	e, err = r.NewEngine(Config{Params: map[string]map[string]any{"punctuation/beta": {"min": 5}}})
	if err != nil {
		t.Fatal(err)
	}
	fs, _ = e.Run(a)
	for _, f := range fs {
		if f.Rule == "punctuation/beta" {
			t.Errorf("min=5 should silence beta (4 bytes), got %v", f)
		}
	}
}

func TestConfigErrors(t *testing.T) {
	r := testRegistry(t)
	cases := []struct {
		name string
		cfg  Config
		want string
	}{
		{"unknown param", Config{Params: map[string]map[string]any{"punctuation/beta": {"max": 1}}}, `no parameter "max"`},
		{"wrong kind", Config{Params: map[string]map[string]any{"punctuation/beta": {"min": "lots"}}}, "wants int"},
		{"fractional int", Config{Params: map[string]map[string]any{"punctuation/beta": {"min": 1.5}}}, "wants int"},
		{"params for unknown check", Config{Params: map[string]map[string]any{"x/y": {"min": 1}}}, "unknown check"},
		{"severity for unknown check", Config{Severity: map[string]Severity{"x/y": Error}}, "unknown check"},
	}
	for _, tc := range cases {
		_, err := r.NewEngine(tc.cfg)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want %q", tc.name, err, tc.want)
		}
	}
}

func TestRunCatchesBadChecks(t *testing.T) {
	bad := []*Check{
		{ID: "bug/panic", Doc: "d", Severity: Info, Run: func(*Pass) { panic("boom") }},
		{ID: "bug/range", Doc: "d", Severity: Info, Run: func(p *Pass) {
			p.Report(article.Span{Start: 0, End: len(p.Article.Src) + 1}, "past the end", nil)
		}},
		{ID: "bug/split", Doc: "d", Severity: Info, Run: func(p *Pass) {
			p.Report(article.Span{Start: 1, End: 2}, "inside é", nil) // "é" is 2 bytes at 0
		}},
		{ID: "bug/edits", Doc: "d", Severity: Info, Run: func(p *Pass) {
			p.Report(article.Span{Start: 0, End: 2}, "overlapping edits", &Fix{Edits: []Edit{{2, 4, ""}, {3, 5, ""}}})
		}},
	}
	for _, c := range bad {
		r, err := NewRegistry(c, wordCheck("ok/word", "ok", Info))
		if err != nil {
			t.Fatal(err)
		}
		e, _ := r.NewEngine(Config{})
		fs, err := e.Run(parse(t, "éé ok ok"))
		if err == nil || !strings.Contains(err.Error(), c.ID) {
			t.Errorf("%s: err = %v, want one naming the check", c.ID, err)
		}
		if len(fs) != 2 {
			t.Errorf("%s: the healthy check's findings should survive, got %d", c.ID, len(fs))
		}
	}
}

func TestApply(t *testing.T) {
	src := []byte("however , said barges.Dockers")
	fixes := []*Fix{
		{Edits: []Edit{{22, 22, " "}}},   // barges. Dockers
		{Edits: []Edit{{7, 8, ""}}},      // however, said
		{Edits: []Edit{{8, 10, "X"}}},    // touches the one above: both ranges, applied
		nil,                              // no fix
		{Edits: []Edit{{22, 22, " !"}}},  // same insertion point: skipped
		{Edits: []Edit{{100, 101, "x"}}}, // out of range: skipped
	}
	out, applied := Apply(src, fixes)
	if string(out) != "howeverXsaid barges. Dockers" {
		t.Errorf("got %q", out)
	}
	if len(applied) != 3 || applied[0] != 0 || applied[1] != 1 || applied[2] != 2 {
		t.Errorf("applied = %v, want [0 1 2]", applied)
	}
	// An insertion touching a replacement is skipped.
	out, applied = Apply([]byte("abcdef"), []*Fix{{Edits: []Edit{{1, 3, "X"}}}, {Edits: []Edit{{3, 3, "-"}}}})
	if string(out) != "aXdef" || len(applied) != 1 {
		t.Errorf("insertion next to a replacement: %q %v", out, applied)
	}
	if string(src) != "however , said barges.Dockers" {
		t.Error("Apply modified its input")
	}
}

func TestSeverityText(t *testing.T) {
	for _, s := range []Severity{Info, Warning, Error} {
		var back Severity
		b, _ := s.MarshalText()
		if err := back.UnmarshalText(b); err != nil || back != s {
			t.Errorf("%v does not round-trip: %v %v", s, back, err)
		}
	}
	if _, err := ParseSeverity("fatal"); err == nil {
		t.Error("ParseSeverity(fatal) should fail")
	}
}

func TestSharedComputedOncePerRun(t *testing.T) {
	type key struct{}
	calls := 0
	compute := func(a *article.Article) any { calls++; return len(a.Words) }
	mk := func(id string) *Check {
		return &Check{ID: id, Doc: "uses the shared count", Severity: Info, Run: func(p *Pass) {
			if n := p.Shared(key{}, compute).(int); n != len(p.Article.Words) {
				p.Report(article.Span{}, "wrong shared value", nil)
			}
		}}
	}
	r, err := NewRegistry(mk("a/one"), mk("a/two"), mk("a/three"))
	if err != nil {
		t.Fatal(err)
	}
	e, _ := r.NewEngine(Config{})
	for i, text := range []string{"one two", "one two three four"} {
		fs, err := e.Run(parse(t, text))
		if err != nil || len(fs) != 0 {
			t.Fatalf("run %d: %v %v", i, fs, err)
		}
		if calls != i+1 {
			t.Errorf("after run %d: compute called %d times, want %d", i, calls, i+1)
		}
	}
}
