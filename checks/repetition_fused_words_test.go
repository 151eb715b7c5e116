package checks

import (
	"testing"
)

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
