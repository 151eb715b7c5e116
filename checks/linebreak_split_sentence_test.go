package checks

import (
	"testing"
)

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
