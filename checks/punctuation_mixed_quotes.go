package checks

import (
	"fmt"

	"github.com/mtlint/mtlint/rules"
)

var mixedQuotesCheck = &rules.Check{
	ID: "punctuation/mixed-quotes",
	Doc: "Reports an article that mixes straight (\") and curly (“ ”) double quotes, once, at the " +
		"first quote of the less used style. Mixed styles are a sign of text pasted together from " +
		"several sources or translated in pieces; an edited article uses one style throughout.",
	Bad:      "He called it “historic”. Critics said it was \"a mistake\".",
	Good:     "He called it “historic”. Critics said it was “a mistake”.",
	Severity: rules.Info,
	Run: func(pass *rules.Pass) {
		qs := sharedQuotes(pass)
		if qs.straight == 0 || qs.curly == 0 {
			return
		}
		k, style := qs.firstStraight, "straight"
		if qs.curly < qs.straight || (qs.curly == qs.straight && qs.firstCurly > qs.firstStraight) {
			k, style = qs.firstCurly, "curly"
		}
		pass.Report(qs.marks[k].Span, fmt.Sprintf("the article mixes %d straight and %d curly double quotes; this is the first %s one",
			qs.straight, qs.curly, style), nil)
	},
}

func init() { register(mixedQuotesCheck) }
