package checks

import (
	"fmt"

	"github.com/mtlint/mtlint/rules"
	"github.com/mtlint/mtlint/templates"
)

// This file holds residue/template, the batch-level residue check: a line
// that recurs in many articles of the same group is the site's template.
// The counting is done before the run, over the whole batch (package
// templates); the check reads the result from the run's side inputs.

func runTemplate(p *rules.Pass) {
	side := p.Side()
	set, _ := side.Value(templates.SideKey{}).(*templates.Set)
	if set == nil || set.Len() == 0 {
		return // an article checked on its own
	}
	a := p.Article
	g := templates.GroupOf(side.Group)
	minArticles := max(p.Int("min-articles"), set.Min())
	minShare := p.Float("min-share")
	var allow map[string]bool
	var buf []byte
	if l := p.Strings("allow-lines"); len(l) > 0 {
		allow = map[string]bool{}
		for _, s := range l {
			var ok bool
			if buf, ok = templates.Normalize(buf[:0], []byte(s), set.Params()); ok {
				allow[string(buf)] = true
			}
		}
	}
	var hits []resHit
	for li, l := range a.Lines {
		if l.Blank() {
			continue
		}
		var k templates.Key
		var ok bool
		k, buf, ok = templates.LineKey(g, a.Text(l.Text), set.Params(), buf)
		if !ok || allow[string(buf)] {
			continue
		}
		n, total := set.Count(g, k)
		if n < minArticles || float64(n) < minShare*float64(total) {
			continue
		}
		hits = append(hits, resHit{line: li, span: l.Text, msg: fmt.Sprintf("template line %s: it recurs in %d of the %d articles of %s",
			resQuote(a.Text(l.Text)), n, total, side.Group)})
	}
	resReport(p, hits, "site template")
}

func init() {
	register(&rules.Check{
		ID: "residue/template",
		Doc: "Finds the lines of a site's template left in its articles — masthead, menus, date lines, footer, " +
			"promos — as the lines that recur in many articles of the same group of a batch: at least min-articles " +
			"articles, and at least min-share of the group's articles. A group is the articles of one folder, or " +
			"the JSON Lines records with the same value of the field named by --jsonl-group (by default, those of " +
			"one file). Lines are compared whole, once case and white space are set aside and digits, month and " +
			"weekday names masked (\"Friday, 5 December 2025\" and \"Monday, 3 March 2024\" are one line); only " +
			"lines of at most max-words words count. It needs a batch: before the articles are checked, a first " +
			"pass counts the lines of every input — exactly while the batch has few distinct lines, beyond that " +
			"in a sketch of fixed size (32 MiB) and then, in a second reading, exactly for the lines the sketch " +
			"picks out — so that memory does not grow with the batch, and the result is the same for any " +
			"--jobs. An article checked on its own, or read from standard input, gets no finding. The example " +
			"below is a line that every article of a site has, against a line of one article. A name or " +
			"a phrase that recurs inside sentences is never flagged, since only whole lines count; a line that " +
			"legitimately recurs as a whole (an agency's standard sign-off such as \"(AFP)\", a column's name " +
			"above each article) is reported like any other — add it to allow-lines. The fix deletes the line (unsafe).",
		Bad:      "Harbour Daily | News | Sport | Weather\n",
		Good:     "Dockworkers end strike in Valencia\n",
		Severity: rules.Warning,
		Batch:    true,
		Params: []rules.Param{
			{Name: "min-articles", Kind: rules.Int, Default: 3,
				Doc: "fewest articles of a group a line must recur in"},
			{Name: "min-share", Kind: rules.Float, Default: 0.5,
				Doc: "smallest share of its group's articles a line must recur in"},
			{Name: "max-words", Kind: rules.Int, Default: templates.DefaultParams.MaxWords,
				Doc: "longest line, in words, that can be a template line"},
			{Name: "allow-lines", Kind: rules.Strings, Default: []string{},
				Doc: "lines that may recur (compared like template lines: case, white space and digits aside)"},
		},
		Run: runTemplate,
	})
}
