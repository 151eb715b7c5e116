package checks

import (
	"strings"
	"testing"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/blocks"
	"github.com/mtlint/mtlint/rules"
)

// resCleanNews is edited news prose with the things residue checks must leave
// alone: a headline, a dateline with an agency, bylines, quotes running
// over paragraphs, agencies and "Source"/"Share"/"Latest" in running text,
// dates and times in sentences, brackets and comparisons.
const resCleanNews = `Strong pound squeezes Reuters

By Ana Ruiz, business reporter

LONDON, May 31 (Reuters) - Revenues at news group Reuters slipped 4% during 2023, largely because of the strength of the pound, the group said on Tuesday.

"We are optimistic about growth," chief executive Jane Holt told the BBC. "The new services are selling well.

"And the cost cuts are working," he added at 10:30 GMT on Monday, 31 May 2005.

Share prices rose 3% in early trading. Latest figures from the statistics office show that retail sales fell in May.

Source of the trouble, analysts said, was the strong euro; one of them, J. R. Smith of AP Capital, said the figure was "[not] unexpected" and that growth of 2.5% < 3% was still growth.

More information is expected on Friday, when the company will publish its results, the spokesman told AFP and EFE.

Copyright laws were tightened in 2004, the minister said, after a Reuters/Ipsos poll of 1,000 adults.

Related shares in Harbourline fell 1.5% to 1,088 pence, while WorldCom, eBay and DaimlerChrysler were flat.
`

func TestResidueCleanNews(t *testing.T) {
	for _, id := range []string{"residue/site-chrome", "residue/timestamp", "residue/related-links", "residue/caption-credit", "residue/shortcode"} {
		_, fs := runCheck(t, id, resCleanNews, nil)
		for _, f := range fs {
			t.Errorf("%s fires on clean news: %q (%s)", id, resCleanNews[f.Start:f.End], f.Message)
		}
	}
}

func TestResidueSiteChrome(t *testing.T) {
	runCases(t, "residue/site-chrome", []checkCase{
		{name: "label between paragraphs",
			in:    "The port reopened on Monday.\n\n⟦Share this article⟧\n\nThe unions called off the strike.\n",
			fixed: "The port reopened on Monday.\n\nThe unions called off the strike.\n"},
		{name: "bulleted label with a colon",
			in:    "The port reopened on Monday.\n\n  ⟦• Listen to the news:⟧\n\nThe unions called off the strike.\n",
			fixed: "The port reopened on Monday.\n\nThe unions called off the strike.\n"},
		{name: "label with a count",
			in:    "The port reopened on Monday.\n\n⟦Comments (12)⟧\n",
			fixed: "The port reopened on Monday.\n"},
		{name: "label inside a paragraph",
			in:    "The port reopened on Monday.\n⟦Advertisement⟧\nThe unions called off the strike.\n",
			fixed: "The port reopened on Monday.\nThe unions called off the strike.\n"},
		{name: "label at the end of a paragraph",
			in:    "The port reopened on Monday.\n⟦Print⟧\n\nThe unions called off the strike.\n",
			fixed: "The port reopened on Monday.\n\nThe unions called off the strike.\n"},
		{name: "source line at the end",
			in:    "The unions called off the strike.\n\n⟦Source: agencies⟧\n",
			fixed: "The unions called off the strike.\n"},
		{name: "source line without a final newline",
			in:    "The unions called off the strike.\n\n⟦Fuente: EFE⟧",
			fixed: "The unions called off the strike."},
		{name: "neighbouring lines go in one round",
			in:    "The unions called off the strike.\n\n⟦Source: agencies⟧\n\n⟦All news articles on 2023-10-12⟧\n\n⟦Trending now⟧\n",
			fixed: "The unions called off the strike.\n"},
		{name: "all news articles on",
			in:    "The unions called off the strike.\n\n⟦All news articles on 2023-10-12⟧\n\nThe port reopened.\n",
			fixed: "The unions called off the strike.\n\nThe port reopened.\n"},
		{name: "copyright lines",
			in: "The unions called off the strike.\n\n⟦© Harbour Media 2023 - Privacy⟧\n\nThe port reopened.\n\n" +
				"⟦Copyright 2021 Harbour Media Ltd⟧\n\nShips sailed.\n\n⟦(c) Harbour Media⟧\n\nTrade resumed.\n"},
		{name: "two-line notice is one finding",
			in: "The unions called off the strike.\n\n" +
				"⟦The information on this site was gathered from public sources.\n" +
				"The inclusion of any links is for convenience and implies no endorsement.⟧\n",
			fixed: "The unions called off the strike.\n"},
		{name: "notice sentence after text in a line",
			in:    "The unions called off the strike. ⟦Click here to read the full statement.⟧\n",
			fixed: "The unions called off the strike.\n"},
		{name: "two notices that fill a line",
			in:    "The unions called off the strike.\n\n⟦You must be logged in to post a comment. Notify me of new posts by email.⟧\n",
			fixed: "The unions called off the strike.\n"},
		{name: "notice sentence before text in a line",
			in:    "⟦This article was automatically translated from Spanish.⟧ The unions called off the strike.\n",
			fixed: "The unions called off the strike.\n"},
		{name: "banner at the top",
			in:    "⟦This content was automatically translated.⟧\n\nDockworkers extend strike\n\nThe strike went on.\n",
			fixed: "Dockworkers extend strike\n\nThe strike went on.\n"},
		{name: "site name named again in the copyright line",
			in:    "⟦The Harbour Times⟧\n\nDockworkers extend strike\n\nThe strike went on.\n\n⟦© The Harbour Times 2023⟧\n",
			fixed: "Dockworkers extend strike\n\nThe strike went on.\n"},
		{name: "site name before a timestamp",
			in: "⟦Harbour Post⟧\n\n2023-10-12T08:14:03.512Z\n\nDockworkers extend strike\n\nThe strike went on.\n"},
		{name: "short headline before a banner is not a site name",
			in: "Mayor Meets Dockers\n\n⟦This article was automatically translated from Spanish.⟧\n\nThe two sides met at the port.\n"},
		{name: "CRLF line breaks",
			in:    "The port reopened.\r\n\r\n⟦Share this article⟧\r\n\r\nThe unions met.\r\n",
			fixed: "The port reopened.\r\n\r\nThe unions met.\r\n"},
		{name: "byte order mark",
			in:    "\uFEFF⟦Advertisement⟧\n\nThe unions met.\n",
			fixed: "\uFEFFThe unions met.\n"},
		// Negative cases.
		{name: "headline and prose stay", in: "Dockworkers Extend Strike\n\nThe strike entered its ninth day on Thursday.\n"},
		{name: "words in running text", in: "Share prices rose. Latest figures show sales fell. Print media lost readers, the source said.\n"},
		{name: "long source line is prose",
			in: "Source: the figures, which the ministry published on Tuesday, show that exports to Asia rose sharply for a fourth month.\n"},
		{name: "copyright as a noun", in: "Copyright infringement cases rose by a third in 2004, the court said.\n"},
		{name: "notice phrase inside a sentence", in: "Fans can click here to vote, he joked, pointing at the screen.\n"},
		{name: "a masthead-like line with no other evidence (the built-in site list is empty)",
			in: "Dockworkers extend strike\n\nThe strike went on.\n\nThe Harbour Times\n"},
	})
}

func TestResidueSiteChromeParams(t *testing.T) {
	runCasesWith(t, "residue/site-chrome", map[string]any{
		"sites":           []string{"Harbour Post"},
		"extra-labels":    []string{"Más noticias"},
		"extra-prefixes":  []string{"Via:"},
		"extra-sentences": []string{"Harbour Post is not responsible"},
	}, []checkCase{
		{name: "site from the parameter", in: "The strike went on.\n\n⟦HARBOUR POST⟧\n"},
		{name: "label from the parameter", in: "The strike went on.\n\n⟦» Más noticias⟧\n\nShips sailed.\n"},
		{name: "prefix from the parameter", in: "The strike went on.\n\n⟦Via: wire services⟧\n"},
		{name: "sentence from the parameter", in: "The strike went on.\n\n⟦Harbour Post is not responsible for the content of external sites.⟧\n"},
		{name: "built-in lists still apply", in: "The strike went on.\n\n⟦Share this article⟧\n"},
	})
}

// resLead and resProse are paragraphs of running text for the shape tests:
// the classifier needs a lead of some length to place the headline.
const (
	resLead  = "The port of Valencia reopened on Monday after a nine-day strike by dockworkers, who accepted a new shift system after talks that lasted all night."
	resProse = "The unions said the agreement, which covers some 4,500 workers, would be put to a vote of their members before the end of the month."
)

func TestResidueSiteChromeShape(t *testing.T) {
	runCases(t, "residue/site-chrome", []checkCase{
		{name: "masthead and menu above the headline",
			in: "⟦Harbour Daily\n  • Politics\n  • Business\n  • Culture⟧\n\nDockworkers end strike in Valencia\n\n" +
				resLead + "\n\n" + resProse + "\n",
			fixed: "Dockworkers end strike in Valencia\n\n" + resLead + "\n\n" + resProse + "\n"},
		{name: "widgets between the headline and the lead",
			in: "Dockworkers end strike in Valencia\n\n⟦Text size settings\nPrint Share Email⟧\n\n" + resLead + "\n\n" + resProse + "\n"},
		{name: "footer after the article",
			in:    "Dockworkers end strike in Valencia\n\n" + resLead + "\n\n" + resProse + "\n\n⟦Source link⟧\n\n⟦Random Post⟧\n",
			fixed: "Dockworkers end strike in Valencia\n\n" + resLead + "\n\n" + resProse + "\n"},
		{name: "hashtags and a web address anywhere",
			in: "Dockworkers end strike in Valencia\n\n" + resLead + "\n\n⟦#Valencia #port #strike⟧\n\n" + resProse +
				"\n\n⟦Read it at www.harbour-news.example.com⟧\n"},
		{name: "script code",
			in: "Dockworkers end strike in Valencia\n\n" + resLead + "\n\n⟦slots.push({\ncode: 'port_1',\n});⟧\n\n" + resProse + "\n"},
		{name: "site name after the title",
			in:    "Dockworkers end strike in Valencia⟦ | Harbour News⟧\n\n" + resLead + "\n",
			fixed: "Dockworkers end strike in Valencia\n\n" + resLead + "\n"},
		{name: "web address after the title", in: "Dockworkers end strike in Valencia⟦ – harbour-news.example.com⟧\n\n" + resLead + "\n"},
		{name: "masthead after the title", in: "Dockworkers end strike in Valencia⟦ - The Harbour Times⟧\n\n" + resLead + "\n"},
		{name: "media marker after a title",
			in: "Dockworkers end strike in Valencia\n\n" + resLead + "\n\nDockers dance on the quay⟦ (video)⟧\n\n" + resProse + "\n"},
		{name: "masthead line above the headline",
			in: "⟦HPN - Harbour news agency⟧\n\n⟦Article link:⟧\nDockworkers end strike in Valencia\n\n" + resLead + "\n"},
		// Negative cases: the article's own short lines.
		{name: "dashes in headlines",
			in: "Dockworkers' strike – the verdict\n\n" + resLead + "\n\nValencia 3-1 Bilbao - Match Report\n\n" + resProse + "\n"},
		{name: "a headline with a masthead word", in: "Harbour news agency closes after 40 years\n\n" + resLead + "\n"},
		{name: "a masthead word above a short lead",
			in: "Harbour Times axe jobs\n\nThe Harbour Times will cut 90 jobs, its owners said.\n\n" + resLead + "\n"},
		{name: "brackets in a title", in: "Dockworkers end strike (again)\n\n" + resLead + "\n\nShips leave (video of the port in 1950 aside)\n"},
		{name: "headline, standfirst, byline and dateline",
			in: "Dockworkers end strike\nUnions accept the new shift system after a night of talks\n\nBy Ana Ruiz\n\nVALENCIA (Reuters) -\n\n" +
				resLead + "\n\n" + resProse + "\n"},
		{name: "subheadings, a list and a results table",
			in: "Dockworkers win the harbour cup\n\n" + resLead + "\n\nA vote this month\n\n" + resProse +
				"\n\nResults\nValencia 3-1 Bilbao\nCadiz 0-0 Vigo\n\n" + resProse + "\n\nBest choir - Valencia Dockworkers\n" +
				"Best soloist - Marta Pons\nBest newcomer - The Harbour Singers\n"},
		{name: "a short article without a lead", in: "Port strike ends\n\nShare prices rose.\n\nMore news\n"},
	})
}

func TestResidueSiteChromeShapeParams(t *testing.T) {
	const page = "Harbour Daily\n  • Politics\n  • Business\n  • Culture\n\nDockworkers end strike in Valencia\n\n" + resLead + "\n\n" + resProse + "\n\nSource link\n"
	runCasesWith(t, "residue/site-chrome", map[string]any{"shape": false}, []checkCase{
		{name: "lists only", in: page},
	})
	runCasesWith(t, "residue/site-chrome", map[string]any{"lead-words": 30}, []checkCase{
		{name: "no lead this long: no headline's run", in: "Harbour Daily\n  • Politics\n  • Business\n  • Culture\n\nDockworkers end strike in Valencia\n\n" +
			resLead + "\n\n" + resProse + "\n\n⟦Source link⟧\n"},
	})
	// A label the user adds is evidence for its neighbours too.
	const footer = "Dockworkers end strike in Valencia\n\n" + resLead + "\n\n" + resProse + "\n\n"
	runCasesWith(t, "residue/site-chrome", map[string]any{"extra-labels": []string{"Harbour Radio"}}, []checkCase{
		{name: "user label and its neighbour", in: footer + "⟦Harbour Radio\nMorning edition\nSource link⟧\n"},
	})
	runCases(t, "residue/site-chrome", []checkCase{
		{name: "without the user label", in: footer + "Harbour Radio\nMorning edition\n⟦Source link⟧\n"},
	})
}

// TestResidueSiteChromeHints: a reader that knows the page's structure
// records hints per line on the article, and they count as evidence.
func TestResidueSiteChromeHints(t *testing.T) {
	text := "Dockworkers end strike in Valencia\n\n" + resLead + "\n\nPorts and shipping\n\n" + resProse + "\n"
	a, err := article.Parse("t", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	e, err := Registry().NewEngine(rules.Config{Disable: []string{"all"}, Enable: []string{"residue/site-chrome"}})
	if err != nil {
		t.Fatal(err)
	}
	if fs, _ := e.Run(a); len(fs) != 0 {
		t.Fatalf("without hints: %v", fs)
	}
	hints := make([]*blocks.Hint, len(a.Lines))
	hints[4] = &blocks.Hint{Element: "nav", LinkDensity: 1}
	a.Origin = &article.Origin{Format: "html", File: a.Src, Hints: hints}
	fs, err := e.Run(a)
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 1 || a.String(fs[0].Span) != "Ports and shipping" || !strings.Contains(fs[0].Message, "inside <nav>") {
		t.Errorf("with a navigation hint: %v", fs)
	}
}

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

func TestResidueRelatedLinks(t *testing.T) {
	runCases(t, "residue/related-links", []checkCase{
		{name: "label and bulleted headlines in paragraphs",
			in: "The talks stalled.\n\n⟦More information\n\n  • Shipping lines divert cargo to Algeciras\n\n" +
				"  • Families of the missing crew ask for help: \"Bring them home\"⟧\n\nThe unions met again on Friday.\n",
			fixed: "The talks stalled.\n\nThe unions met again on Friday.\n"},
		{name: "label and bullets in one paragraph",
			in:    "The talks stalled.\n\n⟦Related\n- Shipping lines divert cargo\n- Government offers mediation⟧\n\nThe unions met again.\n",
			fixed: "The talks stalled.\n\nThe unions met again.\n"},
		{name: "unbulleted headlines",
			in: "The talks stalled.\n\n⟦Read more:\n\nShipping lines divert cargo to Algeciras\n\nWhy the port matters to Spain's economy?⟧\n\n" +
				"The unions met again on Friday and said they would hold out.\n"},
		{name: "Spanish label",
			in: "The talks stalled.\n\n⟦LEER MÁS\n\n• Los sindicatos mantienen la huelga⟧\n\nThe unions met again on Friday.\n"},
		{name: "label alone before prose",
			in:    "The talks stalled.\n\n⟦You may like⟧\n\nThe unions met again on Friday, and said so.\n",
			fixed: "The talks stalled.\n\nThe unions met again on Friday, and said so.\n"},
		{name: "block stops at a timestamp",
			in: "The talks stalled.\n\n⟦Most read⟧\n\nWorld/Europe 2023-10-02T11:20:47.561Z\n"},
		{name: "bulleted block stops at an unbulleted line",
			in: "The talks stalled.\n\n⟦See also\n\n• Shipping lines divert cargo⟧\n\nThe\n\nnegotiation began in March.\n"},
		{name: "title-case headlines with their teasers",
			in: "The talks stalled.\n\n⟦Read More\n\nShipping Lines Divert Cargo To Algeciras\n\nThe main lines moved dozens of ships to the south after the " +
				"strike began, the port said...\n\nDockers Vote On New Shifts\n\nThe vote on Friday will decide whether the port reopens for good.⟧\n",
			fixed: "The talks stalled.\n"},
		{name: "teasers cut short without a label",
			in: "The talks stalled.\n\n⟦Shipping Lines Divert Cargo To Algeciras\n\nThe main lines moved dozens of ships to the south after the strike began...\n\n" +
				"Dockers Vote On New Shifts\n\nThe vote on Friday will decide whether the port reopens for good, the unions…⟧\n"},
		{name: "a label of link words and headlines after the article",
			in: "The talks stalled, and the unions said they would meet again on Friday.\n\n⟦More from Business\nCitrus growers count the cost of the strike\n" +
				"Ports across the region brace for a busy week⟧\n"},
		// Negative cases.
		{name: "a list of names after the article",
			in: "The talks stalled, and the unions said they would meet again on Friday.\n\nHarbour Lights (BBC Three)\nThe Night Ferry (Northgate Pictures, ITV1)\n" +
				"Dock Street (Eastside Films, Channel 4)\nSchool Of Sails\n"},
		{name: "a subheading with a link word in the article",
			in: "The talks stalled, and the unions said they would meet again on Friday.\n\nMore talks ahead\nThe unions meet the ministry on Friday\n" +
				"The shipping lines join them on Monday\n\nThe port reopened on Monday after nine days, the authority said in a statement.\n"},
		{name: "title-case subheadings in an article",
			in: "The talks stalled.\n\nShipping Lines Divert Cargo\n\nThe main lines moved dozens of ships to the south after the strike began.\n\n" +
				"Dockers Vote On New Shifts\n\nThe vote on Friday will decide whether the port reopens for good.\n"},
		{name: "one teaser cut short", in: "The talks stalled.\n\nShipping Lines Divert Cargo\n\nThe main lines moved dozens of ships to the south...\n"},
		{name: "not a built-in label", in: "The talks stalled.\n\nMás noticias\n\n• Shipping lines divert cargo\n\nThe unions met.\n"},
		{name: "label words in sentences", in: "More information is expected on Friday.\n\nRelated shares fell.\n\nRead more about it in our report, he said.\n"},
		{name: "bulleted list without a label", in: "The union wants:\n\n• two rest days a week\n\n• a new shift system\n"},
	})
}

func TestResidueRelatedLinksParams(t *testing.T) {
	runCasesWith(t, "residue/related-links", map[string]any{"extra-labels": []string{"Más noticias"}}, []checkCase{
		{name: "extra label", in: "The talks stalled.\n\n⟦Más noticias\n\n• Shipping lines divert cargo⟧\n\nThe unions met.\n"},
	})
}

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

func TestResidueShortcode(t *testing.T) {
	runCases(t, "residue/shortcode", []checkCase{
		{name: "caption shortcode line",
			in:    "The strike went on.\n\n⟦[caption id=\"attachment_12\" align=\"alignnone\" width=\"640\"]Dockworkers at the gate[/caption]⟧\n\nThe vote was held.\n",
			fixed: "The strike went on.\n\nThe vote was held.\n"},
		{name: "embed inline",
			in:    "The minister spoke. ⟦[embed]https://example.com/v/123[/embed]⟧ The vote was held.\n",
			fixed: "The minister spoke. The vote was held.\n"},
		{name: "unknown shortcode with attributes", in: "The minister spoke. ⟦[newsletter_signup list=\"daily\"]⟧\n"},
		{name: "paragraph tags",
			in:    "⟦<p>⟧The strike went on.⟦</p>⟧\n",
			fixed: "The strike went on.\n"},
		{name: "tag between words",
			in:    "The strike went on.⟦<br/>⟧The vote was held.\n",
			fixed: "The strike went on. The vote was held.\n"},
		{name: "link tag", in: "Read the ⟦<a href=\"https://example.com\">⟧report⟦</a>⟧ now.\n"},
		{name: "comment", in: "The strike went on. ⟦<!-- ad slot 3 -->⟧\n"},
		// Negative cases.
		{name: "editorial brackets", in: "He said it was \"[not] acceptable\" [sic] and cited note [1].\n"},
		{name: "comparisons", in: "Growth of 2.5% < 3% is slow; x<y and 5 > 4, he said <3.\n"},
		{name: "unknown bracket word", in: "The [redacted] report was published.\n"},
	})
}

// TestResidueFixesConverge applies residue fixes until none applies (a
// fixer's loop) over a scraped article and checks that exactly the residue
// is gone and the article text is unchanged byte for byte.
func TestResidueFixesConverge(t *testing.T) {
	body := "Dockworkers extend strike\n\nThe strike entered its ninth day.\n\n" +
		"The unions reject the plan.\n\nTalks resume on Monday.\n"
	scraped := "The Harbour Times\n\nThis content was automatically translated.\n\nDockworkers extend strike\n\n" +
		"2023-10-12T08:14:03.512Z\n\n\nThe strike entered its ninth day.\n\nMore information\n\n" +
		"  • Shipping lines divert cargo\n\n  • Government offers mediation\n\nThe unions reject the plan.\n\n" +
		"Workers at the gate on Wednesday. Ana Ruiz / EFE\n\nTalks resume on Monday.\n\nSource: agencies\n\n" +
		"You may like\n\nWorld/Europe 2023-10-02T11:20:47.561Z\n\nTrending now\n\nLatest\n\n© The Harbour Times 2023 - Privacy\n\n" +
		"The information on this site was gathered from public sources.\n"
	e, err := Registry().NewEngine(rules.Config{Disable: []string{"all"}, Enable: []string{"residue/"}})
	if err != nil {
		t.Fatal(err)
	}
	text := []byte(scraped)
	for pass := 0; pass < 20; pass++ {
		a, err := article.Parse("x", text)
		if err != nil {
			t.Fatal(err)
		}
		fs, err := e.Run(a)
		if err != nil {
			t.Fatal(err)
		}
		if len(fs) == 0 {
			break
		}
		var fixes []*rules.Fix
		for _, f := range fs {
			if f.Fix == nil || !f.Fix.Unsafe {
				t.Errorf("%s: residue fix must be unsafe", f.Rule)
			}
			fixes = append(fixes, f.Fix)
		}
		out, applied := rules.Apply(text, fixes)
		if len(applied) == 0 {
			t.Fatalf("no fix applies to %d findings", len(fs))
		}
		text = out
	}
	if string(text) != body {
		t.Errorf("after fixing:\n%s\nwant:\n%s", text, body)
	}
	if strings.Contains(string(text), "\n\n\n") {
		t.Errorf("a double blank line is left")
	}
}
