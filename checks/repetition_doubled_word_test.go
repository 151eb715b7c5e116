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

func TestRepetitionDoubledWordLanguages(t *testing.T) {
	runCasesWith(t, "repetition/doubled-word", map[string]any{"lang": "de"}, []checkCase{
		{name: "relative pronoun then its article after a comma", in: "Die Bürgermeisterin dankte den Helfern, die die Straße nach dem Sturm geräumt hatten.\n"},
		{name: "after a comma and a preposition", in: "Das ist die Stadt, in der der Bürgermeister seit Jahren wohnt.\n"},
		{name: "masculine and neuter", in: "Er kennt den Mann, der der Partei beigetreten ist, und das Kind, das das Rennen gewann.\n"},
		{name: "pronoun as subject then object", in: "Das Kind fand den Ball, dann nahm es es mit, und wenn sie sie anruft, lacht sie.\n"},
		{name: "an article typed twice", in: "Der Minister hat ⟦die die⟧ Pläne am Montag vorgestellt.\n",
			fixed: "Der Minister hat die Pläne am Montag vorgestellt.\n"},
		{name: "a preposition without a comma", in: "Sie wohnt seit Jahren in ⟦der der⟧ Altstadt.\n",
			fixed: "Sie wohnt seit Jahren in der Altstadt.\n"},
		{name: "other doubles still fire", in: "Die Regierung will ⟦das das⟧ Gesetz ⟦noch noch⟧ ändern.\n"},
	})
	runCasesWith(t, "repetition/doubled-word", map[string]any{"lang": "German"}, []checkCase{
		{name: "the language by its name", in: "Das Kind fand den Ball, dann nahm es es mit.\n"},
	})
	runCasesWith(t, "repetition/doubled-word", map[string]any{"lang": "de-AT"}, []checkCase{
		{name: "the language with a region", in: "Das Kind fand den Ball, dann nahm es es mit.\n"},
	})
	runCasesWith(t, "repetition/doubled-word", map[string]any{"lang": "fr"}, []checkCase{
		{name: "reflexive", in: "Nous nous sommes trompés, et vous vous trompez aussi.\n"},
		{name: "an article typed twice", in: "Le ministre a présenté ⟦le le⟧ projet lundi.\n"},
	})
	runCasesWith(t, "repetition/doubled-word", map[string]any{"lang": "nl"}, []checkCase{
		{name: "relative and demonstrative", in: "De man die die auto kocht, zegt dat dat klopt.\n"},
	})
	runCasesWith(t, "repetition/doubled-word", nil, []checkCase{
		{name: "English keeps its own rules", in: "They sent it to the committees, ⟦the the⟧ board and ⟦it it⟧ said so.\n"},
	})
}
