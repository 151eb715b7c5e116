package checks

import (
	"strings"
	"testing"
)

// punctCleanNews is edited news prose that no punctuation check may flag:
// a byline, a dateline, quotes running over paragraphs, initials, dotted
// abbreviations, decimals, times, URLs, e-mail addresses, file names,
// brand names with marks in them, lists and apostrophes.
const punctCleanNews = `Ferry operator seeks state help as storms hit the northern route

By Anna K. Petrova and J.R.R. Mills, BBC News, Bergen

BERGEN, 31 May (Reuters) - Nordlys Line chief executive Henrik Halvorsen met the regional transport minister in Tromsø on Friday, a week after the E.U. approved new port grants worth 1.5bn euros ($1.6bn; £1.3bn) in all.

"We are not cancelling a single crossing," Mr. Halvorsen told reporters at 3.30pm local time. "Our partners in the U.S. and Europe should remember that."

"The message is simple," said analyst Kari Lunde, founder of Fjord Analytics. "The islands rely on the ferry for 80% of their freight, and that will not change soon.

"Every cancelled sailing only deepens that reliance," she said.

The province lent the company 300 million crowns in September; approx. 2,000 islanders marched in the harbour, according to the residents' group Kystlinja (see www.kystlinja.no or e-mail press@kystlinja.no).

The plan, set out in a 40-page report.pdf on the ministry's site, covers fuel, crews and repairs... Shares in Yahoo! and eBay rose 2.5% in New York, while Microsoft's .NET unit was not mentioned.

Dr. Marta Rossi Bianchi of the ISTM in Milan said the U.S. response was "measured". She added: "It is what you'd expect from Washington, D.C. at this stage."

The talks ran from 10:30 a.m. until 2 p.m. on Friday, i.e. well into the afternoon, according to nordlys.no and news.bbc.co.uk/2/hi/europe. The No. 2 at the ministry, St. John Smith, a Ph.D. student in the '90s, joined them.

Officials listed three options: a) cut sailings, b) raise fares or c) wait. Asked what came next, one replied: "Who knows?!"

The film, Where Are You Now?, took $12.4m in its first month, while Run!, the 1985 comedy, was re-released. Fans said it was "brilliant!!" on Twitter.

  • Dockers vote to extend the strike into a second week
  • The families of two missing fishermen ask for help: "Bring them home"

In 2004, 300 people were arrested; the 147, 156 and 166 models were recalled. George W. Bush, J. Smith and A. M. Jones were mentioned. See pp. 4-5, Fig. 3 and Section 2.1 of the 2.0 release.

Ingrid Haugen / AP`

// punctCleanCase is the table entry every check's table carries.
var punctCleanCase = checkCase{name: "clean news prose", in: punctCleanNews}

// TestPunctChecksDocumented: every punctuation check has a doc, examples,
// and flags its Bad example but not its Good one.
func TestPunctChecksDocumented(t *testing.T) {
	n := 0
	for _, c := range All() {
		if !strings.HasPrefix(c.ID, "punctuation/") {
			continue
		}
		n++
		if c.Doc == "" || c.Bad == "" || c.Good == "" {
			t.Errorf("%s: missing doc or examples", c.ID)
			continue
		}
		if _, fs := runCheck(t, c.ID, c.Bad, nil); len(fs) == 0 {
			t.Errorf("%s: its Bad example is not flagged", c.ID)
		}
		if _, fs := runCheck(t, c.ID, c.Good, nil); len(fs) != 0 {
			t.Errorf("%s: its Good example is flagged: %v", c.ID, fs)
		}
	}
	if n != 8 {
		t.Errorf("found %d punctuation checks, want 8", n)
	}
}
