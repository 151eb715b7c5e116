package checks

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/lang"
	"github.com/mtlint/mtlint/rules"
)

var untranslatedScript = &rules.Check{
	ID: "untranslated/script",
	Doc: "Letters of a script the article's language is not written in — Cyrillic, Han, Hiragana, " +
		"Katakana, Hangul, Arabic, Hebrew, Greek, Devanagari, Thai and others inside English text — are " +
		"usually source text the translation left behind, or a look-alike letter (Cyrillic \"р\" in a Latin " +
		"word). One finding per run of such text, naming the script. Accented Latin letters (\"é\", \"ö\"), " +
		"symbols (\"€\", \"°\", \"—\") and one or two Greek letters as in maths or units (\"β-blockers\", " +
		"\"5 μm\") are not reported. Latin script is allowed in every language. Pure Unicode tables, no " +
		"language model.",
	Bad:      "Russian state media called it a \"специальная военная операция\".",
	Good:     "Russian state media called it a \"special military operation\".",
	Severity: rules.Warning,
	Params: []rules.Param{
		{Name: "lang", Kind: rules.String, Default: "en", Doc: "the article's language (ISO 639-1 code); its scripts and Latin are allowed"},
		{Name: "scripts", Kind: rules.Strings, Default: []string{}, Doc: "further scripts to allow, by Unicode name (\"Greek\", \"Cyrillic\")"},
	},
	Run: runScript,
}

func init() { register(untranslatedScript) }

// scriptOrder lists the scripts checked, most frequent first. Letters of
// other scripts are looked up in unicode.Scripts.
var scriptOrder = []string{"Latin", "Cyrillic", "Greek", "Han", "Hiragana", "Katakana", "Hangul", "Arabic",
	"Hebrew", "Devanagari", "Thai", "Bengali", "Georgian", "Armenian", "Tamil", "Bopomofo"}

var scriptTables = func() []*unicode.RangeTable {
	var ts []*unicode.RangeTable
	for _, s := range scriptOrder {
		ts = append(ts, unicode.Scripts[s])
	}
	return ts
}()

// scriptOf names the script of a letter or mark ("" for Common and
// Inherited characters).
func scriptOf(r rune) string {
	for i, t := range scriptTables {
		if unicode.Is(t, r) {
			return scriptOrder[i]
		}
	}
	for name, t := range unicode.Scripts {
		if name != "Common" && name != "Inherited" && unicode.Is(t, r) {
			return name
		}
	}
	return ""
}

// scriptFamily groups the scripts that are written together into one run.
func scriptFamily(s string) string {
	switch s {
	case "Han", "Hiragana", "Katakana", "Hangul", "Bopomofo":
		return "CJK"
	}
	return s
}

type scriptRun struct {
	family     string
	scripts    []string
	start, end int
	letters    int // letters in the run
	longest    int // longest unbroken sequence of letters
	cur        int
}

func runScript(p *rules.Pass) {
	a := p.Article
	target, ok := lang.Parse(p.Lang())
	if !ok {
		target = lang.English
	}
	allowed := map[string]bool{"Latin": true}
	for _, s := range target.Scripts() {
		allowed[s] = true
	}
	for _, s := range p.Strings("scripts") {
		for name := range unicode.Scripts {
			if strings.EqualFold(name, strings.TrimSpace(s)) {
				allowed[name] = true
			}
		}
	}
	src := a.Src
	var run *scriptRun
	flush := func() {
		if run == nil {
			return
		}
		r := run
		run = nil
		if r.family == "Greek" && !allowed["Greek"] && r.longest <= 2 {
			return // α, β-blockers, 5 μm
		}
		p.Report(article.Span{Start: r.start, End: r.end}, scriptMessage(a, r, target), nil)
	}
	for _, l := range a.Lines {
		for i := l.Text.Start; i < l.Text.End; {
			if run == nil {
				// Outside a run only non-ASCII bytes matter.
				if i = nextNonASCII(src, i, l.Text.End); i == l.Text.End {
					break
				}
			}
			c := src[i]
			if c < utf8.RuneSelf {
				i++
				if run != nil {
					if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
						flush()
					} else {
						run.cur = 0
					}
				}
				continue
			}
			r, n := utf8.DecodeRune(src[i:])
			isMark := unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || unicode.Is(unicode.Me, r)
			if !unicode.IsLetter(r) && !isMark {
				if run != nil {
					run.cur = 0
				}
				i += n
				continue
			}
			s := scriptOf(r)
			if s == "" || allowed[s] {
				if isMark && run != nil && s == "" {
					run.end = i + n // a combining mark continues the run
				} else if s != "" {
					flush()
				}
				i += n
				continue
			}
			fam := scriptFamily(s)
			if run != nil && run.family != fam {
				flush()
			}
			if run == nil {
				run = &scriptRun{family: fam, start: i}
			}
			if !containsString(run.scripts, s) {
				run.scripts = append(run.scripts, s)
			}
			run.end = i + n
			if !isMark {
				run.letters++
				run.cur++
				run.longest = max(run.longest, run.cur)
			}
			i += n
		}
		flush()
	}
}

func scriptMessage(a *article.Article, r *scriptRun, target lang.Lang) string {
	scripts := strings.Join(r.scripts, " and ")
	src := a.Src
	before, _ := utf8.DecodeLastRune(src[:r.start])
	after, _ := utf8.DecodeRune(src[r.end:])
	if r.letters <= 2 && (unicode.Is(unicode.Latin, before) || unicode.Is(unicode.Latin, after)) {
		return fmt.Sprintf("%s letter %q inside a Latin word: a look-alike character?", scripts, a.String(article.Span{Start: r.start, End: r.end}))
	}
	return fmt.Sprintf("text in %s script, which %s does not use: left untranslated?", scripts, target.Name())
}

func containsString(list []string, s string) bool {
	for _, e := range list {
		if e == s {
			return true
		}
	}
	return false
}
