package config

import (
	"fmt"
	"path"
	"path/filepath"
	"strings"
)

// Glob is a compiled file pattern, matched against slash-separated paths
// relative to the directory of the configuration file, in the manner of
// .gitignore:
//
//   - "*", "?" and "[...]" match within one path segment (path.Match);
//     "**" as a whole segment matches any number of segments, none included;
//   - a pattern with no slash ("*.draft.md", "drafts") matches a name at
//     any depth; a pattern with a slash ("articles/**/*.md", "/drafts") is
//     anchored at the configuration's directory (a leading slash only
//     anchors);
//   - a pattern that matches a directory matches everything under it, and
//     a trailing slash ("vendor/") makes a pattern match directories only.
type Glob struct {
	pattern string
	segs    []string
	dirOnly bool
}

// CompileGlob checks and compiles a pattern.
func CompileGlob(pattern string) (*Glob, error) {
	g := &Glob{pattern: pattern}
	p := pattern
	if strings.TrimSpace(p) == "" {
		return nil, fmt.Errorf("empty pattern")
	}
	if strings.Contains(p, `\`) && filepath.Separator == '\\' {
		return nil, fmt.Errorf("pattern %q: use / to separate directories", pattern)
	}
	for strings.HasSuffix(p, "/") {
		g.dirOnly = true
		p = strings.TrimSuffix(p, "/")
	}
	anchored := strings.Contains(p, "/")
	p = strings.TrimPrefix(p, "/")
	if p == "" {
		return nil, fmt.Errorf("pattern %q names no file", pattern)
	}
	segs := strings.Split(p, "/")
	if !anchored {
		segs = []string{"**", p}
	}
	for _, s := range segs {
		switch {
		case s == "":
			return nil, fmt.Errorf("pattern %q has an empty path segment (//)", pattern)
		case s == "." || s == "..":
			return nil, fmt.Errorf("pattern %q: %q segments are not allowed; patterns are relative to the configuration file's directory", pattern, s)
		case s == "**":
			if n := len(g.segs); n > 0 && g.segs[n-1] == "**" {
				continue // "**/**" is "**"
			}
		case strings.Contains(s, "**"):
			return nil, fmt.Errorf("pattern %q: ** must be a whole path segment (a/**/b), not part of %q", pattern, s)
		default:
			if _, err := path.Match(s, ""); err != nil {
				return nil, fmt.Errorf("pattern %q: bad segment %q (unclosed [ or a trailing \\)", pattern, s)
			}
		}
		g.segs = append(g.segs, s)
	}
	return g, nil
}

// String returns the pattern as written.
func (g *Glob) String() string { return g.pattern }

// Match reports whether the slash-separated relative path rel, or one of
// the directories it lies in, matches the pattern. Paths that are absolute
// or lead out of the directory ("../x") never match.
func (g *Glob) Match(rel string) bool {
	rel = path.Clean(filepath.ToSlash(rel))
	if rel == "." || rel == ".." || strings.HasPrefix(rel, "../") || strings.HasPrefix(rel, "/") {
		return false
	}
	segs := strings.Split(rel, "/")
	for k := 1; k <= len(segs); k++ {
		if g.dirOnly && k == len(segs) {
			break // the last segment is the file itself
		}
		if matchSegs(g.segs, segs[:k]) {
			return true
		}
	}
	return false
}

// MatchDir is Match for a path known to be a directory: a pattern with a
// trailing slash may match its last segment too.
func (g *Glob) MatchDir(rel string) bool {
	if g.Match(rel) {
		return true
	}
	if !g.dirOnly {
		return false
	}
	rel = path.Clean(filepath.ToSlash(rel))
	if rel == "." || rel == ".." || strings.HasPrefix(rel, "../") || strings.HasPrefix(rel, "/") {
		return false
	}
	return matchSegs(g.segs, strings.Split(rel, "/"))
}

// matchSegs matches path segments against pattern segments, "**" matching
// any run of segments. It backtracks only to the last "**", which is
// enough for a single kind of star, so the cost is O(len(pat)·len(name)).
func matchSegs(pat, name []string) bool {
	px, nx := 0, 0
	starPx, starNx := -1, -1
	for nx < len(name) {
		switch {
		case px < len(pat) && pat[px] == "**":
			starPx, starNx = px, nx
			px++
		case px < len(pat) && segMatch(pat[px], name[nx]):
			px++
			nx++
		case starPx >= 0:
			starNx++
			px, nx = starPx+1, starNx
		default:
			return false
		}
	}
	for px < len(pat) && pat[px] == "**" {
		px++
	}
	return px == len(pat)
}

func segMatch(pat, name string) bool {
	if !strings.ContainsAny(pat, `*?[\`) {
		return pat == name
	}
	ok, _ := path.Match(pat, name)
	return ok
}

// Globs is a list of patterns; it matches when any of them does. The zero
// value (and nil) matches nothing.
type Globs struct {
	list []*Glob
}

// Len is the number of patterns.
func (s *Globs) Len() int {
	if s == nil {
		return 0
	}
	return len(s.list)
}

// Patterns returns the patterns as written.
func (s *Globs) Patterns() []string {
	if s == nil {
		return nil
	}
	out := make([]string, len(s.list))
	for i, g := range s.list {
		out[i] = g.pattern
	}
	return out
}

// Match reports whether any pattern matches the relative path rel (a
// file, or a path under a matching directory).
func (s *Globs) Match(rel string) bool {
	if s == nil {
		return false
	}
	for _, g := range s.list {
		if g.Match(rel) {
			return true
		}
	}
	return false
}

// MatchDir reports whether any pattern matches the directory rel, so that
// a walk can skip it whole.
func (s *Globs) MatchDir(rel string) bool {
	if s == nil {
		return false
	}
	for _, g := range s.list {
		if g.MatchDir(rel) {
			return true
		}
	}
	return false
}
