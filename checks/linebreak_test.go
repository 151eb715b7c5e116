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

func TestLinebreakOrphanParagraph(t *testing.T) {
	runCases(t, idOrphanParagraph, []checkCase{
		{
			name:  "chain of orphans before a lowercase paragraph",
			in:    "The province has offered the port a loan of $40m.\n\n⟦The⟧\n\n⟦meeting⟧\n\nof the two unions in Rotterdam was a signal to the owners.\n",
			fixed: "The province has offered the port a loan of $40m.\n\nThe meeting of the two unions in Rotterdam was a signal to the owners.\n",
		},
		{
			name:  "determiner before a capitalised name",
			in:    "Talks resumed in Geneva on Monday.\n\n⟦The⟧\n\nCommission said it was ready to negotiate without conditions.",
			fixed: "Talks resumed in Geneva on Monday.\n\nThe Commission said it was ready to negotiate without conditions.",
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
			in:    "Strikes spread to Antwerp.\r\n\r\n⟦The⟧\r\n  \r\n⟦walkout⟧\r\n\r\nof the two unions worries the shippers.\r\n",
			fixed: "Strikes spread to Antwerp.\r\n\r\nThe walkout of the two unions worries the shippers.\r\n",
		},
		{
			name:  "orphans after a headline without a period",
			in:    "Dockers seek the mayor's backing after the port closure\n\n⟦The⟧\n\n⟦walkout⟧\n\nof the two unions worries the shippers.\n",
			fixed: "Dockers seek the mayor's backing after the port closure\n\nThe walkout of the two unions worries the shippers.\n",
		},
		{
			name:  "lowercase orphan after a headline-like line still joins back",
			in:    "The minister said the plan would cut\n\n⟦costs⟧\n\nby a fifth over five years.\n",
			fixed: "The minister said the plan would cut costs by a fifth over five years.\n",
		},
		{
			name: "orphan as the first paragraph",
			in:   "⟦Despite⟧\n\nthe drought, exports of barley rose in May.",
		},
		// Negatives: short paragraphs that are headings, labels or page
		// furniture, with no sign of a cut sentence around them.
		{name: "subhead between sentences", in: "Inflation rose to 3.2% in March.\n\nGrowing fears\n\nEconomists now expect a rate rise."},
		{name: "label after metadata", in: "World/Europe 2023-11-07T08:14:52.118Z\n\nLatest\n\n© Harbour Herald 2022 - Terms"},
		{name: "related links label", in: "Both unions met in Antwerp.\n\nMore information\n\n  • Dockers vote to extend the strike"},
		{name: "label with digits", in: "World/Europe 2023-10-02T11:20:47.561Z\n\nTop 10\n\nWorld/Europe 2023-11-07T08:14:52.118Z"},
		{name: "residue word after a headline", in: "Markets rally as oil falls\n\nadvertisement\n\nShares rose sharply in London on Friday."},
		{name: "camel-case name after a heading", in: "Online marketplaces\n\neBay is to cut the fees it charges small sellers."},
		{name: "exclamation", in: "Which team will win the cup?\n\nRovers!\n\nfor me, it has to be Rovers."},
		{name: "sign-off", in: "The talks will resume on Thursday.\n\nReuters"},
		{name: "bullet", in: "The budget includes:\n\n- tax\n\ncuts for small firms were also announced."},
		{
			name: "unbulleted list after a colon",
			in:   "Under the deal, the company will:\n\ncut jobs;\n\nclose plants; and\n\nsell its share of the joint venture.",
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
			in:    "The port fears the strike will spread to its ⟦terminals;\n\nand⟧ more so with the holiday season due in December.",
			fixed: "The port fears the strike will spread to its terminals; and more so with the holiday season due in December.",
		},
		{
			name:  "no punctuation then lowercase",
			in:    "Items on the summit agenda run from ⟦Brazil's\n\nfarm⟧ subsidies to the future of the euro.",
			fixed: "Items on the summit agenda run from Brazil's farm subsidies to the future of the euro.",
		},
		{
			name:  "comma then lowercase",
			in:    "The chain promised to stop selling fireworks in its shops in ⟦2019,\n\nbut⟧ it resumed sales a year later.",
			fixed: "The chain promised to stop selling fireworks in its shops in 2019, but it resumed sales a year later.",
		},
		{
			name:  "dangling article then capital",
			in:    "The study was released on Wednesday by ⟦the\n\nInstitute⟧ for Transport Research.",
			fixed: "The study was released on Wednesday by the Institute for Transport Research.",
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
		{name: "illness, not a title", in: "The singer told fans she was living with MS\n\nThe condition is most often found in women in their thirties."},
		{name: "headline then paragraph", in: "Ferry fares rise for a third year\n\nFares on the island routes went up 6% on Monday."},
		{name: "sentence then sentence", in: "Prices rose.\n\nand then they fell again, traders said."},
		{name: "quote running over paragraphs", in: "\"We will not give up,\" she said. \"We have come too far\n\n\"and the people are with us.\""},
		{name: "list after an unpunctuated intro", in: "The regulator found that the lenders had\n\n- hidden fees from borrowers\n- ignored complaints"},
		{name: "comma then capital", in: "The chain stopped selling fireworks in Scotland in 2019,\n\nThe complaints included sales to 14 teenagers."},
		{name: "camel case", in: "Sales of e-readers\n\niPad sales doubled over the holiday season."},
		{name: "domain", in: "The list of nominees is published\n\nbbc.co.uk has the full details."},
		{name: "key label", in: "Filed under business\n\nsource: company accounts"},
		{name: "ellipsis", in: "And the winner is...\n\nnobody, as it turned out."},
		{
			name: "unbulleted list after a colon",
			in:   "Under the plan the company will:\n\ncut 2,000 jobs by next year;\n\nclose two plants in Ohio; and\n\nsell its share of the joint venture.\n\nThe shares rose 4%.",
		},
		{name: "orphans are the other check's", in: "The province has offered a loan.\n\nThe\n\nmeeting\n\nof the two unions was a signal."},
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
			in:    "Shares in the lender fell sharply after ⟦the\nBank⟧ of Canada lowered its growth forecast.",
			fixed: "Shares in the lender fell sharply after the Bank of Canada lowered its growth forecast.",
		},
		{
			name:  "spaces, CRLF and indentation",
			in:    "Prices rose by ⟦3%  \r\n   in⟧ March, the statistics office said.\r\n",
			fixed: "Prices rose by 3% in March, the statistics office said.\r\n",
		},
		{
			name: "hard-wrapped paragraph",
			in: "Short of money, the island's ferry operator has turned to the province for ⟦help,\nwhich⟧ the governor ⟦has\nbeen⟧ slow to give in return for a say in how the routes are run.\n" +
				"The talks in Bergen lasted five hours.",
			fixed: "Short of money, the island's ferry operator has turned to the province for help, which the governor has " +
				"been slow to give in return for a say in how the routes are run.\n" +
				"The talks in Bergen lasted five hours.",
		},
		{
			name:  "relative pronoun at the end of a wrapped line",
			in:    "Economists said the survey showed ⟦that\nCanada's⟧ housing market had turned the corner.",
			fixed: "Economists said the survey showed that Canada's housing market had turned the corner.",
		},
		{
			name:  "title before the name",
			in:    "The decision was welcomed by ⟦Mr.\nBlair⟧ and by the Irish prime minister.",
			fixed: "The decision was welcomed by Mr. Blair and by the Irish prime minister.",
		},
		{
			name: "comma at the end of a long wrapped line",
			in: "The group, which owns Kestrel Ridge bourbon, Isla Verde rum and ⟦Greywater,\nMaraschi⟧ liqueur, " +
				"will keep its headquarters in Lyon.",
		},
		// Negatives.
		{name: "illness, not a title", in: "The charity funds research into treatments for MS\nPatients say the drug helps."},
		{name: "letter sign-off", in: "Yours sincerely,\nJohn Smith"},
		{name: "sentence per line", in: "Oil prices fell on Monday.\nBrent crude lost 2.4%.\n\"It was a quiet day,\" one trader said."},
		{name: "headline and standfirst", in: "Markets rally as oil falls\nShares in London rose sharply on Friday."},
		{name: "metadata block", in: "World/Europe 2023-11-07T08:14:52.118Z\nWorld/Europe 2023-11-07T16:40:03.905Z"},
		{name: "byline", in: "By Jane Smith\nand Tom Okafor, BBC News"},
		{name: "dateline", in: "BERGEN (AP) -\nthe ferry captain was questioned on Sunday."},
		{name: "bullets", in: "The budget includes:\n- cuts to fuel duty\n- help for first-time buyers"},
		{name: "wrapped bullet", in: "- customer support is part of the core service\n  and will not be moved offshore"},
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
		{name: "an orphan fragment (orphan-paragraph's)", in: "The talks ended.\n\nwalkout\n\nof the two unions was noted."},
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
