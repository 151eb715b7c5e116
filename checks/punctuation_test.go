package checks

import (
	"strings"
	"testing"

	"github.com/mtlint/mtlint/rules"
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

func TestPunctSpaceBefore(t *testing.T) {
	runCases(t, "punctuation/space-before", []checkCase{
		{name: "space before comma", in: "According to Sara Lind, chief economist at Nordbank⟦ ,⟧ the trend is clear.",
			fixed: "According to Sara Lind, chief economist at Nordbank, the trend is clear."},
		{name: "space before period after a number", in: "The favourite was priced at 7/2⟦ .⟧ Halloran rode him home.",
			fixed: "The favourite was priced at 7/2. Halloran rode him home."},
		{name: "space before period after a bracket", in: "She was paid 1.2m euros (£1.05m)⟦ .⟧ Her roles include a musical.",
			fixed: "She was paid 1.2m euros (£1.05m). Her roles include a musical."},
		{name: "space before colon, semicolon, marks", in: "He said⟦ :⟧ no. They left⟦ ;⟧ we stayed. Why⟦ ?⟧ Enough⟦ !⟧",
			fixed: "He said: no. They left; we stayed. Why? Enough!"},
		{name: "French-style spacing", in: "Le Monde wrote⟦\u00a0:⟧ “Why⟦\u00a0?⟧”",
			fixed: "Le Monde wrote: “Why?”"},
		{name: "several spaces", in: "The promised grants, however⟦   ,⟧ never arrived.", fixed: "The promised grants, however, never arrived."},
		{name: "space before closing curly quote", in: "The port has little room to manoeuvre⟦ ”⟧, says the economist.",
			fixed: "The port has little room to manoeuvre”, says the economist."},
		{name: "space before closing quote after comma", in: "“It is not easy,⟦ ”⟧says Lunde.",
			fixed: "“It is not easy,”says Lunde."},
		{name: "space before straight closing quote", in: `"I was worried about the next few months,⟦ "⟧ he said.`,
			fixed: `"I was worried about the next few months," he said.`},
		{name: "space before a closing quote in the opening shape", in: "“We will win⟦ “⟧, he said.",
			fixed: "“We will win“, he said."},
		{name: "space before closing bracket", in: "The deal was worth A$2.6bn ($1.7bn; £1.35bn⟦ )⟧.",
			fixed: "The deal was worth A$2.6bn ($1.7bn; £1.35bn)."},
		{name: "space before period after closing quote", in: `He called it "a matter of time"⟦ .⟧ Others agreed.`},
		{name: "spaced ellipsis", in: "He paused . . . and then went on. The rest is history ..."},
		{name: "leading marks of a line", in: "Results\n: first round\n, second round"},
		{name: "emoticons", in: "I'm getting old :-) and you know it ;) all of it :("},
		{name: "score", in: "Arsenal won 2 : 1 at home."},
		{name: "dotted words after a space", in: "Built on .NET and sold for .45 dollars each."},
		{name: "decimal comma", in: "The index rose 2 ,5 points."},
		{name: "mark after a dash or slash", in: "It was – ? – unclear. Ingrid Haugen / AP"},
		{name: "empty brackets", in: "Call the function ( ) twice."},
		{name: "opening quote after a space", in: `He called it "historic".`},
		punctCleanCase,
	})
}

func TestPunctSpaceAfterOpening(t *testing.T) {
	runCases(t, "punctuation/space-after-opening", []checkCase{
		{name: "straight quote decided by parity",
			in:    `"Every delay deepens the islands' reliance on the mainland," says Kari Lunde, who believes the line will keep its licence ⟦" ⟧for now".`,
			fixed: `"Every delay deepens the islands' reliance on the mainland," says Kari Lunde, who believes the line will keep its licence "for now".`},
		{name: "curly quote", in: "He called it ⟦“ ⟧historic”.", fixed: "He called it “historic”."},
		{name: "bracket", in: "The figures ⟦( ⟧see below) are provisional.", fixed: "The figures (see below) are provisional."},
		{name: "square bracket", in: `"Prices may rise further ⟦[ ⟧to cover costs]," he said.`},
		{name: "guillemet", in: "Il a dit ⟦« ⟧non».", fixed: "Il a dit «non»."},
		{name: "quote in a paragraph that does not pair", in: `He said " for now" and "later.`},
		{name: "editorial ellipsis", in: "He said the plan [ ... ] would fail."},
		{name: "closing quote followed by a space", in: `"We will win," he said.`},
		{name: "bracket at the end of a line", in: "The list (\nfirst item) follows."},
		punctCleanCase,
	})
}

func TestPunctDoubled(t *testing.T) {
	runCases(t, "punctuation/doubled", []checkCase{
		{name: "spaced periods", in: "The union wants a shorter week⟦. .⟧ This Monday, the dockers walked out.",
			fixed: "The union wants a shorter week. This Monday, the dockers walked out."},
		{name: "doubled commas", in: "The mayor met them⟦,,⟧ again.", fixed: "The mayor met them, again."},
		{name: "a long run is one finding with one fix", in: "The mayor met them⟦,,,,,,,,,,,,,,,,,,,,⟧ again.", fixed: "The mayor met them, again."},
		{name: "doubled semicolons", in: "They left⟦;;⟧ we stayed.", fixed: "They left; we stayed."},
		{name: "period and comma before lowercase", in: "She said⟦. ,⟧ adding that the talks were over.", fixed: "She said, adding that the talks were over."},
		{name: "comma and period before capital", in: "He left⟦,.⟧ The rest stayed.", fixed: "He left. The rest stayed."},
		{name: "question mark and period", in: "Are you a night owl⟦?.⟧ In that case, this job is for you.",
			fixed: "Are you a night owl? In that case, this job is for you."},
		{name: "two periods", in: "Who has heard of Mara Quinn⟦..⟧ They are both better.", fixed: "Who has heard of Mara Quinn. They are both better."},
		{name: "abbreviation then a spaced period", in: "Supplies will last three months in the U.S⟦. .⟧",
			fixed: "Supplies will last three months in the U.S."},
		{name: "abbreviation then a spaced comma", in: "Acme Inc⟦. ,⟧ the maker, said so.", fixed: "Acme Inc., the maker, said so."},
		{name: "ellipses", in: "Wait... what? And then.... nothing. Or . . . this. And …. that."},
		{name: "repeated question and exclamation marks", in: "Really?! Never!! Who compiled this list????"},
		{name: "titles ending in a mark", in: "The comedy Run!, starring Dana Pike, and Where Are You Now?, which flopped."},
		{name: "abbreviation then a mark", in: "Acme Inc., Widgets Ltd.; and the U.S.: all of them."},
		{name: "brand name", in: "Shares in Yahoo!. Google rose."},
		{name: "company abbreviations before a comma", in: "Shares in Acme LLC., Beta GmbH., Delta Ltd., Omega Co. and Sigma Corp., rose."},
		{name: "domains after a comma", in: "Names ending in .uk, .com and .org were blocked, along with the .com, .net and .io ones."},
		{name: "code and paths", in: "Use std::vector or ../data for that."},
		{name: "emoticon after a period", in: "I'm getting old. :-)"},
		punctCleanCase,
	})
}

func TestPunctMissingSpace(t *testing.T) {
	runCases(t, "punctuation/missing-space", []checkCase{
		{name: "period before a capitalised word", in: "It closed the harbour to ferries⟦.⟧Crews even left their ships.",
			fixed: "It closed the harbour to ferries. Crews even left their ships."},
		{name: "title abbreviation", in: "It had to be Mr⟦.⟧Pike.", fixed: "It had to be Mr. Pike."},
		{name: "lowercase opener", in: "Not the best film of the decade⟦.⟧perhaps the jury was tired.",
			fixed: "Not the best film of the decade. perhaps the jury was tired."},
		{name: "after a number", in: "It was founded in 2004⟦.⟧The firm grew.", fixed: "It was founded in 2004. The firm grew."},
		{name: "acronym then an opener", in: "The case went to the FBI⟦.⟧The agency declined.",
			fixed: "The case went to the FBI. The agency declined."},
		{name: "colon", in: "He said⟦:⟧The end is near.", fixed: "He said: The end is near."},
		{name: "comma", in: "Oslo⟦,⟧Bergen and Tromsø.", fixed: "Oslo, Bergen and Tromsø."},
		{name: "semicolon", in: "They left⟦;⟧we stayed.", fixed: "They left; we stayed."},
		{name: "question mark", in: "Why⟦?⟧Because.", fixed: "Why? Because."},
		{name: "curly closing quote", in: "“The mayor sees himself as a mediator,⟦”⟧says Lunde.",
			fixed: "“The mayor sees himself as a mediator,” says Lunde."},
		{name: "straight closing quote after a comma", in: `"We will win,⟦"⟧said the coach.`,
			fixed: `"We will win," said the coach.`},
		{name: "closing quote then period", in: `He called it "historic"⟦.⟧The rest disagreed.`},
		{name: "dotted abbreviations and initials", in: "The U.S.A. and J.R.R.Tolkien, e.g. the U.K.-based firm, at 3 a.m.; the U.S.President."},
		{name: "numbers and times", in: "It rose 1.5% to 3.30pm on 31.05.2021, No.1 in the charts, version 2.0.1."},
		{name: "host names and files", in: "See elpais.com, bbc.co.uk, Amazon.com, Plus.net, dot.com firms, report.pdf and Node.js."},
		{name: "URLs and e-mail", in: "Write to Press.Office@example.org or see http://Example.org/News.Today?Id=Main."},
		{name: "upper-case names", in: "The shows CD:UK, CSI:NY and ASP.NET, SM:tv and Yahoo!Finance."},
		{name: "HTML entity", in: "Beyonc&eacute;s and AT&amp;T."},
		{name: "ellipsis", in: "Wait...Then it came."},
		{name: "opening quote after a comma", in: `He said,"We will win."`},
		{name: "curly quote that opens", in: "He called it ”historic” in Swedish style."},
		{name: "not a domain by default", in: "The agency said so in a note⟦.⟧Press officers declined."},
		{name: "a name with a period inside", in: "One.Tel collapsed in 2001; Ask.Jeeves and Dot.Com rose, as did shares in Last.fm and Booking.com."},
		{name: "a capitalised word then an opener", in: "He met Halvorsen⟦.⟧The talks failed. Bergen⟦.⟧However, nothing changed."},
		{name: "names with an exclamation mark", in: "Yahoo! bought it. Shares of Yahoo!, Google and eBay rose, and Yahoo!'s profit too."},
		punctCleanCase,
	})
	runCasesWith(t, "punctuation/missing-space", map[string]any{"domain-parts": []string{"press"}}, []checkCase{
		{name: "domain part from the parameter", in: "The agency said so in a note.Press officers declined, as did crews⟦.⟧Halvorsen."},
	})
}

func TestPunctStrayPeriod(t *testing.T) {
	runCases(t, "punctuation/stray-period", []checkCase{
		{name: "after a number word", in: "The province approved a grant of 2.5 million⟦.⟧ crowns for the ferry.",
			fixed: "The province approved a grant of 2.5 million crowns for the ferry."},
		{name: "after a noun", in: "Not all islanders welcome the plan⟦.⟧ of a second harbour on the coast.",
			fixed: "Not all islanders welcome the plan of a second harbour on the coast."},
		{name: "after a year", in: "The company was founded in March 2011⟦.⟧ with each partner holding 30%."},
		{name: "across a line break", in: "The plan was introduced⟦.⟧\nunless steps were taken."},
		{name: "abbreviations", in: "It costs approx. two euros, etc. and so on, Acme vs. the rest, at 9 a.m. on Monday, a Ph.D. student, e.g. the mayor, Smith et al. found, Acme Co. said, Calif. and Nev. agreed."},
		{name: "initials and labels", in: "The case of J. doe was heard.\n2. the second point\nii. the third point"},
		{name: "lowercase brands and pronoun", in: "Sales rose. eBay said so. iTunes agreed. Then... nothing. Fine. i think not."},
		{name: "addresses", in: "See the site. bbc.co.uk has more. Mail us. info@example.org replies."},
		{name: "capitalised abbreviation only", in: "She tried to wash⟦.⟧ the car."},
		{name: "the end of a line in a text written one paragraph per line", in: "The council met on Monday.\nIt approved the budget.\nalready the opposition objected.\nThe vote is on Friday."},
		{name: "company abbreviations", in: "Acme Holdings LLC. said it would appeal, while Beta Partners LLP. and Gamma Pty. declined and Delta GmbH. agreed."},
		{name: "extra abbreviation parameter", in: "The dept. of health agreed. The ministry⟦.⟧ of health agreed."},
		punctCleanCase,
	})
	runCasesWith(t, "punctuation/stray-period", map[string]any{"abbreviations": []string{"ministry"}}, []checkCase{
		{name: "abbreviation from the parameter", in: "The ministry. of health agreed."},
	})
}

func TestPunctSpacedNumber(t *testing.T) {
	runCases(t, "punctuation/spaced-number", []checkCase{
		{name: "thousands before a noun", in: "About ⟦20, 000⟧ people marched.", fixed: "About 20,000 people marched."},
		{name: "thousands after a currency sign", in: "The play took £⟦318, 240⟧ in its opening fortnight.", fixed: "The play took £318,240 in its opening fortnight."},
		{name: "decimal with magnitude", in: "The loan is worth $⟦1. 4⟧ billion.", fixed: "The loan is worth $1.4 billion."},
		{name: "decimal percent", in: "Growth slowed to ⟦3. 5⟧% last year.", fixed: "Growth slowed to 3.5% last year."},
		{name: "decimal with unit suffix", in: "Sales reached ⟦2. 5⟧bn euros.", fixed: "Sales reached 2.5bn euros."},
		{name: "spaced abbreviation", in: "A ⟦U. S.⟧ official said so.", fixed: "A U.S. official said so."},
		{name: "three groups", in: "Made in the ⟦U. S. A.⟧ in 1990.", fixed: "Made in the U.S.A. in 1990."},
		{name: "time abbreviation", in: "It starts at 9 ⟦a. m.⟧ sharp.", fixed: "It starts at 9 a.m. sharp."},
		{name: "clause, not a number", in: "In 2004, 300 people died. On 12 May, 200 more."},
		{name: "list of numbers", in: "The 147, 156, 166 models. Scores of 12, 345, 678 were seen."},
		{name: "no noun", in: "Between 20, 000 and more. He won 3, 400 to 200 elsewhere."},
		{name: "sentence end then a number", in: "It ended in 2003. 2004 was better. Chapter 3. 5 men died."},
		{name: "initials", in: "J. R. R. Tolkien and A. M. Smith met J. Smith."},
		{name: "thousands with a full number", in: "The city has 1, 000,000 people."},
		{name: "currency sign apart from the amount", in: "The merger is worth ⟦$ 12⟧ billion, and tickets cost ⟦€ 30⟧ each.",
			fixed: "The merger is worth $12 billion, and tickets cost €30 each."},
		{name: "decimal amount apart from its sign", in: "Exports reached ⟦£ 246.5⟧m last year.", fixed: "Exports reached £246.5m last year."},
		{name: "currency prefix against the sign", in: "The minimum wage rose to ⟦R$ 1,412⟧ in January.", fixed: "The minimum wage rose to R$1,412 in January."},
		{name: "currency prefix apart from the sign", in: "Each family receives ⟦R $ 600⟧ a month.", fixed: "Each family receives R$600 a month."},
		{name: "amount on the next line", in: "The bill came to ⟦$\n45⟧ for two.", fixed: "The bill came to $45 for two."},
		{name: "decimal broken by a line break", in: "Unemployment fell to ⟦10.\n4⟧% in March.", fixed: "Unemployment fell to 10.4% in March."},
		{name: "amounts written against their sign", in: "It cost $12bn, €30, R$584, US$5m and A$2.6bn (£1.35bn)."},
		{name: "a sign that is not a price", in: "Swap 5 $ 10 bills. The x€ 5 code. He said $ signs were everywhere."},
		{name: "sentence end before a year on the next line", in: "Sales doubled in 2010.\n2011 was worse."},
		punctCleanCase,
	})
	runCasesWith(t, "punctuation/spaced-number", map[string]any{"count-nouns": []string{"sheep"}}, []checkCase{
		{name: "count noun from the parameter", in: "About ⟦20, 000⟧ sheep and 20, 000 people."},
	})
}

func TestPunctUnbalanced(t *testing.T) {
	runCases(t, "punctuation/unbalanced", []checkCase{
		{name: "quote closed only in a later paragraph",
			in: "The ferry is an expensive lifeline, says Lunde.\n\n⟦“⟧For the islands it matters that the line keeps sailing all winter.\n\n" +
				"However, the province has little room to manoeuvre ”, says the economist."},
		{name: "quote never closed", in: `The judges wrote ⟦"⟧the novel reads like a long letter home.` + "\n\nIt also praised him."},
		{name: "closing quote without an opening one", in: `The rule could hurt small bakeries⟦"⟧, a trade body said.`},
		{name: "quote not closed before the next opens", in: `Unless ridership grows ⟦"⟧the night service will face "painful" cuts.`},
		{name: "doubled quote mark", in: `Verizon will pay an ⟦""⟧unconscionable" sum.`},
		{name: "stray closing bracket", in: "The deal ⟦)⟧ was signed."},
		{name: "unclosed bracket", in: "The deal ⟦(⟧worth $2bn was signed."},
		{name: "mismatched brackets", in: "The deal ⟦(⟧worth [$2bn] was signed⟦]⟧."},
		{name: "unclosed guillemet", in: "Il a dit ⟦«⟧non."},
		{name: "quote over several paragraphs", in: `"The message is simple," he said. "The islands rely on the ferry.` + "\n\n" +
			`"Every cancelled sailing deepens that reliance.` + "\n\n" + `"It will not change soon."`},
		{name: "quote reopened after a lost paragraph break", in: `She said: "The ruling is absurd. "I changed clubs because I was not being picked."`},
		{name: "apostrophes and single quotes", in: "Wales’ farms, the ’90s, don't, the players' union and 'Gold rush' fears."},
		{name: "inch marks", in: `He sold 12" singles and a 7" record.`},
		{name: "emoticons and list labels", in: "Good :) or bad :-( or both ;)\na) first\nb) second, and options: c) wait, 2) leave."},
		{name: "curly quotes balanced", in: "“We are not cancelling anything,” he said. “Our partners should remember that.”"},
		{name: "mixed styles that pair", in: "“We will win,\" he said."},
		{name: "opening shape used to close", in: "“Bring them home“, he said. “We will win “ he added."},
		{name: "straight quotes nested in straight quotes", in: `"They told me you "had stuff to do" last week, and I believed them," he wrote.`},
		{name: "curly quotes nested in curly quotes", in: "“The minister called the plan “a historic mistake” and left,” a witness said."},
		{name: "nested quote in a quote that runs on", in: "“She said it was “unacceptable” and walked out.\n\n“Nobody followed her,” he added."},
		{name: "one of two quotes left open: the outer one is reported", in: "⟦“⟧The minister called the plan “a mistake and left,” a witness said."},
		{name: "two quotes left open", in: "Conte said: ⟦“⟧Tomorrow matters, while the region was “within the limits”, ⟦“⟧the measures stay.\n\nThe region disagreed."},
		{name: "a text cut off inside a quote", in: "The minister spoke.\n\n“We will table the amendment, and our plan for the"},
		{name: "a quote left open before the last line", in: "He said: ⟦“⟧We will act on the plan.\nCopyright Example News 2024"},
		{name: "single quote closed by a double one", in: "⟦‘The conflict is one no reasonable voter would accept”⟧, the prime minister said."},
		{name: "apostrophe before a stray closing quote", in: "The union’s leader said it was over⟦”⟧, adding nothing."},
		punctCleanCase,
	})
}

func TestPunctMixedQuotes(t *testing.T) {
	runCases(t, "punctuation/mixed-quotes", []checkCase{
		{name: "straight minority", in: "He called it “historic”. Critics said it was “a mistake”, not ⟦\"⟧a triumph\"."},
		{name: "curly minority", in: "He called it \"historic\". Critics said it was ⟦“⟧a mistake”, not \"a triumph\"."},
		{name: "one style", in: "He called it \"historic\". Critics said \"no\"."},
		{name: "no quotes", in: "He called it historic."},
		punctCleanCase,
	})
	_, fs := runCheck(t, "punctuation/mixed-quotes", "“One” and \"two\" and \"three\".", nil)
	if len(fs) != 1 || fs[0].Severity != rules.Info {
		t.Errorf("want one info finding, got %v", fs)
	}
}

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
