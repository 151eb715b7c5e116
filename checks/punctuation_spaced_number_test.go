package checks

import (
	"testing"
)

func TestPunctSpacedNumber(t *testing.T) {
	runCases(t, "punctuation/spaced-number", []checkCase{
		{name: "thousands before a noun", in: "About ⟦20, 000⟧ people marched.", fixed: "About 20,000 people marched."},
		{name: "thousands after a currency sign", in: "The play took £⟦318, 240⟧ in its opening fortnight.", fixed: "The play took £318,240 in its opening fortnight."},
		{name: "decimal with magnitude", in: "The loan is worth $⟦1. 4⟧ billion.", fixed: "The loan is worth $1.4 billion."},
		{name: "decimal percent", in: "Growth slowed to ⟦3. 5⟧% last year.", fixed: "Growth slowed to 3.5% last year."},
		{name: "decimal with unit suffix", in: "Sales reached ⟦2. 5⟧bn euros.", fixed: "Sales reached 2.5bn euros."},
		{name: "spaced abbreviation", in: "A ⟦U. S.⟧ official said so.", fixed: "A U.S. official said so."},
		{name: "three groups", in: "Made in the ⟦U. S. A.⟧ in 1990.", fixed: "Made in the U.S.A. in 1990."},
		{name: "time abbreviation", in: "It starts at 9 ⟦a. m.⟧ sharp.", fixed: "It starts at 9 a.m. sharp."},
		{name: "clause, not a number", in: "In 2004, 300 people died. On 12 May, 200 more."},
		{name: "list of numbers", in: "The 147, 156, 166 models. Scores of 12, 345, 678 were seen."},
		{name: "no noun", in: "Between 20, 000 and more. He won 3, 400 to 200 elsewhere."},
		{name: "sentence end then a number", in: "It ended in 2003. 2004 was better. Chapter 3. 5 men died."},
		{name: "initials", in: "J. R. R. Tolkien and A. M. Smith met J. Smith."},
		{name: "thousands with a full number", in: "The city has 1, 000,000 people."},
		{name: "currency sign apart from the amount", in: "The merger is worth ⟦$ 12⟧ billion, and tickets cost ⟦€ 30⟧ each.",
			fixed: "The merger is worth $12 billion, and tickets cost €30 each."},
		{name: "decimal amount apart from its sign", in: "Exports reached ⟦£ 246.5⟧m last year.", fixed: "Exports reached £246.5m last year."},
		{name: "currency prefix against the sign", in: "The minimum wage rose to ⟦R$ 1,412⟧ in January.", fixed: "The minimum wage rose to R$1,412 in January."},
		{name: "currency prefix apart from the sign", in: "Each family receives ⟦R $ 600⟧ a month.", fixed: "Each family receives R$600 a month."},
		{name: "amount on the next line", in: "The bill came to ⟦$\n45⟧ for two.", fixed: "The bill came to $45 for two."},
		{name: "decimal broken by a line break", in: "Unemployment fell to ⟦10.\n4⟧% in March.", fixed: "Unemployment fell to 10.4% in March."},
		{name: "amounts written against their sign", in: "It cost $12bn, €30, R$584, US$5m and A$2.6bn (£1.35bn)."},
		{name: "a sign that is not a price", in: "Swap 5 $ 10 bills. The x€ 5 code. He said $ signs were everywhere."},
		{name: "sentence end before a year on the next line", in: "Sales doubled in 2010.\n2011 was worse."},
		punctCleanCase,
	})
	runCasesWith(t, "punctuation/spaced-number", map[string]any{"count-nouns": []string{"sheep"}}, []checkCase{
		{name: "count noun from the parameter", in: "About ⟦20, 000⟧ sheep and 20, 000 people."},
	})
}
