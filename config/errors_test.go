package config

import (
	"errors"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/rules"
)

// Every kind of mistake is reported as "test.yaml:LINE: KEY: message".
func TestConfigErrors(t *testing.T) {
	cases := []struct {
		name string
		yaml string
		want string // the whole first line of the error, or a prefix of it ending in "…"
	}{
		// The file as a whole.
		{"syntax", "lang: en\nrules: [a,\n", `test.yaml:2: YAML syntax: did not find expected node content`},
		{"tab indentation", "rules:\n\tdisable: [style]\n", `test.yaml:2: YAML syntax: found character that cannot start any token (a tab: YAML indents with spaces only)`},
		{"not a mapping", "- lang\n- rules\n", `test.yaml:1: the file must be a mapping of keys (lang, rules, patterns, ...), not a list`},
		{"two documents", "lang: en\n---\nlang: ru\n", `test.yaml:2: a second YAML document (after ---); the file must hold one`},
		{"duplicate key", "lang: en\nlang: ru\n", `test.yaml:2: lang: given twice (first at line 1)`},
		{"merge key", "rules:\n  <<: {disable: [all]}\n", `test.yaml:2: rules.<<: YAML merge keys are not supported; write the keys out`},

		// Top-level keys.
		{"unknown key near miss", "langs: en\n", `test.yaml:1: langs: unknown key "langs"; did you mean "lang"?`},
		{"unknown key underscore", "source_langs: [ru]\n", `test.yaml:1: source_langs: unknown key "source_langs"; did you mean "source-langs"?`},
		{"unknown key hint", "lang: en\nenable: [all]\n", `test.yaml:2: enable: unknown key "enable"; enable goes under "rules"`},
		{"unknown key far", "colour: red\n", `test.yaml:1: colour: unknown key "colour" (known keys: lang, source-langs, source, rules, allow, files, patterns)`},
		{"bad lang", "lang: Klingon\n", `test.yaml:1: lang: "Klingon" is not a language mtlint knows; write an ISO 639-1 code such as en, ru or uk`},
		{"lang a list", "lang: [en]\n", `test.yaml:1: lang: wants a string, got a list`},
		{"bad source lang", "source-langs:\n  - ru\n  - xx\n", `test.yaml:3: source-langs[1]: "xx" is not a language mtlint knows; write an ISO 639-1 code such as en, ru or uk`},

		// rules: selection.
		{"rules not a mapping", "rules: [all]\n", `test.yaml:1: rules: wants a mapping of keys, got a list`},
		{"disable unknown category", "rules:\n  disable: [punctation]\n", `test.yaml:2: rules.disable[0]: no check or category "punctation"; did you mean "punctuation"?`},
		{"enable unknown check", "rules:\n  enable:\n    - style/ratio\n    - linebreak/orphan-paragrap\n", `test.yaml:4: rules.enable[1]: no check or category "linebreak/orphan-paragrap"; did you mean "linebreak/orphan-paragraph"?`},
		{"enable one string", "rules:\n  enable: nonsense-here\n", `test.yaml:2: rules.enable: no check or category "nonsense-here" (` + "`mtlint rules`" + ` lists them)`},
		{"misspelt enable", "rules:\n  enabel: [all]\n", `test.yaml:2: rules.enabel: no check or category "enabel"; did you mean "enable"?`},
		{"enable a mapping", "rules:\n  enable: {all: true}\n", `test.yaml:2: rules.enable: wants a list, got a mapping`},

		// rules: per-check settings.
		{"bad severity", "rules:\n  punctuation/space-before:\n    severity: fatal\n", `test.yaml:3: rules.punctuation/space-before.severity: unknown severity "fatal" (want error, warning or info)`},
		{"bad category severity", "rules:\n  linebreak:\n    severity: [error]\n", `test.yaml:3: rules.linebreak.severity: wants a string, got a list`},
		{"severity for unknown check", "rules:\n  custom/nothere:\n    severity: info\n", `test.yaml:2: rules.custom/nothere: no check or category "custom/nothere" (` + "`mtlint rules`" + ` lists them)`},
		{"settings not a mapping", "rules:\n  style/ratio: info\n", `test.yaml:2: rules.style/ratio: wants a mapping of keys, got the string "info"`},
		{"same category twice", "rules:\n  linebreak:\n    severity: info\n  linebreak/:\n    severity: error\n", `test.yaml:4: rules.linebreak/: names the same checks as the key at line 2`},
		{"unknown parameter", "rules:\n  linebreak/orphan-paragraph:\n    max-word: 3\n", `test.yaml:3: rules.linebreak/orphan-paragraph.max-word: check linebreak/orphan-paragraph has no parameter "max-word"; did you mean "max-words"?`},
		{"unknown parameter far", "rules:\n  style/ratio:\n    colour: red\n", `test.yaml:3: rules.style/ratio.colour: check style/ratio has no parameter "colour" (it has threshold, strict, mode)`},
		{"check without parameters", "rules:\n  punctuation/space-before:\n    limit: 2\n", `test.yaml:3: rules.punctuation/space-before.limit: check punctuation/space-before has no parameter "limit" (it has no parameters; severity and allow are the settings every check has)`},
		{"parameter for a category", "rules:\n  linebreak:\n    max-words: 3\n", `test.yaml:3: rules.linebreak.max-words: "max-words" is not a setting of a group of checks (severity and allow are); parameters are set per check, under its ID`},
		{"int parameter given words", "rules:\n  linebreak/orphan-paragraph:\n    max-words: many\n", `test.yaml:3: rules.linebreak/orphan-paragraph.max-words: wants int, got the string "many"`},
		{"int parameter given a fraction", "rules:\n  linebreak/orphan-paragraph:\n    max-words: 2.5\n", `test.yaml:3: rules.linebreak/orphan-paragraph.max-words: wants int, got a number (2.5)`},
		{"float parameter given a list", "rules:\n  style/ratio:\n    threshold: [1, 2]\n", `test.yaml:3: rules.style/ratio.threshold: wants float, got a list`},
		{"bool parameter given a word", "rules:\n  style/ratio:\n    strict: sometimes\n", `test.yaml:3: rules.style/ratio.strict: wants bool, got the string "sometimes"`},
		{"string parameter given a list", "rules:\n  style/ratio:\n    mode: [a, b]\n", `test.yaml:3: rules.style/ratio.mode: wants string, got a list`},
		{"list parameter given a mapping", "rules:\n  linebreak/orphan-paragraph:\n    dangling-words: {the: 1}\n", `test.yaml:3: rules.linebreak/orphan-paragraph.dangling-words: wants a list, got a mapping`},
		{"parameter with no value", "rules:\n  style/ratio:\n    threshold:\n", `test.yaml:3: rules.style/ratio.threshold: wants a value`},
		{"rule allow without words", "rules:\n  style:\n    allow: ['--']\n", `test.yaml:3: rules.style.allow[0]: phrase "--" has no letter or digit; use regex: for punctuation`},

		// allow.
		{"allow a mapping", "allow: {a: b}\n", `test.yaml:1: allow: wants a list, got a mapping`},
		{"allow no word", "allow:\n  - Kyiv Independent\n  - '...'\n", `test.yaml:3: allow[1]: phrase "..." has no letter or digit; use regex: for punctuation`},
		{"allow twice", "allow:\n  - BBC News\n  - BBC  News\n", `test.yaml:3: allow[1]: phrase "BBC  News" is the same as "BBC News"`},

		// files.
		{"files unknown key", "files:\n  exlude: [drafts]\n", `test.yaml:2: files.exlude: unknown key "exlude"; did you mean "exclude"?`},
		{"glob with partial **", "files:\n  include: ['**/*.md', 'articles/**.txt']\n", `test.yaml:2: files.include[1]: pattern "articles/**.txt": ** must be a whole path segment (a/**/b), not part of "**.txt"`},
		{"glob with unclosed [", "files:\n  exclude:\n    - '[abc'\n", `test.yaml:3: files.exclude[0]: pattern "[abc": bad segment "[abc" (unclosed [ or a trailing \)`},
		{"glob with ..", "files:\n  exclude: ['../other/*.md']\n", `test.yaml:2: files.exclude[0]: pattern "../other/*.md": ".." segments are not allowed; patterns are relative to the configuration file's directory`},
		{"empty glob", "files:\n  include: ['']\n", `test.yaml:2: files.include[0]: empty pattern`},
		{"glob with //", "files:\n  include: ['a//b']\n", `test.yaml:2: files.include[0]: pattern "a//b" has an empty path segment (//)`},

		// patterns.
		{"patterns a mapping", "patterns:\n  id: x\n", `test.yaml:2: patterns: wants a list, got a mapping`},
		{"pattern a string", "patterns:\n  - newsletter\n", `test.yaml:2: patterns[0]: a pattern is a mapping (id, message, tokens, ...), got the string "newsletter"`},
		{"pattern without id", "patterns:\n  - tokens: [x]\n", `test.yaml:2: patterns[0]: a pattern needs an id (it becomes the check custom/<id>)`},
		{"pattern bad id", "patterns:\n  - id: House_Style\n    tokens: [x]\n", `test.yaml:2: patterns[0].id: id "House_Style" must be lower-case letters, digits and hyphens, starting with a letter (e.g. "house-style")`},
		{"pattern id twice", "patterns:\n  - id: a\n    tokens: [x]\n  - id: a\n    tokens: [y]\n", `test.yaml:4: patterns[1].id: pattern id "a" is used twice (first at line 2)`},
		{"pattern nothing to match", "patterns:\n  - id: a\n    message: hello\n", `test.yaml:2: patterns[0]: a pattern needs one of tokens (phrases), regex or swap (phrase: replacement)`},
		{"pattern tokens and regex", "patterns:\n  - id: a\n    tokens: [x]\n    regex: y\n", `test.yaml:4: patterns[0].regex: a pattern takes only one of tokens, regex and swap; this one has tokens and regex`},
		{"pattern unknown key", "patterns:\n  - id: a\n    tokens: [x]\n    mesage: hello\n", `test.yaml:4: patterns[0].mesage: unknown key "mesage"; did you mean "message"?`},
		{"pattern Vale's level", "patterns:\n  - id: a\n    tokens: [x]\n    level: error\n", `test.yaml:4: patterns[0].level: unknown key "level"; the severity is "severity: error|warning|info"`},
		{"pattern bad severity", "patterns:\n  - id: a\n    tokens: [x]\n    severity: critical\n", `test.yaml:4: patterns[0].severity: unknown severity "critical" (want error, warning or info)`},
		{"pattern bad scope", "patterns:\n  - id: a\n    tokens: [x]\n    scope: document\n", `test.yaml:4: patterns[0].scope: unknown scope "document" (want paragraph, sentence, line, text)`},
		{"pattern ignorecase not bool", "patterns:\n  - id: a\n    tokens: [x]\n    ignorecase: maybe\n", `test.yaml:4: patterns[0].ignorecase: wants true or false, got the string "maybe"`},
		{"pattern bad regex", "patterns:\n  - id: a\n    regex: 'Docker(s'\n", "test.yaml:3: patterns[0].regex: error parsing regexp: missing closing ): `Docker(s`"},
		{"pattern regex Perl lookahead", "patterns:\n  - id: a\n    regex: 'Kiev(?!an)'\n", "test.yaml:3: patterns[0].regex: error parsing regexp: invalid or unsupported Perl syntax: `(?!`"},
		{"pattern regex matches nothing", "patterns:\n  - id: a\n    regex: '\\s*'\n", `test.yaml:3: patterns[0].regex: the expression matches the empty string, so it would match everywhere`},
		{"pattern regex bad group", "patterns:\n  - id: a\n    regex: '(\\d+),(\\d+)'\n    replacement: '$1.$3'\n", `test.yaml:4: patterns[0].replacement: $3 refers to group 3, but the expression has 2`},
		{"pattern regex ambiguous group", "patterns:\n  - id: a\n    regex: '(\\d+)%'\n    replacement: '$1pc'\n", `test.yaml:4: patterns[0].replacement: $1pc is read as a group named "1pc"; write ${1}pc for group 1 followed by text`},
		{"pattern regex bad named group", "patterns:\n  - id: a\n    regex: '(?P<n>\\d+)%'\n    replacement: '${num} percent'\n", `test.yaml:4: patterns[0].replacement: ${num} names no group of the expression`},
		{"pattern empty tokens", "patterns:\n  - id: a\n    tokens: []\n", `test.yaml:3: patterns[0].tokens: wants at least one phrase`},
		{"pattern token without words", "patterns:\n  - id: a\n    tokens: ['Subscribe now', '!!!']\n", `test.yaml:3: patterns[0].tokens[1]: phrase "!!!" has no letter or digit; use regex: for punctuation`},
		{"pattern token twice", "patterns:\n  - id: a\n    tokens:\n      - e-mail\n      - E-mail\n", `test.yaml:5: patterns[0].tokens[1]: phrase "E-mail" is the same as "e-mail"`},
		{"pattern token loose punctuation", "patterns:\n  - id: a\n    tokens: ['( see below']\n", `test.yaml:3: patterns[0].tokens[0]: phrase "( see below": punctuation before the first word or after the last must touch it`},
		{"pattern swap and replacement", "patterns:\n  - id: a\n    swap: {e-mail: email}\n    replacement: x\n", `test.yaml:4: patterns[0].replacement: swap gives each phrase its replacement; drop replacement`},
		{"pattern swap a list", "patterns:\n  - id: a\n    swap: [e-mail, email]\n", `test.yaml:3: patterns[0].swap: wants a mapping of keys, got a list`},
		{"pattern swap value a list", "patterns:\n  - id: a\n    swap:\n      e-mail: [email]\n", `test.yaml:4: patterns[0].swap.e-mail: wants a string, got a list`},
		{"pattern swap key twice", "patterns:\n  - id: a\n    swap:\n      per cent: percent\n      per cent: pc\n", `test.yaml:5: patterns[0].swap.per cent: given twice (first at line 4)`},
		{"pattern unknown placeholder", "patterns:\n  - id: a\n    tokens: [x]\n    message: 'Remove {matched}'\n", `test.yaml:4: patterns[0].message: unknown placeholder {matched}; did you mean {match}?`},
		{"pattern replacement in existence message", "patterns:\n  - id: a\n    tokens: [x]\n    message: 'Use {replacement}'\n", `test.yaml:4: patterns[0].message: {replacement}: the rule has no replacement`},
		{"pattern too many %s", "patterns:\n  - id: a\n    tokens: [x]\n    message: '%s and %s'\n", `test.yaml:4: patterns[0].message: too many %s: the message takes at most one %s (the match)`},
		{"pattern empty message", "patterns:\n  - id: a\n    tokens: [x]\n    message: ' '\n", `test.yaml:4: patterns[0].message: empty message`},
	}
	reg := testRegistry(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("test.yaml", []byte(tc.yaml), reg)
			if err == nil {
				t.Fatalf("no error for\n%s", tc.yaml)
			}
			var es Errors
			if !errors.As(err, &es) {
				t.Fatalf("error is a %T, not Errors: %v", err, err)
			}
			got := es[0].Error()
			if want, ok := strings.CutSuffix(tc.want, "…"); ok {
				if !strings.HasPrefix(got, want) {
					t.Errorf("error\n got:  %s\n want: %s…", got, want)
				}
			} else if got != tc.want {
				t.Errorf("error\n got:  %s\n want: %s", got, tc.want)
			}
			if len(es) > 1 {
				t.Errorf("%d errors, want 1:\n%v", len(es), err)
			}
		})
	}
}

// All the problems of a file are reported, sorted by line, not only the
// first; and an error anywhere means no configuration.
func TestConfigErrorsAll(t *testing.T) {
	text := `lang: en
patterns:
  - id: boilerplate
    tokens: [Read more]
    severity: loud
rules:
  disable: [linebreak, punctuaton]
  custom/boilerplate:
    severity: info
files:
  include: ['a/**b/*.md']
colour: red
`
	c, err := Parse("site/.mtlint.yaml", []byte(text), testRegistry(t))
	if c != nil {
		t.Error("a configuration with errors was returned")
	}
	want := `site/.mtlint.yaml:5: patterns[0].severity: unknown severity "loud" (want error, warning or info)
site/.mtlint.yaml:7: rules.disable[1]: no check or category "punctuaton"; did you mean "punctuation"?
site/.mtlint.yaml:8: rules.custom/boilerplate: no check or category "custom/boilerplate" (` + "`mtlint rules`" + ` lists them)
site/.mtlint.yaml:11: files.include[0]: pattern "a/**b/*.md": ** must be a whole path segment (a/**/b), not part of "**b"
site/.mtlint.yaml:12: colour: unknown key "colour" (known keys: lang, source-langs, source, rules, allow, files, patterns)`
	if err == nil || err.Error() != want {
		t.Errorf("errors\n got:\n%v\n want:\n%s", err, want)
	}
}

// A pattern may not take the ID of a check that exists.
func TestPatternIDTaken(t *testing.T) {
	reg, err := rules.NewRegistry(&rules.Check{ID: "custom/newsletter", Doc: "d", Severity: rules.Info, Run: func(*rules.Pass) {}})
	if err != nil {
		t.Fatal(err)
	}
	_, err = Parse("test.yaml", []byte("patterns:\n  - id: newsletter\n    tokens: [Subscribe]\n"), reg)
	want := "test.yaml:2: patterns[0].id: a built-in check is already called custom/newsletter"
	if err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
}

// An empty file, or one of comments only, is a valid configuration that
// changes nothing.
func TestEmptyConfig(t *testing.T) {
	for _, text := range []string{"", "# nothing yet\n", "---\n", "~\n", "lang:\nrules:\nfiles:\n"} {
		c := load(t, text, testRegistry(t))
		rc := c.RulesConfig()
		if len(rc.Enable)+len(rc.Disable)+len(rc.Severity)+len(rc.Params) != 0 || c.Lang() != "" || len(c.Checks()) != 0 {
			t.Errorf("%q: not empty: %+v", text, rc)
		}
		if !c.Selects("anything.txt") {
			t.Errorf("%q: selects nothing", text)
		}
	}
}
