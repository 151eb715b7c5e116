package checks

import (
	"testing"
)

func TestRepetitionDoubledWord(t *testing.T) {
	runCases(t, "repetition/doubled-word", []checkCase{
		{name: "the the", in: "Dock workers are ⟦the the⟧ most affected.\n", fixed: "Dock workers are the most affected.\n"},
		{name: "capital first", in: "⟦The the⟧ union said no.\n", fixed: "The union said no.\n"},
		{name: "to to", in: "The talks are due ⟦to to⟧ resume.\n", fixed: "The talks are due to resume.\n"},
		{name: "content word", in: "The mayor's ⟦hostility hostility⟧ to the plan.\n", fixed: "The mayor's hostility to the plan.\n"},
		{name: "across a line break", in: "the sale ⟦of\nof⟧ ingredients\n", fixed: "the sale of ingredients\n"},
		{name: "three times", in: "one ⟦of of of⟧ them\n", fixed: "one of them\n"},
		{name: "is is after a noun", in: "the turnout among voters ⟦is is⟧ still low\n", fixed: "the turnout among voters is still low\n"},
		{name: "two in a sentence", in: "⟦and and⟧ the firm ⟦is is⟧ done\n"},
		// Negative cases.
		{name: "had had", in: "He had had enough.\n"},
		{name: "that that", in: "He said that that was wrong.\n"},
		{name: "what it is is", in: "What it is is a party, and what it was was a disaster.\n"},
		{name: "was was after a noun", in: "The vote ⟦was was⟧ held.\n"},
		{name: "names and titles", in: "Duran Duran and Girls Girls Girls and Tra La La.\n"},
		{name: "numbers", in: "Call 505 505 now.\n"},
		{name: "punctuation between", in: "the, the end; Turn, Turn.\n"},
		{name: "hyphenated word", in: "a drive-in in 1987\n"},
		{name: "across sentences", in: "He said no. No one came.\n"},
		{name: "particle and preposition", in: "They logged in in Paris and carried on on Monday.\n"},
		{name: "a demonstrative said twice before its noun", in: "We need this this new law, he said, and those those rules.\n"},
		{name: "a demonstrative doubled at the end", in: "He said he wanted ⟦this this⟧.\n"},
		{name: "a preposition doubled before a noun", in: "They have been waiting ⟦for for⟧ years.\n"},
	})
}

func TestRepetitionDoubledWordParams(t *testing.T) {
	runCasesWith(t, "repetition/doubled-word", map[string]any{"extra-allowed": []string{"Bora"}}, []checkCase{
		{name: "allowed by parameter", in: "They flew to bora bora.\n"},
		{name: "others still fire", in: "They flew ⟦to to⟧ Tahiti.\n"},
	})
}
