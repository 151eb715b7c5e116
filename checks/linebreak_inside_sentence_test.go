package checks

import (
	"testing"
)

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
