package rules

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/lang"
)

// Check is one rule: a small, pure function over a parsed article. A Check
// value is read-only once registered, and Run must be safe to call from
// several goroutines at once.
type Check struct {
	// ID is "category/name", e.g. "punctuation/space-before".
	ID string
	// Doc is one paragraph on what the check finds and why it matters.
	Doc string
	// Bad and Good are short examples: text the check flags, and the same
	// text as it should read.
	Bad, Good string
	// Severity is the default severity of the check's findings.
	Severity Severity
	// Off marks a check that does not run unless enabled by name.
	Off bool
	// Bitext marks a check that compares a translation with its source:
	// it runs only when the source is given (Pass.Bitext is set). Its Bad
	// and Good examples are translations of Source, written in SourceLang
	// (an ISO 639-1 code).
	Bitext             bool
	Source, SourceLang string
	// Batch marks a check that reports only in a batch, from the run's
	// side inputs (Pass.Side): its Bad example is a line that every
	// article of the batch holds, its Good example a line of one article.
	Batch bool
	// Params are the check's typed parameters with their defaults.
	Params []Param
	// Run inspects p.Article and calls p.Report for each finding.
	Run func(p *Pass)
}

// Category is the part of the ID before the slash.
func (c *Check) Category() string {
	cat, _, _ := strings.Cut(c.ID, "/")
	return cat
}

// ParamKind is the type of a parameter's value.
type ParamKind int

// The parameter kinds.
const (
	Int ParamKind = iota + 1
	Float
	Bool
	String
	Strings
)

func (k ParamKind) String() string {
	switch k {
	case Int:
		return "int"
	case Float:
		return "float"
	case Bool:
		return "bool"
	case String:
		return "string"
	case Strings:
		return "list of strings"
	}
	return "?"
}

// Param is a typed check parameter. Default must hold a value of the kind:
// int, float64, bool, string or []string.
type Param struct {
	Name    string
	Kind    ParamKind
	Default any
	Doc     string
}

// Convert checks v against the parameter's kind and returns it in the
// canonical Go type. It accepts the shapes that JSON, YAML and the command
// line produce (a float for an int when it is whole, a string for a number).
func (p Param) Convert(v any) (any, error) {
	bad := fmt.Errorf("parameter %s wants %s, got %T %v", p.Name, p.Kind, v, v)
	switch p.Kind {
	case Int:
		switch x := v.(type) {
		case int:
			return x, nil
		case int64:
			return int(x), nil
		case float64:
			if x == float64(int(x)) {
				return int(x), nil
			}
		case string:
			var n int
			if _, err := fmt.Sscan(x, &n); err == nil {
				return n, nil
			}
		}
	case Float:
		switch x := v.(type) {
		case float64:
			return x, nil
		case int:
			return float64(x), nil
		case int64:
			return float64(x), nil
		case string:
			var f float64
			if _, err := fmt.Sscan(x, &f); err == nil {
				return f, nil
			}
		}
	case Bool:
		switch x := v.(type) {
		case bool:
			return x, nil
		case string:
			switch strings.ToLower(x) {
			case "true", "yes", "on", "1":
				return true, nil
			case "false", "no", "off", "0":
				return false, nil
			}
		}
	case String:
		if x, ok := v.(string); ok {
			return x, nil
		}
	case Strings:
		switch x := v.(type) {
		case []string:
			return append([]string(nil), x...), nil
		case []any:
			out := make([]string, 0, len(x))
			for _, e := range x {
				s, ok := e.(string)
				if !ok {
					return nil, bad
				}
				out = append(out, s)
			}
			return out, nil
		case string:
			return strings.Split(x, ","), nil
		}
	}
	return nil, bad
}

// Pass is what a check's Run receives: the article, the check's parameter
// values and a way to report findings.
type Pass struct {
	Article *article.Article
	// Bitext is the article's source and their alignment, when the
	// source is given; nil otherwise.
	Bitext   *Bitext
	check    *Check
	override Severity // from the configuration; 0 when not set
	params   map[string]any
	// findings holds what the check reported, in chunks that double in
	// size: a check that reports hundreds of thousands of findings never
	// has them copied to a bigger array.
	findings [][]Finding
	shared   *sharedValues // per engine run, shared by its checks: own, or a consulting pass's
	own      sharedValues
	side     *Side // the batch's side inputs; nil for a lone article
}

// sharedValues are the analyses of one engine run (Pass.Shared): the first
// few in arrays inside the Pass, so that a run needs no map (a handful of
// analyses is the rule), any more in a map.
type sharedValues struct {
	n    int
	keys [8]any
	vals [8]any
	more map[any]any
}

func (s *sharedValues) get(key any) (any, bool) {
	for i := range s.n {
		if s.keys[i] == key {
			return s.vals[i], true
		}
	}
	v, ok := s.more[key]
	return v, ok
}

func (s *sharedValues) put(key, v any) {
	if s.n < len(s.keys) {
		s.keys[s.n], s.vals[s.n] = key, v
		s.n++
		return
	}
	if s.more == nil {
		s.more = map[any]any{}
	}
	s.more[key] = v
}

// Shared returns what compute gives for the article, computing it once per
// engine run: checks that need the same analysis of an article (the pairing
// of its quotes, say) share one, as analyzers share results through
// Requires in golang.org/x/tools/go/analysis. key must be comparable and
// belong to compute alone (an unexported type's zero value); compute must
// be pure and its result is read-only to the checks.
func (p *Pass) Shared(key any, compute func(*article.Article) any) any {
	if p.shared == nil {
		p.shared = &p.own
	}
	if v, ok := p.shared.get(key); ok {
		return v
	}
	v := compute(p.Article)
	p.shared.put(key, v)
	return v
}

// Report records a finding over span s with the check's severity.
func (p *Pass) Report(s article.Span, message string, fix *Fix) {
	p.ReportSeverity(p.check.Severity, s, message, fix)
}

// ReportSeverity records a finding with an explicit severity, for checks
// whose findings differ in how sure they are. A severity set for the check
// in the configuration replaces it.
func (p *Pass) ReportSeverity(sev Severity, s article.Span, message string, fix *Fix) {
	if p.override != 0 {
		sev = p.override
	}
	f := Finding{Rule: p.check.ID, Severity: sev, Message: message, Span: s, Fix: fix}
	if n := len(p.findings); n > 0 && len(p.findings[n-1]) < cap(p.findings[n-1]) {
		p.findings[n-1] = append(p.findings[n-1], f)
		return
	}
	size := 16
	if n := len(p.findings); n > 0 {
		size = 2 * cap(p.findings[n-1])
	}
	p.findings = append(p.findings, append(make([]Finding, 0, size), f))
}

// Int returns an int parameter.
func (p *Pass) Int(name string) int { return p.param(name).(int) }

// Float returns a float parameter.
func (p *Pass) Float(name string) float64 { return p.param(name).(float64) }

// Bool returns a bool parameter.
func (p *Pass) Bool(name string) bool { return p.param(name).(bool) }

// String returns a string parameter.
func (p *Pass) String(name string) string { return p.param(name).(string) }

// Strings returns a list parameter.
func (p *Pass) Strings(name string) []string { return p.param(name).([]string) }

func (p *Pass) param(name string) any {
	if v, ok := p.params[name]; ok {
		return v
	}
	for _, d := range p.check.Params {
		if d.Name == name {
			return d.Default
		}
	}
	panic(fmt.Sprintf("check %s has no parameter %q", p.check.ID, name))
}

// validFinding reports whether f is well formed for the article: its range
// and its edits inside the text, on UTF-8 boundaries, the edits sorted and
// not overlapping.
func validFinding(a *article.Article, f Finding) error {
	inText := func(s, e int) bool {
		return 0 <= s && s <= e && e <= len(a.Src) && boundary(a.Src, s) && boundary(a.Src, e)
	}
	if !inText(f.Start, f.End) {
		return fmt.Errorf("%s: range [%d,%d) is outside the text or splits a character", f.Rule, f.Start, f.End)
	}
	if f.Fix != nil {
		prev := -1
		for _, e := range f.Fix.Edits {
			if !inText(e.Offset, e.EndOffset) {
				return fmt.Errorf("%s: edit [%d,%d) is outside the text or splits a character", f.Rule, e.Offset, e.EndOffset)
			}
			if e.Offset < prev {
				return fmt.Errorf("%s: edits overlap or are not sorted at %d", f.Rule, e.Offset)
			}
			if !utf8.ValidString(e.Text) {
				return fmt.Errorf("%s: edit text is not UTF-8", f.Rule)
			}
			prev = e.EndOffset
		}
	}
	return nil
}

func boundary(b []byte, i int) bool {
	return i == len(b) || utf8.RuneStart(b[i])
}

// Lang returns the code of the language the article is written in, for a
// check with a "lang" parameter: the language the article's file declares
// (article.Meta.Lang, from a Markdown file's front matter: "fr", "pt-BR"),
// when it names one mtlint knows, else the parameter's value (--lang, or
// the configuration's lang). The declaration wins: a batch may mix
// languages, one per file.
func (p *Pass) Lang() string {
	if l, ok := DeclaredLang(p.Article); ok {
		return l.Code()
	}
	return p.String("lang")
}

// DeclaredLang returns the language an article's file declares
// (article.Meta.Lang: "fr", "pt-BR", "pt_BR"), when it declares one that
// mtlint knows.
func DeclaredLang(a *article.Article) (lang.Lang, bool) {
	if a == nil || a.Origin == nil || a.Origin.Meta.Lang == "" {
		return 0, false
	}
	code, _, _ := strings.Cut(strings.ReplaceAll(a.Origin.Meta.Lang, "_", "-"), "-")
	return lang.Parse(code)
}
