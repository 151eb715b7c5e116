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

Brent crude fell to its lowest level in three months on Monday

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
- prices have risen by more than 20% since January.

More information

• Why oil prices matter for your weekly shop

Energy/Markets 2024-04-18T09:29:37.790Z
Energy/Markets 2024-04-18T14:05:39.328Z

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

func TestLinebreakOrphanParagraph(t *testing.T) {
	runCases(t, idOrphanParagraph, []checkCase{
		{
			name:  "chain of orphans before a lowercase paragraph",
			in:    "Moscow has offered a loan of $1.5bn.\n\n⟦The⟧\n\n⟦meeting⟧\n\nof the two leaders in Sochi was a signal to the West.\n",
			fixed: "Moscow has offered a loan of $1.5bn.\n\nThe meeting of the two leaders in Sochi was a signal to the West.\n",
		},
		{
			name:  "determiner before a capitalised name",
			in:    "Talks resumed in Geneva on Monday.\n\n⟦The⟧\n\nKremlin said it was ready to negotiate without conditions.",
			fixed: "Talks resumed in Geneva on Monday.\n\nThe Kremlin said it was ready to negotiate without conditions.",
		},
		{
			name:  "the tail of a sentence",
			in:    "The central bank raised its key rate to 4.5% and warned of further\n\n⟦increases⟧\n\nAnalysts had expected the move.",
			fixed: "The central bank raised its key rate to 4.5% and warned of further increases\n\nAnalysts had expected the move.",
		},
		{
			name:  "a word after a dangling article",
			in:    "The contract was signed by the head of the\n\n⟦Gazprom board⟧\n\nHe said the terms were fair.",
			fixed: "The contract was signed by the head of the Gazprom board\n\nHe said the terms were fair.",
		},
		{
			name:  "an orphan joined on both sides",
			in:    "Prosecutors say the minister accepted\n\n⟦bribes⟧\n\nworth at least €200,000 from the contractor.",
			fixed: "Prosecutors say the minister accepted bribes worth at least €200,000 from the contractor.",
		},
		{
			name:  "adverb with a comma",
			in:    "The ministry confirmed the arrests.\n\n⟦However,⟧\n\nit denied that the detainees had been mistreated.",
			fixed: "The ministry confirmed the arrests.\n\nHowever, it denied that the detainees had been mistreated.",
		},
		{
			name:  "CRLF and indented blank lines",
			in:    "Protests spread to Grodno.\r\n\r\n⟦The⟧\r\n  \r\n⟦embrace⟧\r\n\r\nof the two leaders worries the opposition.\r\n",
			fixed: "Protests spread to Grodno.\r\n\r\nThe embrace of the two leaders worries the opposition.\r\n",
		},
		{
			name:  "orphans after a headline without a period",
			in:    "Lukashenko seeks Putin's backing after the forced landing\n\n⟦The⟧\n\n⟦embrace⟧\n\nof the two leaders worries the opposition.\n",
			fixed: "Lukashenko seeks Putin's backing after the forced landing\n\nThe embrace of the two leaders worries the opposition.\n",
		},
		{
			name:  "lowercase orphan after a headline-like line still joins back",
			in:    "The minister said the plan would cut\n\n⟦costs⟧\n\nby a fifth over five years.\n",
			fixed: "The minister said the plan would cut costs by a fifth over five years.\n",
		},
		{
			name: "orphan as the first paragraph",
			in:   "⟦Despite⟧\n\nthe sanctions, exports of potash rose in May.",
		},
		// Negatives: short paragraphs that are headings, labels or page
		// furniture, with no sign of a cut sentence around them.
		{name: "subhead between sentences", in: "Inflation rose to 3.2% in March.\n\nGrowing fears\n\nEconomists now expect a rate rise."},
		{name: "label after metadata", in: "News/Politics 2024-04-18T09:29:37.790Z\n\nLatest\n\n© Communities 2019 - Privacy"},
		{name: "related links label", in: "Both leaders met in Sochi.\n\nMore information\n\n  • Lukashenko toughens repression"},
		{name: "label with digits", in: "News/Politics 2024-02-21T19:02:41.242Z\n\nTrends 24h\n\nNews/Politics 2024-04-18T09:29:37.790Z"},
		{name: "residue word after a headline", in: "Markets rally as oil falls\n\nadvertisement\n\nShares rose sharply in London on Friday."},
		{name: "camel-case name after a heading", in: "Online auctions\n\neBay has reported a 44% rise in quarterly profits."},
		{name: "exclamation", in: "Which show should be remade?\n\nRainbow!\n\nfor me, it has to be Rainbow."},
		{name: "sign-off", in: "The talks will resume on Thursday.\n\nReuters"},
		{name: "bullet", in: "The budget includes:\n\n- tax\n\ncuts for small firms were also announced."},
		{
			name: "unbulleted list after a colon",
			in:   "Under the deal, the company will:\n\ncut jobs;\n\nclose plants; and\n\nsell its stake in the venture.",
		},
		{name: "single letter", in: "Which option did voters choose?\n\nA\n\nThe first option won 62% of the vote."},
	})
}

func TestLinebreakOrphanParams(t *testing.T) {
	runCasesWith(t, idOrphanParagraph, map[string]any{"max-words": 3}, []checkCase{
		{
			name:  "three-word fragment",
			in:    "The court ruled on Monday.\n\n⟦The former president⟧\n\nwas sentenced to five years in prison.",
			fixed: "The court ruled on Monday.\n\nThe former president was sentenced to five years in prison.",
		},
	})
	runCasesWith(t, idOrphanParagraph, map[string]any{"residue-words": []string{"menu"}}, []checkCase{
		{name: "custom residue word", in: "Markets rally as oil falls\n\nmenu\n\nShares rose sharply."},
		{name: "default residue word no longer ignored", in: "Markets rally as oil falls\n\n⟦advertisement⟧\n\nShares rose sharply."},
	})
}

func TestLinebreakSplitSentence(t *testing.T) {
	runCases(t, idSplitSentence, []checkCase{
		{
			name:  "semicolon then lowercase",
			in:    "Moscow fears the protests will spread to its ⟦territory;\n\nand⟧ more so with elections due in the autumn.",
			fixed: "Moscow fears the protests will spread to its territory; and more so with elections due in the autumn.",
		},
		{
			name:  "no punctuation then lowercase",
			in:    "Other issues on the agenda range from ⟦China's\n\neconomic⟧ rise to the future of Iraq.",
			fixed: "Other issues on the agenda range from China's economic rise to the future of Iraq.",
		},
		{
			name:  "comma then lowercase",
			in:    "The firm agreed to stop selling firearms in its stores in ⟦2003,\n\nbut⟧ it resumed sales a year later.",
			fixed: "The firm agreed to stop selling firearms in its stores in 2003, but it resumed sales a year later.",
		},
		{
			name:  "dangling article then capital",
			in:    "The report was published on Tuesday by ⟦the\n\nInstitute⟧ for Fiscal Studies.",
			fixed: "The report was published on Tuesday by the Institute for Fiscal Studies.",
		},
		{
			name: "colon then one lowercase paragraph",
			in:   "The minister gave one reason for the ⟦delay:\n\nthe⟧ budget had not been approved.",
		},
		{
			name: "closing quote without end punctuation",
			in:   "Critics called the plan \"a ⟦betrayal\"\n\nof⟧ the voters who elected him.",
		},
		{
			name:  "CRLF",
			in:    "Shares fell ⟦sharply\r\n\r\nafter⟧ the profit warning.\r\n",
			fixed: "Shares fell sharply after the profit warning.\r\n",
		},
		{
			name: "title at the end of a paragraph",
			in:   "The decision was welcomed by ⟦Mr\n\nBlair⟧ and by the Irish prime minister.",
		},
		// Negatives.
		{name: "illness, not a title", in: "Doctors said he had been diagnosed with MS\n\nThe disease affects 100,000 people in the UK."},
		{name: "headline then paragraph", in: "Ad sales boost Time Warner profit\n\nQuarterly profits at US media giant TimeWarner jumped 76%."},
		{name: "sentence then sentence", in: "Prices rose.\n\nand then they fell again, traders said."},
		{name: "quote running over paragraphs", in: "\"We will not give up,\" she said. \"We have come too far\n\n\"and the people are with us.\""},
		{name: "list after an unpunctuated intro", in: "The government had claimed tobacco firms\n\n- manipulated nicotine levels\n- targeted teenagers"},
		{name: "comma then capital", in: "Wal-Mart agreed to suspend firearms sales in California in 2003,\n\nThe alleged violations included sales to 23 people."},
		{name: "camel case", in: "Sales of digital music players\n\niPod sales tripled in the final quarter."},
		{name: "domain", in: "The list of nominees is published\n\nbbc.co.uk has the full details."},
		{name: "key label", in: "Filed under business\n\nsource: company accounts"},
		{name: "ellipsis", in: "And the winner is...\n\nnobody, as it turned out."},
		{
			name: "unbulleted list after a colon",
			in:   "Under the agreement the company will:\n\ncut 2,000 jobs by next year;\n\nclose two plants in Ohio; and\n\nsell its stake in the venture.\n\nThe shares rose 4%.",
		},
		{name: "orphans are the other check's", in: "Moscow has offered a loan.\n\nThe\n\nmeeting\n\nof the two leaders was a signal."},
	})
}

func TestLinebreakInsideSentence(t *testing.T) {
	runCases(t, idInsideSentence, []checkCase{
		{
			name:  "preposition then capitalised day",
			in:    "The minister said ⟦on\nFriday⟧ that the talks would resume next week.",
			fixed: "The minister said on Friday that the talks would resume next week.",
		},
		{
			name:  "lowercase continuation",
			in:    "Protesters gathered outside the parliament ⟦building\nand⟧ demanded the resignation of the government.",
			fixed: "Protesters gathered outside the parliament building and demanded the resignation of the government.",
		},
		{
			name:  "dangling article",
			in:    "Shares in the lender fell sharply after ⟦the\nBank⟧ of England raised interest rates.",
			fixed: "Shares in the lender fell sharply after the Bank of England raised interest rates.",
		},
		{
			name:  "spaces, CRLF and indentation",
			in:    "Prices rose by ⟦3%  \r\n   in⟧ March, the statistics office said.\r\n",
			fixed: "Prices rose by 3% in March, the statistics office said.\r\n",
		},
		{
			name: "hard-wrapped paragraph",
			in: "Increasingly isolated, the Belarusian leader has turned to Moscow for ⟦help,\nwhich⟧ the Kremlin ⟦has\nbeen⟧ happy to give in return for closer integration of the two economies.\n" +
				"The talks in Sochi lasted five hours.",
			fixed: "Increasingly isolated, the Belarusian leader has turned to Moscow for help, which the Kremlin has " +
				"been happy to give in return for closer integration of the two economies.\n" +
				"The talks in Sochi lasted five hours.",
		},
		{
			name:  "relative pronoun at the end of a wrapped line",
			in:    "Analysts said the figures showed ⟦that\nEurope's⟧ largest economy had avoided recession.",
			fixed: "Analysts said the figures showed that Europe's largest economy had avoided recession.",
		},
		{
			name:  "title before the name",
			in:    "The decision was welcomed by ⟦Mr.\nBlair⟧ and by the Irish prime minister.",
			fixed: "The decision was welcomed by Mr. Blair and by the Irish prime minister.",
		},
		{
			name: "comma at the end of a long wrapped line",
			in: "The group, which owns Chivas Regal Scotch whisky, Havana Club rum and ⟦Beefeater,\nKahlua⟧ liqueur, " +
				"will keep its headquarters in Paris.",
		},
		// Negatives.
		{name: "illness, not a title", in: "The charity funds research into treatments for MS\nPatients say the drug helps."},
		{name: "letter sign-off", in: "Yours sincerely,\nJohn Smith"},
		{name: "sentence per line", in: "Oil prices fell on Monday.\nBrent crude lost 2.4%.\n\"It was a quiet day,\" one trader said."},
		{name: "headline and standfirst", in: "Markets rally as oil falls\nShares in London rose sharply on Friday."},
		{name: "metadata block", in: "News/Politics 2024-04-18T09:29:37.790Z\nNews/Politics 2024-04-18T14:05:39.328Z"},
		{name: "byline", in: "By Jane Smith\nand Tom Okafor, BBC News"},
		{name: "dateline", in: "MINSK (AP) -\nthe opposition leader was detained on Sunday."},
		{name: "bullets", in: "The budget includes:\n- cuts to fuel duty\n- help for first-time buyers"},
		{name: "wrapped bullet", in: "- call centre operations are part of their core business\n  and cannot be moved abroad"},
		{name: "verse", in: "the flare burns all night long\nabove the sleeping town\nand nobody looks up"},
		{name: "lyrics with a dangling end", in: "I want to hold you close to\nMy heart tonight and\nForever more"},
		{name: "two lines of a song", in: "And I will always love you\nWhatever the weather may bring"},
		{name: "table", in: "Brent crude\t71.35\nWest Texas\t68.20"},
		{name: "quote after a colon", in: "The minister told reporters on Friday:\n\"We will not give up.\""},
		{name: "preposition on a short line", in: "Game on\nFans queue for tickets."},
		{
			name: "unbulleted list after a colon",
			in: "Under the terms of the agreement announced in Vienna, Iran will be required to:\n" +
				"reduce its stockpile of enriched uranium by ninety-eight percent;\n" +
				"allow international inspectors access to its nuclear facilities; and\n" +
				"accept limits on research and development for at least a decade.",
		},
	})
}

func TestLinebreakLowercaseStart(t *testing.T) {
	runCases(t, idLowercaseStart, []checkCase{
		{name: "after a teaser cut short",
			in: "Floods hit the north of the region on Sunday […]\n\n⟦thousands⟧ of homes were left without power."},
		{name: "the text starts mid-sentence",
			in: "⟦dozens⟧ of flights were cancelled on Monday as the storm moved east.\n\nThe airport reopened."},
		{name: "after a question",
			in: "Who will pay for the repairs?\n\n⟦more⟧ than half of the damage is uninsured, officials said."},
		{name: "after a quotation that ends its sentence",
			in: "“We will rebuild,” the mayor said.\n\n\n⟦what⟧ to do with the old bridge? The council will decide."},
		{name: "one paragraph per line",
			in: "The council met on Monday to vote.\nIt approved the budget by a wide margin.\n⟦already⟧ reacted. The opposition objected.\nThe next vote is on Friday."},
		// Negative cases.
		{name: "after an unpunctuated paragraph (split-sentence's)", in: "The council voted to close the\n\nlibrary on Friday after a long debate."},
		{name: "after a comma", in: "The council voted, after a long debate,\n\nto close the library."},
		{name: "a name particle", in: "The general returned to Paris in 1944.\n\nde Gaulle then formed a government."},
		{name: "lowercase brands and domains", in: "Sales fell in the third quarter.\n\neBay said on Friday it would cut fees.\n\nbbc.co.uk has the details."},
		{name: "a list after a colon", in: "The plan will:\n\ncut 2,000 jobs;\n\nclose two plants."},
		{name: "verse", in: "She read the lines she wrote in 1998.\n\nthe flare burns all night\nabove the sleeping town\nand nobody looks up"},
		{name: "a hard-wrapped paragraph", in: "The plan was introduced in May.\nunless it is changed, it will cost more\nthan expected, the report says."},
		{name: "lines that do not each end a sentence", in: "The council met on Monday\nto vote on the budget.\nit approved the plan\nby a wide margin."},
		{name: "one lowercase word after a sentence", in: "The budget passed on Thursday.\n\nstats\n\nThe Senate votes next."},
		{name: "an orphan fragment (orphan-paragraph's)", in: "The talks ended.\n\nembrace\n\nof the two leaders was noted."},
		{name: "capitalised starts", in: "The river burst its banks.\n\nThousands of homes were flooded.\n\n“It was terrible,” one resident said."},
	})
}

// TestLinebreakFixesSafety checks the fix flags: joining paragraphs is
// unsafe, replacing a line break with a space is safe.
func TestLinebreakFixesSafety(t *testing.T) {
	for _, tc := range []struct {
		id, text string
		unsafe   bool
	}{
		{idOrphanParagraph, "Talks resumed.\n\nThe\n\nembrace of the two leaders was noted.", true},
		{idSplitSentence, "Moscow fears the protests will spread;\n\nand more so now.", true},
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
		sb.WriteString("cut jobs;\n\nthe\n\nembrace\n\nof the talks,\n\n")
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
