package checks

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
	"github.com/mtlint/mtlint/templates"
)

// templateBatch writes the articles of two sites for the test: each site's
// articles share a header (masthead, menu, a date line whose date varies)
// and a footer (share line, promo, copyright whose year varies); their
// bodies are their own. It returns the articles with their group and, per
// article, the lines of the template.
func templateBatch(r *rand.Rand, perSite int) (groups []string, arts []string, template []map[string]bool) {
	subjects := []string{"The port authority", "The regional government", "Union leaders", "The shipping lines",
		"Local residents", "The city council", "Exporters of citrus fruit", "The transport minister"}
	verbs := []string{"said", "warned", "confirmed", "denied", "announced", "insisted"}
	objects := []string{"the strike would end soon", "talks would resume next week", "the losses were growing",
		"the new shifts were fair", "ships were waiting offshore", "the deal covered all workers"}
	days := []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	months := []string{"January", "March", "May", "July", "September", "November"}
	for s, site := range []string{"The Harbour Courier", "Valley News Online"} {
		for range perSite {
			tl := map[string]bool{}
			var b strings.Builder
			line := func(l string, isTemplate bool) {
				b.WriteString(l + "\n")
				tl[l] = isTemplate
			}
			line(site, true)
			line("Home | World | Business | Sport | Culture", true)
			line(fmt.Sprintf("%s, %d %s %d", days[r.IntN(7)], 1+r.IntN(28), months[r.IntN(6)], 2019+r.IntN(6)), true)
			b.WriteString("\n")
			line(fmt.Sprintf("%s %s %s", subjects[r.IntN(8)], verbs[r.IntN(6)], objects[r.IntN(6)]), false)
			b.WriteString("\n")
			for range 3 + r.IntN(3) {
				line(fmt.Sprintf("%s %s that %s, and %s %s that %s.", subjects[r.IntN(8)], verbs[r.IntN(6)], objects[r.IntN(6)],
					strings.ToLower(subjects[r.IntN(8)]), verbs[r.IntN(6)], objects[r.IntN(6)]), false)
				b.WriteString("\n")
			}
			line("Share this article", true)
			line("Get the morning briefing in your inbox", true)
			line(fmt.Sprintf("© %s %d", site, 2019+r.IntN(6)), true)
			groups = append(groups, fmt.Sprintf("site-%d", s))
			arts = append(arts, b.String())
			template = append(template, tl)
		}
	}
	return groups, arts, template
}

// templateSet runs the first pass over the articles as mtlint does.
func templateSet(groups, arts []string, minArticles int) *templates.Set {
	sketch := templates.NewSketch(1 << 20)
	for i, a := range arts {
		g := templates.GroupOf(groups[i])
		sketch.Add(g, templates.Keys(nil, g, []byte(a), templates.DefaultParams))
	}
	tally := sketch.NewTally(minArticles)
	for i, a := range arts {
		g := templates.GroupOf(groups[i])
		tally.Add(g, templates.Keys(nil, g, []byte(a), templates.DefaultParams))
	}
	return tally.Set(templates.DefaultParams)
}

// runTemplateCheck runs residue/template alone over one article of the batch.
func runTemplateCheck(t *testing.T, set *templates.Set, group, text string, params map[string]any) (*article.Article, []rules.Finding) {
	t.Helper()
	a, err := article.Parse("test.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	cfg := rules.Config{Disable: []string{"all"}, Enable: []string{"residue/template"}}
	if params != nil {
		cfg.Params = map[string]map[string]any{"residue/template": params}
	}
	e, err := Registry().NewEngine(cfg)
	if err != nil {
		t.Fatal(err)
	}
	fs, err := e.RunSide(a, &rules.Side{Group: group, Values: map[any]any{templates.SideKey{}: set}})
	if err != nil {
		t.Fatal(err)
	}
	return a, fs
}

// flaggedLines returns the text of the lines findings cover.
func flaggedLines(a *article.Article, fs []rules.Finding) map[string]bool {
	m := map[string]bool{}
	for _, f := range fs {
		for li, l := range a.Lines {
			if !l.Blank() && f.Overlaps(l.Text) {
				m[a.String(a.Lines[li].Text)] = true
			}
		}
	}
	return m
}

// TestTemplateBatch: every line of the sites' template is found in every
// article, dates and years notwithstanding, and nothing of the bodies.
func TestTemplateBatch(t *testing.T) {
	groups, arts, template := templateBatch(rand.New(rand.NewPCG(7, 8)), 12)
	set := templateSet(groups, arts, 3)
	for i, text := range arts {
		a, fs := runTemplateCheck(t, set, groups[i], text, nil)
		got := flaggedLines(a, fs)
		for l, isTemplate := range template[i] {
			if isTemplate && !got[l] {
				t.Errorf("article %d: template line %q not found", i, l)
			}
			if !isTemplate && got[l] {
				t.Errorf("article %d: body line %q flagged", i, l)
			}
		}
	}
	a, fs := runTemplateCheck(t, set, groups[0], arts[0], nil)
	if len(fs) == 0 || !strings.Contains(fs[0].Message, "recurs in 12 of the 12 articles of site-0") {
		t.Errorf("message: %v", fs)
	}
	if fs[0].Fix == nil || !fs[0].Fix.Unsafe {
		t.Errorf("a template line's fix deletes it and is unsafe: %+v", fs[0].Fix)
	}
	if !strings.Contains(a.String(fs[0].Span), "The Harbour Courier") {
		t.Errorf("the first finding covers %q", a.String(fs[0].Span))
	}
}

func TestTemplateParams(t *testing.T) {
	groups, arts, _ := templateBatch(rand.New(rand.NewPCG(9, 10)), 12)
	set := templateSet(groups, arts, 3)
	a, fs := runTemplateCheck(t, set, groups[0], arts[0], map[string]any{"allow-lines": []string{"share this ARTICLE", "© The Harbour Courier 1999"}})
	got := flaggedLines(a, fs)
	for l := range got {
		if l == "Share this article" || strings.HasPrefix(l, "©") {
			t.Errorf("allowed line %q flagged", l)
		}
	}
	if !got["Home | World | Business | Sport | Culture"] {
		t.Errorf("the menu is no longer flagged: %v", got)
	}
	// A line in 6 of the 12 articles of site-0: flagged with min-share
	// 0.5, not with 0.6.
	mixed := append([]string(nil), arts...)
	for i := range 6 {
		mixed[i] = strings.Replace(mixed[i], "Share this article", "Read our latest poll", 1)
	}
	set = templateSet(groups, mixed, 3)
	if a, fs := runTemplateCheck(t, set, groups[0], mixed[0], map[string]any{"min-share": 0.6}); flaggedLines(a, fs)["Read our latest poll"] {
		t.Error("a line in half the articles flagged with min-share 0.6")
	}
	if a, fs := runTemplateCheck(t, set, groups[0], mixed[0], map[string]any{"min-share": 0.5}); !flaggedLines(a, fs)["Read our latest poll"] {
		t.Error("a line in half the articles not flagged with min-share 0.5")
	}
	// min-articles above the group's size: nothing.
	if _, fs := runTemplateCheck(t, set, groups[0], mixed[0], map[string]any{"min-articles": 13}); len(fs) != 0 {
		t.Errorf("min-articles 13 in a group of 12: %d findings", len(fs))
	}
}

func TestTemplateWithoutBatch(t *testing.T) {
	_, arts, _ := templateBatch(rand.New(rand.NewPCG(11, 12)), 5)
	_, fs := runCheck(t, "residue/template", arts[0], nil)
	if len(fs) != 0 {
		t.Errorf("an article on its own gets template findings: %v", fs)
	}
	// A group of two articles is too small.
	set := templateSet([]string{"g", "g"}, arts[:2], 3)
	if _, fs := runTemplateCheck(t, set, "g", arts[0], nil); len(fs) != 0 {
		t.Errorf("a group of two articles has a template: %v", fs)
	}
}
