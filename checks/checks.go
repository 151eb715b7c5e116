// Package checks holds mtlint's checks, one concern per file. Each file
// registers its checks in an init function; All returns them.
//
// A check is a pure function over an *article.Article: it reads the
// article's lines, paragraphs, sentences and words and reports byte ranges
// from them. Checks keep no state between runs and are safe to run
// concurrently.
package checks

import (
	"sort"

	"github.com/mtlint/mtlint/rules"
)

var registered []*rules.Check

func register(cs ...*rules.Check) { registered = append(registered, cs...) }

// All returns every check, sorted by ID.
func All() []*rules.Check {
	out := append([]*rules.Check(nil), registered...)
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Registry returns a registry of every check. It panics if a check is
// malformed, which the package's tests rule out.
func Registry() *rules.Registry {
	r, err := rules.NewRegistry(All()...)
	if err != nil {
		panic(err)
	}
	return r
}
