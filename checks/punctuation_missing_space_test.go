package checks

import (
	"testing"
)

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
		{name: "closing guillemet that closed one", in: "The union called the offer «an insult⟦»⟧The talks ended at noon.",
			fixed: "The union called the offer «an insult» The talks ended at noon."},
		{name: "guillemets in German typography", in: "Der Minister nannte den Plan »einen Fehler« und sagte »Nein« dazu."},
		{name: "a closing guillemet with no opening one", in: "Officials called it a mistake»Nobody else commented."},
		{name: "spaced guillemets", in: "Le ministre a parlé d’« une erreur » hier soir."},
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
