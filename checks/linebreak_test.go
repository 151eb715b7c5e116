package checks

import (
	"strings"
	"testing"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

// cleanNews is edited prose with the features the line-break checks must
// leave alone: a headline, a standfirst without end punctuation, a
// dateline, a byline, a quote running over paragraphs, initials, decimals,
// a URL, an e-mail address, a bulleted list after a colon, subheads, a
// metadata block and a verse quotation.
const cleanNews = `Oil prices slide as Opec signals output rise

Brent crude slipped back below $72 a barrel in early trading on Monday

By Jane Smith and Tom Okafor
Business reporters, BBC News

LONDON (Reuters) - Oil prices fell 2.4% to $71.35 a barrel on Monday after the Opec cartel signalled it could raise output.

"We are ready to act if the market needs more supply," said the group's secretary general, H. Al Ghais.

"But we will not flood the market with barrels nobody wants."

Analysts at J.P. Morgan said the fall was overdone. Full figures are at www.example.org/oil-report or from press@example.org.

Growing fears

The group listed three reasons for its decision:

- demand from China has recovered faster than expected;
- stocks in the US are at a five-year low;
- pump prices are up by a fifth since the new year.

More information

• Why oil prices matter for your weekly shop

Energy/Markets 2023-11-07T08:14:52.118Z
Energy/Markets 2023-11-07T16:40:03.905Z

Latest

eBay said on Friday its fuel surcharge for sellers would fall.

The poet, who grew up near the refinery, read lines she wrote in 1998:

the flare burns all night long
above the sleeping town
and nobody looks up

Section	Price	Change
Brent	71.35	-2.4%

Copyright 2024 Example News. All rights reserved.
`

func TestLinebreakCleanNews(t *testing.T) {
	for _, id := range []string{idOrphanParagraph, idSplitSentence, idInsideSentence, idLowercaseStart} {
		a, fs := runCheck(t, id, cleanNews, nil)
		for _, f := range fs {
			t.Errorf("%s fired on clean prose at %d-%d %q: %s", id, f.Start, f.End, a.String(f.Span), f.Message)
		}
	}
}

// TestLinebreakFixesSafety checks the fix flags: joining paragraphs is
// unsafe, replacing a line break with a space is safe.
func TestLinebreakFixesSafety(t *testing.T) {
	for _, tc := range []struct {
		id, text string
		unsafe   bool
	}{
		{idOrphanParagraph, "Talks resumed.\n\nThe\n\nwalkout of the two unions was noted.", true},
		{idSplitSentence, "The port fears the strike will spread;\n\nand more so now.", true},
		{idInsideSentence, "The minister said on\nFriday that the talks would resume.", false},
	} {
		_, fs := runCheck(t, tc.id, tc.text, nil)
		if len(fs) != 1 || fs[0].Fix == nil {
			t.Fatalf("%s: want one finding with a fix, got %v", tc.id, fs)
		}
		if fs[0].Fix.Unsafe != tc.unsafe {
			t.Errorf("%s: fix Unsafe = %v, want %v", tc.id, fs[0].Fix.Unsafe, tc.unsafe)
		}
		if fs[0].Severity != map[string]rules.Severity{
			idOrphanParagraph: rules.Error, idSplitSentence: rules.Warning, idInsideSentence: rules.Warning,
		}[tc.id] {
			t.Errorf("%s: severity %v", tc.id, fs[0].Severity)
		}
	}
}

// BenchmarkLinebreakLongRuns runs the line-break checks over 1 MB of long
// lists and long runs of short paragraphs, the shapes where quadratic work
// would hide: compare its MB/s with BenchmarkEngineBBC's.
func BenchmarkLinebreakLongRuns(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("The plan will:\n\n")
	for sb.Len() < 1<<20 {
		sb.WriteString("cut jobs;\n\nthe\n\nwalkout\n\nof the talks,\n\n")
		sb.WriteString("a\nb\nc\n")
	}
	src := []byte(sb.String())
	e, err := Registry().NewEngine(rules.Config{Disable: []string{"all"}, Enable: []string{"linebreak"}})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		a, err := article.Parse("big.txt", src)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := e.Run(a); err != nil {
			b.Fatal(err)
		}
	}
}

func TestJoiner(t *testing.T) {
	cases := []struct{ left, right, want string }{
		{"the talks", "resumed", " "},
		{"the report (", "see page 4)", ""},
		{"he called it “", "absurd”", ""},
		{"the figure", ", however,", ""},
		{"the figure", ") rose", ""},
		{"he said \"", "no\"", " "}, // a straight quote may open or close: keep the space
	}
	for _, tc := range cases {
		src := []byte(tc.left + "\n\n" + tc.right)
		gap := article.Span{Start: len(tc.left), End: len(tc.left) + 2}
		if got := joiner(src, gap); got != tc.want {
			t.Errorf("joiner(%q | %q) = %q, want %q", tc.left, tc.right, got, tc.want)
		}
	}
}
