package pipeline

import (
	"cmp"
	"encoding/json"
	"slices"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"

	"github.com/mtlint/mtlint/report"
)

// GroupSummary is a line of the summary output: what the articles of one
// group came to.
type GroupSummary struct {
	Group string `json:"group"`
	// Articles counts the group's articles, Failed those that could not
	// be checked (they are in the dead letters).
	Articles int `json:"articles"`
	Failed   int `json:"failed"`
	// Findings counts the findings, by severity too.
	Findings int `json:"findings"`
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Infos    int `json:"infos"`
	// Rules counts the findings of each rule.
	Rules map[string]int `json:"rules"`
	// Worst are the articles with the highest defect scores, worst first
	// (only articles with findings; at most Options.Worst).
	Worst []Worst `json:"worst"`
}

// Worst is one of a group's worst articles.
type Worst struct {
	Path   string             `json:"path"`
	Record *report.JSONRecord `json:"record,omitempty"`
	// Score is the defect score: 1000 × (10·errors + 3·warnings + 1·infos)
	// ÷ max(words, 100), as in the HTML report.
	Score    float64 `json:"score"`
	Findings int     `json:"findings"`
	Words    int     `json:"words"`
}

// summaryAcc is the summary combiner's accumulator: the counts so far and
// the worst articles so far, worst first.
type summaryAcc struct {
	Articles, Failed, Findings, Errors, Warnings, Infos int
	Rules                                               map[string]int
	Worst                                               []FileStat
}

// summaryFn sums the articles of a group. Every count is a sum and the
// worst articles are ranked by a total order (score, then findings, path,
// record line), so any split of the group gives the same summary.
type summaryFn struct {
	Worst int
}

func (f *summaryFn) CreateAccumulator() summaryAcc {
	return summaryAcc{Rules: map[string]int{}}
}

func (f *summaryFn) AddInput(a summaryAcc, s FileStat) summaryAcc {
	if a.Rules == nil {
		a.Rules = map[string]int{}
	}
	a.Articles++
	if s.Failed {
		a.Failed++
	}
	a.Errors += s.Errors
	a.Warnings += s.Warnings
	a.Infos += s.Infos
	a.Findings += len(s.Rules)
	for _, r := range s.Rules {
		a.Rules[r]++
	}
	if !s.Failed && len(s.Rules) > 0 {
		s.Rules = nil // the worst list keeps counts, not rules
		a.Worst = f.keepWorst(append(a.Worst, s))
	}
	return a
}

func (f *summaryFn) MergeAccumulators(a, b summaryAcc) summaryAcc {
	if a.Rules == nil {
		a.Rules = map[string]int{}
	}
	a.Articles += b.Articles
	a.Failed += b.Failed
	a.Findings += b.Findings
	a.Errors += b.Errors
	a.Warnings += b.Warnings
	a.Infos += b.Infos
	for r, n := range b.Rules {
		a.Rules[r] += n
	}
	a.Worst = f.keepWorst(append(a.Worst, b.Worst...))
	return a
}

func (f *summaryFn) ExtractOutput(a summaryAcc) summaryAcc { return a }

// keepWorst sorts the articles worst first and keeps the first Worst.
func (f *summaryFn) keepWorst(ws []FileStat) []FileStat {
	slices.SortFunc(ws, func(x, y FileStat) int {
		return cmp.Or(cmp.Compare(y.Score, x.Score), cmp.Compare(y.Errors+y.Warnings+y.Infos, x.Errors+x.Warnings+x.Infos),
			cmp.Compare(x.Path, y.Path), cmp.Compare(x.Line, y.Line))
	})
	return ws[:min(len(ws), f.Worst)]
}

// summarize combines the statistics of the articles per group and writes
// each group's summary as a JSON line.
func summarize(s beam.Scope, stats beam.PCollection, worst int) beam.PCollection {
	sums := beam.CombinePerKey(s, &summaryFn{Worst: worst}, stats)
	return beam.ParDo(s, formatSummary, sums)
}

// formatSummary writes a group's summary as a JSON line.
func formatSummary(group string, a summaryAcc) (string, error) {
	g := GroupSummary{Group: group, Articles: a.Articles, Failed: a.Failed, Findings: a.Findings,
		Errors: a.Errors, Warnings: a.Warnings, Infos: a.Infos, Rules: a.Rules, Worst: []Worst{}}
	if g.Rules == nil {
		g.Rules = map[string]int{}
	}
	for _, s := range a.Worst {
		w := Worst{Path: s.Path, Score: s.Score, Findings: s.Errors + s.Warnings + s.Infos, Words: s.Words}
		if s.Line > 0 {
			w.Record = &report.JSONRecord{Line: s.Line, ID: s.ID}
		}
		g.Worst = append(g.Worst, w)
	}
	b, err := json.Marshal(g)
	return string(b), err
}
