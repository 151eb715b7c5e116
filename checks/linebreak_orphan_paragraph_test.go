package checks

import (
	"testing"
)

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
