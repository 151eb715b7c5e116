package main

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/mtlint/mtlint/checks"
	"github.com/mtlint/mtlint/rules"
)

func rulesCommand() *cli.Command {
	return &cli.Command{
		Name:      "rules",
		Usage:     "list every check with its ID, severity, parameters and doc",
		ArgsUsage: "[ID or prefix...]",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "`FORMAT`: text or json"},
		},
		Action: func(c *cli.Context) error {
			var list []*rules.Check
			for _, ch := range checks.All() {
				if c.NArg() == 0 || matchesAny(ch.ID, c.Args().Slice()) {
					list = append(list, ch)
				}
			}
			if len(list) == 0 {
				return usageErr(c, fmt.Errorf("no check matches %s", strings.Join(c.Args().Slice(), " ")))
			}
			switch c.String("format") {
			case "text":
				for _, ch := range list {
					writeRuleText(c, ch)
				}
			case "json":
				return writeRulesJSON(c, list)
			default:
				return usageErr(c, fmt.Errorf("unknown format %q (want text or json)", c.String("format")))
			}
			return nil
		},
	}
}

func matchesAny(id string, pats []string) bool {
	for _, p := range pats {
		if id == p || strings.HasPrefix(id, strings.TrimSuffix(p, "/")+"/") {
			return true
		}
	}
	return false
}

func writeRuleText(c *cli.Context, ch *rules.Check) {
	w := c.App.Writer
	off := ""
	if ch.Off {
		off = ", off by default"
	}
	if ch.Batch {
		off += ", batches only"
	}
	fmt.Fprintf(w, "%s (%s%s)\n", ch.ID, ch.Severity, off)
	fmt.Fprintf(w, "%s\n", wrap(ch.Doc, 78, "    "))
	if ch.Source != "" {
		fmt.Fprintf(w, "    source (%s): %q\n", ch.SourceLang, ch.Source)
	}
	if ch.Bad != "" {
		fmt.Fprintf(w, "    bad:  %q\n", ch.Bad)
	}
	if ch.Good != "" {
		fmt.Fprintf(w, "    good: %q\n", ch.Good)
	}
	for _, p := range ch.Params {
		fmt.Fprintf(w, "    param %s (%s, default %v): %s\n", p.Name, p.Kind, p.Default, p.Doc)
	}
	fmt.Fprintln(w)
}

func writeRulesJSON(c *cli.Context, list []*rules.Check) error {
	type param struct {
		Name    string `json:"name"`
		Type    string `json:"type"`
		Default any    `json:"default"`
		Doc     string `json:"doc"`
	}
	type rule struct {
		ID       string  `json:"id"`
		Severity string  `json:"severity"`
		Enabled  bool    `json:"enabled_by_default"`
		Batch    bool    `json:"batch,omitempty"`
		Doc      string  `json:"doc"`
		Bad      string  `json:"bad,omitempty"`
		Good     string  `json:"good,omitempty"`
		Params   []param `json:"params"`
		// For a bitext check: the source its examples translate.
		Source     string `json:"source,omitempty"`
		SourceLang string `json:"source_lang,omitempty"`
	}
	out := []rule{}
	for _, ch := range list {
		r := rule{ID: ch.ID, Severity: ch.Severity.String(), Enabled: !ch.Off, Batch: ch.Batch, Doc: ch.Doc, Bad: ch.Bad, Good: ch.Good, Params: []param{},
			Source: ch.Source, SourceLang: ch.SourceLang}
		for _, p := range ch.Params {
			r.Params = append(r.Params, param{p.Name, p.Kind.String(), p.Default, p.Doc})
		}
		out = append(out, r)
	}
	enc := json.NewEncoder(c.App.Writer)
	enc.SetIndent("", "  ")
	return enc.Encode(map[string]any{"version": 1, "rules": out})
}

// wrap folds text at width, indenting every line.
func wrap(text string, width int, indent string) string {
	var b strings.Builder
	n := 0
	for _, word := range strings.Fields(text) {
		switch {
		case n == 0:
			b.WriteString(indent)
			n = len(indent)
		case n+1+len(word) > width:
			b.WriteString("\n" + indent)
			n = len(indent)
		default:
			b.WriteByte(' ')
			n++
		}
		b.WriteString(word)
		n += len(word)
	}
	return b.String()
}
