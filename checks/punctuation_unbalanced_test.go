package checks

import (
	"testing"
)

func TestPunctUnbalanced(t *testing.T) {
	runCases(t, "punctuation/unbalanced", []checkCase{
		{name: "quote closed only in a later paragraph",
			in: "The ferry is an expensive lifeline, says Lunde.\n\n⟦“⟧For the islands it matters that the line keeps sailing all winter.\n\n" +
				"However, the province has little room to manoeuvre ”, says the economist."},
		{name: "quote never closed", in: `The judges wrote ⟦"⟧the novel reads like a long letter home.` + "\n\nIt also praised him."},
		{name: "closing quote without an opening one", in: `The rule could hurt small bakeries⟦"⟧, a trade body said.`},
		{name: "quote not closed before the next opens", in: `Unless ridership grows ⟦"⟧the night service will face "painful" cuts.`},
		{name: "doubled quote mark", in: `Verizon will pay an ⟦""⟧unconscionable" sum.`},
		{name: "stray closing bracket", in: "The deal ⟦)⟧ was signed."},
		{name: "unclosed bracket", in: "The deal ⟦(⟧worth $2bn was signed."},
		{name: "mismatched brackets", in: "The deal ⟦(⟧worth [$2bn] was signed⟦]⟧."},
		{name: "unclosed guillemet", in: "Il a dit ⟦«⟧non."},
		{name: "unclosed guillemet in German typography", in: "Er sagte ⟦»⟧Nein und ging."},
		{name: "guillemets in German typography", in: "Er nannte den Plan »einen Fehler« und sagte »Nein« dazu."},
		{name: "quote over several paragraphs", in: `"The message is simple," he said. "The islands rely on the ferry.` + "\n\n" +
			`"Every cancelled sailing deepens that reliance.` + "\n\n" + `"It will not change soon."`},
		{name: "quote reopened after a lost paragraph break", in: `She said: "The ruling is absurd. "I changed clubs because I was not being picked."`},
		{name: "apostrophes and single quotes", in: "Wales’ farms, the ’90s, don't, the players' union and 'Gold rush' fears."},
		{name: "inch marks", in: `He sold 12" singles and a 7" record.`},
		{name: "emoticons and list labels", in: "Good :) or bad :-( or both ;)\na) first\nb) second, and options: c) wait, 2) leave."},
		{name: "curly quotes balanced", in: "“We are not cancelling anything,” he said. “Our partners should remember that.”"},
		{name: "mixed styles that pair", in: "“We will win,\" he said."},
		{name: "opening shape used to close", in: "“Bring them home“, he said. “We will win “ he added."},
		{name: "straight quotes nested in straight quotes", in: `"They told me you "had stuff to do" last week, and I believed them," he wrote.`},
		{name: "curly quotes nested in curly quotes", in: "“The minister called the plan “a historic mistake” and left,” a witness said."},
		{name: "nested quote in a quote that runs on", in: "“She said it was “unacceptable” and walked out.\n\n“Nobody followed her,” he added."},
		{name: "one of two quotes left open: the outer one is reported", in: "⟦“⟧The minister called the plan “a mistake and left,” a witness said."},
		{name: "two quotes left open", in: "Conte said: ⟦“⟧Tomorrow matters, while the region was “within the limits”, ⟦“⟧the measures stay.\n\nThe region disagreed."},
		{name: "a text cut off inside a quote", in: "The minister spoke.\n\n“We will table the amendment, and our plan for the"},
		{name: "a quote left open before the last line", in: "He said: ⟦“⟧We will act on the plan.\nCopyright Example News 2024"},
		{name: "single quote closed by a double one", in: "⟦‘The conflict is one no reasonable voter would accept”⟧, the prime minister said."},
		{name: "apostrophe before a stray closing quote", in: "The union’s leader said it was over⟦”⟧, adding nothing."},
		punctCleanCase,
	})
}
