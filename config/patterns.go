package config

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

// This file compiles the user-defined rules under `patterns:` into checks
// with the ID custom/<id>. A pattern is one of:
//
//   - an existence rule: `tokens:` (literal phrases) or `regex:` (Go RE2),
//     reporting every match;
//   - a substitution rule: the same with a `replacement:`, or `swap:`, a
//     map from phrase to replacement; each finding carries a fix.
//
// Everything is compiled once, when the file is loaded: tokens and swap
// keys into one phraseSet (a word-indexed map, see phrase.go), a regex into
// one *regexp.Regexp. Run only reads them.

// CustomCategory is the category of user-defined rules: pattern "x" is the
// check custom/x.
const CustomCategory = "custom"

var patternKeys = []string{"id", "message", "severity", "tokens", "regex", "swap", "replacement", "ignorecase", "scope", "unsafe", "doc"}

var patternHints = map[string]string{
	"level":   `the severity is "severity: error|warning|info"`,
	"name":    `a pattern's name is its "id"`,
	"extends": `not needed: tokens or regex make an existence rule; a replacement or swap makes a substitution`,
	"pattern": `write the regular expression under "regex"`,
	"raw":     `write the regular expression under "regex"`,
	"nonword": `tokens always match whole words; use "regex" for other matches`,
	"link":    `put a link in "doc"`,
}

var patternID = regexp.MustCompile(`^[a-z][a-z0-9-]*$`)

// pattern is a compiled user-defined rule.
type pattern struct {
	id       string
	sev      rules.Severity
	msg      message
	fold     bool
	scope    scope
	unsafe   bool
	phrases  *phraseSet // tokens or swap keys; nil for a regex
	repl     []string   // per phrase; nil without replacements
	hasRepl  bool
	re       *regexp.Regexp
	reRepl   string // Expand template
	reGroups bool   // the template refers to groups
}

// patterns reads the `patterns:` list into checks.
func (p *parser) patterns(n *yaml.Node, reg *rules.Registry) []*rules.Check {
	var out []*rules.Check
	seen := map[string]int{}
	for i, item := range p.list(n, "patterns") {
		key := index("patterns", i)
		pt, line := p.pattern(item, key)
		if pt == nil {
			continue
		}
		id := CustomCategory + "/" + pt.id
		if first, ok := seen[pt.id]; ok {
			p.errf(line, join(key, "id"), "pattern id %q is used twice (first at line %d)", pt.id, first)
			continue
		}
		seen[pt.id] = line.Line
		if reg != nil && reg.Lookup(id) != nil {
			p.errf(line, join(key, "id"), "a built-in check is already called %s", id)
			continue
		}
		out = append(out, pt.check(p.path, line.Line))
	}
	return out
}

// pattern reads one pattern. It returns nil after reporting errors; the
// node is where the id is (or the pattern, without one), for later errors.
func (p *parser) pattern(n *yaml.Node, key string) (*pattern, *yaml.Node) {
	if resolve(n).Kind != yaml.MappingNode {
		p.errf(n, key, "a pattern is a mapping (id, message, tokens, ...), got %s", kindName(resolve(n)))
		return nil, n
	}
	f := p.fields(n, key, patternKeys, patternHints)
	nerr := len(p.errs)
	pt := &pattern{sev: rules.Warning, scope: scopeParagraph}
	at := n

	if e, ok := f["id"]; !ok {
		p.errf(n, key, "a pattern needs an id (it becomes the check custom/<id>)")
	} else if id, ok := p.str(e.value, e.keyStr); ok {
		at = e.value
		if !patternID.MatchString(id) {
			p.errf(e.value, e.keyStr, "id %q must be lower-case letters, digits and hyphens, starting with a letter (e.g. %q)", id, slug(id))
		}
		pt.id = id
	}
	if e, ok := f["severity"]; ok {
		if s, ok := p.str(e.value, e.keyStr); ok {
			sev, err := rules.ParseSeverity(s)
			if err != nil {
				p.errf(e.value, e.keyStr, "%v", err)
			}
			pt.sev = sev
		}
	}
	if e, ok := f["scope"]; ok {
		if s, ok := p.str(e.value, e.keyStr); ok {
			if sc, ok := parseScope(s); ok {
				pt.scope = sc
			} else {
				p.errf(e.value, e.keyStr, "unknown scope %q (want %s)", s, strings.Join(scopeNames, ", "))
			}
		}
	}
	if e, ok := f["unsafe"]; ok {
		pt.unsafe, _ = p.boolean(e.value, e.keyStr)
	}
	doc := ""
	if e, ok := f["doc"]; ok {
		doc, _ = p.str(e.value, e.keyStr)
	}

	// What the rule matches: exactly one of tokens, regex and swap.
	var kinds []string
	for _, k := range []string{"tokens", "regex", "swap"} {
		if _, ok := f[k]; ok {
			kinds = append(kinds, k)
		}
	}
	switch len(kinds) {
	case 0:
		p.errf(n, key, "a pattern needs one of tokens (phrases), regex or swap (phrase: replacement)")
		return nil, at
	case 1:
	default:
		p.errf(f[kinds[1]].key, f[kinds[1]].keyStr, "a pattern takes only one of tokens, regex and swap; this one has %s", strings.Join(kinds, " and "))
		return nil, at
	}
	kind := kinds[0]
	pt.fold = kind != "regex"
	if e, ok := f["ignorecase"]; ok {
		pt.fold, _ = p.boolean(e.value, e.keyStr)
	}
	replE, hasRepl := f["replacement"]
	repl := ""
	if hasRepl {
		if kind == "swap" {
			p.errf(replE.key, replE.keyStr, "swap gives each phrase its replacement; drop replacement")
			hasRepl = false
		} else if isNull(replE.value) {
			hasRepl = true // "replacement:" with nothing deletes the match
		} else {
			repl, _ = p.str(replE.value, replE.keyStr)
		}
	}
	pt.hasRepl = hasRepl || kind == "swap"

	switch kind {
	case "tokens":
		e := f["tokens"]
		pt.phrases = newPhraseSet(pt.fold, pt.scope)
		items := p.strs(e.value, e.keyStr)
		if len(items) == 0 && len(p.errs) == nerr {
			p.errf(e.value, e.keyStr, "wants at least one phrase")
		}
		for _, it := range items {
			if _, err := pt.phrases.add(it.s); err != nil {
				p.errf(it.node, it.key, "%v", err)
				continue
			}
			if hasRepl {
				pt.repl = append(pt.repl, repl)
			}
		}
	case "swap":
		e := f["swap"]
		pt.phrases = newPhraseSet(pt.fold, pt.scope)
		entries := p.entries(e.value, e.keyStr)
		if len(entries) == 0 && len(p.errs) == nerr {
			p.errf(e.value, e.keyStr, "wants at least one pair (phrase: replacement)")
		}
		for _, se := range entries {
			to := ""
			if !isNull(se.value) {
				var ok bool
				if to, ok = p.str(se.value, se.keyStr); !ok {
					continue
				}
			}
			if _, err := pt.phrases.add(se.name); err != nil {
				p.errf(se.key, se.keyStr, "%v", err)
				continue
			}
			pt.repl = append(pt.repl, to)
		}
	case "regex":
		e := f["regex"]
		src, ok := p.str(e.value, e.keyStr)
		if !ok {
			break
		}
		if pt.fold {
			src = "(?i)" + src
		}
		re, err := regexp.Compile(src)
		if err != nil {
			p.errf(e.value, e.keyStr, "%v", err)
			break
		}
		if re.MatchString("") {
			p.errf(e.value, e.keyStr, "the expression matches the empty string, so it would match everywhere")
			break
		}
		pt.re = re
		if hasRepl {
			pt.reRepl = repl
			groups, err := templateGroups(repl, re)
			if err != nil {
				p.errf(replE.value, replE.keyStr, "%v", err)
			}
			pt.reGroups = groups
		}
	}

	msgSrc := ""
	if e, ok := f["message"]; ok {
		if s, ok := p.str(e.value, e.keyStr); ok {
			msgSrc = s
			if strings.TrimSpace(s) == "" {
				p.errf(e.value, e.keyStr, "empty message")
			}
		}
	}
	if msgSrc == "" {
		switch {
		case kind != "swap" && hasRepl && repl == "":
			msgSrc = `Delete "{match}".`
		case pt.hasRepl:
			msgSrc = `Use "{replacement}" instead of "{match}".`
		default:
			msgSrc = `Avoid "{match}".`
		}
	}
	m, err := compileMessage(msgSrc, pt.hasRepl)
	if err != nil {
		e := f["message"]
		p.errf(e.value, e.keyStr, "%v", err)
	}
	pt.msg = m
	if doc != "" {
		pt.msg.doc = doc
	}

	if len(p.errs) > nerr {
		return nil, at
	}
	return pt, at
}

func parseScope(s string) (scope, bool) {
	for i, n := range scopeNames {
		if s == n {
			return scope(i), true
		}
	}
	return 0, false
}

// slug turns an id with capitals or underscores into an acceptable one.
func slug(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
	}
	out := strings.Trim(b.String(), "-")
	if out == "" || out[0] < 'a' {
		out = "rule-" + out
	}
	return out
}

var templateRef = regexp.MustCompile(`\$(\$|\{[^}]*\}|[a-zA-Z0-9_]+)`)

// templateGroups checks the $1, $name and ${name} references of a
// replacement against the expression's groups (regexp.Expand would quietly
// put nothing for a wrong one), and reports whether there are any.
func templateGroups(tmpl string, re *regexp.Regexp) (bool, error) {
	refs := false
	names := re.SubexpNames()[1:]
	for _, m := range templateRef.FindAllStringSubmatch(tmpl, -1) {
		ref := m[1]
		if ref == "$" {
			continue // $$ is a dollar sign
		}
		refs = true
		braced := strings.HasPrefix(ref, "{")
		name := strings.TrimSuffix(strings.TrimPrefix(ref, "{"), "}")
		if g, err := strconv.Atoi(name); err == nil && g >= 0 {
			if g > re.NumSubexp() {
				return refs, fmt.Errorf("$%s refers to group %d, but the expression has %d", ref, g, re.NumSubexp())
			}
			continue
		}
		if contains(names, name) {
			continue
		}
		if !braced && name[0] >= '0' && name[0] <= '9' {
			return refs, fmt.Errorf("$%s is read as a group named %q; write ${%s}%s for group %s followed by text", name, name, leadingDigits(name), name[len(leadingDigits(name)):], leadingDigits(name))
		}
		return refs, fmt.Errorf("$%s names no group of the expression", ref)
	}
	return refs, nil
}

func leadingDigits(s string) string {
	i := 0
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	return s[:i]
}

// message is a compiled message: literal text and the places where the
// match and the replacement go.
type message struct {
	parts []msgPart
	doc   string
}

type msgPart struct {
	lit string
	arg int // 0: lit; argMatch; argRepl
}

const (
	argMatch = iota + 1
	argRepl
)

// compileMessage reads {match} and {replacement}, and Vale's %s: for an
// existence rule %s is the match; for a substitution the first %s is the
// replacement and the second the match ("Use '%s' instead of '%s'.").
// %% is a percent sign.
func compileMessage(s string, substitution bool) (message, error) {
	var m message
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			m.parts = append(m.parts, msgPart{lit: lit.String()})
			lit.Reset()
		}
	}
	pct := 0
	for i := 0; i < len(s); {
		switch {
		case strings.HasPrefix(s[i:], "%%"):
			lit.WriteByte('%')
			i += 2
		case strings.HasPrefix(s[i:], "%s"):
			flush()
			pct++
			switch {
			case !substitution && pct == 1, substitution && pct == 2:
				m.parts = append(m.parts, msgPart{arg: argMatch})
			case substitution && pct == 1:
				m.parts = append(m.parts, msgPart{arg: argRepl})
			default:
				want := "one %s (the match)"
				if substitution {
					want = "two %s (the replacement, then the match)"
				}
				return m, fmt.Errorf("too many %%s: the message takes at most %s", want)
			}
			i += 2
		case s[i] == '{':
			j := strings.IndexByte(s[i:], '}')
			name := ""
			if j > 0 {
				name = s[i+1 : i+j]
			}
			if name == "" || !isIdent(name) {
				lit.WriteByte('{')
				i++
				continue
			}
			switch name {
			case "match":
				flush()
				m.parts = append(m.parts, msgPart{arg: argMatch})
			case "replacement":
				if !substitution {
					return m, fmt.Errorf("{replacement}: the rule has no replacement")
				}
				flush()
				m.parts = append(m.parts, msgPart{arg: argRepl})
			default:
				msg := fmt.Sprintf("unknown placeholder {%s}", name)
				if sg := suggest(name, []string{"match", "replacement"}); sg != "" {
					msg += fmt.Sprintf("; did you mean {%s}?", sg)
				} else {
					msg += " (use {match} or {replacement})"
				}
				return m, fmt.Errorf("%s", msg)
			}
			i += j + 1
		default:
			lit.WriteByte(s[i])
			i++
		}
	}
	flush()
	return m, nil
}

func isIdent(s string) bool {
	for _, r := range s {
		if !(r == '_' || r == '-' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') {
			return false
		}
	}
	return true
}

func (m message) render(match, repl string) string {
	var b strings.Builder
	for _, p := range m.parts {
		switch p.arg {
		case argMatch:
			b.WriteString(match)
		case argRepl:
			b.WriteString(repl)
		default:
			b.WriteString(p.lit)
		}
	}
	return b.String()
}

// check builds the rules.Check of a compiled pattern.
func (pt *pattern) check(path string, line int) *rules.Check {
	c := &rules.Check{
		ID:       CustomCategory + "/" + pt.id,
		Severity: pt.sev,
	}
	what := ""
	switch {
	case pt.re != nil:
		what = fmt.Sprintf("text matching the regular expression %s", pt.re)
		if pt.hasRepl {
			c.Good = pt.reRepl
		}
	case len(pt.phrases.phrases) > 0:
		var ws []string
		for i, ph := range pt.phrases.phrases {
			if i == 3 {
				ws = append(ws, "...")
				break
			}
			ws = append(ws, fmt.Sprintf("%q", ph.text))
		}
		what = "the phrases " + strings.Join(ws, ", ")
		c.Bad = pt.phrases.phrases[0].text
		if pt.hasRepl {
			c.Good = pt.repl[0]
		}
	}
	c.Doc = pt.msg.doc
	if c.Doc == "" {
		verb := "Flags"
		if pt.hasRepl {
			verb = "Replaces"
		}
		c.Doc = fmt.Sprintf("User-defined rule from %s (line %d). %s %s.", filepath.Base(path), line, verb, what)
	}
	if pt.re != nil {
		c.Run = pt.runRegex
	} else {
		c.Run = pt.runPhrases
	}
	return c
}

func (pt *pattern) runPhrases(pass *rules.Pass) {
	a := pass.Article
	pt.phrases.each(a, false, func(m phraseMatch) {
		repl := ""
		if pt.hasRepl {
			repl = pt.repl[m.phrase]
			if pt.fold && pt.phrases.phrases[m.phrase].lower {
				repl = matchCase(repl, a.Text(m.Span))
			}
		}
		pt.report(pass, m.Span, repl)
	})
}

func (pt *pattern) runRegex(pass *rules.Pass) {
	a := pass.Article
	eachUnit(a, pt.scope, func(u article.Span) {
		b := a.Src[u.Start:u.End]
		if pt.reGroups {
			for _, m := range pt.re.FindAllSubmatchIndex(b, -1) {
				if m[0] == m[1] {
					continue
				}
				repl := string(pt.re.Expand(nil, []byte(pt.reRepl), b, m))
				pt.report(pass, article.Span{Start: u.Start + m[0], End: u.Start + m[1]}, repl)
			}
			return
		}
		for _, m := range pt.re.FindAllIndex(b, -1) {
			if m[0] == m[1] {
				continue
			}
			pt.report(pass, article.Span{Start: u.Start + m[0], End: u.Start + m[1]}, pt.reRepl)
		}
	})
}

// report reports a match with its message and, for a substitution, its
// fix. A substitution whose replacement equals the text is no finding.
func (pt *pattern) report(pass *rules.Pass, s article.Span, repl string) {
	a := pass.Article
	text := a.String(s)
	if pt.hasRepl && repl == text {
		return
	}
	shown := oneLine(text)
	msg := pt.msg.render(shown, repl)
	if !pt.hasRepl {
		pass.Report(s, msg, nil)
		return
	}
	var fix *rules.Fix
	if repl == "" {
		// Deleting: take one neighbouring space along, so that no double
		// space is left behind.
		e := s
		if e.End < len(a.Src) && a.Src[e.End] == ' ' {
			e.End++
		} else if e.Start > a.BodyStart && a.Src[e.Start-1] == ' ' {
			e.Start--
		}
		fix = rules.Replace(fmt.Sprintf("Delete %q", shown), e, "")
		fix.Unsafe = true
	} else {
		fix = rules.Replace(fmt.Sprintf("Replace with %q", repl), s, repl)
		fix.Unsafe = pt.unsafe
	}
	pass.Report(s, msg, fix)
}

// eachUnit calls fn for each unit of the scope.
func eachUnit(a *article.Article, sc scope, fn func(article.Span)) {
	switch sc {
	case scopeText:
		fn(article.Span{Start: a.BodyStart, End: len(a.Src)})
	case scopeParagraph:
		for _, p := range a.Paragraphs {
			fn(p.Span)
		}
	case scopeSentence:
		for _, s := range a.Sentences {
			fn(s.Span)
		}
	case scopeLine:
		for _, l := range a.Lines {
			if !l.Blank() {
				fn(l.Span)
			}
		}
	}
}

// oneLine shows a match in a message: runs of white space as one space.
func oneLine(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r != ' ' && article.IsSpace(r) }) && !strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, article.IsSpace), " ")
}

// matchCase gives a replacement written in lower case the case of the text
// it replaces: "Per cent" → "Percent", "PER CENT" → "PERCENT".
func matchCase(repl string, text []byte) string {
	upper, lower, letters := 0, 0, 0
	first := rune(0)
	for _, r := range string(text) {
		if !unicode.IsLetter(r) {
			continue
		}
		if first == 0 {
			first = r
		}
		letters++
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		}
	}
	switch {
	case letters > 1 && lower == 0 && upper > 0:
		return strings.ToUpper(repl)
	case first != 0 && unicode.IsUpper(first):
		r, n := utf8.DecodeRuneInString(repl)
		if unicode.IsLower(r) {
			return string(unicode.ToTitle(r)) + repl[n:]
		}
	}
	return repl
}
