package rules

import (
	"github.com/mtlint/mtlint/article"
)

// Side is what a run of the engine knows beyond the article itself: the
// article's group in a batch (its folder, or a field of its JSON Lines
// record) and values computed over the whole batch before the article is
// checked, such as the template lines of residue/template. In Apache Beam's
// words these are side inputs. A Side is read-only once made and may be
// shared by concurrent runs.
type Side struct {
	// Group names the article's group.
	Group string
	// Values holds the batch's values by key. A key is as in Pass.Shared:
	// comparable, and owned by the package that defines the value.
	Values map[any]any
}

// Value returns the batch value for key, or nil.
func (s *Side) Value(key any) any {
	if s == nil {
		return nil
	}
	return s.Values[key]
}

// RunSide is Run with side inputs; side may be nil (an article checked on
// its own).
func (e *Engine) RunSide(a *article.Article, side *Side) ([]Finding, error) {
	return e.RunWith(a, Inputs{Side: side})
}

// Side returns the run's side inputs, or nil when the article is checked on
// its own.
func (p *Pass) Side() *Side { return p.side }

// Param returns the value a parameter of an enabled check has in this
// engine (the configured one, else the default); ok is false when the check
// is not enabled or has no such parameter. Code that prepares side inputs
// for a check reads its settings this way.
func (e *Engine) Param(id, name string) (v any, ok bool) {
	for _, c := range e.checks {
		if c.ID != id {
			continue
		}
		if v, ok := e.params[id][name]; ok {
			return v, true
		}
		for _, p := range c.Params {
			if p.Name == name {
				return p.Default, true
			}
		}
	}
	return nil, false
}
