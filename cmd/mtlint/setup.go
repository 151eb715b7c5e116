package main

import (
	"errors"
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/config"
	"github.com/mtlint/mtlint/lint"
	"github.com/mtlint/mtlint/reader"
	"github.com/mtlint/mtlint/rules"
	mtsetup "github.com/mtlint/mtlint/setup"
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

// newSetup builds the engine from the configuration file and the flags
// (package setup, which the Beam pipeline shares). The flags win over the
// file: a check that --enable or --disable names (by ID, category or
// "all") follows the flag, the others what the file says; --lang and
// --source-lang replace the file's languages.
func newSetup(c *cli.Context) (*setup, error) {
	o := mtsetup.Options{
		Config:   c.String("config"),
		NoConfig: c.Bool("no-config"),
		Enable:   c.StringSlice("enable"),
		Disable:  c.StringSlice("disable"),
	}
	if c.IsSet("lang") {
		o.Lang = c.String("lang")
		if o.Lang == "" { // "" means unset to package setup
			return nil, errors.New(`--lang: unknown language "" (want an ISO 639-1 code such as en, es, fr)`)
		}
	}
	if c.IsSet("source-lang") {
		o.SourceLangs = append([]string{}, c.StringSlice("source-lang")...)
	}
	ms, err := mtsetup.New(o)
	if err != nil {
		return nil, err
	}
	s := &setup{conf: ms.Config, engine: ms.Engine, filter: ms.Filter, walker: &lint.Walker{Stdin: c.App.Reader}}
	ms.Walker(s.walker)
	return s, nil
}

// splitList accepts both "--x a --x b" and "--x a,b".
func splitList(in []string) []string { return mtsetup.SplitList(in) }

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
