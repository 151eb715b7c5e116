package checks

import (
	"strings"
	"testing"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/blocks"
	"github.com/mtlint/mtlint/rules"
)

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
