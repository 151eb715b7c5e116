package main

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/checks"
	"github.com/mtlint/mtlint/config"
	"github.com/mtlint/mtlint/lang"
	"github.com/mtlint/mtlint/lint"
	"github.com/mtlint/mtlint/reader"
	"github.com/mtlint/mtlint/rules"
)

// configFlags choose the configuration file.
func configFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "config", Aliases: []string{"c"}, Usage: "read settings from `FILE` (default: .mtlint.yaml in the current folder or a parent, up to the repository root)"},
		&cli.BoolFlag{Name: "no-config", Usage: "ignore any .mtlint.yaml"},
	}
}

// inputFlags shape how paths become articles.
func inputFlags() []cli.Flag {
	return []cli.Flag{
		&cli.BoolFlag{Name: "jsonl", Usage: "read every input as JSON Lines, one article per line (*.jsonl files always are)"},
		&cli.StringFlag{Name: "jsonl-text", Value: "text", Usage: "the JSON Lines `FIELD` holding the article's text"},
		&cli.StringFlag{Name: "jsonl-id", Value: "id", Usage: "the JSON Lines `FIELD` holding the article's ID"},
		&cli.StringFlag{Name: "jsonl-group", Usage: "group JSON Lines records by the value of `FIELD` (a site) for residue/template (default: by file)"},
		&cli.StringFlag{Name: "shard", Usage: "check only shard `K/N` of the inputs (by a hash of the path or record ID), to split a corpus over N jobs"},
		&cli.IntFlag{Name: "max-size", Value: lint.DefaultMaxSize >> 20, Usage: "refuse files (and JSONL records) larger than `MB` megabytes"},
		inputFlag(),
	}
}

// inputFlag forces the reader of every file and of standard input.
func inputFlag() cli.Flag {
	return &cli.StringFlag{Name: "input", Value: "auto", Usage: "read inputs as `FORMAT`: text, markdown or html (default: by the file's name, *.md and *.markdown as Markdown, *.html and *.htm as HTML, others and standard input as text; JSON Lines records are always text)"}
}

// setup is what the commands that run checks share: the configuration,
// the engine, the allowlist filter and the walker.
type setup struct {
	conf   *config.Config // nil without a configuration file
	engine *rules.Engine
	walker *lint.Walker
	filter func(*article.Article, []rules.Finding) []rules.Finding
}

// loadConfig finds and loads the configuration file (unless --no-config),
// adding its pattern rules to reg.
func loadConfig(c *cli.Context, reg *rules.Registry) (*config.Config, error) {
	if c.Bool("no-config") {
		return nil, nil
	}
	path := c.String("config")
	if path == "" {
		wd, err := os.Getwd()
		if err != nil {
			return nil, nil
		}
		if path, err = config.Find(wd); err != nil {
			return nil, err
		}
		if path == "" {
			return nil, nil
		}
	}
	conf, err := config.Load(path, reg)
	if err != nil {
		return nil, err
	}
	if err := conf.AddTo(reg); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return conf, nil
}

// newSetup builds the engine from the configuration file and the flags.
// The flags win over the file: a check that --enable or --disable names
// (by ID, category or "all") follows the flag, the others what the file
// says; --lang and --source-lang replace the file's languages.
func newSetup(c *cli.Context) (*setup, error) {
	reg := checks.Registry()
	conf, err := loadConfig(c, reg)
	if err != nil {
		return nil, err
	}
	base := rules.Config{Params: map[string]map[string]any{}}
	if conf != nil {
		base = conf.RulesConfig()
		if base.Params == nil {
			base.Params = map[string]map[string]any{}
		}
	}
	enable, disable := c.StringSlice("enable"), c.StringSlice("disable")
	if len(enable)+len(disable) > 0 {
		// Which checks the file (or the defaults) turns on...
		fileEngine, err := reg.NewEngine(rules.Config{Enable: base.Enable, Disable: base.Disable})
		if err != nil {
			return nil, err
		}
		on := map[string]bool{}
		for _, ch := range fileEngine.Checks() {
			on[ch.ID] = true
		}
		// ...then the flags decide for the checks they name. (Building an
		// engine from the flags alone reports patterns that match nothing.)
		if _, err := reg.NewEngine(rules.Config{Enable: enable, Disable: disable}); err != nil {
			return nil, err
		}
		base.Enable, base.Disable = nil, []string{"all"}
		for _, ch := range reg.Checks() {
			decided, want := flagDecides(ch.ID, enable, disable)
			if decided && want || !decided && on[ch.ID] {
				base.Enable = append(base.Enable, ch.ID)
			}
		}
	}
	if c.IsSet("lang") {
		if _, ok := lang.Parse(c.String("lang")); !ok {
			return nil, fmt.Errorf("--lang: unknown language %q (want an ISO 639-1 code such as en, es, fr)", c.String("lang"))
		}
	}
	if _, bad := lang.ParseSet(splitList(c.StringSlice("source-lang"))); len(bad) > 0 {
		return nil, fmt.Errorf("--source-lang: unknown language %s (want ISO 639-1 codes such as es, fr, de)", strings.Join(bad, ", "))
	}
	for _, ch := range reg.Checks() {
		for _, p := range ch.Params {
			var v any
			switch {
			case p.Name == "lang" && c.IsSet("lang"):
				v = c.String("lang")
			case p.Name == "source-langs" && c.IsSet("source-lang"):
				v = splitList(c.StringSlice("source-lang"))
			default:
				continue
			}
			if base.Params[ch.ID] == nil {
				base.Params[ch.ID] = map[string]any{}
			}
			base.Params[ch.ID][p.Name] = v
		}
	}
	engine, err := reg.NewEngine(base)
	if err != nil {
		return nil, err
	}
	s := &setup{conf: conf, engine: engine, walker: &lint.Walker{Stdin: c.App.Reader}}
	if conf != nil {
		s.filter = conf.Filter
		if conf.Include().Len() > 0 {
			s.walker.Include = func(path, _ string) bool { return conf.Selects(path) }
		}
		if conf.Exclude().Len() > 0 {
			s.walker.Exclude = func(path, rel string) bool {
				if strings.HasSuffix(rel, "/") {
					return conf.SkipDir(path)
				}
				return !conf.Selects(path)
			}
		}
	}
	return s, nil
}

// flagDecides reports whether the --enable/--disable patterns name the
// check, and if so whether it is on: the most specific pattern wins,
// --disable wins a tie.
func flagDecides(id string, enable, disable []string) (decided, on bool) {
	best := -1
	for _, p := range enable {
		if m := rules.MatchLen(p, id); m > best {
			best, on = m, true
		}
	}
	for _, p := range disable {
		if m := rules.MatchLen(p, id); m >= best && m >= 0 {
			best, on = m, false
		}
	}
	return best >= 0, on
}

// applyInputFlags configures the walker and linter from inputFlags.
func (s *setup) applyInputFlags(c *cli.Context, l *lint.Linter) error {
	w := s.walker
	w.JSONL = c.Bool("jsonl")
	w.JSONLText, w.JSONLID, w.JSONLGroup = c.String("jsonl-text"), c.String("jsonl-id"), c.String("jsonl-group")
	if c.String("shard") != "" {
		sh, err := lint.ParseShard(c.String("shard"))
		if err != nil {
			return err
		}
		w.Shard = sh
	}
	mb := c.Int("max-size")
	if mb <= 0 {
		return errors.New("--max-size wants a positive number of megabytes")
	}
	w.MaxSize = int64(mb) << 20
	l.MaxSize = w.MaxSize
	f, err := reader.ParseFormat(c.String("input"))
	if err != nil {
		return fmt.Errorf("--input: %v", err)
	}
	l.Format = f
	return nil
}
