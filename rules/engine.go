package rules

import (
	"cmp"
	"fmt"
	"regexp"
	"runtime/debug"
	"slices"
	"sort"
	"strings"

	"github.com/mtlint/mtlint/article"
)

// Registry is an ordered set of checks with unique IDs.
type Registry struct {
	checks []*Check
	byID   map[string]*Check
}

var idPattern = regexp.MustCompile(`^[a-z][a-z0-9-]*/[a-z][a-z0-9-]*$`)

// NewRegistry validates the checks and returns a registry of them: IDs of
// the form category/name and unique, a severity, a run function, and
// parameter defaults of the declared kinds.
func NewRegistry(checks ...*Check) (*Registry, error) {
	r := &Registry{byID: map[string]*Check{}}
	for _, c := range checks {
		if err := r.Add(c); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// Add registers one more check.
func (r *Registry) Add(c *Check) error {
	switch {
	case !idPattern.MatchString(c.ID):
		return fmt.Errorf("check ID %q is not of the form category/name", c.ID)
	case r.byID[c.ID] != nil:
		return fmt.Errorf("check %s registered twice", c.ID)
	case c.Run == nil:
		return fmt.Errorf("check %s has no Run function", c.ID)
	case c.Severity < Info || c.Severity > Error:
		return fmt.Errorf("check %s has no severity", c.ID)
	case c.Doc == "":
		return fmt.Errorf("check %s has no doc", c.ID)
	}
	for _, p := range c.Params {
		if _, err := p.Convert(p.Default); err != nil {
			return fmt.Errorf("check %s: default of %v", c.ID, err)
		}
	}
	r.checks = append(r.checks, c)
	r.byID[c.ID] = c
	return nil
}

// Checks returns the registered checks sorted by ID.
func (r *Registry) Checks() []*Check {
	out := append([]*Check(nil), r.checks...)
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Lookup returns the check with the given ID, or nil.
func (r *Registry) Lookup(id string) *Check { return r.byID[id] }

// Config selects and tunes checks.
type Config struct {
	// Enable and Disable are check IDs or prefixes ("punctuation/" or
	// "punctuation" for a category, "all" for every check). For each check
	// the longest matching pattern decides; Disable wins a tie; a check no
	// pattern matches keeps its default (on, unless the check is Off).
	Enable, Disable []string
	// Severity overrides a check's severity, by check ID.
	Severity map[string]Severity
	// Params overrides parameter values: check ID → parameter → value.
	Params map[string]map[string]any
}

// MatchLen returns how specific a selection pattern is for a check ID: -1
// when it does not match, 0 for "all", more for a category, most for the
// exact ID.
func MatchLen(pattern, id string) int {
	p := strings.TrimSpace(pattern)
	switch {
	case p == "all" || p == "*":
		return 0
	case p == id:
		return len(p) + 1 // an exact ID beats its category
	case strings.HasSuffix(p, "/") && strings.HasPrefix(id, p):
		return len(p)
	case !strings.Contains(p, "/") && strings.HasPrefix(id, p+"/"):
		return len(p) + 1
	}
	return -1
}

// Engine runs a selection of checks with their settings.
type Engine struct {
	checks   []*Check
	override map[string]Severity
	params   map[string]map[string]any
}

// NewEngine applies cfg to the registry. Patterns that match no check,
// unknown parameters and values of the wrong kind are errors.
func (r *Registry) NewEngine(cfg Config) (*Engine, error) {
	for _, list := range [][]string{cfg.Enable, cfg.Disable} {
		for _, p := range list {
			found := MatchLen(p, "") == 0 // "all" is valid even with no checks
			for _, c := range r.checks {
				if MatchLen(p, c.ID) >= 0 {
					found = true
					break
				}
			}
			if !found {
				return nil, fmt.Errorf("no check matches %q (see `mtlint rules`)", p)
			}
		}
	}
	e := &Engine{override: map[string]Severity{}, params: map[string]map[string]any{}}
	for _, c := range r.Checks() {
		on := !c.Off
		best := -1
		for _, p := range cfg.Enable {
			if m := MatchLen(p, c.ID); m > best {
				best, on = m, true
			}
		}
		for _, p := range cfg.Disable {
			if m := MatchLen(p, c.ID); m >= best && m >= 0 {
				best, on = m, false
			}
		}
		if on {
			e.checks = append(e.checks, c)
		}
	}
	for id, s := range cfg.Severity {
		if r.byID[id] == nil {
			return nil, fmt.Errorf("severity set for unknown check %q", id)
		}
		if s < Info || s > Error {
			return nil, fmt.Errorf("bad severity for %s", id)
		}
		e.override[id] = s
	}
	for id, ps := range cfg.Params {
		c := r.byID[id]
		if c == nil {
			return nil, fmt.Errorf("parameters set for unknown check %q", id)
		}
		vals := map[string]any{}
		for name, v := range ps {
			var decl *Param
			for i := range c.Params {
				if c.Params[i].Name == name {
					decl = &c.Params[i]
				}
			}
			if decl == nil {
				return nil, fmt.Errorf("check %s has no parameter %q", id, name)
			}
			cv, err := decl.Convert(v)
			if err != nil {
				return nil, fmt.Errorf("check %s: %v", id, err)
			}
			vals[name] = cv
		}
		e.params[id] = vals
	}
	// Every parameter of an enabled check, set or default, in its map: a
	// check reads a few per article, each found in one look-up.
	for _, c := range e.checks {
		if len(c.Params) == 0 {
			continue
		}
		vals := e.params[c.ID]
		if vals == nil {
			vals = make(map[string]any, len(c.Params))
			e.params[c.ID] = vals
		}
		for _, d := range c.Params {
			if _, ok := vals[d.Name]; !ok {
				vals[d.Name] = d.Default
			}
		}
	}
	return e, nil
}

// Checks returns the enabled checks, sorted by ID.
func (e *Engine) Checks() []*Check { return e.checks }

// Run runs every enabled check over a and returns the findings sorted by
// position (start, then end, then rule ID). A check that panics or reports
// a malformed range is a bug in mtlint; Run returns it as an error together
// with the other checks' findings.
func (e *Engine) Run(a *article.Article) ([]Finding, error) {
	return e.RunWith(a, Inputs{})
}

// Inputs are what a run may know beyond the article itself: the
// translation's source (the bitext checks run only with one) and the
// batch's side inputs (Side). Either may be nil.
type Inputs struct {
	Bitext *Bitext
	Side   *Side
}

// RunBitext is Run for a translation with its source: the bitext checks
// run too. With bt nil it is Run.
func (e *Engine) RunBitext(a *article.Article, bt *Bitext) ([]Finding, error) {
	return e.RunWith(a, Inputs{Bitext: bt})
}

// RunWith is Run with what the run knows beyond the article.
func (e *Engine) RunWith(a *article.Article, in Inputs) ([]Finding, error) {
	var lists [][]Finding
	var errs []string
	// One Pass serves every check in turn (a check keeps nothing of it), and
	// the analyses the checks share live as long as the run.
	p := &Pass{Article: a, Bitext: in.Bitext, side: in.Side}
	for _, c := range e.checks {
		if c.Bitext && in.Bitext == nil {
			continue
		}
		p.check, p.override, p.params, p.findings = c, e.override[c.ID], e.params[c.ID], nil
		chunks, err := e.runOne(p, in)
		if err != nil {
			errs = append(errs, err.Error())
			continue
		}
		lists = append(lists, chunks...)
	}
	all := mergeFindings(lists)
	if len(errs) > 0 {
		return all, fmt.Errorf("internal error: %s", strings.Join(errs, "; "))
	}
	return all, nil
}

// runOne runs p's check and returns its findings in the chunks of
// Pass.findings.
func (e *Engine) runOne(p *Pass, in Inputs) (fs [][]Finding, err error) {
	c, a := p.check, p.Article
	defer func() {
		if r := recover(); r != nil {
			fs, err = nil, fmt.Errorf("check %s panicked: %v\n%s", c.ID, r, debug.Stack())
		}
	}()
	c.Run(p)
	for _, chunk := range p.findings {
		for _, f := range chunk {
			if err := validFinding(a, f); err != nil {
				return nil, err
			}
			if err := validSource(in.Bitext, f); err != nil {
				return nil, err
			}
		}
	}
	return p.findings, nil
}

// SortFindings sorts by start offset, end offset, then rule ID. It is a
// stable sort without reflection: a finding-dense text has hundreds of
// thousands of findings.
func SortFindings(fs []Finding) {
	slices.SortStableFunc(fs, compareFindings)
}

func compareFindings(a, b Finding) int {
	return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End), strings.Compare(a.Rule, b.Rule))
}

// mergeFindings returns the findings of the lists in SortFindings' order,
// as a stable sort of their concatenation would: each list is sorted (most
// checks report in order already, which costs one pass to see) and the
// lists are merged through a heap of their heads, earlier lists first on a
// tie, in O(n log k) for n findings in k lists, into one slice of the
// right size.
func mergeFindings(lists [][]Finding) []Finding {
	total := 0
	for _, l := range lists {
		if !slices.IsSortedFunc(l, compareFindings) {
			SortFindings(l)
		}
		total += len(l)
	}
	switch len(lists) {
	case 0:
		return nil
	case 1:
		return lists[0]
	}
	out := make([]Finding, 0, total)
	// heap holds the indexes of the lists not yet used up, ordered by
	// their first finding, then by index (earlier checks first, as a
	// stable sort of the concatenation would have it).
	less := func(i, j int) bool {
		if c := compareFindings(lists[i][0], lists[j][0]); c != 0 {
			return c < 0
		}
		return i < j
	}
	heap := make([]int, len(lists))
	for i := range heap {
		heap[i] = i
	}
	down := func(k int) {
		for {
			m := k
			if l := 2*k + 1; l < len(heap) && less(heap[l], heap[m]) {
				m = l
			}
			if r := 2*k + 2; r < len(heap) && less(heap[r], heap[m]) {
				m = r
			}
			if m == k {
				return
			}
			heap[k], heap[m] = heap[m], heap[k]
			k = m
		}
	}
	for k := len(heap)/2 - 1; k >= 0; k-- {
		down(k)
	}
	for len(heap) > 0 {
		i := heap[0]
		out = append(out, lists[i][0])
		lists[i] = lists[i][1:]
		if len(lists[i]) == 0 {
			heap[0] = heap[len(heap)-1]
			heap = heap[:len(heap)-1]
		}
		down(0)
	}
	return out
}
