package setup

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/config"
)

// TestNew builds engines from a configuration file's contents and the
// command line's choices, as the CLI and the pipeline do.
func TestNew(t *testing.T) {
	const conf = "lang: fr\nrules:\n  disable: [punctuation/]\nallow:\n  - Harbour Daily\npatterns:\n  - id: newsletter\n    message: 'boilerplate: \"{match}\"'\n    tokens: [Subscribe to our newsletter]\n"
	for _, tc := range []struct {
		name string
		o    Options
		on   []string // checks that must run
		off  []string // checks that must not
		lang string   // untranslated/fragment's language
		err  string
	}{
		{name: "the file", o: Options{Config: "site.yaml", ConfigData: []byte(conf)},
			on: []string{"linebreak/split-sentence", "custom/newsletter"}, off: []string{"punctuation/space-before"}, lang: "fr"},
		{name: "a flag names a check the file disables", o: Options{Config: "site.yaml", ConfigData: []byte(conf), Enable: []string{"punctuation/space-before"}},
			on: []string{"punctuation/space-before", "custom/newsletter"}, off: []string{"punctuation/doubled"}, lang: "fr"},
		{name: "disable wins a tie", o: Options{Config: "site.yaml", ConfigData: []byte(conf), Enable: []string{"linebreak/"}, Disable: []string{"linebreak"}},
			off: []string{"linebreak/split-sentence", "punctuation/space-before"}, on: []string{"encoding/mojibake"}, lang: "fr"},
		{name: "--lang replaces the file's", o: Options{Config: "site.yaml", ConfigData: []byte(conf), Lang: "de"}, lang: "de"},
		{name: "no configuration", o: Options{Config: "site.yaml", ConfigData: []byte(conf), NoConfig: true},
			on: []string{"punctuation/space-before"}, off: []string{"custom/newsletter"}, lang: "en"},
		{name: "an unknown language", o: Options{NoConfig: true, Lang: "xx"}, err: `--lang: unknown language "xx"`},
		{name: "an unknown source language", o: Options{NoConfig: true, SourceLangs: []string{"es,qq"}}, err: "--source-lang: unknown language qq"},
		{name: "a pattern that matches no check", o: Options{NoConfig: true, Enable: []string{"punctuation/nothing"}}, err: "punctuation/nothing"},
		{name: "a bad file", o: Options{Config: "site.yaml", ConfigData: []byte("rules:\n  disable: [punctuation/nothing]\n")}, err: "site.yaml:2"},
	} {
		s, err := New(tc.o)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%s: error %v, want %q", tc.name, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		ids := map[string]bool{}
		for _, c := range s.Engine.Checks() {
			ids[c.ID] = true
		}
		for _, id := range tc.on {
			if !ids[id] {
				t.Errorf("%s: %s does not run", tc.name, id)
			}
		}
		for _, id := range tc.off {
			if ids[id] {
				t.Errorf("%s: %s runs", tc.name, id)
			}
		}
		if v, _ := s.Engine.Param("untranslated/fragment", "lang"); v != tc.lang {
			t.Errorf("%s: language %v, want %s", tc.name, v, tc.lang)
		}
		if (s.Filter != nil) != !tc.o.NoConfig {
			t.Errorf("%s: filter %v", tc.name, s.Filter != nil)
		}
	}
}

// TestConfigErrors: a configuration file's problems come back as
// config.Errors, which the CLI prints one per line.
func TestConfigErrors(t *testing.T) {
	_, err := New(Options{Config: "site.yaml", ConfigData: []byte("lang: en\ncolour: red\n")})
	var ce config.Errors
	if !errors.As(err, &ce) || len(ce) != 1 {
		t.Errorf("error %v, want one config.Error", err)
	}
}

// TestConfigFile reads the file by its path, and its allowlist filters.
func TestConfigFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, ".mtlint.yaml")
	if err := os.WriteFile(path, []byte("allow:\n  - Port Sao Vicente , who\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := New(Options{Config: path})
	if err != nil {
		t.Fatal(err)
	}
	a, err := article.Parse("strike.txt", []byte("The strike ended on Monday , said the mayor of Port Sao Vicente , who spoke to the Harbour Daily.\n"))
	if err != nil {
		t.Fatal(err)
	}
	fs, err := s.Engine.Run(a)
	if err != nil {
		t.Fatal(err)
	}
	kept := s.Filter(a, fs)
	if len(fs) < 2 || len(kept) != len(fs)-1 {
		t.Errorf("%d findings, %d kept; want the one inside the allowed phrase dropped", len(fs), len(kept))
	}
	if _, err := New(Options{Config: filepath.Join(dir, "missing.yaml")}); err == nil {
		t.Error("a missing configuration file is no error")
	}
}

func TestSplitList(t *testing.T) {
	if got := strings.Join(SplitList([]string{"es, fr", "", "de,,"}), "|"); got != "es|fr|de" {
		t.Errorf("SplitList: %q", got)
	}
}
