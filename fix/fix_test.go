package fix

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

// splice applies sorted, disjoint edits to src, failing on edits that are
// out of range, unsorted or overlapping.
func splice(src []byte, edits []rules.Edit) ([]byte, error) {
	var out []byte
	prev := 0
	for _, e := range edits {
		if e.Offset < prev || e.EndOffset < e.Offset || e.EndOffset > len(src) {
			return nil, fmt.Errorf("edit [%d,%d) out of order or range (previous end %d, len %d)", e.Offset, e.EndOffset, prev, len(src))
		}
		out = append(out, src[prev:e.Offset]...)
		out = append(out, e.Text...)
		prev = e.EndOffset
	}
	return append(out, src[prev:]...), nil
}

// checkResult verifies what Run promises about a result: each round's
// text is exactly the previous one with that round's applied edits
// spliced in (no byte outside an edit changes), the net edits turn the
// original into the fixed text, and the findings are those of the fixed
// text.
func checkResult(t testing.TB, res *Result) {
	t.Helper()
	text := res.Original
	// Round 0 is the transcoding of a file that was not UTF-8.
	for round := 0; round <= res.Rounds; round++ {
		var edits []rules.Edit
		for _, r := range res.Applied {
			if r.Round == round {
				edits = append(edits, r.Edits...)
			}
		}
		if round == 0 && (len(edits) > 0) != (res.Encoding != "") {
			t.Fatalf("encoding %q, but %d transcoding edits", res.Encoding, len(edits))
		}
		if len(edits) == 0 && round > 0 {
			t.Fatalf("round %d applied nothing", round)
		}
		sortEdits(edits)
		next, err := splice(text, edits)
		if err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		text = next
	}
	if string(text) != string(res.Fixed) {
		t.Fatalf("replaying the applied fixes gives %q, Fixed is %q", text, res.Fixed)
	}
	got, err := splice(res.Original, res.Edits)
	if err != nil {
		t.Fatalf("net edits: %v", err)
	}
	if string(got) != string(res.Fixed) {
		t.Fatalf("net edits give %q, Fixed is %q", got, res.Fixed)
	}
	for i := 1; i < len(res.Edits); i++ {
		if res.Edits[i].Offset <= res.Edits[i-1].EndOffset {
			t.Fatalf("net edits %v and %v touch: they should have merged", res.Edits[i-1], res.Edits[i])
		}
	}
	if res.Article == nil || string(res.Article.Src) != string(res.Fixed) {
		t.Fatal("Article is not the parsed fixed text")
	}
}

func sortEdits(edits []rules.Edit) {
	for i := 1; i < len(edits); i++ {
		for j := i; j > 0 && edits[j].Offset < edits[j-1].Offset; j-- {
			edits[j], edits[j-1] = edits[j-1], edits[j]
		}
	}
}

func reasons(rs []Record) string {
	var parts []string
	for _, r := range rs {
		parts = append(parts, r.Rule+":"+string(r.Reason))
	}
	return strings.Join(parts, " ")
}

func TestRun(t *testing.T) {
	cases := []struct {
		name    string
		enable  []string
		opts    Options
		in      string
		want    string
		rounds  int
		applied int
		skipped string // rule:reason ...
		edits   string // net edits, %v
		noConv  bool
	}{
		{name: "nothing to fix", in: "Markets rose on Friday.\n", want: "Markets rose on Friday.\n"},
		{name: "one fix", in: "The unions, however , insist.\n", want: "The unions, however, insist.\n",
			rounds: 1, applied: 1, edits: "[{19 21 ,}]"},
		{name: "an insertion", in: "It rained.Then it stopped.", want: "It rained. Then it stopped.",
			rounds: 1, applied: 1, edits: "[{10 10  }]"},
		{name: "a run of spaces", in: "a   b", want: "a b", rounds: 1, applied: 1, edits: "[{1 4  }]"},
		{name: "a conflict is fixed in the next round", in: "Yes  , he said.", want: "Yes, he said.",
			rounds: 2, applied: 2, edits: "[{3 6 ,}]"},
		{name: "fixes far apart in one round", in: "One , two.Three , four.", want: "One, two. Three, four.",
			rounds: 1, applied: 3, edits: "[{3 5 ,} {10 10  } {15 17 ,}]"},
		{name: "unsafe fix left without --unsafe", in: "Advertisement\nText , here.\n", want: "Advertisement\nText, here.\n",
			rounds: 1, applied: 1, skipped: "test/chrome:unsafe"},
		{name: "unsafe fix applied with --unsafe", opts: Options{Unsafe: true}, in: "Advertisement\nText , here.\n",
			want: "Text, here.\n", rounds: 1, applied: 2, edits: "[{0 14 } {18 20 ,}]"},
		{name: "orphan joined in a CRLF file", opts: Options{Unsafe: true},
			in: "The\r\n\r\nwalkout of dockers.\r\n", want: "The walkout of dockers.\r\n", rounds: 1, applied: 1},
		{name: "fixes that undo each other stop at the bound", enable: []string{"test/colour", "test/color"},
			in: "The color.", want: "The colour.", rounds: 5, applied: 5, skipped: "test/color:not-converged", noConv: true},
		{name: "a smaller bound", enable: []string{"test/colour", "test/color"}, opts: Options{MaxRounds: 2},
			in: "The color.", want: "The color.", rounds: 2, applied: 2, skipped: "test/colour:not-converged", noConv: true},
		// Two fixes of neighbouring ranges both apply (rules.Apply), so
		// both are left as not-converged, not as a conflict.
		{name: "fixes left at the bound", opts: Options{MaxRounds: 1},
			in: "x   ,  , y", want: "x , , y", rounds: 1, applied: 2,
			skipped: "test/space-before:not-converged test/space-before:not-converged", noConv: true},
		{name: "a fix that changes nothing", enable: []string{"test/noop"}, in: "Say xyzzy.", want: "Say xyzzy.",
			skipped: "test/noop:no-op"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Run(testEngine(t, tc.enable...), "t.txt", []byte(tc.in), tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			checkResult(t, res)
			if string(res.Fixed) != tc.want {
				t.Errorf("fixed %q, want %q", res.Fixed, tc.want)
			}
			if res.Changed() != (tc.in != tc.want) {
				t.Errorf("Changed() = %v", res.Changed())
			}
			if res.Rounds != tc.rounds || len(res.Applied) != tc.applied {
				t.Errorf("%d rounds, %d applied; want %d, %d", res.Rounds, len(res.Applied), tc.rounds, tc.applied)
			}
			if got := reasons(res.Skipped); got != tc.skipped {
				t.Errorf("skipped %q, want %q", got, tc.skipped)
			}
			if tc.edits != "" {
				if got := fmt.Sprint(res.Edits); got != tc.edits {
					t.Errorf("net edits %s, want %s", got, tc.edits)
				}
			}
			if res.Converged == tc.noConv {
				t.Errorf("Converged = %v", res.Converged)
			}
			for _, s := range res.Skipped {
				if s.Reason == "" || s.Message == "" || len(s.Edits) == 0 {
					t.Errorf("incomplete skipped record %+v", s)
				}
			}
		})
	}
}

func TestRunIdempotent(t *testing.T) {
	e := testEngine(t)
	in := "Advertisement\nThe\n\nwalkout of dockers , pilots.Then   more.\n"
	for _, unsafe := range []bool{false, true} {
		first, err := Run(e, "t.txt", []byte(in), Options{Unsafe: unsafe})
		if err != nil {
			t.Fatal(err)
		}
		second, err := Run(e, "t.txt", first.Fixed, Options{Unsafe: unsafe})
		if err != nil {
			t.Fatal(err)
		}
		if second.Changed() || len(second.Applied) != 0 {
			t.Errorf("unsafe=%v: the second run changed %q to %q", unsafe, first.Fixed, second.Fixed)
		}
	}
}

func TestRunBadInput(t *testing.T) {
	for _, in := range []string{"text\x00more", "caf\xe9\x81", "caf\xe9\x01", "\xff\xfeh\x00i\x00"} {
		res, err := Run(testEngine(t), "bad.txt", []byte(in), Options{})
		if err == nil || res != nil {
			t.Errorf("%q: no error", in)
		}
		var ie *article.InputError
		if !errors.As(err, &ie) {
			t.Errorf("%q: error %v is not an input error", in, err)
		}
	}
}

// TestRunWindows1252: a Windows-1252 text is fixed as its UTF-8
// transcoding; the transcoding is the first record (round 0, offsets into
// the original), and the net edits turn the original into the fixed text.
func TestRunWindows1252(t *testing.T) {
	src := []byte("The caf\xe9 , he said, cost \xa35 .\n")
	res, err := Run(testEngine(t), "t.txt", src, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Encoding != article.EncodingWindows1252 || !res.Changed() {
		t.Fatalf("encoding %q, changed %v", res.Encoding, res.Changed())
	}
	if len(res.Applied) == 0 || res.Applied[0].Rule != TranscodeRule || res.Applied[0].Round != 0 ||
		len(res.Applied[0].Edits) != 2 || res.Applied[0].Edits[0] != (rules.Edit{Offset: 7, EndOffset: 8, Text: "é"}) {
		t.Errorf("applied: %+v", res.Applied)
	}
	out, _ := rules.Apply(src, []*rules.Fix{{Edits: res.Edits}})
	if string(out) != string(res.Fixed) || !utf8.Valid(res.Fixed) {
		t.Errorf("net edits give %q, fixed is %q", out, res.Fixed)
	}
}

// A check whose fix breaks the text (a NUL byte) must not produce a result
// that could be written.
func TestRunRejectsBrokenFix(t *testing.T) {
	bad := &rules.Check{
		ID: "test/bad", Doc: "Inserts a NUL.", Severity: rules.Info,
		Run: func(p *Pass) {
			if len(p.Article.Src) > 0 && p.Article.Src[0] == 'x' {
				s := article.Span{Start: 0, End: 1}
				p.Report(s, "x", rules.Replace("nul", s, "\x00"))
			}
		},
	}
	r, err := rules.NewRegistry(bad)
	if err != nil {
		t.Fatal(err)
	}
	e, err := r.NewEngine(rules.Config{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := Run(e, "t.txt", []byte("x marks the spot"), Options{})
	if err == nil || res != nil || !strings.Contains(err.Error(), "internal error") {
		t.Errorf("got %v, %v", res, err)
	}
}

func TestNetEditsAcrossRounds(t *testing.T) {
	// Round 2 edits text that round 1 inserted, next to kept text.
	e := testEngine(t)
	res, err := Run(e, "t.txt", []byte("a    b , c.D  e"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkResult(t, res)
	if string(res.Fixed) != "a b, c. D e" {
		t.Errorf("fixed %q", res.Fixed)
	}
}

// A finding the configuration allows (Options.Filter drops it) is not fixed.
func TestRunFilter(t *testing.T) {
	keepNone := func(a *article.Article, fs []rules.Finding) []rules.Finding {
		var out []rules.Finding
		for _, f := range fs {
			if f.Rule != "test/space-before" {
				out = append(out, f)
			}
		}
		return out
	}
	res, err := Run(testEngine(t), "t.txt", []byte("Yes , he said.Then  left."), Options{Filter: keepNone})
	if err != nil {
		t.Fatal(err)
	}
	checkResult(t, res)
	if string(res.Fixed) != "Yes , he said. Then left." {
		t.Errorf("fixed %q", res.Fixed)
	}
}
