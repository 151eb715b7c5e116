package config

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/mtlint/mtlint/internal/marks"
	"github.com/mtlint/mtlint/rules"
)

type patternCase struct {
	name  string
	in    string // ⟦ ⟧ mark the expected findings
	fixed string // the text after the fixes, when not ""
}

// runPatternCases runs the pattern rules of a configuration over marked
// inputs and compares the findings byte for byte.
func runPatternCases(t *testing.T, yaml string, cases []patternCase) {
	t.Helper()
	_, e := engine(t, yaml, nil)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			text, want := marks.Strip(t, tc.in)
			a := parse(t, text)
			got, err := e.Run(a)
			if err != nil {
				t.Fatal(err)
			}
			if !marks.Equal(spansOf(got), want) {
				t.Errorf("findings differ\n text: %q\n got:  %s\n want: %s", text, marks.Describe(a, spansOf(got)), marks.Describe(a, want))
				for _, f := range got {
					t.Logf("  %d-%d %s %s: %s", f.Start, f.End, f.Rule, f.Severity, f.Message)
				}
			}
			if tc.fixed != "" {
				var fixes []*rules.Fix
				for _, f := range got {
					fixes = append(fixes, f.Fix)
				}
				out, _ := rules.Apply([]byte(text), fixes)
				if string(out) != tc.fixed {
					t.Errorf("fixed text differs\n got:  %q\n want: %q", out, tc.fixed)
				}
			}
		})
	}
}

func TestTokens(t *testing.T) {
	runPatternCases(t, `
patterns:
  - id: newsletter
    tokens:
      - Subscribe to our newsletter
      - Sign up for our newsletter
      - Follow us on Telegram
  - id: tass
    tokens: [TASS reported]
    ignorecase: false
  - id: units
    tokens: [U.S., MeToo, "#MeToo", per cent]
  - id: papers
    tokens: [New York, New York Times]
  - id: cyrillic
    tokens: [Подписывайтесь на наш канал]
  - id: contractions
    tokens: [won't]
  - id: hashtag
    tokens: ["#breaking"]
`, []patternCase{
		{"at the end of an article",
			"The minister resigned on Tuesday.\n\n⟦Subscribe to our newsletter⟧ for the latest news.\n", ""},
		{"in any letter case",
			"⟦SUBSCRIBE TO OUR NEWSLETTER⟧\n\n⟦sign up for our Newsletter⟧!\n", ""},
		{"across a line wrap inside a paragraph",
			"The talks ended without a deal. ⟦Follow us\non Telegram⟧ and X.\n", ""},
		{"across extra and no-break spaces",
			"⟦Follow  us on\u00a0Telegram⟧.", ""},
		{"not across a paragraph break",
			"To follow us\n\non Telegram, scan the code.\n", ""},
		{"whole words only",
			"Subscribe to our newsletters. The unfollow us on Telegram button. Resubscribe to our newsletter.", ""},
		{"not when a word is missing",
			"Subscribe to the newsletter of the ministry.", ""},
		{"case-sensitive rule",
			"⟦TASS reported⟧ that the talks, which Tass reported earlier, failed.", ""},
		{"punctuation inside and around a phrase",
			"The ⟦U.S.⟧ team and the ⟦U.S.⟧, said Mr Smith. The U.S.A. and U.S are not it.", ""},
		{"punctuation before a phrase",
			"The ⟦#MeToo⟧ movement (⟦#metoo⟧) began in 2017; in a#⟦MeToo⟧ only the word matches.", ""},
		{"punctuation before a phrase must not follow a letter",
			"⟦#Breaking⟧: a#Breaking and Breaking are not it.", ""},
		{"gaps between words",
			"Inflation rose 3.2 ⟦per cent⟧, or 3.2 ⟦per\ncent⟧; a per-cent rise is not it.", ""},
		{"the longest phrase at a word wins",
			"The ⟦New York Times⟧ reported from ⟦New York⟧ on Monday.", ""},
		{"other scripts",
			"Война продолжается.\n\n⟦подписывайтесь на наш канал⟧ в Telegram.", ""},
		{"typographic apostrophes match straight ones",
			"He ⟦won’t⟧ resign and she ⟦won't⟧ either.", ""},
		{"clean news prose",
			"KYIV, March 3 (Reuters) - The U.N. envoy, Dr. J. R. Smith, said 2.5 per-cent growth was \"unlikely\".\n\n" +
				"\"We will not stop,\" she said. \"The newsletter we subscribe to\n\ncarries it.\"\n" +
				"Contact: news@example.com or https://example.com/subscribe-to-our-newsletter\n", ""},
	})
}

func TestRegex(t *testing.T) {
	runPatternCases(t, `
patterns:
  - id: shouting
    regex: '\b[A-Z]{6,}\b'
    scope: line
  - id: anchored
    regex: '^Reporting by .*$'
    scope: line
  - id: cross-line
    regex: 'click\s+here'
    ignorecase: true
    scope: paragraph
  - id: in-sentence
    regex: 'said\W+\w+ said'
    scope: sentence
`, []patternCase{
		{"a match", "The ⟦MINISTRY⟧ said NATO and the UN agreed.", ""},
		{"anchors are per line", "The talks ended.\n⟦Reporting by Jane Doe⟧\nEditing by Reporting by nobody", ""},
		{"ignorecase and line wraps inside a paragraph", "To read more, ⟦Click\nhere⟧.\n\nClick\n\nhere is not one.", ""},
		{"sentence scope", "He ⟦said, she said⟧. He said. She said.", ""},
		{"non-ASCII text keeps byte ranges whole", "Зеленский: ЗАЯВЛЕНИЕ — [A-Z] is ASCII only: ⟦KREMLIN⟧ «ok».", ""},
	})
}

func TestSubstitutions(t *testing.T) {
	runPatternCases(t, `
patterns:
  - id: house-style
    swap:
      e-mail: email
      per cent: percent
      internet: Internet
      cyber attack: cyberattack
      Kiev: Kyiv
  - id: boilerplate
    tokens: [Subscribe to our newsletter]
    replacement: ""
  - id: decimal-comma
    regex: '\b(\d+),(\d{1,2}) (million|billion)\b'
    replacement: '$1.$2 $3'
  - id: named
    regex: '(?P<n>\d+)pc\b'
    replacement: '${n}%'
`, []patternCase{
		{"a swap", "Send an ⟦e-mail⟧ to the ministry.", "Send an email to the ministry."},
		{"the replacement takes the case of the text", "⟦E-mail⟧ us. ⟦E-MAIL⟧ US. ⟦Per cent⟧.", "Email us. EMAIL US. Percent."},
		{"no finding when the text already reads so", "The Internet and the ⟦internet⟧.", "The Internet and the Internet."},
		{"a phrase written with capitals keeps the replacement as written", "⟦Kiev⟧ and ⟦kiev⟧.", "Kyiv and Kyiv."},
		{"across a line wrap", "a ⟦cyber\nattack⟧ on the grid", "a cyberattack on the grid"},
		{"deleting takes one space along", "The talks failed. ⟦Subscribe to our newsletter⟧ now.", "The talks failed. now."},
		{"deleting at the end of a line", "The talks failed. ⟦Subscribe to our newsletter⟧\nMore", "The talks failed.\nMore"},
		{"regex groups", "A budget of ⟦3,5 billion⟧ euros, not 1,234 million.", "A budget of 3.5 billion euros, not 1,234 million."},
		{"named groups", "Prices rose ⟦5pc⟧ in May.", "Prices rose 5% in May."},
	})
}

func TestMessagesAndFixes(t *testing.T) {
	_, e := engine(t, `
patterns:
  - id: a
    tokens: [TASS reported]
    message: 'Attribution "{match}" copied from the source'
  - id: b
    swap: {e-mail: email}
    message: "Use '%s' instead of '%s' (100%% house style)"
  - id: c
    tokens: [Subscribe to our newsletter]
    replacement: ""
  - id: d
    tokens: [cyber attack]
    replacement: cyberattack
    unsafe: true
  - id: e
    tokens: [Read more]
    message: 'Found %s'
`, nil)
	a := parse(t, "TASS\nreported it. An e-mail. Subscribe to our newsletter now. A cyber attack. Read more")
	fs, err := e.Run(a)
	if err != nil {
		t.Fatal(err)
	}
	type want struct {
		rule, msg, fixDesc string
		unsafe             bool
	}
	wants := []want{
		{"custom/a", `Attribution "TASS reported" copied from the source`, "", false},
		{"custom/b", `Use 'email' instead of 'e-mail' (100% house style)`, `Replace with "email"`, false},
		{"custom/c", `Delete "Subscribe to our newsletter".`, `Delete "Subscribe to our newsletter"`, true},
		{"custom/d", `Use "cyberattack" instead of "cyber attack".`, `Replace with "cyberattack"`, true},
		{"custom/e", `Found Read more`, "", false},
	}
	if len(fs) != len(wants) {
		t.Fatalf("%d findings, want %d: %v", len(fs), len(wants), fs)
	}
	for i, w := range wants {
		f := fs[i]
		if f.Rule != w.rule || f.Message != w.msg || f.Severity != rules.Warning {
			t.Errorf("finding %d: %s %s %q, want %s warning %q", i, f.Rule, f.Severity, f.Message, w.rule, w.msg)
		}
		switch {
		case w.fixDesc == "" && f.Fix != nil:
			t.Errorf("finding %d has a fix: %+v", i, f.Fix)
		case w.fixDesc != "" && (f.Fix == nil || f.Fix.Description != w.fixDesc || f.Fix.Unsafe != w.unsafe):
			t.Errorf("finding %d: fix %+v, want %q unsafe=%v", i, f.Fix, w.fixDesc, w.unsafe)
		}
	}
}

// The rules section sets the severity of pattern rules, and disables them
// by ID or as the category custom.
func TestPatternSelection(t *testing.T) {
	const pats = `
patterns:
  - id: a
    tokens: [alpha]
  - id: b
    tokens: [beta]
    severity: info
`
	a := parse(t, "alpha beta")
	for _, tc := range []struct {
		rules string
		want  string
	}{
		{"", "custom/a:warning custom/b:info"},
		{"rules:\n  custom/a: {severity: error}\n", "custom/a:error custom/b:info"},
		{"rules:\n  custom: {severity: error}\n  custom/b: {severity: info}\n", "custom/a:error custom/b:info"},
		{"rules:\n  disable: [custom]\n  enable: [custom/b]\n", "custom/b:info"},
		{"rules:\n  disable: [custom/a]\n", "custom/b:info"},
	} {
		_, e := engine(t, pats+tc.rules, nil)
		fs, err := e.Run(a)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range fs {
			got = append(got, f.Rule+":"+f.Severity.String())
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%q: got %v, want %s", tc.rules, got, tc.want)
		}
	}
}

// The checks are compiled once and run concurrently without sharing
// state (go test -race checks the second part).
func TestPatternsConcurrent(t *testing.T) {
	_, e := engine(t, `
patterns:
  - id: a
    swap: {e-mail: email, per cent: percent}
  - id: b
    regex: '(\d+),(\d) million'
    replacement: '$1.$2 million'
`, nil)
	text := strings.Repeat("An e-mail said 3,5 million, or 2 per cent.\n\n", 50)
	a := parse(t, text)
	first, err := e.Run(a)
	if err != nil {
		t.Fatal(err)
	}
	if len(first) != 150 {
		t.Fatalf("%d findings, want 150", len(first))
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			fs, err := e.Run(a)
			if err != nil || len(fs) != len(first) {
				t.Errorf("concurrent run: %d findings, %v", len(fs), err)
			}
		})
	}
	wg.Wait()
}

func TestMatchCase(t *testing.T) {
	for _, tc := range []struct{ repl, text, want string }{
		{"email", "e-mail", "email"},
		{"email", "E-mail", "Email"},
		{"email", "E-MAIL", "EMAIL"},
		{"email", "e-Mail", "email"},
		{"Internet", "internet", "Internet"},
		{"ёлка", "Елка", "Ёлка"},
		{"", "Subscribe", ""},
		{"x", "I", "X"},
	} {
		if got := matchCase(tc.repl, []byte(tc.text)); got != tc.want {
			t.Errorf("matchCase(%q, %q) = %q, want %q", tc.repl, tc.text, got, tc.want)
		}
	}
}

// BenchmarkTokens measures 400 phrases over news text, half of them
// starting with the common word "the".
func BenchmarkTokens(b *testing.B) {
	var y strings.Builder
	y.WriteString("patterns:\n  - id: many\n    tokens:\n")
	for i := range 200 {
		y.WriteString(fmt.Sprintf("      - term%d of the list\n      - the minister said %d\n", i, i))
	}
	y.WriteString("      - Subscribe to our newsletter\n")
	_, e := engine(b, y.String(), nil)
	para := "The minister said on Tuesday that the talks in Geneva had ended without a deal, and that the phrase number was not known. "
	text := strings.Repeat(para+"\n\n", 2000) + "Subscribe to our newsletter"
	a := parse(b, text)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		if _, err := e.Run(a); err != nil {
			b.Fatal(err)
		}
	}
}
