package checks

import (
	"strings"
	"testing"

	"github.com/mtlint/mtlint/article"
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
