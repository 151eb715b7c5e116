package checks

import (
	"testing"
)

func TestPunctSpaceBefore(t *testing.T) {
	runCases(t, "punctuation/space-before", []checkCase{
		{name: "space before comma", in: "According to Sara Lind, chief economist at Nordbank⟦ ,⟧ the trend is clear.",
			fixed: "According to Sara Lind, chief economist at Nordbank, the trend is clear."},
		{name: "space before period after a number", in: "The favourite was priced at 7/2⟦ .⟧ Halloran rode him home.",
			fixed: "The favourite was priced at 7/2. Halloran rode him home."},
		{name: "space before period after a bracket", in: "She was paid 1.2m euros (£1.05m)⟦ .⟧ Her roles include a musical.",
			fixed: "She was paid 1.2m euros (£1.05m). Her roles include a musical."},
		{name: "space before colon, semicolon, marks", in: "He said⟦ :⟧ no. They left⟦ ;⟧ we stayed. Why⟦ ?⟧ Enough⟦ !⟧",
			fixed: "He said: no. They left; we stayed. Why? Enough!"},
		{name: "French-style spacing", in: "Le Monde wrote⟦\u00a0:⟧ “Why⟦\u00a0?⟧”",
			fixed: "Le Monde wrote: “Why?”"},
		{name: "several spaces", in: "The promised grants, however⟦   ,⟧ never arrived.", fixed: "The promised grants, however, never arrived."},
		{name: "space before closing curly quote", in: "The port has little room to manoeuvre⟦ ”⟧, says the economist.",
			fixed: "The port has little room to manoeuvre”, says the economist."},
		{name: "space before closing quote after comma", in: "“It is not easy,⟦ ”⟧says Lunde.",
			fixed: "“It is not easy,”says Lunde."},
		{name: "space before straight closing quote", in: `"I was worried about the next few months,⟦ "⟧ he said.`,
			fixed: `"I was worried about the next few months," he said.`},
		{name: "space before a closing quote in the opening shape", in: "“We will win⟦ “⟧, he said.",
			fixed: "“We will win“, he said."},
		{name: "space before closing bracket", in: "The deal was worth A$2.6bn ($1.7bn; £1.35bn⟦ )⟧.",
			fixed: "The deal was worth A$2.6bn ($1.7bn; £1.35bn)."},
		{name: "space before period after closing quote", in: `He called it "a matter of time"⟦ .⟧ Others agreed.`},
		{name: "spaced ellipsis", in: "He paused . . . and then went on. The rest is history ..."},
		{name: "leading marks of a line", in: "Results\n: first round\n, second round"},
		{name: "emoticons", in: "I'm getting old :-) and you know it ;) all of it :("},
		{name: "score", in: "Arsenal won 2 : 1 at home."},
		{name: "dotted words after a space", in: "Built on .NET and sold for .45 dollars each."},
		{name: "decimal comma", in: "The index rose 2 ,5 points."},
		{name: "mark after a dash or slash", in: "It was – ? – unclear. Ingrid Haugen / AP"},
		{name: "empty brackets", in: "Call the function ( ) twice."},
		{name: "opening quote after a space", in: `He called it "historic".`},
		punctCleanCase,
	})
}
