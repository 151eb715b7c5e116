package checks

import "testing"

// repCleanNews is edited prose with the doubles, repeats and CamelCase
// names that good English and company names have.
const repCleanNews = `Duran Duran headline the harbour festival

LONDON, Feb 9 (Reuters) - The band had had enough, and said that that was the last word on the matter. "It's really really exciting," the singer said.

"What it is is a party," he added. "No no no, we never said that." Fans can call 0845 505 505 to book, and a drive-in in 1987 was never rebuilt.

Girls Girls Girls and Money Money Money were played, and Doctor Doctor star Ana Ruiz sang Turn, Turn, Turn.

Shares in DaimlerChrysler, GlaxoSmithKline, PricewaterhouseCoopers, WorldCom, TimeWarner, EastEnders and OutKast rose. Sales of the iPhone, iPod and PlayStation were up on eBay, YouTube and MySpace, said McDonald's and DiCaprio's lawyer, Mr MacAulay.

The firm made 5bn in the 1990s and 21st century sales of 320kg, 1,000th and 747s; Radio 2Night and 4Kids backed the 300ER at 2100GMT. Understandably, the thousands of travellers who fly easyJet and jetBlue, within reason, therefore demand a wristband.

Follow @JoeBiden, #StopTheWar and www.TheGuardian.com for more.

He declined to comment. Prices rose in January. He declined to comment.
`

func TestRepetitionCleanNews(t *testing.T) {
	for _, id := range []string{"repetition/doubled-word", "repetition/repeated-sentence", "repetition/fused-words"} {
		_, fs := runCheck(t, id, repCleanNews, nil)
		for _, f := range fs {
			t.Errorf("%s fires on clean news: %q (%s)", id, repCleanNews[f.Start:f.End], f.Message)
		}
	}
}

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

func TestRepetitionFusedWords(t *testing.T) {
	runCases(t, "repetition/fused-words", []checkCase{
		{name: "function word after a derived word",
			in:    "The offer is a clear ⟦improvementand⟧ a basis for talks.\n",
			fixed: "The offer is a clear improvement and a basis for talks.\n"},
		{name: "function word after a word used elsewhere",
			in:    "The strike began yesterday. It ended ⟦yesterdayand⟧ talks resume.\n",
			fixed: "The strike began yesterday. It ended yesterday and talks resume.\n"},
		{name: "year and capitalised word", in: "The summit in ⟦2022Europe⟧ failed.\n", fixed: "The summit in 2022 Europe failed.\n"},
		{name: "year and lower-case word", in: "It sued in March ⟦2016claiming⟧ fraud.\n", fixed: "It sued in March 2016 claiming fraud.\n"},
		{name: "lower-case and capitalised word", in: "The minister ⟦saidPresident⟧ Jonathan would go.\n", fixed: "The minister said President Jonathan would go.\n"},
		{name: "name and title", in: "He met President ⟦JonathanPresident⟧ of the senate.\n", fixed: "He met President Jonathan President of the senate.\n"},
		{name: "function word capitalised", in: "The report was published on ⟦MondayThe⟧ minister said.\n"},
		{name: "word repeated beside it", in: "He met Goodluck ⟦JonathanGoodluck⟧ at noon.\n"},
		// Negative cases.
		{name: "CamelCase companies", in: "DaimlerChrysler, GlaxoSmithKline, PlayStation, YouTube, WorldCom, ExxonMobil, AstraZeneca and SpongeBob SquarePants.\n"},
		{name: "lower-case brands", in: "iPhone, iTunes, eBay, easyJet, jetBlue, iPlayer, macOS and watchOS.\n"},
		{name: "Celtic and other prefixes", in: "McDonald, MacAulay, DiCaprio, LeBlanc, DeMille, O'Neill and anti-McGregor.\n"},
		{name: "units", in: "5bn, 1990s, 21st, 1,000th, 320kg, 25lb, 10am, 2100GMT, 300ER, 7E7, 2Night, 4Kids, 3000rpm, 2300gmt and 20thCentury.\n"},
		{name: "units written against their number, in any case",
			in: "The 300Mbps fibre line, a 14Mbps fallback and a 2.4GHz or 5GHz router; 40mph limits, 10kg bags, a 5MB file, 1,500kWh a year, 3,000MW of capacity and a 150bhp engine.\n"},
		{name: "an amount and a word are still caught", in: "He paid £⟦5,001and⟧ left, and she ran the lap in ⟦46.68seconds⟧ flat.\n",
			fixed: "He paid £5,001 and left, and she ran the lap in 46.68 seconds flat.\n"},
		{name: "real English words", in: "A thousand understand that within a wasteland, the island will demand a wristband; therefore, forthwith.\n"},
		{name: "handles and addresses", in: "Follow @JoeBiden and #StopTheWar at www.TheGuardian.com or news.BBCNews@example.com.\n"},
		{name: "capitalised word after a short prefix", in: "The BoE, BaFin, SoHo and PwC.\n"},
	})
}

func TestRepetitionFusedWordsParams(t *testing.T) {
	runCasesWith(t, "repetition/fused-words", map[string]any{"extra-names": []string{"myPresident"}}, []checkCase{
		{name: "name from the parameter", in: "The app myPresident was launched.\n"},
		{name: "others still fire", in: "The minister ⟦saidPresident⟧ Jonathan would go.\n"},
	})
}
