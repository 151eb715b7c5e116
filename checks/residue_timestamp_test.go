package checks

import (
	"testing"
)

func TestResidueTimestamp(t *testing.T) {
	runCases(t, "residue/timestamp", []checkCase{
		{name: "ISO line",
			in:    "Dockworkers extend strike\n\n⟦2023-10-12T06:41:09.384Z⟧\n\n\nThe strike went on.\n",
			fixed: "Dockworkers extend strike\n\nThe strike went on.\n"},
		{name: "section path and ISO",
			in: "The strike went on.\n\n⟦World/Europe 2023-10-02T11:20:47.561Z⟧\n"},
		{name: "two lines in one paragraph",
			in:    "The strike went on.\n\n⟦World/Europe 2023-11-07T08:14:52.118Z\nWorld/Europe 2023-11-07T16:40:03.905Z⟧\n\nLatest\n",
			fixed: "The strike went on.\n\nLatest\n"},
		{name: "published with numeric date and clock", in: "⟦Published: 12/10/2023 - 08:14⟧\n\nThe strike went on.\n"},
		{name: "updated with weekday and month", in: "⟦Updated 10:15 GMT, Thursday 12 October 2023⟧\n\nThe strike went on.\n"},
		{name: "date alone", in: "⟦Thursday, 12 October 2023⟧\n\nThe strike went on.\n"},
		{name: "German weekday and date", in: "Hafenarbeiter verlängern den Streik\n\n⟦Montag, 3. März 2025, 14:30⟧\n\nDer Streik ging am Montag in den neunten Tag.\n"},
		{name: "Italian weekday and date", in: "⟦Giovedì 12 ottobre 2023, 08:14⟧\n\nLo sciopero è continuato.\n"},
		{name: "offset time zone", in: "⟦2023-10-12T08:14:03+02:00⟧\n\nThe strike went on.\n"},
		{name: "ISO inside a byline",
			in:    "By Ana Ruiz | ⟦2023-10-12T08:14:03Z⟧\n\nThe strike went on.\n",
			fixed: "By Ana Ruiz |\n\nThe strike went on.\n"},
		{name: "date stamp opening the text",
			in:    "⟦date 2023-10-12⟧ The strike entered its ninth day on Thursday.\n",
			fixed: "The strike entered its ninth day on Thursday.\n"},
		{name: "bare ISO date opening a line", in: "⟦2023-10-12⟧ The strike entered its ninth day.\n"},
		{name: "timestamp sentence opening a paragraph",
			in:    "⟦Posted on Thursday, October 12, 2023 at 8:14 a.m.⟧ The strike entered its ninth day.\n",
			fixed: "The strike entered its ninth day.\n"},
		{name: "labelled date", in: "⟦Print date: 12-10-2023⟧\n\nThe strike entered its ninth day.\n"},
		{name: "Italian and Portuguese months", in: "⟦12 Ottobre 2023⟧\n\n⟦12 de outubro de 2023⟧\n\nThe strike went on.\n"},
		// Negative cases.
		{name: "fixtures under a date", in: "The league resumes this weekend.\n\nSaturday, 14 October\nValencia v Cadiz (1500 BST)\nBilbao v Vigo\n\n" +
			"Sunday, 15 October\n\nSevilla v Betis\n"},
		{name: "results under a date", in: "Sunday 15 October 2023\nValencia 3-1 Bilbao\nCadiz 0-0 Vigo\n"},
		{name: "a date opening a sentence", in: "12 October 2023 was the ninth day of the strike.\n"},
		{name: "a diary of dates", in: "Sunday, October 8th. The unions met at noon. Monday, October 9. The strike began.\n"},
		{name: "a label that is no date", in: "Result: 3-1 to Valencia\n\nThe strike went on.\n"},
		{name: "dateline", in: "VALENCIA, Oct 12 (Reuters) - The strike entered its ninth day on 12 October 2023.\n"},
		{name: "date in a sentence", in: "The contract, signed on 2023-10-12, runs until 2025.\n"},
		{name: "times in a sentence", in: "The talks began at 10:30 on Monday and ended at 2pm.\n"},
		{name: "headline with a year", in: "Profits fall in 2005\n\nThe firm's profits fell.\n"},
		{name: "score line", in: "Chelsea 2-1 Arsenal\n\nThe match was played on Sunday.\n"},
		{name: "number alone", in: "The strike went on.\n\n2005\n\n42\n"},
		{name: "date line of a fixture block",
			in: "Wales travel to Rome next.\n\nSaturday, 26 February\n\nItaly v Wales (1430 GMT)\n\nStadio Flaminio, Rome\n"},
		{name: "date line above a kick-off time and venue",
			in: "The league resumes on Sunday.\n\nSunday 6 March\nKick-off: 15:00\nVenue: Hampden Park\n"},
		{name: "date line under a fixture",
			in: "Leeds v Hull\n\nFriday, 4 March\n\nThe side is unchanged.\n"},
		{name: "date line above a time alone", in: "⟦Saturday, 26 February\n15:30 GMT⟧\n\nThe strike went on.\n"},
		{name: "date line above prose", in: "⟦Saturday, 26 February⟧\n\nThe strike went on into a ninth day.\n"},
	})
}
