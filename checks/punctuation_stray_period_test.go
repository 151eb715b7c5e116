package checks

import (
	"testing"
)

func TestPunctStrayPeriod(t *testing.T) {
	runCases(t, "punctuation/stray-period", []checkCase{
		{name: "after a number word", in: "The province approved a grant of 2.5 million⟦.⟧ crowns for the ferry.",
			fixed: "The province approved a grant of 2.5 million crowns for the ferry."},
		{name: "after a noun", in: "Not all islanders welcome the plan⟦.⟧ of a second harbour on the coast.",
			fixed: "Not all islanders welcome the plan of a second harbour on the coast."},
		{name: "after a year", in: "The company was founded in March 2011⟦.⟧ with each partner holding 30%."},
		{name: "across a line break", in: "The plan was introduced⟦.⟧\nunless steps were taken."},
		{name: "abbreviations", in: "It costs approx. two euros, etc. and so on, Acme vs. the rest, at 9 a.m. on Monday, a Ph.D. student, e.g. the mayor, Smith et al. found, Acme Co. said, Calif. and Nev. agreed."},
		{name: "initials and labels", in: "The case of J. doe was heard.\n2. the second point\nii. the third point"},
		{name: "lowercase brands and pronoun", in: "Sales rose. eBay said so. iTunes agreed. Then... nothing. Fine. i think not."},
		{name: "addresses", in: "See the site. bbc.co.uk has more. Mail us. info@example.org replies."},
		{name: "capitalised abbreviation only", in: "She tried to wash⟦.⟧ the car."},
		{name: "the end of a line in a text written one paragraph per line", in: "The council met on Monday.\nIt approved the budget.\nalready the opposition objected.\nThe vote is on Friday."},
		{name: "company abbreviations", in: "Acme Holdings LLC. said it would appeal, while Beta Partners LLP. and Gamma Pty. declined and Delta GmbH. agreed."},
		{name: "extra abbreviation parameter", in: "The dept. of health agreed. The ministry⟦.⟧ of health agreed."},
		punctCleanCase,
	})
	runCasesWith(t, "punctuation/stray-period", map[string]any{"abbreviations": []string{"ministry"}}, []checkCase{
		{name: "abbreviation from the parameter", in: "The ministry. of health agreed."},
	})
}
