package checks

import (
	"testing"
)

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
