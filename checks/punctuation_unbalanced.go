package checks

import (
	"github.com/mtlint/mtlint/rules"
)

var unbalancedCheck = &rules.Check{
	ID: "punctuation/unbalanced",
	Doc: "Reports double quotes, guillemets and brackets that do not pair up within a paragraph: " +
		"an opening mark never closed, or a closing mark with nothing to close. Machine translation " +
		"drops and duplicates quote marks, leaving readers unsure where a quotation ends. A quote that " +
		"runs over several paragraphs is fine when each following paragraph reopens it, as news style " +
		"does; a quote nested in another (\"you \"had stuff to do\" last week,\" he wrote) is fine when both " +
		"close; a text that stops mid-sentence inside a quote (a truncated excerpt) is not reported. " +
		"Apostrophes (\"Wales’\", \"’90s\") and single quotes are not counted, except a curly single " +
		"quote that a double one closes (‘It is over”).",
	Bad:      "“For the islands it matters that the ferry keeps sailing.\n\nHowever, the province has no choice”, says the economist.",
	Good:     "“For the islands it matters that the ferry keeps sailing.\n\n“However, the province has no choice”, says the economist.",
	Severity: rules.Warning,
	Run: func(pass *rules.Pass) {
		qs := sharedQuotes(pass)
		for _, pr := range qs.problems {
			pass.Report(pr.Span, pr.msg, nil)
		}
	},
}

func init() { register(unbalancedCheck) }
