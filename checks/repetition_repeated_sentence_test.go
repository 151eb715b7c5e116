package checks

import (
	"testing"
)

func TestRepetitionRepeatedSentence(t *testing.T) {
	runCases(t, "repetition/repeated-sentence", []checkCase{
		{name: "distant repeat",
			in:    "The port reopened on Monday after a week of strikes.\n\nThe unions agreed.\n\n⟦The port reopened on Monday after a week of strikes.⟧\n",
			fixed: "The port reopened on Monday after a week of strikes.\n\nThe unions agreed.\n"},
		{name: "case and punctuation",
			in: "The port reopened on Monday after a week of strikes.\n\n⟦THE PORT REOPENED, ON MONDAY, AFTER A WEEK OF STRIKES!⟧\n"},
		{name: "inside a paragraph",
			in:    "The port reopened on Monday after a week of strikes. Ships sailed. ⟦The port reopened on Monday after a week of strikes.⟧ Trade resumed.\n",
			fixed: "The port reopened on Monday after a week of strikes. Ships sailed. Trade resumed.\n"},
		{name: "at the end of a line",
			in:    "The port reopened on Monday after a week of strikes. Ships sailed. ⟦The port reopened on Monday after a week of strikes.⟧\nTrade resumed.\n",
			fixed: "The port reopened on Monday after a week of strikes. Ships sailed.\nTrade resumed.\n"},
		{name: "short sentence repeated at once",
			in:    "The port reopened. ⟦The port reopened.⟧ Ships sailed.\n",
			fixed: "The port reopened. Ships sailed.\n"},
		{name: "headline repeated as the first line",
			in:    "Dockworkers extend strike in Valencia\n\n⟦Dockworkers extend strike in Valencia⟧\n\nThe strike went on.\n",
			fixed: "Dockworkers extend strike in Valencia\n\nThe strike went on.\n"},
		{name: "paragraph repeated",
			in: "The strike entered its ninth day. The unions reject the new shift system.\n\nShips waited.\n\n" +
				"⟦The strike entered its ninth day. The unions reject the new shift system.⟧\n\nTalks resume.\n",
			fixed: "The strike entered its ninth day. The unions reject the new shift system.\n\nShips waited.\n\nTalks resume.\n"},
		// Negative cases.
		{name: "short sentences apart", in: "He declined to comment. Prices rose. He declined to comment.\n"},
		{name: "similar sentences", in: "The port reopened on Monday after a week of strikes.\n\nThe port closed on Friday after a week of strikes.\n"},
		{name: "reader comments", in: "Best album the band has ever made? Hardly.\n\nBest album the band has ever made? Not even close.\n"},
	})
}

func TestRepetitionRepeatedSentenceNear(t *testing.T) {
	const first = "The harbour council, which has 31 seats with 17 held by the unions, cannot escape blame for having handled the " +
		"strike alone. The port authority, for its part, has been criticised for failing to bring the shipping lines to the table."
	const second = "The harbour council, which holds 31 seats with 17 union members, cannot avoid blame for handling the strike " +
		"alone. The port authority has also been criticised for failing to bring the shipping lines to negotiations."
	runCases(t, "repetition/repeated-sentence", []checkCase{
		{name: "headline run into its teaser",
			in:    "Dockworkers extend the strike in Valencia\n\n⟦Dockworkers extend the strike in Valencia⟧ VALENCIA, Oct 12. The unions said no.\n",
			fixed: "Dockworkers extend the strike in Valencia\n\nVALENCIA, Oct 12. The unions said no.\n"},
		{name: "the start of an earlier sentence",
			in: "\"We hold the port and every ship moored in it\" – she said on the radio on Monday morning.\n\nThe talks went on.\n\n" +
				"⟦\"We hold the port and every ship moored in it\" – she said.⟧\n"},
		{name: "a second translation with the same numbers",
			in:    first + "\n⟦" + second + "⟧\n\nThe vote is on Friday.\n",
			fixed: first + "\n\nThe vote is on Friday.\n"},
		{name: "a line repeated with a clause added, no numbers",
			in: "The harbour council has been criticised by dockworkers and shipping companies for handling the long strike alone and for failing to bring the lines to the negotiating table in time.\n" +
				"⟦The harbour council has been criticised by dockworkers and shipping companies for handling the long strike alone and for failing to bring the lines to the negotiating table in time, its many critics said on the radio and in the press this week.⟧\n",
			fixed: "The harbour council has been criticised by dockworkers and shipping companies for handling the long strike alone and for failing to bring the lines to the negotiating table in time.\n"},
		// Negative cases.
		{name: "a paragraph that goes on from its headline-like line",
			in: "Dockworkers extend the strike\n\nDockworkers extend the strike into a tenth day, the unions said on Monday.\n"},
		{name: "a lead that retells a summary without numbers",
			in: "The harbour council has been criticised for handling the strike alone and for failing to bring the shipping lines to the table in time.\n" +
				"The port's council was criticised on Monday for handling the dockworkers' strike alone, and for failing to bring shipping lines to talks.\n"},
		{name: "two related paragraphs with other numbers",
			in: "The harbour council, which has 31 seats with 17 held by the unions, voted for the plan on Monday after a long and bitter debate.\n\n" +
				"The harbour council of Bilbao, which has 25 seats with 11 held by the unions, voted against the plan on Monday after a short debate.\n"},
		{name: "the same verdict in two product boxes",
			in: "Harbour Phone X\nPrice: 299 euros\nBattery: two days\nVerdict: A solid phone that does everything well at a fair price.\n\n" +
				"Harbour Phone Y\nPrice: 349 euros\nBattery: a day and a half\nVerdict: A solid phone that does everything well at a fair price.\n"},
		{name: "the same line in two fact boxes",
			in: "Ana Ruiz\nBorn: 1961, Valencia\nCareer: She has led the dockworkers' union since the strike of 1998 ended.\n\n" +
				"Marta Pons\nBorn: 1966, Bilbao\nCareer: She has led the dockworkers' union since the strike of 1998 ended.\n"},
	})
}

func TestRepetitionSecondTranslationsParam(t *testing.T) {
	const first = "The harbour council, which has 31 seats with 17 held by the unions, cannot escape blame for having handled the " +
		"strike alone. The port authority, for its part, has been criticised for failing to bring the shipping lines to the table."
	const second = "The harbour council, which holds 31 seats with 17 union members, cannot avoid blame for handling the strike " +
		"alone. The port authority has also been criticised for failing to bring the shipping lines to negotiations."
	runCasesWith(t, "repetition/repeated-sentence", map[string]any{"second-translations": false}, []checkCase{
		{name: "off", in: first + "\n" + second + "\n"},
	})
}

func TestRepetitionRepeatedSentenceParams(t *testing.T) {
	runCasesWith(t, "repetition/repeated-sentence", map[string]any{"min-words": 3}, []checkCase{
		{name: "shorter threshold", in: "He declined to comment. Prices rose. ⟦He declined to comment.⟧\n"},
	})
}

// TestRepTable: repeated-sentence's table answers as a map would, over
// keys that collide in the table's low bits, after a reset for a smaller
// article.
func TestRepTable(t *testing.T) {
	var tab repTable
	for _, n := range []int{1, 40, 3, 300, 0, 17} {
		tab.reset(n)
		want := map[uint64]int{}
		for i := range n {
			// Keys in steps of 2^32 share the bits the table hashes less.
			k := uint64(i%(n/2+1)) << 32
			if v, ok := tab.get(k); ok != (want[k] != 0) || ok && v != want[k]-1 {
				t.Fatalf("n=%d: get(%x) = %d, %v, want %d", n, k, v, ok, want[k]-1)
			}
			tab.put(k, i) // a second put of a key overwrites
			want[k] = i + 1
		}
		for k, v := range want {
			if got, ok := tab.get(k); !ok || got != v-1 {
				t.Errorf("n=%d: get(%x) = %d, %v, want %d", n, k, got, ok, v-1)
			}
		}
		if _, ok := tab.get(1<<63 + 5); ok {
			t.Errorf("n=%d: a key never put is found", n)
		}
	}
}
