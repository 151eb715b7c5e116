// Package config reads mtlint's configuration file, .mtlint.yaml.
//
// The file sets the target and source languages, which checks run and how
// (enable/disable lists, severities, parameters), allowlists, the files a
// directory walk takes, and user-defined pattern rules (see patterns.go).
// Load validates all of it before anything is checked and reports every
// problem with the file, line and key. The starter file that `mtlint init`
// writes (Starter) documents every key.
//
// The caller wires it in:
//
//	path, err := config.Find(".")          // "" when there is none
//	cfg, err := config.Load(path, reg)     // err is a config.Errors
//	err = cfg.AddTo(reg)                   // the custom/... checks
//	engine, err := reg.NewEngine(cfg.RulesConfig())
//	...
//	if cfg.Selects(file) { ... }           // include/exclude globs
//	findings = cfg.Filter(article, findings) // allowlists
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/lang"
	"github.com/mtlint/mtlint/rules"
)

// The names Find looks for, in this order.
const (
	FileName    = ".mtlint.yaml"
	AltFileName = ".mtlint.yml"
)

// Find looks for the configuration file in dir, then in its parents. It
// stops at the first directory that holds a .git entry (the top of a
// repository or worktree), after looking there, so that a file above a
// repository does not leak into it; outside a repository it goes up to the
// filesystem root. It returns "" and no error when there is none, and an
// error when one directory holds both .mtlint.yaml and .mtlint.yml.
// Directories it may not read are passed over.
func Find(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		var found []string
		for _, name := range []string{FileName, AltFileName} {
			p := filepath.Join(dir, name)
			info, err := os.Stat(p)
			switch {
			case err == nil && info.IsDir():
				return "", fmt.Errorf("%s is a directory, not a configuration file", p)
			case err == nil:
				found = append(found, p)
			case errors.Is(err, fs.ErrNotExist), errors.Is(err, fs.ErrPermission), isNotDir(err):
			default:
				return "", err
			}
		}
		switch len(found) {
		case 1:
			return found[0], nil
		case 2:
			return "", fmt.Errorf("both %s and %s exist; keep one", found[0], found[1])
		}
		if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil {
			return "", nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

func isNotDir(err error) bool {
	var pe *fs.PathError
	return errors.As(err, &pe) && strings.Contains(pe.Err.Error(), "not a directory")
}

// Config is a loaded, validated configuration. Its methods are safe for
// concurrent use.
type Config struct {
	// Path is the file as given to Load; Dir is the absolute directory
	// holding it, which the file globs are relative to.
	Path, Dir string

	lang        string
	sourceLangs []string
	source      string // the source directory, absolute
	enable      []string
	disable     []string
	severity    map[string]rules.Severity
	params      map[string]map[string]any
	allow       *phraseSet              // for every check
	ruleAllow   map[string][]*phraseSet // by check ID
	include     *Globs
	exclude     *Globs
	checks      []*rules.Check
}

// Load reads and validates the configuration file at path against the
// checks of reg, which it does not modify: the file's pattern rules are
// known to the validation (a severity for custom/x is fine) and returned
// by Checks, for the caller to add (AddTo). A problem in the file is
// reported as an Errors listing all of them; an unreadable file as the
// error from reading it.
func Load(path string, reg *rules.Registry) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, data, reg)
}

var topKeys = []string{"lang", "source-langs", "source", "rules", "allow", "files", "patterns"}

var topHints = map[string]string{
	"language":    `the target language is "lang"`,
	"target-lang": `the target language is "lang"`,
	"source-lang": `the source languages are "source-langs", a list`,
	"checks":      `checks are chosen under "rules" (enable, disable)`,
	"enable":      `enable goes under "rules"`,
	"disable":     `disable goes under "rules"`,
	"severity":    `severities go under "rules", per check: "rules: {ID: {severity: info}}"`,
	"include":     `include goes under "files"`,
	"exclude":     `exclude goes under "files"`,
	"ignore":      `files to skip are "files: {exclude: [...]}"; phrases no check may flag are "allow"`,
	"custom":      `user-defined rules are "patterns"`,
	"vocab":       `phrases no check may flag are "allow"`,
}

// Parse is Load for a file already read.
func Parse(path string, data []byte, reg *rules.Registry) (*Config, error) {
	p := &parser{path: path, data: data}
	c := &Config{
		Path:      path,
		severity:  map[string]rules.Severity{},
		params:    map[string]map[string]any{},
		ruleAllow: map[string][]*phraseSet{},
		include:   &Globs{},
		exclude:   &Globs{},
	}
	if path == "" {
		c.Dir, _ = os.Getwd()
	} else if abs, err := filepath.Abs(path); err == nil {
		c.Dir = filepath.Dir(abs)
	}
	root := p.document(data)
	if root == nil {
		if len(p.errs) > 0 {
			return nil, p.sorted()
		}
		return c, nil
	}
	f := p.fields(root, "", topKeys, topHints)
	// The pattern rules first: the rules section may name them.
	if e, ok := f["patterns"]; ok {
		c.checks = p.patterns(e.value, reg)
	}
	k := newKnown(reg, c.checks)
	if e, ok := f["lang"]; ok && !isNull(e.value) {
		if s, ok := p.str(e.value, e.keyStr); ok && p.langCode(e.value, e.keyStr, s) {
			c.lang = s
		}
	}
	if e, ok := f["source-langs"]; ok {
		for _, it := range p.strs(e.value, e.keyStr) {
			for _, s := range strings.Split(it.s, ",") {
				if s = strings.TrimSpace(s); p.langCode(it.node, it.key, s) {
					c.sourceLangs = append(c.sourceLangs, s)
				}
			}
		}
	}
	if e, ok := f["source"]; ok && !isNull(e.value) {
		if s, ok := p.str(e.value, e.keyStr); ok {
			c.source = p.sourceDir(e.value, e.keyStr, c.Dir, s)
		}
	}
	if e, ok := f["rules"]; ok && !isNull(e.value) {
		p.rules(e.value, e.keyStr, c, k)
	}
	c.propagateLangs(p, f, k)
	if e, ok := f["allow"]; ok {
		c.allow = p.phraseList(e.value, e.keyStr)
	}
	if e, ok := f["files"]; ok && !isNull(e.value) {
		ff := p.fields(e.value, e.keyStr, []string{"include", "exclude"}, nil)
		if fe, ok := ff["include"]; ok {
			c.include = p.globs(fe.value, fe.keyStr)
		}
		if fe, ok := ff["exclude"]; ok {
			c.exclude = p.globs(fe.value, fe.keyStr)
		}
	}
	if len(p.errs) > 0 {
		return nil, p.sorted()
	}
	return c, nil
}

func (p *parser) langCode(n *yaml.Node, key, s string) bool {
	if _, ok := lang.Parse(s); !ok {
		p.errf(n, key, "%q is not a language mtlint knows; write an ISO 639-1 code such as en, ru or uk", s)
		return false
	}
	return true
}

// known is what the rules section may refer to: the registry's checks
// and the file's pattern rules.
type known struct {
	checks []*rules.Check // sorted by ID
	byID   map[string]*rules.Check
	cats   []string
}

func newKnown(reg *rules.Registry, custom []*rules.Check) *known {
	k := &known{byID: map[string]*rules.Check{}}
	if reg != nil {
		k.checks = reg.Checks()
	}
	k.checks = append(k.checks, custom...)
	sort.Slice(k.checks, func(i, j int) bool { return k.checks[i].ID < k.checks[j].ID })
	for _, c := range k.checks {
		k.byID[c.ID] = c
		if cat := c.Category(); !contains(k.cats, cat) {
			k.cats = append(k.cats, cat)
		}
	}
	return k
}

// canonical returns one spelling for selectors that mean the same.
func canonical(sel string) string {
	switch {
	case sel == "*":
		return "all"
	case strings.HasSuffix(sel, "/") && strings.Count(sel, "/") == 1:
		return strings.TrimSuffix(sel, "/")
	}
	return sel
}

// selects checks that a selector names at least one check and reports it
// otherwise, with a suggestion.
func (p *parser) selects(k *known, sel string, n *yaml.Node, key string, extra ...string) bool {
	if strings.TrimSpace(sel) != sel || sel == "" {
		p.errf(n, key, "%q: check IDs and categories have no spaces", sel)
		return false
	}
	if rules.MatchLen(sel, "") == 0 {
		return true
	}
	for _, c := range k.checks {
		if rules.MatchLen(sel, c.ID) >= 0 {
			return true
		}
	}
	cands := append(append([]string(nil), extra...), k.cats...)
	for _, c := range k.checks {
		cands = append(cands, c.ID)
	}
	msg := fmt.Sprintf("no check or category %q", sel)
	if s := suggest(sel, cands); s != "" {
		msg += fmt.Sprintf("; did you mean %q?", s)
	} else {
		msg += " (`mtlint rules` lists them)"
	}
	p.errf(n, key, "%s", msg)
	return false
}

// ruleSetting is a severity or allowlist given for a selector.
type ruleSetting struct {
	sel   string
	sev   rules.Severity
	allow *phraseSet
}

// rules reads the rules section: enable and disable lists, and per-check
// (or per-category) settings.
func (p *parser) rules(n *yaml.Node, key string, c *Config, k *known) {
	var settings []ruleSetting
	seen := map[string]int{}
	for _, e := range p.entries(n, key) {
		switch e.name {
		case "enable", "disable":
			for _, it := range p.strs(e.value, e.keyStr) {
				sel := strings.TrimSpace(it.s)
				if !p.selects(k, sel, it.node, it.key) {
					continue
				}
				if e.name == "enable" {
					c.enable = append(c.enable, sel)
				} else {
					c.disable = append(c.disable, sel)
				}
			}
			continue
		}
		if !p.selects(k, e.name, e.key, e.keyStr, "enable", "disable") {
			continue
		}
		if line, ok := seen[canonical(e.name)]; ok {
			p.errf(e.key, e.keyStr, "names the same checks as the key at line %d", line)
			continue
		}
		seen[canonical(e.name)] = e.key.Line
		if isNull(e.value) {
			continue
		}
		if s := p.ruleSettings(e, c, k); s != nil {
			settings = append(settings, *s)
		}
	}
	// Resolve severities and allowlists per check: the most specific
	// selector that sets a severity wins; allowlists add up.
	for _, ch := range k.checks {
		best := -1
		for _, s := range settings {
			m := rules.MatchLen(s.sel, ch.ID)
			if m < 0 {
				continue
			}
			if s.sev != 0 && m > best {
				best = m
				c.severity[ch.ID] = s.sev
			}
			if s.allow != nil {
				c.ruleAllow[ch.ID] = append(c.ruleAllow[ch.ID], s.allow)
			}
		}
	}
}

// ruleSettings reads the settings of one check or category: severity,
// allow and, for one check, its parameters.
func (p *parser) ruleSettings(e entry, c *Config, k *known) *ruleSetting {
	s := &ruleSetting{sel: e.name}
	ch := k.byID[e.name]
	for _, se := range p.entries(e.value, e.keyStr) {
		switch se.name {
		case "severity":
			if v, ok := p.str(se.value, se.keyStr); ok {
				sev, err := rules.ParseSeverity(v)
				if err != nil {
					p.errf(se.value, se.keyStr, "%v", err)
					continue
				}
				s.sev = sev
			}
			continue
		case "allow":
			s.allow = p.phraseList(se.value, se.keyStr)
			continue
		}
		if ch == nil {
			p.errf(se.key, se.keyStr, "%q is not a setting of a group of checks (severity and allow are); parameters are set per check, under its ID", se.name)
			continue
		}
		var decl *rules.Param
		names := []string{"severity", "allow"}
		for i := range ch.Params {
			names = append(names, ch.Params[i].Name)
			if ch.Params[i].Name == se.name {
				decl = &ch.Params[i]
			}
		}
		if decl == nil {
			msg := fmt.Sprintf("check %s has no parameter %q", ch.ID, se.name)
			if sg := suggest(se.name, names); sg != "" {
				msg += fmt.Sprintf("; did you mean %q?", sg)
			} else if len(ch.Params) == 0 {
				msg += " (it has no parameters; severity and allow are the settings every check has)"
			} else {
				msg += " (it has " + strings.Join(names[2:], ", ") + ")"
			}
			p.errf(se.key, se.keyStr, "%s", msg)
			continue
		}
		var v any
		if decl.Kind == rules.Strings {
			// A list of phrases: take every item as written, numbers too.
			var list []string
			for _, it := range p.strs(se.value, se.keyStr) {
				list = append(list, it.s)
			}
			v = list
			if list == nil {
				v = []string{}
			}
		} else {
			var ok bool
			if v, ok = p.value(se.value, se.keyStr); !ok {
				continue
			}
		}
		cv, err := decl.Convert(v)
		if err != nil {
			p.errf(se.value, se.keyStr, "wants %s, got %s", decl.Kind, kindName(se.value))
			continue
		}
		if c.params[ch.ID] == nil {
			c.params[ch.ID] = map[string]any{}
		}
		c.params[ch.ID][se.name] = cv
	}
	return s
}

// propagateLangs sets the parameters lang and source-langs of every check
// that has them from the top-level keys, unless the check's own settings
// set them.
func (c *Config) propagateLangs(p *parser, f map[string]entry, k *known) {
	for _, ch := range k.checks {
		for _, decl := range ch.Params {
			var v any
			var e entry
			switch {
			case decl.Name == "lang" && c.lang != "":
				v, e = c.lang, f["lang"]
			case decl.Name == "source-langs" && c.sourceLangs != nil:
				v, e = append([]string(nil), c.sourceLangs...), f["source-langs"]
			default:
				continue
			}
			if _, set := c.params[ch.ID][decl.Name]; set {
				continue
			}
			cv, err := decl.Convert(v)
			if err != nil {
				p.errf(e.value, e.keyStr, "check %s: %v", ch.ID, err)
				continue
			}
			if c.params[ch.ID] == nil {
				c.params[ch.ID] = map[string]any{}
			}
			c.params[ch.ID][decl.Name] = cv
		}
	}
}

// phraseList reads an allowlist: literal phrases, matched on word
// boundaries with letter case as written.
func (p *parser) phraseList(n *yaml.Node, key string) *phraseSet {
	set := newPhraseSet(false, scopeParagraph)
	for _, it := range p.strs(n, key) {
		if _, err := set.add(it.s); err != nil {
			p.errf(it.node, it.key, "%v", err)
		}
	}
	if len(set.phrases) == 0 {
		return nil
	}
	return set
}

func (p *parser) globs(n *yaml.Node, key string) *Globs {
	g := &Globs{}
	for _, it := range p.strs(n, key) {
		gl, err := CompileGlob(it.s)
		if err != nil {
			p.errf(it.node, it.key, "%v", err)
			continue
		}
		g.list = append(g.list, gl)
	}
	return g
}

// Lang is the target language ("" when the file does not set it).
func (c *Config) Lang() string { return c.lang }

// Source is the directory of the articles' originals, for the bitext
// checks ("" when not set): absolute, or relative to the working
// directory when the file has no path.
func (c *Config) Source() string { return c.source }

// SourceLangs are the candidate source languages (nil when not set).
func (c *Config) SourceLangs() []string { return append([]string(nil), c.sourceLangs...) }

// Checks returns the file's pattern rules (custom/<id>), to add to the
// registry before making an engine.
func (c *Config) Checks() []*rules.Check { return append([]*rules.Check(nil), c.checks...) }

// AddTo adds the pattern rules to reg.
func (c *Config) AddTo(reg *rules.Registry) error {
	for _, ch := range c.checks {
		if err := reg.Add(ch); err != nil {
			return fmt.Errorf("%s: %v", c.Path, err)
		}
	}
	return nil
}

// RulesConfig returns the check selection and settings for
// Registry.NewEngine: enable and disable as written, severities resolved
// to check IDs, parameters converted to their kinds, and the top-level
// lang and source-langs given to every check with a parameter of that name
// (a check's own setting wins). It returns fresh maps and slices on each
// call, so the caller may add command-line settings to them.
func (c *Config) RulesConfig() rules.Config {
	rc := rules.Config{
		Enable:   append([]string(nil), c.enable...),
		Disable:  append([]string(nil), c.disable...),
		Severity: map[string]rules.Severity{},
		Params:   map[string]map[string]any{},
	}
	for id, s := range c.severity {
		rc.Severity[id] = s
	}
	for id, ps := range c.params {
		m := map[string]any{}
		for k, v := range ps {
			if l, ok := v.([]string); ok {
				v = append([]string(nil), l...)
			}
			m[k] = v
		}
		rc.Params[id] = m
	}
	return rc
}

// Include and Exclude are the file globs (empty, never nil, when not set).
func (c *Config) Include() *Globs { return c.include }

// Exclude: see Include.
func (c *Config) Exclude() *Globs { return c.exclude }

// rel returns path relative to the configuration's directory, with
// slashes, and false when path lies outside it.
func (c *Config) rel(path string) (string, bool) {
	if c.Dir == "" {
		return "", false
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", false
	}
	r, err := filepath.Rel(c.Dir, abs)
	if err != nil {
		return "", false
	}
	r = filepath.ToSlash(r)
	if r == "." || r == ".." || strings.HasPrefix(r, "../") {
		return "", false
	}
	return r, true
}

// Selects reports whether the file at path (absolute, or relative to the
// working directory) is to be checked: it matches an include glob (when
// there are any) and no exclude glob. Files outside the configuration's
// directory are not subject to the globs and are selected.
func (c *Config) Selects(path string) bool {
	r, ok := c.rel(path)
	if !ok {
		return true
	}
	if c.include.Len() > 0 && !c.include.Match(r) {
		return false
	}
	return !c.exclude.Match(r)
}

// SkipDir reports whether a walk may skip the directory at path whole,
// because an exclude glob matches it.
func (c *Config) SkipDir(path string) bool {
	r, ok := c.rel(path)
	return ok && c.exclude.MatchDir(r)
}

// Filter drops the findings that lie inside an allowed phrase: one listed
// under the top-level allow, or under the allow of the finding's check (or
// its category). It returns a new slice; fs is not modified.
func (c *Config) Filter(a *article.Article, fs []rules.Finding) []rules.Finding {
	if c.allow == nil && len(c.ruleAllow) == 0 {
		return fs
	}
	indexes := map[*phraseSet]*spanIndex{}
	covered := func(set *phraseSet, s article.Span) bool {
		x, ok := indexes[set]
		if !ok {
			var spans []article.Span
			set.each(a, true, func(m phraseMatch) { spans = append(spans, m.Span) })
			x = newSpanIndex(spans)
			indexes[set] = x
		}
		return x.covers(s)
	}
	out := make([]rules.Finding, 0, len(fs))
outer:
	for _, f := range fs {
		if c.allow != nil && covered(c.allow, f.Span) {
			continue
		}
		for _, set := range c.ruleAllow[f.Rule] {
			if covered(set, f.Span) {
				continue outer
			}
		}
		out = append(out, f)
	}
	return out
}
