package config

import "testing"

func TestGlob(t *testing.T) {
	cases := []struct {
		pattern string
		yes, no []string
	}{
		{"*.md",
			[]string{"a.md", "news/a.md", "news/2024/05/a.md", ".hidden.md"},
			[]string{"a.txt", "a.md.txt", "amd"}},
		{"drafts",
			[]string{"drafts", "drafts/a.txt", "news/drafts/x/a.txt"},
			[]string{"drafts.txt", "mydrafts/a.txt", "news/draft/a.txt"}},
		{"drafts/",
			[]string{"drafts/a.txt", "news/drafts/a.txt"},
			[]string{"drafts", "news/drafts"}},
		{"/drafts",
			[]string{"drafts", "drafts/a.txt"},
			[]string{"news/drafts/a.txt"}},
		{"news/*.txt",
			[]string{"news/a.txt"},
			[]string{"a.txt", "news/2024/a.txt", "other/news/a.txt"}},
		{"news/**/*.txt",
			[]string{"news/a.txt", "news/2024/a.txt", "news/2024/05/a.txt"},
			[]string{"a.txt", "news/a.md", "other/news/a.txt"}},
		{"**/2024/**",
			[]string{"2024/a.txt", "news/2024/a.txt", "news/2024/05/06/a.txt"},
			[]string{"news/2023/a.txt", "news/20245/a.txt"}},
		{"**",
			[]string{"a.txt", "x/y/z.md"},
			[]string{"../a.txt", "/etc/passwd"}},
		{"news/**",
			[]string{"news/a.txt", "news/x/y.md"},
			[]string{"newsroom/a.txt"}},
		{"a/**/b/**/c",
			[]string{"a/b/c", "a/x/b/y/c", "a/x/y/b/b/c", "a/b/b/c/d.txt"},
			[]string{"a/c", "a/b/x", "b/c"}},
		{"**/*.orig.txt",
			[]string{"a.orig.txt", "x/a.orig.txt"},
			[]string{"a.txt", "orig.txt"}},
		{"[0-9][0-9][0-9][0-9]/?.txt",
			[]string{"2024/a.txt"},
			[]string{"24/a.txt", "2024/ab.txt"}},
		{`a\*b.txt`,
			[]string{"a*b.txt"},
			[]string{"axb.txt"}},
	}
	for _, tc := range cases {
		g, err := CompileGlob(tc.pattern)
		if err != nil {
			t.Errorf("%q: %v", tc.pattern, err)
			continue
		}
		for _, p := range tc.yes {
			if !g.Match(p) {
				t.Errorf("%q does not match %q", tc.pattern, p)
			}
		}
		for _, p := range tc.no {
			if g.Match(p) {
				t.Errorf("%q matches %q", tc.pattern, p)
			}
		}
	}
}

func TestGlobMatchDir(t *testing.T) {
	for _, tc := range []struct {
		pattern, dir string
		want         bool
	}{
		{"drafts/", "drafts", true},
		{"drafts/", "news/drafts", true},
		{"drafts", "news/drafts", true},
		{"drafts/", "news", false},
		{"*.md", "news", false},
		{"/vendor/", "vendor", true},
		{"/vendor/", "x/vendor", false},
	} {
		g, err := CompileGlob(tc.pattern)
		if err != nil {
			t.Fatal(err)
		}
		if got := g.MatchDir(tc.dir); got != tc.want {
			t.Errorf("%q.MatchDir(%q) = %v", tc.pattern, tc.dir, got)
		}
	}
}

func TestBadGlobs(t *testing.T) {
	for _, p := range []string{"", " ", "a/**b", "**x", "[abc", "a//b", "../x", "./x", "/", "a/\\"} {
		if _, err := CompileGlob(p); err == nil {
			t.Errorf("%q compiled", p)
		}
	}
}

// The cost of ** stays polynomial on a pattern built to make naive
// backtracking explode.
func TestGlobNoBlowUp(t *testing.T) {
	g, err := CompileGlob("**/a/**/a/**/a/**/a/**/a/**/a/**/b")
	if err != nil {
		t.Fatal(err)
	}
	p := "a"
	for range 40 {
		p += "/a"
	}
	if g.Match(p) {
		t.Error("matched a path without b")
	}
}
