package checks

import (
	"testing"
)

func TestResidueCaptionCredit(t *testing.T) {
	runCases(t, "residue/caption-credit", []checkCase{
		{name: "caption paragraph with credit",
			in: "The ministers met in Bergen.\n\n⟦The two ministers on the quay in Tromsø in June 2022. Lars Moe / AP⟧\n\n" +
				"The talks went on.\n",
			fixed: "The ministers met in Bergen.\n\nThe talks went on.\n"},
		{name: "agency first", in: "The talks went on.\n\n⟦Riot police outside the parliament. REUTERS/Kevin Lamarque⟧\n\nThe vote was held.\n"},
		{name: "agency photo", in: "The talks went on.\n\n⟦AP Photo/Evan Vucci⟧\n\nThe vote was held.\n"},
		{name: "agency alone", in: "The talks went on.\n\n⟦Getty Images⟧\n\n⟦EFE⟧\n\nThe vote was held.\n"},
		{name: "photo label", in: "The talks went on.\n\n⟦Workers gather at the gate. Photo: Ana Ruiz⟧\n\nThe vote was held.\n"},
		{name: "bracketed credit inline",
			in:    "Workers gather at the gate ⟦(Photo: Reuters)⟧ as the strike enters its ninth day.\n",
			fixed: "Workers gather at the gate as the strike enters its ninth day.\n"},
		{name: "bracketed agency photo", in: "The minister arrives ⟦(AP Photo/Evan Vucci)⟧.\n"},
		{name: "credit glued to a long paragraph",
			in: "The strike entered its ninth day. The unions reject the plan. The port authority wants it before the end of the year. " +
				"Talks are due next week. ⟦Ana Ruiz / EFE⟧\n",
			fixed: "The strike entered its ninth day. The unions reject the plan. The port authority wants it before the end of the year. " +
				"Talks are due next week.\n"},
		{name: "credit line under its caption",
			in:    "The talks went on.\n\n⟦Dockworkers block the gate of the port on Wednesday morning\nImage: Marta Pons⟧\n\nThe vote was held.\n",
			fixed: "The talks went on.\n\nThe vote was held.\n"},
		{name: "credit label of several words", in: "The talks went on.\n\n⟦Main picture source: Harbour Authority / port_authority_es⟧\n\nThe vote was held.\n"},
		{name: "photographer and account", in: "The talks went on.\n\n⟦Ana RuizInstagram / ana_ruiz_photo⟧\n\nThe vote was held.\n"},
		{name: "credit after a pipe", in: "The talks went on.\n\n⟦Dockworkers at the gate | Source: EFE⟧\n\n⟦The minister on Monday | AFP⟧\n\nThe vote was held.\n"},
		{name: "copyright credit in running text",
			in:    "The port minister Ana Ruiz ⟦© Marta Pons/EFE⟧ VALENCIA, Oct 12. The strike went on.\n",
			fixed: "The port minister Ana Ruiz VALENCIA, Oct 12. The strike went on.\n"},
		{name: "photographer's name under a caption, and the caption's copy",
			in: "Dockworkers end strike\n\n⟦The president of the port authority, Ana Ruiz.⟧\n\n⟦The president of the port authority, Ana Ruiz.\nMarta Pons⟧\n\n" +
				"The strike went on for nine days.\n"},
		// Negative cases.
		{name: "signed quote", in: "The strike went on.\n\n\"We have won the right to rest.\"\nMarta Pons\n\nThe vote was held.\n"},
		{name: "sign-off at the end", in: "The strike went on.\n\nThe vote will be held on Friday.\nMarta Pons\n"},
		{name: "headline and author", in: "Dockworkers end strike\nMarta Pons\n\nThe vote will be held on Friday.\n"},
		{name: "an account name alone is no credit", in: "The talks went on.\n\nen_GBEnglish\n\n@harbour_news\n"},
		{name: "a pipe in running text", in: "The vote was 12 | 3 in favour, said the union | AFP staff.\n"},
		{name: "copyright sign in running text", in: "The song © 1998 Harbour Records was played at the rally.\n"},
		{name: "agencies in running text", in: "The minister told Reuters.\n\nLONDON (Reuters) - Shares fell.\n\nWASHINGTON (AP) — The vote was held.\n"},
		{name: "headline ending in an agency", in: "Strong pound squeezes Reuters\n\nRevenues at Reuters fell 4%.\n"},
		{name: "poll", in: "Support rose, according to a Reuters/Ipsos poll\n\nThe poll was taken on Monday.\n"},
		{name: "slash in prose", in: "The euro/dollar rate rose, said Ana Ruiz of AP / Dow Jones.\n"},
		{name: "agency word alone inside a sentence", in: "EFE reported that the talks had ended.\n"},
		{name: "brackets in prose", in: "The firm (Photonics Ltd) and the union (which has 20,000 members) agreed.\n"},
	})
}
