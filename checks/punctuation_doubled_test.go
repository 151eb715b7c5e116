package checks

import (
	"testing"
)

func TestPunctDoubled(t *testing.T) {
	runCases(t, "punctuation/doubled", []checkCase{
		{name: "spaced periods", in: "The union wants a shorter week⟦. .⟧ This Monday, the dockers walked out.",
			fixed: "The union wants a shorter week. This Monday, the dockers walked out."},
		{name: "doubled commas", in: "The mayor met them⟦,,⟧ again.", fixed: "The mayor met them, again."},
		{name: "a long run is one finding with one fix", in: "The mayor met them⟦,,,,,,,,,,,,,,,,,,,,⟧ again.", fixed: "The mayor met them, again."},
		{name: "doubled semicolons", in: "They left⟦;;⟧ we stayed.", fixed: "They left; we stayed."},
		{name: "period and comma before lowercase", in: "She said⟦. ,⟧ adding that the talks were over.", fixed: "She said, adding that the talks were over."},
		{name: "comma and period before capital", in: "He left⟦,.⟧ The rest stayed.", fixed: "He left. The rest stayed."},
		{name: "question mark and period", in: "Are you a night owl⟦?.⟧ In that case, this job is for you.",
			fixed: "Are you a night owl? In that case, this job is for you."},
		{name: "two periods", in: "Who has heard of Mara Quinn⟦..⟧ They are both better.", fixed: "Who has heard of Mara Quinn. They are both better."},
		{name: "abbreviation then a spaced period", in: "Supplies will last three months in the U.S⟦. .⟧",
			fixed: "Supplies will last three months in the U.S."},
		{name: "abbreviation then a spaced comma", in: "Acme Inc⟦. ,⟧ the maker, said so.", fixed: "Acme Inc., the maker, said so."},
		{name: "ellipses", in: "Wait... what? And then.... nothing. Or . . . this. And …. that."},
		{name: "repeated question and exclamation marks", in: "Really?! Never!! Who compiled this list????"},
		{name: "titles ending in a mark", in: "The comedy Run!, starring Dana Pike, and Where Are You Now?, which flopped."},
		{name: "abbreviation then a mark", in: "Acme Inc., Widgets Ltd.; and the U.S.: all of them."},
		{name: "brand name", in: "Shares in Yahoo!. Google rose."},
		{name: "company abbreviations before a comma", in: "Shares in Acme LLC., Beta GmbH., Delta Ltd., Omega Co. and Sigma Corp., rose."},
		{name: "domains after a comma", in: "Names ending in .uk, .com and .org were blocked, along with the .com, .net and .io ones."},
		{name: "code and paths", in: "Use std::vector or ../data for that."},
		{name: "emoticon after a period", in: "I'm getting old. :-)"},
		punctCleanCase,
	})
}
