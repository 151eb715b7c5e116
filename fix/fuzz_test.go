package fix

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/checks"
	"github.com/mtlint/mtlint/rules"
)

// fuzzSeeds are the texts under testdata/fuzz: news text with the defects
// the fixes repair, in several shapes (CRLF, a byte order mark, no final
// newline, fragments at the end).
func fuzzSeeds(t testing.TB) [][]byte {
	paths, err := filepath.Glob(filepath.Join("testdata", "fuzz", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no fuzz seeds: %v", err)
	}
	var out [][]byte
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, b)
	}
	return out
}

// allChecks runs every real check, including those off by default.
func allChecks(t testing.TB) *rules.Engine {
	e, err := checks.Registry().NewEngine(rules.Config{Enable: []string{"all"}})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// fixInvariants runs the loop over src and checks what issue 5 asks of
// fix application: the result is valid UTF-8, no byte outside the applied
// edits changes (each round's text is exactly the previous one with its
// edits spliced in, and the net edits give the fixed text), only allowed
// fixes are applied, and the loop converges within the bound.
func fixInvariants(t testing.TB, e *rules.Engine, src []byte, opts Options) {
	t.Helper()
	res, err := Run(e, "fuzz.txt", src, opts)
	if err != nil {
		var ie *article.InputError
		if errors.As(err, &ie) {
			return // not a text file: rejected before any fix
		}
		t.Fatalf("unsafe=%v: %v\ninput: %q", opts.Unsafe, err, src)
	}
	checkResult(t, res)
	if !utf8.Valid(res.Fixed) {
		t.Fatalf("fixed text is not UTF-8: %q from %q", res.Fixed, src)
	}
	if res.Rounds > DefaultMaxRounds {
		t.Fatalf("%d rounds", res.Rounds)
	}
	for _, a := range res.Applied {
		if a.Unsafe && !opts.Unsafe {
			t.Fatalf("unsafe fix of %s applied without Unsafe", a.Rule)
		}
	}
	if !res.Converged {
		var left []string
		for _, s := range res.Skipped {
			left = append(left, s.Rule+" ("+string(s.Reason)+")")
		}
		var last []string
		for _, a := range res.Applied {
			if a.Round == res.Rounds {
				last = append(last, a.Rule)
			}
		}
		t.Fatalf("unsafe=%v: no fixed point after %d rounds; left %v; last round applied %v\ninput: %q\nlast text: %q",
			opts.Unsafe, res.Rounds, left, last, src, res.Fixed)
	}
}

// FuzzFix: for any input, with the real checks and with the synthetic ones,
// with and without unsafe fixes.
func FuzzFix(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	real, synthetic := allChecks(f), testEngine(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, e := range []*rules.Engine{real, synthetic} {
			fixInvariants(t, e, src, Options{})
			fixInvariants(t, e, src, Options{Unsafe: true})
		}
	})
}

// TestSeedsConverge runs the fuzz invariants over the seeds and over every
// line-prefix of them on each test run, not only when fuzzing.
func TestSeedsConverge(t *testing.T) {
	real := allChecks(t)
	for _, s := range fuzzSeeds(t) {
		for i := 0; i <= len(s); i++ {
			if i == len(s) || s[i] == '\n' {
				fixInvariants(t, real, s[:i], Options{Unsafe: true})
			}
		}
		fixInvariants(t, real, s, Options{})
	}
}
