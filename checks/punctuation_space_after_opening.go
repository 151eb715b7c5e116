package checks

import (
	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

var spaceAfterOpeningCheck = &rules.Check{
	ID: "punctuation/space-after-opening",
	Doc: "Reports white space after an opening quote or bracket: “ for now”, ( see below). " +
		"Whether a straight quote opens or closes is decided from its neighbours and, when they do " +
		"not tell, from the quotes before it in the paragraph; in a paragraph whose quotes do not " +
		"pair up such guesses are not reported.",
	Bad:      "The line will keep its licence \" for now\", an analyst said ( see below).",
	Good:     "The line will keep its licence \"for now\", an analyst said (see below).",
	Severity: rules.Warning,
	Run:      runSpaceAfterOpening,
}

func init() { register(spaceAfterOpeningCheck) }

func runSpaceAfterOpening(pass *rules.Pass) {
	qs := sharedQuotes(pass)
	for _, m := range qs.marks {
		if m.role != roleOpen || (m.parity && qs.dirty[m.para]) {
			continue
		}
		p := paraAt(pass.Article, m.para)
		j := p.skipHSpace(m.End)
		if j == m.End {
			continue
		}
		nr, n := p.at(j)
		if n == 0 || article.IsSpace(nr) || article.IsCloser(nr) || isSentencePunct(nr) || nr == '…' || nr == '-' {
			continue
		}
		what := "opening quote"
		if m.fam == famBracket {
			what = "opening bracket"
		}
		pass.Report(article.Span{Start: m.Start, End: j}, "space after "+what,
			rules.Replace("remove the space", article.Span{Start: m.End, End: j}, ""))
	}
}
